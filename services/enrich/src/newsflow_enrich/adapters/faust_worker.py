"""The Faust app: a thin agent that batches raw messages and hands them to the BatchHandler."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import faust
from faust.types import EventT

from newsflow_enrich.adapters.batch_handler import BatchHandler
from newsflow_enrich.settings import EnrichSettings
from newsflow_runtime.envelope import InboundMessage, encode
from newsflow_runtime.logging import article_fields, batch_traces, trace_id_from_traceparent
from newsflow_runtime.tracing import TRACEPARENT, child_traceparent, header_value
from newsflow_schemas import DeadLetter, EnrichedArticle

log = logging.getLogger(__name__)

SOURCE = "newsflow/enrich"


def build_app(settings: EnrichSettings) -> faust.App:
    return faust.App(
        settings.enrich_consumer_group,
        broker=f"kafka://{settings.kafka_bootstrap_servers}",
        key_serializer="raw",
        value_serializer="raw",
        producer_acks=-1,
        consumer_auto_offset_reset="earliest",
        # Topics are created by the stack, never by a worker; no leader topic is needed.
        topic_allow_declare=False,
        topic_disable_leader=True,
        web_enabled=False,
        # Long NLP batches must not look like a dead consumer to the group coordinator.
        broker_max_poll_interval=600.0,
    )


def _inbound(event: EventT[bytes]) -> InboundMessage:
    message = event.message
    return InboundMessage(
        topic=message.topic,
        partition=message.partition,
        offset=message.offset,
        key=message.key,
        # A tombstone (None) is not an article; as b"" it is dead-lettered like any junk.
        value=message.value or b"",
    )


def wire_agent(
    app: faust.App, settings: EnrichSettings, make_handler: Callable[..., BatchHandler]
) -> None:
    raw = app.topic(settings.raw_topic)
    enriched = app.topic(settings.enriched_topic)
    dead_letters = app.topic(settings.dead_letter_topic)

    # The traceparent of each raw message in the batch at hand, by article id: an enriched
    # event continues its raw article's trace as a child span.
    parents: dict[str, str | None] = {}

    async def publish(article: EnrichedArticle) -> None:
        parent = parents.get(article.article_id)
        record = encode(
            article, key=article.article_id, source=SOURCE, traceparent=child_traceparent(parent)
        )
        delivered = await enriched.send(key=record.key, value=record.value, headers=record.headers)
        await delivered
        log.debug("enriched article published", extra=article_fields(article.article_id))

    async def publish_dead_letter(letter: DeadLetter) -> None:
        record = encode(letter, key=letter.key, source=SOURCE)
        delivered = await dead_letters.send(
            key=record.key, value=record.value, headers=record.headers
        )
        await delivered
        fields = {"stage": letter.stage, "reason": letter.reason, **article_fields(letter.key)}
        log.info("dead letter published", extra=fields)

    handler = make_handler(publish, publish_dead_letter)

    @app.agent(raw, name="enrich-articles")
    async def enrich_articles(stream: faust.StreamT[bytes]) -> None:
        # take_events acks a batch only after this body finishes with it: at-least-once.
        events: Sequence[EventT[bytes]]
        # take_events is on faust's Stream, not yet on its StreamT protocol.
        async for events in stream.take_events(  # type: ignore[attr-defined]
            settings.enrich_batch_size, within=settings.enrich_batch_seconds
        ):
            parents.clear()
            parents.update(
                (
                    e.message.key.decode(errors="replace"),
                    header_value(e.message.headers, TRACEPARENT),
                )
                for e in events
                if e.message.key is not None
            )
            traces = {k: t for k, p in parents.items() if (t := trace_id_from_traceparent(p))}
            with batch_traces(traces):
                await handler.handle([_inbound(event) for event in events])
