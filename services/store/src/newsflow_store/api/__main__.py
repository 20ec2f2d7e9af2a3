from newsflow_store.api.bootstrap import run_api
from newsflow_store.settings import ApiSettings


def main() -> None:
    run_api(ApiSettings())


if __name__ == "__main__":
    main()
