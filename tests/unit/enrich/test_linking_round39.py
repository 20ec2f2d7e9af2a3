"""Round 39's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type, is_club
from tests.unit.enrich.linking_helpers import enrich, entity_of, holding, long_forms, typed


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        (
            "The Court for the Repression of Economic Offences and Terrorism, known by its "
            "French initials as CRIET, jailed him.",
            "CRIET",
            "Court for the Repression of Economic Offences and Terrorism",
        ),
        (
            "The Institute of National Historic and Artistic Heritage, known as Iphan, "
            "banned loudspeakers.",
            "Iphan",
            "Institute of National Historic and Artistic Heritage",
        ),
    ],
    ids=["after of", "after a capitalised word"],
)
def test_a_name_known_by_another_is_not_cut_inside_itself(
    text: str, acronym: str, long_form: str
) -> None:
    assert long_forms(text)[acronym] == long_form


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        (
            "Kenya's Energy Bank and the Export-Import Bank of Korea, known as KEXIM, signed.",
            "KEXIM",
            "Export-Import Bank of Korea",
        ),
        (
            "Researchers from Indonesia's National Research and Innovation Agency, known as "
            "BRIN, took part.",
            "BRIN",
            "National Research and Innovation Agency",
        ),
        (
            "But the Colombian Cycling Federation, known as Fedeciclismo, has no sponsor.",
            "Fedeciclismo",
            "Colombian Cycling Federation",
        ),
        (
            "The sale falls under the Investment Canada Act. Fisheries and Oceans Canada, "
            "known as DFO, has no role.",
            "DFO",
            "Fisheries and Oceans Canada",
        ),
        (
            "Prosecutors from the Public Prosecutor's Office for Economic Crimes and "
            "Corruption, known by its German initials WKStA, spoke.",
            "WKStA",
            "Public Prosecutor's Office for Economic Crimes and Corruption",
        ),
    ],
    ids=["after and the", "after its owner", "after But the", "after a full stop", "possessive"],
)
def test_a_name_known_by_another_starts_where_a_list_owner_or_sentence_ends(
    text: str, acronym: str, long_form: str
) -> None:
    assert long_forms(text)[acronym] == long_form


def test_known_as_the_first_word_of_a_short_name_defines_no_acronym() -> None:
    text = "Staff at the Peter Doherty Institute, known as the Doherty Institute, agreed."
    assert "Doherty" not in long_forms(text)


def test_a_body_before_its_town_is_known_by_the_name_after_them(gazetteer: Gazetteer) -> None:
    text = (
        "Samples went to the Peter Doherty Institute for Infection and Immunity in Melbourne, "
        "known as the Doherty Institute, on Monday. The Doherty Institute said it had them."
    )
    names = [
        ("Peter Doherty Institute for Infection and Immunity", "ORG"),
        ("Melbourne", "GPE"),
        ("Doherty Institute", "ORG"),
        ("Doherty Institute", "ORG"),
    ]
    body = entity_of(text, names, "Doherty Institute", gazetteer)
    assert "Peter Doherty Institute for Infection and Immunity" in body.forms
    assert "Melbourne" not in body.forms


def test_a_body_known_as_the_other_name_takes_it(gazetteer: Gazetteer) -> None:
    text = (
        "The bill goes to the Constitutional Chamber of the Supreme Court, known as the "
        "Sala IV, for review. The Sala IV has a month."
    )
    names = [
        ("Constitutional Chamber of the Supreme Court", "ORG"),
        ("Sala IV", "ORG"),
        ("Sala IV", "ORG"),
    ]
    chamber = entity_of(text, names, "Sala IV", gazetteer)
    assert "Constitutional Chamber of the Supreme Court" in chamber.forms


def test_known_by_initials_with_a_hyphenated_part() -> None:
    text = (
        "Samples held by the Amazonas State Health Surveillance Foundation, known by its "
        "Portuguese initials FVS-AM, were tested."
    )
    assert long_forms(text)["FVS-AM"] == "Amazonas State Health Surveillance Foundation"


def test_a_firm_the_model_called_a_person_is_known_by_what_it_is_called(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Under the plan, Liechtensteinische Kraftwerke, the state-owned utility known as LKW, "
        "would build a weir. LKW said it was ready."
    )
    names = [("Liechtensteinische Kraftwerke", "PERSON"), ("LKW", "ORG"), ("LKW", "ORG")]
    utility = entity_of(text, names, "LKW", gazetteer)
    assert "Liechtensteinische Kraftwerke" in utility.forms


def test_a_person_described_as_a_person_is_not_known_by_capitals(gazetteer: Gazetteer) -> None:
    text = "Anna Keller, the veteran reporter known as AKTV, retired. AKTV said so."
    names = [("Anna Keller", "PERSON"), ("AKTV", "ORG"), ("AKTV", "ORG")]
    assert "Anna Keller" not in entity_of(text, names, "AKTV", gazetteer).forms


def test_a_bodys_acronym_between_commas_binds_whatever_its_language(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Liechtenstein Society for Environmental Protection, the LGU, began collecting "
        "signatures. The LGU said it had 900."
    )
    names = [
        ("Liechtenstein Society for Environmental Protection", "ORG"),
        ("LGU", "ORG"),
        ("LGU", "ORG"),
    ]
    society = entity_of(text, names, "LGU", gazetteer)
    assert "Liechtenstein Society for Environmental Protection" in society.forms


def test_a_short_name_then_capitals_between_commas_bind_nothing(gazetteer: Gazetteer) -> None:
    text = "Shares in Nordic Steel, the BHP, rose. The BHP said so."
    names = [("Nordic Steel", "ORG"), ("BHP", "ORG"), ("BHP", "ORG")]
    assert "Nordic Steel" not in entity_of(text, names, "BHP", gazetteer).forms


@pytest.mark.parametrize("known", ["better known as", "commonly known as"])
def test_a_place_better_known_by_another_name_takes_it(known: str, gazetteer: Gazetteer) -> None:
    text = (
        f"A crowd of 36,000 at the Estadio Nemesio Camacho, {known} El Campín, watched. "
        "Millonarios play again at El Campín on Wednesday."
    )
    names = [("Estadio Nemesio Camacho", "GPE"), ("El Campín", "ORG"), ("El Campín", "GPE")]
    stadium = entity_of(text, names, "El Campín", gazetteer)
    assert ("Estadio Nemesio Camacho" in stadium.forms, stadium.type) == (True, "PLACE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Signatures were collected on Peter-Kaiser-Platz on Friday.", "Peter-Kaiser-Platz"),
        ("The march went down Karl Marx Allee on Friday.", "Karl Marx Allee"),
        ("People come here for the Lagoa da Conceição and the beaches.", "Lagoa da Conceição"),
        ("Santa Catarina is not Balneário Camboriú, she said.", "Balneário Camboriú"),
    ],
    ids=["hyphened Platz", "Allee", "Lagoa", "Balneário"],
)
def test_a_street_square_lagoon_or_resort_named_in_its_own_language_is_a_place(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert typed(text, [(name, "ORG")], gazetteer)[name] == "PLACE"


def test_a_firm_with_a_hyphened_name_is_not_a_street(gazetteer: Gazetteer) -> None:
    text = "Shares in Rhein-Chemie rose on Friday."
    assert typed(text, [("Rhein-Chemie", "ORG")], gazetteer)["Rhein-Chemie"] == "ORG"


def test_a_place_a_university_is_named_for_stays_the_place(gazetteer: Gazetteer) -> None:
    text = (
        "Glaciers in the state are retreating, Sikkim University said. "
        "Sikkim has 600,000 people, and Sikkim depends on the Teesta."
    )
    names = [("Sikkim University", "ORG"), ("Sikkim", "GPE"), ("Sikkim", "GPE")]
    state = entity_of(text, names, "Sikkim", gazetteer)
    assert ("Sikkim University" in state.forms, state.type) == (False, "PLACE")


def test_a_university_studied_at_is_shortened_to_its_name(gazetteer: Gazetteer) -> None:
    text = (
        "The tags were fitted by Dalhousie University in March. "
        "Researchers at Dalhousie said the whales had moved north."
    )
    names = [("Dalhousie University", "ORG"), ("Dalhousie", "GPE")]
    assert "Dalhousie University" in entity_of(text, names, "Dalhousie", gazetteer).forms


def test_a_partys_members_in_the_plural_are_the_party(gazetteer: Gazetteer) -> None:
    text = "The Pirate Party won seats. The Pirates will sit in opposition, Ms Novak said."
    names = [("Pirate Party", "ORG"), ("Pirates", "GPE")]
    assert "Pirate Party" in entity_of(text, names, "Pirates", gazetteer).forms


@pytest.mark.parametrize(
    "club", ["Deportes Tolima", "Deportivo Cali", "Esporte Clube Bahia", "Kaizer Chiefs"]
)
def test_a_club_named_by_its_sports_word_or_nickname_is_a_club(club: str) -> None:
    assert is_club(club)


def test_a_hall_named_for_sports_is_no_club() -> None:
    assert not is_club("Palacio de los Deportes")


def test_known_as_a_country_and_capitals_binds_no_country(enricher: Enricher) -> None:
    text = (
        "Cases of leptospirosis in Fiji rise after floods. The Fiji Centre for Disease "
        "Control, known as Fiji CDC, issues warnings. Fiji has the data, he said."
    )
    assert holding(enrich(enricher, text), "Fiji").type == "PLACE"


@pytest.mark.parametrize(
    ("name", "acronym"),
    [
        ("Office of the UN High Commissioner for Refugees", "UNHCR"),
        ("Police and Border Guard Board", "PPA"),
    ],
    ids=["of the", "and"],
)
def test_a_tagged_name_going_on_into_its_acronyms_letters_stays_whole(
    name: str, acronym: str, gazetteer: Gazetteer
) -> None:
    text = f"The {name} ({acronym}) said it was concerned. {acronym} staff left on Monday."
    names = [(name, "ORG"), (acronym, "ORG"), (acronym, "ORG")]
    assert name in entity_of(text, names, acronym, gazetteer).forms


def test_a_possessive_before_a_tagged_acronyms_name_stays_out(gazetteer: Gazetteer) -> None:
    text = "Kenya's Anti-Doping Commission (ADC) said so. ADC staff left on Monday."
    names = [("Kenya's Anti-Doping Commission", "ORG"), ("ADC", "ORG"), ("ADC", "ORG")]
    assert "Anti-Doping Commission" in entity_of(text, names, "ADC", gazetteer).forms


def test_a_continent_is_no_short_form_of_a_longer_name(gazetteer: Gazetteer) -> None:
    text = (
        "Mining in South Africa slowed in March. Demand across Africa fell, and "
        "South Africa exported less."
    )
    names = [("South Africa", "GPE"), ("Africa", "LOC"), ("South Africa", "GPE")]
    assert "Africa" not in entity_of(text, names, "South Africa", gazetteer).forms


@pytest.mark.parametrize(
    ("name", "kind"),
    [("Santerno Costruzioni", "ORG"), ("Glo-Djigbé Industrial Zone", "PLACE")],
    ids=["Costruzioni", "Zone"],
)
def test_a_builders_and_a_zones_head_words_say_what_they_are(name: str, kind: str) -> None:
    assert head_type(name) == kind
