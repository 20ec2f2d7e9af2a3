"""The Faust app: a thin agent that batches raw messages, hands them to the BatchHandler
(through OverlappedBatches, which enriches one batch while the one before is published),
and acks a batch only once the handler has made every message of it durable.

faust's `take_events` acks its batch in a `finally`, so an exception in the body would ack
output that was never written. The agent therefore takes batches with `noack_take` on a
stream whose acks are off, and acks by hand. A batch the handler cannot make durable is
never acked: the worker stops, and the batch is redelivered to whoever owns it next."""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import faust
from faust.types import EventT

from newsflow_enrich.adapters.ack_gate import AckGate
from newsflow_enrich.adapters.batch_handler import BatchHandler
from newsflow_enrich.adapters.faults import failing_sends
from newsflow_enrich.adapters.overlapped_batches import OverlappedBatches
from newsflow_enrich.adapters.stalled_partitions import AgentActivity
from newsflow_enrich.settings import EnrichSettings
from newsflow_runtime.dead_letters import DeadLetterPublisher
from newsflow_runtime.envelope import Headers, InboundMessage, encode, inbound_message
from newsflow_runtime.kafka import faust_settings
from newsflow_runtime.logging import article_fields, batch_traces, traces_by_key
from newsflow_runtime.tracing import child_traceparent
from newsflow_schemas import EnrichedArticle

log = logging.getLogger(__name__)

SOURCE = "newsflow/enrich"
EXIT_BATCH_FAILED = 70  # EX_SOFTWARE: a supervisor restarts the worker, which replays.
STOP_GRACE_SECONDS = 15.0


def build_app(settings: EnrichSettings) -> faust.App:
    return faust.App(
        settings.enrich_consumer_group,
        key_serializer="raw",
        value_serializer="raw",
        consumer_auto_offset_reset="earliest",
        # Topics are created by the stack, never by a worker; no leader topic is needed.
        topic_allow_declare=False,
        topic_disable_leader=True,
        web_enabled=False,
        datadir=settings.faust_data_dir,
        # Long NLP batches must not look like a dead consumer to the group coordinator.
        broker_max_poll_interval=600.0,
        # On a stop or a rebalance, commit what is acked and go: never wait for a batch in
        # hand, which may be one that failed and will never be acked. Its messages are
        # redelivered to the next owner, and the store's idempotent writes absorb them.
        stream_wait_empty=False,
        **faust_settings(settings.kafka),  # broker, credentials and producer
    )


class FailureStop:
    """Stops the worker, with a failing exit code, when a batch cannot be made durable."""

    def __init__(
        self, stop: Callable[[], None] | None = None, grace_seconds: float = STOP_GRACE_SECONDS
    ) -> None:
        self.reason: BaseException | None = None
        # SIGTERM to ourselves takes faust's own graceful path: it commits only what was acked.
        self._stop = stop or (lambda: os.kill(os.getpid(), signal.SIGTERM))
        self._grace_seconds = grace_seconds

    def __call__(self, error: BaseException) -> None:
        if self.reason is None:
            self.reason = error
            log.critical("stopping the worker; the unacked batch will be redelivered: %r", error)
            # Should the graceful stop itself hang, exit anyway: nothing unacked is lost.
            timer = threading.Timer(self._grace_seconds, os._exit, (EXIT_BATCH_FAILED,))
            timer.daemon = True
            timer.start()
            self._stop()

    async def healthy(self) -> bool:
        return self.reason is None


def _inbound(event: EventT[bytes]) -> InboundMessage:
    m = event.message
    return inbound_message(m.topic, m.partition, m.offset, m.key, m.value, m.headers)


def wire_agent(
    app: faust.App,
    settings: EnrichSettings,
    make_handler: Callable[..., BatchHandler],
    failure: FailureStop,
    activity: AgentActivity,
    gate: AckGate,
) -> None:
    raw = app.topic(settings.raw_topic)
    enriched = app.topic(settings.enriched_topic)
    dead_letters = app.topic(settings.dead_letter_topic)

    parents = TraceParents()

    async def publish(article: EnrichedArticle) -> None:
        parent = parents.of(article.article_id)
        record = encode(
            article, key=article.article_id, source=SOURCE, traceparent=child_traceparent(parent)
        )
        delivered = await enriched.send(key=record.key, value=record.value, headers=record.headers)
        await delivered
        log.debug("enriched article published", extra=article_fields(article.article_id))

    async def send_dead_letter(
        topic: str, key: bytes | None, value: bytes, headers: Headers
    ) -> None:
        await (await dead_letters.send(key=key, value=value, headers=headers))

    publish_dead_letter = DeadLetterPublisher(send_dead_letter, settings.dead_letter_topic, SOURCE)
    faulty_publish = failing_sends(
        publish, settings.enrich_fault_send_failures_after, settings.enrich_fault_send_failures
    )
    handler = make_handler(faulty_publish, publish_dead_letter)

    @app.agent(raw, name="enrich-articles")
    async def enrich_articles(stream: faust.StreamT[bytes]) -> None:
        # Acks off for good on this stream: noack_take restores the stream's own setting when
        # it ends, and an acking stream would then ack messages nobody processed.
        # noack and noack_take are on faust's Stream, not on its StreamT protocol.
        batches: Any = stream.noack()  # type: ignore[attr-defined]

        async def ack(events: Sequence[EventT[bytes]]) -> None:
            for event in events:
                await batches.ack(event)
            parents.release(_keys(events))

        overlapped = OverlappedBatches(handler, ack, failure, activity)
        events: Sequence[EventT[bytes]]
        async for events in batches.noack_take(
            settings.enrich_batch_size, within=settings.enrich_batch_seconds
        ):
            events = await gate.admitted(_without_dropped(events, activity))
            messages = [_inbound(event) for event in events]
            parents.hold((m.key.decode(errors="replace"), m.traceparent) for m in messages if m.key)
            with batch_traces(traces_by_key((m.key, m.headers) for m in messages)):
                await overlapped.take(events, messages)


class TraceParents:
    """The traceparent of each raw message in hand, by article id: an enriched event
    continues its raw article's trace as a child span. Two batches may be in hand at once."""

    def __init__(self) -> None:
        self._parents: dict[str, str | None] = {}
        self._holders: Counter[str] = Counter()

    def hold(self, parents: Iterable[tuple[str, str | None]]) -> None:
        for key, parent in parents:
            self._parents[key] = parent
            self._holders[key] += 1

    def release(self, keys: Iterable[str]) -> None:
        for key in keys:
            self._holders[key] -= 1
            if self._holders[key] <= 0:
                del self._holders[key]
                self._parents.pop(key, None)

    def of(self, article_id: str) -> str | None:
        return self._parents.get(article_id)


def _keys(events: Sequence[EventT[bytes]]) -> list[str]:
    return [e.message.key.decode(errors="replace") for e in events if e.message.key]


def _without_dropped(
    events: Sequence[EventT[bytes]], activity: AgentActivity
) -> Sequence[EventT[bytes]]:
    """The batch, less the events the drop fault still owes: neither handled nor acked."""
    dropped = min(activity.drop_events, len(events))
    if dropped:
        activity.drop_events -= dropped
        where = [f"{e.message.partition}@{e.message.offset}" for e in events[:dropped]]
        log.warning("injected fault: dropping %s unacked", ", ".join(where))
    return events[dropped:]
