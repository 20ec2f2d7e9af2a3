"""Plain text takes the simple shape (a title line, a blank line, the body) or the seed
layout around it; a standfirst is recognised only right above a block of bullets."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsflow_ingest.domain import ArticleFormatError, parse_article, parse_article_bytes
from newsflow_schemas import RawArticle, article_id

NOW = datetime(2026, 1, 1, tzinfo=UTC)
SEEDS = sorted((Path(__file__).parents[3] / "seeds").glob("*.txt"))
RUSSIAN = (
    "Москва выделит 2 млрд рублей на ремонт школ\n"
    "\n"
    "Мэр Москвы Сергей Собянин объявил во вторник, что город потратит 2 млрд рублей "
    "на ремонт сорока школ до конца года.\n"
    "\n"
    "Работы начнутся в июле, сообщили в департаменте образования."
)


def parse(text: str) -> RawArticle:
    return parse_article(text, source="test", ingested_at=NOW)


def test_a_title_and_one_paragraph_is_an_article() -> None:
    article = parse("Council approves budget\n\nThe council met on Tuesday.")
    assert (article.title, article.standfirst, article.body) == (
        "Council approves budget",
        "",
        "The council met on Tuesday.",
    )


def test_without_bullets_every_paragraph_after_the_title_is_body() -> None:
    article = parse("Title\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird.")
    assert article.standfirst == ""
    assert article.body == "First paragraph.\n\nSecond paragraph.\n\nThird."


def test_the_simple_shape_gets_the_id_of_the_same_json_article() -> None:
    article = parse("Title\n\nFirst paragraph.\n\nSecond paragraph.")
    json_id = article_id(url=None, title="Title", body="First paragraph.\n\nSecond paragraph.")
    assert article.article_id == json_id


def test_a_standfirst_is_the_paragraph_right_above_the_bullets() -> None:
    article = parse("Title\n\nThe standfirst.\n\n• one\n• two\n\nBody one.\n\nBody two.")
    assert article.standfirst == "The standfirst."
    assert article.bullets == ("one", "two")
    assert article.body == "Body one.\n\nBody two."


def test_bullets_right_under_the_title_leave_no_standfirst() -> None:
    article = parse("Title\n\n• one\n\nBody.")
    assert (article.standfirst, article.bullets, article.body) == ("", ("one",), "Body.")


def test_a_paragraph_too_long_for_a_standfirst_stays_body() -> None:
    long = "word " * 500
    article = parse(f"Title\n\n{long}\n\n• one\n\nBody.")
    assert article.standfirst == "" and article.body.startswith("word word")


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_every_seed_keeps_its_title_standfirst_bullets_and_body(path: Path) -> None:
    article = parse(path.read_text(encoding="utf-8"))
    assert article.title and article.standfirst and article.bullets and article.body
    assert "Read Full Article" not in article.body


def test_a_russian_article_of_the_simple_shape_is_accepted() -> None:
    article = parse_article_bytes(RUSSIAN.encode(), source="test", ingested_at=NOW)
    assert article.title == "Москва выделит 2 млрд рублей на ремонт школ"
    assert article.body.endswith("сообщили в департаменте образования.")


def test_a_byte_order_mark_and_crlf_line_ends_are_accepted() -> None:
    raw = b"\xef\xbb\xbf" + RUSSIAN.replace("\n", "\r\n").encode()
    article = parse_article_bytes(raw, source="test", ingested_at=NOW)
    assert article == parse(RUSSIAN).model_copy(update={"original_text": article.original_text})
    assert article.title.startswith("Москва")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "title line and one body"),
        ("Only a title", "title line and one body"),
        ("Title\nno blank line before the body", "title line and one body"),
        ("Title\n\nStandfirst\n\n• bullet\n\nRead Full Article", "no body"),
    ],
)
def test_text_of_no_article_shape_is_refused(text: str, message: str) -> None:
    with pytest.raises(ArticleFormatError, match=message) as refused:
        parse(text)
    assert refused.value.reason == "invalid_raw_article"
