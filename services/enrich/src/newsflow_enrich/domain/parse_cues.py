"""What the dependency parse adds to spaCy's entity spans (the parser runs anyway, for
sentences):
- whether a one-word name is an adjective ("Ukrainian troops", "Chinese and Emirati
  officials"): a nationality, not a place;
- which type the other items of a list share ("Mayorsk, Vesele, Kurdyumivka and …");
- what a common noun says the name is: before it or in apposition ("the broker Peel
  Hunt", "forecaster Met Éireann", "Margaret Okafor, Arden's chief executive"), or, for
  places only, after it or governing it through "of" ("Luhansk province", "the town of
  Bilohorivka"). Only place nouns are read after a name: "Kremlin spokesman" is a
  spokesman of the Kremlin, not a person called Kremlin.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.mentions import RawEntity, coarse_type

MIN_LIST_AGREEMENT = 2


def raw_entities(doc: Doc) -> list[RawEntity]:
    label_at = {i: ent.label_ for ent in doc.ents for i in range(ent.start, ent.end)}
    return [
        RawEntity(
            start=ent.start_char,
            end=ent.end_char,
            label=ent.label_,
            adjectival=_adjectival(ent),
            listed_with=_listed_with(ent, label_at),
            described_as=_described_as(ent),
        )
        for ent in doc.ents
    ]


def _adjectival(ent: Span) -> bool:
    root = ent.root
    return len(ent) == 1 and (
        root.dep_ == "amod" or (root.dep_ == "conj" and root.head.dep_ == "amod")
    )


def _listed_with(ent: Span, label_at: dict[int, str]) -> str | None:
    others = Counter(
        coarse_type(label_at[t.i])
        for t in ent.root.conjuncts
        if t.i in label_at and not _inside(t, ent)
    )
    if not others:
        return None
    kind, count = others.most_common(1)[0]
    merged_list = ", " in ent.text  # spaCy ran two items together: "Cumbria, Lancashire"
    longer_name = len(ent) > 1 and not merged_list
    if count * 2 <= sum(others.values()) or (longer_name and count < MIN_LIST_AGREEMENT):
        return None  # the list disagrees, or a longer name needs two items to agree
    return kind


def _described_as(ent: Span) -> str | None:
    root = ent.root
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    for noun, place_only in (
        (root.head if root.dep_ == "appos" and not _inside(root.head, ent) else None, False),
        (_appositive_child(root, ent), False),
        (before, False),
        (after, True),
        (_of_head(root), True),
    ):
        kind = _kind(noun, place_only)
        if kind is not None:
            return kind
    return None


def _kind(noun: Token | None, place_only: bool) -> str | None:
    if noun is None or not (noun.text.islower() or noun.is_sent_start):
        return None
    kind = noun_type(noun.text)
    return kind if kind == "PLACE" or not place_only else None


def _inside(token: Token, ent: Span) -> bool:
    return ent.start <= token.i < ent.end


def _appositive_child(root: Token, ent: Span) -> Token | None:
    children = [c for c in root.children if c.dep_ == "appos" and not _inside(c, ent)]
    return children[0] if children else None


def _of_head(root: Token) -> Token | None:
    if root.dep_ == "pobj" and root.head.text == "of":
        return root.head.head
    return None
