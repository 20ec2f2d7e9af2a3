"""The three ways in: POST /articles, the `newsflow ingest` command and kcat on the raw topic.

Each attempt answers accepted, refused or transient; transient ones (a broker restarting,
ingest restarting, a timeout) are retried with back-off until a deadline."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

from tests.chaos.articles import Article, to_json
from tests.chaos.early_response import post_listening
from tests.chaos.ledger import Ledger
from tests.chaos.poison import Poison

VALID_DEADLINE_S = 300.0
POISON_DEADLINE_S = 45.0  # rides out a broker or ingest restart
COMMAND_TIMEOUT_S = 120.0
KCAT_MESSAGE_TIMEOUT_MS = 60_000
MAX_BACKOFF_S = 8.0

# (accepted, refused, detail): neither accepted nor refused means try again.
Outcome = tuple[bool, bool, str]
ACCEPTED: Outcome = (True, False, "")


def _transient(detail: str) -> Outcome:
    return False, False, detail


def _refused(detail: str) -> Outcome:
    return False, True, detail


async def retrying(attempt: Callable[[], Awaitable[Outcome]], deadline_s: float) -> Outcome:
    """The first accepted or refused outcome, else the last transient one at the deadline."""
    deadline, backoff = time.monotonic() + deadline_s, 0.5
    while True:
        outcome = await attempt()
        if outcome[0] or outcome[1] or time.monotonic() + backoff > deadline:
            return outcome
        await asyncio.sleep(backoff)
        backoff = min(backoff * 2, MAX_BACKOFF_S)


def _http_outcome(status: int | None, text: str) -> Outcome:
    detail = f"HTTP {status} {text[:200]}"
    return _refused(detail) if status is not None and 400 <= status < 500 else _transient(detail)


@dataclass(frozen=True)
class Doors:
    ledger: Ledger
    ingest_url: str
    ingest_token: str
    bootstrap: str
    raw_topic: str
    cli_env: dict[str, str]
    work_dir: Path
    newsflow_command: str

    async def http(self, articles: Sequence[Article]) -> None:
        body = to_json([a.submission() for a in articles])
        await self._valid("http", articles, lambda: self._post(body, "application/json"))

    async def cli(self, batch: int, articles: Sequence[Article]) -> None:
        folder = self.work_dir / "cli" / f"batch-{batch:03d}"
        folder.mkdir(parents=True)
        for article in articles:
            (folder / f"{article.seq:06d}.txt").write_text(article.seed_text())
        await self._valid("cli", articles, lambda: self._ingest_folder(folder))

    async def kcat(self, articles: Sequence[Article]) -> None:
        lines = b"".join(
            f"{a.raw_article()['article_id']}\t".encode() + to_json(a.raw_article()) + b"\n"
            for a in articles
        )
        await self._valid("kcat", articles, lambda: self._kcat(["-K", "\t"], lines))

    async def poison(self, poison: Poison) -> None:
        attempt = {"kcat": self._kcat_poison, "http": self._http_poison, "cli": self._cli_poison}
        await attempt[poison.path](poison)

    async def _valid(
        self, path: str, articles: Sequence[Article], attempt: Callable[[], Awaitable[Outcome]]
    ) -> None:
        async def counted() -> Outcome:
            outcome = await attempt()
            if not (outcome[0] or outcome[1]):
                self.ledger.retries[path] += 1
            return outcome

        accepted, _, detail = await retrying(counted, VALID_DEADLINE_S)
        seqs = [a.seq for a in articles]
        if accepted:
            self.ledger.accepted(seqs, path)
        else:
            self.ledger.gave_up(seqs, f"{path}: {detail}")

    async def _post(self, body: bytes, content_type: str) -> Outcome:
        try:
            async with httpx.AsyncClient(timeout=90) as client:
                response = await client.post(
                    f"{self.ingest_url}/articles",
                    content=body,
                    headers={
                        "content-type": content_type,
                        "authorization": f"Bearer {self.ingest_token}",
                    },
                )
        except httpx.HTTPError as error:
            return _transient(f"HTTP {error!r}")
        if response.status_code == 202:
            return True, False, json.dumps(response.json().get("article_ids", []))
        return _http_outcome(response.status_code, response.text)

    async def _post_large(self, body: bytes, content_type: str) -> Outcome:
        status, detail = await post_listening(
            f"{self.ingest_url}/articles", body, content_type, self.ingest_token
        )
        if status == 202:
            with contextlib.suppress(ValueError, AttributeError):
                return True, False, json.dumps(json.loads(detail).get("article_ids", []))
            return True, False, "[]"
        return _http_outcome(status, detail)

    async def _http_poison(self, poison: Poison) -> None:
        post = self._post_large if poison.oversized else self._post
        accepted, refused, detail = await retrying(
            lambda: post(poison.payload, poison.content_type), POISON_DEADLINE_S
        )
        if refused:
            self.ledger.refused_at_door(poison.name, detail.split(" {")[0][:60])
        elif accepted:
            self.ledger.on_raw_topic(poison.name, set(json.loads(detail)))
        else:
            self.ledger.lost_at_door(poison.name, f"never answered 4xx: {detail}")

    async def _ingest_folder(self, target: Path) -> Outcome:
        code, output = await self._run([self.newsflow_command, "ingest", str(target)], b"")
        if code == 0 and "invalid 0" in output:
            return ACCEPTED
        if f"invalid {target}" in output:
            return _refused(output[-300:])
        return _transient(f"exit {code}: {output[-300:]}")

    async def _cli_poison(self, poison: Poison) -> None:
        target = self.work_dir / "cli-poison" / f"{poison.key}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(poison.payload)
        accepted, refused, detail = await retrying(
            lambda: self._ingest_folder(target), POISON_DEADLINE_S
        )
        if refused:
            self.ledger.refused_at_door(poison.name, "CLI reported it invalid")
        elif accepted:
            self.ledger.lost_at_door(poison.name, "the CLI published it")
        else:
            self.ledger.lost_at_door(poison.name, f"the CLI did not report it invalid: {detail}")

    async def _kcat(self, extra: list[str], stdin: bytes) -> Outcome:
        now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        command = ["kcat", "-P", "-b", self.bootstrap, "-t", self.raw_topic, *extra]
        command += ["-X", "acks=all", "-X", "enable.idempotence=true"]
        command += ["-X", f"message.timeout.ms={KCAT_MESSAGE_TIMEOUT_MS}"]
        command += ["-H", "ce_specversion=1.0", "-H", f"ce_id={uuid.uuid4()}"]
        command += ["-H", "ce_source=tests/chaos", "-H", "ce_type=dev.newsflow.article.ingested.v1"]
        command += ["-H", f"ce_time={now}", "-H", "content-type=application/json"]
        code, output = await self._run(command, stdin)
        if code == 0 and "Delivery failed" not in output:
            return ACCEPTED
        if "too large" in output.lower():
            return _refused(f"broker refused: {output[-200:]}")
        return _transient(f"kcat exit {code}: {output[-300:]}")

    async def _kcat_poison(self, poison: Poison) -> None:
        accepted, refused, detail = await retrying(
            lambda: self._kcat(*self._kcat_input(poison)), POISON_DEADLINE_S
        )
        if refused:
            self.ledger.refused_at_door(poison.name, detail[:60])
        elif accepted:
            self.ledger.on_raw_topic(poison.name, {poison.key})
        else:
            self.ledger.lost_at_door(poison.name, f"kcat never delivered it: {detail}")

    def _kcat_input(self, poison: Poison) -> tuple[list[str], bytes]:
        if not poison.payload:  # kcat skips an empty file; an empty line after the key is sent
            return ["-K", "\t"], f"{poison.key}\t\n".encode()
        target = self.work_dir / "kcat-poison" / poison.key
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(poison.payload)
        return ["-k", poison.key, str(target)], b""  # a file argument is one whole message

    async def _run(self, command: list[str], stdin: bytes) -> tuple[int | None, str]:
        process = await asyncio.create_subprocess_exec(
            *command,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
            env=self.cli_env,
        )
        try:
            output, _ = await asyncio.wait_for(process.communicate(stdin), COMMAND_TIMEOUT_S)
        except TimeoutError:
            process.kill()
            await process.wait()
            return None, f"timed out after {COMMAND_TIMEOUT_S:.0f} s"
        return process.returncode, output.decode(errors="replace")
