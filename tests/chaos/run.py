"""One chaos run: servers and services up, articles and poison in while faults strike,
then drain, settle and collect the evidence for the verdict."""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import sys
import uuid
from pathlib import Path
from typing import Any

from newsflow.stack._process import tail
from newsflow.stack.kafka import KafkaNode
from newsflow.stack.ports import free_ports
from newsflow.stack.postgres import PostgresNode
from tests.chaos.articles import Article
from tests.chaos.faults import Faults, send_failures_after
from tests.chaos.ledger import Ledger
from tests.chaos.observe import LagWatch, dead_letters, enriched_copies, stored_sequences
from tests.chaos.poison import catalogue
from tests.chaos.publish import Doors
from tests.chaos.report import print_report
from tests.chaos.schedule import BATCH_SIZES, PATHS, ChaosConfig, batches, paced, scattered
from tests.chaos.servers import Servers, Topics
from tests.chaos.supervisor import Replica, Supervisor, wait_until
from tests.chaos.timeline import Timeline
from tests.chaos.verdict import Health, Verdict

PORT_VARIABLES = {
    "ingest": "INGEST_HTTP_PORT",
    "enrich": "ENRICH_METRICS_PORT",
    "store": "STORE_METRICS_PORT",
}
READY_WAIT_S = 180.0
FINAL_READY_WAIT_S = 60.0
SETTLE_EXTRA_S = 120.0


