from newsflow_runtime.envelope import encode
from newsflow_runtime.tracing import (
    child_traceparent,
    header_value,
    new_traceparent,
    trace_id,
)
from newsflow_schemas import RawArticle
from tests import factories


def test_a_child_keeps_the_trace_and_takes_a_new_span() -> None:
    parent = new_traceparent()
    child = child_traceparent(parent)
    assert trace_id(child) == trace_id(parent)
    assert child.split("-")[2] != parent.split("-")[2]
    assert child.endswith("-01")


def test_a_malformed_or_missing_parent_starts_a_new_trace() -> None:
    for bad in (None, "", "garbage", "00-" + "0" * 32 + "-" + "1" * 16 + "-01"):
        child = child_traceparent(bad)
        assert trace_id(child) not in (None, "0" * 32)


def test_every_event_carries_cloudevents_headers_and_a_traceparent() -> None:
    article = factories.raw_article()
    parent = new_traceparent()
    record = encode(article, key=article.article_id, source="test", traceparent=parent)
    headers = dict(record.headers)
    assert headers["ce_specversion"] == b"1.0"
    assert headers["ce_type"] == f"dev.newsflow.article.ingested.v{article.schema_version}".encode()
    assert headers["content-type"] == b"application/json"
    assert header_value(record.headers, "traceparent") == parent
    assert RawArticle.model_validate_json(record.value) == article
    fresh = encode(article, key=None, source="test")
    assert trace_id(header_value(fresh.headers, "traceparent")) is not None
