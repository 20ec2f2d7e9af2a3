"""What a direct producer writes to the raw topic is judged by ingest's rules: enrich
dead-letters what ingest would refuse, with the reason ingest answers with."""

from __future__ import annotations

import json

import pytest
from prometheus_client import CollectorRegistry

from newsflow_enrich.domain import Enricher
from tests.unit.enrich.test_batch_handler import Recorder, handler_for, message

VALID = {
    "title": "Council approves budget",
    "body": "The council met on Tuesday.",
    "source": "kcat",
    "ingested_at": "2026-11-01T12:00:00Z",
}


def raw(**fields: object) -> bytes:
    return json.dumps(VALID | fields).encode()


BAD = [
    (b"{broken", "invalid_raw_article"),
    (raw(title=None), "invalid_raw_article"),
    (b'{"title": "a", "title": "b"}', "duplicate_keys"),
    (b"[" * 1_000 + b"]" * 1_000, "nested_too_deep"),
    (b'{"title": "caf\xc3"}', "invalid_utf8"),
    (raw(title="a\ud800"), "lone_surrogates"),
    (raw(body="NUL \x00 in the body"), "control_characters"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "not_text"),
    (raw(url="javascript:alert(1)"), "invalid_url"),
    (raw(body="x" * 100_001), "field_too_long"),
]


async def test_invalid_messages_are_dead_lettered_with_ingests_reasons(
    enricher: Enricher,
) -> None:
    recorder, registry = Recorder(), CollectorRegistry()
    batch = [message(value, offset) for offset, (value, _) in enumerate(BAD)]
    await handler_for(enricher, recorder, registry).handle([*batch, message(raw(), len(BAD))])
    assert [(d.source_offset, d.reason) for d in recorder.dead] == [
        (offset, reason) for offset, (_, reason) in enumerate(BAD)
    ]
    assert [e.article.title for e in recorder.enriched] == [VALID["title"]]
    for reason in {reason for _, reason in BAD}:
        labels = {"stage": "enrich", "reason": reason}
        assert registry.get_sample_value("newsflow_dead_letters_total", labels) is not None


@pytest.mark.parametrize(
    "value",
    [
        b"\xef\xbb\xbf" + raw(),
        raw(schema_version=99, added_later=[1, 2]),
        raw(body="zero\u200bwidth, \u202eright to left\u202c, \U0001f389"),
    ],
)
async def test_odd_but_valid_messages_are_enriched(enricher: Enricher, value: bytes) -> None:
    recorder = Recorder()
    await handler_for(enricher, recorder, CollectorRegistry()).handle([message(value)])
    assert recorder.dead == [] and len(recorder.enriched) == 1
