"""Round 35's rules, on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.gazetteer import Gazetteer, Rank
from tests.unit.enrich.linking_helpers import enrich, holding, one_entity, typed


def test_a_feature_named_with_the_before_a_preposition_is_the_feature(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Slums line the Tapti River in the old town. Engineers want clean water to flow "
        "through the Tapti for the first time in decades."
    )
    labels = {"Tapti River": "LOC", "Tapti": "GPE"}
    assert one_entity(text, labels, ("Tapti River", "Tapti"), gazetteer)


def test_a_name_used_with_the_as_a_modifier_stays_apart_from_the_feature(
    gazetteer: Gazetteer,
) -> None:
    text = "Fishermen worked the Kandy Lake. The Kandy people, the mayor said, would vote."
    labels = {"Kandy Lake": "LOC", "Kandy": "GPE"}
    assert not one_entity(text, labels, ("Kandy Lake", "Kandy"), gazetteer)


@pytest.mark.parametrize(
    ("text", "short", "whole"),
    [
        (
            "Barges ran aground on the Magdalena River in March. Barranquilla's port has "
            "long been hostage to the Magdalena, Colombia's biggest river, and its silt.",
            "Magdalena",
            "Magdalena River",
        ),
        (
            "Dredgers deepened the Sinú River this year. Farmers near the Sinú, the "
            "region's longest river, said the work came too late.",
            "Sinú",
            "Sinú River",
        ),
    ],
)
def test_a_feature_described_as_a_place_where_it_has_the_is_the_feature(
    text: str, short: str, whole: str, enricher: Enricher
) -> None:
    enriched = enrich(enricher, text)
    assert holding(enriched, short).name == holding(enriched, whole).name


def test_a_region_described_without_the_stays_apart_from_its_river(enricher: Enricher) -> None:
    text = (
        "Fighting spread across Colombia's Catatumbo region. A farmer from a hamlet near "
        "the Catatumbo River said soldiers had left. The Catatumbo, the army said, was calm."
    )
    enriched = enrich(enricher, text)
    assert holding(enriched, "Catatumbo").name != holding(enriched, "Catatumbo River").name


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "Rebels seized Goma in the east of the Democratic Republic of Congo on Monday. "
            "Congo has accused Rwanda of backing them.",
            {"Democratic Republic of Congo": "GPE", "Congo": "GPE", "Goma": "GPE"},
            ("Democratic Republic of Congo", "Congo"),
        ),
        (
            "MASERU — The Kingdom of Lesotho signed the water deal. Lesotho will be paid "
            "$40m a year.",
            {"Kingdom of Lesotho": "GPE", "Lesotho": "GPE", "MASERU": "GPE"},
            ("Kingdom of Lesotho", "Lesotho"),
        ),
        (
            "Banjul hosted the summit of the Republic of the Gambia and its neighbours. "
            "Gambia will chair the next one.",
            {"Republic of the Gambia": "GPE", "Gambia": "GPE", "Banjul": "GPE"},
            ("Republic of the Gambia", "Gambia"),
        ),
        (
            "GEORGETOWN — The Co-operative Republic of Guyana signed the oil deal. Guyana "
            "will take half the profit.",
            {"Co-operative Republic of Guyana": "GPE", "Guyana": "GPE", "GEORGETOWN": "GPE"},
            ("Co-operative Republic of Guyana", "Guyana"),
        ),
    ],
    ids=["not in the gazetteer", "a country", "with the", "a hyphen in its standing"],
)
def test_a_state_is_one_with_its_formal_name(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


def test_a_short_name_two_states_share_stays_apart_from_both(gazetteer: Gazetteer) -> None:
    text = (
        "Flights between the Republic of Congo and the Democratic Republic of Congo "
        "resumed. Congo's airline said it was ready."
    )
    labels = {"Republic of Congo": "GPE", "Democratic Republic of Congo": "GPE", "Congo": "GPE"}
    assert not one_entity(text, labels, ("Republic of Congo", "Congo"), gazetteer)
    assert not one_entity(text, labels, ("Democratic Republic of Congo", "Congo"), gazetteer)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Democratic Republic of Congo", "CD"), ("Republic of Congo", "CG")],
)
def test_both_congos_have_a_country_record_under_their_usual_names(
    name: str, code: str, gazetteer: Gazetteer
) -> None:
    found = gazetteer.lookup(name)
    assert found is not None
    assert (found.rank, found.place.country_code) == (Rank.COUNTRY, code)


def test_a_firm_is_one_with_its_name_without_its_trade_word(enricher: Enricher) -> None:
    text = (
        "The council sold the plots to Sahara Crest Developers, a company linked to his "
        "brother. The court jailed Mr Mensah, a director of Sahara Crest, for eight years."
    )
    enriched = enrich(enricher, text)
    assert holding(enriched, "Sahara Crest").name == "Sahara Crest Developers"


def test_a_firms_short_name_the_model_calls_a_place_is_the_firm(gazetteer: Gazetteer) -> None:
    text = "Seohan Marine won the order on Monday. Seohan will lay the first hull in March."
    labels = {"Seohan Marine": "ORG", "Seohan": "GPE"}
    assert one_entity(text, labels, ("Seohan Marine", "Seohan"), gazetteer)


def test_a_name_the_article_puts_something_at_stays_apart_from_the_firm(
    gazetteer: Gazetteer,
) -> None:
    text = "Protesters gathered at Kilbrannan on Saturday. Kilbrannan Marine said it would move."
    labels = {"Kilbrannan Marine": "ORG", "Kilbrannan": "GPE"}
    assert not one_entity(text, labels, ("Kilbrannan Marine", "Kilbrannan"), gazetteer)


@pytest.mark.parametrize(
    "name", ["Kaveri Valley Agro", "Plains Aerostructures", "Harbour Developers"]
)
def test_an_agribusiness_an_airframe_maker_or_a_developer_is_a_body(
    name: str, gazetteer: Gazetteer
) -> None:
    text = f"{name} said on Monday that the order would be late."
    assert typed(text, [(name, "GPE")], gazetteer) == {name: "ORG"}


@pytest.mark.parametrize(
    ("short", "whole"), [("Atlético", "Atlético Madrid"), ("Newcastle", "Newcastle United")]
)
def test_sides_short_names_listed_together_are_the_sides(
    short: str, whole: str, enricher: Enricher
) -> None:
    text = (
        "Bayern Munich agreed a fee with FC Porto for the winger, beating Newcastle United "
        'and Atlético Madrid to the signing. "Newcastle and Atlético were very respectful '
        'and we thank them," his agent said.'
    )
    assert holding(enrich(enricher, text), short).name == whole


def test_a_name_listed_with_places_stays_apart_from_a_body_named_after_it(
    enricher: Enricher,
) -> None:
    text = (
        "The Tamsin Valley Council met on Monday. Farmers from Tamsin and Kerrow said "
        "the plan would flood their land."
    )
    enriched = enrich(enricher, text)
    assert holding(enriched, "Tamsin").name != holding(enriched, "Tamsin Valley Council").name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            '"Our farmers can only dream of this soil," said Rajesh Srivastava, the group\'s '
            "managing director, at a signing ceremony in Jinja.",
            "Rajesh Srivastava",
            "PERSON",
        ),
        (
            "The Tamsin Parish Police Jury, the parish's governing body, approved a tax "
            "exemption on Monday.",
            "Tamsin Parish Police Jury",
            "ORG",
        ),
        (
            "Two of his former deputies and a property developer, Artan Gjoni, were "
            "sentenced to between three and five years. Gjoni denied the charges.",
            "Artan Gjoni",
            "PERSON",
        ),
        (
            "Shares rose after the developer Kestrel Homes said sales were up.",
            "Kestrel Homes",
            "ORG",
        ),
    ],
    ids=["an owner's role", "an owner's body", "a developer who is a person", "a firm"],
)
def test_an_apposition_is_typed_by_its_head_not_by_its_owner(
    text: str, name: str, kind: str, enricher: Enricher
) -> None:
    assert holding(enrich(enricher, text), name).type == kind
