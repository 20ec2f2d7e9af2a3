from newsflow_runtime.kafka_access import exit_on_refusal
from newsflow_store.bootstrap import run
from newsflow_store.settings import StoreSettings


def main() -> None:
    with exit_on_refusal():  # a cluster refusing the login: one line, exit 78
        run(StoreSettings())


if __name__ == "__main__":
    main()
