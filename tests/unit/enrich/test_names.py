"""Name keys: where spellings of one name meet, and where different names do not."""

import pytest

from newsflow_enrich.domain.names import name_key, person_tokens


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Zelenskiy", "Zelensky"),
        ("Zelenskyy", "Zelensky"),
        ("Izium", "Izyum"),
        ("Daria Lebedeva", "Darya Lebedeva"),
        ("Dmitrii Peskov", "Dmitry Peskov"),
        ("Krueger", "Krüger"),
        ("the United Kingdom", "United Kingdom"),
        ("Zelensky\u2019s", "Zelensky"),
        ("U.S.", "US"),
        ("Met \u00c9ireann", "met eireann"),
    ],
)
def test_variant_spellings_share_a_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(("one", "other"), [("Gaidai", "Haidai"), ("Ford", "Fort")])
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


def test_person_tokens_drop_titles_and_initials() -> None:
    assert person_tokens("President Joe R. Biden") == ["joe", "biden"]
    assert person_tokens("Governor Serhiy Gaidai") == ["serhy", "gaidai"]
    assert person_tokens("Putin") == ["putin"]
