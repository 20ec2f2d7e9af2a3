"""Which language an article is written in, behind a small interface.

The detected language is what the enriched event and the database carry; the producer's
claim (RawArticle.language, "en" when it said nothing) stays in the event's `article`,
untouched. Only English, and text too short or too bare to tell, goes through the English
NER: an article confidently in another language keeps its text, its language and no
entities (docs/language.md)."""

from __future__ import annotations

from typing import Protocol

UNDETERMINED = "und"  # ISO 639-2's code for "the language can't be told"
ENGLISH = "en"
# The detector's answer is ignored below this probability: a short headline scores lower
# than a paragraph, and a wrong "not English" would cost an English article its entities.
MIN_CONFIDENCE = 0.5
# The start of an article says its language; reading all of a 100,000-character body
# would only cost time (the detector walks the text byte by byte in Python). 1,000
# characters (title, standfirst, the first paragraph or two) tell every seed, dev and bench
# article English at a probability of 0.9995 or more (2,000 gave 0.99999, 4,000 the same),
# for two thirds of 2,000's time (about 1.2 ms against 1.7 under load).
SAMPLE_CHARS = 1_000
# Varieties that py3langid tells apart, under the ISO 639-1 code of their macrolanguage,
# so that ?language=ar finds Egyptian and Moroccan Arabic too.
MACROLANGUAGES = {
    "ary": "ar",
    "arz": "ar",
    "wuu": "zh",
    "yue": "zh",
    "uzs": "uz",
    "gug": "gn",
    "sdh": "ku",
    "ltg": "lv",
    "zxx": UNDETERMINED,  # "no linguistic content": emoji, numbers
}


class LanguageDetector(Protocol):
    def detect(self, text: str) -> str:
        """An ISO 639-1 code (ISO 639-3 where a language has none), or "und"."""
        ...


def runs_english_ner(language: str) -> bool:
    """Undetermined text goes through the English NER, as every article did before."""
    return language in (ENGLISH, UNDETERMINED)


class Py3LangidDetector:
    """py3langid: langid.py's maintained fork, its naive Bayes model (about 140 languages,
    4.5 MB) inside the package, so nothing is downloaded at run time."""

    def __init__(self, min_confidence: float = MIN_CONFIDENCE) -> None:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        self._min_confidence = min_confidence

    def detect(self, text: str) -> str:
        # Summed by macrolanguage first: Arabic split between MSA and Egyptian is Arabic.
        totals: dict[str, float] = {}
        for code, probability in self._identifier.rank(text[:SAMPLE_CHARS]):
            language = MACROLANGUAGES.get(str(code), str(code))
            totals[language] = totals.get(language, 0.0) + float(probability)
        best = max(totals, key=totals.__getitem__)
        return best if totals[best] >= self._min_confidence else UNDETERMINED
