"""find_names, standalone and names_before give what the regexes they replaced gave, match
for match."""

from __future__ import annotations

import random
import re
import string

from newsflow_enrich.domain.linking.name_search import find_names, names_before, standalone


def by_regex(text: str, names: list[str]) -> list[tuple[int, int, str]]:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = rf"(?<![\w-])(?:{alternatives})(?!\w)"
    return [(m.start(), m.end(), m.group()) for m in re.finditer(pattern, text)]


def test_the_longest_name_at_the_leftmost_start_wins_and_matches_never_overlap() -> None:
    text = "Brookings Institution staff met Brookings and the Institution's head."
    names = ["Brookings", "Brookings Institution", "Institution"]
    assert list(find_names(text, names)) == [
        (0, 21, "Brookings Institution"),
        (32, 41, "Brookings"),
        (50, 61, "Institution"),
    ]


def test_a_name_inside_a_word_or_after_a_hyphen_is_not_found() -> None:
    text = "Edenbridge, pro-Eden, Eden_x and Eden2 but Eden's banks and the Eden."
    assert [m[0] for m in find_names(text, ["Eden"])] == [43, 64]
    assert list(find_names(text, [])) == [] and list(find_names("", ["Eden"])) == []


def test_on_random_texts_it_agrees_with_the_regex() -> None:
    rng = random.Random(7)

    def word() -> str:
        first = rng.choice(string.ascii_uppercase + "ÉÖ")
        return first + "".join(rng.choices(string.ascii_lowercase + "é-'", k=rng.randint(1, 7)))

    for _ in range(500):
        names = list({" ".join(word() for _ in range(rng.randint(1, 3))) for _ in range(20)})
        pieces = [
            rng.choice(names)
            if rng.random() < 0.3
            else rng.choice(names)[: rng.randint(1, 6)]
            if rng.random() < 0.2
            else rng.choice(["the", word(), "-", "_", "x1", ",", ".", "\n", "é"])
            for _ in range(150)
        ]
        text = "".join(p + rng.choice(["", " ", " ", "-", ",", "é"]) for p in pieces)
        assert list(find_names(text, names)) == by_regex(text, names)


def _random_text(rng: random.Random, words: list[str]) -> str:
    pieces = [
        rng.choice(words)
        if rng.random() < 0.4
        else rng.choice(["Ann", "Jean-Pierre", "McDonald", "José", "X", "ab", "Éva", "_Li", "é"])
        for _ in range(80)
    ]
    return "".join(p + rng.choice(["", " ", " ", " ", "-", ",", "_", "1"]) for p in pieces)


def test_standalone_agrees_with_the_regex_per_word_it_replaced() -> None:
    rng = random.Random(11)
    for _ in range(400):
        word = rng.choice(["EPA", "DfT", "AA", "Li", "ÉCO", "A-B"])
        text = _random_text(rng, [word, word + word, "x" + word, word + "-1"])
        pattern = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
        assert list(standalone(text, word)) == [m.start() for m in re.finditer(pattern, text)]


def test_names_before_agrees_with_the_regex_per_surname_it_replaced() -> None:
    rng = random.Random(13)
    for _ in range(400):
        word = rng.choice(["Li", "Smith", "Okafor-Lindsay", "Smith Smith", "Ó Dochartaigh"])
        text = _random_text(rng, [word, word + "s", "Smith", "Li Li"])
        pattern = rf"\b([A-Z][\w-]*[a-z]) {re.escape(word)}(?![\w-])"
        expected = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
        assert list(names_before(text, word)) == expected
