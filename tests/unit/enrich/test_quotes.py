"""Quotations and their speakers, on hand-made text (no model needed)."""

from newsflow_enrich.domain.attribution import PersonMention, attribute
from newsflow_enrich.domain.quotes import find_quote_spans


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_spans(text)]


def people(text: str, *names: str) -> list[PersonMention]:
    """Every occurrence of each name, the entity index being the name's position."""
    found = []
    for index, name in enumerate(names):
        at = text.find(name)
        while at >= 0:
            found.append(PersonMention(at, at + len(name), index))
            at = text.find(name, at + 1)
    return sorted(found, key=lambda p: p.start)


def speakers(text: str, *names: str) -> list[str | None]:
    indexes = attribute(text, find_quote_spans(text), people(text, *names))
    return [names[i] if i is not None else None for i in indexes]


def test_an_apostrophe_never_closes_a_quote() -> None:
    text = "\u2018It\u2019s a lie, and Zelensky\u2019s men know it,\u2019 Peskov said."
    assert quoted(text) == ["It\u2019s a lie, and Zelensky\u2019s men know it,"]


def test_a_plural_possessive_does_not_close_a_quote_early() -> None:
    text = "\u2018The barge became the occupiers\u2019 submarine force,\u2019 the military said."
    assert quoted(text) == ["The barge became the occupiers\u2019 submarine force,"]


def test_a_plural_before_a_function_word_does_close_a_quote() -> None:
    text = (
        "The storm was \u2018stalled over the Pennines\u2019 and would move. \u2018It is bad.\u2019"
    )
    assert quoted(text) == ["stalled over the Pennines", "It is bad."]


def test_scare_quotes_are_not_quotations() -> None:
    assert quoted("Troops are \u2018panicking\u2019, he said, and \u2018cannon fodder\u2019.") == []


def test_straight_quotes_work_like_typographic_ones() -> None:
    text = '"We came to build a government," Albrecht told reporters. It\'s late.'
    assert quoted(text) == ["We came to build a government,"]
    assert speakers(text, "Albrecht") == ["Albrecht"]


def test_the_speaker_after_the_quote_and_a_continuation() -> None:
    text = (
        "\u2018We have built something here,\u2019 Okafor said. \u2018Every engineer stays.\u2019"
    )
    assert speakers(text, "Okafor") == ["Okafor", "Okafor"]


def test_the_speaker_before_the_quote_and_across_paragraphs() -> None:
    text = (
        "Summing up, Zelensky said: \u2018We are holding our positions firmly.\n\n"
        "\u2018We warned the soldiers that they have two options.\n\n"
        "\u2018Thanks to the service, we are confident.\u2019"
    )
    assert speakers(text, "Zelensky") == ["Zelensky"] * 3


def test_a_person_after_the_verb_and_its_object_is_not_the_speaker() -> None:
    text = (
        "The chairman, Joseph Kamau, said the law was followed. "
        "\u201cEvery result is published,\u201d he told reporters at the Bomas of Kenya."
    )
    assert speakers(text, "Joseph Kamau", "Bomas") == ["Joseph Kamau"]


def test_it_said_is_no_person_and_he_said_is_the_last_person_named() -> None:
    text = (
        "\u2018The situation remains tense, but under control,\u2019 it said.\n\n"
        "Otieno thanked voters. \u201cThe campaign is over now,\u201d he said."
    )
    assert speakers(text, "Otieno") == [None, "Otieno"]
