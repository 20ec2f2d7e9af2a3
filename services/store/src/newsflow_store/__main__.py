from newsflow_runtime.startup import exit_on_refusal, read_settings
from newsflow_store.bootstrap import run
from newsflow_store.settings import StoreSettings


def main() -> None:
    # Settings that cannot work, or a Kafka that refuses them: one log line, exit 1.
    settings = read_settings(StoreSettings)
    with exit_on_refusal():
        run(settings)


if __name__ == "__main__":
    main()
