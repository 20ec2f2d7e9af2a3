"""Pass 2b, short forms: "the Commission" after "European Commission", "the House" after
"House of Representatives".

An organisation's head noun, capitalised after "the" and used alone, stands for that
organisation when the article names just one organisation with that head: the first
word of "<Head> of …" ("House", "Bank", "Ministry"), or the last word of another name
when it is a common noun for organisations ("Commission", "Council", "Court"). A
"<Head> of …" name wins over the others ("the House" is not the White House). Other
short forms (a name's distinctive part: "Brookings", "Bayern") are joined by
clustering, name_parts.py.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from newsflow_enrich.domain.descriptors import ORG_NOUNS
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.document import Document, ShortForm, Span
from newsflow_enrich.domain.linking.heads import ORG, ORG_HEADS, PERSON, head_type
from newsflow_enrich.domain.names import name_key

_LINKS = ("of", "for")
_KNOWN_BY = re.compile(r",?\s+(?:also\s+)?known\s+(?:to\s+(?:[a-z']+\s+){1,3})?as\s+")


def bind_short_forms(document: Document, gazetteer: Gazetteer) -> Document:
    article, spans = document.article, list(document.mentions)
    short_forms = list(document.short_forms) + _also_known_as(spans, article.normalised)
    for head, long in _heads(spans).items():
        pattern = rf"\b[Tt]he ({re.escape(head)})\b(?!\s+(?:of|for)\b)(?!\s+[A-Z])"
        for match in re.finditer(pattern, article.normalised):
            bounds = match.span(1)
            if not any(s.start < bounds[1] and bounds[0] < s.end for s in spans):
                spans.append(article.span(bounds, "ORG"))
        short_forms.append(ShortForm(head, long))
    return replace(document, mentions=tuple(spans), short_forms=tuple(short_forms))


def _also_known_as(spans: Sequence[Span], text: str) -> list[ShortForm]:
    """ "Brigadier Adam Suleiman Haroun, known to his fighters as Abu Shanab": the name a
    person is known by is that person's."""
    starts = {s.start: s for s in spans}
    found = []
    for span in spans:
        known = _KNOWN_BY.match(text, span.end) if span.coarse == PERSON else None
        alias = starts.get(known.end()) if known else None
        if alias is not None:
            found.append(ShortForm(alias.text, span.text))
    return found


def _heads(spans: Sequence[Span]) -> dict[str, str]:
    """Head noun -> the one organisation's name it can stand for."""
    named: defaultdict[str, dict[str, tuple[bool, str]]] = defaultdict(dict)
    for span in spans:
        words = span.text.split()
        if len(words) < 2 or span.coarse == PERSON:
            continue
        if span.coarse != ORG and head_type(span.text) != ORG:
            continue
        leading = len(words) > 2 and words[1] in _LINKS
        head = words[0] if leading else words[-1]
        if leading or head.lower() in ORG_NOUNS | ORG_HEADS:
            named[head][name_key(span.text)] = (leading, span.text)
    heads = {}
    for head, names in named.items():
        of_names = [text for first, text in names.values() if first]
        choices = of_names or [text for _, text in names.values()]
        if len(choices) == 1 and head[:1].isupper():
            heads[head] = choices[0]
    return heads
