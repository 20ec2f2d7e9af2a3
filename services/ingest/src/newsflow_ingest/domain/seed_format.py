"""Parser for the seed article format.

Title line
<blank>
Standfirst paragraph
<blank>
• bullet
• bullet
<blank>
Body paragraphs, separated by blank lines …
Source: Read Full Article        <- boilerplate, dropped
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from newsflow_ingest.domain.errors import (
    ArticleFormatError,
    FieldError,
    field_errors_as_format_errors,
)
from newsflow_schemas import RawArticle, article_id
from newsflow_schemas.raw_article import MAX_ORIGINAL_TEXT_CHARS, MAX_STANDFIRST_CHARS

BULLET = "\u2022"
_BOILERPLATE = re.compile(r"^(source:\s*read full article|read full article)$", re.IGNORECASE)
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n")


def normalise_text(text: str) -> str:
    """Unifies line endings, non-breaking and other odd spaces, and invisible characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    text = "".join(" " if unicodedata.category(c) == "Zs" else c for c in text)
    text = text.replace("\u200b", "").replace("\u00ad", "")
    return "\n".join(_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))


def split_paragraphs(text: str) -> list[str]:
    """Blank lines end a paragraph; a single line break inside one is a wrap, not a break."""
    return [" ".join(p.split("\n")).strip() for p in _BLANK_LINES.split(text) if p.strip()]


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


def parse_article(
    text: str, *, source: str, ingested_at: datetime, url: str | None = None
) -> RawArticle:
    """Raises ArticleFormatError when the text is no article, or a field is over its limit."""
    _refuse_oversized(text)
    normalised = normalise_text(text)
    blocks = _blocks(normalised)
    if len(blocks) < 2:
        raise ArticleFormatError("need at least a title line and one body paragraph")
    title_lines = blocks[0].split("\n")
    title, rest = title_lines[0], ["\n".join(title_lines[1:])] if len(title_lines) > 1 else []
    standfirst, bullets, body = "", [], []
    for index, block in enumerate(rest + blocks[1:]):
        block_bullets = _bullet_lines(block)
        if block_bullets is not None:
            bullets.extend(block_bullets)
        elif index == 0 and not bullets and len(block) <= MAX_STANDFIRST_CHARS:
            standfirst = " ".join(block.split("\n"))
        else:
            body.extend(split_paragraphs(block))
    body = [paragraph for paragraph in body if not _BOILERPLATE.match(paragraph)]
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
