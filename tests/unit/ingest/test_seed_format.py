import sys
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsflow_ingest.domain import ArticleFormatError, parse_article
from newsflow_ingest.domain.seed_format import normalise_text, space_separators
from newsflow_schemas.raw_article import (
    MAX_BODY_CHARS,
    MAX_ORIGINAL_TEXT_CHARS,
    MAX_STANDFIRST_CHARS,
)

SEED = Path(__file__).parents[3] / "seeds" / "000_4df16f0c322def31.txt"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def parse(text: str) -> object:
    return parse_article(text, source="test", ingested_at=NOW)


def test_seed_article_splits_into_title_standfirst_bullets_and_body() -> None:
    article = parse_article(SEED.read_text(), source="file:seed", ingested_at=NOW)
    assert article.title == "Russian troops are 'panicking' as Ukraine's forces continue to advance"
    assert article.standfirst.startswith("Russian troops are ‘panicking’ with Zelensky’s forces")
    assert len(article.bullets) == 4
    assert article.bullets[0] == (
        "Ukrainian troops continue advancing in east following Russian rout in Kharkiv"
    )
    assert article.body.startswith("Russian troops are panicking as Ukraine pushes further")
    assert article.body.endswith("atrocities were staged by Ukrainians.")


def test_source_boilerplate_never_reaches_the_body() -> None:
    article = parse_article(SEED.read_text(), source="file:seed", ingested_at=NOW)
    assert "Read Full Article" not in article.body


def test_non_breaking_spaces_are_normalised_and_the_original_kept() -> None:
    original = SEED.read_text()
    article = parse_article(original, source="file:seed", ingested_at=NOW)
    assert "\u00a0" not in article.text
    assert "Governor Serhiy Gaidai" in article.body
    assert article.original_text == original


def test_wrapped_lines_inside_a_paragraph_are_joined() -> None:
    article = parse_article(
        "Title\n\nFirst line of a body\nparagraph that wraps.\n\nSecond.",
        source="t",
        ingested_at=NOW,
    )
    assert article.body == "First line of a body paragraph that wraps.\n\nSecond."


@pytest.mark.parametrize(
    ("byline", "next_line"),
    [
        ("By Tyler Nakamura-Hollis", "Daily Sitka Sentinel"),
        ("By Ana de la Cruz and Li Wei", "CARACAS"),
    ],
)
def test_a_byline_is_a_line_of_its_own(byline: str, next_line: str) -> None:
    text = f"Title\n\n{byline}\n{next_line}\n\nThe body says what happened."
    article = parse_article(text, source="t", ingested_at=NOW)
    assert article.body.split("\n\n")[:2] == [byline, next_line]


def test_a_wrapped_sentence_opening_with_by_is_joined_as_before() -> None:
    article = parse_article(
        "Title\n\nBy Monday the council\nhad voted.", source="t", ingested_at=NOW
    )
    assert article.body == "By Monday the council had voted."


def test_windows_line_endings_parse_like_unix_ones() -> None:
    unix = parse("Title\n\nStandfirst\n\n• one\n• two\n\nBody.\n")
    windows = parse("Title\r\n\r\nStandfirst\r\n\r\n• one\r\n• two\r\n\r\nBody.\r\n")
    assert unix == windows.model_copy(update={"original_text": unix.original_text})


def test_text_without_a_body_is_refused_with_a_reason() -> None:
    with pytest.raises(ArticleFormatError, match="title line and one body"):
        parse("Only a title")


def test_a_standfirst_alone_is_not_a_body() -> None:
    with pytest.raises(ArticleFormatError, match="no body"):
        parse("Title\n\nStandfirst\n\n• bullet\n\nSource: Read Full Article")


def test_normalise_text_folds_odd_spaces_and_strips_invisible_characters() -> None:
    assert normalise_text("a\u00a0\u2009b\u200b \ufeffc  \n") == "a b c\n"


def test_every_space_separator_of_unicode_is_folded_to_a_space() -> None:
    every = [c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs"]

    assert [c for c in range(sys.maxunicode + 1) if space_separators().match(chr(c))] == every
    assert normalise_text("x".join(map(chr, every))) == "x".join(" " * len(every)).strip()


def test_a_body_over_its_limit_is_refused_naming_the_field() -> None:
    with pytest.raises(ArticleFormatError) as refused:
        parse("Title\n\n" + "Word " * (MAX_BODY_CHARS // 5) + "over.")
    assert [error.loc for error in refused.value.errors] == [("body",)]
    assert str(refused.value).startswith(f"body: String should have at most {MAX_BODY_CHARS}")


def test_a_text_over_the_whole_article_limit_is_refused_before_it_is_parsed() -> None:
    with pytest.raises(ArticleFormatError) as refused:
        parse("Title\n\n" + " " * MAX_ORIGINAL_TEXT_CHARS + "Body.")
    assert [error.loc for error in refused.value.errors] == [("original_text",)]


def test_a_first_paragraph_too_long_for_a_standfirst_is_body() -> None:
    opening = "Long opening. " * (MAX_STANDFIRST_CHARS // 14 + 1)
    article = parse(f"Title\n\n{opening}\n\nSecond paragraph.")
    assert article.standfirst == ""
    assert article.body == f"{opening.strip()}\n\nSecond paragraph."
