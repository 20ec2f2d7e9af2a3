"""Round 43's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import linked, mentioned


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        (
            'Park Min-jun, the union leader, spoke first. "We want it written down," Park '
            "said. Park Ji-hoon, an analyst at a Seoul bank, said the deal was fair.",
            {"Park Min-jun": "PERSON", "Park": "PERSON", "Park Ji-hoon": "PERSON"},
        ),
        (
            "Lee Kah Wai, 61, the managing director, was jailed for five years. Lee's son, "
            "Lee Jun Hao, 33, was acquitted. Lee's lawyer said he would appeal.",
            {"Lee Kah Wai": "PERSON", "Lee": "ORG", "Lee Jun Hao": "PERSON"},
        ),
    ],
    ids=["said", "kinship word"],
)
def test_a_family_name_written_first_and_shared_is_the_first_introduced(
    text: str, labels: dict[str, str], gazetteer: Gazetteer
) -> None:
    first, family, second = labels
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities[family] is entities[first]
    assert entities[family] is not entities[second]
    assert entities[family].type == "PERSON"


def test_a_shared_first_name_with_no_cue_stays_apart(gazetteer: Gazetteer) -> None:
    text = (
        "Maria Lopez and Maria Garcia ran the shelter. Volunteers came from across Maria "
        "to help, the report said."
    )
    labels = {"Maria Lopez": "PERSON", "Maria Garcia": "PERSON", "Maria": "GPE"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Maria"] is not entities["Maria Lopez"]
    assert entities["Maria"] is not entities["Maria Garcia"]


@pytest.mark.parametrize(
    ("text", "labels", "short"),
    [
        (
            "The European Commission said it was aware of the law. A Commission "
            "spokeswoman said it would assess the measure.",
            {"European Commission": "ORG"},
            "Commission",
        ),
        (
            "The deal needs the approval of the Competition Authority of Kenya. The "
            "Authority said it had not yet received a filing.",
            {"Competition Authority of Kenya": "ORG"},
            "Authority",
        ),
    ],
    ids=["a Commission spokeswoman", "the Authority of Kenya"],
)
def test_an_organisations_head_word_used_alone_is_the_organisation(
    text: str, labels: dict[str, str], short: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, labels), gazetteer)
    assert short in entities
    assert entities[short] is entities[next(iter(labels))]


@pytest.mark.parametrize(
    ("text", "labels", "head"),
    [
        (
            "The European Commission and the Council of Europe met. A Commission of inquiry "
            "will follow.",
            {"European Commission": "ORG", "Council of Europe": "ORG"},
            "Commission",
        ),
        (
            "The Competition Authority of Kenya and the Capital Markets Authority met. The "
            "Authority said nothing.",
            {"Competition Authority of Kenya": "ORG", "Capital Markets Authority": "ORG"},
            "Authority",
        ),
    ],
    ids=["a Commission of", "two authorities"],
)
def test_a_head_word_that_of_follows_or_two_names_share_is_left_alone(
    text: str, labels: dict[str, str], head: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, labels), gazetteer)
    assert all(entities.get(head) is not entities[name] for name in labels)


@pytest.mark.parametrize(
    "name",
    [
        "Groupe Immobilier Tremblay",
        "Alliance Franco-Malienne",
        "Papeterie Saint-Ours",
        "Vignobles Dubreuil",
        "Musée Lambinet",
        "Conservatorio del Sur",
        "Observatório da Costa",
        "Nyandarua Dairies",
        "Kisumu Textiles",
    ],
)
def test_a_firms_head_word_first_in_french_or_spanish_or_an_industry_plural_makes_it_an_org(
    name: str, gazetteer: Gazetteer
) -> None:
    text = f"{name} said on Monday it would hire 40 people. {name} was founded in 1962."
    entities = linked(mentioned(text, {name: "PERSON"}), gazetteer)
    assert entities[name].type == "ORG"


def test_a_persons_name_ending_in_a_surname_stays_a_person(gazetteer: Gazetteer) -> None:
    text = "Hayley Mills said on Monday she would retire. Mills was born in 1946."
    entities = linked(mentioned(text, {"Hayley Mills": "PERSON", "Mills": "PERSON"}), gazetteer)
    assert entities["Hayley Mills"].type == "PERSON"
