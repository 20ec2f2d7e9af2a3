"""Gold entities as training spans: each gold article becomes a spaCy `Example` over the
very string the enricher hands to `nlp` (normalise_for_nlp of the article's text).

- Every occurrence of every gold alias is an entity, whole tokens only, longest alias
  first, never overlapping; an alias is found where the scorer finds it
  (evaluation.matching: not glued to a word or a hyphen before it, not to a word after
  it), so "Okafor's" gives "Okafor" and the "'s" stays outside.
- PERSON and ORG keep their label; PLACE takes the base model's own label on that very
  span if it was GPE, LOC or FAC, else LOC for a river, mountain or sea name, else GPE.
- Rehearsal: the base model's entities of the labels the gold does not score (DATE,
  NORP, MONEY, ...) stay where they overlap no gold span, so the model keeps them.
- The base model's PERSON/ORG/GPE/LOC/FAC spans that name no gold entity are marked
  outside (the gold is complete for people, organisations and places: the scorer counts
  any other one as a false positive), or missing, if asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from newsflow_enrich.domain.normalise import normalise_for_nlp
from newsflow_enrich.evaluation.gold import GoldArticle
from newsflow_enrich.evaluation.matching import match_key

SCORED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
Unmatched = Literal["outside", "missing"]
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})
# A cheap tell for a natural place, which OntoNotes calls LOC rather than GPE.
_NATURAL = re.compile(
    r"\b(River|Mount|Mountains?|Sea|Ocean|Lake|Gulf|Bay|Valley|Desert|Strait|Island|"
    r"Islands|Peninsula|Basin|Range|Coast|Delta|Plateau|Forest|Glacier)\b"
)


@dataclass(frozen=True)
class GoldSpans:
    """One article's training annotation, with what was left out and why."""

    example: Example
    gold_spans: int
    rehearsed: int  # base entities of unscored labels kept
    unmatched: int  # base PERSON/ORG/place entities naming no gold entity
    misaligned: int  # alias occurrences that do not fall on token boundaries


def gold_example(
    base: Language, text: str, gold: GoldArticle, unmatched: Unmatched = "outside"
) -> GoldSpans:
    """`text` is the article's text as read (RawArticle.text); the example is built on
    the normalised text the enricher parses. `base` is the untouched pipeline."""
    normalised = normalise_for_nlp(text)
    predicted = base(normalised)
    reference = base.make_doc(normalised)
    base_labels = {(e.start, e.end): e.label_ for e in predicted.ents}
    spans, misaligned = _alias_spans(reference, text, normalised, gold, base_labels)
    taken = _tokens(spans)
    gold_keys = {match_key(a) for e in gold.entities for a in e.aliases}
    rehearsed, missing, unmatched_count = [], [], 0
    for ent in predicted.ents:
        if taken.intersection(range(ent.start, ent.end)):
            continue
        if ent.label_ not in SCORED_LABELS:
            rehearsed.append(Span(reference, ent.start, ent.end, ent.label_))
        elif match_key(ent.text) in gold_keys:
            # A gold name the alias search missed ("the Hague" for "The Hague").
            spans.append(Span(reference, ent.start, ent.end, _owner_label(ent, gold)))
        else:
            unmatched_count += 1
            if unmatched == "missing":
                missing.append(Span(reference, ent.start, ent.end))
    reference.set_ents([*spans, *rehearsed], missing=missing, default="outside")
    return GoldSpans(
        Example(base.make_doc(normalised), reference),
        gold_spans=len(spans),
        rehearsed=len(rehearsed),
        unmatched=unmatched_count,
        misaligned=misaligned,
    )


def _alias_spans(
    doc: Doc,
    text: str,
    normalised: str,
    gold: GoldArticle,
    base_labels: dict[tuple[int, int], str],
) -> tuple[list[Span], int]:
    aliases = sorted(
        ((a.translate(_APOSTROPHES), e.type) for e in gold.entities for a in e.aliases),
        key=lambda pair: -len(pair[0]),
    )
    # Both texts: normalisation title-cases shouted lines, and offsets are the same in each.
    haystacks = {text.translate(_APOSTROPHES), normalised}
    spans: list[Span] = []
    taken: set[int] = set()
    misaligned = 0
    for alias, gold_type in aliases:
        pattern = re.compile(rf"(?<![\w-]){re.escape(alias)}(?!\w)")
        found = sorted({m.span() for h in haystacks for m in pattern.finditer(h)})
        for start, end in found:
            span = doc.char_span(start, end)
            if span is None:
                misaligned += 1
                continue
            if taken.intersection(range(span.start, span.end)):
                continue
            label = _label(gold_type, alias, base_labels.get((span.start, span.end)))
            spans.append(Span(doc, span.start, span.end, label))
            taken.update(range(span.start, span.end))
    return spans, misaligned


def _label(gold_type: str, alias: str, base_label: str | None) -> str:
    if gold_type != "PLACE":
        return gold_type
    if base_label in PLACE_LABELS:
        return base_label
    return "LOC" if _NATURAL.search(alias) else "GPE"


def _owner_label(ent: Span, gold: GoldArticle) -> str:
    key = match_key(ent.text)
    owner = next(e for e in gold.entities if key in {match_key(a) for a in e.aliases})
    return _label(owner.type, ent.text, ent.label_)


def _tokens(spans: Iterable[Span]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def summary(built: Sequence[GoldSpans]) -> str:
    return (
        f"{len(built)} articles: {sum(b.gold_spans for b in built)} gold spans, "
        f"{sum(b.rehearsed for b in built)} rehearsed, {sum(b.unmatched for b in built)} "
        f"unmatched base spans, {sum(b.misaligned for b in built)} misaligned aliases"
    )
