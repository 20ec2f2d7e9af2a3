"""Near-duplicate detection: the pure MinHash/LSH core and its hook in the batch handler."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from prometheus_client import CollectorRegistry

from benchmarks.near_duplicates.corpus import STORIES
from benchmarks.near_duplicates.pairs import light_edit, syndicate
from newsflow_enrich.adapters.batch_handler import BatchHandler
from newsflow_enrich.adapters.signature_log import decode_signature, encode_signature
from newsflow_enrich.domain.near_duplicates import (
    NearDuplicateIndex,
    find_near_duplicates,
    shingles,
    signature,
)
from newsflow_enrich.metrics import EnrichMetrics
from newsflow_runtime.envelope import InboundMessage
from newsflow_schemas import EnrichedArticle, RawArticle
from tests import factories

FLOOD, DEFENCES = (body for _, body in STORIES["flooding"])
RATES, _ = (body for _, body in STORIES["central-bank"])


def sig(text: str):  # type: ignore[no-untyped-def]
    result = signature(text)
    assert result is not None
    return result


def test_shingles_fold_case_punctuation_and_width() -> None:
    assert shingles("The  BANK, held rates!", size=2) == shingles("the bank held ｒates", size=2)
    assert shingles("one two three", size=2) == {b"one two", b"two three"}


def test_texts_too_short_to_judge_get_no_signature() -> None:
    assert signature("Zelensky spoke in Kyiv.") is None


def test_an_edited_copy_matches_the_earlier_original_and_another_story_does_not() -> None:
    import random

    index = NearDuplicateIndex()
    index.add("original", sig(FLOOD), 0)
    index.add("other-story", sig(DEFENCES), 1)
    copy = sig(syndicate(light_edit(FLOOD, random.Random(1), 8), random.Random(2)))
    index.add("copy", copy, 2)
    assert index.earliest_match("copy", copy, before=2) == "original"
    assert index.earliest_match("other-story", sig(DEFENCES), before=1) is None
    # The original is never a duplicate of what came after it.
    assert index.earliest_match("original", sig(FLOOD), before=0) is None


def test_a_redelivered_article_keeps_its_first_position() -> None:
    index = NearDuplicateIndex()
    index.add("a", sig(FLOOD), 0)
    index.add("b", sig(FLOOD + "\n\nOne more line for the syndicated copy."), 1)
    index.add("a", sig(FLOOD), 7)  # seen again after a crash and a replay
    assert index.position("a") == 0
    assert index.earliest_match("a", sig(FLOOD), before=index.position("a") or 0) is None
    assert len(index) == 2


def test_the_earliest_of_several_matches_is_the_original() -> None:
    texts = [("first", FLOOD), ("rates", RATES), ("second", FLOOD + " Updated."), ("third", FLOOD)]
    assert find_near_duplicates(texts) == {"second": "first", "third": "first"}


def test_signatures_round_trip_through_the_log_format() -> None:
    assert decode_signature(encode_signature("a1", sig(FLOOD))) == ("a1", sig(FLOOD))


class FakeEnricher:
    def enrich_batch(self, articles: Sequence[RawArticle]) -> list[EnrichedArticle]:
        return [factories.enriched_article(article) for article in articles]


class FakeFinder:
    def __init__(self, answer: dict[str, str]) -> None:
        self.answer = answer
        self.asked: list[str] = []

    async def earlier_duplicates(self, articles: Sequence[RawArticle]) -> dict[str, str]:
        self.asked += [a.article_id for a in articles]
        return self.answer


async def test_the_handler_flags_near_duplicates_on_the_enriched_event() -> None:
    # The factory needs a Zelensky to point an entity at.
    original = factories.raw_article(body=FLOOD + " Zelensky")
    copy = factories.raw_article(body=FLOOD + " Zelensky")
    published: list[EnrichedArticle] = []

    async def publish(article: EnrichedArticle) -> None:
        published.append(article)

    async def dead_letter(_: object) -> None:
        raise AssertionError("nothing should be dead-lettered")

    finder = FakeFinder({copy.article_id: original.article_id})
    handler = BatchHandler(
        FakeEnricher(),  # type: ignore[arg-type]
        ThreadPoolExecutor(1),
        publish,
        dead_letter,
        EnrichMetrics.create(CollectorRegistry()),
        finder,
    )
    messages = [
        InboundMessage("raw", 0, i, None, a.model_dump_json().encode())
        for i, a in enumerate([original, copy])
    ]
    await handler.handle(messages)
    assert finder.asked == [original.article_id, copy.article_id]
    assert [(e.article_id, e.duplicate_of) for e in published] == [
        (original.article_id, None),
        (copy.article_id, original.article_id),
    ]
