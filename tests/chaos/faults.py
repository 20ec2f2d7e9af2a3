"""The faults, spaced out over the publishing window, one after another."""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from tests.chaos.servers import Servers
from tests.chaos.supervisor import Replica, Supervisor, wait_until
from tests.chaos.timeline import Timeline

POSTGRES_DOWN_S = 20.0
SERVING_WAIT_S = 120.0
# The scaled-out enrich worker fails its 31st enriched send once; sooner in a small run,
# where its share of the articles may not reach 30.
SEND_FAILURES_AFTER = 30


def send_failures_after(articles: int) -> int:
    return max(5, min(SEND_FAILURES_AFTER, articles // 20))


@dataclass(frozen=True)
class Fault:
    at: float  # fraction of the publishing window
    name: str
    inject: Callable[[], Awaitable[None]]


class Faults:
    def __init__(
        self,
        timeline: Timeline,
        supervisor: Supervisor,
        servers: Servers,
        scale_out: Callable[[dict[str, str]], Replica],
        fail_send_after: int = SEND_FAILURES_AFTER,
    ) -> None:
        self._timeline = timeline
        self._supervisor = supervisor
        self._servers = servers
        self._scale_out = scale_out
        self._fail_send_after = fail_send_after
        self.last_ended_at = 0.0  # timeline seconds
        self.extra: Replica | None = None

    def schedule(self) -> list[Fault]:
        return [
            Fault(0.08, "kill -9 enrich", lambda: self._kill("enrich-0")),
            Fault(0.18, "scale enrich 1 -> 2", self._add_worker),
            Fault(0.30, "kill -9 store", lambda: self._kill("store-0")),
            Fault(0.40, "PostgreSQL outage", self._postgres_outage),
            Fault(0.55, "scale enrich 2 -> 1", self._remove_worker),
            Fault(0.65, "Kafka broker restart", self._kafka_restart),
            Fault(0.85, "kill -9 enrich again", lambda: self._kill("enrich-0")),
        ]

    async def run(self, window_s: float) -> None:
        started = time.monotonic()
        for fault in self.schedule():
            await asyncio.sleep(max(0.0, started + fault.at * window_s - time.monotonic()))
            await fault.inject()
            self.last_ended_at = self._timeline.now()

    def _note(self, what: str) -> None:
        self._timeline.note("fault", what)

    async def _kill(self, name: str) -> None:
        replica = self._supervisor.replicas[name]
        # Kill a worker at work, not one still starting up after the last kill.
        if not await wait_until(replica, "/metrics", SERVING_WAIT_S):
            self._note(f"kill -9 {name}: not serving after {SERVING_WAIT_S:.0f} s, killed anyway")
        pid = self._supervisor.kill(name, signal.SIGKILL)
        self._note(f"kill -9 {name} (pid {pid})")

    async def _postgres_outage(self) -> None:
        await self._servers.stop_postgres()
        self._note(f"PostgreSQL stopped for {POSTGRES_DOWN_S:.0f} s")
        await asyncio.sleep(POSTGRES_DOWN_S)
        await self._servers.start_postgres()
        self._note("PostgreSQL started again")

    async def _kafka_restart(self) -> None:
        await self._servers.stop_kafka()
        self._note("Kafka broker stopped")
        await self._servers.start_kafka()
        self._note("Kafka broker started again")

    async def _add_worker(self) -> None:
        after = self._fail_send_after
        self.extra = self._scale_out({"ENRICH_FAULT_SEND_FAILURES_AFTER": str(after)})
        self._note(
            f"scaled enrich to 2: {self.extra.name} (pid {self.extra.pid}) joins the group, "
            f"with ENRICH_FAULT_SEND_FAILURES_AFTER={after}"
        )
        # The group rebalances only once a member killed earlier has timed out; until then the
        # new worker owns nothing and would never reach the send that is meant to fail.
        ready = await wait_until(self.extra, "/readyz", SERVING_WAIT_S)
        state = "owns partitions" if ready else f"owns none after {SERVING_WAIT_S:.0f} s"
        self._note(f"{self.extra.name} {state}")

    async def _remove_worker(self) -> None:
        if self.extra is None:
            return
        code = await self._supervisor.retire(self.extra.name)
        self._note(f"scaled enrich to 1: {self.extra.name} SIGTERMed, exited with {code}")
