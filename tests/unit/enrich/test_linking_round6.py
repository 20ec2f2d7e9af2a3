"""Round 6's linking rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.document import Entity
from newsflow_enrich.domain.linking.nationalities import is_nationality
from newsflow_enrich.domain.linking.passes import run_passes
from tests.unit.enrich.linking_helpers import entity_of as _entity_of
from tests.unit.enrich.linking_helpers import found_mentions as _found
from tests.unit.enrich.linking_helpers import tagged


@pytest.mark.parametrize(
    "name",
    [
        "Ministry of Fisheries, Forestry and Water",
        "Department for Energy, Mines and Lands",
        "the Ministry of Youth, Sport and Heritage",
    ],
)
def test_the_remits_of_a_body_listed_with_commas_stay_in_its_name(
    name: str, gazetteer: Gazetteer
) -> None:
    text = f"A spokesman for {name} declined to comment."
    assert name.removeprefix("the ") in _found(text, [(name, "ORG")], gazetteer)


def test_a_list_of_names_with_commas_is_still_cut(gazetteer: Gazetteer) -> None:
    text = "Flights from Lisbon, Porto and Faro were cancelled."
    found = _found(text, [("Lisbon, Porto and Faro", "GPE")], gazetteer)
    assert {"Lisbon", "Porto and Faro"} <= found or {"Lisbon", "Porto", "Faro"} <= found


@pytest.mark.parametrize(
    ("text", "names", "whole"),
    [
        (
            "A report by the National Board of Museums and Archives found damp in the vaults.",
            [("the National Board of Museums", "ORG"), ("Archives", "ORG")],
            "National Board of Museums and Archives",
        ),
        (
            "The Ministry of Ports and Shipping said the berth would reopen.",
            [("The Ministry of Ports", "ORG")],
            "Ministry of Ports and Shipping",
        ),
        (
            "The Caribbean Association of Banana and Citrus Growers, which lobbies for farmers,"
            " objected.",
            [("The Caribbean Association of Banana", "ORG")],
            "Caribbean Association of Banana and Citrus Growers",
        ),
    ],
)
def test_a_body_s_name_cut_at_the_and_of_its_remits_is_made_whole(
    text: str, names: list[tuple[str, str]], whole: str, gazetteer: Gazetteer
) -> None:
    assert whole in _found(text, names, gazetteer)


@pytest.mark.parametrize(
    ("text", "names", "body"),
    [
        # the second name is tagged on its own elsewhere
        (
            "The Ministry of Health and Oxfam signed the plan. Oxfam said it would help.",
            [("The Ministry of Health", "ORG"), ("Oxfam", "ORG"), ("Oxfam", "ORG")],
            "Ministry of Health",
        ),
        # the second name is a place
        (
            "The Ministry of Trade and Nairobi disagreed about the levy.",
            [("The Ministry of Trade", "ORG"), ("Nairobi", "GPE")],
            "Ministry of Trade",
        ),
        # the capitalised words run on into another name
        (
            "The Ministry of Health and Save the Children signed the plan.",
            [("The Ministry of Health", "ORG"), ("Save the Children", "ORG")],
            "Ministry of Health",
        ),
    ],
)
def test_a_name_after_the_and_that_stands_on_its_own_is_not_taken(
    text: str, names: list[tuple[str, str]], body: str, gazetteer: Gazetteer
) -> None:
    assert body in _found(text, names, gazetteer)


def test_an_arabic_article_joined_to_the_next_word_ends_the_name(gazetteer: Gazetteer) -> None:
    text = "Trucks queued near Ksar el-Kebir for two days. Drivers slept in Dar es Salaam."
    names = [("Ksar", "GPE"), ("Dar es Salaam", "GPE")]
    assert {"Ksar el-Kebir", "Dar es Salaam"} <= _found(text, names, gazetteer)


@pytest.mark.parametrize(
    ("text", "names", "opened", "name"),
    [
        (
            '"But Lindqvist never gave up," the coach said.',
            [("But Lindqvist", "PERSON")],
            "But Lindqvist",
            "Lindqvist",
        ),
        (
            '"Against Harrogate, at home, we should win," he said.',
            [("Against Harrogate", "ORG")],
            "Against Harrogate",
            "Harrogate",
        ),
    ],
)
def test_a_word_that_opens_a_clause_is_no_part_of_a_name(
    text: str, names: list[tuple[str, str]], opened: str, name: str, gazetteer: Gazetteer
) -> None:
    found = _found(text, names, gazetteer)
    assert name in found
    assert opened not in found


def test_a_clause_opener_before_a_surname_is_no_given_name(gazetteer: Gazetteer) -> None:
    text = (
        "Tomasz Wieczorek, who won the stage, was tired. "
        '"It was hard," Wieczorek said. But Wieczorek smiled.'
    )
    names = [("Tomasz Wieczorek", "PERSON"), ("Wieczorek", "PERSON")]
    assert "But Wieczorek" not in _found(text, names, gazetteer)


def test_a_given_name_the_model_called_a_place_joins_the_surname_used_alone(
    gazetteer: Gazetteer,
) -> None:
    text = "Marinescu, 41, denies it. Prosecutors say Ionel-Sorin Marinescu moved the money abroad."
    names = [("Marinescu", "PERSON"), ("Ionel-Sorin", "GPE")]
    found = _found(text, names, gazetteer)
    assert "Ionel-Sorin Marinescu" in found
    assert "Ionel-Sorin" not in found


def test_a_town_before_a_surname_is_not_taken_for_a_given_name(gazetteer: Gazetteer) -> None:
    text = "Fans in Paris Marinescu had never met cheered. Marinescu, 41, waved."
    names = [("Paris", "GPE"), ("Marinescu", "PERSON")]
    assert "Paris Marinescu" not in _found(text, names, gazetteer)


def test_a_given_name_opening_a_sentence_before_a_person_s_surname_is_kept(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The trials ended on Sunday. Tahlia Brennan-Voss won the single sculls. "
        '"It was close," said Brennan-Voss, 22, who rows for Victoria.'
    )
    names = [("Tahlia Brennan-Voss", "GPE"), ("Brennan-Voss", "PERSON")]
    entity = _entity_of(text, names, "Tahlia Brennan-Voss", gazetteer)
    assert entity.type == "PERSON"
    assert "Brennan-Voss" in entity.forms


def test_a_surname_a_speech_verb_marks_takes_its_particles_and_given_name(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The study was led by Professor Femke van der Heijden, a neurologist in Leiden. "
        '"It is a small step," van der Heijden said.'
    )
    names = [("Femke", "PERSON"), ("Heijden", "GPE"), ("Heijden", "ORG")]
    found = _found(text, names, gazetteer)
    assert {"Femke van der Heijden", "van der Heijden"} <= found
    entity = _entity_of(text, names, "Femke van der Heijden", gazetteer)
    assert entity.type == "PERSON"


def _joined(text: str, names: list[tuple[str, str]], gazetteer: Gazetteer, *forms: str) -> Entity:
    """The one entity holding every one of these forms."""
    done = run_passes(tagged(text, names), gazetteer)
    holders = {id(e): e for e in done.entities for f in forms if f in e.forms}
    assert len(holders) == 1, [e.forms for e in holders.values()]
    (entity,) = holders.values()
    return entity


@pytest.mark.parametrize(
    ("text", "names", "long", "short"),
    [
        (
            "The Energy Regulatory Office, or ERO, fined the utility. ERO said it would appeal.",
            [("The Energy Regulatory Office", "ORG"), ("ERO", "ORG"), ("ERO", "ORG")],
            "Energy Regulatory Office",
            "ERO",
        ),
        # letters of another language, in another order
        (
            "The Securities Supervisory Commission, or CSS, opened a case. CSS declined to say"
            " more.",
            [("The Securities Supervisory Commission", "ORG"), ("CSS", "ORG"), ("CSS", "ORG")],
            "Securities Supervisory Commission",
            "CSS",
        ),
    ],
)
def test_an_acronym_after_or_in_commas_is_the_name_s(
    text: str, names: list[tuple[str, str]], long: str, short: str, gazetteer: Gazetteer
) -> None:
    assert _joined(text, names, gazetteer, long, short).type == "ORG"


def test_an_acronym_after_or_whose_letters_do_not_fit_binds_nothing(gazetteer: Gazetteer) -> None:
    text = "Samples went to the Ministry of Health, or WHO, for tests. WHO said it had them."
    names = [("the Ministry of Health", "ORG"), ("WHO", "ORG"), ("WHO", "ORG")]
    ministry = _entity_of(text, names, "Ministry of Health", gazetteer)
    assert "WHO" not in ministry.forms


def test_initials_a_body_uses_after_its_common_noun_bind_the_body(gazetteer: Gazetteer) -> None:
    text = (
        "The strike was called by the National Union of Dock and Harbour Workers, which"
        " wants higher pay. The union, which uses the Portuguese initials SNTPD, says it"
        " has 9,000 members. SNTPD said talks had failed."
    )
    long = "National Union of Dock and Harbour Workers"
    names = [(long, "ORG"), ("SNTPD", "ORG"), ("SNTPD", "ORG")]
    assert _joined(text, names, gazetteer, long, "SNTPD").type == "ORG"


def test_an_acronym_spelling_a_name_the_model_called_a_person_s_is_a_firm(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Convoys run by Baltic Cargo Lines were halted. BCL moves most of the port's"
        " timber. BCL said its drivers were not on strike."
    )
    names = [("Baltic Cargo Lines", "PERSON"), ("BCL", "ORG"), ("BCL", "ORG")]
    assert _joined(text, names, gazetteer, "Baltic Cargo Lines", "BCL").type == "ORG"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Wells tapping the Wanaka Flats aquifer are running dry.", "Wanaka Flats"),
        ("Farmers on the Ruvu delta lost their rice.", "Ruvu"),
        ("Health officials in the country's Kivu Sud province said cases rose.", "Kivu Sud"),
    ],
)
def test_a_name_before_a_noun_of_land_or_water_is_a_place(
    text: str, name: str, gazetteer: Gazetteer
) -> None:
    entity = _entity_of(text, [(name, "ORG")], name, gazetteer)
    assert entity.type == "PLACE"


def test_a_company_before_plant_is_still_a_company(gazetteer: Gazetteer) -> None:
    text = "Workers at the Volkora Motors plant walked out. Volkora Motors said talks go on."
    entity = _entity_of(
        text, [("Volkora Motors", "ORG"), ("Volkora Motors", "ORG")], "Volkora Motors", gazetteer
    )
    assert entity.type == "ORG"


def test_a_surname_alone_drops_the_arabic_article(gazetteer: Gazetteer) -> None:
    text = (
        "The minister, Khalid Mahmoud al-Dulaimi, visited the dam. "
        '"We will not wait," Dulaimi said.'
    )
    names = [("Khalid Mahmoud al-Dulaimi", "PERSON"), ("Dulaimi", "PERSON")]
    assert _joined(text, names, gazetteer, "Khalid Mahmoud al-Dulaimi", "Dulaimi").type == (
        "PERSON"
    )


@pytest.mark.parametrize(
    ("text", "names", "forms"),
    [
        # a double surname a speech verb marks, tagged an organisation
        (
            "The mayor of the town, Inês Carvalho Matos, said the council would fight. "
            "Carvalho Matos said jobs mattered most.",
            [("Inês Carvalho Matos", "PERSON"), ("Carvalho Matos", "ORG")],
            ("Inês Carvalho Matos", "Carvalho Matos"),
        ),
        # a longer name, tagged an organisation, ending in a person's full name
        (
            '"We will appeal," chief executive Rui Tavares Lobo told analysts. '
            '"It is a loss," Tavares Lobo said.',
            [("Rui Tavares Lobo", "ORG"), ("Tavares Lobo", "PERSON")],
            ("Rui Tavares Lobo", "Tavares Lobo"),
        ),
    ],
)
def test_a_double_surname_that_speaks_joins_the_one_full_name_ending_so(
    text: str, names: list[tuple[str, str]], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert _joined(text, names, gazetteer, *forms).type == "PERSON"


def test_a_double_surname_two_full_names_end_with_stays_apart(gazetteer: Gazetteer) -> None:
    text = (
        "Inês Carvalho Matos and her brother Paulo Carvalho Matos run the firm. "
        "Carvalho Matos said jobs mattered most."
    )
    names = [
        ("Inês Carvalho Matos", "PERSON"),
        ("Paulo Carvalho Matos", "PERSON"),
        ("Carvalho Matos", "ORG"),
    ]
    inês = _entity_of(text, names, "Inês Carvalho Matos", gazetteer)
    assert "Carvalho Matos" not in inês.forms


@pytest.mark.parametrize("tagged_as", ["Anti-Doping Commission", "Kenya's Anti-Doping Commission"])
def test_hyphenated_words_give_an_initial_for_each_capitalised_part(
    tagged_as: str, gazetteer: Gazetteer
) -> None:
    text = (
        "Kenya's Anti-Doping Commission (ADC) has charged two runners. "
        "The ADC said the samples were taken in May."
    )
    names = [(tagged_as, "ORG"), ("ADC", "ORG"), ("ADC", "ORG")]
    entity = _joined(text, names, gazetteer, "Anti-Doping Commission", "ADC")
    assert "Kenya's Anti-Doping Commission" not in entity.forms


def test_a_law_named_after_a_body_is_not_the_body(gazetteer: Gazetteer) -> None:
    text = (
        "The Anti-Doping Commission said it would appeal. Under the Anti-Doping "
        "Commission Act, a ban can last four years."
    )
    names = [("The Anti-Doping Commission", "ORG"), ("the Anti-Doping Commission Act", "LAW")]
    body = _entity_of(text, names, "Anti-Doping Commission", gazetteer)
    assert "Anti-Doping Commission Act" not in body.forms
    assert body.type == "ORG"


def test_the_first_of_two_surnames_alone_with_a_cue_is_the_person(gazetteer: Gazetteer) -> None:
    text = (
        "Ecuador's Julián Cevallos Ortega is third overall. "
        "Cevallos, 24, who rides for a Quito team, attacked twice."
    )
    found = _found(text, [("Julián Cevallos Ortega", "PERSON")], gazetteer)
    assert "Cevallos" in found


def test_a_name_with_an_acronym_of_its_own_is_no_person(gazetteer: Gazetteer) -> None:
    text = (
        "Metalurgia Boreal Ibérica (MBI) will shut a furnace. Metalurgia Boreal Ibérica said "
        "demand fell. Metalurgia Boreal Ibérica employs 900 people."
    )
    names = [
        ("Metalurgia Boreal Ibérica", "PERSON"),
        ("MBI", "ORG"),
        ("Metalurgia Boreal Ibérica", "PERSON"),
        ("Metalurgia Boreal Ibérica", "PERSON"),
    ]
    assert _joined(text, names, gazetteer, "Metalurgia Boreal Ibérica", "MBI").type == "ORG"


def test_a_person_with_a_title_keeps_the_initials_the_press_gives_him(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Governor Faisal Tariq Hamdan (FTH) met the envoy. "
        "Faisal Tariq Hamdan said the talks went well."
    )
    names = [("Faisal Tariq Hamdan", "PERSON"), ("FTH", "ORG"), ("Faisal Tariq Hamdan", "PERSON")]
    assert _joined(text, names, gazetteer, "Faisal Tariq Hamdan", "FTH").type == "PERSON"


def test_shares_in_a_name_make_it_no_person_s(gazetteer: Gazetteer) -> None:
    text = (
        "Shares in Ferro Lusitano rose 3%. Ferro Lusitano was privatised in 1995. "
        "Ferro Lusitano said orders had recovered."
    )
    names = [("Ferro Lusitano", "GPE"), ("Ferro Lusitano", "PERSON"), ("Ferro Lusitano", "PERSON")]
    done = run_passes(tagged(text, names), gazetteer)
    (entity,) = [e for e in done.entities if "Ferro Lusitano" in e.forms]
    assert not entity.is_person


def test_a_union_is_an_organisation(gazetteer: Gazetteer) -> None:
    text = "The Malawi Football Union fined the club. The Malawi Football Union said so."
    names = [("The Malawi Football Union", "PERSON"), ("The Malawi Football Union", "PERSON")]
    entity = _entity_of(text, names, "Malawi Football Union", gazetteer)
    assert entity.type == "ORG"


def test_a_company_is_found_again_without_its_legal_words(gazetteer: Gazetteer) -> None:
    text = (
        "The land was leased to Silver Delta Rubber Co Ltd in 2011. Villagers say "
        "Silver Delta Rubber never paid them. SDR said it had paid in full."
    )
    names = [("Silver Delta Rubber Co Ltd", "ORG"), ("SDR", "ORG")]
    entity = _joined(text, names, gazetteer, "Silver Delta Rubber Co Ltd", "SDR")
    assert "Silver Delta Rubber" in entity.forms


def test_a_boulevard_is_a_place(gazetteer: Gazetteer) -> None:
    text = "Protesters gathered on Sisowath Boulevard before dawn."
    done = run_passes(tagged(text, [("Sisowath Boulevard", "PERSON")]), gazetteer)
    (entity,) = done.entities
    assert entity.type == "PLACE"


@pytest.mark.parametrize("word", ["Kazakh", "Uzbek", "Afghan", "Moroccan", "Mexican"])
def test_peoples_named_from_a_stan_or_an_o_country_are_nationalities(
    word: str, gazetteer: Gazetteer
) -> None:
    assert is_nationality(word, gazetteer)


@pytest.mark.parametrize("word", ["Logan", "Milan", "Morgan", "Susan"])
def test_names_ending_so_are_no_nationalities(word: str, gazetteer: Gazetteer) -> None:
    assert not is_nationality(word, gazetteer)


def test_coun_is_a_councillor_s_title(gazetteer: Gazetteer) -> None:
    text = "The amendment was moved by Coun. Priya Ramsaran, who chairs the board."
    found = _found(text, [("Coun", "PERSON"), ("Priya Ramsaran", "PERSON")], gazetteer)
    assert "Coun" not in found
    assert "Priya Ramsaran" in found
