"""Round 9's alias merges, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.normalise import normalise_for_nlp
from tests.unit.enrich.linking_helpers import entity_of, long_forms


def test_an_acronym_between_commas_after_a_name_is_its_acronym(gazetteer: Gazetteer) -> None:
    text = (
        "The National Water Administration, ANAS, said on Monday that it would ration"
        " supplies. ANAS blamed the drought."
    )
    names = [("National Water Administration", "ORG"), ("ANAS", "ORG"), ("ANAS", "ORG")]
    entity = entity_of(text, names, "ANAS", gazetteer)
    assert "National Water Administration" in entity.forms


@pytest.mark.parametrize(
    "text",
    [
        "Officials from the Bank of Lindora, ECB, and the Fed met on Friday.",
        "The Ministry of Finance, IMF, World Bank and donors agreed a plan.",
        "She met the Ministry of Finance, IMF, and World Bank staff.",
    ],
)
def test_a_list_between_commas_binds_no_acronym(text: str) -> None:
    assert long_forms(text) == {}


def test_an_acronym_may_take_letters_from_inside_the_words() -> None:
    text = "The Arctic Command (ARCOM) said its ships had left port."
    assert long_forms(text) == {"ARCOM": "Arctic Command"}


def test_a_long_acronym_between_commas_stays_in_capitals() -> None:
    text = "The Sahel Command, SAHELCOM, said it struck twice. SAHELCOM gave no toll."
    assert normalise_for_nlp(text) == text


def test_a_name_in_another_language_known_by_is_the_body_s(gazetteer: Gazetteer) -> None:
    text = (
        "The Danish Grid Supervisory Authority, known by its Danish name Forsyningstilsynet,"
        " fined the company. Forsyningstilsynet said the fine was final."
    )
    names = [
        ("Danish Grid Supervisory Authority", "ORG"),
        ("Forsyningstilsynet", "GPE"),
        ("Forsyningstilsynet", "GPE"),
    ]
    entity = entity_of(text, names, "Forsyningstilsynet", gazetteer)
    assert "Danish Grid Supervisory Authority" in entity.forms


def test_a_body_known_in_another_language_by_a_name_is_one_body(gazetteer: Gazetteer) -> None:
    text = (
        "The Audit Bureau, known in Arabic as Diwan al-Raqaba, reviews public spending."
        " Diwan al-Raqaba said the contracts were overpriced."
    )
    names = [
        ("Audit Bureau", "ORG"),
        ("Diwan al-Raqaba", "PERSON"),
        ("Diwan al-Raqaba", "PERSON"),
    ]
    entity = entity_of(text, names, "Diwan al-Raqaba", gazetteer)
    assert "Audit Bureau" in entity.forms
    assert entity.type == "ORG"


def test_a_river_known_there_by_another_name_is_one_river(gazetteer: Gazetteer) -> None:
    text = "Dams on the upper Tavessa, known there as the Lumeng, trap sediment."
    names = [("Tavessa", "LOC"), ("Lumeng", "ORG")]
    entity = entity_of(text, names, "Lumeng", gazetteer)
    assert "Tavessa" in entity.forms


def test_a_name_after_in_is_not_what_known_as_names(gazetteer: Gazetteer) -> None:
    text = "The UN mission in Lindora, known as MINUL, said its troops fired back."
    names = [("UN", "ORG"), ("Lindora", "GPE"), ("MINUL", "ORG")]
    entity = entity_of(text, names, "MINUL", gazetteer)
    assert "Lindora" not in entity.forms


def test_a_party_s_formal_name_is_the_party_s(gazetteer: Gazetteer) -> None:
    text = (
        "The governing Unity Party, formally the National Civic Alliance, voted as a bloc."
        " The National Civic Alliance holds 40 seats."
    )
    names = [
        ("Unity Party", "ORG"),
        ("National Civic Alliance", "ORG"),
        ("National Civic Alliance", "ORG"),
    ]
    entity = entity_of(text, names, "Unity Party", gazetteer)
    assert "National Civic Alliance" in entity.forms


def test_a_body_s_other_name_after_or_is_the_body_s(gazetteer: Gazetteer) -> None:
    text = (
        "Police blamed the Sahel Front, or Jabhat al-Sahil (JAS), for the attack. The Sahel"
        " Front denied it."
    )
    names = [("Sahel Front", "ORG"), ("Jabhat al-Sahil", "ORG"), ("Sahel Front", "ORG")]
    entity = entity_of(text, names, "Sahel Front", gazetteer)
    assert {"Jabhat al-Sahil", "JAS"} <= set(entity.forms)


def test_an_item_of_a_list_stays_apart_from_the_name_after_or(gazetteer: Gazetteer) -> None:
    text = "Bonds rose after the Fed, the Lindora Reserve, or the Bank of Marsk cut rates."
    names = [("Fed", "ORG"), ("Lindora Reserve", "ORG"), ("Bank of Marsk", "ORG")]
    entity = entity_of(text, names, "Lindora Reserve", gazetteer)
    assert "Bank of Marsk" not in entity.forms


def test_a_body_s_own_language_name_between_commas_is_the_body_s(gazetteer: Gazetteer) -> None:
    text = (
        "The Danish Energy Agency, Energistyrelsen, said on Monday that it would review the"
        " licence. Energistyrelsen gave no date."
    )
    names = [
        ("Danish Energy Agency", "ORG"),
        ("Energistyrelsen", "PERSON"),
        ("Energistyrelsen", "PERSON"),
    ]
    entity = entity_of(text, names, "Energistyrelsen", gazetteer)
    assert "Danish Energy Agency" in entity.forms
    assert entity.type == "ORG"


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("Talvik Holdings, Marsk, and the Veldin Group signed the deal.", "Marsk"),
        ("The Health Ministry, Nairobi, said cases had fallen.", "Nairobi"),
        ("Talvik Holdings, Marsk, Veldin and Ostra signed the deal.", "Marsk"),
    ],
)
def test_a_list_item_or_a_place_between_commas_is_no_other_name(
    text: str, other: str, gazetteer: Gazetteer
) -> None:
    first = text.split(",")[0].removeprefix("The ")
    names = [(first, "ORG"), (other, "ORG")]
    assert other not in entity_of(text, names, first, gazetteer).forms


@pytest.mark.parametrize(
    "names",
    [
        [("Kenyan Wanjiru-Otieno", "PERSON"), ("Grace Wanjiru-Otieno", "PERSON")],
        [("Kenyan", "NORP"), ("Wanjiru-Otieno", "PERSON"), ("Grace Wanjiru-Otieno", "PERSON")],
    ],
)
def test_a_nationality_before_a_surname_alone_is_no_part_of_the_name(
    names: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    text = (
        "Kenyan Wanjiru-Otieno takes the lead in Nairobi\n\nGrace Wanjiru-Otieno won the"
        " stage on Friday."
    )
    entity = entity_of(text, names, "Grace Wanjiru-Otieno", gazetteer)
    assert "Wanjiru-Otieno" in entity.forms
    assert "Kenyan Wanjiru-Otieno" not in entity.forms


def test_a_nationality_and_a_word_that_make_a_place_stay_one_place(gazetteer: Gazetteer) -> None:
    text = "The rocket flew from Kourou in French Guiana on Monday."
    names = [("Kourou", "GPE"), ("French Guiana", "PERSON")]
    assert entity_of(text, names, "French Guiana", gazetteer).type == "PLACE"


@pytest.mark.parametrize(
    ("whole", "short"),
    [
        ("Estadio Tomás Ledezma", "Tomás Ledezma"),
        ("Kavuru Forest", "Kavuru"),
        ("Lindoran Sea", "Lindoran"),
    ],
)
def test_a_venue_s_or_a_sea_s_name_alone_is_the_place(
    whole: str, short: str, gazetteer: Gazetteer
) -> None:
    text = f"The race passed through the {whole} on Friday. Fans lined the roads at {short} too."
    names = [(whole, "FAC"), (short, "GPE")]
    assert whole in entity_of(text, names, short, gazetteer).forms


def test_a_river_s_name_alone_may_be_a_region_of_its_own(gazetteer: Gazetteer) -> None:
    text = "Gold is mined along the Vasquera River. Vasquera has 1.4 million people."
    names = [("Vasquera River", "LOC"), ("Vasquera", "GPE")]
    assert "Vasquera River" not in entity_of(text, names, "Vasquera", gazetteer).forms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Office of Water Markets (Ofwam) fined the firm. Ofwam said it would appeal.",
            {"Ofwam": "Office of Water Markets"},
        ),
        (
            "The Fédération Lindorane de Volleyball (Felivolley) moved the final.",
            {"Felivolley": "Fédération Lindorane de Volleyball"},
        ),
        ("Aroha Smith (Labour) and Mark Dunmore (Greens) voted no.", {}),
    ],
)
def test_an_acronym_written_as_a_word_in_brackets_binds_the_name_that_spells_it(
    text: str, expected: dict[str, str]
) -> None:
    assert long_forms(text) == expected
