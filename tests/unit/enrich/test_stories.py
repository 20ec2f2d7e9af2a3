"""Story assignment: same event joins, distractors stay apart, and the fold is a pure
function of the order it is given, which is what makes replays and workers agree."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from newsflow_enrich.adapters.story_log import decode_features, encode_features
from newsflow_enrich.domain.stories import StoryIndex, assign_stories, cosine
from newsflow_enrich.domain.story_features import StoryFeatures, content_terms, story_features
from newsflow_enrich.evaluation.stories import bcubed, load_labelled
from tests import factories

EVAL = Path(__file__).parents[3] / "eval" / "stories"
HOUR = 3600.0


def features(article_id: str, at_hours: float, names: str, words: str) -> StoryFeatures:
    return StoryFeatures(
        article_id=article_id,
        at=at_hours * HOUR,
        entities=tuple((n, 1.0) for n in names.split()),
        terms=tuple(content_terms(words).items()),
    )


QUAKE = "earthquake magnitude struck killed landslides rescuers homes collapsed"
PERU = features("p1", 0, "PLACE:peru PLACE:arequipa", QUAKE + " arequipa caylloma")
PERU_LATER = features("p2", 9, "PLACE:arequipa PERSON:valdivia", QUAKE + " caylloma aftershocks")
TURKEY = features("t1", 20, "PLACE:turkey PLACE:malatya", QUAKE + " malatya afad buildings")
RESULTS = features(
    "n1", 0, "ORG:northvale PERSON:castell", "profit rose quarterly mortgage buyback"
)
RESIGNS = features("n2", 150, "ORG:northvale PERSON:castell", "resigned audit errors restated")


def test_articles_about_one_event_share_a_story_named_after_the_first() -> None:
    stories = assign_stories([PERU, PERU_LATER])
    assert stories == {"p1": "p1", "p2": "p1"}


def test_the_same_kind_of_event_in_another_place_is_another_story() -> None:
    stories = assign_stories([PERU, PERU_LATER, TURKEY])
    assert stories["t1"] == "t1"


def test_the_same_names_in_another_event_days_later_are_another_story() -> None:
    assert assign_stories([RESULTS, RESIGNS]) == {"n1": "n1", "n2": "n2"}


def test_an_article_far_outside_the_window_opens_a_new_story() -> None:
    much_later = features("p3", 24 * 10, "PLACE:peru PLACE:arequipa", QUAKE + " arequipa")
    assert assign_stories([PERU, much_later])["p3"] == "p3"


def test_a_redelivered_article_keeps_its_first_story() -> None:
    index = StoryIndex()
    first = index.add(PERU_LATER)  # alone: it founds its own story
    index.add(PERU)
    assert index.add(PERU_LATER) == first == "p2"
    assert len(index) == 2


def test_folding_the_same_log_twice_gives_the_same_stories() -> None:
    log = [PERU, RESULTS, PERU_LATER, TURKEY, RESIGNS]
    random.Random(3).shuffle(log)
    assert assign_stories(log) == assign_stories(list(log))


def test_features_round_trip_through_the_story_log_format() -> None:
    assert decode_features(encode_features(PERU_LATER)) == PERU_LATER


def test_features_take_names_by_key_and_words_folded_and_stemmed() -> None:
    raw = factories.raw_article(title="Floods hit Valencia", body="Flooding in Valencia, again.")
    entity = factories.canonical("Valencia", "PLACE", ["PLACE:geonames:2509954"])
    date = factories.canonical("Tuesday", "DATE")
    found = story_features(factories.enriched(raw, canonical_entities=[entity, date]))
    assert [key for key, _ in found.entities] == ["PLACE:geonames:2509954"]
    terms = dict(found.terms)
    assert terms["flood"] == 3  # floods twice (title weighs double), flooding once
    assert "in" not in terms and "again" not in terms
    assert found.at == raw.ingested_at.timestamp()


def test_cosine_is_one_for_parallel_vectors_and_zero_without_overlap() -> None:
    assert abs(cosine({"a": 1, "b": 2}, {"a": 2, "b": 4}) - 1.0) < 1e-9
    assert cosine({"a": 1}, {"b": 1}) == 0.0
    assert cosine({}, {"a": 1}) == 0.0


def test_bcubed_scores_a_perfect_a_merged_and_a_split_clustering() -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    perfect = bcubed(gold, gold)
    assert (perfect.precision, perfect.recall, perfect.f1) == (1.0, 1.0, 1.0)
    merged = bcubed({k: "one" for k in gold}, gold)
    assert (merged.precision, merged.recall) == (0.5, 1.0)
    split = bcubed({k: k for k in gold}, gold)
    assert (split.precision, split.recall) == (1.0, 0.5)


def test_the_labelled_set_is_big_enough_and_holds_a_third_back() -> None:
    labelled = load_labelled(EVAL)
    stories = {(x.split, x.story) for x in labelled}
    assert len(labelled) >= 60 and len(stories) >= 12
    by_split = Counter(split for split, _ in stories)
    assert by_split["test"] * 3 >= len(stories) - 1
    assert len({x.article.article_id for x in labelled}) == len(labelled)
    for path in EVAL.glob("*.json"):
        for story in json.loads(path.read_text())["stories"]:
            assert len({a["outlet"] for a in story["articles"]}) >= 2, story["story"]


def test_a_name_in_many_stories_offers_only_those_it_was_in_last() -> None:
    """The bound that keeps the fold's cost flat: the oldest of 51 stories sharing a name is
    no longer offered by it, while the latest still is."""

    def words(n: int) -> str:
        stem = "".join(chr(ord("a") + int(digit)) for digit in f"{n:02d}")
        return f"{stem}quake {stem}flood {stem}strike"

    stories = [features(f"s{n}", n * 0.01, "ORG:acme", words(n)) for n in range(51)]
    oldest_again = features("x1", 1, "ORG:acme", words(0))
    latest_again = features("x2", 1, "ORG:acme", words(50))
    found = assign_stories([*stories, oldest_again, latest_again])
    assert len(set(found[f"s{n}"] for n in range(51))) == 51  # names alone join nothing
    assert found["x1"] == "x1" and found["x2"] == "s50"
