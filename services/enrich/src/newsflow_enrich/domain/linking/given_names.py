"""Pass 2b, round 90: a name the article gives outright as another name's ("Ulcinj, known
as Ulqin in Albanian", "King George Island, which Argentina calls Isla 25 de Mayo", "The
National Council (Národná rada) approved") is a mention even where the model tagged none
of it. The model reads English and often misses a name in another language; the
other-names pass (other_names.py) can only bind a name that is a mention.

The name runs from where the cue ends over capitalised words, numbers and the particles
names are written with ("de", "na", "al"), and ends on a capitalised word; in brackets, it
is what the brackets hold. Not a name in capitals (acronyms.py reads those), not one that
crosses a sentence, and not where the model tagged a name that runs past it; what the
model tagged inside it (a piece: "Národná" of "Národná rada") gives way to it.
"""

from __future__ import annotations

import re

from newsflow_enrich.domain.linking.cleaning import PARTICLES
from newsflow_enrich.domain.linking.document import ArticleText, Span
from newsflow_enrich.domain.linking.language_names import clause_name
from newsflow_enrich.domain.linking.languages import language_names
from newsflow_enrich.domain.linking.other_names import bracketed_other_name, other_name_at
from newsflow_enrich.domain.names import acronym_shaped, word_set

_MAX_WORDS = 6
_WORD = re.compile(r"[^\s,.;:()\[\]\"\u201c\u201d!?]+")
# Words inside a name that are not its own ("Caves of the Thousand Buddhas", "Isla 25 de
# Mayo"), besides the particles of people's names.
_INSIDE = PARTICLES | word_set("of the for na y e")
# "in Setswana", "in te reo Māori", "locally": a name the model, reading English, cuts
_IN_A_LANGUAGE = re.compile(r"\bin\s+(?:[a-z]+\s+){0,2}[A-Z]|\blocally\b")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def with_given_names(spans: list[Span], article: ArticleText) -> list[Span]:
    text, found = article.normalised, []
    for span in spans:
        at = other_name_at(span, text)
        if at is not None:
            bounds = _name_from(text, at, span.end)
        else:
            bounds = bracketed_other_name(span, text)
        if bounds is None or article.sentences.splits(*bounds):
            continue
        start, end = bounds
        inside = [s for s in spans if s.start < end and start < s.end]
        if any(s.start < start or s.end > end for s in inside):
            continue  # a name the model tagged runs past it: it knows better
        if any((s.start, s.end) == bounds for s in inside):
            continue
        found.append((article.span(bounds, span.label), inside))
    for given, inside in found:
        spans = [s for s in spans if s not in inside] + [given]
    return spans


def _name_from(text: str, at: int, cue_start: int) -> tuple[int, int] | None:
    """The capitalised name that starts at `at`, with the lower-case particles and numbers
    inside it, up to six words; None unless it opens with a capital. Said to be a name in
    a language, a place or the local one ("known in Setswana as Ntlo ya Dikgosi", "known
    locally as the Sûreté publique"), it runs to the end of its clause (language_names.py)."""
    if _IN_A_LANGUAGE.search(text, cue_start, at):
        whole = clause_name(text, at)
        if whole is not None:
            return whole
    words: list[re.Match[str]] = []
    for match in _WORD.finditer(text, at):
        gap = text[words[-1].end() if words else at : match.start()]
        if gap.strip() or "\n" in gap or len(words) == _MAX_WORDS:
            break
        word = match.group()
        if not (word[:1].isupper() or word.isdigit() or word.lower() in _INSIDE):
            break
        words.append(match)
    while words and not words[-1].group()[:1].isupper():
        words.pop()
    if not words or words[0].start() != at or acronym_shaped(words[0].group()):
        return None
    if len(words) == 1 and words[0].group() in language_names():
        return None  # "whose name is Arabic for …"
    if _POSSESSIVE.search(words[-1].group()):
        return None  # "known as Nigeria's food basket": what it is known as comes after
    return at, words[-1].end()
