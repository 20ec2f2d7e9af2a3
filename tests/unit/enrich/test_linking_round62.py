"""Round 62's rule, on a small invented article written in ordinary news style and run
through the real model: a role's noun heads the phrase a name stands in apposition to
before any preposition, as before "of", "for" or one of place ("Its representative on the
council's environment committee, Hemi Tautahi, said": he is the representative, a person,
not the committee)."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from tests.unit.enrich.linking_helpers import enrich, same


def test_a_name_after_a_role_on_a_committee_is_the_role_holder(enricher: Enricher) -> None:
    body = (
        "The council voted 9-4 to ban overnight camping on the foreshore. Its representative"
        " on the council's environment committee, Hemi Tautahi, said campers had lit fires"
        ' on the rocks.\n\n"There are old stories in those rocks," Tautahi said.'
    )
    person = same(enrich(enricher, body), "Hemi Tautahi", "Tautahi")
    assert person.type == "PERSON"
