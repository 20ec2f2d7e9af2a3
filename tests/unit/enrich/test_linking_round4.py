"""Round 4's linking rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from newsflow_enrich.domain import load_ner_pipeline
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.cleaning import name_pieces
from newsflow_enrich.domain.linking.document import Document
from newsflow_enrich.domain.linking.heads import head_type
from newsflow_enrich.domain.linking.mentions import find_mentions
from newsflow_enrich.domain.linking.nationalities import is_nationality
from newsflow_enrich.domain.mentions import RawEntity
from newsflow_enrich.domain.parse_cues import raw_entities
from tests.unit.enrich.linking_helpers import article_of as _article
from tests.unit.enrich.linking_helpers import found_mentions as _found
from tests.unit.enrich.linking_helpers import linked, mentioned, typed


@pytest.fixture(scope="module")
def nlp() -> Language:
    pipeline: Language = load_ner_pipeline()
    return pipeline


def _cue(nlp: Language, text: str, name: str) -> RawEntity:
    (found,) = [r for r in raw_entities(nlp(text)) if text[r.start : r.end] == name]
    return found


@pytest.mark.parametrize(
    ("text", "tagged", "whole"),
    [
        # a given name the model left before the rest of the name
        (
            "Its chief executive, Marisol Belén Ocampo Quiroga, told analysts it would wait.",
            "Belén Ocampo Quiroga",
            "Marisol Belén Ocampo Quiroga",
        ),
        # two of them, after a lower-case word
        (
            "She beat the home favourite Ana Lucía Ferrer Garza in three sets.",
            "Ferrer Garza",
            "Ana Lucía Ferrer Garza",
        ),
        # a last name the model left after the rest, before a comma or a full stop
        (
            "The union's president, Octavio Berrío Salas, told workers to stay out.",
            "Octavio Berrío",
            "Octavio Berrío Salas",
        ),
        ("She thanked her coach, the Catalan Jordi Puigvert Casals.", "Jordi Puigvert", None),
    ],
)
def test_a_full_name_missing_its_first_or_last_word_is_made_whole(
    text: str, tagged: str, whole: str | None, gazetteer: Gazetteer
) -> None:
    expected = whole or "Jordi Puigvert Casals"
    assert expected in _found(text, [(tagged, "PERSON")], gazetteer)


@pytest.mark.parametrize(
    ("text", "tagged", "kept"),
    [
        # a place's name before the person's is not a given name
        (
            "Fans came from San Pedro Garza García and beyond.",
            [("San", "GPE"), ("Garza García", "PERSON")],
            "Garza García",
        ),
        # nor a title, a role, a weekday, a people, or a word the article writes in lower case
        (
            "The Lieutenant-Colonel Guillaume Ndjoko said the road was open.",
            [("Guillaume Ndjoko", "PERSON")],
            "Guillaume Ndjoko",
        ),
        (
            "A ruling by Ombudsman Leonora Macaraeg-Villareal was upheld.",
            [("Leonora Macaraeg-Villareal", "PERSON")],
            "Leonora Macaraeg-Villareal",
        ),
        ("On Tuesday Lindiwe Mokoena said no.", [("Lindiwe Mokoena", "PERSON")], "Lindiwe Mokoena"),
        ("The Dane Mikkel Strand won.", [("Mikkel Strand", "PERSON")], "Mikkel Strand"),
        (
            "Critics were sharp. Critics Maren Olsen and Tor Dahl agreed.",
            [("Maren Olsen", "PERSON")],
            "Maren Olsen",
        ),
        # on the right, a word that runs on into more capitals may be another name's
        (
            "He backed Marta Vidal Garcia Lopez in the vote.",
            [("Marta Vidal", "PERSON")],
            "Marta Vidal",
        ),
    ],
)
def test_a_neighbouring_capitalised_word_that_is_no_name_part_stays_out(
    text: str, tagged: list[tuple[str, str]], kept: str, gazetteer: Gazetteer
) -> None:
    assert kept in _found(text, tagged, gazetteer)


def test_a_sentence_opening_word_joins_only_when_the_article_uses_it_inside_a_sentence(
    gazetteer: Gazetteer,
) -> None:
    opener = "Meanwhile Lindiwe Mokoena said no. The board met."
    assert "Lindiwe Mokoena" in _found(opener, [("Lindiwe Mokoena", "PERSON")], gazetteer)
    used = "Abebe Tadesse Alemu won the race. Fans chanted for Abebe."
    tagged = [("Tadesse Alemu", "PERSON"), ("Abebe", "PERSON")]
    assert "Abebe Tadesse Alemu" in _found(used, tagged, gazetteer)


def test_american_council_titles_are_a_person_s(gazetteer: Gazetteer) -> None:
    text = "The motion, sponsored by Councilwoman Dolores Quintana-Baca, passed."
    found = _found(text, [("Councilwoman Dolores Quintana-Baca", "ORG")], gazetteer)
    assert "Dolores Quintana-Baca" in found


def test_a_role_noun_followed_by_a_name_describes_that_name_not_the_one_before(
    nlp: Language,
) -> None:
    text = "Writing in the Daily Clarion, the critic Hanna Berglund praised the recording."
    (clarion,) = [r for r in raw_entities(nlp(text)) if "Clarion" in text[r.start : r.end]]
    assert clarion.described_as != "PERSON"


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        # "known in <country> as" defines an acronym as "known as" does
        (
            "The Hungarian Tennis Association, known in Hungary as the MTSZ, will pay. "
            "The MTSZ said so on Monday.",
            "Hungarian Tennis Association",
            "MTSZ",
        ),
        # a common noun before the definition stands for the organisation with that head
        (
            "The Swedish Curling Association fined two clubs. A spokesman for the association, "
            "known in Sweden by its Swedish initials SCF, said the fines stood. The SCF met.",
            "Swedish Curling Association",
            "SCF",
        ),
        # in brackets after an organisation's name, half the letters are enough
        (
            "Clearing rose, according to the National Institute for Space Research (INPE), "
            "whose satellites watch the forest. The INPE figures are central.",
            "National Institute for Space Research",
            "INPE",
        ),
    ],
)
def test_an_acronym_defined_in_another_language_or_after_a_noun_joins_its_name(
    text: str, long: str, short: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, {long: "ORG", short: "ORG"}), gazetteer)
    assert entities[short] is entities[long]


def test_a_bracketed_credit_after_a_person_s_name_is_no_acronym_of_it(
    gazetteer: Gazetteer,
) -> None:
    text = "The picture of Ana Lucía Ferrer (AFP) ran on Monday. AFP sent it."
    entities = linked(mentioned(text, {"Ana Lucía Ferrer": "PERSON", "AFP": "ORG"}), gazetteer)
    assert entities["AFP"] is not entities["Ana Lucía Ferrer"]


def test_an_untagged_surname_in_a_person_s_context_is_a_mention(gazetteer: Gazetteer) -> None:
    text = (
        "The novel was translated by Sophie Ardern-Wyatt last year. "
        "Ardern-Wyatt, who grew up in Shropshire, learned the language in Hanoi."
    )
    found = _found(text, [("Sophie Ardern-Wyatt", "ORG"), ("Shropshire", "GPE")], gazetteer)
    assert "Ardern-Wyatt" in found


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        # no context says a person is meant
        ("It was translated by Sophie Ardern-Wyatt. Ardern-Wyatt prizes are rare.", "Sophie"),
        # a surname with its particle is not the surname alone
        ("Du Plessis kicked well. Jan-Hendrik du Plessis, who is 24, kicked again.", "Du"),
        # an organisation's head word is no surname
        ("Hudson Trust rose. Its Trust said nothing.", "Hudson"),
    ],
)
def test_a_name_s_last_word_without_a_person_s_context_is_left_alone(
    text: str, tagged: str, gazetteer: Gazetteer
) -> None:
    name = re.match(rf"{tagged}[\w -]*?(?= [a-z]|\.)", text[text.index(tagged) :])
    assert name is not None
    found = _found(text, [(name.group(), "ORG")], gazetteer)
    assert found == {name.group()}


def test_a_full_name_whose_surname_the_text_gives_a_person_is_a_person_s(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "It was translated by Sophie Ardern-Wyatt last year. "
        "Ardern-Wyatt, who grew up in Shropshire, learned Vietnamese."
    )
    document = mentioned(text, {"Sophie Ardern-Wyatt": "ORG", "Ardern-Wyatt": "PERSON"})
    entities = linked(document, gazetteer)
    assert entities["Ardern-Wyatt"] is entities["Sophie Ardern-Wyatt"]
    assert entities["Ardern-Wyatt"].type == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Its sponsors include the electronics maker Hoshino Denki, whose chairman sits.",
            "Hoshino Denki",
        ),
        (
            "The cost is real, said an analyst at the Accra brokerage Databank Frontier.",
            "Databank Frontier",
        ),
    ],
)
def test_a_compound_maker_and_trade_nouns_describe_a_company(
    nlp: Language, text: str, name: str
) -> None:
    assert _cue(nlp, text, name).described_as == "ORG"


def test_a_company_is_found_again_without_its_designator(gazetteer: Gazetteer) -> None:
    text = (
        "Volta is owned by the Savanna Telecom Group, which said it would pay. "
        "Savanna Telecom, which also runs networks in Zambia, said so in Johannesburg."
    )
    entities = linked(mentioned(text, {"Savanna Telecom Group": "ORG"}), gazetteer)
    assert entities["Savanna Telecom"] is entities["Savanna Telecom Group"]


def test_an_organisation_s_descriptor_service_says_organisation(nlp: Language) -> None:
    text = "The claim went through Acorn, the workplace arbitration service, last spring."
    assert _cue(nlp, text, "Acorn").described_as == "ORG"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Empresa Salteña de Aguas", "ORG"),  # the head first, as Romance languages put it
        ("Universidade Federal do Pará", "ORG"),
        ("Harmadik Kiadó", "ORG"),  # a publisher in Hungarian
        ("Lok Kalyan Dal", "ORG"),  # a party in Hindi
        ("Ana Lucía Ferrer", None),
        ("Banco Street", "PLACE"),  # only the first word is read as a foreign head
        ("Guardia Civil", "ORG"),
        ("Knesset", "ORG"),  # a legislature's own name, alone
        ("Congress", "ORG"),
        ("North York Moors", "PLACE"),
    ],
)
def test_foreign_head_words_name_an_organisation(name: str, kind: str | None) -> None:
    assert head_type(name) == kind


def test_an_irish_deputy_s_letters_and_an_advocate_s_title_are_no_part_of_a_name(
    gazetteer: Gazetteer,
) -> None:
    text = "Seosamh Ó Briain TD said the plan was late. Adv Thandi Mokoena, who led it, agreed."
    found = _found(
        text,
        [("Seosamh Ó Briain TD", "PERSON"), ("Adv", "PERSON"), ("Thandi Mokoena", "PERSON")],
        gazetteer,
    )
    assert {"Seosamh Ó Briain", "Thandi Mokoena"} <= found
    assert not found & {"Seosamh Ó Briain TD", "Adv"}


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ('"People from Ardley will go to Banbury," she said.', "Ardley", "ORG"),
        ("Mothers from Cedar Bluff deliver in the car park.", "Cedar Bluff", "ORG"),
        ("Senator Musa Bello, who represents Kwara Central, objected.", "Kwara Central", "PERSON"),
        ("The member for Tregaron North, Cllr Elin Rhys, objected.", "Tregaron North", "PERSON"),
        ("The fighters took Kadugli after the fall of Um Sayala last year.", "Um Sayala", "ORG"),
        ("They have imposed a blockade on Nioro since May.", "Nioro", "ORG"),
        ("The final was played at Estadio Valle Alto on Sunday.", "Estadio Valle Alto", "ORG"),
        ("The riders climbed the Col de la Croix Blanche.", "Col de la Croix Blanche", "ORG"),
    ],
)
def test_where_people_come_from_a_seat_war_and_foreign_place_words_say_place(
    text: str, name: str, label: str, gazetteer: Gazetteer
) -> None:
    entities = linked(mentioned(text, {name: label}), gazetteer)
    assert entities[name].type == "PLACE"


def test_a_people_named_by_cutting_ia_from_its_country_is_a_nationality(
    gazetteer: Gazetteer,
) -> None:
    found = find_mentions(
        Document(_article("The Slovak scored twice."), (RawEntity(4, 10, "PERSON"),)), gazetteer
    )
    assert [m.label for m in found.mentions] == ["NORP"]
    assert not is_nationality("Russ", gazetteer)  # a given name, too short to say


def test_the_town_a_player_comes_from_is_a_club(gazetteer: Gazetteer) -> None:
    text = "The club confirmed the arrival of the goalkeeper Nils Vogt from Freiburg."
    entities = linked(mentioned(text, {"Nils Vogt": "PERSON", "Freiburg": "GPE"}), gazetteer)
    assert entities["Freiburg"].type == "ORG"
    moved = "The family of Nils Vogt moved from Freiburg in May."
    entities = linked(mentioned(moved, {"Nils Vogt": "PERSON", "Freiburg": "GPE"}), gazetteer)
    assert entities["Freiburg"].type == "PLACE"


def test_the_only_person_s_first_name_tagged_an_organisation_joins_that_person(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Almaz Bekele Tesfaye, the Ethiopian runner who won in Berlin, was banned. "
        "The ban runs until 2030, when Almaz will be 33."
    )
    labels = {"Almaz Bekele Tesfaye": "PERSON", "Almaz": "ORG", "Berlin": "GPE"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Almaz"] is entities["Almaz Bekele Tesfaye"]


def test_a_name_whose_possessive_stands_before_a_person_s_name_is_no_person(
    gazetteer: Gazetteer,
) -> None:
    text = "Several councillors objected. Fine Gael's Declan Kilbride, who sits for Tuam, said no."
    names = [("Fine Gael", "PERSON"), ("Declan Kilbride", "FAC"), ("Tuam", "GPE")]
    types = typed(text, names, gazetteer)
    assert types["Fine Gael"] == "ORG"
    assert types["Declan Kilbride"] == "PERSON"


@pytest.mark.parametrize("label", ["PERSON", "NORP"])
def test_a_people_s_name_followed_by_who_is_no_person(label: str, gazetteer: Gazetteer) -> None:
    text = "Ifan Castell-Evans, a Welshman who won the cup, signed on Monday."
    types = typed(text, [("Ifan Castell-Evans", "PERSON"), ("Welshman", label)], gazetteer)
    assert types["Welshman"] == "NORP"


@pytest.mark.parametrize(
    ("text", "name", "label", "piece"),
    [
        (
            "The ruling Justice and Development Party rejected that.",
            "Justice and Development Party",
            "ORG",
            "Justice and Development Party",
        ),
        ("The riders crossed the Col du Galibier at noon.", "Col du Galibier", "LOC", None),
        # a title before a lower-case description still goes
        (
            "Chief meteorologist Rebecca Holt said so.",
            "Chief meteorologist Rebecca Holt",
            "ORG",
            "Rebecca Holt",
        ),
    ],
)
def test_a_title_word_before_a_linking_word_is_part_of_the_name(
    text: str, name: str, label: str, piece: str | None
) -> None:
    start = text.index(name)
    pieces = [text[s:e] for s, e in name_pieces(text, start, start + len(name), label)]
    assert pieces == [piece or name]
