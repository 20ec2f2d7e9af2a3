"""Which mentions name the same person, within one article.

Full names with the same first and last name are one person, whatever the titles,
initials or transliteration; two full names that differ in first name never join. A
name on its own joins a person whose full name holds it:
- the surname, as English news writes it last ("Zelensky" of "Volodymyr Zelensky");
  when two people share it, the one the article introduced first (news style names the
  principal first and gives relatives their full names);
- a name that opens or sits inside one person's full name, when the text says a person
  is meant: a title before it or a speech verb after it ("Ms Kim" of "Kim Seo-yeon",
  "Wang said" of "Wang Lifeng": surnames written first; "Taddei said" of "Guadalupe
  Taddei Zavala": the first of two Spanish surnames). An inner name needs no such cue;
- otherwise a first name joins the only person with it, if it is no place ("Andy").
A title or a speech verb also outweighs the gazetteer: "Medina said" is a person. Round
6: a double surname a speech verb or title marks joins the one full name it ends. Round
59: so does an apposition that describes a person ("Yoon, the owner, had rented…").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsflow_enrich.domain.gazetteer import Candidate, Gazetteer, Rank
from newsflow_enrich.domain.linking.cleaning import PARTICLES
from newsflow_enrich.domain.linking.document import Span
from newsflow_enrich.domain.linking.entity_types import mention_vote, vote_weight
from newsflow_enrich.domain.linking.heads import ORG, PERSON, PLACE, head_type
from newsflow_enrich.domain.names import double_barrelled_name, person_tokens, romanised_name

Pair = tuple[str, str]
Named = list[tuple[list[str], list[Span]]]  # each name's words, with its mentions
# Two words or three, each capitalised as a name is: no acronym, no "of" ("PKN Orlen",
# "Port of Antwerp-Bruges")
_TITLE_CASED = re.compile(r"[A-Z][a-z\u00c0-\u024f'-]+(?: [A-Z][a-z\u00c0-\u024f'-]+){1,2}")


def join_people(
    groups: dict[str, list[Span]], gazetteer: Gazetteer, countries: frozenset[str]
) -> tuple[list[tuple[str, str]], set[str]]:
    """The joins to make between name keys, and the keys that belong to a person."""
    full: dict[Pair, list[str]] = defaultdict(list)
    names: dict[Pair, list[str]] = {}
    shortened = _company_short_names(groups)
    named = [(person_tokens(group[0].text), group) for group in groups.values()]
    cued = _cued_alone(named)
    labelled = _labelled_alone(named)
    particled = _surnames_with_particles(groups)
    for key, group in groups.items():
        if key in particled:
            continue
        if key not in shortened and _is_full_name(group, gazetteer, cued, labelled):
            tokens = person_tokens(group[0].text)
            full[(tokens[0], tokens[-1])].append(key)
            if len(tokens) > len(names.get((tokens[0], tokens[-1]), ())):
                names[(tokens[0], tokens[-1])] = tokens  # the fullest: 'Rodolfo "Dodong" …'
    joins = [(keys[0], key) for keys in full.values() for key in keys[1:]]
    joins += _either_order(full, names)
    people = {key for keys in full.values() for key in keys}
    for key, holder in particled.items():
        if holder in people:
            joins.append((holder, key))
            people.add(key)
    order = {pair: min(groups[k][0].start for k in keys) for pair, keys in full.items()}
    for tail, whole in _double_surnames(names, order).items():
        joins += [(full[whole][0], key) for key in full.pop(tail)]
        del names[tail]
    for key, whole in _speaking_surnames(groups, names, people).items():
        joins.append((full[whole][0], key))  # round 6: "Gonçalves Amaral said"
        people.add(key)
    introduced = {pair: at for pair, at in order.items() if pair in full}
    first_parts = _first_surnames(full, groups)
    alone = frozenset(tokens[0] for tokens, _ in named if len(tokens) == 1)
    where = _Setting(gazetteer, countries, alone)
    for key, group in groups.items():
        # round 8: "Du Plessis", whatever the model called it, is a surname alone
        tokens = _without_particles(person_tokens(group[0].text))
        if len(tokens) != 1 or key in people or _a_sides_short_name(group, groups, gazetteer):
            continue
        target = _person_for(tokens[0], group, introduced, names, where, first_parts)
        if target is not None:
            joins.append((full[target][0], key))
            people.add(key)
    return joins, people


def _surnames_with_particles(groups: dict[str, list[Span]]) -> dict[str, str]:
    """Round 21: a name that opens with a particle and runs inside exactly one longer name
    is that person's surname, not a full name whose given name is "De": "De la Fuente"
    and "de la Fuente Ossa" of "Matías de la Fuente Ossa", "Van der Westhuizen" of
    "Johannes van der Westhuizen". Name key -> the longer name's key."""
    tokens = {key: person_tokens(group[0].text) for key, group in groups.items()}
    found = {}
    for key, words in tokens.items():
        if len(words) < 2 or words[0] not in PARTICLES:
            continue
        holders = [k for k, whole in tokens.items() if _runs_inside(words, whole[1:])]
        if len(holders) == 1:
            found[key] = holders[0]
    return found


