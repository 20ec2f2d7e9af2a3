"""The cues parse_cues.py reads from the tokens, each held to the example it was written
for, with the real model (no parser in the pipeline): the package's own NER weights, which
the examples were written against, since what is under test is the cue, not the tagging."""

import pytest
from spacy.language import Language

from tests.unit.enrich.linking_helpers import cue


@pytest.mark.parametrize(
    ("text", "name", "adjectival"),
    [
        ("Ukrainian troops have advanced into the town.", "Ukrainian", True),
        ("He met Chinese and Emirati officials in May.", "Emirati", True),
        ("Ukraine pushes further into occupied territory.", "Ukraine", False),
        (
            "Ferries were cancelled between Cairnryan and Belfast and trees fell.",
            "Cairnryan",
            False,
        ),
        # after a preposition and before a place noun, a name names the place
        (
            "Uganda's troops are deployed further north in Ituri province against a group.",
            "Ituri",
            False,
        ),
        ("Two Republicans hold the balance in the Senate.", "Republicans", False),
    ],
)
def test_a_one_word_demonym_before_a_noun_is_an_adjective(
    package_nlp: Language, text: str, name: str, adjectival: bool
) -> None:
    assert cue(package_nlp, text, name).adjectival is adjectival


def test_the_items_of_a_list_share_their_type(package_nlp: Language) -> None:
    text = "Met Eireann issued a wind warning for counties Galway, Mayo and Donegal, saying so."
    assert cue(package_nlp, text, "Mayo").listed_with == "PLACE"  # spaCy calls Mayo an ORG
    assert cue(package_nlp, "Troops left Galway, Mayo, then Sligo.", "Mayo").listed_with is None


def test_a_list_runs_over_items_spacy_did_not_tag(package_nlp: Language) -> None:
    text = "The clinics will run in Winnipeg, Brandon, Steinbach, Winkler and Portage la Prairie."
    assert cue(package_nlp, text, "Winkler").listed_with == "PLACE"  # spaCy calls Winkler a person


@pytest.mark.parametrize(
    ("text", "name", "described_as"),
    [
        ("The SPD leader, Thomas Krüger, said his party would wait.", "Thomas Krüger", "PERSON"),
        (
            "Sharon Graham, general secretary of Unite, said she would fight.",
            "Sharon Graham",
            "PERSON",
        ),
        ("Otieno, a former finance executive, conceded defeat.", "Otieno", "PERSON"),
        ("Soldiers pushed into the town of Bilohorivka on Monday.", "Bilohorivka", "PLACE"),
        (
            "In Brussels, a spokesman for the European Commission declined to comment.",
            "Brussels",
            None,
        ),
        ("Troops fought in Donetsk, called on his fellow separatists to vote.", "Donetsk", None),
        # the noun before a phrase on a preposition, before the comma
        (
            "The agency's spokeswoman in Juba, Marta Llanes Cortina, said more had crossed.",
            "Marta Llanes Cortina",
            "PERSON",
        ),
        # a possessive's owner is not what the name is
        ("The state's bursar, Michael Torrens, said so.", "Michael Torrens", None),
        # the subject after an opening phrase is no apposition
        (
            "Speaking at Festival Hall, the orchestra's home in the Nakanoshima district, "
            "Mori said she wanted younger ears.",
            "Mori",
            None,
        ),
        # a compound and a clause after the head noun
        (
            "They were ordered by Clyde Marine Holdings, the state-owned company that buys them.",
            "Clyde Marine Holdings",
            "ORG",
        ),
        # a relative clause is not an apposition
        (
            "Its sponsors include the electronics company Daitō Denki, whose chairman, "
            "Ishikawa Tetsuo, sits on the board.",
            "Daitō Denki",
            "ORG",
        ),
        # after an opening preposition, a place noun still describes the name
        ("In Sittwe, the state capital, residents reported shelling.", "Sittwe", "PLACE"),
    ],
)
def test_a_common_noun_beside_a_name_says_what_it_is(
    package_nlp: Language, text: str, name: str, described_as: str | None
) -> None:
    assert cue(package_nlp, text, name).described_as == described_as
