"""Pass 2a, acronyms: "the Competition and Markets Authority (CMA)".

An acronym is defined in brackets or with "known as" ("the Bureau of Industry and
Security, known as the BIS,"; "…Care Excellence, known as Nice,"; round 34: "…Cacao, as
SOTRACA is formally known,"); round 6: after "or" in
commas ("the Financial Supervisory Authority, or ASF,"), read as brackets are. The long form is the
run of capitalised words just before (small linking words allowed inside), cut to begin
where the acronym's letters begin. The binding holds only when the acronym's letters are
among the initials of those words, starting with the first initial, or are exactly those
initials in another order (a foreign acronym: "National Electoral Institute (INE)"), so
"(pictured)" or "Smith (AP)" bind nothing. Round 23: an acronym in brackets right after
an organisation's name the model tagged binds when it opens with one of the name's
initials, whatever its other letters ("Vietnam Electricity (EVN)"); round 46: in
capitals, whatever its letters ("Lima Stock Exchange (BVL)"). Round 24: an acronym
in brackets may have capitals with diacritics or a hyphenated part ("(FPÖ)", "(PDI-P)"),
and the long form never runs back over an earlier bracket. Round 27: a name that
capitalises only its first word is spelt by all its words ("Société de transport de
l'Outaouais (STO)"), and a body's name the model cut after its "of" is whole before
"known as" ("Economic Community of | Central African States, known by its French
initials CEEAC"). Round 28: a long form the model called a place that no gazetteer place
has is a body ("Autorità Garante della Concorrenza e del Mercato (AGCM)"). Round 39: a
name of three words or more before "known as" starts where a list, its owner or a sentence
ends, never inside itself ("The Institute of National | Historic and Artistic Heritage,
known as Iphan"), and "known as the Doherty Institute" names no acronym "Doherty"; an
acronym "known by its initials" may have a hyphenated part ("FVS-AM"), and one between
commas right after a tagged name of three words or more is that name's when it opens with
one of its initials, in whatever language ("the Liechtenstein Society for Environmental
Protection, the LGU,"), as one in brackets is; "known as Fiji CDC" names no acronym "Fiji"
either, and a tagged long form keeps the words that run into the acronym's letters
("Office of the | UN High Commissioner for Refugees (UNHCR)"). Round 50: a definition
after a relative clause is read from its comma ("the Geological Survey of Brazil, which
is still widely known by its old initials CPRM"); round 51: a second acronym after the
first is defined there too ("known by its Swedish initials SFP and its Finnish initials
RKP"). Round 72: the possessive of a place that owns the body is no part of its long form
("Russia's | Federal Security Service (FSB)", "Panama's | Ministry of Environment, known as
MiAmbiente").

An acronym never defined ("the EPA", "DfT") binds a name the article gives in full when
its letters are exactly that name's initials, in order, with or without the small
linking words ("Department for Transport" -> DfT), and no other name's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from newsflow_enrich.domain.gazetteer import Gazetteer, Rank
from newsflow_enrich.domain.linking.acronym_referents import referents
from newsflow_enrich.domain.linking.cleaning import ARABIC_ARTICLE, ELIDED_ARTICLE
from newsflow_enrich.domain.linking.document import ArticleText, Document, ShortForm, Span
from newsflow_enrich.domain.linking.heads import (
    BODY_HEADS,
    LEGAL_FORMS,
    ORG_HEADS,
    without_legal_forms,
)
from newsflow_enrich.domain.linking.name_search import standalone
from newsflow_enrich.domain.linking.nationalities import is_nationality
from newsflow_enrich.domain.linking.possessives import owned_name_start
from newsflow_enrich.domain.linking.spelt_names import spelt_long_forms
from newsflow_enrich.domain.names import (
    CAPITAL_LETTERS,
    ROLES_IN_CAPITALS,
    ROMANCE_SMALL_WORDS,
    name_key,
    strip_accents,
    word_set,
)

# "(CMA)", and mixed case with two capitals or more: "(DfT)", "(MoD)". Round 24: capitals
# with diacritics ("(FPÖ)", "(ČSH)") and a hyphenated part ("(PDI-P)", "(SPLM-IO)").
# Round 25: and the capitals of Latin Extended-A ("(CBŚP)", "(ČSH)", "(ŁKS)")
_CAPITAL = CAPITAL_LETTERS
_DEFINITION = re.compile(
    rf"\(([{_CAPITAL}][{_CAPITAL}&]{{1,7}}(?:-[{_CAPITAL}]{{1,4}})?"
    r"|[A-Z][A-Za-z]{0,3}[A-Z][A-Za-z]{0,3})\)"
)
# Round 9: "known by its Swedish abbreviation Ei", "known by its Finnish name
# Teollisuusliitto": a name in another language, one word however long.
_CALLED = r"(?:initials|acronym|abbreviation|name)"
_ITS_CALLED = rf"(?:its|their|the)\s+(?:[A-Za-z]+\s+)?{_CALLED},?\s+"  # "its French initials"
# The acronym itself; round 39: with a hyphenated part ("FVS-AM")
_KNOWN_ACRONYM = rf"([{_CAPITAL}][{_CAPITAL}a-z&]{{1,19}}(?:-[{_CAPITAL}]{{1,4}}\b)?)\b"
_KNOWN_AS = re.compile(
    r",?\s+(?:also\s+)?(?:known\s+(?:in\s+[A-Z][a-z]+\s+)?"  # round 4: "known in Hungary as"
    # round 53: in two languages ("known by its Dutch and French initials KIK-IRPA")
    rf"(?:as\s+(?:the\s+)?|by\s+(?:its|their|the)\s+(?:[A-Za-z]+\s+(?:and\s+[A-Za-z]+\s+)?)?"
    rf"{_CALLED},?\s+"
    r"(?:as\s+(?:the\s+)?)?)"  # round 32: "known by its Spanish initials as the CNE"
    # round 6: "which uses the French initials FNTPR"
    rf"|(?:which\s+uses|using)\s+{_ITS_CALLED})"
    rf"{_KNOWN_ACRONYM}"
)
# Round 50: a relative clause between the name and the definition ("the Geological Survey
# of Brazil, which is still widely known by its old initials CPRM", "the National Institute
# of Anthropology and History, which runs the museum and is known by its Spanish initials
# INAH"): the definition is read from the comma, as if the name came right before it. Only
# "is" or "are": "which was known as Sandhurst until 1891" names what it no longer is.
_WHICH_IS = re.compile(
    r",\s+which\s+(?:[^,;:.()\n]{1,60}?\s+and\s+)?(?:is|are)"
    r"(?:\s+(?:still|also|now|best|better|[a-z]+ly))*\s*$"
)
_CLAUSE_REACH = 100
# Round 51: a second acronym after the first ("known by its Swedish initials SFP and its
# Finnish initials RKP"), defined where the first is.
_AND_ITS = re.compile(rf"\s+(?:and|or)\s+(?:by\s+)?{_ITS_CALLED}{_KNOWN_ACRONYM}")
# Round 34: "Sud-Ouest Transformation Cacao, as SOTRACA is formally known,": the name
# before it, when the letters fit it (_AS_IS).
_AS_IS_KNOWN = re.compile(
    rf",\s+as\s+(?:the\s+)?([{_CAPITAL}][{_CAPITAL}a-z&]{{1,19}})\s+is\s+(?:[a-z]+ly\s+)?"
    r"(?:known|called)\b"
)
# Round 6: "the Financial Supervisory Authority, or ASF, knew": an acronym after "or" in
# commas; read as one in brackets (its letters must fit the name before it).
_OR_DEFINITION = re.compile(rf",\s+or\s+(?:the\s+)?([{_CAPITAL}][{_CAPITAL}&]{{1,7}})(?=[,.;)])")
# Round 9: an acronym written as a word in brackets ("the Office of Gas and Electricity
# Markets (Ofgem)", "(Fecahand)"): only when the name's words, each giving its initial,
# spell it, so "John Smith (Labour)" binds nothing.
_WORD_DEFINITION = re.compile(r"\(([A-Z][a-z]{2,9})\)")
# Round 9: "The National Electricity Administration, ANDE, said": an acronym alone between
# commas right after the name, the sentence going on in lower case ("which", "said", "and
# installed"). Its letters must fit the name before it (no body's name is taken whatever
# its letters), and a list goes on with a name: "the Bank of England, ECB, and the Fed".
# Round 17: with "the" too ("the Institute for Nature Conservation and Forests, the ICNF,
# which protects").
_APPOSED = re.compile(
    r",\s+(?:the\s+)?([A-Z][A-Z&]{1,7}),\s+(?=[a-z])(?!(?:and|or)\s+(?:the\s+)?[A-Z])"
)
# An acronym in running text: "EPA", "NHS", and mixed case "DfT", "MoD".
_UNDEFINED = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{0,4}[A-Z])(?![\w-])")
# Round 17: "ZCCM-IH" of "ZCCM Investment Holdings Plc": the name's first word, itself in
# capitals, then the initials of the words after it.
_HYPHENED = re.compile(r"(?<![\w-])([A-Z]{2,6})-([A-Z]{1,4})(?![\w-])")
_LINKING = (
    frozenset({"of", "and", "for", "the", "on", "&", "The"})
    # round 7: the small words of names in French, Spanish, Portuguese and Italian
    # ("Rassemblement pour le Renouveau National (RRN)")
    | ROMANCE_SMALL_WORDS
    # round 8: "European Union Mission in Armenia (EUMA)", "… Co-operation in Europe (OSCE)"
    | {"in"}
    # round 27: Catalan's and Italian's "for" ("Demòcrates per Andorra (DA)")
    | {"per"}
    # round 28: Spanish and Portuguese "for", Italian and Portuguese "and", Filipino "of"
    # ("Alianza para el Progreso, known as APP", "Autorità Garante della Concorrenza e del
    # Mercato (AGCM)", "Samahang Basketbol ng Pilipinas (SBP)")
    | {"para", "por", "el", "e", "ng"}
)
_WORD = re.compile(r"[^\s()]+")
_LINKING_LOWER = frozenset(w.lower() for w in _LINKING)
# Round 6: a company's legal form, which its acronym leaves out, European ones too.
_LEGAL_FORMS = LEGAL_FORMS | word_set("sa ag nv gmbh")
# Round 9: the head words of public bodies the organisation heads leave out ("National
# Electricity Administration, ANDE", "U.S. Africa Command, AFRICOM").
_BODY_WORDS = ORG_HEADS | BODY_HEADS | word_set("administration command directorate inspectorate")
_COMPOUND = re.compile(r"-[a-z]+$")  # "Jakarta-based": no word of the name
_NEXT_NAME_WORD = re.compile(r" [A-Z]")
_POSSESSIVE_ENDINGS = ("'s", "\u2019s")
# Round 7: an elided article before a name's word: "Banque Extérieure d'Algérie (BEA)";
# round 41: the Arabic article joined to it, "and the" ("wal-") and South Asia's "ul-" too,
# which the initials leave out ("Jama'at Nusrat al-Islam wal-Muslimin (JNIM)").
_ELIDED = re.compile(rf"(?:{ELIDED_ARTICLE}|(?:{ARABIC_ARTICLE}|wal|ul)-)(?=[A-Z])")
# acronym, where its definition starts, how: in brackets, between commas, "known as"
_Definition = tuple[str, int, str]
_BRACKETS, _COMMAS, _KNOWN, _AS_WORD = "brackets", "commas", "known as", "a word"
# Round 34: "as SOTRACA is formally known": only where the letters fit the name before,
# since a name in another language may come before ("The Organisation Mondiale de la
# Santé, as the WHO is called in the French-language press")
_AS_IS = "as … is known"
_MIN_WITHIN = 3  # letters from inside words: only an acronym long enough to say something
_MIN_SKIPPING = 4  # round 30: a name's capitals but one: only an acronym of four or more
_SENTENCE_CASE_REACH = 8  # words read back for a name in sentence case
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_ABBREVIATED = re.compile(r"(?:[A-Z]\.?){2,4}")  # round 80: "US", "U.S.", "UAE"
# "Economic Community of West African States", "East African Community"
_BODIES_OF = _BODY_WORDS | {"community"}
_BODY_OF = re.compile(r"(?<![\w'-])((?:(?!The\b)[A-Z][\w'-]* )+)(?:of|for) (?:the )?$")


@dataclass(frozen=True)
class Acronym:
    acronym: str
    long_start: int
    long_end: int
    occurrences: tuple[tuple[int, int], ...]
    spelt: bool = False  # round 10: a long form the model never tagged (spelt_names.py)


def bind_acronyms(document: Document, gazetteer: Gazetteer) -> Document:
    """Each defined acronym: its long form becomes one mention (replacing the pieces
    spaCy cut it into), every later use of the acronym a mention, and the pair a short
    form for clustering."""
    article, spans = document.article, list(document.mentions)
    short_forms = list(document.short_forms)
    definitions = _definitions(article.normalised)
    # round 24: a long form that runs over a sentence's end is none ("… the European Space
    # Agency. Kongsberg Satellite Services (KSAT)"): the acronym is left to the rules after
    acronyms = [
        a
        for a in _defined(article.normalised, definitions)
        if not article.sentences.splits(a.long_start, a.long_end)
    ]
    defined = {a.acronym for a in acronyms}
    acronyms += _referred(spans, article.normalised, definitions, defined)
    defined |= {a.acronym for a in acronyms}
    acronyms += _tagged_before(spans, article.normalised, definitions, defined)
    defined |= {a.acronym for a in acronyms}
    by_initials = _by_initials(spans, article, defined)
    named_alone = {name_key(s.text) for s in spans}
    for acronym in acronyms + by_initials:
        bounds = _widest((acronym.long_start, acronym.long_end), spans)
        # round 80: "US | National Institutes of Health (NIH)", "French | Institut de
        # Recherche pour le Développement (IRD)": a country or its people's adjective the
        # model tagged with the body, whose letters the acronym leaves out, is not its name
        country = _country_first(article.normalised, bounds, acronym.acronym, gazetteer)
        if country is not None:
            bounds = (country[2], bounds[1])
        # round 72: "Russia's | Federal Security Service (FSB)"
        bounds = (owned_name_start(article.normalised, bounds, named_alone, gazetteer), bounds[1])
        if article.sentences.splits(*bounds):
            continue
        inside = [s for s in spans if s.start >= bounds[0] and s.end <= bounds[1]]
        label = _long_form_label(inside, bounds)
        long_form = article.normalised[bounds[0] : bounds[1]] if label in _PLACE_LABELS else ""
        if long_form and gazetteer.lookup(long_form) is None:
            label = "ORG"  # round 28: "Autorità Garante della Concorrenza e del Mercato (AGCM)"
        if acronym in by_initials and label == "PERSON" and not any(s.personal for s in inside):
            label = "ORG"  # round 6: "ATL said" of "Atlas Transit Logistique": a firm
        if acronym.spelt:
            label = "ORG"  # round 10: the model's labels of pieces of a name it never tagged
        spans = [s for s in spans if s not in inside and not _overlaps(s, bounds)]
        if country is not None:
            spans = [s for s in spans if not _overlaps(s, country[1])]
            spans.append(article.span(country[1], country[0]))
        spans.append(article.span(bounds, label))
        spans += _uses(acronym, label, spans, article)
        short_forms.append(ShortForm(acronym.acronym, article.normalised[bounds[0] : bounds[1]]))
    return replace(document, mentions=tuple(spans), short_forms=tuple(short_forms))


def _widest(bounds: tuple[int, int], spans: Sequence[Span]) -> tuple[int, int]:
    """A long form the model tagged, in one span or more, with more capitalised words
    before it keeps them: "United Nations Office for the Coordination of Humanitarian
    Affairs (OCHA)"; round 39: and words that run into it through a small word ("Office
    of the | UN High Commissioner for Refugees (UNHCR)")."""
    for span in spans:
        head = span.text[: max(bounds[0] - span.start, 0)].split()
        ends_inside = bounds[0] < span.end <= bounds[1]
        # round 6: not a possessive before it ("Kenya's Anti-Doping Commission (ADC)")
        named = all(w[0].isupper() and not w.endswith("'s") for w in head)
        # round 39: nor words that run into it through a small word, a possessive left out
        named = named or (
            bool(head)
            and head[0][0].isupper()
            and head[-1] in _LINKING_LOWER
            and all(w[0].isupper() or w in _LINKING_LOWER for w in head)
            and not any(w.endswith(_POSSESSIVE_ENDINGS) for w in head)
        )
        if ends_inside and span.start < bounds[0] and named:
            return span.start, bounds[1]
    return bounds


