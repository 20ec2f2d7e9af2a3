"""Acronyms bound to the long form they were defined with."""

from newsflow_enrich.domain.linking.acronyms import find_acronyms
from tests.unit.enrich.linking_helpers import long_forms


def test_an_acronym_binds_to_the_capitalised_words_before_it() -> None:
    text = (
        "It will be scrutinised by the Competition and Markets Authority (CMA), which said "
        "little. Denis Pushilin, leader of the so-called Donetsk People's Republic (DPR), spoke."
    )
    assert long_forms(text) == {
        "CMA": "Competition and Markets Authority",
        "DPR": "Donetsk People's Republic",
    }


def test_every_later_use_of_the_acronym_is_found() -> None:
    text = "The Environment Agency (EA) issued warnings. The EA said more would follow."
    (acronym,) = find_acronyms(text)
    assert [text[s:e] for s, e in acronym.occurrences] == ["EA", "EA"]


def test_a_foreign_acronym_may_keep_its_own_letter_order() -> None:
    text = "She will talk to the Social Democratic Party (SPD) about it."
    assert long_forms(text) == {"SPD": "Social Democratic Party"}


def test_brackets_that_do_not_spell_the_words_bind_nothing() -> None:
    assert long_forms("Vladimir Putin (pictured) spoke to Reuters Television (AP).") == {}


def test_known_as_binds_an_acronym_without_brackets() -> None:
    text = (
        "The review falls to the Bureau of Industry and Security, known as the BIS, which "
        "reports in March. Water is run by Natural Resources Wales, known as NRW. Drugs are "
        "judged by the National Institute for Health and Care Excellence, known as Nice."
    )
    assert long_forms(text) == {
        "BIS": "Bureau of Industry and Security",
        "NRW": "Natural Resources Wales",
        "Nice": "National Institute for Health and Care Excellence",
    }


def test_a_foreign_acronym_in_another_order_still_binds() -> None:
    text = "Offices of the National Electoral Institute (INE) will close."
    assert long_forms(text) == {"INE": "National Electoral Institute"}


def test_the_long_form_starts_where_its_initials_spell_the_acronym() -> None:
    text = (
        "The Opposition Leader, Mark Dunmore of the Liberal National Party (LNP), said no. "
        "The court ordered the National Environmental Licensing Authority (ANLA) to act."
    )
    assert long_forms(text) == {
        "LNP": "Liberal National Party",
        "ANLA": "National Environmental Licensing Authority",
    }


def test_known_by_its_initials_binds_like_known_as() -> None:
    text = (
        "The case was brought by the Association of Coffee Growers of Northern Peru, known "
        "by its Spanish initials, ACNP, with help from lawyers."
    )
    assert long_forms(text) == {"ACNP": "Association of Coffee Growers of Northern Peru"}


def test_known_as_one_word_of_the_name_is_a_short_form_not_an_acronym() -> None:
    text = "The largest buyer, Shenzhen Lanfeng Microelectronics, known as Lanfeng, said no."
    assert long_forms(text) == {"Lanfeng": "Shenzhen Lanfeng Microelectronics"}
