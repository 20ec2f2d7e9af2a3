"""Articles in other languages, as a client posts them in plain text: a title line, a
blank line, then the body. Invented news, for the unit and e2e tiers alike."""

from __future__ import annotations

from tests.integration.bad_inputs import RUSSIAN_BODY

RUSSIAN = "Москва отремонтирует сорок школ\n\n" + RUSSIAN_BODY
GERMAN = (
    "Stadtrat beschließt neuen Haushalt\n\n"
    "Der Stadtrat von Freiburg hat am Dienstag den Haushalt für das kommende Jahr "
    "beschlossen. Der größte Teil der zusätzlichen Mittel geht an die Schulen.\n\n"
    "Die Opposition kritisierte, dass der Bau neuer Radwege erneut verschoben werde."
)
ARABIC = (
    "المجلس البلدي يقر ميزانية العام المقبل\n\n"
    "أقر المجلس البلدي في مدينة الإسكندرية يوم الثلاثاء ميزانية العام المقبل، "
    "وخصص الجزء الأكبر من الزيادة لترميم المدارس.\n\n"
    "وقال رئيس المجلس إن أعمال الترميم ستبدأ في شهر يوليو."
)
ENGLISH = (
    "Council approves budget\n\n"
    "The council in Dover met on Tuesday and approved the budget for the new school year.\n\n"
    "Most of the increase goes to repairing schools, the council leader said."
)
# The language each must be stored with, by its text.
EXPECTED = {RUSSIAN: "ru", GERMAN: "de", ARABIC: "ar", ENGLISH: "en"}
