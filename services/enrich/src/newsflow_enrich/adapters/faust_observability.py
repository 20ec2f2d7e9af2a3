"""What the health server and the lag gauge ask of the Faust worker.

Lag is the raw topic's end offset minus the group's committed offset, per partition this
worker owns: committed, because Faust commits only what the agent has finished, so a
stuck agent shows up as lag that grows while the worker still fetches."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping

import faust
from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from faust.exceptions import ConsumerNotStarted
from faust.types import TP
from prometheus_client import Counter

from newsflow_enrich.adapters.stalled_partitions import (
    AgentActivity,
    Partition,
    PartitionOffsets,
    StallTracker,
)
from newsflow_enrich.settings import EnrichSettings
from newsflow_runtime.health import Check, HealthServer
from newsflow_runtime.kafka import build_admin
from newsflow_runtime.kafka_access import start_client
from newsflow_runtime.lag import LAG_REFRESH_SECONDS, LagRefresher
from newsflow_runtime.metrics import ConsumerLag, TopicPartitionKey, partition_lag

log = logging.getLogger(__name__)

PROBE_TIMEOUT_SECONDS = 5.0


class FaustLagProbe:
    def __init__(self, app: faust.App, settings: EnrichSettings) -> None:
        self._app = app
        self._topic = settings.raw_topic
        self._group = settings.enrich_consumer_group
        self._kafka = settings.kafka
        self._admin: AIOKafkaAdminClient | None = None

    def owned(self) -> list[TopicPartition]:
        """The raw topic's partitions assigned to this worker; none before it has started."""
        try:
            assigned = self._app.consumer.assignment()
        except ConsumerNotStarted:
            return []
        mine = (
            TopicPartition(tp.topic, tp.partition) for tp in assigned if tp.topic == self._topic
        )
        return sorted(mine)

    async def offsets(self) -> dict[Partition, PartitionOffsets]:
        """Committed, first and end offset of each raw partition this worker owns."""
        owned = self.owned()
        if not owned:
            return {}
        ends = await self._app.consumer.highwaters(*owned)
        admin = await self._admin_client()
        offsets = await admin.list_consumer_group_offsets(self._group, partitions=owned)
        committed = {tp: meta.offset if meta.offset >= 0 else None for tp, meta in offsets.items()}
        never = [tp for tp in owned if committed.get(tp) is None]
        # Where a group that never committed starts: auto_offset_reset=earliest.
        starts = await self._app.consumer.earliest_offsets(*never) if never else {}
        return {
            (tp.topic, tp.partition): PartitionOffsets(
                committed=committed.get(tp), start=starts.get(tp, 0), end=ends[tp]
            )
            for tp in owned
            if tp in ends
        }

    async def _admin_client(self) -> AIOKafkaAdminClient:
        # Made on first use: aiokafka clients belong to the loop they are created on.
        if self._admin is None:
            admin = build_admin(self._kafka, client_id="newsflow/enrich-lag")
            await start_client(admin, self._kafka)
            self._admin = admin
        return self._admin


def wire_observability(
    app: faust.App,
    settings: EnrichSettings,
    probe: FaustLagProbe,
    health: HealthServer,
    lag: ConsumerLag,
    checks: Mapping[str, Check],
    rewinds: Counter,
    activity: AgentActivity,
) -> None:
    """`checks`: what else /readyz asks, such as whether the stage is stuck."""

    async def partitions_assigned() -> bool:
        return not app.rebalancing and bool(probe.owned())

    async def attach_health() -> None:
        health.attach(
            asyncio.get_running_loop(), {"partitions_assigned": partitions_assigned, **checks}
        )

    tracker = StallTracker(settings.enrich_stall_rewind_seconds)
    rewinder = StalledPartitionRewinder(app, activity, tracker, rewinds)

    async def look() -> dict[TopicPartitionKey, int]:
        # One read of the owned partitions' offsets feeds both the lag gauge and the stalls.
        offsets = await probe.offsets()
        await rewinder.rewind_stalled(offsets)
        return lag_of(offsets)

    lag_refresher = LagRefresher(look, lag, PROBE_TIMEOUT_SECONDS)

    # Registered by call, not as decorators: faust's decorators are untyped.
    app.task(attach_health)
    app.timer(interval=LAG_REFRESH_SECONDS)(lag_refresher.refresh)


def lag_of(offsets: Mapping[Partition, PartitionOffsets]) -> dict[TopicPartitionKey, int]:
    return partition_lag(
        {partition: o.end for partition, o in offsets.items()},
        {partition: o.committed for partition, o in offsets.items()},
        {partition: o.start for partition, o in offsets.items()},
    )


class StalledPartitionRewinder:
    """Seeks each owned partition the StallTracker finds stalled back to where the group
    would resume it (docs/reliability.md, "A partition left behind is read again")."""

    def __init__(
        self,
        app: faust.App,
        activity: AgentActivity,
        tracker: StallTracker,
        rewinds: Counter,
    ) -> None:
        self._app = app
        self._activity = activity
        self._tracker = tracker
        self._rewinds = rewinds

    async def rewind_stalled(self, offsets: Mapping[Partition, PartitionOffsets]) -> None:
        for topic, partition in self._tracker.stalled(offsets, self._activity.in_hand):
            where = offsets[(topic, partition)]
            log.warning(
                "partition %s/%d is behind (committed %s, end %d) and not being read: "
                "seeking it back to %d",
                topic,
                partition,
                where.committed,
                where.end,
                where.resume_at,
            )
            try:
                await self._app.consumer.seek(TP(topic, partition), where.resume_at)
            except Exception as error:  # reassigned since the look, say: the next look decides
                log.warning("seek of %s/%d failed: %r", topic, partition, error)
                continue
            self._rewinds.labels(stage="enrich", reason="stalled").inc()
