"""Merge and type errors by class, so the next fix to the linking rules aims at the biggest.

A merge error is a surface form of a gold entity, used on its own in the text, that is not
a mention of the predicted entity standing for it (the one whose type is scored): it is
either held by another predicted entity ("apart") or by none ("unseen"). Its class is the
first of these that relates it to any of the entity's other forms in the text:

- acronym: an all-capitals form beside a name of several words ("ANLA", "UK"), or a
  one-word form spelt from the long name's letters ("Defra");
- surname: part of a person's name used alone (a surname, first or last, or a given name);
- short form: part of any other name used alone ("Hallam", "Korea", "Wye");
- transliteration: the same name spelt another way ("Zelenskiy", "Izium", "BOGOTÁ");
- other: anything else ("Britain" for the United Kingdom).

A type error is a gold entity found but typed wrong, counted as gold type -> predicted type.
An entity the scorer counts as not merged has at least one merge error here, and only then.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from newsflow_enrich.evaluation.gold import GoldArticle, GoldEntity
from newsflow_enrich.evaluation.matching import match_key, surface_forms_present
from newsflow_enrich.evaluation.scorer import Predicted, holders, primaries

MERGE_CLASSES = ("acronym", "surname", "short form", "transliteration", "other")
_SPELLING_SIMILARITY = 0.8  # "zelensky"/"zelenskiy" 0.94, "izyum"/"izium" 0.8
_WORD = re.compile(r"[\w'-]+")
_POSSESSIVE = re.compile(r"'s?$")


@dataclass(frozen=True)
class ErrorCounts:
    merges: Counter[str] = field(default_factory=Counter)  # class -> forms
    unseen: Counter[str] = field(default_factory=Counter)  # class -> forms no entity holds
    types: Counter[str] = field(default_factory=Counter)  # "PLACE -> PERSON" -> entities

    def __add__(self, other: ErrorCounts) -> ErrorCounts:
        return ErrorCounts(
            self.merges + other.merges, self.unseen + other.unseen, self.types + other.types
        )


def classify_errors(gold: GoldArticle, text: str, predicted: Sequence[Predicted]) -> ErrorCounts:
    primary, held = primaries(gold, predicted), holders(predicted)
    merges: Counter[str] = Counter()
    unseen: Counter[str] = Counter()
    for g_index, entity in enumerate(gold.entities):
        for kind, seen in _merge_errors(entity, text, primary.get(g_index), held):
            merges[kind] += 1
            if not seen:
                unseen[kind] += 1
    types = Counter(
        f"{gold.entities[g].type} -> {predicted[p].type}"
        for g, p in primary.items()
        if predicted[p].type != gold.entities[g].type
    )
    return ErrorCounts(merges, unseen, types)


def _merge_errors(
    entity: GoldEntity, text: str, primary: int | None, held: dict[str, set[int]]
) -> Iterator[tuple[str, bool]]:
    """(class, whether some entity holds it) for each form kept apart from the others."""
    forms = surface_forms_present(text, entity.aliases)
    if len(forms) < 2:
        return
    owner = _reference(forms, primary, held)
    fullest = max(forms, key=len)
    for form in forms:
        holding = held.get(match_key(form), set())
        if holding == {owner} or (owner is None and form == fullest):
            continue  # an entity never found counts its forms beyond the first
        yield merge_class(entity, form, [f for f in forms if f != form]), bool(holding)


def _reference(forms: list[str], owner: int | None, held: dict[str, set[int]]) -> int | None:
    """The entity the forms should all belong to: the one whose type is scored, unless a
    single other entity already holds every form (the scorer counts that as merged)."""
    together = set().union(*(held.get(match_key(f), set()) for f in forms))
    return next(iter(together)) if len(together) == 1 else owner


def merge_class(entity: GoldEntity, form: str, others: Sequence[str]) -> str:
    """The class of the error of keeping `form` apart from the entity's other forms in the
    text: the first in MERGE_CLASSES that relates it to any of them."""
    kinds = {_pair_class(entity, form, other) for other in others}
    return next((kind for kind in MERGE_CLASSES if kind in kinds), "other")


def _pair_class(entity: GoldEntity, form: str, other: str) -> str:
    short, long = sorted((form, other), key=len)
    short_words, long_words = _words(short), _words(long)
    # A stray acronym is always an acronym error; a stray long form only if the acronym
    # could stand for it ("Free Democrats" is not what "FDP" stands for).
    if _capitals(short) and len(long_words) > 1 and (short == form or _letters_in(short, long)):
        return "acronym"
    if short_words and set(short_words) < set(long_words):
        return "surname" if entity.type == "PERSON" else "short form"
    if _spelling_variant(short, long, short_words, long_words):
        return "transliteration"
    if len(short_words) == 1 and len(long_words) > 1 and _spelt_from(short, long):
        return "acronym"
    return "other"


def _spelling_variant(short: str, long: str, short_words: list[str], long_words: list[str]) -> bool:
    """The whole name spelt another way, or one word of it ("Krueger" for "Thomas Krüger")."""
    if len(short_words) == len(long_words):
        return _similar(short, long)
    return len(short_words) == 1 and any(_similar(short, word) for word in long_words)


def _words(text: str) -> list[str]:
    return [_POSSESSIVE.sub("", w) for w in _WORD.findall(match_key(_fold(text)))]


def _capitals(form: str) -> bool:
    """One word, mostly capitals: "ANLA", "DfT", "G20"; not "Norvik-Salmo" or "McLeod"."""
    upper = sum(c.isupper() for c in form)
    return " " not in form.strip() and upper >= 2 and 2 * upper >= sum(c.isalpha() for c in form)


def _letters_in(acronym: str, name: str) -> bool:
    folded = _fold(name)
    return all(c in folded for c in _fold(acronym) if c.isalpha())


def _similar(a: str, b: str) -> bool:
    return SequenceMatcher(None, _fold(a), _fold(b)).ratio() >= _SPELLING_SIMILARITY


def _spelt_from(short: str, long: str) -> bool:
    """The short form's letters appear in order in the long form, starting with its first
    letter, as in an acronym pronounced as a word ("Defra", "Uefa")."""
    letters, rest = _fold(short), iter(_fold(long))
    return letters[:1] == _fold(long)[:1] and all(c in rest for c in letters)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def format_error_counts(counts: ErrorCounts) -> str:
    """Two lines for under a table: merge errors by class (how many of them no entity holds
    at all), then type errors by gold -> predicted type, biggest first."""
    merges = "  ".join(
        f"{kind} {counts.merges[kind]} ({counts.unseen[kind]} unseen)"
        for kind in sorted(MERGE_CLASSES, key=lambda k: -counts.merges[k])
        if counts.merges[kind]
    )
    types = "  ".join(f"{pair} {n}" for pair, n in counts.types.most_common())
    return (
        f"newsflow merge errors by class (surface forms kept apart): {merges or 'none'}\n"
        f"newsflow type errors (gold -> predicted):                  {types or 'none'}"
    )