def _runs_inside(words: list[str], whole: list[str]) -> bool:
    return any(whole[i : i + len(words)] == words for i in range(len(whole) - len(words) + 1))


def _either_order(full: dict[Pair, list[str]], names: dict[Pair, list[str]]) -> list[Pair]:
    """Round 18: a name of two words written in the other order is the same person ("Kiss
    Attila" of "Attila Kiss", "Tanabe Mio" of "Mio Tanabe"): news writes Hungarian and
    Japanese names both ways, sometimes in one article."""
    return [
        (keys[0], full[(last, first)][0])
        for (first, last), keys in full.items()
        if first < last
        and (last, first) in full
        and len(names[(first, last)]) == 2 == len(names[(last, first)])
    ]


def _double_surnames(names: dict[Pair, list[str]], order: dict[Pair, int]) -> dict[Pair, Pair]:
    """ "Mendes Barreto" of "Otávio Mendes Barreto", "Sandoval Ortiz" of "Mateo Sandoval
    Ortiz": a name that is the last words of exactly one longer name is that person,
    called by a double surname (Spanish and Portuguese names). Round 42: of several, the
    one the article introduced first, as a shared surname of one word is ("Vella
    Baldacchino" of "Josianne Vella Baldacchino", not of her father "Mario Vella
    Baldacchino", named later)."""
    tails = {}
    for pair, tokens in names.items():
        wholes = [
            p for p, t in names.items() if len(t) > len(tokens) and t[-len(tokens) :] == tokens
        ]
        if len(wholes) > 1 and not PARTICLES.intersection(tokens):
            wholes = [min(wholes, key=lambda p: order[p])]
        if not wholes and len(tokens) == 2:
            # Round 5: "Ahmad Faizal" of "Datuk Ahmad Faizal Mohd Nor": two given names,
            # the first words of exactly one longer name (Malay and Arabic names)
            wholes = [p for p, t in names.items() if len(t) > 2 and t[:2] == tokens]
        if len(wholes) == 1:
            tails[pair] = wholes[0]
    return tails


def _speaking_surnames(
    groups: dict[str, list[Span]], names: dict[Pair, list[str]], people: set[str]
) -> dict[str, Pair]:
    """Round 6: "Gonçalves Amaral said" of "Teresa Gonçalves Amaral", whatever the model
    called it; and "Ana Luísa Pereira Coutinho told analysts" of "Pereira Coutinho": a
    name of two words or more that a speech verb or a title marks, which one person's full
    name ends (or which ends one person's full name), is that person."""
    found = {}
    for key, group in groups.items():
        if key in people or " " not in key or not any(s.says or s.personal for s in group):
            continue
        tokens = person_tokens(group[0].text)
        if len(tokens) < 2 or head_type(group[0].text) is not None:
            continue
        fits = [
            pair
            for pair, whole in names.items()
            if whole != tokens and (_ends(whole, tokens) or _ends(tokens, whole))
        ]
        if len(fits) == 1:
            found[key] = fits[0]
    return found


