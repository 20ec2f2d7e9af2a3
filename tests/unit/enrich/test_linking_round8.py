"""Round 8's linking rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

import pytest

from newsflow_enrich.domain.gazetteer import Gazetteer
from tests.unit.enrich.linking_helpers import entity_of
from tests.unit.enrich.linking_helpers import found_mentions as _found


@pytest.mark.parametrize(
    ("text", "tagged_as", "name"),
    [
        (
            "Haldane Brewing plc, Malta's oldest brewer, said it would appeal.",
            "Haldane Brewing plc",
            "Haldane Brewing plc",
        ),
        (
            "A fire at the Prairie Resins Inc. plant was put out.",
            "the Prairie Resins Inc.",
            "Prairie Resins Inc.",
        ),
        (
            "The deal was signed by Arvo Holdings Corp.",
            "Arvo Holdings Corp.",
            "Arvo Holdings Corp.",
        ),
    ],
)
def test_a_company_keeps_its_legal_form_in_lower_case_or_with_its_full_stop(
    text: str, tagged_as: str, name: str, gazetteer: Gazetteer
) -> None:
    assert name in _found(text, [(tagged_as, "ORG")], gazetteer)


def test_a_company_with_its_legal_form_joins_its_name_without(gazetteer: Gazetteer) -> None:
    text = "Prairie Resins Inc. closed the plant. Prairie Resins said it would reopen."
    names = [("Prairie Resins Inc.", "ORG"), ("Prairie Resins", "ORG")]
    entity = entity_of(text, names, "Prairie Resins", gazetteer)
    assert "Prairie Resins Inc." in entity.forms
