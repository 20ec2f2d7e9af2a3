"""Round 5's linking rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from newsflow_enrich.domain.linking.passes import run_passes
from tests.unit.enrich.linking_helpers import found_mentions as _found
from tests.unit.enrich.linking_helpers import tagged


def _linked_forms(text: str, names: list[tuple[str, str]], gazetteer: Gazetteer) -> set[str]:
    """Every mention of every entity after all passes, from exactly these names."""
    done = run_passes(tagged(text, names), gazetteer)
    return {s.text for e in done.entities for s in e.spans}


@pytest.mark.parametrize(
    ("text", "tagged_as", "whole"),
    [
        (
            "The company's founder, Datuk Razali Hashim, will step down.",
            "Datuk Razali Hashim",
            "Razali Hashim",
        ),
        (
            "Its chairman, Tan Sri Wong Kah Seng, will stay on.",
            "Tan Sri Wong Kah Seng",
            "Wong Kah Seng",
        ),
        (
            "The minister's lawyer, Barrister Nurul Haque Chowdhury, spoke.",
            "Barrister Nurul Haque Chowdhury",
            "Nurul Haque Chowdhury",
        ),
    ],
)
def test_honorifics_and_a_lawyer_s_title_are_no_part_of_the_name(
    text: str, tagged_as: str, whole: str, gazetteer: Gazetteer
) -> None:
    assert whole in _found(text, [(tagged_as, "PERSON")], gazetteer)


def test_tan_alone_is_a_surname_not_a_title(gazetteer: Gazetteer) -> None:
    text = "The bank's economist, Tan Wei Ling, expects a cut."
    assert "Tan Wei Ling" in _found(text, [("Tan Wei Ling", "PERSON")], gazetteer)


def test_a_nickname_in_single_quotes_stays_in_the_name(gazetteer: Gazetteer) -> None:
    text = "Her coach, Desmond 'Buju' Whyte, who has trained sprinters for years, was pleased."
    found = _found(text, [("Desmond", "PERSON"), ("Whyte", "PERSON")], gazetteer)
    assert "Desmond 'Buju' Whyte" in found


@pytest.mark.parametrize(
    ("text", "names", "whole"),
    [
        # particles and a given name the model tagged apart
        (
            "Lúcia dos Reis Mabunda, who runs the clinic, said supplies were short.",
            [("Lúcia", "PERSON"), ("Reis Mabunda", "PERSON")],
            "Lúcia dos Reis Mabunda",
        ),
        # a hyphenated given name after a title with a full stop
        (
            "His lawyer, Adv. Hendrik-Jan van der Walt, said the claim was false.",
            [("Walt", "PERSON")],
            "Hendrik-Jan van der Walt",
        ),
    ],
)
def test_a_surname_takes_the_particles_and_given_names_before_it(
    text: str, names: list[tuple[str, str]], whole: str, gazetteer: Gazetteer
) -> None:
    assert whole in _found(text, names, gazetteer)


def test_a_capitalised_particle_joins_where_the_full_name_ends_so(gazetteer: Gazetteer) -> None:
    text = (
        "His lawyer, Adv. Hendrik-Jan van der Walt, spoke first. He was calm. "
        'He called it "a fiction". Van der Walt said the loan was legal.'
    )
    found = _found(text, [("Walt", "PERSON"), ("Walt", "PERSON")], gazetteer)
    assert {"Hendrik-Jan van der Walt", "Van der Walt"} <= found


def test_particles_before_a_lone_surname_alone_are_not_taken(gazetteer: Gazetteer) -> None:
    text = "The report on the van der Walt farm was late."
    assert "van der Walt" not in _found(text, [("Walt", "PERSON")], gazetteer)


def test_a_surname_found_again_keeps_the_particles_of_the_full_name(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The director, Chiara De Santis, who has led it since 2019, spoke. "
        '"We asked twice," De Santis said. Councillor Marta de la Fuente, who opposed it, '
        'agreed. "It is late," de la Fuente said.'
    )
    names = [("Chiara De Santis", "PERSON"), ("Marta de la Fuente", "PERSON")]
    forms = _linked_forms(text, names, gazetteer)
    assert {"De Santis", "de la Fuente"} <= forms
    assert not {"Santis", "Fuente"} & forms


def test_a_given_name_alone_before_a_speech_verb_is_that_person(gazetteer: Gazetteer) -> None:
    text = (
        "Siriporn Wongsakul, the airline's chief executive, spoke after the vote. "
        '"We grew too fast," Siriporn told reporters.'
    )
    assert "Siriporn" in _found(text, [("Siriporn Wongsakul", "PERSON")], gazetteer)


def test_a_given_name_two_people_share_is_not_taken(gazetteer: Gazetteer) -> None:
    text = (
        "Siriporn Wongsakul and Siriporn Chaiyasit both spoke. "
        '"We grew too fast," Siriporn told reporters.'
    )
    names = [("Siriporn Wongsakul", "PERSON"), ("Siriporn Chaiyasit", "PERSON")]
    assert "Siriporn" not in _found(text, names, gazetteer)


def test_a_surname_with_a_capitalised_particle_marked_a_person_s_makes_the_name_a_person(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The favourite, Marie-Claire Le Bihan of France, retired on Tuesday. "
        "Le Bihan, who led for two days, blamed the mast."
    )
    done = run_passes(tagged(text, [("Marie-Claire Le Bihan", "ORG")]), gazetteer)
    (person,) = [e for e in done.entities if "Marie-Claire Le Bihan" in e.forms]
    assert person.type == "PERSON"
    assert "Le Bihan" in {s.text for s in person.spans}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # buildings and markets a town is known by
        ("Lincoln Castle", "PLACE"),
        ("Southwell Minster", "PLACE"),
        ("Makola Market", "PLACE"),
        ("Karwan Bazar", "PLACE"),
        ("Castle Gate", "PLACE"),
        ("Market Place", "PLACE"),
        ("Rue Marquette", "PLACE"),
        # a trade in the plural, a Spanish company word first, a district for one service
        ("Assiniboine Packers", "ORG"),
        ("Karnaphuli Builders", "ORG"),
        ("Minera Andina del Sur", "ORG"),
        ("Manheim Central School District", "ORG"),
        ("Lamar County Water Supply District", "ORG"),
        ("Kowloon City District", "PLACE"),
    ],
)
def test_head_words_of_round_5(name: str, kind: str) -> None:
    assert head_type(name) == kind


def test_two_given_names_that_open_one_longer_name_are_that_person(gazetteer: Gazetteer) -> None:
    text = (
        "The group chief executive, Datuk Rosli Hakim Mohd Yusof, will lead the company. "
        "Rosli Hakim said the deal would close in June."
    )
    names = [("Datuk Rosli Hakim Mohd Yusof", "PERSON"), ("Rosli Hakim", "PERSON")]
    done = run_passes(tagged(text, names), gazetteer)
    (person,) = [e for e in done.entities if "Rosli Hakim" in e.forms]
    assert "Rosli Hakim Mohd Yusof" in person.forms


def test_two_given_names_two_longer_names_open_with_stay_apart(gazetteer: Gazetteer) -> None:
    text = (
        "Rosli Hakim Mohd Yusof and Rosli Hakim Abdullah both spoke. "
        "Rosli Hakim said the deal would close in June."
    )
    names = [
        ("Rosli Hakim Mohd Yusof", "PERSON"),
        ("Rosli Hakim Abdullah", "PERSON"),
        ("Rosli Hakim", "PERSON"),
    ]
    done = run_passes(tagged(text, names), gazetteer)
    (alone,) = [e for e in done.entities if "Rosli Hakim" in e.forms]
    assert set(alone.forms) == {"Rosli Hakim"}
