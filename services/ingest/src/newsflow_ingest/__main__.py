from newsflow_ingest.bootstrap import run
from newsflow_ingest.settings import IngestSettings
from newsflow_runtime.kafka_access import exit_on_refusal


def main() -> None:
    with exit_on_refusal():  # a cluster refusing the login: one line, exit 78
        run(IngestSettings())


if __name__ == "__main__":
    main()