def _country_first(
    text: str, bounds: tuple[int, int], acronym: str, gazetteer: Gazetteer
) -> tuple[str, tuple[int, int], int] | None:
    """Round 80: the label and the bounds of a long form's first word, and where the rest
    starts, when that word is a country's abbreviation ("US", "U.S.") or a people's
    adjective ("French") and the acronym is exactly the initials of the rest ("National
    Institutes of Health", "Institut de Recherche pour le Développement"); not a country's
    name ("Taiwan High Speed Rail"), nor a body that translates its own name ("Brazilian Air
    Force (FAB)")."""
    words = list(_WORD.finditer(text, bounds[0], bounds[1]))
    if len(words) < 3 or not _initials_of(acronym, text[words[1].start() : bounds[1]]):
        return None
    first = words[0]
    if _ABBREVIATED.fullmatch(first.group()):
        place = gazetteer.lookup(first.group())
        if place is not None and place.rank == Rank.COUNTRY:
            return "GPE", first.span(), words[1].start()
    if is_nationality(first.group(), gazetteer):
        return "NORP", first.span(), words[1].start()
    return None


def _initials_of(acronym: str, name: str) -> bool:
    """Whether the acronym is exactly the name's initials (`_initials_fit_words`)."""
    return _initials_fit_words(acronym, _name_words(name))


