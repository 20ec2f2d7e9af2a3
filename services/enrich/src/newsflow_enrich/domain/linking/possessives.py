"""Pass 1, round 4: "Fine Gael's Declan Kilbride": a name whose possessive stands right
before a person's full name (two or three capitalised words, no head word, no place) is
the party, club or company that person belongs to, not a person, unless the gazetteer
knows it as a place ("Britain's Keir Starmer"). Round 8: so is a name whose possessive
stands before an officer or a holding only an organisation has ("Nusantara's chairman",
"Nordvig's shares", "Selat's group chief executive"; not "Smith's spokesman" or "Gauff's
coach": a person has those too); and the name after a person's full name and "of" is what
the person belongs to or comes from, no person ("Luka Zupan-Mlakar of Olimpija
Ljubljana", "Ana Ruiz of Valencia"). Round 72: a place's possessive the model took into
the name of one of its bodies is a name of its own ("Panama's Ministry of Environment")."""

from __future__ import annotations

import re
from dataclasses import replace

from newsflow_enrich.domain.gazetteer import Gazetteer, Rank
from newsflow_enrich.domain.linking.document import ArticleText, Span
from newsflow_enrich.domain.linking.heads import (
    NATURAL_FEATURES,
    ORG,
    PLACE_HEADS,
    PLACE_PREFIXES,
    head_type,
)
from newsflow_enrich.domain.names import name_key, word_set

_POSSESSIVE = 2  # the characters of "'s"
_OF = " of "
_ORGANISATION_HAS = word_set(
    "chairman chairwoman board shares shareholders subsidiary headquarters squad"
)
_ORGANISATION_HAS_PAIRS = frozenset(
    {
        ("chief", "executive"),
        ("managing", "director"),
        ("regional", "director"),
        ("finance", "director"),
        ("chief", "financial"),
    }
)
# Round 32: the feature a possessive names a place by ("Hawke's Bay", "Queen's Park"); not
# a word that opens a place's name ("Kenya's Lake Turkana" is a lake of Kenya's).
_OWNED_FEATURES = (PLACE_HEADS | NATURAL_FEATURES) - PLACE_PREFIXES
_APOSTROPHES_S = ("'s ", "\u2019s ")
_SAINTS = frozenset({"St", "Saint"})
# Round 33: one capitalised word that ends a name: no capitalised word after it.
_LAST_FEATURE = re.compile(r"([A-Z][a-z]+)(?![\w'\u2019-])(?! [A-Z])")
# Round 72: a name of up to three capitalised words, its possessive, and a capitalised word.
_OWNER = re.compile(r"([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})['\u2019]s (?=[A-Z])")
_WORDS_READ = 3  # "'s deputy group chairman": the noun after two words at most
_CHARS_READ = 40


def with_possessors(spans: list[Span], text: str, gazetteer: Gazetteer) -> list[Span]:
    shaped = [s for s in spans if _person_shaped(s, gazetteer)]
    people = {s.start for s in shaped}
    # round 8: "Luka Zupan-Mlakar of Olimpija Ljubljana": what a person is "of"
    affiliations = {s.end + len(_OF) for s in shaped if s.coarse == "PERSON"}
    out = []
    for span in spans:
        owner = span.possessive and (
            span.end + _POSSESSIVE + 1 in people or _organisation_owned(text, span.end)
        )
        if owner and span.described_as is None and gazetteer.lookup(span.text) is None:
            span = replace(span, described_as="ORG")
        if span.start in affiliations and text.startswith(_OF, span.start - len(_OF)):
            span = replace(span, impersonal=not span.personal)
        out.append(span)
    return out


def _organisation_owned(text: str, end: int) -> bool:
    """Round 8: the lower-case words after "'s" name an organisation's officer or holding."""
    start = end + _POSSESSIVE + 1
    words: list[str] = []
    for word in text[start : start + _CHARS_READ].split()[:_WORDS_READ]:
        if not word[:1].islower():
            break
        words.append(word.rstrip(",.;:"))
        if words[-1] in _ORGANISATION_HAS or tuple(words[-2:]) in _ORGANISATION_HAS_PAIRS:
            return True
    return False