def _ends(longer: list[str], shorter: list[str]) -> bool:
    return len(longer) > len(shorter) and longer[-len(shorter) :] == shorter


def _company_short_names(groups: dict[str, list[Span]]) -> set[str]:
    """ "Keystone Ridge" of "Keystone Ridge Digital": the first words of an organisation's
    name, as a company is shortened, are no person's name."""
    companies = [k for k, g in groups.items() if head_type(g[0].text) == ORG]
    # Round 8: "Selat Telekom" of "shares in Selat", "Selat's chairman": a name whose first
    # word alone the text calls an organisation is a company's, shortened as one is (a
    # person is shortened to the surname, not to the given name)
    firms = {k for k, g in groups.items() if " " not in k and any(_organisational(s) for s in g)}
    return {
        key
        for key in groups
        if len(key.split()) > 1
        and (key.split()[0] in firms or any(c.startswith(key + " ") for c in companies))
    }


def _a_sides_short_name(
    group: Sequence[Span], groups: dict[str, list[Span]], gazetteer: Gazetteer
) -> bool:
    """Round 33: "Botev" that beats and plays, of "Botev Plovdiv", is the side shortened as
    a club is, not the surname of the man it is named after ("Hristo Botev"), when nothing
    marks it a person's and no gazetteer place has the name (a country's side is "Samoa"
    and "Manu Samoa")."""
    if not any(s.contest or s.fixture for s in group) or any(s.personal for s in group):
        return False
    name = group[0].text
    return gazetteer.lookup(name) is None and any(
        spans[0].text.startswith(name + " ") and any(s.coarse == ORG for s in spans)
        for spans in groups.values()
    )


def _organisational(span: Span) -> bool:
    return (span.held or span.described_as == ORG) and not span.personal


def _cued_alone(named: Named) -> set[str]:
    """Round 4: one-word names the text marks as a person's ("Ardern-Wyatt, who grew
    up…", "Ms Ardern-Wyatt"): a name ending in one is a person's full name, whatever the
    model called it ("translated by Sophie Ardern-Wyatt", tagged an organisation). Round
    13: or two that end a longer name, a double surname ("Chicas Romero, a 19-year-old"
    of "Wilber Chicas Romero"; not "Always Ready, who …", which ends no other name)."""
    cued = [
        tokens
        for whole, group in named
        if len(tokens := _without_particles(whole)) in (1, 2) and any(s.personal for s in group)
    ]
    longer = [whole for whole, _ in named if len(whole) > 2]
    return {
        tokens[-1]
        for tokens in cued
        if len(tokens) == 1 or any(whole[-2:] == tokens for whole in longer)
    }


def _labelled_alone(named: Named) -> set[str]:
    """Round 38: one-word names the model calls a person wherever the article puts them,
    and never somewhere ("When Faleolo scored"): a given name and that surname, with
    nothing else in the name ("tries to Isaiah Faleolo", tagged a place), is a person's."""
    return {
        tokens[0]
        for tokens, group in named
        if len(tokens) == 1
        and all(s.coarse == PERSON and not (s.locative or s.at_place) for s in group)
    }


def _first_surnames(full: dict[Pair, list[str]], groups: dict[str, list[Span]]) -> dict[Pair, str]:
    """Round 13: "Tarnavschi" of "Irina Tarnavschi-Caraman", "Menjívar" of "Kevin
    Menjívar-Orellana": the first of two surnames joined by a hyphen, which news uses alone
    as it does the first of two Spanish surnames written apart."""
    found = {}
    for pair, keys in full.items():
        last = groups[keys[0]][0].text.split()[-1]
        if last.count("-") == 1 and not last.startswith("-"):
            part = person_tokens(last.split("-")[0])
            if len(part) == 1 and len(part[0]) > 2:
                found[pair] = part[0]
    return found


def _without_particles(tokens: list[str]) -> list[str]:
    """Round 5: "Le Goff", "Van der Merwe" alone are a surname with its particles."""
    while len(tokens) > 1 and tokens[0] in PARTICLES:
        tokens = tokens[1:]
    return tokens


