from newsflow_ingest.bootstrap import run
from newsflow_ingest.settings import IngestSettings


def main() -> None:
    run(IngestSettings())


if __name__ == "__main__":
    main()
