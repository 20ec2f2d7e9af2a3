"""Normalisation before NLP: cleaner text for the model, never a moved character."""

import pytest

from newsflow_enrich.domain.normalise import normalise_for_nlp

SEED_HEADLINE = (
    "Russian troops are \u2018panicking\u2019 with Zelensky\u2019s forces set to reclaim "
    "ENTIRE Luhansk region\n\nthe entire region"
)


@pytest.mark.parametrize(
    "text",
    [
        SEED_HEADLINE,
        "  \u2022 Advancing in Kharkiv\u00a0\n  \u2022 Soldiers re-took a town",
        "BREAKING: \u0130STANBUL FLOODS HIT \u00c9IRE AS MET OFFICE WARNS\r\nStra\u00dfe \ufb01ne",
        "\u200bZero\u2060width\u00ad and \u201cdouble\u201d quotes\u2009here",
    ],
)
def test_every_rewrite_keeps_the_length_so_offsets_hold(text: str) -> None:
    assert len(normalise_for_nlp(text)) == len(text)


def test_bullets_become_their_own_lines_and_odd_spaces_plain_ones() -> None:
    text = "  \u2022 Advancing in Kharkiv\u00a0\n  \u2022 Soldiers re-took a town"
    clean = normalise_for_nlp(text)
    assert "\u2022" not in clean and "\u00a0" not in clean
    assert clean.split("\n")[1].strip() == "Soldiers re-took a town"


def test_a_wrapped_line_inside_a_paragraph_is_joined() -> None:
    clean = normalise_for_nlp("Troops are panicking as\nUkraine advances\n\nNext paragraph")
    assert clean == "Troops are panicking as Ukraine advances\n\nNext paragraph"


def test_typographic_quotes_become_straight() -> None:
    assert normalise_for_nlp("Zelensky\u2019s \u2018word\u2019 \u201cthis\u201d") == (
        "Zelensky's 'word' \"this\""
    )


def test_a_shouted_word_is_lowered_when_the_article_uses_it_in_lower_case() -> None:
    clean = normalise_for_nlp(SEED_HEADLINE)
    assert "reclaim entire Luhansk region" in clean


def test_a_shouted_headline_is_title_cased_but_its_acronyms_stay() -> None:
    clean = normalise_for_nlp("FLOODS HIT YORKSHIRE AS THE UK AND US ISSUE WARNINGS")
    assert clean == "Floods Hit Yorkshire as the UK and US Issue Warnings"


def test_acronyms_in_a_mixed_case_line_are_kept() -> None:
    text = "The Donetsk People's Republic (DPR) and the BBC and NHS spoke. Later the DPR said"
    assert normalise_for_nlp(text) == text
    text = "The agency was set up last year.\n\nThe DBWA will sign contracts with KEXIM."
    assert normalise_for_nlp(text) == text


def test_a_dateline_in_capitals_is_title_cased() -> None:
    assert normalise_for_nlp("PHOENIX — The House voted.") == "Phoenix — The House voted."


@pytest.mark.parametrize(
    "text",
    [
        "Fighting went on.\n\nOCHA said a convoy had been waiting for three weeks.",
        "Fighting went on.\n\nEMSA said the line would open in May.",
    ],
)
def test_an_acronym_that_opens_a_paragraph_is_kept(text: str) -> None:
    """Round 36: only a dateline, whose dash soon follows, is title-cased at a line's start."""
    assert normalise_for_nlp(text) == text


def test_a_dateline_with_its_country_is_still_title_cased() -> None:
    text = "KHARKIV, Ukraine — Glide bombs hit a block of flats."
    assert normalise_for_nlp(text) == "Kharkiv, Ukraine — Glide bombs hit a block of flats."
