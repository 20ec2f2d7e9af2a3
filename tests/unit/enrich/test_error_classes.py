"""Merge and type errors by class, on small hand-made gold and predictions."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from newsflow_enrich.evaluation import (
    ErrorCounts,
    GoldArticle,
    GoldEntity,
    Predicted,
    classify_errors,
    format_error_counts,
    merge_class,
    score_article,
)


def gold(*entities: GoldEntity) -> GoldArticle:
    return GoldArticle("a.txt", entities)


def errors_of(entity: GoldEntity, text: str, *predicted: Predicted) -> ErrorCounts:
    return classify_errors(gold(entity), text, predicted)


AUTHORITY = GoldEntity(
    "National Licensing Authority", "ORG", ("National Licensing Authority", "NLA")
)
PARTY = GoldEntity(
    "Free Democratic Party", "ORG", ("Free Democratic Party", "FDP", "Free Democrats")
)
CHOI = GoldEntity("Choi Dong-wook", "PERSON", ("Choi Dong-wook", "Choi"))
KOREA = GoldEntity("South Korea", "PLACE", ("South Korea", "Korea"))
ZELENSKY = GoldEntity("Volodymyr Zelensky", "PERSON", ("Volodymyr Zelensky", "Zelenskiy"))
BRITAIN = GoldEntity("United Kingdom", "PLACE", ("Britain", "UK"))


def test_an_acronym_kept_apart_from_its_long_form_is_an_acronym_error() -> None:
    text = "The National Licensing Authority, known as the NLA, said the NLA would act."
    counts = errors_of(
        AUTHORITY,
        text,
        Predicted("ORG", ("National Licensing Authority",)),
        Predicted("PERSON", ("NLA", "NLA")),
    )
    assert counts.merges == {"acronym": 1}
    assert counts.unseen == {}  # "NLA" is a mention, of the wrong entity


def test_a_long_form_the_acronym_does_not_spell_is_not_an_acronym_error() -> None:
    text = "The Free Democratic Party (FDP) left. The Free Democrats said so."
    counts = errors_of(
        PARTY,
        text,
        Predicted("ORG", ("Free Democratic Party", "FDP")),
        Predicted("ORG", ("Free Democrats",)),
    )
    assert counts.merges == {"other": 1}


def test_a_surname_first_name_and_its_bare_surname_is_a_surname_error() -> None:
    text = "Choi Dong-wook resigned. Mr Choi denied it."
    counts = errors_of(CHOI, text, Predicted("PERSON", ("Choi Dong-wook",)))
    assert counts.merges == {"surname": 1}
    assert counts.unseen == {"surname": 1}  # "Choi" is no entity's mention at all


def test_a_country_short_form_is_a_short_form_error() -> None:
    text = "South Korea voted. Korea's markets rose."
    counts = errors_of(
        KOREA, text, Predicted("PLACE", ("South Korea",)), Predicted("ORG", ("Korea",))
    )
    assert counts.merges == {"short form": 1}
    assert counts.types == {}  # the entity with most mentions, South Korea, is a PLACE


def test_a_spelling_variant_is_a_transliteration_error() -> None:
    text = "Volodymyr Zelensky spoke. Zelenskiy said more."
    counts = errors_of(
        ZELENSKY,
        text,
        Predicted("PERSON", ("Volodymyr Zelensky",)),
        Predicted("PERSON", ("Zelenskiy",)),
    )
    assert counts.merges == {"transliteration": 1}


def test_another_name_for_the_same_thing_is_other() -> None:
    text = "Britain said no. The UK said yes."
    counts = errors_of(BRITAIN, text, Predicted("PLACE", ("Britain",)), Predicted("ORG", ("UK",)))
    assert counts.merges == {"other": 1}


def test_forms_all_in_one_entity_are_no_error() -> None:
    text = "Choi Dong-wook resigned. Mr Choi denied it."
    counts = errors_of(CHOI, text, Predicted("PERSON", ("Choi Dong-wook", "Choi")))
    assert counts == ErrorCounts()


def test_one_entity_holding_every_form_is_merged_even_if_another_has_more_mentions() -> None:
    # "Sandoval Ortiz" occurs only inside the full name, so it is no form of its own: the
    # scorer counts the entity as merged, and so must the error classes.
    sandoval = GoldEntity(
        "Mateo Sandoval Ortiz", "PERSON", ("Mateo Sandoval Ortiz", "Sandoval Ortiz", "Sandoval")
    )
    text = "Mateo Sandoval Ortiz signed. Sandoval scored."
    predicted = [
        Predicted("PERSON", ("Sandoval Ortiz",) * 3),
        Predicted("PERSON", ("Mateo Sandoval Ortiz", "Sandoval")),
    ]
    assert score_article(gold(sandoval), text, predicted).merge_accuracy == 1.0
    assert errors_of(sandoval, text, *predicted).merges == {}


def test_a_wrong_type_counts_as_gold_type_to_predicted_type() -> None:
    text = "Choi Dong-wook resigned. Mr Choi denied it. South Korea voted."
    counts = classify_errors(
        gold(CHOI, KOREA),
        text,
        [Predicted("ORG", ("Choi Dong-wook", "Choi")), Predicted("PERSON", ("South Korea",))],
    )
    assert counts.types == {"PERSON -> ORG": 1, "PLACE -> PERSON": 1}


def test_the_classes_are_general_patterns_not_names() -> None:
    hallam = GoldEntity("Hallam United", "ORG", ())
    assert merge_class(hallam, "Hallam", ["Hallam United"]) == "short form"
    assert merge_class(hallam, "HU", ["Hallam United"]) == "acronym"
    defra = GoldEntity("Department for Environment, Food and Rural Affairs", "ORG", ())
    assert merge_class(defra, "Defra", [defra.name]) == "acronym"
    assert merge_class(defra, "Defra", ["Department for Environment"]) == "other"
    sandoval = GoldEntity("Mateo Sandoval Ortiz", "PERSON", ())
    assert merge_class(sandoval, "Sandoval", ["Mateo Sandoval Ortiz"]) == "surname"
    assert merge_class(sandoval, "Mateo", ["Sandoval", "Mateo Sandoval Ortiz"]) == "surname"
    kruger = GoldEntity("Thomas Krüger", "PERSON", ())
    assert merge_class(kruger, "Krueger", ["Thomas Krüger"]) == "transliteration"
    city = GoldEntity("Bogotá", "PLACE", ())
    assert merge_class(city, "BOGOTÁ", ["Bogotá"]) == "transliteration"


def test_counts_add_up_and_print_biggest_class_first() -> None:
    one = ErrorCounts(merges=Counter({"surname": 1}))
    two = ErrorCounts()
    two.merges.update({"acronym": 2})
    two.unseen.update({"acronym": 1})
    two.types.update({"PLACE -> ORG": 3})
    text = format_error_counts(one + two)
    assert "acronym 2 (1 unseen)  surname 1 (0 unseen)" in text
    assert "PLACE -> ORG 3" in text
    assert "none" in format_error_counts(ErrorCounts())


# Any split of an article's mentions into predicted entities: an entity the scorer counts as
# not merged has at least one merge error, and a merged one has none.
ENTITIES = (AUTHORITY, PARTY, CHOI, KOREA, ZELENSKY, BRITAIN)
TEXT = (
    "The National Licensing Authority (NLA) and the Free Democratic Party (FDP) met. "
    "The Free Democrats and Choi Dong-wook, or Mr Choi, went to South Korea. Korea, said "
    "Volodymyr Zelensky, or Zelenskiy, is like Britain, the UK."
)
MENTIONS = [alias for entity in ENTITIES for alias in entity.aliases]


@settings(max_examples=300, derandomize=True, database=None)
@given(
    # For each mention, the predicted entities holding it: none, one, or two of six.
    groups=st.lists(
        st.sets(st.integers(0, 5), max_size=2), min_size=len(MENTIONS), max_size=len(MENTIONS)
    ),
    types=st.lists(st.sampled_from(["PERSON", "ORG", "PLACE"]), min_size=6, max_size=6),
)
def test_an_entity_has_merge_errors_exactly_when_the_scorer_says_it_is_not_merged(
    groups: list[set[int]], types: list[str]
) -> None:
    held = [
        Predicted(types[g], tuple(m for m, gs in zip(MENTIONS, groups, strict=True) if g in gs))
        for g in range(6)
    ]
    predicted = [p for p in held if p.mentions]
    score = score_article(gold(*ENTITIES), TEXT, predicted)
    unmerged = sum(
        sum(classify_errors(gold(entity), TEXT, predicted).merges.values()) > 0
        for entity in ENTITIES
    )
    assert unmerged == score.mergeable - score.merged