def _initials_fit_words(acronym: str, words: Sequence[str]) -> bool:
    """Whether the acronym is exactly the initials of these words, of the capitalised ones
    or of all of them."""
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return acronym in (capitals, "".join(w[0] for w in words))


def _uses(acronym: Acronym, label: str, spans: list[Span], article: ArticleText) -> list[Span]:
    found: list[Span] = []
    for occurrence in acronym.occurrences:
        if not any(_overlaps(s, occurrence) for s in spans + found):
            found.append(article.span(occurrence, label))
    return found


def _long_form_label(inside: Sequence[Span], bounds: tuple[int, int]) -> str:
    """spaCy's label when it tagged (most of) the long form, else ORG, the usual case."""
    widest = max(inside, key=lambda s: s.end - s.start, default=None)
    if widest is None or (widest.end - widest.start) * 2 < bounds[1] - bounds[0]:
        return "ORG"
    return widest.label


def _overlaps(span: Span, bounds: tuple[int, int]) -> bool:
    return span.start < bounds[1] and bounds[0] < span.end


def find_acronyms(text: str) -> list[Acronym]:
    return _defined(text, _definitions(text))


def _definitions(text: str) -> list[_Definition]:
    """(acronym, where its definition starts, how it is defined), in text order."""
    definitions = [(m.group(1), m.start(), _BRACKETS) for m in _DEFINITION.finditer(text)]
    definitions += [(m.group(1), m.start(), _BRACKETS) for m in _OR_DEFINITION.finditer(text)]
    definitions += [(m.group(1), m.start(), _COMMAS) for m in _APPOSED.finditer(text)]
    definitions += [(m.group(1), m.start(), _AS_WORD) for m in _WORD_DEFINITION.finditer(text)]
    for m in _KNOWN_AS.finditer(text):
        if _begins_a_name(m.group(1), text, m.end()):
            continue
        at = _clause_start(text, m.start())
        definitions.append((m.group(1), at, _KNOWN))
        if second := _AND_ITS.match(text, m.end()):
            definitions.append((second.group(1), at, _KNOWN))
    definitions += [(m.group(1), m.start(), _AS_IS) for m in _AS_IS_KNOWN.finditer(text)]
    return sorted(definitions, key=lambda d: d[1])


