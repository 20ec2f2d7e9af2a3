"""Round 10: the words around a mention that only an organisation's name stands among.

Read once per mention from the text `ArticleText.span` has already sliced (the words
just before it and the two just after), with set lookups only: no regex per name.
"""

from __future__ import annotations

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.names import word_set

# "Fremantle beat West Coast", "a win over Port Adelaide", "lost to North Melbourne":
# only a side plays; a town, a county or a person named by one word does not.
_CONTEST_VERBS = word_set(
    "beat beats beating defeated defeating thrashed thrashing edged overcame outclassed"
)
_CONTEST_BEFORE = frozenset(
    {
        ("lost", "to"),
        ("losing", "to"),
        ("loss", "to"),
        ("defeat", "to"),
        ("defeat", "by"),
        ("win", "over"),
        ("wins", "over"),
        ("victory", "over"),
        ("draw", "with"),
        ("drew", "with"),
        ("coach", "of"),
        # "plays his domestic cricket for Northern Districts", "open their season away at
        # Wrexham County": a player's side, a fixture's ground named by its club
        ("plays", "for"),
        ("played", "for"),
        ("playing", "for"),
        ("signed", "for"),
        ("cricket", "for"),
        ("rugby", "for"),
        ("football", "for"),
        ("hockey", "for"),
        ("away", "at"),
        ("away", "to"),
    }
)
_CONTEST_AFTER = frozenset({("lost", "to"), ("drew", "with"), ("won", "against")})
# "Canterbury coach Dean Hollis", "West Coast forward Jake Waterford": a side's people.
_SIDE_ROLES = word_set(
    """coach captain skipper forward striker midfielder defender goalkeeper winger
    full-back fullback fly-half halfback hooker prop quarterback pitcher"""
)
# "Lucid's factory", "Hess's shares", "Unitel's board": what a firm or a body owns.
_CORPORATE_OWNED = word_set(
    """factory factories plant plants shares stock shareholders board subsidiary
    subsidiaries headquarters profit profits revenue revenues earnings brand brands
    listing workforce founder founders owners directors refineries"""
)
# "the chief executive of Ceer", "a unit of Hess", "a spokeswoman for Bodiva",
# "an analyst at Kroll": a firm's people and parts, never a town's or a person's.
_CORPORATE_BEFORE = frozenset(
    {
        ("executive", "of"),
        ("subsidiary", "of"),
        ("unit", "of"),
        ("shareholders", "of"),
        ("shareholder", "in"),
        ("spokesperson", "for"),
        ("spokesman", "for"),
        ("spokeswoman", "for"),
        ("analyst", "at"),
        ("analysts", "at"),
        ("economist", "at"),
        ("strategist", "at"),
        ("consultant", "at"),
        ("founder", "of"),
        ("founders", "of"),
        ("directors", "of"),
        ("published", "by"),
        ("takeover", "of"),
        ("acquisition", "of"),
        ("merger", "with"),
    }
)
# "through his company Palffy Rezidencie", "their party Nidaa Karama": an owner's
# company, party or club, named right after it.
_OWNER_WORDS = word_set("his her their its")
# "the governing Liberals", "the opposition Greens": a party in or out of power.
_IN_POWER = word_set("governing ruling opposition")


def last_two(before: str) -> tuple[str, ...]:
    """The two words before a name, lower case, "the" skipped ("lost to the Eagles")."""
    words = before.lower().split()[-3:]
    if words and words[-1] == "the":
        words.pop()
    return tuple(words[-2:])


def contest(two: tuple[str, ...], after: list[str]) -> bool:
    """A side in a match: a contest's verb or noun on either side of the name, or one of
    its players or staff named after it. `two`: last_two() of the text before it."""
    if (two and two[-1] in _CONTEST_VERBS) or two in _CONTEST_BEFORE:
        return True
    if not after:
        return False
    if after[0] in _SIDE_ROLES:
        return len(after) == 2 and after[1][:1].isupper()
    return after[0] in _CONTEST_VERBS or tuple(after[:2]) in _CONTEST_AFTER


def corporate(two: tuple[str, ...], possessed: str) -> bool:
    """A firm or a body: its people before its name ("the chief executive of X"), a
    party's place in power ("the governing Liberals"), its
    owner's possessive and its noun ("his company X"), or what it owns after its own
    possessive ("X's factory"). `two`: last_two() of the text before it; `possessed`:
    the word after "'s", if any."""
    if two in _CORPORATE_BEFORE or possessed in _CORPORATE_OWNED:
        return True
    if two and two[-1] in _IN_POWER:
        return True
    return len(two) == 2 and two[0] in _OWNER_WORDS and noun_type(two[1]) == "ORG"
