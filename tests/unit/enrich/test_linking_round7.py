"""Round 7's linking rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain import Enricher
from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.passes import run_passes
from tests.unit.enrich.linking_helpers import enrich, holding, tagged
from tests.unit.enrich.linking_helpers import entity_of as _entity_of
from tests.unit.enrich.linking_helpers import found_mentions as _found


@pytest.mark.parametrize(
    ("text", "long", "acronym"),
    [
        (
            "Grants are made by the State Culture Capital Foundation (VKKF), which funds"
            " translation. VKKF said the budget would grow.",
            "State Culture Capital Foundation",
            "VKKF",
        ),
        (
            "The Guatemalan Football Federation (FEDEFUT) suspended the coach. FEDEFUT gave"
            " no reason.",
            "Guatemalan Football Federation",
            "FEDEFUT",
        ),
    ],
)
def test_a_translated_body_keeps_its_own_language_s_acronym_in_brackets(
    text: str, long: str, acronym: str, gazetteer: Gazetteer
) -> None:
    names = [(long, "ORG"), (acronym, "ORG")]
    entity = _entity_of(text, names, long, gazetteer)
    assert acronym in entity.forms
    assert entity.type == "ORG"


def test_a_bracketed_credit_after_a_name_with_no_body_head_binds_nothing(
    gazetteer: Gazetteer,
) -> None:
    text = "The striker Mateo Ruiz Blanco (EFE) scored twice. EFE said the club would appeal."
    names = [("Mateo Ruiz Blanco", "PERSON"), ("EFE", "ORG")]
    entity = _entity_of(text, names, "Mateo Ruiz Blanco", gazetteer)
    assert "EFE" not in entity.forms


def test_a_comma_before_the_ends_the_name_an_acronym_defines(gazetteer: Gazetteer) -> None:
    text = (
        "Races are run by the sport's governing body in Scotland, the Scottish Cycling"
        " Union (SCYU). SCYU said the course was safe."
    )
    names = [("Scotland", "GPE"), ("the Scottish Cycling Union", "ORG"), ("SCYU", "ORG")]
    done = run_passes(tagged(text, names), gazetteer)
    forms = {f for e in done.entities for f in e.forms}
    assert "Scottish Cycling Union" in forms
    assert not any(f.startswith("Scotland,") for f in forms)
    (union,) = [e for e in done.entities if "SCYU" in e.forms]
    assert "Scottish Cycling Union" in union.forms


def test_a_list_of_remits_with_commas_still_makes_one_name(gazetteer: Gazetteer) -> None:
    text = (
        "The Ministry of Agriculture, Forestry and Fisheries (MAFF) set the quota. MAFF said"
        " stocks were low."
    )
    long = "Ministry of Agriculture, Forestry and Fisheries"
    entity = _entity_of(text, [(long, "ORG"), ("MAFF", "ORG")], "MAFF", gazetteer)
    assert long in entity.forms


def test_a_double_surname_alone_is_found_again(gazetteer: Gazetteer) -> None:
    text = (
        "Peña Almonte scores 29 as the hosts win.\n"
        "The opposite hitter Yokaira Peña Almonte scored 29 points on Sunday."
    )
    entity = _entity_of(
        text, [("Yokaira Peña Almonte", "PERSON")], "Yokaira Peña Almonte", gazetteer
    )
    assert "Peña Almonte" in entity.forms


def test_the_first_surname_after_two_given_names_with_a_cue_is_the_person(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The company's chief executive, Luis Alberto Chiriboga Andrade, spent $3m. "
        "Chiriboga said the trial would finish in May."
    )
    names = [("Luis Alberto Chiriboga Andrade", "PERSON")]
    assert "Chiriboga" in _found(text, names, gazetteer)
    entity = _entity_of(text, names, "Luis Alberto Chiriboga Andrade", gazetteer)
    assert "Chiriboga" in entity.forms


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Anglican bishop of Mendi, Bishop Paul Kerowa, called for calm.",
            [("Bishop", "ORG"), ("Paul Kerowa", "PERSON")],
        ),
        (
            "The Clerk of the Course, Aidan Fegan, said the race would go ahead.",
            [("The Clerk", "PERSON"), ("Aidan Fegan", "PERSON")],
        ),
        (
            "Her barrister, Nadia Okwu-Barnes KC, told the court the case was weak.",
            [("Nadia Okwu-Barnes", "PERSON"), ("KC", "ORG")],
        ),
        (
            "The local MLA, Colette Boudreau, said the ferry must run.",
            [("MLA", "ORG"), ("Colette Boudreau", "PERSON")],
        ),
    ],
)
def test_a_title_office_or_role_tagged_alone_names_nobody(
    text: str, names: list[tuple[str, str]], gazetteer: Gazetteer
) -> None:
    done = run_passes(tagged(text, names), gazetteer)
    forms = {f for e in done.entities for f in e.forms}
    assert forms & {"Bishop", "Clerk", "The Clerk", "KC", "MLA"} == set()
    assert any(e.type == "PERSON" and len(e.name.split()) == 2 for e in done.entities)


def test_a_title_with_a_possessive_is_still_a_name(gazetteer: Gazetteer) -> None:
    text = "She won at Queen's on Sunday and will play at Queen's again next year."
    found = _found(text, [("Queen", "ORG"), ("Queen", "ORG")], gazetteer)
    assert "Queen" in found


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Fisheries minister Hélène d'Auteuil said the wharf would be rebuilt.",
            "Hélène d'Auteuil",
            "PERSON",
        ),
        (
            "Loans came from the state lender Banque Nationale d'Investissement last year.",
            "Banque Nationale d'Investissement",
            "ORG",
        ),
        (
            "The final was played at the Palacio de los Deportes on Sunday.",
            "Palacio de los Deportes",
            "FAC",
        ),
        (
            "Its director, Dr Salma bint Khalid Haddad, urged calm.",
            "Salma bint Khalid Haddad",
            "PERSON",
        ),
    ],
)
def test_elided_articles_plural_articles_and_daughter_of_stay_in_the_name(
    text: str, name: str, label: str, gazetteer: Gazetteer
) -> None:
    assert name in _found(text, [(name, label)], gazetteer)


def test_an_acronym_takes_the_initial_after_an_elided_article(gazetteer: Gazetteer) -> None:
    text = (
        "The plant is financed by Banque Nationale d'Investissement (BNI). BNI said the loan"
        " was secure."
    )
    long = "Banque Nationale d'Investissement"
    entity = _entity_of(text, [(long, "ORG"), ("BNI", "ORG"), ("BNI", "ORG")], "BNI", gazetteer)
    assert long in entity.forms


def test_given_names_before_binti_join_the_name_whatever_the_model_called_them(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The fund was set up with his partner, Siti Aminah binti Yusof, who runs its risk"
        " team. Siti Aminah said the loans were safe."
    )
    names = [("Siti Aminah", "ORG"), ("Yusof", "PERSON"), ("Siti Aminah", "ORG")]
    assert "Siti Aminah binti Yusof" in _found(text, names, gazetteer)


@pytest.mark.parametrize(
    ("text", "names", "whole"),
    [
        (
            "Vaccine came from the Public Health Agency of Canada, which keeps a reserve.",
            [("the Public Health Agency", "ORG"), ("Canada", "GPE")],
            "Public Health Agency of Canada",
        ),
        (
            "Samples went to the National University of Lesotho for tests.",
            [("the National University", "ORG"), ("Lesotho", "GPE")],
            "National University of Lesotho",
        ),
    ],
)
def test_a_body_followed_by_of_and_a_place_is_one_name(
    text: str, names: list[tuple[str, str]], whole: str, gazetteer: Gazetteer
) -> None:
    found = _found(text, names, gazetteer)
    assert whole in found
    assert names[1][0] not in found


def test_a_company_of_a_town_stays_apart_from_the_town(gazetteer: Gazetteer) -> None:
    text = "The drug was made by Caldera Therapeutics of Cambridge, a small biotech."
    found = _found(text, [("Caldera Therapeutics", "ORG"), ("Cambridge", "GPE")], gazetteer)
    assert {"Caldera Therapeutics", "Cambridge"} <= found


def test_a_body_s_last_remit_before_and_a_lower_case_word_is_kept(gazetteer: Gazetteer) -> None:
    text = "The event has the support of the Ministry of Culture and Tourism and a sponsor."
    names = [("the Ministry of Culture", "ORG"), ("Tourism", "ORG")]
    assert "Ministry of Culture and Tourism" in _found(text, names, gazetteer)


def test_a_company_s_legal_form_stays_with_its_name_found_again(gazetteer: Gazetteer) -> None:
    text = (
        "Teluk Digital agreed to buy a rival. KUALA LUMPUR: Teluk Digital Bhd said on Monday"
        " it would pay cash."
    )
    entity = _entity_of(text, [("Teluk Digital", "ORG")], "Teluk Digital", gazetteer)
    assert "Teluk Digital Bhd" in entity.forms


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Korat Bay Capital froze redemptions on Friday.",
            "Korat Bay Capital",
            "PERSON",
        ),
        ("Pupils at Lincoln Elementary will move next year.", "Lincoln Elementary", "PERSON"),
        ("The regulator fined Veldhoven Chemie for price fixing.", "Veldhoven Chemie", "PERSON"),
        ("The trial was paid for by Altiplano Farma, a drugmaker.", "Altiplano Farma", "PERSON"),
        ("The contract went to Química del Ebro last year.", "Química del Ebro", "PERSON"),
        (
            "The stadium is home to Lokomotiv Sofia, who lost on Sunday.",
            "Lokomotiv Sofia",
            "PERSON",
        ),
        ("Readings from the Vilnius Observatory were sent to Riga.", "Vilnius Observatory", "GPE"),
        ("The contract went to Red Sea Ports on Monday.", "Red Sea Ports", "LOC"),
        (
            "The patients were moved to Hospital Regional de Loja.",
            "Hospital Regional de Loja",
            "GPE",
        ),
        ("The final was won by HK Zlín in Prague.", "HK Zlín", "GPE"),
    ],
)
def test_head_words_of_firms_schools_and_clubs_make_an_organisation(
    text: str, name: str, label: str, gazetteer: Gazetteer
) -> None:
    assert _entity_of(text, [(name, label)], name, gazetteer).type == "ORG"


def test_a_given_name_opening_a_sentence_joins_a_name_an_age_marks(gazetteer: Gazetteer) -> None:
    text = (
        "The hearing resumed on Monday.\n\nRustam Karimovich Tashkentov, 61, who ran the state"
        " bank, denies the charges."
    )
    names = [("Karimovich Tashkentov", "PERSON")]
    assert "Rustam Karimovich Tashkentov" in _found(text, names, gazetteer)


def test_a_name_after_a_role_noun_is_whole_when_only_its_surname_was_tagged(
    gazetteer: Gazetteer,
) -> None:
    text = "The finance minister, Mutale Banda, said the deal would be studied. Banda left."
    names = [("Banda", "ORG"), ("Banda", "ORG")]
    found = _found(text, names, gazetteer)
    assert "Mutale Banda" in found
    entity = _entity_of(text, names, "Mutale Banda", gazetteer)
    assert entity.type == "PERSON"
    assert "Banda" in entity.forms


def test_a_river_a_body_is_named_for_is_not_the_body(gazetteer: Gazetteer) -> None:
    text = (
        "Barges stopped on the Warta this week. The Warta Basin Authority said levels were"
        " low. Towns on the Warta rely on the trade."
    )
    names = [("Warta", "ORG"), ("The Warta Basin Authority", "ORG"), ("Warta", "ORG")]
    done = run_passes(tagged(text, names), gazetteer)
    (authority,) = [e for e in done.entities if "Warta Basin Authority" in e.forms]
    assert "Warta" not in authority.forms
    (river,) = [e for e in done.entities if "Warta" in e.forms]
    assert river.type == "PLACE"


@pytest.mark.parametrize(
    ("long", "acronym"),
    [
        ("Union pour le Progrès Social", "UPS"),
        ("Compañía Minera del Norte", "CMN"),
    ],
)
def test_an_acronym_skips_the_small_words_of_names_in_romance_languages(
    long: str, acronym: str, gazetteer: Gazetteer
) -> None:
    text = f"The vote was a test for the {long} ({acronym}). {acronym} said it had won."
    words = long.split()
    names = [(words[0], "ORG"), (" ".join(words[-2:]), "PERSON"), (acronym, "ORG")]
    entity = _entity_of(text, names, acronym, gazetteer)
    assert long in entity.forms


def test_the_people_of_a_two_word_country_is_a_nationality(gazetteer: Gazetteer) -> None:
    text = "Costa Rican court halts dam approval"
    entity = _entity_of(text, [("Costa Rican", "PERSON")], "Costa Rican", gazetteer)
    assert entity.type == "NORP"


@pytest.mark.parametrize("role", ["chair", "treasurer", "epidemiologist", "skipper"])
def test_more_role_nouns_before_a_name_make_it_a_person_s(role: str) -> None:
    assert noun_type(role) == "PERSON"


def test_a_name_after_its_role_and_a_comma_is_a_person_s(enricher: Enricher) -> None:
    enriched = enrich(
        enricher,
        "The bank's supervisory board said its chair, Anouk de Vries-Bakker, would lead the"
        " search for a successor.",
    )
    assert holding(enriched, "Anouk de Vries-Bakker").type == "PERSON"


def test_a_known_place_after_in_is_a_place_whatever_people_the_model_saw(
    gazetteer: Gazetteer,
) -> None:
    text = "Wells in Tarragona are running dry, farmers said."
    assert _entity_of(text, [("Tarragona", "NORP")], "Tarragona", gazetteer).type == "PLACE"


def test_a_language_after_in_stays_a_people_s_word(gazetteer: Gazetteer) -> None:
    text = "The novel was first published in Catalan last year."
    assert _entity_of(text, [("Catalan", "NORP")], "Catalan", gazetteer).type == "NORP"


def test_a_first_name_the_model_called_a_building_joins_the_only_person_with_it(
    gazetteer: Gazetteer,
) -> None:
    text = (
        'Solveig Brekke won the race on Sunday. "I am happy for Solveig," her rival said.'
        ' "Solveig has one now."'
    )
    names = [("Solveig Brekke", "PERSON"), ("Solveig", "FAC"), ("Solveig", "PERSON")]
    person = _entity_of(text, names, "Solveig Brekke", gazetteer)
    assert "Solveig" in person.forms
    assert person.type == "PERSON"


@pytest.mark.parametrize("rank", ["Superintendent", "Detective Inspector", "Constable"])
def test_a_police_rank_is_a_title_before_a_name(rank: str, gazetteer: Gazetteer) -> None:
    text = f"The provincial police commander, {rank} Samuel Kombra, said 14 men were held."
    found = _found(text, [(f"{rank} Samuel Kombra", "PERSON")], gazetteer)
    assert "Samuel Kombra" in found