def _begins_a_name(word: str, text: str, end: int) -> bool:
    """Round 39: "known as the Doherty Institute", "known as Fiji CDC": a word, not in
    capitals, that a name's next word follows is no acronym ("known as RCD Mallorca"
    still defines RCD)."""
    return not word.isupper() and _NEXT_NAME_WORD.match(text, end) is not None


def _referred(
    spans: Sequence[Span], text: str, definitions: Sequence[_Definition], defined: set[str]
) -> list[Acronym]:
    """Round 4: "the Citizens' Alliance, known as CAK", "the association, known by its
    initials SJL" (acronym_referents.py)."""
    left = {a: at for a, at, how in reversed(definitions) if a not in defined and how != _COMMAS}
    return [
        Acronym(acronym, start, end, _occurrences(text, acronym))
        for acronym, start, end in referents(list(left.items()), spans, text, _spells)
        if acronym not in ROLES_IN_CAPITALS
    ]


def _tagged_before(
    spans: Sequence[Span], text: str, definitions: Sequence[_Definition], defined: set[str]
) -> list[Acronym]:
    """Round 23: an acronym in brackets right after an organisation's name the model
    tagged, of two words or more, that opens with the initial of one of its words: the
    name's, in whatever language or order ("Vietnam Electricity (EVN)", "Egyptian
    Exchange (EGX)", "Conservative People's Party of Estonia (EKRE)"); round 46: in
    capitals, whatever its letters ("Lima Stock Exchange (BVL)"). Not after a place or a
    person ("PRISTINA, March 6 (AP)", "Ana Ferrer (AFP)")."""
    ends = {s.end: s for s in spans if s.coarse == "ORG" and " " in s.text}
    taken = set(defined)
    found = []
    for acronym, at, how in definitions:
        if how not in (_BRACKETS, _KNOWN, _COMMAS) or acronym in taken:
            continue
        name = ends.get(_before_spaces(text, at))
        if name is None or acronym in ROLES_IN_CAPITALS:
            continue
        if how == _COMMAS and len(name.text.split()) < _MIN_WITHIN:
            continue  # round 39: "the Liechtenstein Society for Environmental Protection, the LGU,"
        initials = {strip_accents(w)[0].upper() for w in name.text.split() if w[0].isupper()}
        # round 25: "known as the GKNB", "known by its French initials CEEAC" say outright
        # that the capitals are the name's, in whatever language
        # round 46: and so do capitals in brackets right after a body's name ("the Lima
        # Stock Exchange (BVL)", "the Football Association of Slovenia (NZS)"); a news
        # agency's follows a place, not a body, and one after "or" in commas still has to
        # fit ("the Ministry of Health, or WHO,")
        bracketed = how == _BRACKETS and text.startswith("(", at)
        outright = acronym.isupper() and (how == _KNOWN or bracketed)
        if outright or strip_accents(acronym)[0].upper() in initials:
            start = _body_before(text, name.start)
            found.append(Acronym(acronym, start, name.end, _occurrences(text, acronym)))
            taken.add(acronym)
    return found


