"""The adapted NER: gold spans built from an invented article, and a model trained on
them that loads through load_ner_pipeline and tags."""

import json
from pathlib import Path

import pytest
from spacy.language import Language

from newsflow_enrich.adaptation.corpus import gold_digest
from newsflow_enrich.adaptation.spans import GoldSpans, gold_example
from newsflow_enrich.adaptation.train import TrainingSettings, train_ner
from newsflow_enrich.domain.pipeline import (
    ADAPTED_NER,
    TRAINED_ON,
    load_ner_pipeline,
    load_package_ner,
)
from newsflow_enrich.evaluation.gold import GoldArticle, GoldEntity

TEXT = (
    "Margaret Okafor's company Arden Semiconductor will open an office in Cambridge on "
    "Tuesday.\n\nOkafor said Arden would hire 200 engineers by 2027."
)
GOLD = GoldArticle(
    "invented.fiction.txt",
    (
        GoldEntity("Margaret Okafor", "PERSON", ("Margaret Okafor", "Okafor")),
        GoldEntity("Arden Semiconductor", "ORG", ("Arden Semiconductor", "Arden")),
        GoldEntity("Cambridge", "PLACE", ("Cambridge",)),
    ),
)


@pytest.fixture(scope="module")
def base() -> Language:
    return load_package_ner()


@pytest.fixture(scope="module")
def built(base: Language) -> GoldSpans:
    return gold_example(base, TEXT, GOLD)


def entities(built: GoldSpans) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in built.example.reference.ents]


def test_every_alias_is_an_entity_longest_first(built: GoldSpans) -> None:
    found = entities(built)
    assert ("Arden Semiconductor", "ORG") in found
    assert ("Arden", "ORG") in found
    assert ("Okafor", "PERSON") in found
    assert ("Semiconductor", "ORG") not in found  # inside the longer alias, not on its own


def test_a_possessive_stays_outside_the_name(built: GoldSpans) -> None:
    assert ("Margaret Okafor", "PERSON") in entities(built)
    assert not any(text.endswith("'s") for text, _ in entities(built))


def test_a_place_takes_a_place_label(built: GoldSpans) -> None:
    assert ("Cambridge", "GPE") in entities(built)


def test_the_base_models_other_labels_are_rehearsed(built: GoldSpans) -> None:
    labels = {label for _, label in entities(built)}
    assert {"DATE", "CARDINAL"} <= labels
    assert built.rehearsed >= 2


def test_the_example_is_built_on_the_text_the_enricher_parses(base: Language) -> None:
    curly = TEXT.replace("Okafor's", "Okafor\u2019s")
    built = gold_example(base, curly, GOLD)
    assert "Okafor's" in built.example.reference.text  # normalised: a straight apostrophe
    assert ("Margaret Okafor", "PERSON") in entities(built)


def test_an_adapted_ner_loads_and_tags(built: GoldSpans, tmp_path: Path) -> None:
    train_ner([built.example], tmp_path / "ner", TrainingSettings(epochs=1, batch_size=1))
    nlp = load_ner_pipeline(adapted_ner=tmp_path / "ner")
    doc = nlp("Daniel Reyes met officials in London on Monday.")
    assert ("Daniel Reyes", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    assert nlp.get_pipe("ner").labels == load_package_ner().get_pipe("ner").labels


def test_the_packaged_adapted_ner_loads_and_tags() -> None:
    nlp = load_ner_pipeline(adapted_ner=ADAPTED_NER)
    doc = nlp("Margaret Okafor, chief executive of Arden Semiconductor, flew to Nairobi on Monday.")
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("Margaret Okafor", "PERSON") in found
    assert ("Arden Semiconductor", "ORG") in found
    assert ("Nairobi", "GPE") in found
    assert ("Monday", "DATE") in found  # a label the gold does not score, still there


def test_the_packaged_ner_was_trained_on_the_dev_gold_as_it_is() -> None:
    dev = Path(__file__).parents[3] / "eval" / "entities" / "dev"
    trained_on = json.loads((ADAPTED_NER / TRAINED_ON).read_text(encoding="utf-8"))
    assert trained_on["dev_digest"] == gold_digest(dev), (
        "eval/entities/dev changed since the adapted ner was trained: run `make ner-model`"
        " and commit services/enrich/src/newsflow_enrich/models/ner_adapted"
    )
    # every dev article, and so none of the held-out ones
    assert trained_on["articles"] == len(list(dev.glob("*.json")))


def test_the_packaged_ners_version_names_its_weights() -> None:
    adapted, package = load_ner_pipeline(), load_ner_pipeline(adapted_ner=None)
    assert package.meta["version"] == "3.8.0"
    assert adapted.meta["version"].startswith("3.8.0+newsflow.")
