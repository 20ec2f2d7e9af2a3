"""Language detectors on short news headlines: accuracy, load time, time a headline, memory.

    uv run --locked --with lingua-language-detector==2.1.1 python -m benchmarks.language_detectors

104 headlines, 4 in each of 26 languages, written for this benchmark, with the pairs that
detectors confuse (es/pt, da/no/sv, id/ms, ru/uk/bg, hr, fa/ar). Headlines are the hard
case: an article's body gives any of these detectors far more to go on. Each detector runs
in a process of its own, so that its peak memory (max RSS, with Python and numpy) is its
own. lingua is not a dependency of newsflow, hence `--with`; its 2.2 wheels need Python
3.12. newsflow's detector counts "und" (too short to tell) as a miss."""

from __future__ import annotations

import resource
import subprocess
import sys
import time
from collections.abc import Callable

DETECTORS = ("newsflow", "py3langid", "lingua-low", "lingua-high")
SAME = {"nb": "no"}  # lingua says Bokmål where the headlines say Norwegian

HEADLINES = {
    "en": [
        "Council approves budget for new school year",
        "Floods force thousands from their homes",
        "Shares fall after profit warning",
        "Minister resigns over expenses row",
    ],
    "de": [
        "Regierung beschließt neues Klimagesetz",
        "Hochwasser: Tausende müssen ihre Häuser verlassen",
        "Bayern gewinnt das Spitzenspiel gegen Dortmund",
        "Bahn streicht Hunderte Verbindungen wegen Streik",
    ],
    "nl": [
        "Kabinet presenteert nieuwe plannen voor woningbouw",
        "Duizenden mensen moeten hun huis verlaten door overstromingen",
        "Ajax wint met ruime cijfers van PSV",
        "Treinverkeer ligt plat door storing",
    ],
    "fr": [
        "Le gouvernement annonce une hausse des impôts",
        "Inondations : des milliers d'habitants évacués",
        "Le PSG s'impose face à Marseille",
        "Grève des cheminots ce jeudi",
    ],
    "es": [
        "El Gobierno aprueba los presupuestos del próximo año",
        "Miles de personas evacuadas por las inundaciones",
        "El Real Madrid gana la liga",
        "Huelga de médicos en los hospitales públicos",
    ],
    "pt": [
        "Governo aprova orçamento para o próximo ano",
        "Milhares de pessoas retiradas de casa pelas cheias",
        "Benfica vence o clássico frente ao Porto",
        "Greve dos professores fecha escolas",
    ],
    "it": [
        "Il governo approva la legge di bilancio",
        "Alluvione, migliaia di persone evacuate",
        "La Juventus batte l'Inter nel derby d'Italia",
        "Sciopero dei treni venerdì",
    ],
    "ru": [
        "Правительство утвердило бюджет на следующий год",
        "Тысячи людей эвакуированы из-за наводнения",
        "Спартак обыграл ЦСКА",
        "Мэр Москвы объявил о ремонте школ",
    ],
    "uk": [
        "Уряд ухвалив бюджет на наступний рік",
        "Тисячі людей евакуйовані через повінь",
        "Збройні сили звільнили село на сході",
        "Мер Києва оголосив про ремонт шкіл",
    ],
    "bg": [
        "Правителството прие бюджета за следващата година",
        "Хиляди хора бяха евакуирани заради наводненията",
        "Левски победи ЦСКА в дербито",
        "Стачка на учителите затвори училищата",
    ],
    "pl": [
        "Rząd przyjął budżet na przyszły rok",
        "Tysiące ludzi ewakuowanych z powodu powodzi",
        "Legia wygrała z Lechem",
        "Strajk nauczycieli zamknął szkoły",
    ],
    "sv": [
        "Regeringen lägger fram ny budget",
        "Tusentals evakueras efter översvämningar",
        "Malmö vann mot AIK",
        "Strejk stoppar tågtrafiken",
    ],
    "da": [
        "Regeringen fremlægger nyt finanslovsforslag",
        "Tusindvis evakueret efter oversvømmelser",
        "FC København vandt over Brøndby",
        "Strejke stopper togtrafikken",
    ],
    "no": [
        "Regjeringen legger fram nytt statsbudsjett",
        "Tusenvis evakuert etter flom",
        "Rosenborg slo Molde",
        "Streik stanser togtrafikken",
    ],
    "ar": [
        "الحكومة تقر ميزانية العام المقبل",
        "إجلاء الآلاف بسبب الفيضانات",
        "الأهلي يفوز على الزمالك",
        "إضراب المعلمين يغلق المدارس",
    ],
    "fa": [
        "دولت بودجه سال آینده را تصویب کرد",
        "هزاران نفر به دلیل سیل تخلیه شدند",
        "پرسپولیس استقلال را شکست داد",
        "اعتصاب معلمان مدارس را تعطیل کرد",
    ],
    "tr": [
        "Hükümet gelecek yılın bütçesini onayladı",
        "Sel nedeniyle binlerce kişi tahliye edildi",
        "Galatasaray Fenerbahçe'yi yendi",
        "Öğretmen grevi okulları kapattı",
    ],
    "id": [
        "Pemerintah menyetujui anggaran tahun depan",
        "Ribuan orang dievakuasi akibat banjir",
        "Persija mengalahkan Persib",
        "Mogok guru menutup sekolah",
    ],
    "ms": [
        "Kerajaan meluluskan belanjawan tahun hadapan",
        "Ribuan penduduk dipindahkan akibat banjir kilat",
        "Johor Darul Ta'zim menewaskan Selangor",
        "Mogok guru menyebabkan sekolah ditutup",
    ],
    "hr": [
        "Vlada je usvojila proračun za iduću godinu",
        "Tisuće ljudi evakuirano zbog poplava",
        "Dinamo pobijedio Hajduk",
        "Štrajk učitelja zatvorio škole",
    ],
    "zh": ["政府批准明年预算", "洪水迫使数千人撤离", "国足战胜日本队", "教师罢工导致学校停课"],
    "ja": [
        "政府が来年度予算を承認",
        "洪水で数千人が避難",
        "日本代表がドイツに勝利",
        "教員のストで学校が休校",
    ],
    "ko": [
        "정부, 내년 예산안 승인",
        "홍수로 수천 명 대피",
        "대표팀, 일본 꺾고 결승 진출",
        "교사 파업으로 학교 휴교",
    ],
    "hi": [
        "सरकार ने अगले साल का बजट मंजूर किया",
        "बाढ़ के कारण हजारों लोग विस्थापित",
        "भारत ने ऑस्ट्रेलिया को हराया",
        "शिक्षकों की हड़ताल से स्कूल बंद",
    ],
    "el": [
        "Η κυβέρνηση ενέκρινε τον προϋπολογισμό",
        "Χιλιάδες άνθρωποι απομακρύνθηκαν λόγω πλημμυρών",
        "Ο Ολυμπιακός νίκησε τον Παναθηναϊκό",
        "Απεργία των εκπαιδευτικών κλείνει τα σχολεία",
    ],
    "he": [
        "הממשלה אישרה את תקציב השנה הבאה",
        "אלפים פונו מבתיהם בגלל השיטפונות",
        "מכבי תל אביב ניצחה את הפועל",
        "שביתת המורים סגרה את בתי הספר",
    ],
}


