from newsflow_enrich.bootstrap import run_worker
from newsflow_enrich.settings import EnrichSettings
from newsflow_runtime.kafka_access import exit_on_refusal


def main() -> None:
    with exit_on_refusal():  # a cluster refusing the login: one line, exit 78
        run_worker(EnrichSettings())


if __name__ == "__main__":
    main()
