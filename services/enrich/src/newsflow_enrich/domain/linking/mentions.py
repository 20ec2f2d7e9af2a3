"""Pass 1, mentions: spaCy's name spans cleaned, the names it missed, openers cut.

cleaning.py cuts and trims each span into name pieces; place_finder.py adds a place the
model did not tag where the text says it is somewhere ("in Keswick"); a name after a
title that only people bear ("Councillor Gwen Pritchard"), beside a role noun
(appositions.py) or credited in a byline (bylines.py), is a person even where the model
saw nothing; a capitalised word that only opens a sentence ("Chipmaker Arden agrees…") is
cut from a name; "Newtown and Welshpool", tagged as one name, is two when the article
names each on its own; a name said to be one in another language is whole to the end of
its clause (language_names.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.appositions import people_beside_roles
from newsflow_enrich.domain.linking.bylines import with_bylines
from newsflow_enrich.domain.linking.cleaning import name_pieces
from newsflow_enrich.domain.linking.document import ArticleText, Document, ShortForm, Span
from newsflow_enrich.domain.linking.language_names import whole_names_in_languages
from newsflow_enrich.domain.linking.place_finder import find_places
from newsflow_enrich.domain.linking.region_abbreviations import dateline_region
from newsflow_enrich.domain.linking.repairs import repair
from newsflow_enrich.domain.mentions import RawEntity
from newsflow_enrich.domain.names import PERSONAL_TITLES, name_key
from newsflow_enrich.domain.normalise import shouted

NAME_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"}
)
_NAME_WORD = r"[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*"
_TITLED = re.compile(
    r"\b(?:" + "|".join(t.capitalize() for t in sorted(PERSONAL_TITLES)) + r")\.?\s+"
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})"
)

# Round 24: a word of a name in a shouted headline, with its apostrophes and hyphens.
_SHOUTED_WORD = re.compile(r"[^\s,:;!?()\"]+")


def find_mentions(document: Document, gazetteer: Gazetteer) -> Document:
    article = document.article
    spans = _without_shouted_words(clean_spans(document.raw, article), article)
    taken = [(r.start, r.end) for r in document.raw]
    places = [(s.start, s.end) for s in spans if s.coarse == "PLACE"]
    for bounds in find_places(article.normalised, taken, places, gazetteer):
        spans.append(article.span(bounds, "GPE"))
        taken.append(bounds)
    dateline = article.dateline  # round 8: "PORTRUSH —", which the model seldom tags
    if dateline is not None and not any(s < dateline[1] and dateline[0] < e for s, e in taken):
        spans.append(article.span(dateline, "GPE"))
        taken.append(dateline)
    region = None if dateline is None else dateline_region(article.normalised, dateline[1])
    if region is not None:  # round 10: "LANCASTER, Pa. —", whatever the model called "Pa"
        (start, end), _ = region
        spans = [s for s in spans if not (start <= s.start and s.end <= end)]
        spans.append(article.span((start, end), "GPE"))
        taken.append((start, end))
    spans += [article.span(bounds, "PERSON") for bounds in _titled_people(article, taken)]
    beside = people_beside_roles(article, taken)
    spans = [s for s in spans if not any(b[0] <= s.start and s.end <= b[1] for b in beside)]
    spans += [article.span(b, "PERSON") for b in beside]
    spans = with_bylines(spans, article)
    spans = repair(_split_pairs(spans, gazetteer, article), article, gazetteer)
    spans = whole_names_in_languages(spans, article)  # round 74
    short_forms = document.short_forms
    if region is not None:
        short_forms += (ShortForm(article.normalised[slice(*region[0])], region[1]),)
    mentions = tuple(_trim_openers(spans, article))
    return replace(document, mentions=mentions, short_forms=short_forms)


def _without_shouted_words(spans: list[Span], article: ArticleText) -> list[Span]:
    """Round 24: in a headline written in capitals, the model takes words for names
    ("GOVERNMENT SURVIVES CAR TAX VOTE", "SVALBARD CABLE", "HOLYROOD BACKS FERRY CHARTER
    PLAN"). A name there loses the words at its ends that the article writes in lower
    case elsewhere ("cable", "plan") or nowhere else at all ("survives", "backs": a name
    in a headline is named again below it), and is no name if nothing is left."""
    text, common = article.original, article.lower_words
    # each line read once, however many names it holds: the rest of the text, lower-cased,
    # for a line in capitals; None for any other
    rest_of_text: dict[tuple[int, int], str | None] = {}
    out = []
    for span in spans:
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line = (line_start, len(text) if line_end < 0 else line_end)
        if line not in rest_of_text:
            capitals = shouted(text[slice(*line)])
            rest_of_text[line] = (
                (text[: line[0]] + "\n" + text[line[1] :]).lower() if capitals else None
            )
        elsewhere = rest_of_text[line]
        if elsewhere is None:
            out.append(span)
            continue
        words = list(_SHOUTED_WORD.finditer(text, span.start, span.end))
        while words and _headline_word(words[-1].group(), common, elsewhere):
            words.pop()
        while words and _headline_word(words[0].group(), common, elsewhere):
            words.pop(0)
        if not words:
            continue
        bounds = (words[0].start(), words[-1].end())
        out.append(span if bounds == (span.start, span.end) else article.span(bounds, span.label))
    return out


def _headline_word(word: str, common: frozenset[str], elsewhere: str) -> bool:
    """Written in lower case elsewhere, or not written elsewhere at all."""
    folded = word.strip(".'\u2019-").lower()
    if folded in common:
        return True
    return re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", elsewhere) is None


def _titled_people(article: ArticleText, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    found = []
    for match in _TITLED.finditer(article.normalised):
        start, end = match.span(1)
        crossed = any(s < end and start < e for s, e in taken)
        if not crossed and not article.sentences.splits(start, end):
            found.append(_without_possessive(article.normalised, start, end))
    return found


def _without_possessive(text: str, start: int, end: int) -> tuple[int, int]:
    return (start, end - 2) if text[end - 2 : end] in ("'s", "\u2019s") else (start, end)


def _split_pairs(spans: list[Span], gazetteer: Gazetteer, article: ArticleText) -> list[Span]:
    """ "between Newtown and Welshpool" tagged as one name: two, when the article also
    names each alone (or as the end of a person's name) or the gazetteer knows each, and
    not the whole ("Trinidad and Tobago")."""
    keys = {name_key(s.text): s.label for s in spans}
    keys.update(_surnames(spans, keys))
    out = []
    for span in spans:
        left, sep, right = span.text.partition(" and ")
        known = [name_key(p) in keys or gazetteer.lookup(p) is not None for p in (left, right)]
        if not sep or not all(known) or gazetteer.lookup(span.text) is not None:
            out.append(span)
            continue
        right_start = span.start + len(left) + len(sep)
        for bounds in ((span.start, span.start + len(left)), (right_start, span.end)):
            name = article.original[slice(*bounds)]
            label = "GPE" if gazetteer.lookup(name) else keys.get(name_key(name), span.label)
            out.append(article.span(bounds, label))
    return out


def _surnames(spans: list[Span], keys: dict[str, str]) -> dict[str, str]:
    """The last two words of a person's name: "Pacquing and Dela Peña" after "Ernesto Dela
    Peña" is two people."""
    tails: dict[str, str] = {}
    for span in spans:
        words = name_key(span.text).split()
        if span.coarse == "PERSON" and len(words) > 2:
            tails.setdefault(" ".join(words[-2:]), "PERSON")
    return {k: v for k, v in tails.items() if k not in keys}


def clean_spans(raw: tuple[RawEntity, ...], article: ArticleText) -> list[Span]:
    """Cleaned spans for the entities spaCy found on the normalised text."""
    spans = []
    for entity in raw:
        if entity.label not in NAME_LABELS:
            continue
        for piece in name_pieces(article.normalised, entity.start, entity.end, entity.label):
            spans.append(article.span(piece, entity.label, entity))
    return spans


def _trim_openers(spans: list[Span], article: ArticleText) -> list[Span]:
    """ "Chipmaker Arden agrees…": a capitalised first word of a sentence is cut from a
    name when the rest of the name occurs on its own elsewhere in the article, and the
    word itself does not (not from a person's name, unless the article writes the word in
    lower case too: "Denis Pushilin" is no opener before "Pushilin", "Breakaway
    Transnistria" is; nor from "Bayern Munich have agreed…" when "Bayern" is a name too)."""
    keys = {name_key(s.text) for s in spans}
    # round 6: "Amara Okafor-Lindsay" (tagged a place) … "Okafor-Lindsay, 24, who": the
    # rest is a person's surname, so the opener is a given name, as in a person's name
    surnames = {name_key(s.text) for s in spans if s.personal and " " not in s.text}
    common = article.lower_words
    trimmed = []
    for span in spans:
        first_space = span.text.find(" ")
        # round 37: or the name's own mention says it is a person's ("Niall Gartland, the
        # Celtic manager, said", tagged an organisation)
        personal = (
            span.label == "PERSON"
            or span.personal
            or span.described_as == "PERSON"
            or name_key(span.text[first_space + 1 :]) in surnames
        )
        if personal and span.text[:first_space].lower() not in common:
            first_space = -1  # "Denis Pushilin" … "Pushilin"; but "Breakaway Transnistria"
        rest_key = name_key(span.text[first_space + 1 :]) if first_space > 0 else ""
        opener_named = first_space > 0 and name_key(span.text[:first_space]) in keys
        at_start = article.sentences.starts_at(span.start)
        if first_space > 0 and at_start and rest_key in keys and not opener_named:
            start = span.start + first_space + 1
            span = replace(span, start=start, text=article.original[start : span.end])
        trimmed.append(span)
    return trimmed
