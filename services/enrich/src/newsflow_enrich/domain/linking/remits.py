"""Pass 1, round 6: a body's name the model cut at the "and" of its remits.

"the State Board of Antiquities" | "and Heritage", "The Ministry of Road Transport" |
"and Highways", "The Moroccan Association of Fruit" | "and Vegetable Exporters": English
names a ministry, board or association after what it covers, joined by "and", and the
small model often ends the name before the last item. An organisation's span ending in
"<head word> of|for <Capitalised words>", followed by "and" and capitalised words that end
the run of names, takes them, unless they are a name on their own: a place the gazetteer
knows, an acronym, or a name the article also tags away from here ("the Ministry of
Health and Unicef said", "Unicef" named alone elsewhere).

Round 7: the place a body serves stays in its name too ("the Public Health Agency" |
"of" | "Canada"), for a public body's head word only ("Caldera Therapeutics of Cambridge"
is a company and where it is).

Round 38: and a firm's name the model tagged with its town as one ("Meridian Apparel
Group of Hong Kong", "PSA International of Singapore") is two names again: a name of two
words or more ending in a trading firm's word, then "of" and a place the gazetteer knows.
Not a public body's or a bank's ("the Export-Import Bank of China" is one name), nor a
corporation's, which Indian state firms are named with ("Shipping Corporation of India").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.document import ArticleText, Span
from newsflow_enrich.domain.linking.heads import BODY_HEADS, ORG_HEADS

_BODY_OF = re.compile(r"(?:^|\s)([A-Z][\w'-]*) (?:of|for) (?:the )?[A-Z][\w'-]*(?: [A-Z][\w'-]*)*$")
_NAME_WORD = r"[A-Z][\w'-]*[a-z][\w'-]*"
# The capitalised words after "and" must end the name: punctuation, a possessive, or a
# lower-case word that is no linking word of names ("and Save the Children" goes on).
_AND_TAIL = re.compile(
    rf" and ({_NAME_WORD}(?: {_NAME_WORD}){{0,2}})"
    r"(?=[,.;:)!?\"]|'s\b| (?!(?:of|the|and|for|de|del|la|le|y)\b)[a-z]|\s*$"
    # round 7: "the Ministry of Education and Science and a sponsor"
    r"| and (?!(?:of|the|and|for|de|del|la|le|y)\b)[a-z])"
)
_OF = " of "
_FIRM_OF = re.compile(r"^(\S+(?: \S+)*? (?:Group|Holdings|Partners|International)) of ([A-Z].*)$")


def with_remits(spans: Sequence[Span], article: ArticleText, gazetteer: Gazetteer) -> list[Span]:
    text = article.normalised
    joined: dict[int, tuple[int, int]] = {}  # span index -> the tail it takes
    for index, span in enumerate(spans):
        tail = _tail(span, text)
        if tail is None or article.sentences.splits(span.start, tail[1]):
            continue
        name = text[tail[0] : tail[1]]
        elsewhere = any(s.text == name and not _inside(s, tail) for s in spans)
        if not elsewhere and gazetteer.lookup(name) is None:
            joined[index] = tail
    if not joined:
        return list(spans)
    tails = list(joined.values())
    out = [s for s in spans if not any(_inside(s, t) for t in tails)]
    for index, (_, end) in joined.items():
        span = spans[index]
        whole = article.span((span.start, end), "ORG")
        out[out.index(span)] = whole
    return out


def with_jurisdictions(spans: Sequence[Span], article: ArticleText) -> list[Span]:
    """Round 7: "the Public Health Agency" | "of" | "Canada", "the University" | "of" |
    "Iceland": a body's name ending in its head word, followed by "of" and a place the
    model tagged, is one name with the place it serves ("Airports of Thailand")."""
    text = article.normalised
    starts = {s.start: i for i, s in enumerate(spans)}
    out, taken = list(spans), set()
    for index, span in enumerate(spans):
        if span.coarse != "ORG" or text[span.end : span.end + len(_OF)] != _OF:
            continue
        place = starts.get(span.end + len(_OF))
        if place is None or spans[place].coarse != "PLACE":
            continue
        if span.text.split()[-1].lower() not in BODY_HEADS:
            continue
        if not article.sentences.splits(span.start, spans[place].end):
            out[index] = article.span((span.start, spans[place].end), "ORG")
            taken.add(place)
    return [s for i, s in enumerate(out) if i not in taken]


def firms_apart_from_their_towns(
    spans: Sequence[Span], article: ArticleText, gazetteer: Gazetteer
) -> list[Span]:
    out = []
    for span in spans:
        named_of = span.coarse == "ORG" and _OF in span.text
        firm = _FIRM_OF.match(span.text) if named_of else None
        if firm is None or gazetteer.lookup(firm.group(2)) is None:
            out.append(span)
            continue
        for bounds, label in (
            ((span.start, span.start + firm.end(1)), "ORG"),
            ((span.start + firm.start(2), span.end), "GPE"),
        ):
            out.append(replace(article.span(bounds, label), sentence=span.sentence))
    return out


def _tail(span: Span, text: str) -> tuple[int, int] | None:
    if span.coarse != "ORG":
        return None
    body = _BODY_OF.search(span.text)
    if body is None or body.group(1).lower() not in ORG_HEADS:
        return None
    tail = _AND_TAIL.match(text, span.end)
    return tail.span(1) if tail is not None else None


def _inside(span: Span, bounds: tuple[int, int]) -> bool:
    return bounds[0] <= span.start and span.end <= bounds[1]