def _person_shaped(span: Span, gazetteer: Gazetteer) -> bool:
    """A name of two or three capitalised words, no head word and no place: "Declan
    Kilbride", which the model may call anything (not "Lord of the Rings")."""
    words = span.text.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    return span.coarse == "PERSON" or (
        head_type(span.text) is None and gazetteer.lookup(span.text) is None
    )


def across_possessives(spans: list[Span], article: ArticleText, gazetteer: Gazetteer) -> list[Span]:
    """Round 32: "Hawke's Bay", "Hawke's Bay Regional Council": the model may end a name at
    the possessive inside it and start another after it. One word no gazetteer place is,
    its possessive, and a name that opens with a feature a place is named by, make one
    name, of the second name's kind. Round 33: so do the owner and a feature word the model
    left untagged, that ends the name ("St Canice's Cathedral", "Morrison's Island"); the
    owner may be a saint's name."""
    text = article.normalised
    by_start = {s.start: s for s in spans}
    joined: dict[int, Span] = {}  # the owner's start -> the whole name
    for owner in spans:
        after = owner.end + len(_APOSTROPHES_S[0])
        if text[owner.end : after] not in _APOSTROPHES_S or not _owner_word(owner, gazetteer):
            continue
        feature = by_start.get(after)
        if feature is not None and feature.text.split()[0].lower() in _OWNED_FEATURES:
            joined[owner.start] = article.span((owner.start, feature.end), feature.label)
        elif feature is None:
            word = _LAST_FEATURE.match(text, after)
            if word is not None and word.group(1).lower() in _OWNED_FEATURES:
                joined[owner.start] = article.span((owner.start, word.end(1)), "LOC")
    if not joined:
        return spans
    inside = {s.start for s in spans for w in joined.values() if w.start < s.start < w.end}
    return [joined.get(s.start, s) for s in spans if s.start not in inside]


def _owner_word(owner: Span, gazetteer: Gazetteer) -> bool:
    """One capitalised word no gazetteer place is ("Hawke"), or a saint's name ("St
    Canice")."""
    words = owner.text.split()
    saint = len(words) == 2 and words[0].rstrip(".") in _SAINTS
    return (
        (len(words) == 1 or saint)
        and owner.text[:1].isupper()
        and gazetteer.lookup(owner.text) is None
    )


def owners_apart(spans: list[Span], article: ArticleText, gazetteer: Gazetteer) -> list[Span]:
    """Round 72: "Panama's Ministry of Environment", "Russia's Federal Security Service",
    "Macau's Housing Bureau": the model may take a place's possessive into the name of a
    body of that place, and the name is then neither the place's nor the body's: it is
    two (`owned_name_start`)."""
    alone = {name_key(s.text) for s in spans}
    out = []
    for span in spans:
        rest_start = owned_name_start(article.normalised, (span.start, span.end), alone, gazetteer)
        if rest_start == span.start:
            out.append(span)
            continue
        out.append(article.span((span.start, rest_start - len(_APOSTROPHES_S[0])), "GPE"))
        label = "ORG" if head_type(article.normalised[rest_start : span.end]) == ORG else span.label
        out.append(article.span((rest_start, span.end), label))
    return out


def owned_name_start(
    text: str, bounds: tuple[int, int], alone: set[str], gazetteer: Gazetteer
) -> int:
    """Where a name begins after the possessive of the place that owns it, or the name's
    own start. A place owns the name when it is a country (or a city or region the article
    names on its own, `alone`: not "Hudson's Bay Company"; never a saint, "St James's
    University Hospital"), the whole is no place ("Hawke's Bay"), and what follows the
    possessive is an organisation by its head word or a name the article gives on its own
    ("Greater Manchester's Metrolink"; not "America's Cup")."""
    name = text[bounds[0] : bounds[1]]
    match = _OWNER.match(name)
    if match is None or match.group(1).split()[0].rstrip(".") in _SAINTS:
        return bounds[0]
    owner, rest = match.group(1), name[match.end() :]
    place = gazetteer.lookup(owner)
    if place is None or place.rank < Rank.REGION or gazetteer.lookup(name) is not None:
        return bounds[0]
    if place.rank != Rank.COUNTRY and name_key(owner) not in alone:
        return bounds[0]
    owned = head_type(rest) == ORG or name_key(rest) in alone
    return bounds[0] + match.end() if owned else bounds[0]
