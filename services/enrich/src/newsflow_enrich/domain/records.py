"""Publishing a drafted entity: alias keys, salience and sentiment.

Salience combines how often an entity is mentioned (relative to the article's most
mentioned entity), how early it first appears, and whether the title or standfirst
names it: 0.5 * count + 0.3 * earliness + 0.2 * in_lead, in [0, 1]. An entity's
sentiment is the mean compound score of the sentences that mention it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from newsflow_enrich.domain.alias_keys import other_keys, person_keys, place_keys, surname_counts
from newsflow_enrich.domain.canonical import Draft
from newsflow_enrich.domain.mentions import SentenceIndex
from newsflow_schemas import CanonicalEntity, Mention

WEIGHTS = (0.5, 0.3, 0.2)  # mention count, earliness, named in the title or standfirst


@dataclass(frozen=True)
class ArticleText:
    original: str
    normalised: str
    lead_end: int  # where the title and standfirst end
    sentences: SentenceIndex
    sentence_scores: Sequence[float]


def canonical_entities(drafts: Sequence[Draft], article: ArticleText) -> list[CanonicalEntity]:
    surnames = surname_counts([d.forms for d in drafts if d.type == "PERSON"])
    most = max((len(d.spans) for d in drafts), default=1)
    entities = [_entity(d, article, surnames, most) for d in drafts]
    return sorted(entities, key=lambda e: (-e.salience, e.mentions[0].start))


def _entity(
    draft: Draft, article: ArticleText, surnames: Counter[str], most: int
) -> CanonicalEntity:
    forms = draft.forms
    if draft.type == "PERSON":
        keys = person_keys(forms, surnames)
    elif draft.type == "PLACE":
        keys = place_keys(forms, draft.place)
    else:
        keys = other_keys(draft.type, forms)
    sentences = sorted({s.sentence for s in draft.spans})
    scores = [article.sentence_scores[i] for i in sentences if i < len(article.sentence_scores)]
    return CanonicalEntity(
        name=draft.name,
        type=draft.type,
        kind=draft.kind,
        aliases=tuple(dict.fromkeys(s.text for s in draft.spans)),
        alias_keys=tuple(keys),
        mentions=tuple(
            Mention(text=s.text, start=s.start, end=s.end, sentence=s.sentence) for s in draft.spans
        ),
        mention_count=len(draft.spans),
        salience=_salience(draft, article, most),
        sentiment=round(sum(scores) / len(scores), 4) if scores else None,
        place=draft.place,
    )


def _salience(draft: Draft, article: ArticleText, most: int) -> float:
    first = draft.spans[0].start
    count = len(draft.spans) / most
    earliness = 1 - first / max(len(article.original), 1)
    in_lead = 1.0 if first < article.lead_end else 0.0
    w_count, w_early, w_lead = WEIGHTS
    return round(min(1.0, w_count * count + w_early * earliness + w_lead * in_lead), 4)
