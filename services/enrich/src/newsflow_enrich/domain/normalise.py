"""Text clean-up before NLP that never moves a character.

Every rewrite here replaces characters one for one, so an offset into the normalised text
is the same offset into the original: entity spans found on the clean text index the
published text exactly, with no mapping table to keep in step.

What it fixes, because the small spaCy model stumbles on each of them:
- odd spaces (non-breaking, thin, …) and invisible characters become plain spaces;
- typographic quotes and apostrophes become straight ones (the model learned on those);
- a single line break inside a paragraph is a wrap, so it becomes a space, unless the
  next line is a bullet, and bullet markers become spaces;
- shouted words: a mostly upper-case line is put in title case, and an upper-case word
  in a mixed-case line ("reclaim ENTIRE Luhansk") is lowered when the article uses the
  word in lower case elsewhere, or title-cased when it opens a dateline ("PHOENIX —") or
  is longer than an acronym; acronyms are left alone.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

# Every Unicode space separator but the space itself (category Zs: no-break, thin, …).
_ODD_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_SPACES = dict.fromkeys(_ODD_SPACES, " ")
_CHAR_MAP = {
    **_SPACES,
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\r": " ",
    "\t": " ",
    "\u200b": " ",
    "\u200c": " ",
    "\u200d": " ",
    "\u2060": " ",
    "\ufeff": " ",
    "\u00ad": " ",
}
# Only the characters to replace are visited: str.translate looks every character of
# the text up in the table, which took a third of the normalisation's time.
_TO_REPLACE = re.compile("[" + re.escape("".join(_CHAR_MAP)) + "]")
_BULLET_LINE = re.compile(r"(?m)^([^\S\n]*)([\u2022\u00b7\u25aa\u25e6\u2023\u2043*\-\u2013])(?=\s)")
_WRAP = re.compile(r"(?<=[^\n])\n(?=[^\n])")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# An acronym defined in brackets, or round 9 between commas ("Africa Command, AFRICOM,"),
# stays in capitals however long.
_ACRONYM_DEFINITION = re.compile(r"(?:\(|,\s)([A-Z]{2,8})(?:\)|,)")
_SENTENCE_START = re.compile(r"(^|[.!?:]\s+|^\s*)$")
MOSTLY_CAPS = 0.6
SHORT_ACRONYM = 3  # UK, UN, BBC: short upper-case words are taken as acronyms
# In a line of ordinary prose, an upper-case word of up to six letters that the article
# never writes in lower case is an acronym ("The DBWA will", "KEXIM", "FARDC"); a word the
# article also uses in lower case is shouting ("reclaim ENTIRE Luhansk").
LONGEST_ACRONYM = 6
_VOWELS = frozenset("AEIOUY")
_DATELINE_DASH = re.compile(r"\s[\u2014\u2013-]\s")
DATELINE_REACH = 48  # "SAN JUAN, Puerto Rico —": how far after the first word its dash may be


def normalise_for_nlp(text: str) -> str:
    """The text as the model should read it; the same length, so offsets still hold."""
    clean = _spaces_and_quotes(text)
    bullet_starts = {m.start() for m in _BULLET_LINE.finditer(clean)}
    clean = _BULLET_LINE.sub(lambda m: m.group(1) + " ", clean)
    clean = _WRAP.sub(lambda m: "\n" if m.end() in bullet_starts else " ", clean)
    clean = _unshout(clean)
    assert len(clean) == len(text), "normalisation must preserve length"
    return clean


def _spaces_and_quotes(text: str) -> str:
    return _TO_REPLACE.sub(lambda m: _CHAR_MAP[m.group()], text)


def _unshout(text: str) -> str:
    lines = text.split("\n")
    # Each line's words of two letters or more, as strings (Match objects cost twice as
    # much); only a line with an upper-case word is scanned again, for their places.
    found = [[w for w in _WORD.findall(line) if len(w) >= 2] for line in lines]
    known = set(_ACRONYM_DEFINITION.findall(text))
    lower_words: set[str] = set()
    shouting: list[bool] = []
    for words in found:
        shouting.append(_mostly_caps(words))
        if not shouting[-1]:
            known.update(w for w in words if w.isupper() and len(w) <= SHORT_ACRONYM)
            lower_words.update(w for w in words if w.islower())
    return "\n".join(
        _unshout_line(line, _upper_words(line), caps, known, lower_words)
        if any(w.isupper() for w in words)
        else line
        for line, words, caps in zip(lines, found, shouting, strict=True)
    )


def shouted(line: str) -> bool:
    """A line mostly in capitals, as a shouted headline is written."""
    return _mostly_caps([w for w in _WORD.findall(line) if len(w) >= 2])


def _upper_words(line: str) -> list[re.Match[str]]:
    """The line's upper-case words of two letters or more, where they are."""
    return [m for m in _WORD.finditer(line) if m.end() - m.start() >= 2 and m.group().isupper()]


def _mostly_caps(words: list[str]) -> bool:
    shouted = sum(1 for w in words if w.isupper())
    return len(words) >= 3 and shouted / len(words) >= MOSTLY_CAPS


def _unshout_line(
    line: str,
    upper: list[re.Match[str]],
    mostly_caps: bool,
    known: set[str],
    lower_words: set[str],
) -> str:
    """`upper`: the line's upper-case words, the only ones that may change."""
    if not upper:
        return line
    out = list(line)
    for match in upper:
        word = match.group()
        at_start = bool(_SENTENCE_START.search(line[: match.start()]))
        # A dateline ("PHOENIX —", "KHARKIV, Ukraine —") opens its line and a dash soon
        # follows; round 36: an acronym may open a paragraph too ("OCHA said a convoy")
        opens_line = not line[: match.start()].strip() and bool(
            _DATELINE_DASH.search(line, match.end(), match.end() + DATELINE_REACH)
        )
        if not (mostly_caps or opens_line or word.lower() in lower_words):
            known_here = known | {word} if len(word) <= LONGEST_ACRONYM else known
        else:
            known_here = known
        out[match.start() : match.end()] = _recase(
            word, at_start, mostly_caps, known_here, lower_words
        )
    return "".join(out)


def _looks_like_acronym(word: str, mostly_caps: bool, known: set[str]) -> bool:
    if word in known or not _VOWELS.intersection(word):
        return True
    if mostly_caps:  # a shouted headline: only short non-words are taken as acronyms
        return len(word) <= 2 and (word == "US" or word.lower() not in STOP_WORDS)
    return len(word) <= SHORT_ACRONYM


def _recase(
    word: str, at_start: bool, mostly_caps: bool, known: set[str], lower_words: set[str]
) -> str:
    lower = word.lower()
    if len(lower) != len(word) or _looks_like_acronym(word, mostly_caps, known):
        return word
    if lower in STOP_WORDS or (not mostly_caps and lower in lower_words):
        return _capitalised(lower) if at_start else lower
    return _capitalised(lower)


def _capitalised(lower: str) -> str:
    first = lower[0].upper()
    return (first if len(first) == 1 else lower[0]) + lower[1:]