def _body_before(text: str, start: int) -> int:
    """Round 27: where a body's name begins that the model cut after its "of": "The
    Economic Community of | Central African States, known by its French initials CEEAC"."""
    line_start = text.rfind("\n", 0, start) + 1
    before = _BODY_OF.search(text, line_start, start)
    if before is None:
        return start
    words = before.group(1).lower().split()
    return before.start() if any(w in _BODIES_OF for w in words) else start


def _clause_start(text: str, at: int) -> int:
    """Round 50: where ", which … is" begins when it comes right before `at` (_WHICH_IS),
    else `at`."""
    window = max(0, at - _CLAUSE_REACH)
    clause = _WHICH_IS.search(text, window, at)
    return clause.start() if clause is not None else at


def _before_spaces(text: str, at: int) -> int:
    """Where the spaces before `at` begin (`at` if there are none)."""
    while at and text[at - 1].isspace():
        at -= 1
    return at


def _defined(text: str, definitions: Sequence[_Definition]) -> list[Acronym]:
    found: dict[str, Acronym] = {}
    for acronym, at, how in definitions:
        if acronym in found:
            continue
        long_form = _long_form(text, at, acronym, how)
        if long_form is not None and how == _KNOWN:
            long_form = (_body_before(text, long_form[0]), long_form[1])
        if long_form is not None:
            found[acronym] = Acronym(acronym, *long_form, _occurrences(text, acronym))
    return list(found.values())


def _occurrences(text: str, acronym: str) -> tuple[tuple[int, int], ...]:
    return tuple((at, at + len(acronym)) for at in standalone(text, acronym))


