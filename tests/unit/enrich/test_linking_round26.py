"""Round 26's rules, on small invented sentences written in ordinary news style: a centre
or a hall named for what is held in it, or for the community it serves, is a building; a
cricket side's innings after its name makes the article a report of a match and the
country its side."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import cue, types_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Traders filled the Kaohsiung Exhibition Center by the harbour.",
            "Kaohsiung Exhibition Center",
        ),
        ("The rocket lifted off from the Naro Space Center on Friday.", "Naro Space Center"),
        ("Parents will meet at Norlane Community Centre in November.", "Norlane Community Centre"),
        ("The semi-final is played in the Hódos Imre Sports Hall.", "Hódos Imre Sports Hall"),
        ("He is held at the Darwin Correctional Centre at Holtze.", "Darwin Correctional Centre"),
        (
            "Residents packed the Brattleboro Municipal Center on Tuesday.",
            "Brattleboro Municipal Center",
        ),
    ],
)
def test_a_centre_or_hall_named_for_what_is_held_in_it_is_a_place(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {name: "ORG"}, gazetteer)[name] == "PLACE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Scientists at the Vaccine Research Center developed the antibody.",
            "Vaccine Research Center",
        ),
        ("The Piracy Reporting Centre logged six attacks in June.", "Piracy Reporting Centre"),
        (
            "Land rights are defended by the Community Legal Education Center.",
            "Community Legal Education Center",
        ),
    ],
)
def test_a_centre_named_for_its_work_stays_a_body(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {name: "ORG"}, gazetteer)[name] == "ORG"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Chivandire made 142 as Zimbabwe reached 371 for six on the second day. "
            "The home side will bat on against Ireland.",
            "Zimbabwe",
        ),
        (
            "Mupariwa took seven wickets on Saturday. Ireland, who began the day on 31 "
            "for one, collapsed after lunch.",
            "Ireland",
        ),
        ("Namibia, bowled out for 218 on the first day, struggled again.", "Namibia"),
        ("Rain fell at tea. Nepal were 151 for five when the captain came in.", "Nepal"),
    ],
)
def test_a_country_with_its_innings_is_its_cricket_side(
    text: str, country: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {country: "GPE", "Ireland": "GPE"}, gazetteer)[country] == "ORG"


def test_in_a_report_of_an_innings_a_country_played_against_is_a_side(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Zimbabwe reached 19 without loss before bad light stopped play. The captain's "
        "century was his first since the series against Afghanistan last year."
    )
    labels = {"Zimbabwe": "GPE", "Afghanistan": "GPE"}
    assert types_of(text, labels, gazetteer)["Afghanistan"] == "ORG"


@pytest.mark.parametrize(
    "text",
    [
        "Exports to Zimbabwe reached 371 million dollars, the ministry said.",
        "Zimbabwe has 16 official languages, more than any other country.",
        "The bill passed 52 for 41 against Zimbabwe's objections.",
    ],
)
def test_a_country_with_a_number_that_is_no_innings_stays_a_place(
    text: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {"Zimbabwe": "GPE"}, gazetteer)["Zimbabwe"] == "PLACE"


@pytest.mark.parametrize(
    "text",
    [
        "Japan won the semi-final 2-0 in Perth. They will meet China on Sunday.",
        "The hosts drew 1-1 in Perth. They will meet China on Sunday.",
        "It was a 3-1 win for the hosts. They will meet China on Sunday.",
        "The hosts lost the final 1-3 in Perth. They will meet China on Sunday.",
    ],
)
def test_a_result_without_its_opponent_makes_a_match_report(
    text: str, gazetteer: Gazetteer
) -> None:
    labels = {"Japan": "GPE", "Perth": "GPE", "China": "GPE"}
    assert types_of(text, labels, gazetteer)["China"] == "ORG"


def test_a_vote_tally_makes_no_match_report(gazetteer: Gazetteer) -> None:
    text = "The motion lost 41-52 in parliament. Ministers will meet China on Sunday."
    assert types_of(text, {"China": "GPE"}, gazetteer)["China"] == "PLACE"


_REPORT = "Wigan Warriors beat St Helens 24-12 on Friday night. "


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("Next come qualifiers against Austria and Portugal in the autumn.", ("Portugal",)),
        ("The win lifts India to third, behind Australia and Germany.", ("Germany",)),
        ("The winners will meet China or South Korea in the final.", ("South Korea",)),
        ("We have now beaten Italy, Wales and Scotland in four years.", ("Wales", "Scotland")),
    ],
)
def test_in_a_match_report_a_country_listed_with_a_side_is_a_side(
    sentence: str, listed: tuple[str, ...], gazetteer: Gazetteer
) -> None:
    names = ("Austria", "Portugal", "India", "Australia", "Germany", "China", "South Korea")
    names += ("Italy", "Wales", "Scotland")
    labels = {"Wigan Warriors": "ORG", "St Helens": "GPE"} | dict.fromkeys(names, "GPE")
    types = types_of(_REPORT + sentence, labels, gazetteer)
    assert all(types[country] == "ORG" for country in listed)


def test_in_a_match_report_a_country_listed_with_a_place_stays_a_place(
    gazetteer: Gazetteer,
) -> None:
    text = _REPORT + "The coach flew home to Austria and Portugal after the game."
    labels = {"Wigan Warriors": "ORG", "St Helens": "GPE", "Austria": "GPE", "Portugal": "GPE"}
    types = types_of(text, labels, gazetteer)
    assert (types["Austria"], types["Portugal"]) == ("PLACE", "PLACE")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The work went to the consortium Alliance Bleue-Est in November.", "Alliance Bleue-Est"),
        ("Bookings fell, the tourist board, Visit Iceland, said on Monday.", "Visit Iceland"),
        ("The shares are held by the sovereign wealth fund Kazyna Invest.", "Kazyna Invest"),
        (
            "Halvorsen Energi, the energy arm of the group, stopped work on 22 wells.",
            "Halvorsen Energi",
        ),
        ("Lucera Motors, the Saudi brand, will build its cars in Jeddah.", "Lucera Motors"),
    ],
)
def test_more_nouns_that_describe_a_body(package_nlp: Language, text: str, name: str) -> None:
    assert cue(package_nlp, text, name).described_as == "ORG"


def test_a_contractor_is_a_person_too(package_nlp: Language) -> None:
    text = "Marwan Khalaf al-Hamdani, a 52-year-old contractor, was elected governor."
    assert cue(package_nlp, text, "Marwan Khalaf al-Hamdani").described_as != "ORG"


def test_the_head_of_a_body_named_with_an_owner_possessive_is_a_person(
    package_nlp: Language,
) -> None:
    text = "A tram is not a luxury, said the chair of the city's executive board, Annika Berg."
    assert cue(package_nlp, text, "Annika Berg").described_as == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shots were heard at dawn, said a man who gave his name only as Dragan.", "Dragan"),
        (
            "Prices doubled, said a trader identified only as Emmanuel, reached by phone.",
            "Emmanuel",
        ),
        ("A nurse who gave her first name as Salem said the ward was full.", "Salem"),
    ],
)
def test_a_person_who_withholds_the_rest_of_the_name_is_a_person(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {name: "GPE"}, gazetteer)[name] == "PERSON"


def test_a_correspondents_line_over_a_report_names_a_person(gazetteer: Gazetteer) -> None:
    text = "Zimbabwe in control\n\nFrom Tafadzwa Nyathi in Bulawayo\n\nThe hosts batted all day."
    labels = {"Tafadzwa Nyathi": "GPE", "Bulawayo": "GPE"}
    assert types_of(text, labels, gazetteer)["Tafadzwa Nyathi"] == "PERSON"


def test_a_sentence_opening_from_a_place_names_no_person(gazetteer: Gazetteer) -> None:
    text = "From Bulawayo in the south, the road runs north to Harare.\n"
    labels = {"Bulawayo": "GPE", "Harare": "GPE"}
    assert types_of(text, labels, gazetteer)["Bulawayo"] == "PLACE"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The City of Ottawa said the trains would run by Friday.", "City of Ottawa"),
        ("The Métropole de Lyon has sued the chemicals plant.", "Métropole de Lyon"),
        ("The Municipality of Kranj approved the budget on Monday.", "Municipality of Kranj"),
    ],
)
def test_a_places_formal_name_for_its_council_is_a_body(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    assert types_of(text, {name: "GPE"}, gazetteer)[name] == "ORG"


def test_a_city_of_that_the_article_puts_something_in_is_a_place(gazetteer: Gazetteer) -> None:
    text = "The bank keeps its offices in the City of London, near St Paul's."
    assert types_of(text, {"City of London": "GPE"}, gazetteer)["City of London"] == "PLACE"


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("Now the gas is running out and La Paz wants to keep what is left.", "La Paz"),
        ("The deal comes weeks after Abidjan announced a similar arrangement.", "Abidjan"),
    ],
)
def test_a_seat_of_government_that_is_not_the_capital_stands_for_its_government(
    text: str, seat: str, gazetteer: Gazetteer
) -> None:
    assert gazetteer.is_capital([seat])
    assert types_of(text, {seat: "GPE"}, gazetteer)[seat] == "ORG"


def test_a_seat_of_government_the_article_puts_something_in_is_a_place(
    gazetteer: Gazetteer,
) -> None:
    text = "Thousands marched in La Paz on Friday. La Paz wants calm, the mayor said."
    assert types_of(text, {"La Paz": "GPE"}, gazetteer)["La Paz"] == "PLACE"


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("The island's relationship with Copenhagen has come under strain.", "Copenhagen"),
        ("The operation is a sign of trust between Baghdad and the Kurds.", "Baghdad"),
        ("The mayor called the law a signal to Madrid that guests are not wanted.", "Madrid"),
        ("Shortages were caused by late payments from Nairobi, the county said.", "Nairobi"),
        ("The island has been held by Taipei since 1949.", "Taipei"),
        ("Roadblocks cut the region as its governor defies Santiago over royalties.", "Santiago"),
        ("The harbour was dredged by India, while Beijing built an earlier bridge.", "Beijing"),
        ("Washington, which pays for much of the force, asked for patience.", "Washington"),
    ],
)
def test_more_of_what_only_a_government_does_or_is_done_to(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    labels = {capital: "GPE", "India": "GPE"}
    assert types_of(text, labels, gazetteer)[capital] == "ORG"


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("Flights between Madrid and Lisbon were cancelled on Friday.", "Madrid"),
        ("The band sent a postcard to Madrid and moved on.", "Madrid"),
        ("Washington, which has a population of 700,000, is humid in July.", "Washington"),
    ],
)
def test_a_capital_named_as_a_place_stays_a_place(
    text: str, capital: str, gazetteer: Gazetteer
) -> None:
    labels = {capital: "GPE", "Lisbon": "GPE"}
    assert types_of(text, labels, gazetteer)[capital] == "PLACE"


@pytest.mark.parametrize(
    ("text", "club"),
    [
        (
            "Persepolis beat Sepahan 2-1 on Friday. Persepolis play Al-Sadd in Doha on Tuesday.",
            "Al-Sadd",
        ),
        (
            "Efes edged Zalgiris 84-80 in overtime. Panathinaikos play Monaco on Friday.",
            "Panathinaikos",
        ),
    ],
)
def test_one_word_that_no_full_name_explains_and_that_plays_is_a_side(
    text: str, club: str, gazetteer: Gazetteer
) -> None:
    labels = {
        "Persepolis": "ORG",
        "Efes": "ORG",
        "Zalgiris": "ORG",
        "Monaco": "GPE",
        club: "PERSON",
    }
    assert types_of(text, labels, gazetteer)[club] == "ORG"


def test_a_player_named_in_full_who_plays_stays_a_person(gazetteer: Gazetteer) -> None:
    text = "Rafael Moreno won in Lyon. Moreno play Dimitrov on Friday."
    labels = {"Rafael Moreno": "PERSON", "Moreno": "PERSON", "Lyon": "GPE", "Dimitrov": "PERSON"}
    assert types_of(text, labels, gazetteer)["Moreno"] == "PERSON"


def test_a_side_with_its_result_in_a_clause_after_it_is_a_side(gazetteer: Gazetteer) -> None:
    text = "Georgia 41 Portugal 17\n\nSpain, who beat Romania 27-20 in Madrid, finished third."
    labels = {
        "Georgia": "GPE",
        "Portugal": "GPE",
        "Spain": "GPE",
        "Romania": "GPE",
        "Madrid": "GPE",
    }
    assert types_of(text, labels, gazetteer)["Spain"] == "ORG"
