"""Round 59's rules, on small invented articles written in ordinary news style and run
through the real model: a person-describing apposition ("Yoon, the owner,") marks a lone
family name as a person's, as a title or a speech verb does; and a role's noun before
"in" heads the phrase that a name stands in apposition to ("Its coordinator in the Braga
district, Ana …": she is the coordinator, not the district)."""

from __future__ import annotations

from newsflow_enrich.domain import Enricher
from tests.unit.enrich.linking_helpers import enrich, holding, same


def test_a_shared_family_name_in_a_persons_apposition_is_the_principals(
    enricher: Enricher,
) -> None:
    body = (
        "A court in Daejeon on Tuesday fined Park Ji-hoon, 52, the chief executive of"
        " Hanbit Recycling, for burying factory waste on farmland. His site manager,"
        " Park Min-jae, 40, who is not related to him, was given a suspended sentence.\n\n"
        "Prosecutors said Park, the owner, had kept the fees for himself."
    )
    principal = same(enrich(enricher, body), "Park Ji-hoon", "Park")
    assert principal.type == "PERSON"
    assert holding(enrich(enricher, body), "Park Min-jae").name != principal.name


def test_a_name_after_a_role_in_a_district_is_the_role_holder(enricher: Enricher) -> None:
    body = (
        "The union said the plant would close by March. Its coordinator in the Braga"
        " district, Ana Maria dos Santos, said the company had received public money.\n\n"
        '"Braga has made textiles for a century," dos Santos said.'
    )
    person = same(enrich(enricher, body), "Ana Maria dos Santos", "dos Santos")
    assert person.type == "PERSON"
