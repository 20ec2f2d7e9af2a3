from pathlib import Path

from aiokafka.errors import KafkaConnectionError
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_ingest.adapters.http_api import create_app
from newsflow_ingest.metrics import create_metrics
from newsflow_schemas import RawArticle

SEED = next((Path(__file__).parents[3] / "seeds").glob("*.txt"))


class FakePublisher:
    def __init__(self, fail: bool = False) -> None:
        self.published: list[RawArticle] = []
        self.fail = fail

    async def publish(self, article: RawArticle) -> None:
        if self.fail:
            raise KafkaConnectionError("broker down")
        self.published.append(article)


def client(publisher: FakePublisher) -> TestClient:
    registry = CollectorRegistry()
    return TestClient(create_app(publisher, create_metrics(registry), registry))


def test_a_json_batch_is_accepted_with_its_ids() -> None:
    publisher = FakePublisher()
    response = client(publisher).post(
        "/articles", json=[{"title": "A", "body": "One."}, {"title": "B", "body": "Two."}]
    )
    assert response.status_code == 202
    assert response.json()["article_ids"] == [a.article_id for a in publisher.published]
    assert [a.source for a in publisher.published] == ["http", "http"]


def test_seed_format_text_is_accepted() -> None:
    publisher = FakePublisher()
    response = client(publisher).post(
        "/articles", content=SEED.read_bytes(), headers={"content-type": "text/plain"}
    )
    assert response.status_code == 202
    assert publisher.published[0].bullets


def test_validation_errors_name_the_field() -> None:
    response = client(FakePublisher()).post("/articles", json={"title": ""})
    assert response.status_code == 422
    locations = [error["loc"] for error in response.json()["detail"]]
    assert ["body", "title"] in locations and ["body", "body"] in locations


def test_errors_in_a_batch_name_the_item() -> None:
    response = client(FakePublisher()).post("/articles", json=[{"title": "A", "body": "B"}, {}])
    assert response.status_code == 422
    assert ["body", 1, "title"] in [error["loc"] for error in response.json()["detail"]]


def test_malformed_json_is_a_422_not_a_crash() -> None:
    response = client(FakePublisher()).post(
        "/articles", content=b"{nope", headers={"content-type": "application/json"}
    )
    assert response.status_code == 422


def test_unknown_content_type_is_refused() -> None:
    response = client(FakePublisher()).post(
        "/articles", content=b"<a/>", headers={"content-type": "application/xml"}
    )
    assert response.status_code == 415


def test_publish_failure_answers_503_with_retry_after() -> None:
    response = client(FakePublisher(fail=True)).post("/articles", json={"title": "A", "body": "B"})
    assert response.status_code == 503
    assert response.headers["retry-after"] == "5"


def test_metrics_count_published_articles() -> None:
    api = client(FakePublisher())
    api.post("/articles", json={"title": "A", "body": "B"})
    text = api.get("/metrics").text
    assert 'newsflow_articles_processed_total{outcome="published",stage="ingest"} 1.0' in text
