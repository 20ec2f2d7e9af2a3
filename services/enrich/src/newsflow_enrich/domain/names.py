"""Name keys: the folded forms under which two spellings of one name meet.

The same folding runs in every article, so a key is also a join key across articles:
`alias_keys` are built from it. Folding is deliberately small and general:
- case, accents, apostrophe style, a leading "the" and a possessive "'s" are dropped;
- dots in abbreviations go ("U.S." and "US" meet), hyphens become spaces;
- transliteration variants of Slavic and similar names meet: a word ending -iy, -yy,
  -ij, -yi, -ii or -i (after a consonant) ends -y ("Zelenskiy", "Zelenskyy" -> zelensky;
  "Dmitri", "Dmitrii" -> dmitry), "iu" reads "yu" ("Izium" -> izyum) and a final "ia"
  reads "ya" ("Daria" -> darya);
- German umlauts written out meet the bare vowel: "Krueger", "Krüger", "Kruger" -> kruger.
Keys are for matching, never shown.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_SPACES = re.compile(r"\s+")
_SOFT_ENDINGS = ("iy", "yy", "ij", "yi", "ii")
_VOWELS = frozenset("aeiouy")
# Apostrophes unify, dots vanish ("U.S."), other punctuation separates words.
_PUNCTUATION = str.maketrans(
    {
        **{c: " " for c in '!"#$%&()*+,/:;<=>?@[\\]^_{|}~\u2013\u2014-'},
        **{c: "'" for c in "\u2019\u2018`\u02bc"},
        ".": "",
    }
)
_ROMAN = re.compile(r"^[ivxlcdm]+$")
# "Moscow-backed", "Abu Dhabi-based", "Sri Lankan-born": an English word after a hyphen
# makes the name an adjective; a romanised given name's syllable is never one of these.
ENGLISH_COMPOUND = (
    r"-(?:[a-z]+ed|based|born|led|run|style|like|era|made|wide|owned|held|built|bound)"
)
# A romanised East Asian given name: two syllables joined, the second in lower case.
_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+(?!" + ENGLISH_COMPOUND + r"$)-[a-z]+$")
# Round 6: the Arabic article joined to a surname, which news drops when it uses the
# surname alone ("Ahmed Fadhil al-Jubouri" … "Jubouri said").
_ARABIC_ARTICLE = re.compile(r"(?<![\w-])(?:[AaEe][lsdnrtz]|[Aa]sh)-(?=[A-Z])")
MIN_FOLD_LENGTH = 4  # short words ("li", "ii") are left as they are
# For a regex character class: capital and small letters of Latin-1 and Latin Extended-A,
# with diacritics ("Á", "Č", "Ł"; "é", "ł"), beside A-Z and a-z.
CAPITAL_LETTERS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
SMALL_LETTERS = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.islower())


def word_set(words: str) -> frozenset[str]:
    """A vocabulary written as one string of space-separated words."""
    return frozenset(words.split())


# The small words inside names in French, Spanish, Portuguese and Italian ("Rassemblement
# pour le Renouveau National", "Volcán de Fuego", "Barrio de las Letras").
ROMANCE_SMALL_WORDS = word_set("de du des le la les del della di da do dos das las los y et pour")

TITLES = word_set(
    "mr mrs ms miss mx dr sir dame lord lady prof professor president prime minister governor "
    "gov senator sen rep representative mayor chancellor secretary general gen colonel col "
    "captain capt lieutenant sergeant king queen prince princess pope judge justice chairman "
    "chairwoman chief sheikh rev reverend saint st archbishop bishop commander admiral "
    "marshal premier ambassador deputy vice councillor councilor cllr congressman "
    "congresswoman magistrate atty fr daw"
    # round 4: American council titles
    " councilwoman councilman alderman alderwoman assemblyman assemblywoman adv"
    # round 6: Canada's abbreviation of councillor ("Coun. Dianne Vandermeer")
    " coun"
    # round 5: a lawyer's title (South Asia), Malaysian honorifics ("Datuk Seri", "Tan Sri")
    " barrister datuk dato datin"
    # round 7: police ranks ("Superintendent Samuel Yandapu", "Detective Inspector …")
    " superintendent inspector constable detective"
    # round 14: the ranks below them, Spanish and Portuguese honorifics ("Doña Felipa
    # Sicán"), an elder's in Australia ("Aunty Marion"), a chief's in Fiji ("Ratu")
    " private corporal doña dona aunty auntie ratu"
    # round 15: a nun's ("Sister Nkwenti")
    " sister"
    # round 16: positions that sports writing puts before a player's name ("Midfielder
    # Jákup í Lágabø-Hansen scored"), Australia's councillor ("Cr van der Zee-Jones"), a
    # Māori elder's ("Kaumātua Wiremu Tauroa")
    " midfielder defender striker goalkeeper winger pitcher rapper cr kaumātua kaumatua"
    # round 17: a junior minister's ("Undersecretary Benjie Ocampo-Lagdameo") and a French
    # lawyer's ("Maître Sophie Arnaud-Benhamou")
    " undersecretary maître maitre"
    # round 19: the honorific of one who made the pilgrimage, in West African news
    # ("Alhaji Modu Kachalla Mustapha", "Hajia Amina Bello")
    " alhaji alhaja hajia"
    # round 23: ranks as newspapers abbreviate them ("Sgt Kngwarreye", "Brig Mogale-Pillay",
    # "Cmdr Hsu") and a faith's titles before a name ("Imam Yusuf", "Maulana Fazl")
    " sgt brig cmdr cdr maj lt supt insp cpl pte adm imam rabbi pastor maulana mufti"
    # round 33: the one-word council title of some American cities ("Councilmember Miguel
    # Ángel Ochoa-Begay")
    " councilmember"
    # round 54: a Cambodian tycoon's ("Oknha Ly Sokhom"), a Tswana chief's ("Kgosi Tshipidi
    # Mmolawa"), an Aboriginal elder's, as "Aunty" is ("Uncle Roy Wilton"), and the pilgrim's
    # in South and Southeast Asian news ("Haji Mohammad Yunus Samadi"; not inside a name,
    # "Azman bin Haji Ismail", where it is his father's)
    " oknha kgosi uncle haji hajah"
    # round 55: the pilgrim's as the Philippines and West Africa spell it ("Hadji Nurhassan
    # Tahil", "Hadja Aïssatou Mahamat"), a cleric's and a Koran reciter's in Afghanistan
    # ("Mawlawi", "Qari"), a Yoruba king's and an Acholi chief's ("Oba", "Rwot"), a French
    # priest's ("Abbé"), an Italian lawyer's ("Avvocato"), a Spanish mayor's ("Alcalde"), a
    # naval rank and the lowest rank spelt out ("Commodore", "Corporal"), an emperor's. Not
    # the Hausa teacher's "Malam", a given name in Guinea-Bissau ("Malam Na Fali-Sanhá").
    " hadji hadja hajj mawlawi qari oba rwot abbé abbe avvocato alcalde commodore corporal"
    " emperor"
    # round 68: a Zulu chief's ("Inkosi Mandla Nkosi"). Not the Sotho chief's "Morena", also
    # the name of Mexico's governing party, nor the Beja leader's "Nazir", a given name
    # across South Asia ("Nazir Ahmed").
    " inkosi"
)
# Roles written in capitals: never an acronym of a name ("the local MP"), and, round 7,
# no name when the model tags one alone ("Sarah Adebayo-Mills KC", "the MLA for Digby").
ROLES_IN_CAPITALS = frozenset({"MP", "MPs", "MSP", "MEP", "MLA", "KC", "QC", "CEO", "CFO", "PM"})
# Round 7: offices that, tagged alone ("The Clerk"), name nobody, as titles do ("Bishop").
OFFICES = word_set("clerk")
# Round 5: the first word of a two-word honorific that is a title only before its second
# ("Tan Sri Lim Boon Keat"; "Tan" alone is a surname, "Sri" a given name).
# Round 54: an Iban longhouse chief's ("Tuai Rumah Jimbun anak Nyalau"; "Rumah Jimbun" alone
# is his longhouse) and the higher grade of Cambodia's "Oknha" ("Neak Oknha").
HONORIFIC_PAIRS = frozenset(
    {
        ("tan", "sri"),
        ("puan", "sri"),
        ("datuk", "seri"),
        ("dato", "sri"),
        ("tuai", "rumah"),
        ("neak", "oknha"),
    }
)
_PAIRED_SECONDS = frozenset(second for _, second in HONORIFIC_PAIRS)
# Round 54: Burmese names have no family name, and news writes the honorific before them:
# "U" and "Daw" (Mr, Mrs, above), "Ko" and "Ma" (a younger man and woman: "Ko Min Thu",
# "Ma Thandar"). "Ko" and "Ma" are Korean and Chinese family names too ("Ko Mi-ran",
# "Ma Jun"), so they are titles only in an article that is about Myanmar.
# Round 55: and the Chin and Karenni for "Mr" ("Salai Thang Lian Mung", "Khu Nyah Reh").
_BURMESE_HONORIFICS = word_set("ko ma salai khu")
_ABOUT_MYANMAR = re.compile(r"\b(?:Myanmar|Burma|Burmese)\b")
# Titles that stand only before a person's name: never the first word of an organisation
# or a place ("General Motors", "Prince Edward Island", "Justice Department" are).
PERSONAL_TITLES = word_set(
    "mr mrs ms miss mx dr sir dame prof professor councillor councilor cllr senator sen rep "
    "representative congressman congresswoman magistrate mayor governor president atty fr daw"
    " councilwoman councilman alderman alderwoman assemblyman assemblywoman adv"
    " barrister datuk dato datin coun councilmember"
    # round 23: abbreviated ranks
    " sgt brig cmdr cdr maj lt supt insp cpl pte adm"
    # round 54: honorifics that only ever stand before a person's name; round 55: more
    # ("Corporal Ariel Benítez", whatever the model called him)
    " oknha kgosi haji hajah hadji hadja hajj mawlawi qari corporal"
)
# "Tyrese McAllister Jr.": a generational suffix, never the name a person is called by.
SUFFIXES = word_set("jr sr")
# Round 20: the Irish surname's own first word, capitalised as the surname is: "Ó Briain"
# alone is Declan Ó Briain's surname, not a person whose given name is "Ó" ("Ní Bhriain",
# "Nic Giolla", "Uí Néill"; folded, so "Ó" is "o").
_IRISH_SURNAME_WORDS = word_set("o ni nic ui ua")


def honorific_at(text: str, start: int, word: str) -> bool:
    """Round 54: whether `word`, at `start` in `text`, is a title in this article though not
    one in TITLES: the second word of an honorific pair ("Tuai" | "Rumah"), or a Burmese
    honorific ("Ko", "Ma"; round 55, "Salai", "Khu") in an article about Myanmar."""
    folded = word.lower()
    if folded in _BURMESE_HONORIFICS:
        return _about_myanmar(text)
    if folded not in _PAIRED_SECONDS:  # asked of every word a name might take: most go here
        return False
    before = text[max(0, start - 40) : start].split()[-1:]
    return ("".join(before).lower(), folded) in HONORIFIC_PAIRS


@lru_cache(maxsize=4)  # asked for every mention of the same article
def _about_myanmar(text: str) -> bool:
    return _ABOUT_MYANMAR.search(text) is not None


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 16)  # called for every mention by every pass that reads forms
def surface_form(text: str) -> str:
    """A name as written, tidied for comparison: one space, straight apostrophes."""
    return _SPACES.sub(" ", text.translate(_APOSTROPHES)).strip()


def fold_token(token: str) -> str:
    if len(token) < MIN_FOLD_LENGTH or _ROMAN.match(token):
        return token
    token = token.replace("ue", "u").replace("oe", "o").replace("ae", "a")
    token = token.replace("iu", "yu")
    if token.endswith("ia"):
        token = token[:-2] + "ya"
    if token.endswith(_SOFT_ENDINGS):
        return token[:-2] + "y"
    if token[-1] == "i" and token[-2] not in _VOWELS:
        return token[:-1] + "y"
    return token


def name_tokens(text: str) -> list[str]:
    """Folded tokens of a name, without a leading article or a trailing possessive."""
    return list(_folded(text))


@lru_cache(maxsize=1 << 16)  # the same few hundred names recur in every article
def _folded(text: str) -> tuple[str, ...]:
    tokens = strip_accents(text).casefold().translate(_PUNCTUATION).split()
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    if tokens:
        tokens[-1] = _POSSESSIVE.sub("", tokens[-1])
    return tuple(fold_token(t.strip("'")) for t in tokens if t.strip("'"))


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    return " ".join(_folded(text))


def person_tokens(text: str) -> list[str]:
    """A person's name tokens without titles ("President", "Mr") or initials. A hyphenated
    name is one token: "Seo-yeon" in "Kim Seo-yeon" is one given name, as "Evans-Lacey"
    is one surname; "al-Jubouri" is "Jubouri" (round 6)."""
    return list(_person_tokens(text))


@lru_cache(maxsize=1 << 16)
def _person_tokens(text: str) -> tuple[str, ...]:
    tokens = name_tokens(_ARABIC_ARTICLE.sub("", text).replace("-", ""))
    while len(tokens) > 1 and tokens[0] in TITLES:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens = tokens[:-1]
    if len(tokens) == 2 and tokens[0] in _IRISH_SURNAME_WORDS:
        tokens = tokens[1:]
    inner = [t for t in tokens[1:-1] if len(t) > 1]
    return tuple(tokens[:1] + inner + tokens[1:][-1:] if len(tokens) > 1 else tokens)


def romanised_name(name: str) -> bool:
    """ "Kim Seo-yeon", "Lin Chih-hao": a surname, then a two-syllable given name joined by
    a hyphen, the second syllable in lower case (Korean and Taiwanese romanisation)."""
    words = name.split()
    return len(words) == 2 and words[0][:1].isupper() and bool(_GIVEN_NAME.match(words[1]))


def double_barrelled_name(name: str) -> bool:
    """Round 12: "Darcy Woloshyn-Bird", "Krishneel Prasad-Naidu": one capitalised word, then
    two capitalised words joined by a hyphen, as a given name before a double surname is
    written. A company joins its founders' names without a given name first ("Rolls-Royce"),
    and a place's hyphened part has its small words ("Puy-en-Velay")."""
    words = name.split()
    if len(words) != 2 or not capitalised(words[0]):
        return False
    parts = words[1].split("-")
    return len(parts) == 2 and all(capitalised(part) for part in parts)


def acronym_shaped(word: str) -> bool:
    """Written as an acronym: two capitals or more, at least half its letters ("ELF", "ŠOP",
    "DfT", "G20"); not "McLeod"."""
    upper = sum(c.isupper() for c in word)
    return upper >= 2 and 2 * upper >= sum(c.isalpha() for c in word)


def capitalised(word: str) -> bool:
    """A word of letters written as a name's: "Bird", "Pirates"; not "MSF", "de" or "B"."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and word[1:].islower()


def surname(name: str, forms: Sequence[str] = ()) -> str:
    """The word of a full name that names the person alone: the first word before a
    romanised given name ("Oh Dae-hyun", "Lin Chih-hao"), else the one the article uses
    alone ("Ms Kim", "Taddei"), else the last word."""
    words = name.split()
    if romanised_name(name):
        return words[0]
    while len(words) > 1 and name_key(words[-1]) in SUFFIXES:
        words = words[:-1]
    for form in forms:
        alone = person_tokens(form)
        if len(alone) == 1:
            found = [w for w in words if person_tokens(w) == alone]
            if found:
                return found[0]
    return words[-1]
