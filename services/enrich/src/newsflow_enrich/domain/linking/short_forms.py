"""Pass 2b, short forms: "the Commission" after "European Commission", "the House" after
"House of Representatives".

An organisation's head noun, capitalised after "the" and used alone (or after "a",
before the noun it modifies: "a Commission spokeswoman"), stands for that organisation
when the article names just one organisation with that head: the first word of "<Head>
of …" ("House", "Bank", "Ministry"), or the last word of another name, or the word before
its "of" ("the Authority" of the "Competition Authority of Kenya"), when it is a common
noun for organisations ("Commission", "Council", "Court"). A
"<Head> of …" name wins over the others ("the House" is not the White House). Other
short forms (a name's distinctive part: "Brookings", "Bayern") are joined by
clustering, name_parts.py.

A name's other name, where the article says outright that it is one, is bound to it
here too (other_names.py), and taken as a mention first where the model missed it
(given_names.py).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from newsflow_enrich.domain.descriptors import ORG_NOUNS
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.document import Document, ShortForm, Span
from newsflow_enrich.domain.linking.given_names import with_given_names
from newsflow_enrich.domain.linking.heads import (
    ORG,
    ORG_HEADS,
    ORG_PREFIXES,
    PERSON,
    head_type,
    link_at,
)
from newsflow_enrich.domain.linking.other_names import also_known_as, as_named
from newsflow_enrich.domain.names import name_key, strip_accents


def bind_short_forms(document: Document, gazetteer: Gazetteer) -> Document:
    article = document.article
    spans = with_given_names(list(document.mentions), article)  # round 90
    aliases = also_known_as(spans, article.normalised, gazetteer)
    short_forms = list(document.short_forms) + [ShortForm(a.text, n.text) for n, a in aliases]
    spans = as_named(spans, aliases, article.normalised)
    for head, long in _heads(spans).items():
        # round 43: or after "a", before the lower-case noun it modifies ("a Commission
        # spokeswoman said")
        word = re.escape(head)
        pattern = rf"\b(?:[Tt]he|[Aa]n?(?= {word} [a-z])) ({word})\b(?!\s+(?:of|for)\b)(?!\s+[A-Z])"
        for match in re.finditer(pattern, article.normalised):
            bounds = match.span(1)
            if not any(s.start < bounds[1] and bounds[0] < s.end for s in spans):
                spans.append(article.span(bounds, "ORG"))
        short_forms.append(ShortForm(head, long))
    return replace(document, mentions=tuple(spans), short_forms=tuple(short_forms))


def _heads(spans: Sequence[Span]) -> dict[str, str]:
    """Head noun -> the one organisation's name it can stand for."""
    named: defaultdict[str, dict[str, tuple[bool, str]]] = defaultdict(dict)
    for span in spans:
        words = span.text.split()
        if len(words) < 2 or span.coarse == PERSON:
            continue
        if span.coarse != ORG and head_type(span.text) != ORG:
            continue
        cut = link_at(words)
        leading = len(words) > 2 and cut == 1
        head = words[cut - 1] if cut else words[-1]
        if not leading and strip_accents(words[0]).lower() in ORG_PREFIXES:
            # round 44: a name in a language that puts its head word first ("the Junta"
            # of the "Junta Departamental de Montevideo", "the Defensoría" of the
            # "Defensoría del Pueblo"), as "<Head> of …" in English
            leading, head = True, words[0]
        if leading or head.lower() in ORG_NOUNS | ORG_HEADS:
            named[head][name_key(span.text)] = (leading, span.text)
    heads = {}
    for head, names in named.items():
        of_names = [text for first, text in names.values() if first]
        choices = of_names or [text for _, text in names.values()]
        if len(choices) == 1 and head[:1].isupper():
            heads[head] = choices[0]
    return heads
