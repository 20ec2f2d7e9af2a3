"""Round 50's rule, on small invented sentences written in ordinary news style: another
name of the same thing, said after "which is", after "nicknamed" or "called", after
"formerly known as", and a place's other name after a preposition."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import one_entity


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The map was drawn by the Mineral Survey of Tarsova, which is still widely known"
            " by its old initials KPRT. KPRT said 900 homes were at risk.",
            {"Mineral Survey of Tarsova": "ORG", "KPRT": "ORG"},
            ("Mineral Survey of Tarsova", "KPRT"),
        ),
        (
            "The loan was arranged by the National Office of Maps and Archives, which runs the"
            " archive and is known by its Spanish initials CEDRA. CEDRA lent 60 pieces.",
            {"National Office of Maps and Archives": "ORG", "CEDRA": "ORG"},
            ("National Office of Maps and Archives", "CEDRA"),
        ),
        (
            "The final was played at the Harbour Sports Ground, which is also known as the"
            " Kofi Mensah Arena. The Kofi Mensah Arena holds 40,000 people.",
            {"Harbour Sports Ground": "FAC", "Kofi Mensah Arena": "FAC"},
            ("Harbour Sports Ground", "Kofi Mensah Arena"),
        ),
        (
            "Vilnor Rovers, nicknamed Stormbirds after the gulls over their ground, lost again."
            " Stormbirds fans booed the players off.",
            {"Vilnor Rovers": "ORG", "Stormbirds": "PERSON"},
            ("Vilnor Rovers", "Stormbirds"),
        ),
        (
            "Port Hallam, called Kewanu in the Tarra language, was a trading post for two"
            " centuries. Kewanu still holds a market each Friday.",
            {"Port Hallam": "GPE", "Kewanu": "PERSON"},
            ("Port Hallam", "Kewanu"),
        ),
        (
            "Tessby, which was called Tessingborg under Swedish rule, lands most of the catch."
            " Boats from Tessingborg sail at dawn.",
            {"Tessby": "GPE", "Tessingborg": "GPE"},
            ("Tessby", "Tessingborg"),
        ),
        (
            "Families travel between the town and communities such as Warralinga, formerly"
            " known as Mount Pell, west of the ranges. Mount Pell has one clinic.",
            {"Warralinga": "GPE", "Mount Pell": "GPE"},
            ("Warralinga", "Mount Pell"),
        ),
        (
            "The telescope was installed at Ridge B, also known as Ridge Boreas, by last"
            " summer's team. Ridge Boreas is the coldest site on the plateau.",
            {"Ridge B": "LOC", "Ridge Boreas": "LOC"},
            ("Ridge B", "Ridge Boreas"),
        ),
    ],
    ids=[
        "an acronym after which is",
        "an acronym after a clause and is",
        "a name after which is",
        "a nickname",
        "called in a language",
        "called under a rule",
        "formerly known as",
        "a place after a preposition",
    ],
)
def test_another_name_said_outright_is_the_same_entity(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert one_entity(text, labels, forms, gazetteer)


@pytest.mark.parametrize(
    ("text", "labels", "forms"),
    [
        (
            "The opposition leader, Ana Moreno, called Pedro Lidel's plan a disgrace on"
            " Tuesday. Lidel did not reply.",
            {"Ana Moreno": "PERSON", "Pedro Lidel": "PERSON"},
            ("Ana Moreno", "Pedro Lidel"),
        ),
        (
            "The telescope was installed at Ridge B, also known as Ridge Holdings, which"
            " built it. Ridge Holdings declined to comment.",
            {"Ridge B": "LOC", "Ridge Holdings": "ORG"},
            ("Ridge B", "Ridge Holdings"),
        ),
        (
            "Cargo moves through the port of Kisumu, also known as Mombasa, each week.",
            {"Kisumu": "GPE", "Mombasa": "GPE"},
            ("Kisumu", "Mombasa"),
        ),
    ],
    ids=["called as a verb", "a body's name after a place", "two places the gazetteer knows"],
)
def test_a_name_that_is_not_the_others_stays_apart(
    text: str, labels: dict[str, str], forms: tuple[str, str], gazetteer: Gazetteer
) -> None:
    assert not one_entity(text, labels, forms, gazetteer)
