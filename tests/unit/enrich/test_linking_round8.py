"""Round 8's linking rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.heads import head_type
from tests.unit.enrich.linking_helpers import article_of, entity_of
from tests.unit.enrich.linking_helpers import found_mentions as _found


@pytest.mark.parametrize(
    "owned",
    ["chairman, Oskar Lind,", "group chief executive", "shares rose 4%", "managing director"],
)
def test_a_name_whose_possessive_has_a_firm_s_officer_or_shares_is_an_organisation(
    owned: str, gazetteer: Gazetteer
) -> None:
    text = f"Talvik's {owned} on Monday. Talvik said it would close the plant."
    names = [("Talvik", "PERSON"), ("Talvik", "PERSON")]
    entity = entity_of(text, names, "Talvik", gazetteer)
    assert entity.type == "ORG"


def test_a_person_s_spokesman_leaves_the_person_a_person(gazetteer: Gazetteer) -> None:
    text = "Ingrid Sollberg lost the vote. Sollberg's spokesman declined to comment."
    names = [("Ingrid Sollberg", "PERSON"), ("Sollberg", "PERSON")]
    assert entity_of(text, names, "Sollberg", gazetteer).type == "PERSON"


def test_a_name_whose_first_word_alone_is_a_company_is_no_person(gazetteer: Gazetteer) -> None:
    text = (
        "Marevo Telekom was founded in 1998. Marevo's chairman, Oskar Lind, backed the deal."
        " Shares in Marevo rose."
    )
    names = [("Marevo Telekom", "PERSON"), ("Marevo", "ORG"), ("Oskar Lind", "PERSON")]
    names.append(("Marevo", "ORG"))
    entity = entity_of(text, names, "Marevo Telekom", gazetteer)
    assert not entity.is_person
    assert entity.type == "ORG"
    assert "Marevo" in entity.forms


def test_a_first_word_joins_a_name_that_is_itself_with_a_legal_form_after(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Korvane Mobile Bhd agreed to merge. Korvane Mobile will keep its brand. Korvane"
        " gained 9% in Kuala Lumpur."
    )
    names = [("Korvane Mobile Bhd", "ORG"), ("Korvane Mobile", "ORG"), ("Korvane", "ORG")]
    entity = entity_of(text, names, "Korvane", gazetteer)
    assert {"Korvane Mobile Bhd", "Korvane Mobile"} <= set(entity.forms)


def test_a_name_followed_by_which_is_no_person(gazetteer: Gazetteer) -> None:
    text = "Aldeno, which runs 300 shops, said sales fell. Aldeno said it would hire."
    names = [("Aldeno", "PERSON"), ("Aldeno", "PERSON")]
    assert entity_of(text, names, "Aldeno", gazetteer).type == "ORG"


def test_which_after_a_writer_s_name_speaks_of_the_work(gazetteer: Gazetteer) -> None:
    text = "The prize went to The Salt Road by the Chilean writer Inés Barraza, which sold well."
    names = [("Inés Barraza", "PERSON")]
    assert entity_of(text, names, "Inés Barraza", gazetteer).type == "PERSON"


def test_what_a_person_is_of_is_no_person(gazetteer: Gazetteer) -> None:
    text = "In the final, Tomaž Kranjec of Vodnik Celje won the 200m in 1:49.02."
    names = [("Tomaž Kranjec", "PERSON"), ("Vodnik Celje", "PERSON")]
    entity = entity_of(text, names, "Vodnik Celje", gazetteer)
    assert entity.type == "ORG"
    assert entity_of(text, names, "Tomaž Kranjec", gazetteer).type == "PERSON"


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("TARVALE, Norway — Fishermen blocked the harbour on Monday.", (0, 7)),
        ("PORT ELWOOD - A ferry ran aground on Tuesday.", (0, 11)),
        ("A headline without a stop\nKILDRAVEN: The council met on Monday.", (26, 35)),
        ("EXCLUSIVE: The council met on Monday.", None),
        ("NATO, the alliance, met on Monday.", None),
    ],
)
def test_the_body_s_opening_place_in_capitals_is_its_dateline(
    text: str, dateline: tuple[int, int] | None
) -> None:
    assert article_of(text).dateline == dateline


def test_a_dateline_the_model_missed_is_a_place(gazetteer: Gazetteer) -> None:
    text = "TARVALE, Norway — Tarvale Harbour Board said the quay would close."
    names = [("Norway", "GPE"), ("Tarvale Harbour Board", "ORG")]
    assert "TARVALE" in _found(text, names, gazetteer)
    entity = entity_of(text, names, "TARVALE", gazetteer)
    assert entity.type == "PLACE"
    assert "Tarvale Harbour Board" not in entity.forms


def test_a_tagged_dateline_is_a_place_whatever_the_model_called_it(
    gazetteer: Gazetteer,
) -> None:
    text = "KELDBY — A fire closed the mill. Keldby Mill said Keldby would rebuild."
    names = [("KELDBY", "ORG"), ("Keldby", "ORG")]
    assert entity_of(text, names, "KELDBY", gazetteer).type == "PLACE"


@pytest.mark.parametrize(
    ("text", "tagged_as", "name"),
    [
        (
            "Haldane Brewing plc, Malta's oldest brewer, said it would appeal.",
            "Haldane Brewing plc",
            "Haldane Brewing plc",
        ),
        (
            "A fire at the Prairie Resins Inc. plant was put out.",
            "the Prairie Resins Inc.",
            "Prairie Resins Inc.",
        ),
        (
            "The deal was signed by Arvo Holdings Corp.",
            "Arvo Holdings Corp.",
            "Arvo Holdings Corp.",
        ),
    ],
)
def test_a_company_keeps_its_legal_form_in_lower_case_or_with_its_full_stop(
    text: str, tagged_as: str, name: str, gazetteer: Gazetteer
) -> None:
    assert name in _found(text, [(tagged_as, "ORG")], gazetteer)


def test_a_company_with_its_legal_form_joins_its_name_without(gazetteer: Gazetteer) -> None:
    text = "Prairie Resins Inc. closed the plant. Prairie Resins said it would reopen."
    names = [("Prairie Resins Inc.", "ORG"), ("Prairie Resins", "ORG")]
    entity = entity_of(text, names, "Prairie Resins", gazetteer)
    assert "Prairie Resins Inc." in entity.forms


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Gulf Fisheries Council", "ORG"),
        ("Mount Carmel Hospital", "ORG"),
        ("Lake Tana Ports", "ORG"),
        ("Gulf of Aden", "PLACE"),
        ("Lake Tana", "PLACE"),
    ],
)
def test_an_organisation_s_head_word_last_outranks_a_place_s_word_first(
    name: str, kind: str
) -> None:
    assert head_type(name) == kind


@pytest.mark.parametrize(
    "name",
    [
        "Kestrel Kapital AG",
        "Banco Andino SA",
        "Mizzi Lautier Advocates",
        "Tsinandali Hills Vineyards",
        "Apex Torque Racing",
    ],
)
def test_a_legal_form_or_a_firm_s_trade_ending_a_name_makes_an_organisation(name: str) -> None:
    assert head_type(name) == "ORG"


def test_a_first_word_alone_is_the_company_not_its_brands(gazetteer: Gazetteer) -> None:
    text = (
        "Varda Retail Group priced its listing. Varda runs shops under the Varda Express and"
        " Varda Go brands. Varda said demand was strong."
    )
    names = [("Varda Retail Group", "ORG"), ("Varda", "ORG"), ("Varda Express", "ORG")]
    names += [("Varda Go", "ORG"), ("Varda", "ORG")]
    entity = entity_of(text, names, "Varda", gazetteer)
    assert "Varda Retail Group" in entity.forms
    assert "Varda Express" not in entity.forms


def test_a_name_joins_itself_with_a_european_legal_form(gazetteer: Gazetteer) -> None:
    text = "Kestrel Kapital AG froze its fund. Kestrel Kapital said redemptions would resume."
    names = [("Kestrel Kapital AG", "ORG"), ("Kestrel Kapital", "PERSON")]
    entity = entity_of(text, names, "Kestrel Kapital", gazetteer)
    assert "Kestrel Kapital AG" in entity.forms
    assert entity.type == "ORG"


def test_a_commune_or_a_canton_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Villagers travelled overnight from the commune of Prek Thnot, in Kandal province."
    names = [("Prek Thnot", "PERSON"), ("Kandal", "GPE")]
    assert entity_of(text, names, "Prek Thnot", gazetteer).type == "PLACE"
    assert {noun_type(n) for n in ("canton", "communes", "crater", "volcano")} == {"PLACE"}


def test_a_town_s_name_traded_as_shares_is_the_firm_named_for_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Mazabuka Breweries agreed to the offer. Shares in Mazabuka rose 9% on the news."
        " Mazabuka brews six lagers."
    )
    names = [("Mazabuka Breweries", "ORG"), ("Mazabuka", "GPE"), ("Mazabuka", "GPE")]
    entity = entity_of(text, names, "Mazabuka Breweries", gazetteer)
    assert "Mazabuka" in entity.forms
    assert entity.type == "ORG"


def test_a_town_named_as_a_place_stays_apart_from_its_firm(gazetteer: Gazetteer) -> None:
    text = "Mazabuka Breweries is based in Mazabuka. Farmers near Mazabuka grow the barley."
    names = [("Mazabuka Breweries", "ORG"), ("Mazabuka", "GPE"), ("Mazabuka", "GPE")]
    entity = entity_of(text, names, "Mazabuka", gazetteer)
    assert "Mazabuka Breweries" not in entity.forms


def test_a_full_name_the_model_missed_is_found_from_its_surname(gazetteer: Gazetteer) -> None:
    text = (
        "Botha, 24, missed the conversion. Earlier the fly-half, Pieter-Jan Botha, had kicked"
        " a penalty. Fans of Du Toit, who plays for Sale, cheered the fly-half Jan-Hendrik"
        " du Toit."
    )
    entity = entity_of(text, [("Botha", "ORG")], "Botha", gazetteer)
    assert "Pieter-Jan Botha" in entity.forms
    assert entity.type == "PERSON"
    assert "Jan-Hendrik du Toit" in _found(
        text, [("Botha", "ORG"), ("Du Toit", "PERSON")], gazetteer
    )


@pytest.mark.parametrize(
    ("text", "names", "full"),
    [
        (
            "The firm was founded by Jean-Marc Yao Kouadio in 1998. Kouadio, who remains"
            " chairman, said sales rose.",
            [("Jean-Marc", "ORG"), ("Kouadio", "PERSON")],
            "Jean-Marc Yao Kouadio",
        ),
        (
            "Hollis said the bill would fail. The vote was called by Minority Leader Frank"
            " Hollis on Monday.",
            [("Hollis", "PERSON")],
            "Frank Hollis",
        ),
        (
            "Restrepo said he was tired. The stage went to the Colombian Julián Restrepo.",
            [("Restrepo", "PERSON")],
            "Julián Restrepo",
        ),
    ],
)
def test_the_given_names_before_a_surname_stop_at_a_role_or_a_nationality(
    text: str, names: list[tuple[str, str]], full: str, gazetteer: Gazetteer
) -> None:
    found = _found(text, names, gazetteer)
    assert full in found
    assert not any(full in name and name != full for name in found)
    assert full.split()[0] not in found


def test_a_surname_with_its_particle_alone_joins_the_full_name(gazetteer: Gazetteer) -> None:
    text = "The fly-half Jan-Hendrik du Toit kicked a penalty. Du Toit, under pressure, kicked out."
    names = [("Jan-Hendrik du Toit", "PERSON"), ("Du Toit", "ORG")]
    entity = entity_of(text, names, "Du Toit", gazetteer)
    assert "Jan-Hendrik du Toit" in entity.forms
    assert entity.type == "PERSON"


def test_an_acronym_s_long_form_reads_past_in(gazetteer: Gazetteer) -> None:
    text = "Monitors from the European Union Mission in Kosovo (EUMK) patrolled. EUMK said so."
    names = [("the European Union Mission", "ORG"), ("Kosovo", "GPE"), ("EUMK", "ORG")]
    entity = entity_of(text, names, "EUMK", gazetteer)
    assert "European Union Mission in Kosovo" in entity.forms


def test_known_as_whatever_the_letters_stops_before_in_and_a_place(gazetteer: Gazetteer) -> None:
    text = "It was built at Charles Palacký University in Prague, known as UKCP, last year."
    names = [("Charles Palacký University", "ORG"), ("Prague", "GPE")]
    entity = entity_of(text, names, "Prague", gazetteer)
    assert entity.forms == ["Prague"]
    assert entity.type == "PLACE"


def test_a_translated_association_keeps_its_own_language_s_acronym(gazetteer: Gazetteer) -> None:
    text = "Sales fell, the Slovene Publishers and Booksellers Association (ZKSZ) said. ZKSZ met."
    names = [("Slovene Publishers", "ORG"), ("Booksellers Association", "ORG"), ("ZKSZ", "ORG")]
    entity = entity_of(text, names, "ZKSZ", gazetteer)
    assert "Slovene Publishers and Booksellers Association" in entity.forms


def test_a_clause_opener_is_no_given_name_before_a_surname(gazetteer: Gazetteer) -> None:
    text = "Wieczorek, who won, was tired. But Wieczorek smiled."
    found = _found(text, [("Wieczorek", "PERSON")], gazetteer)
    assert "But Wieczorek" not in found


def test_a_name_the_model_tagged_whole_keeps_its_label(gazetteer: Gazetteer) -> None:
    text = "On Monday Eli Lilly raised its forecast. Lilly said demand for its drugs was strong."
    names = [("Eli Lilly", "ORG"), ("Lilly", "ORG")]
    assert entity_of(text, names, "Eli Lilly", gazetteer).type == "ORG"
