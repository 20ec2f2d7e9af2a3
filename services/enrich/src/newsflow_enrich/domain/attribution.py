"""Who said it: a quotation's speaker, resolved to a canonical PERSON where the text says.

In order:
1. after the quote, up to the end of its sentence: a speech verb and a person
   ("…,' Zelensky said", "…,' said Mark Lindqvist"); "he"/"she" there means the speaker
   of the previous quote in the paragraph or else the last person the paragraph named;
   any other subject ("it said", "the military said") means no person;
2. before the quote, from the start of its sentence: a person and a speech verb
   ("Governor Serhiy Gaidai said: '…'", "Pushilin claimed … '…'");
3. otherwise the quote continues the previous one in its paragraph, or an unclosed
   quote from the paragraph before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from newsflow_enrich.domain.quotes import QuoteSpan

_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|warned|warns|claimed|claims|insisted|insists|"
    r"explained|asked|replied|wrote|writes|declared|announced|stated|argued|admitted|noted|"
    r"urged|vowed|vows|pledged|pledges|boasted|continued|conceded|promised|recalled|confirmed|stressed|"
    r"acknowledged|tweeted|posted)\b"
)
_PRONOUN = re.compile(r"\b(?:he|she)\s*$|^\s*(?:he|she)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\u2026](?=\s|$)|[\u201c\u2018\"]|\n")
WINDOW = 160


@dataclass(frozen=True)
class PersonMention:
    start: int
    end: int
    entity: int  # index of the PERSON entity


def attribute(
    text: str, quotes: Sequence[QuoteSpan], people: Sequence[PersonMention]
) -> list[int | None]:
    speakers: list[int | None] = []
    for i, quote in enumerate(quotes):
        previous = quotes[i - 1] if i else None
        earlier = speakers[-1] if speakers else None
        speakers.append(_speaker(text, quote, previous, earlier, people))
    return speakers


def _speaker(
    text: str,
    quote: QuoteSpan,
    previous: QuoteSpan | None,
    previous_speaker: int | None,
    people: Sequence[PersonMention],
) -> int | None:
    same_paragraph = previous is not None and previous.paragraph == quote.paragraph
    carried = previous_speaker if same_paragraph else None
    after_start = min(quote.end + 1, len(text))
    after_end = quote.end if quote.open_ended else _sentence_end(text, after_start)
    verb = _VERB.search(text, after_start, after_end) if after_end > after_start else None
    if verb:
        # The subject: before the verb ("Zelensky said") or right after it ("said
        # Lindqvist"); a person further on is an object ("he told the Bomas of Kenya").
        named = _people_between(people, after_start, verb.start()) + [
            p for p in _people_between(people, verb.end(), after_end) if p.start <= verb.end() + 1
        ]
        if named:
            return named[0].entity
        around = text[max(after_start, verb.start() - 12) : verb.end() + 5]
        if _PRONOUN.search(text[after_start : verb.start()]) or re.search(
            r"\b(?:he|she)\b", around
        ):
            return carried if carried is not None else _last_person(text, quote, people)
        return None
    before_start = _sentence_start(text, quote.start - 1)
    if _VERB.search(text, before_start, quote.start):
        named = _people_between(people, before_start, quote.start)
        if named:
            return named[-1].entity
    if carried is not None:
        return carried
    continues = (
        previous is not None
        and previous.open_ended
        and quote.starts_paragraph
        and not text[previous.end : quote.start - 1].strip()
    )
    return previous_speaker if continues else None


def _sentence_end(text: str, start: int) -> int:
    limit = min(len(text), start + WINDOW)
    match = _SENTENCE_END.search(text, start, limit)
    return match.start() if match else limit


def _sentence_start(text: str, before: int) -> int:
    floor = max(0, before - WINDOW)
    window = text[floor:before]
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s)|\n", window)]
    return floor + (ends[-1] if ends else 0)


def _people_between(people: Sequence[PersonMention], start: int, end: int) -> list[PersonMention]:
    return [p for p in people if p.start >= start and p.end <= end]


def _last_person(text: str, quote: QuoteSpan, people: Sequence[PersonMention]) -> int | None:
    paragraph_start = text.rfind("\n", 0, quote.start) + 1
    named = _people_between(people, paragraph_start, quote.start)
    return named[-1].entity if named else None