class ChaosRun:
    def __init__(self, config: ChaosConfig, root: Path) -> None:
        self.config = config
        self.root = root
        self.timeline = Timeline()
        kafka, controller, postgres, ingest_ops, *service_ports = free_ports(8)
        self.servers = Servers(
            KafkaNode(root / "kafka", kafka, controller),
            PostgresNode(root / "postgres", postgres),
            Topics.unique(),
        )
        names = ("ingest-0", "enrich-0", "enrich-1", "store-0")
        self.ports = dict(zip(names, service_ports, strict=True))
        self.ingest_ops_port = ingest_ops
        # Ingest as deployed: POST /articles takes a bearer token, probes are on a port of
        # their own.
        self.ingest_token = secrets.token_urlsafe(32)
        suffix = uuid.uuid4().hex[:8]
        self.groups = {"enrich": f"chaos-enrich-{suffix}", "store": f"chaos-store-{suffix}"}
        self.supervisor = Supervisor(self.timeline)
        self.ledger = Ledger(self.timeline)
        self.faults = Faults(
            self.timeline,
            self.supervisor,
            self.servers,
            lambda env: self._add("enrich", 1, env),
            send_failures_after(config.articles),
        )
        self.poisons = catalogue()
        groups = {
            self.groups["enrich"]: self.servers.topics.raw,
            self.groups["store"]: self.servers.topics.enriched,
        }
        self.lag = LagWatch(self.servers.bootstrap, groups, self.timeline.now)
        self._stop = asyncio.Event()
        self._background: list[asyncio.Task[None]] = []

    async def execute(self) -> Verdict:
        await self._start()
        await self._publish_under_faults()
        drained_in = await self._drain()
        await self._settle()
        health = await self._health()
        verdict = await self._collect(drained_in, health)
        print_report(self, verdict)
        return verdict

    async def close(self) -> None:
        self._stop.set()
        for task in self._background:  # all stop on their own but for an early failure
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await asyncio.to_thread(self.supervisor.stop_all)
        await asyncio.to_thread(self.servers.stop_all)

    def print_logs(self, lines: int = 40) -> None:
        print(self.supervisor.log_tails(lines))
        for name, path in self.servers.log_files.items():
            print(f"----- last {lines} lines of {name}: {path}\n{tail(path, lines)}")

    async def _start(self) -> None:
        print()  # off the line pytest's progress is on
        self.timeline.note("phase", f"starting Kafka and PostgreSQL in {self.root}")
        await self.servers.start()
        self._background.append(asyncio.create_task(self.supervisor.run(self._stop)))
        replicas = [self._add("ingest", 0), self._add("enrich", 0), self._add("store", 0)]
        self.timeline.note("phase", "services started; waiting until each answers /readyz")
        for replica in replicas:
            if not await wait_until(replica, "/readyz", READY_WAIT_S):
                raise AssertionError(f"{replica.name} not ready within {READY_WAIT_S:.0f} s")

    def _add(self, service: str, index: int, extra: dict[str, str] | None = None) -> Replica:
        name = f"{service}-{index}"
        port = self.ports[name]
        env = {
            "KAFKA_BOOTSTRAP_SERVERS": self.servers.bootstrap,
            "DATABASE_URL": self.servers.database_url,
            **self.servers.topics.env(),
            PORT_VARIABLES[service]: str(port),
            "NEWSFLOW_HOME": str(self.root / "ingest-home"),
            **(extra or {}),
        }
        if service in self.groups:
            env[f"{service.upper()}_CONSUMER_GROUP"] = self.groups[service]
        probe_port = None
        if service == "ingest":
            probe_port = self.ingest_ops_port
            env |= {"INGEST_METRICS_PORT": str(probe_port), "INGEST_TOKENS": self.ingest_token}
        replica = Replica(service, index, env, port, self.root / "services", probe_port=probe_port)
        return self.supervisor.add(replica)

    def _doors(self) -> Doors:
        cli_env = {
            **os.environ,
            "KAFKA_BOOTSTRAP_SERVERS": self.servers.bootstrap,
            "RAW_TOPIC": self.servers.topics.raw,
            "NEWSFLOW_HOME": str(self.root / "cli-home"),
            "COLUMNS": "500",  # rich wraps at 80 columns otherwise, splitting file names
        }
        return Doors(
            self.ledger,
            f"http://127.0.0.1:{self.ports['ingest-0']}",
            self.ingest_token,
            self.servers.bootstrap,
            self.servers.topics.raw,
            cli_env,
            self.root / "doors",
            str(Path(sys.executable).with_name("newsflow")),
        )

    async def _publish_under_faults(self) -> None:
        window, doors = self.config.publish_seconds, self._doors()
        articles = [Article(seq) for seq in range(1, self.config.articles + 1)]
        by_path = {
            path: batches([a for a in articles if PATHS[a.seq % 10] == path], size)
            for path, size in BATCH_SIZES.items()
        }
        numbered_cli = list(enumerate(by_path["cli"]))
        self.timeline.note(
            "phase",
            f"publishing {len(articles)} articles and {len(self.poisons)} poison messages "
            f"over {window:.0f} s while injecting faults",
        )
        faults = asyncio.create_task(self.faults.run(window))
        poison = asyncio.create_task(scattered(window, self.poisons, doors.poison))
        self._background += [faults, poison]
        await self._reporting_progress(
            asyncio.gather(
                paced(window, by_path["http"], doors.http),
                paced(window, numbered_cli, lambda item: doors.cli(*item)),
                paced(window, by_path["kcat"], doors.kcat),
            )
        )
        # Polls from now on, while the last poison messages may still be retried at the door.
        self._background.append(asyncio.create_task(self.lag.run(self._stop)))
        await self._reporting_progress(asyncio.gather(poison, faults))

    async def _reporting_progress(self, work: asyncio.Future[Any]) -> None:
        while not work.done():
            await asyncio.wait({work}, timeout=30)
            self.timeline.note("progress", f"{len(self.ledger.published)} articles published")
        await work

    async def _drain(self) -> float | None:
        """Seconds from the last publish to the first lag poll after it that found 0."""
        last, bound = self.ledger.last_publish_at, self.config.drain_bound_seconds
        self.timeline.note("phase", f"waiting up to {bound:.0f} s after the last publish for lag 0")
        next_note = self.timeline.now() + 15
        while (drained_at := self.lag.drained_since(last)) is None:
            if self.timeline.now() > last + bound:
                self.timeline.note("drain", f"lag still {self.lag.last} {bound:.0f} s after it")
                return None
            if self.timeline.now() >= next_note:
                self.timeline.note("drain", f"lag {self.lag.last}")
                next_note += 15
            await asyncio.sleep(0.5)
        self.timeline.note("drain", f"lag 0, {drained_at - last:.0f} s after the last publish")
        return drained_at - last

    async def _settle(self) -> None:
        """Waits for a quiet minute: none since the last fault or the last restart, for at most
        SETTLE_EXTRA_S beyond the first one possible. A service that recovers from the last
        outage by restarting once gets its quiet minute; one in a crash loop never does."""
        quiet, ends = self.config.quiet_seconds, self.faults.last_ended_at
        give_up = ends + quiet + SETTLE_EXTRA_S
        while (until := max(ends, self._last_restart()) + quiet) > self.timeline.now():
            if self.timeline.now() >= give_up:
                return
            wait = min(until, give_up) - self.timeline.now()
            self.timeline.note("phase", f"waiting {wait:.0f} s for a minute without restarts")
            await asyncio.sleep(wait)

    def _last_restart(self) -> float:
        return max((t for r in self.supervisor.replicas.values() for t in r.restarts), default=0)

    async def _health(self) -> list[Health]:
        health = []
        for replica in self.supervisor.replicas.values():
            if not replica.wanted:
                continue
            ready = await wait_until(replica, "/readyz", FINAL_READY_WAIT_S)
            since = self.timeline.now() - self.config.quiet_seconds
            recent = [t for t in replica.restarts if t >= since]
            health.append(
                Health(replica.name, replica.alive(), ready, len(replica.restarts), len(recent))
            )
        return health

    async def _collect(self, drained_in: float | None, health: list[Health]) -> Verdict:
        servers = self.servers
        topics = servers.topics
        return Verdict(
            self.ledger,
            self.poisons,
            await stored_sequences(servers.database_url),
            await dead_letters(servers.bootstrap, topics.dead_letter, topics.raw),
            drained_in,
            self.config.drain_bound_seconds,
            health,
            await enriched_copies(servers.bootstrap, topics.enriched),
        )
