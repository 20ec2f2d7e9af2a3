"""Property tests: on arbitrary input the text parser and the JSON reader raise nothing
but their refusal, and whatever they accept keeps the contract's rules."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from newsflow_ingest.domain import (
    ArticleFormatError,
    parse_article,
    parse_article_bytes,
    parse_submissions,
)
from newsflow_schemas import RawArticle
from newsflow_schemas.raw_article import read_raw_article
from newsflow_schemas.validation import REASONS, InputRefused, text_problem

NOW = datetime(2026, 1, 1, tzinfo=UTC)
# Fixed examples, no example database: the unit tier stays fast and repeatable.
PARSER = settings(max_examples=100, derandomize=True, database=None, deadline=None)

any_character = st.characters(exclude_categories=())  # lone surrogates too
odd_characters = st.sampled_from(
    ["\x00", "\x07", "\x1b", "\x85", "\ufeff", "\u200b", "\u202e", "\ue000", "\ufffd", "\t"]
)
words = st.sampled_from(
    ["Zelensky", "said", "Москва", "“quoted”", "\u05e9\u05dc\u05d5\u05dd", "\U0001f389"]
)
letters = st.text(st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S"]), max_size=9)
separator = st.sampled_from(["\n", "\n\n", "\r\n\r\n", "\r\r", "\n \n", "\n\n\n"])


def lines(word: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    line = st.lists(word, max_size=8).map(" ".join)
    return line | line.map(lambda text: "\u2022 " + text)


@st.composite
def article_shaped(draw: st.DrawFn, word: st.SearchStrategy[str] = words | letters) -> str:
    """Lines and blank lines: often an article, often nearly one."""
    drawn = draw(st.lists(lines(word), min_size=1, max_size=8))
    text = drawn[0]
    for line in drawn[1:]:
        text += draw(separator) + line
    return draw(st.sampled_from(["", "\ufeff"])) + text


texts = st.one_of(
    article_shaped(),
    article_shaped(words | letters | odd_characters),
    st.text(any_character, max_size=300),
)


def assert_keeps_the_contract(article: RawArticle) -> None:
    assert article.title.strip() and article.body.strip()
    for part in (article.title, article.standfirst, *article.bullets, article.body):
        assert text_problem(part) is None
        assert part in article.text


def assert_parsed(article: RawArticle) -> None:
    """What the parser makes of a text: one title line, LF line ends, no BOM."""
    assert_keeps_the_contract(article)
    assert "\n" not in article.title
    assert not any(c in part for c in "\r\ufeff" for part in (article.title, article.body))


@PARSER
@given(texts)
def test_the_parser_accepts_or_refuses_with_a_reason(text: str) -> None:
    try:
        article = parse_article(text, source="test", ingested_at=NOW)
    except ArticleFormatError as refused:
        assert refused.reason in REASONS
    else:
        assert_parsed(article)
        assert article.original_text == text


@PARSER
@given(st.one_of(st.binary(max_size=300), texts.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_bytes_are_parsed_or_refused_with_a_reason(raw: bytes) -> None:
    try:
        assert_parsed(parse_article_bytes(raw, source="test", ingested_at=NOW))
    except ArticleFormatError as refused:
        assert refused.reason in REASONS


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(any_character, max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(any_character, max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
articles = st.fixed_dictionaries(
    {"title": st.text(any_character, max_size=30), "body": st.text(any_character, max_size=60)},
    optional={"url": st.text(max_size=30), "bullets": st.lists(st.text(max_size=10))},
)


def dumped(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=True).encode()


@PARSER
@given(st.one_of(st.binary(max_size=200), json_values.map(dumped), articles.map(dumped)))
def test_json_submissions_are_read_or_refused_never_crash(raw: bytes) -> None:
    try:
        submissions = parse_submissions(raw, max_articles=10)
    except (ArticleFormatError, ValueError):  # ValidationError and TooManyArticlesError too
        return
    for submission in submissions:
        assert_keeps_the_contract(submission.to_raw_article(source="test", ingested_at=NOW))


@PARSER
@given(
    st.one_of(
        st.binary(max_size=200),
        json_values.map(dumped),
        articles.map(lambda a: dumped(a | {"source": "s", "ingested_at": NOW.isoformat()})),
    )
)
def test_raw_messages_are_read_or_refused_with_a_reason(raw: bytes) -> None:
    try:
        assert_keeps_the_contract(read_raw_article(raw))
    except InputRefused as refused:
        assert refused.reason in REASONS