def _by_initials(spans: Sequence[Span], article: ArticleText, defined: set[str]) -> list[Acronym]:
    names = {s.text: s for s in spans if " " in s.text and s.coarse != "PERSON"}
    # Round 6: a name of three words or more the model called a person's, whose initials
    # are exactly an acronym the article uses ("Atlas Transit Logistique" … "ATL said")
    called = {s.text: s for s in spans if s.coarse == "PERSON" and len(s.text.split()) >= 3}
    text, found, within = article.normalised, dict[str, Acronym](), list[str]()
    used = dict.fromkeys(m.group(1) for m in _UNDEFINED.finditer(text))
    for acronym in used:
        if acronym in defined or acronym in ROLES_IN_CAPITALS:
            continue
        matches = {name_key(n): names[n] for n in names if _spells(acronym, n)}
        if not matches:  # round 27: "United Nations Interim Force in Lebanon" … "UNIFIL"
            matches = {name_key(n): names[n] for n in names if _initials(n).upper() == acronym}
        if not matches:
            matches = {name_key(n): called[n] for n in called if _initials(n) == acronym}
        if len(matches) == 1:
            (span,) = matches.values()
            found[acronym] = Acronym(acronym, span.start, span.end, _occurrences(text, acronym))
        elif not matches and len(acronym) >= _MIN_WITHIN:
            within.append(acronym)
    # Round 10: an untagged name whose initials spell it, before letters within words
    spelt = spelt_long_forms(text, article.lead_end, [a for a in within if a.isupper()])
    for acronym in within:  # initials first, then letters within
        if acronym in spelt:
            start, end = spelt[acronym]
            found[acronym] = Acronym(acronym, start, end, _occurrences(text, acronym), True)
            continue
        lower = acronym.lower()
        matches = {name_key(n): names[n] for n in names if _spelt_within(lower, _folded(n))}
        if not matches and acronym.isupper() and len(acronym) >= _MIN_SKIPPING:
            matches = {name_key(n): names[n] for n in names if _spells_but_one(acronym, n)}
        if len(matches) == 1:
            (span,) = matches.values()
            found[acronym] = Acronym(acronym, span.start, span.end, _occurrences(text, acronym))
    hyphened = _hyphened(names, text)
    return [found[a] for a in used if a in found] + hyphened


def _hyphened(names: dict[str, Span], text: str) -> list[Acronym]:
    found = []
    for acronym in dict.fromkeys(m.group() for m in _HYPHENED.finditer(text)):
        first, rest = acronym.split("-")
        matches = [
            span
            for name, span in names.items()
            if (words := without_legal_forms(name.split(), _LEGAL_FORMS))[0] == first
            and "".join(w[0] for w in words[1:] if w[0].isupper()) == rest
        ]
        if len(matches) == 1:
            span = matches[0]
            found.append(Acronym(acronym, span.start, span.end, _occurrences(text, acronym)))
    return found


def _spells(acronym: str, name: str) -> bool:
    """ "EPA" spells "Environmental Protection Agency", "DfT" "Department for Transport",
    "FDA" the end of "US Food and Drug Administration". When no name's initials spell
    it, letters from inside the words count (_spelt_within, round 3): "ASEAN", "IGAD",
    "KASA" for the "Korea AeroSpace Administration"."""
    words = _name_words(name)
    return any(_initials_fit_words(acronym, words[first:]) for first in range(len(words) - 1))


def _spells_but_one(acronym: str, name: str) -> bool:
    """Round 30: "ECDC" of the "European Centre for Disease Prevention and Control": the
    name's capitals with one inside them left out, the first and the last kept."""
    capitals = "".join(w[0] for w in _name_words(name) if w[0].isupper())
    if len(capitals) != len(acronym) + 1:
        return False
    return any(capitals[:i] + capitals[i + 1 :] == acronym for i in range(1, len(acronym)))


def _name_words(name: str) -> list[str]:
    """The words an acronym spells: no possessive, no legal form at the end (round 6: "GMS"
    of "Golden Mekong Sugar Co. Ltd")."""
    return without_legal_forms(name.replace("'s", "").split(), _LEGAL_FORMS)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split())


def _folded(name: str) -> list[str]:
    return [strip_accents(w).lower() for w in name.replace("'s", "").split()]


def _spelt_within(letters: str, words: list[str]) -> bool:
    """Every word but a small linking word gives the acronym its initial and maybe more of
    its letters, in order; no letter is left over."""
    if not words:
        return not letters
    word, rest = words[0], words[1:]
    if word in _LINKING_LOWER and _spelt_within(letters, rest):
        return True
    if not letters or letters[0] != word[0]:
        return False
    return any(_spelt_within(letters[taken:], rest) for taken in _prefixes_within(letters, word))


def _prefixes_within(letters: str, word: str) -> list[int]:
    """How many of the letters the word can give: its initial, then any later letters of
    the word in order."""
    counts, at = [1], 0
    for index in range(1, len(letters)):
        at = word.find(letters[index], at + 1)
        if at < 0:
            break
        counts.append(index + 1)
    return counts


def _long_form(text: str, at: int, acronym: str, how: str) -> tuple[int, int] | None:
    """Where the long form before a definition starts and ends, or None. Of the tails of
    the run of capitalised words before it, the one whose capitals are exactly the
    acronym's letters wins ("The Opposition Leader, Mark Dunmore of the Liberal National
    Party (LNP)"), then the longest whose initials hold them in order."""
    run = _capitalised_run(text, at)
    # round 19: "Smer and the Slovak National Party (SNS)": the name after "and the" is
    # tried alone first; "Commission for Culture and the Arts (NCCA)" fits only whole
    second = _after_and_the(run)
    if second and (found := _long_form_of(second, acronym, how)) is not None:
        return found
    found = _long_form_of(run, acronym, how)
    if found is None and how == _BRACKETS:
        return _sentence_case(text, at, acronym)
    return found


