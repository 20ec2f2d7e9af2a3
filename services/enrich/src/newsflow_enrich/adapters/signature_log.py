"""Near-duplicate decisions that every enrich worker agrees on, whatever the timing.

Each worker appends its articles' MinHash signatures to one single-partition topic, and
reads that whole topic into its own index. The partition's offsets are a total order
over all workers: an article is a near-duplicate only of articles *earlier in that log*,
and a worker decides only once it has read the log up to its own records. Two
near-duplicates enriched at the same moment on two workers are therefore judged the same
way on both: the one whose signature landed first is the original. A redelivered article
keeps the position of its first record, so replays change nothing (docs/near-duplicates.md)."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

from newsflow_enrich.adapters.ordered_log import OrderedLog
from newsflow_enrich.domain.near_duplicates import NearDuplicateIndex, Signature, signature
from newsflow_runtime.kafka_settings import KafkaSettings
from newsflow_schemas import RawArticle

log = logging.getLogger(__name__)

SIGNATURE_EVENT_TYPE = "dev.newsflow.enrich.signature-logged.v1"


def encode_signature(article_id: str, sig: Signature) -> bytes:
    return json.dumps({"v": 1, "article_id": article_id, "minhash": sig.hashvalues}).encode()


def decode_signature(value: bytes) -> tuple[str, Signature]:
    record = json.loads(value)
    return str(record["article_id"]), Signature(tuple(int(v) for v in record["minhash"]))


class SignatureLog(OrderedLog):
    event_type = SIGNATURE_EVENT_TYPE
    client_id = "newsflow/enrich-signatures"
    name = "signature-log"

    def __init__(
        self,
        kafka: KafkaSettings,
        topic: str,
        index: NearDuplicateIndex,
        reader_dies_after: int | None = None,
    ) -> None:
        super().__init__(kafka, topic, reader_dies_after)
        self._index = index

    async def earlier_duplicates(self, articles: Sequence[RawArticle]) -> dict[str, str]:
        """{article_id: the earliest near-duplicate logged before it} for this batch."""
        signed = [(a.article_id, sig) for a in articles if (sig := signature(a.body))]
        if not signed:
            return {}
        await self.append_and_catch_up([(i, encode_signature(i, sig)) for i, sig in signed])
        return {
            article_id: match
            for article_id, sig in signed
            if (match := self._earliest_match(article_id, sig)) is not None
        }

    def _earliest_match(self, article_id: str, sig: Signature) -> str | None:
        position = self._index.position(article_id)
        assert position is not None, "read past our own record, so it must be indexed"
        return self._index.earliest_match(article_id, sig, before=position)

    def _index_record(self, value: bytes | None, offset: int) -> None:
        try:
            article_id, sig = decode_signature(value or b"")
        except (ValueError, KeyError, TypeError):
            log.warning("skipping an unreadable signature at offset %s", offset)
            return
        self._index.add(article_id, sig, offset)
