"""RawArticle v2's maximum lengths: what they refuse, and why they are set where they are."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from newsflow_schemas.raw_article import (
    MAX_BODY_CHARS,
    MAX_BULLET_CHARS,
    MAX_BULLETS,
    MAX_ORIGINAL_TEXT_CHARS,
    MAX_SOURCE_CHARS,
    MAX_STANDFIRST_CHARS,
    MAX_TITLE_CHARS,
    MAX_URL_CHARS,
    RawArticle,
)
from tests import factories

KAFKA_MESSAGE_BYTES = 2 * 1024 * 1024
# Entity, sentence, quote and model data per character of analysed text, measured on the
# seeds: at most 6.5 bytes (docs/ingest.md, "Size limits").
METADATA_BYTES_PER_CHAR = 7


def words(chars: int) -> str:
    """Plain news-like ASCII text of exactly `chars` characters."""
    return ("Kyiv said on Tuesday. " * (chars // 22 + 1))[:chars].strip().ljust(chars, "x")


def at_every_limit() -> RawArticle:
    url = "https://example.org/" + "a" * (MAX_URL_CHARS - len("https://example.org/"))
    return factories.raw_article(
        title=words(MAX_TITLE_CHARS),
        standfirst=words(MAX_STANDFIRST_CHARS),
        bullets=(words(MAX_BULLET_CHARS),) * MAX_BULLETS,
        body=words(MAX_BODY_CHARS),
        url=url,
        source="feed:" + url,
        original_text=words(MAX_ORIGINAL_TEXT_CHARS),
    )


def test_an_article_at_every_limit_makes_an_enriched_event_that_fits_one_message() -> None:
    article = at_every_limit()
    assert len(article.source) == MAX_SOURCE_CHARS
    raw_event = len(article.model_dump_json().encode())
    analysed = article.text
    enriched = raw_event + len(analysed.encode()) + METADATA_BYTES_PER_CHAR * len(analysed)
    assert enriched < 0.8 * KAFKA_MESSAGE_BYTES  # and a fifth to spare


def test_it_fits_the_simpler_rule_too_six_times_its_text() -> None:
    article = at_every_limit()
    text_bytes = len(article.text.encode()) + len((article.original_text or "").encode())
    assert 6 * text_bytes < KAFKA_MESSAGE_BYTES


@pytest.mark.parametrize(
    ("field", "value", "location"),
    [
        ("title", "t" * (MAX_TITLE_CHARS + 1), ("title",)),
        ("standfirst", "s" * (MAX_STANDFIRST_CHARS + 1), ("standfirst",)),
        ("bullets", ("b",) * (MAX_BULLETS + 1), ("bullets",)),
        ("bullets", ("ok", "b" * (MAX_BULLET_CHARS + 1)), ("bullets", 1)),
        ("body", "b" * (MAX_BODY_CHARS + 1), ("body",)),
        ("original_text", "o" * (MAX_ORIGINAL_TEXT_CHARS + 1), ("original_text",)),
        ("url", "https://e.org/" + "u" * MAX_URL_CHARS, ("url",)),
        ("source", "s" * (MAX_SOURCE_CHARS + 1), ("source",)),
    ],
)
def test_one_character_over_a_limit_is_refused_with_the_field(
    field: str, value: object, location: tuple[object, ...]
) -> None:
    with pytest.raises(ValidationError) as refused:
        factories.raw_article(**{field: value})
    assert [error["loc"] for error in refused.value.errors()] == [location]