def _is_full_name(
    group: Sequence[Span], gazetteer: Gazetteer, cued: set[str], labelled: set[str]
) -> bool:
    """A name of two words or more that the model's labels and the context call a
    person at least as often as anything else ("farms in Mato Sereno" is a place)."""
    text = group[0].text
    tokens = person_tokens(text)
    if len(tokens) < 2 or head_type(text) is not None:
        return False
    if any(span.held for span in group):
        return False  # round 6: "shares in Siderurgia Atlântica": a company
    place = gazetteer.lookup(text)
    if tokens[-1] in cued and place is None:
        return True
    if tokens[-1] in labelled and _TITLE_CASED.fullmatch(text) and not _called_a_thing(group):
        return place is None
    votes: defaultdict[str, float] = defaultdict(float)
    for span in group:
        vote = mention_vote(span, place is not None)
        votes[vote] += vote_weight(span, vote)
    strong_place = place is not None and place.rank >= Rank.REGION
    shaped = romanised_name(text) or _given_name_and_double_surname(text, group, gazetteer)
    person = votes[PERSON] * 2 >= sum(votes.values())
    return (shaped or person) and not strong_place


def _called_a_thing(group: Sequence[Span]) -> bool:
    """ "the Vereniging Rembrandt, a private association", "the Sungai Nipah river": "the",
    a feature's word or a noun that calls it anything but a person."""
    return any(s.definite or s.feature or s.described_as not in (None, PERSON) for s in group)


def _given_name_and_double_surname(text: str, group: Sequence[Span], gazetteer: Gazetteer) -> bool:
    """Round 12: "Krishneel Prasad-Naidu", which the model called an organisation, is
    shaped as a person's name, and nothing else says what it is: no place's label or "in"
    ("at Place Saint-Pierre"), no noun that calls it something else ("the Terskey Ala-Too
    range"), no big city first ("Paris Saint-Germain" is a club)."""
    if not double_barrelled_name(text):
        return False
    city = gazetteer.lookup(text.split()[0])
    if city is not None and city.rank >= Rank.BIG_CITY:
        return False
    return not any(
        s.coarse == PLACE or s.at_place or s.described_as not in (None, PERSON) for s in group
    )


def _only_passed_through(group: Sequence[Span], place: Candidate | None) -> bool:
    """Round 31: a person's surname that no gazetteer place has, which the article puts
    nowhere ("in", "at") but only takes things from or to ("a long ball from Ugarte", "the
    prize went to Farahani"), is that person, whatever the model called it."""
    return place is None and not any(span.at_place for span in group)


def _own_surname_first(
    token: str, by_surname: list[Pair], introduced: dict[Pair, int], names: dict[Pair, list[str]]
) -> list[Pair]:
    """Round 40: "Turcios" of "José Armando Turcios Bendeck", not of his wife "Karla Lizeth
    Midence de Turcios": a surname after "de", a wife's married name in Spanish, is first
    the surname of the man who holds it as his own."""
    if not any(names[pair][-2:-1] == ["de"] for pair in by_surname):
        return by_surname
    own = [
        pair
        for pair in introduced
        if pair not in by_surname and token in names[pair][1:] and "de" not in names[pair]
    ]
    return own if len(own) == 1 else by_surname


@dataclass(frozen=True)
class _Setting:
    """What a lone name is read against: the map, the countries the article names, and
    the names it uses alone."""

    gazetteer: Gazetteer
    countries: frozenset[str]
    alone: frozenset[str]

    def elsewhere(self, place: Candidate) -> bool:
        """Round 42: a place smaller than a country, in none the article names ("Lucas is
        conscious", of "Lucas Dufresne", in a Tour de France report: the town is in
        Brazil)."""
        return place.rank < Rank.COUNTRY and place.place.country_code not in self.countries


def _first_of_two_surnames(
    token: str,
    by_surname: list[Pair],
    introduced: dict[Pair, int],
    names: dict[Pair, list[str]],
    alone: frozenset[str],
) -> list[Pair]:
    """Round 42: "Rojas" of "Beatriz Elena Rojas Pardo", not of "Andrés Felipe Gaitán
    Rojas", whom the article calls "Gaitán": a person called by the first of two
    surnames is not called by the second, which is then another's first."""
    if not by_surname or not all(len(names[p]) > 2 and names[p][-2] in alone for p in by_surname):
        return by_surname
    firsts = [p for p in introduced if len(names[p]) > 2 and names[p][-2] == token]
    return firsts if len(firsts) == 1 else by_surname


