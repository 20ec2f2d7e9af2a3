"""Parser for plain-text articles: the simple shape, and the seed format around it.

Title line                       Title line
<blank>                          <blank>
Body paragraphs, separated       Standfirst paragraph      <- only right above bullets
by blank lines …                 <blank>
                                 • bullet
                                 • bullet
                                 <blank>
                                 Body paragraphs …
                                 Source: Read Full Article  <- boilerplate, dropped

A standfirst is recognised only in the seed layout: the one paragraph between the title
and a block of bullets. Without bullets every paragraph after the title is body, so a
text and the JSON {"title", "body"} of the same article get the same id.

The text must be text (newsflow_schemas.validation): no control character but tab and
line ends (CR and CRLF become LF), not binary; it is refused with the rule's reason,
never cleaned. A leading byte-order mark is dropped (`parse_article_bytes`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import cache

from newsflow_ingest.domain.errors import (
    ArticleFormatError,
    FieldError,
    field_errors_as_format_errors,
    refusals_as_format_errors,
)
from newsflow_schemas import RawArticle, article_id
from newsflow_schemas.raw_article import MAX_ORIGINAL_TEXT_CHARS, MAX_STANDFIRST_CHARS
from newsflow_schemas.validation import decode_text, text_problem

BULLET = "\u2022"
_BOILERPLATE = re.compile(r"^(source:\s*read full article|read full article)$", re.IGNORECASE)
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n")
# "By Tyler Nakamura-Hollis", "By Ana Ruiz and Li Wei": a short line naming the writers.
# Only names' words: capitalised, or the small words between them.
_BYLINE = re.compile(
    r"By [A-Z][^\W\d_][\w'.-]*"
    r"(?: (?:[A-Z][\w'.-]*|and|&|de|da|del|dos|van|von|der|den|al|el|bin|le|la))*"
)


@cache
def space_separators() -> re.Pattern[str]:
    """Any Unicode space separator (category Zs: no-break, thin, ideographic, …): one regex
    scan, where a category test character by character was a third of what ingest spent on
    an article. Every Zs character is in the Basic Multilingual Plane (a unit test checks
    the whole range)."""
    separators = (chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Zs")
    return re.compile(f"[{''.join(map(re.escape, separators))}]")


def normalise_text(text: str) -> str:
    """Unifies line endings, non-breaking and other odd spaces, and invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = space_separators().sub(" ", text)
    text = text.replace("\u200b", "").replace("\u00ad", "")
    return "\n".join(_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))


def split_paragraphs(text: str) -> list[str]:
    """Blank lines end a paragraph; a single line break inside one is a wrap, not a break,
    except after a byline, which is a line of its own."""
    joined = (
        " ".join(lines).strip()
        for block in _BLANK_LINES.split(text)
        for lines in _unwrapped(block.split("\n"))
    )
    return [paragraph for paragraph in joined if paragraph]


def _unwrapped(lines: list[str]) -> list[list[str]]:
    """The lines of one paragraph, broken after a byline ("By Tyler Nakamura-Hollis" over
    "Daily Sitka Sentinel"): joined into one line, the byline runs the writer's name into
    the paper's, which the entity model then reads as one long name."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        paragraphs[-1].append(line)
        if _BYLINE.fullmatch(line.strip()):
            paragraphs.append([])
    return paragraphs


def _bullet_lines(paragraph: str) -> list[str] | None:
    """The bullet texts, when every line of a paragraph is a bullet."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    if not all(line.lstrip().startswith(BULLET) for line in lines):
        return None
    return [line.lstrip().removeprefix(BULLET).strip() for line in lines]


def _blocks(text: str) -> list[str]:
    return [block.strip() for block in _BLANK_LINES.split(text) if block.strip()]


def _refuse_oversized(text: str) -> None:
    """Before normalising it: the text is kept whole as original_text, which has a limit."""
    if len(text) > MAX_ORIGINAL_TEXT_CHARS:
        msg = f"the text is {len(text)} characters long, more than {MAX_ORIGINAL_TEXT_CHARS}"
        error = FieldError(("original_text",), msg, "string_too_long")
        raise ArticleFormatError(f"original_text: {msg}", [error])


def _refuse_non_text(text: str) -> None:
    """Control characters (NUL among them), lone surrogates, binary: refused, not cleaned."""
    if (problem := text_problem(text)) is not None:
        reason, msg = problem
        raise ArticleFormatError(msg, [FieldError((), msg, reason)], reason)


def _title_and_rest(blocks: list[str]) -> tuple[str, list[str]]:
    """The title is the first line; more lines before the first blank one are a block."""
    first, *more = blocks[0].split("\n")
    return first, (["\n".join(more)] if more else []) + blocks[1:]


def _is_standfirst(blocks: list[str]) -> bool:
    """The seed layout: one short paragraph right between the title and bullets."""
    return (
        len(blocks) > 1
        and _bullet_lines(blocks[0]) is None
        and _bullet_lines(blocks[1]) is not None
        and len(blocks[0]) <= MAX_STANDFIRST_CHARS
    )


def _sections(blocks: list[str]) -> tuple[str, list[str], list[str]]:
    """The standfirst, bullets and body paragraphs of what follows the title."""
    standfirst, bullets, body = "", [], []
    if _is_standfirst(blocks):
        standfirst, blocks = " ".join(blocks[0].split("\n")), blocks[1:]
    for block in blocks:
        block_bullets = _bullet_lines(block)
        if block_bullets is not None:
            bullets.extend(block_bullets)
        else:
            body.extend(split_paragraphs(block))
    return standfirst, bullets, [p for p in body if not _BOILERPLATE.match(p)]


def parse_article(
    text: str, *, source: str, ingested_at: datetime, url: str | None = None
) -> RawArticle:
    """Raises ArticleFormatError when the text is no article, or breaks a rule or a limit."""
    _refuse_oversized(text)
    _refuse_non_text(text)
    blocks = _blocks(normalise_text(text))
    if len(blocks) < 2:
        raise ArticleFormatError("need at least a title line and one body paragraph")
    title, rest = _title_and_rest(blocks)
    standfirst, bullets, body = _sections(rest)
    if not body:
        raise ArticleFormatError("no body paragraphs after the title and standfirst")
    body_text = "\n\n".join(body)
    with field_errors_as_format_errors():
        return RawArticle(
            article_id=article_id(url=url, title=title, body=body_text),
            title=title,
            standfirst=standfirst,
            bullets=tuple(bullets),
            body=body_text,
            url=url,
            source=source,
            ingested_at=ingested_at,
            original_text=text,
        )


def parse_article_bytes(
    raw: bytes, *, source: str, ingested_at: datetime, url: str | None = None
) -> RawArticle:
    """Bytes as received: strict UTF-8 (a leading byte-order mark allowed), then parsed."""
    with refusals_as_format_errors():
        text = decode_text(raw)
    return parse_article(text, source=source, ingested_at=ingested_at, url=url)
