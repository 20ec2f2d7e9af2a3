"""Round 48's rules, on small invented sentences written in ordinary news style: another
name of the same thing, said outright."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned, one_entity, types_of


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Hastings Vale, known in Māori as Te Awaroa, has painted its shop windows."
            " Te Awaroa last won the shield in 1976.",
            {"Hastings Vale": "GPE", "Te Awaroa": "ORG"},
            ("Hastings Vale", "Te Awaroa"),
        ),
        (
            "The Hungarian-born explorer Marek Stolz, known in his native Hungary as"
            " Stolz Márk, took the scrolls to London. Stolz Márk never returned.",
            {"Marek Stolz": "PERSON", "Stolz Márk": "ORG", "London": "GPE"},
            ("Marek Stolz", "Stolz Márk"),
        ),
        (
            "Ruvu Wardens, known by fans as Wajenzi, drew 1-1 with the leaders."
            " Wajenzi have not lost at home since May.",
            {"Ruvu Wardens": "ORG", "Wajenzi": "PERSON"},
            ("Ruvu Wardens", "Wajenzi"),
        ),
        (
            "Their setter Malai Srisuk, who is known in Thailand by her nickname, Nok,"
            " ran the attack. Nok finished with 40 assists.",
            {"Malai Srisuk": "PERSON", "Nok": "GPE"},
            ("Malai Srisuk", "Nok"),
        ),
        (
            "The exhibition opens at the Dunhe Grottoes, the complex of cave temples also"
            " known as the Caves of the Hundred Lamps. The Caves of the Hundred Lamps are"
            " closed in winter.",
            {"Dunhe Grottoes": "FAC", "Caves of the Hundred Lamps": "LOC"},
            ("Dunhe Grottoes", "Caves of the Hundred Lamps"),
        ),
        (
            "The canoes sailed from Kalu Island, known to its people as Mwena, across open"
            " sea. Elders on Mwena say the trade is older than the mission.",
            {"Kalu Island": "GPE", "Mwena": "GPE"},
            ("Kalu Island", "Mwena"),
        ),
        (
            "Its name comes from Korwa, the word for Marisol in Papiamentu. The firm left"
            " Marisol in 2022.",
            {"Korwa": "GPE", "Marisol": "GPE"},
            ("Korwa", "Marisol"),
        ),
        (
            "The agency, Aalto Rail, known in Finnish as Aaltorata or Rata, said the line"
            " would reopen. Rata gave no date.",
            {"Aalto Rail": "ORG", "Aaltorata": "ORG", "Rata": "PERSON"},
            ("Aalto Rail", "Rata"),
        ),
        (
            "The ten deputies of the Unity List (Lista jedinstva) walked out. The Lista"
            " jedinstva leader said they would return.",
            {"Unity List": "ORG", "Lista jedinstva": "GPE"},
            ("Unity List", "Lista jedinstva"),
        ),
    ],
    ids=[
        "known in Maori as",
        "known in his native Hungary as",
        "known by fans as",
        "known by her nickname",
        "a phrase, then known as",
        "known to its people as, after a preposition",
        "the word for",
        "a second name after or",
        "a name in brackets after a body's",
    ],
)
def test_another_name_said_outright_is_the_same_entity(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


def test_a_firm_that_trades_under_another_name_is_one_firm(gazetteer: Gazetteer) -> None:
    text = (
        "Pohjanlahti Sähkö, which trades in Swedish as Bottenvik El, makes transformers."
        " Bottenvik El said orders had doubled."
    )
    labels = {"Pohjanlahti Sähkö": "PERSON", "Bottenvik El": "PERSON"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Pohjanlahti Sähkö"] is entities["Bottenvik El"]
    assert types_of(text, labels, gazetteer)["Bottenvik El"] == "ORG"


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The striker Juma Bakari, known to fans in Dar es Salaam as the Lion, scored"
            " twice. Lion Breweries paid for the new stand.",
            {"Juma Bakari": "PERSON", "Lion": "ORG", "Dar es Salaam": "GPE"},
            ("Juma Bakari", "Lion"),
        ),
        (
            "The grant came from the Ministry of Agriculture (Kenya) last year. Kenya has"
            " paid half.",
            {"Ministry of Agriculture": "ORG", "Kenya": "GPE"},
            ("Ministry of Agriculture", "Kenya"),
        ),
        (
            "The Local Government (Property Valuation) Act was passed in June. The"
            " Property Valuation rules follow.",
            {"Local Government": "ORG", "Property Valuation": "ORG"},
            ("Local Government", "Property Valuation"),
        ),
        (
            "The study was run by the Institute of Marine Sciences in Rimouski, known by"
            " its French initials as ISMER. ISMER said oxygen had fallen.",
            {"Institute of Marine Sciences": "ORG", "Rimouski": "GPE", "ISMER": "ORG"},
            ("Rimouski", "ISMER"),
        ),
    ],
    ids=[
        "a person's epithet after the",
        "a place in brackets",
        "a part of a title in brackets",
        "an acronym after a place after a preposition",
    ],
)
def test_a_name_that_is_not_the_others_stays_apart(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
