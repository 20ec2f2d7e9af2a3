from newsflow_store.bootstrap import run
from newsflow_store.settings import StoreSettings


def main() -> None:
    run(StoreSettings())


if __name__ == "__main__":
    main()