def _person_for(
    token: str,
    group: Sequence[Span],
    introduced: dict[Pair, int],
    names: dict[Pair, list[str]],
    where: _Setting,
    first_parts: dict[Pair, str],
) -> Pair | None:
    place = where.gazetteer.lookup(group[0].text, where.countries)
    labels = Counter(span.coarse for span in group)
    # the model calls it a place in most uses, and the text ("in Korea") or the gazetteer
    # agree; a small town of the same name as a person the article names ("Halvorsen leads
    # Restrepo by a minute") is not enough
    located = any(span.at_place or span.locative for span in group)
    big = place is not None and place.rank >= Rank.BIG_CITY
    placed = labels[PLACE] * 2 > len(group) and (big or located)
    # round 59: a person's apposition marks it as a title does ("Yoon, the owner, had…")
    cued = any(span.personal or span.says or span.described_as == PERSON for span in group)
    # the surname itself first: "Mrs Fehérvári" is "Eszter Fehérvári", not her
    # grandfather "László Fehérvári-Nagy"
    by_surname = [pair for pair in introduced if pair[1] == token] or [
        pair for pair in introduced if first_parts.get(pair) == token
    ]
    by_surname = _own_surname_first(token, by_surname, introduced, names)
    by_surname = _first_of_two_surnames(token, by_surname, introduced, names, where.alone)
    if by_surname and (cued or not placed or _only_passed_through(group, place)):
        return min(by_surname, key=lambda pair: introduced[pair])
    holders = [pair for pair in introduced if token in names[pair][:-1]]
    # "Oltra" of "Francisco Javier Oltra Mompó" and his son "Tomás Oltra Ferrándiz": a
    # family's first surname, like a shared surname, is the principal's; round 43: so is
    # a family name written first, where a title, a speech verb or a kinship word marks
    # it as a surname ("Kim said" of "Kim Eun-ji", with "Kim Tae-hoon" named later;
    # "Wong's son, Wong Jun Hao" of "Wong Kah Loon"), as news calls no one by a shared
    # first name
    # round 64: a name on its own can mean only someone already named ("Liu trained as a
    # ceramics student" of "Liu Qing", named before it, not her father "Liu Jianguo", after)
    if len(holders) > 1:
        named_before = [pair for pair in holders if introduced[pair] < group[0].start]
        holders = named_before if len(named_before) == 1 else holders
    family = all(token != pair[0] for pair in holders)
    written_first = cued and all(token == pair[0] for pair in holders)
    if len(holders) > 1 and (family or written_first):
        holders = [min(holders, key=lambda pair: introduced[pair])]
    if len(holders) != 1:
        return None
    inner = token != holders[0][0]
    if cued or (inner and not placed):
        return holders[0]
    if place is None and labels[PERSON] * 2 > len(group):
        return holders[0]
    # Round 4: the first name of the only person with it, tagged an organisation, that no
    # context calls one ("when Worknesh will be 33"): the model's label alone is weak.
    organisational = group[0].text.isupper() or any(
        s.held or s.described_as == ORG for s in group
    )  # "MTN" is an acronym, not the first name of "MTN Ghana"
    # Round 7: nor a place's label that no context ("in", "at") and no gazetteer backs
    # ("happy for Ingrid", tagged a building, of "Ingrid Haugland").
    unplaced = labels[PLACE] == 0 or not located
    # Round 42: nor a town of the name in a country the article does not name, where the
    # model calls it a person somewhere or a place nowhere, and it does not govern
    # ("Victoria has promised $5 million": the state, not "Victoria Halvorsen")
    unmapped = place is None or (
        where.elsewhere(place)
        and (labels[PERSON] > 0 or labels[PLACE] == 0)
        and not any(s.governs for s in group)
    )
    if unmapped and unplaced and not organisational and token == holders[0][0]:
        return holders[0]
    return None