def _sentence_case(text: str, at: int, acronym: str) -> tuple[int, int] | None:
    """Round 27: a name that capitalises only its first word, as French, Spanish and
    Portuguese write them, spelt by the initials of all its words but the small ones:
    "the Société de transport de l'Outaouais (STO)", "Régie autonome des transports
    parisiens (RATP)". Only an acronym of three letters or more, spelt exactly."""
    letters = strip_accents(acronym).upper()
    if len(letters) < _MIN_WITHIN or not letters.isalpha():
        return None
    line_start = text.rfind("\n", 0, at) + 1
    words = list(_WORD.finditer(text, line_start, at))[-_SENTENCE_CASE_REACH:]
    for first in range(len(words) - 1, -1, -1):
        word = words[first].group()
        if not word.isalpha() and not _ELIDED.match(word):
            break  # punctuation ends the name: "plans, the agency (STO)"
        if not word[:1].isupper() or word in _LINKING:
            continue
        content = [w for w in words[first:] if w.group() not in _LINKING]
        initials = "".join(strip_accents(_initial(w)).upper() for w in content)
        if initials == letters and any(w.group()[:1].islower() for w in content):
            return _bounds(words[first:])
    return None


def _after_and_the(run: list[re.Match[str]]) -> list[re.Match[str]]:
    words = [w.group() for w in run]
    for index in range(len(words) - 2, 0, -1):
        if words[index - 1 : index + 1] == ["and", "the"]:
            return run[index + 1 :]
    return []


def _long_form_of(run: list[re.Match[str]], acronym: str, how: str) -> tuple[int, int] | None:
    candidates = [run[i:] for i in range(len(run)) if run[i].group() not in _LINKING]
    if how == _AS_WORD:
        return _spelt_by(acronym.lower(), candidates)
    letters = acronym.upper().replace("&", "")
    for candidate in candidates:
        capitals = "".join(_initial(w) for w in candidate if w.group() not in _LINKING)
        if letters in (capitals.upper(), _hyphened_capitals(candidate)):
            return _bounds(candidate)
    fitting = [c for c in candidates if _initials_fit(letters, c)]
    if fitting:
        return _bounds(_past_owner(fitting))
    if len(letters) >= _MIN_WITHIN and (spelt := _spelt_by(letters.lower(), candidates)):
        return spelt  # round 9: "Africa Command, AFRICOM": letters from inside the words
    if candidates and len(candidates[0]) > 1 and _names_a_word(acronym, candidates[0]):
        return _bounds(candidates[0])  # "Shenzhen Lanfeng Microelectronics, known as Lanfeng"
    if how not in (_KNOWN, _AS_IS) and candidates and _letters_among(letters, candidates[0]):
        return _bounds(candidates[0])  # "(ANLA)" after its English name: Spanish initials
    if how == _BRACKETS and candidates and _translated_body(candidates[0]):
        return _bounds(candidates[0])  # round 7: "Capital Foundation (VKKF)"
    if how == _KNOWN:
        return _named_in_full(candidates)
    return None


def _initials_fit(letters: str, candidate: Sequence[re.Match[str]]) -> bool:
    initials = "".join(_initial(w).upper() for w in candidate)
    in_order = initials[0] == letters[0] and _letters_fit(letters, initials)
    return in_order or sorted(letters) == sorted(initials)


def _past_owner(fitting: Sequence[Sequence[re.Match[str]]]) -> Sequence[re.Match[str]]:
    """Round 10: the longest name whose initials hold the letters, but not its owner
    before a possessive when the letters fit without it: "New Zealand's | National
    Institute of Water and Atmospheric Research (NIWA)"."""
    best = fitting[0]
    for candidate in fitting[1:]:
        owner = [w for w in best if w.start() < candidate[0].start()]
        if owner[-1].group().endswith("'s"):
            best = candidate
    return best


def _hyphened_capitals(words: Sequence[re.Match[str]]) -> str:
    """Round 6: each capitalised part of a hyphenated word gives its initial:
    "Anti-Corruption Commission (ACC)", not "Bangladesh's Anti-Corruption Commission"."""
    parts = (p for w in words if w.group() not in _LINKING for p in w.group().split("-"))
    return "".join(p[0] for p in parts if p[:1].isupper())


def _named_in_full(candidates: Sequence[Sequence[re.Match[str]]]) -> tuple[int, int] | None:
    """ "the Indonesian Forum for the Environment, known as Walhi": "known as" right after
    a name of three words or more defines it, whatever the letters (a name in another
    language); the shortest such tail, so a list before it stays out ("… Bank and the
    Export-Import Bank of Korea, known as KEXIM")."""
    for candidate in reversed(candidates):
        words = [w.group() for w in candidate if w.group() not in _LINKING]
        if any(w.group() == "in" for w in candidate):
            continue  # round 8: "Eötvös Loránd University in Budapest, known as ELTE"
        if _goes_on_from(candidates[0], candidate):
            continue  # round 39: not "The Institute of National | Historic and Artistic Heritage"
        if len(words) >= _MIN_WITHIN and not _COMPOUND.search(words[0]):
            return _bounds(candidate)
    return None


