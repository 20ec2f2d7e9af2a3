from pathlib import Path

from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry

from newsflow_ingest.adapters.http_api import create_app
from newsflow_schemas.raw_article import MAX_BODY_CHARS, MAX_BULLETS
from tests.unit.ingest.fakes import FakePublisher, counted, ingestor

SEED = next((Path(__file__).parents[3] / "seeds").glob("*.txt"))


def client(publisher: FakePublisher, registry: CollectorRegistry | None = None) -> TestClient:
    registry = registry or CollectorRegistry()
    return TestClient(create_app(ingestor(publisher, registry)))


def test_a_json_batch_is_accepted_with_its_ids() -> None:
    publisher = FakePublisher()
    response = client(publisher).post(
        "/articles", json=[{"title": "A", "body": "One."}, {"title": "B", "body": "Two."}]
    )
    assert response.status_code == 202
    assert response.json()["article_ids"] == [a.article_id for a in publisher.published]
    assert response.json()["duplicates"] == []
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


def test_errors_in_a_batch_name_the_item_and_nothing_is_published() -> None:
    publisher = FakePublisher()
    response = client(publisher).post("/articles", json=[{"title": "A", "body": "B"}, {}])
    assert response.status_code == 422
    assert ["body", 1, "title"] in [error["loc"] for error in response.json()["detail"]]
    assert publisher.published == []


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
    response = client(FakePublisher(fail_after=0)).post(
        "/articles", json={"title": "A", "body": "B"}
    )
    assert response.status_code == 503
    assert response.headers["retry-after"] == "5"


def test_a_retried_batch_after_a_partial_failure_publishes_each_article_once() -> None:
    publisher = FakePublisher(fail_after=1)
    api = client(publisher)
    batch = [{"title": "A", "body": "One."}, {"title": "B", "body": "Two."}]
    assert api.post("/articles", json=batch).status_code == 503
    publisher.fail_after = None

    retried = api.post("/articles", json=batch)

    assert retried.status_code == 202
    assert [a.title for a in publisher.published] == ["A", "B"]
    assert retried.json()["duplicates"] == [publisher.published[0].article_id]
    assert retried.json()["article_ids"] == [a.article_id for a in publisher.published]


def test_the_same_article_in_a_later_request_is_skipped_and_counted() -> None:
    publisher, registry = FakePublisher(), CollectorRegistry()
    api = client(publisher, registry)
    first = api.post("/articles", json={"title": "A", "body": "One."}).json()
    again = api.post("/articles", json={"title": "A", "body": "One."}).json()
    assert again == {"article_ids": first["article_ids"], "duplicates": first["article_ids"]}
    assert len(publisher.published) == 1
    assert counted(registry, "duplicate") == 1


def test_guards_run_before_the_body_is_read() -> None:
    from fastapi import Depends, HTTPException

    def refuse() -> None:
        raise HTTPException(401, detail="no token")

    registry = CollectorRegistry()
    publisher = FakePublisher()
    app = create_app(ingestor(publisher, registry), guards=[Depends(refuse)])
    response = TestClient(app).post("/articles", json={"title": "A", "body": "B"})
    assert response.status_code == 401 and publisher.published == []


def test_the_articles_port_serves_nothing_else() -> None:
    api = client(FakePublisher())
    assert [api.get(path).status_code for path in ("/metrics", "/healthz", "/readyz")] == [404] * 3


def test_an_article_over_a_limit_is_a_422_naming_the_field_without_echoing_it() -> None:
    publisher = FakePublisher()
    too_long = "x" * (MAX_BODY_CHARS + 1)
    response = client(publisher).post(
        "/articles", json=[{"title": "A", "body": "B"}, {"title": "C", "body": too_long}]
    )
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", 1, "body"] and error["type"] == "string_too_long"
    assert too_long not in response.text and publisher.published == []


def test_seed_text_over_a_limit_is_a_422_naming_the_article_field() -> None:
    text = "Title\n\n" + "\n".join(["\u2022 bullet"] * (MAX_BULLETS + 1)) + "\n\nBody."
    response = client(FakePublisher()).post(
        "/articles", content=text.encode(), headers={"content-type": "text/plain"}
    )
    assert response.status_code == 422
    [error] = response.json()["detail"]
    assert error["loc"] == ["body", "bullets"]
    assert f"at most {MAX_BULLETS} items" in error["msg"]
