from newsflow_enrich.bootstrap import run_worker
from newsflow_enrich.settings import EnrichSettings
from newsflow_runtime.startup import exit_on_refusal, read_settings


def main() -> None:
    # Settings that cannot work, or a Kafka that refuses them: one log line, exit 1.
    settings = read_settings(EnrichSettings)
    with exit_on_refusal():
        run_worker(settings)


if __name__ == "__main__":
    main()
