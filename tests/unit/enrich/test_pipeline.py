"""The loaded pipeline: NER and the rule-based sentencizer, no parser, and sentence bounds
where the parser put them."""

import pytest
from spacy.language import Language

from newsflow_enrich.domain import load_ner_pipeline


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_ner_pipeline()


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_the_pipeline_loads_no_parser_and_no_shared_tok2vec(nlp: Language) -> None:
    assert "parser" not in nlp.component_names
    assert "tok2vec" not in nlp.component_names  # only the parser listened to it
    assert "senter" not in nlp.component_names  # the rule-based sentencizer is a sixth of it
    assert "sentencizer" in nlp.pipe_names
    assert "ner" in nlp.pipe_names


def test_a_line_break_ends_a_sentence(nlp: Language) -> None:
    text = "Storm Isla brings chaos to Cumbria\nThe Met Office issued a red warning."
    assert sentences(nlp, text)[0] == "Storm Isla brings chaos to Cumbria"


def test_an_opening_quote_mark_opens_the_next_sentence(nlp: Language) -> None:
    text = (
        "Chief meteorologist Rebecca Holt said the storm would move only slowly east. "
        "'This is a dangerous situation.' Councils opened rest centres."
    )
    assert sentences(nlp, text) == [
        "Chief meteorologist Rebecca Holt said the storm would move only slowly east.",
        "'This is a dangerous situation.'",
        "Councils opened rest centres.",
    ]


def test_a_word_written_against_the_one_before_does_not_start_a_sentence(
    nlp: Language,
) -> None:
    text = (
        '"We did not expect a benefit this large." '
        "Non-small cell lung cancer accounts for about 85 per cent of cases."
    )
    assert sentences(nlp, text) == [
        '"We did not expect a benefit this large."',
        "Non-small cell lung cancer accounts for about 85 per cent of cases.",
    ]


def test_a_quotation_that_ends_in_a_question_runs_on_into_its_attribution(
    nlp: Language,
) -> None:
    text = (
        '"Everyone is asking the same question: are they coming here?" said Esther Kavira, '
        "a nurse. Schools stayed shut."
    )
    assert sentences(nlp, text) == [
        '"Everyone is asking the same question: are they coming here?" said Esther Kavira, '
        "a nurse.",
        "Schools stayed shut.",
    ]


def test_a_lower_case_line_still_starts_a_sentence(nlp: Language) -> None:
    text = "Flood warnings in force\nresidents were told to leave."
    assert sentences(nlp, text) == ["Flood warnings in force", "residents were told to leave."]
