from newsflow_enrich.bootstrap import run_worker
from newsflow_enrich.settings import EnrichSettings


def main() -> None:
    run_worker(EnrichSettings())


if __name__ == "__main__":
    main()