def _goes_on_from(run: Sequence[re.Match[str]], tail: Sequence[re.Match[str]]) -> bool:
    """Round 39: whether a tail of the run goes on a name begun before it: after a
    capitalised word or a small linking word ("The Institute of National | Historic and
    Artistic Heritage", "The Court for the Repression of | Economic Offences and
    Terrorism"), not after "and" or a comma that end a list ("… Bank and the |
    Export-Import Bank of Korea"), "the" after a capitalised word ("But the | Colombian
    Cycling Federation"), an owner that opens the run ("Indonesia's | National Research
    and Innovation Agency", not "the Public Prosecutor's | Office for …") or a sentence's
    end ("… Investment Canada Act. | Fisheries and Oceans Canada")."""
    before = [w.group() for w in run if w.start() < tail[0].start()]
    if before and before[-1].lower() == "the":
        before.pop()
        return bool(before) and before[-1] in _LINKING_LOWER and before[-1] not in ("and", "&")
    if not before or before[-1] in ("and", "&") or before[-1].endswith((",", ".")):
        return False
    if _COMPOUND.search(before[-1]):
        return False  # "the Jakarta-based | Indonesian Forum for the Environment"
    if before[-1].endswith(_POSSESSIVE_ENDINGS):
        return any(w[:1].isupper() for w in before[:-1] if w.lower() != "the")
    return True


def _capitalised_run(text: str, at: int) -> list[re.Match[str]]:
    """The capitalised words (and small linking words) just before a definition. Round 7:
    a comma before "the" ends it: "the governing body in Ireland, the Motorcycle Union
    of Ireland (MCUI)" names the body after the comma only (a list of remits, "Ministry
    of Agriculture, Forestry and Fisheries", goes on with a capital)."""
    line_start = text.rfind("\n", 0, at) + 1
    run: list[re.Match[str]] = []
    after = at
    for word in reversed(list(_WORD.finditer(text, line_start, at))):
        token = word.group()
        if not (token[0].isupper() or token in _LINKING or _ELIDED.match(token)):
            break
        if ")" in text[word.end() : after]:
            break  # round 24: "the Styrian People's Party (ÖVP) and the Social Democrats (SPÖ)"
        after = word.start()
        if token.endswith(",") and run and run[0].group().lower() == "the":
            break
        run.insert(0, word)
    return run


def _initial(word: re.Match[str]) -> str:
    """A word's initial; round 7: the name's after an elided article ("d'Algérie": A)."""
    elided = _ELIDED.match(word.group())
    return word.group()[elided.end() if elided else 0]


def _spelt_by(
    letters: str, candidates: Sequence[Sequence[re.Match[str]]]
) -> tuple[int, int] | None:
    """The longest name whose words, each giving its initial and maybe more letters,
    spell the acronym."""
    for candidate in candidates:
        if _spelt_within(letters, _folded(_text(candidate))):
            return _bounds(candidate)
    return None


def _text(words: Sequence[re.Match[str]]) -> str:
    return " ".join(w.group() for w in words)


def _bounds(words: Sequence[re.Match[str]]) -> tuple[int, int]:
    return words[0].start(), words[-1].end()


def _names_a_word(short: str, words: Sequence[re.Match[str]]) -> bool:
    return short.lower() in {w.group().lower().removesuffix("'s") for w in words}


def _letters_among(letters: str, words: Sequence[re.Match[str]]) -> bool:
    """Every letter of a bracketed acronym is an initial of the name before it: a
    foreign acronym of a translated name ("National Environmental Licensing Authority
    (ANLA)"). Only a name of three words or more, so that the letters say something."""
    initials = {_initial(w).upper() for w in words if w.group() not in _LINKING}
    if len(words) < 3:
        return False
    if set(letters) <= initials:
        return True
    # Round 4: an organisation's name (a head word: "Institute", "Bloc") needs only half
    # the letters, where another language keeps its own words ("National Institute for
    # Space Research (INPE)", "Polish Farmers' Bloc (PBR)"); not "Ana Lucía Ferrer (AFP)".
    named = any(w.group().lower() in _BODY_WORDS for w in words)
    return named and 2 * len(set(letters) & initials) >= len(set(letters))


def _translated_body(words: Sequence[re.Match[str]]) -> bool:
    """Round 7: a body's name translated into English, ending in its head word, keeps the
    acronym of its own language in brackets, whatever its letters ("the State Culture
    Capital Foundation (VKKF)", "the Dominican Volleyball Federation (FEDOVOLI)"). Only
    a name of two words or more whose last word says it is a body, so "Smith (AP)" or
    "the Premier League (BBC)" stay apart."""
    named = [w.group() for w in words if w.group() not in _LINKING]
    return len(named) >= 2 and named[-1].lower() in BODY_HEADS


def _letters_fit(acronym: str, initials: str) -> bool:
    """Every letter of the acronym is an initial, in any order: an acronym from another
    language keeps its own order ("Social Democratic Party (SPD)")."""
    available = list(initials)
    for letter in acronym:
        if letter not in available:
            return False
        available.remove(letter)
    return True
