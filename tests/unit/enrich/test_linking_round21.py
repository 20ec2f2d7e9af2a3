"""Round 21's rule, on small invented sentences written in ordinary news style: a surname
that opens with its particles, written alone ("van der Westhuizen said")."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import entity_of, found_mentions


@pytest.mark.parametrize(
    ("text", "full", "alone"),
    [
        (
            "The board chairman, Johannes van der Westhuizen, backed the plan. "
            '"We are ready," van der Westhuizen told reporters on Monday.',
            "Johannes van der Westhuizen",
            "van der Westhuizen",
        ),
        (
            "Swaleh Abdalla bin Omar, the former commissioner, denied wrongdoing. "
            "The court heard that bin Omar's lawyer would appeal.",
            "Swaleh Abdalla bin Omar",
            "bin Omar",
        ),
        (
            "Judge Hélène de Saint-Aubin ruled on Friday. "
            "In her ruling, de Saint-Aubin said the sale was void.",
            "Hélène de Saint-Aubin",
            "de Saint-Aubin",
        ),
        (
            "The curator, Ingrid van Wijngaarden-Bos, bought it at auction. "
            "Van Wijngaarden-Bos declined to name the price.",
            "Ingrid van Wijngaarden-Bos",
            "Van Wijngaarden-Bos",
        ),
    ],
)
def test_a_surname_with_its_particles_alone_is_the_person(
    text: str, full: str, alone: str, gazetteer: Gazetteer
) -> None:
    names = [(full, "PERSON")]
    assert alone in found_mentions(text, names, gazetteer)
    assert {full, alone} <= set(entity_of(text, names, alone, gazetteer).forms)


def test_the_first_of_a_double_surname_with_its_particles_joins_the_full_name(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Matías de la Fuente Ossa, the mining minister, disagreed. "
        "De la Fuente said the state would not pay, and de la Fuente Ossa repeated it."
    )
    names = [("Matías de la Fuente Ossa", "PERSON"), ("De la Fuente", "PERSON")]
    person = entity_of(text, names, "De la Fuente", gazetteer)
    assert {"Matías de la Fuente Ossa", "De la Fuente", "de la Fuente Ossa"} <= set(person.forms)


def test_pieces_the_model_tagged_give_way_to_the_whole_surname(gazetteer: Gazetteer) -> None:
    text = (
        "Prime Minister Mauk da Costa Belo set out the plan. "
        "Critics said da Costa Belo had not costed it."
    )
    names = [("Mauk da Costa Belo", "PERSON"), ("da Costa", "PERSON"), ("Belo", "PERSON")]
    found = found_mentions(text, names, gazetteer)
    assert "da Costa Belo" in found and "Belo" not in found


def test_particles_after_a_capitalised_word_belong_to_its_name(gazetteer: Gazetteer) -> None:
    text = (
        "Ana María de la Fuente, a teacher, organised the march. "
        "It ended in the Plaza de la Fuente at noon."
    )
    names = [("Ana María de la Fuente", "PERSON")]
    assert "de la Fuente" not in found_mentions(text, names, gazetteer)


def test_a_name_opening_with_a_particle_and_inside_no_other_stays_a_full_name(
    gazetteer: Gazetteer,
) -> None:
    text = "Al Gore spoke first. Then Van Morrison sang, and Gore left early."
    names = [("Al Gore", "PERSON"), ("Van Morrison", "PERSON"), ("Gore", "PERSON")]
    gore = entity_of(text, names, "Gore", gazetteer)
    assert "Al Gore" in gore.forms and "Van Morrison" not in gore.forms
