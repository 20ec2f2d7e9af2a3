"""Pass 7, canonical records: each entity published with alias keys, salience and sentiment.

Salience combines how often an entity is mentioned (relative to the article's most
mentioned entity), how early it first appears, and whether the title or standfirst
names it: 0.5 * count + 0.3 * earliness + 0.2 * in_lead, in [0, 1]. An entity's
sentiment is the mean compound score of the sentences that mention it.
"""

from __future__ import annotations

from collections import Counter

from newsflow_enrich.domain.linking.alias_keys import alias_keys, surname_counts
from newsflow_enrich.domain.linking.document import ArticleText, Document, Entity
from newsflow_schemas import CanonicalEntity, Mention

WEIGHTS = (0.5, 0.3, 0.2)  # mention count, earliness, named in the title or standfirst


def canonical_entities(document: Document) -> list[CanonicalEntity]:
    entities, article = document.entities, document.article
    surnames = surname_counts([d.forms for d in entities if d.type == "PERSON"])
    most = max((len(d.spans) for d in entities), default=1)
    records = [_entity(d, article, surnames, most) for d in entities]
    return sorted(records, key=lambda e: (-e.salience, e.mentions[0].start))


def _entity(
    entity: Entity, article: ArticleText, surnames: Counter[str], most: int
) -> CanonicalEntity:
    keys = alias_keys(entity.type, entity.forms, entity.place, surnames)
    sentences = sorted({s.sentence for s in entity.spans})
    scores = [article.sentence_scores[i] for i in sentences if i < len(article.sentence_scores)]
    return CanonicalEntity(
        name=entity.name,
        type=entity.type,
        kind=entity.kind,
        aliases=tuple(dict.fromkeys(s.text for s in entity.spans)),
        alias_keys=tuple(keys),
        mentions=tuple(
            Mention(text=s.text, start=s.start, end=s.end, sentence=s.sentence)
            for s in entity.spans
        ),
        mention_count=len(entity.spans),
        salience=_salience(entity, article, most),
        sentiment=round(sum(scores) / len(scores), 4) if scores else None,
        place=entity.place,
    )


def _salience(entity: Entity, article: ArticleText, most: int) -> float:
    first = entity.spans[0].start
    count = len(entity.spans) / most
    earliness = 1 - first / max(len(article.original), 1)
    in_lead = 1.0 if first < article.lead_end else 0.0
    w_count, w_early, w_lead = WEIGHTS
    return round(min(1.0, w_count * count + w_early * earliness + w_lead * in_lead), 4)
