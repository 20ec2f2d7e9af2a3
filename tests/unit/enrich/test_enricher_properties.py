"""Property test: the enrichment core on arbitrary text that the contract lets in raises
nothing, and every offset it reports indexes the analysed text."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsflow_enrich.domain import Enricher
from newsflow_schemas import EnrichedArticle, RawArticle
from newsflow_schemas.validation import text_problem

# spaCy takes a while per text: few, fixed examples keep the unit tier fast.
ENRICHER = settings(
    max_examples=30,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
NAMES = ["Volodymyr Zelensky", "Zelensky", "Kyiv", "the UN", "Liz Truss", "Berlin", "Москва"]
PUNCTUATION = ['"', "“", "”", "‘", "’", "'s", ",", ".", " said", ":", " — ", "\n\n", "\u2022 "]
word = st.one_of(
    st.sampled_from(NAMES),
    st.sampled_from(PUNCTUATION),
    st.text(st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=12),
)
text = (
    st.lists(word, min_size=1, max_size=40)
    .map(" ".join)
    .filter(lambda t: t.strip() and text_problem(t) is None)
)


def article(title: str, body: str) -> RawArticle:
    return RawArticle.model_validate(
        {"title": title, "body": body, "source": "test", "ingested_at": datetime.now(UTC)}
    )


def spans(enriched: EnrichedArticle) -> list[tuple[str, int, int, str | None]]:
    """(what, start, end, the text the model says is there, if it says)."""
    found: list[tuple[str, int, int, str | None]] = []
    found += [("entity", e.start, e.end, e.text) for e in enriched.entities]
    found += [
        ("mention", m.start, m.end, m.text)
        for entity in enriched.canonical_entities
        for m in entity.mentions
    ]
    found += [("sentence", s.start, s.end, None) for s in enriched.sentences]
    found += [("quote", q.start, q.end, q.text) for q in enriched.quotes]
    return found


@ENRICHER
@given(title=text, body=text)
def test_every_offset_indexes_the_analysed_text(enricher: Enricher, title: str, body: str) -> None:
    enriched = enricher.enrich(article(title[:1000], body))
    assert enriched.text == enriched.article.text
    for what, start, end, said in spans(enriched):
        assert 0 <= start <= end <= len(enriched.text), (what, start, end)
        if said is not None:
            assert enriched.text[start:end] == said, what
    assert [s.index for s in enriched.sentences] == list(range(len(enriched.sentences)))
    mentioned = {m.sentence for e in enriched.canonical_entities for m in e.mentions}
    assert all(index < len(enriched.sentences) for index in mentioned)