def build(name: str) -> Callable[[str], str]:
    if name == "newsflow":
        from newsflow_enrich.domain.language import Py3LangidDetector

        return Py3LangidDetector().detect
    if name == "py3langid":
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
        return lambda text: str(identifier.classify(text)[0])
    from lingua import LanguageDetectorBuilder

    builder = LanguageDetectorBuilder.from_all_languages()
    if name == "lingua-low":
        builder = builder.with_low_accuracy_mode()
    detector = builder.build()

    def detect(text: str) -> str:
        language = detector.detect_language_of(text)
        return language.iso_code_639_1.name.lower() if language else "und"

    return detect


def measure(name: str) -> None:
    if name == "newsflow":  # its package imports spaCy: not the detector's load time
        import newsflow_enrich.domain.language  # noqa: F401
    started = time.perf_counter()
    detect = build(name)
    detect("warm up")
    loaded = time.perf_counter() - started
    texts = [(lang, text) for lang, texts in HEADLINES.items() for text in texts]
    started = time.perf_counter()
    answers = [(lang, SAME.get(got := detect(text), got)) for lang, text in texts]
    each = (time.perf_counter() - started) / len(texts)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    right = sum(lang == got for lang, got in answers)
    unsure = sum(got == "und" for _, got in answers)
    misses = " ".join(f"{lang}->{got}" for lang, got in answers if got not in (lang, "und"))
    print(f"{name:<12} {right:>3}/{len(texts)} right, {unsure:>2} und, load {loaded:5.2f} s,")
    print(f"{'':<12} {each * 1000:6.2f} ms a headline, max RSS {rss:5.0f} MB; wrong: {misses}")


def main() -> None:
    if len(sys.argv) > 1:
        measure(sys.argv[1])
        return
    for name in DETECTORS:
        subprocess.run([sys.executable, "-m", "benchmarks.language_detectors", name], check=True)


if __name__ == "__main__":
    main()
