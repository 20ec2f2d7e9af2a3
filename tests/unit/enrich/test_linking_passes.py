"""The linking passes, one at a time, on small invented sentences: each reads the
Document the passes before it built and extends it, and can be measured alone."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking import PASSES, ArticleText, SentenceIndex, run_passes
from newsflow_enrich.domain.linking.document import Document
from newsflow_enrich.domain.parse_cues import raw_entities
from tests import factories

TEXT = (
    "The Office of Fair Trading (OFT) fined Corvel Retail on Monday. "
    "Corvel chairman Tobias Renner said the OFT had misread the market in Leeds. "
    "Renner said Corvel would appeal."
)


def document_for(enricher: Enricher, text: str) -> Document:
    (doc,) = enricher.parse([factories.raw_article(title="T", body=text)])
    sentences = SentenceIndex([s.start_char for s in doc.sents])
    article = ArticleText(doc.text, doc.text, 0, sentences, [0.0] * len(list(doc.sents)))
    return Document(article, tuple(raw_entities(doc)))


def test_each_pass_extends_the_document_the_one_before_built(
    enricher: Enricher, gazetteer: Gazetteer
) -> None:
    document = document_for(enricher, TEXT)
    stages = [document]
    for step in PASSES:
        stages.append(step(stages[-1], gazetteer))
    mentions, acronyms, short_forms, clusters, types, places, more = stages[1:]
    assert mentions.mentions and not mentions.entities
    assert any(s.text == "Office of Fair Trading" for s in acronyms.mentions)
    assert {f.short for f in acronyms.short_forms} == {"OFT"}
    assert short_forms.mentions and not short_forms.entities
    assert clusters.entities and all(e.type == "" for e in clusters.entities)
    assert all(e.type for e in types.entities)
    (leeds,) = [e for e in places.entities if e.name == "Leeds"]
    assert leeds.type == "PLACE" and leeds.place is not None and leeds.place.country_code == "GB"
    assert sum(len(e.spans) for e in more.entities) >= sum(len(e.spans) for e in places.entities)
    assert run_passes(document, gazetteer) == more


def test_an_acronym_and_its_long_form_are_one_entity(
    enricher: Enricher, gazetteer: Gazetteer
) -> None:
    document = run_passes(document_for(enricher, TEXT), gazetteer)
    (oft,) = [e for e in document.entities if "OFT" in e.forms]
    assert oft.type == "ORG" and "Office of Fair Trading" in oft.forms
