"""Round 3's linking rules, each on small invented sentences written in ordinary news style."""

from __future__ import annotations

from newsflow_enrich.domain.descriptors import noun_type
from newsflow_enrich.domain.gazetteer import Gazetteer
from newsflow_enrich.domain.linking.cleaning import name_pieces
from newsflow_enrich.domain.linking.document import Document
from newsflow_enrich.domain.linking.heads import head_type, is_club
from newsflow_enrich.domain.linking.mentions import find_mentions
from newsflow_enrich.domain.mentions import RawEntity
from newsflow_enrich.domain.names import person_tokens, surname
from tests.unit.enrich.linking_helpers import article_of as _article
from tests.unit.enrich.linking_helpers import found_mentions as _found
from tests.unit.enrich.linking_helpers import linked, mentioned


def _pieces(text: str, name: str, label: str = "PERSON") -> list[str]:
    start = text.index(name)
    return [text[s:e] for s, e in name_pieces(text, start, start + len(name), label)]


def test_an_age_in_commas_says_a_person(gazetteer: Gazetteer) -> None:
    text = (
        '"He took care of us," said Lorna Quayle, 58, a market vendor. The festival in '
        "Ardmore, 2024, was cancelled. Quayle runs a stall."
    )
    entities = linked(mentioned(text, {"Lorna Quayle": "ORG", "Quayle": "ORG"}), gazetteer)
    assert entities["Lorna Quayle"].type == "PERSON"
    assert entities["Quayle"] is entities["Lorna Quayle"]
    article = _article(text)
    start = text.index("Ardmore")
    assert not article.span((start, start + len("Ardmore")), "GPE").personal


def test_roles_in_apposition_say_a_person_and_a_film_maker_is_no_company() -> None:
    for role in ("prosecutor", "barrister", "shopkeeper", "forward", "filmmaker", "lawmaker"):
        assert noun_type(role) == "PERSON", role
    assert noun_type("carmaker") == noun_type("drugmaker") == "ORG"
    assert noun_type("maker") is None  # the parse cuts "film-maker" to "maker"


def test_name_words_that_the_cleaning_used_to_cut() -> None:
    text = "said Dr Hamid Osman el-Nour, the director. In Dilling, el-Nour said no."
    assert _pieces(text, "Dr Hamid Osman el-Nour") == ["Hamid Osman el-Nour"]
    assert _pieces(text, "el-Nour said", "ORG") == ["el-Nour"]
    text = "The coalition's director, Antonio Sy Lim Jr., said the ruling was fair."
    assert _pieces(text, "Antonio Sy Lim Jr.") == ["Antonio Sy Lim Jr."]
    text = "His lawyer, Atty. Jose Bautista, and a priest, Fr. Ramon Tan, spoke."
    assert _pieces(text, "Atty. Jose Bautista") == ["Jose Bautista"]
    assert _pieces(text, "Fr. Ramon Tan") == ["Ramon Tan"]


def test_a_generational_suffix_is_not_the_surname() -> None:
    assert person_tokens("Tyrese McAllister Jr.") == ["tyrese", "mcallister"]
    assert surname("Tyrese McAllister Jr.") == "McAllister"


def test_given_names_left_between_a_title_and_a_surname(gazetteer: Gazetteer) -> None:
    text = "Central Sulawesi Governor Andi Rahmat Lamangkona said the province was not consulted."
    found = _found(text, [("Lamangkona", "PERSON")], gazetteer)
    assert "Andi Rahmat Lamangkona" in found and "Lamangkona" not in found


def test_one_name_the_model_cut_in_two(gazetteer: Gazetteer) -> None:
    text = (
        "The finance director, María del Carmen Iborra Soler, denied it. Iborra's lawyer "
        "spoke. The American forward, Tyrese McAllister Jr., missed. McAllister scored 22. "
        "Francisco Javier Oltra Mompó, 67, built the firm. Oltra denies fraud."
    )
    tagged = [
        ("María del Carmen", "ORG"),
        ("Iborra Soler", "PERSON"),
        ("Iborra", "ORG"),
        ("Tyrese", "NORP"),
        ("McAllister Jr.", "PERSON"),
        ("McAllister", "PERSON"),
        ("Francisco", "PERSON"),
        ("Oltra", "ORG"),
    ]
    found = _found(text, tagged, gazetteer)
    assert {"María del Carmen Iborra Soler", "Tyrese McAllister Jr."} <= found
    assert "Francisco Javier Oltra Mompó" in found


def test_a_people_word_before_a_name_stays_apart(gazetteer: Gazetteer) -> None:
    text = "The Lithuanian Mantas Gedvilas added 15. Gedvilas was named the best player."
    tagged = [("Lithuanian", "NORP"), ("Mantas Gedvilas", "PERSON"), ("Gedvilas", "PERSON")]
    assert "Lithuanian Mantas Gedvilas" not in _found(text, tagged, gazetteer)


def test_a_credit_line_names_people_whole(gazetteer: Gazetteer) -> None:
    text = (
        "The talks ended without a deal.\n\n(Reporting by Adaeze Umeh in Ilorin and Musa "
        "Garba Tanko in Abuja; Additional reporting by Ayen Deng Malual and Newsflow's "
        "Sudan team; Editing by Peter Holloway)"
    )
    tagged = [("Adaeze Umeh", "PERSON"), ("Ayen Deng", "PERSON"), ("Peter Holloway", "PERSON")]
    found = _found(text, tagged, gazetteer)
    people = {"Adaeze Umeh", "Musa Garba Tanko", "Ayen Deng Malual", "Peter Holloway"}
    assert people <= found and "Ayen Deng" not in found
    assert not any("Sudan team" in m for m in found)


def test_prose_written_by_someone_is_no_credit_line(gazetteer: Gazetteer) -> None:
    text = "The ruling was written by Judge Ana Ortiz Vela, who said it was final."
    found = _found(text, [("Ana Ortiz Vela", "PERSON")], gazetteer)
    assert "Ana Ortiz Vela" in found and "Judge Ana Ortiz Vela" not in found


def test_a_surname_that_father_and_son_share_is_the_principals(gazetteer: Gazetteer) -> None:
    text = (
        "Francisco Javier Oltra Mompó built the group. Its chief executive, his son Tomás "
        "Oltra Ferrándiz, is not charged. If convicted, Oltra would be barred from office."
    )
    labels = {
        "Francisco Javier Oltra Mompó": "PERSON",
        "Tomás Oltra Ferrándiz": "PERSON",
        "Oltra": "ORG",
    }
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Oltra"] is entities["Francisco Javier Oltra Mompó"]
    assert entities["Oltra"].type == "PERSON"


def test_a_lone_word_no_person_explains_is_what_its_context_says(gazetteer: Gazetteer) -> None:
    text = (
        "Rebels closed in on Tarbyin on Sunday. Families fled to villages near Tarbyin. "
        "Residents of Tarbyin said the shelling had stopped. Okonjo said the talks had "
        "failed. Floods hit farms in Ondiri and Kelsa states."
    )
    labels = {"Tarbyin": "PERSON", "Okonjo": "PERSON", "Ondiri": "PERSON", "Kelsa": "PERSON"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Tarbyin"].type == "PLACE"
    assert entities["Okonjo"].type == "PERSON"  # a speech verb says a person is meant
    assert entities["Ondiri"].type == "PLACE"  # a list ended by a plural place noun


def test_a_person_named_in_full_keeps_the_lone_surname(gazetteer: Gazetteer) -> None:
    text = "Semisi Naivalu scored twice. Then came Naivalu, near the line."
    labels = {"Semisi Naivalu": "PERSON", "Naivalu": "PERSON"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Naivalu"] is entities["Semisi Naivalu"]
    assert entities["Naivalu"].type == "PERSON"


def test_head_words_of_companies_teams_states_and_chambers() -> None:
    for company in ("Lanternfish Films", "Fenbridge Homes", "Keystone Ridge Digital"):
        assert head_type(company) == "ORG", company
    assert is_club("Harrogate Knights") and not is_club("Knights")
    assert head_type("Kwara State") == "PLACE"
    assert head_type("Kwara State House of Assembly") == "ORG"
    assert head_type("White House") is None


def test_a_state_is_its_own_name_but_not_its_assembly(gazetteer: Gazetteer) -> None:
    text = (
        "Members of the Ondiri State House of Assembly voted to impeach him. Lawmakers in "
        "Ondiri State acted on Tuesday. Floods hit Ondiri in September."
    )
    labels = {"Ondiri State House of Assembly": "ORG", "Ondiri State": "GPE", "Ondiri": "GPE"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Ondiri"] is entities["Ondiri State"]
    assert entities["Ondiri State"] is not entities["Ondiri State House of Assembly"]
    assert entities["Ondiri State House of Assembly"].type == "ORG"


def test_an_acronym_spelt_with_letters_from_inside_its_words(gazetteer: Gazetteer) -> None:
    text = (
        "The Association of Southeast Asian Nations met on Monday. ASEAN said talks would "
        "go on. The Korea AeroSpace Administration launched the lander. KASA said it was on "
        "course. The Donetsk People's Republic held a vote. The DPR said it was over."
    )
    labels = {
        "Association of Southeast Asian Nations": "ORG",
        "ASEAN": "ORG",
        "Korea AeroSpace Administration": "ORG",
        "KASA": "ORG",
        "Donetsk People's Republic": "GPE",
        "DPR": "ORG",
    }
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["ASEAN"] is entities["Association of Southeast Asian Nations"]
    assert entities["KASA"] is entities["Korea AeroSpace Administration"]
    assert entities["DPR"] is entities["Donetsk People's Republic"]  # initials come first
    assert entities["ASEAN"] is not entities["KASA"]


def test_two_people_tagged_as_one_name_are_two(gazetteer: Gazetteer) -> None:
    text = (
        "The mayor paid the brother-in-law, Ernesto Dela Peña, for gravel. The Ombudsman "
        "filed charges against Pacquing and Dela Peña. Pacquing denied it."
    )
    tagged = [("Ernesto Dela Peña", "PERSON"), ("Pacquing and Dela Peña", "WORK_OF_ART")]
    found = _found(text, [*tagged, ("Pacquing", "PERSON")], gazetteer)
    assert {"Pacquing", "Dela Peña"} <= found and "Pacquing and Dela Peña" not in found


def test_a_nickname_in_quotes_is_the_persons(gazetteer: Gazetteer) -> None:
    text = (
        'The Ombudsman found Mayor Rodolfo "Dodong" Pacquing of San Remigio guilty. '
        '"Mayor Dodong took care of us," a vendor said. Pacquing will appeal.'
    )
    tagged = [
        ("Rodolfo", "PERSON"),
        ('Dodong" Pacquing of San Remigio', "WORK_OF_ART"),
        ("Dodong", "PERSON"),
        ("Pacquing", "PERSON"),
    ]
    found = _found(text, tagged, gazetteer)
    assert {'Rodolfo "Dodong" Pacquing', "San Remigio", "Dodong"} <= found
    assert not any(m.startswith('Dodong"') for m in found)
    entities = linked(
        mentioned(text, {'Rodolfo "Dodong" Pacquing': "PERSON", "Dodong": "PERSON"}), gazetteer
    )
    assert entities["Dodong"] is entities['Rodolfo "Dodong" Pacquing']


def test_what_only_a_place_has(gazetteer: Gazetteer) -> None:
    text = (
        "Agata Nowak, the mayor of Wolsztyn, signed the letter. Who will build the road to "
        "Hagnaya now? Drivers carry soya from Mato Sereno to Santarém. Nowak said she "
        "would stand again."
    )
    labels = {
        "Agata Nowak": "PERSON",
        "Wolsztyn": "PERSON",
        "Hagnaya": "PERSON",
        "Mato Sereno": "PERSON",
        "Nowak": "PERSON",
    }
    entities = linked(mentioned(text, labels), gazetteer)
    assert {entities[n].type for n in ("Wolsztyn", "Hagnaya", "Mato Sereno")} == {"PLACE"}
    assert entities["Nowak"] is entities["Agata Nowak"]
    assert entities["Nowak"].type == "PERSON"


def test_a_role_in_capitals_is_no_acronym_and_a_nationality_no_short_form(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "Traders in Market Place objected. The local MP said parking would stay. The Polish "
        "Academy of Sciences published a study. Polish farmers protested."
    )
    labels = {"Market Place": "FAC", "MP": "ORG", "Polish Academy of Sciences": "ORG"}
    entities = linked(mentioned(text, {**labels, "Polish": "NORP"}), gazetteer)
    assert entities["MP"] is not entities["Market Place"]
    assert entities["Polish"] is not entities["Polish Academy of Sciences"]
    assert entities["Polish Academy of Sciences"].type == "ORG"


def test_every_item_of_a_list_after_a_place_noun_is_a_place(gazetteer: Gazetteer) -> None:
    text = (
        "Its towns, among them Harwick, Ollery and Branmoor, depend on farming. The plane "
        "serves airports such as Phu Quoc, Con Dao and Dien Bien Phu. The president of "
        "Arvale, Tomas Brek, objected."
    )
    labels = {n: "ORG" for n in ("Harwick", "Ollery", "Branmoor", "Con Dao", "Arvale")}
    labels.update({"Phu Quoc": "PERSON", "Dien Bien Phu": "PERSON", "Tomas Brek": "PERSON"})
    entities = linked(mentioned(text, labels), gazetteer)
    places = ("Harwick", "Ollery", "Branmoor", "Phu Quoc", "Con Dao", "Dien Bien Phu")
    assert {entities[n].type for n in places} == {"PLACE"}
    assert entities["Arvale"].type == "ORG" and entities["Tomas Brek"].type == "PERSON"


def test_a_company_shortened_to_its_first_words_is_no_person(gazetteer: Gazetteer) -> None:
    text = (
        "Keystone Ridge Digital wants to build a data centre. Keystone Ridge says the campus "
        "will use little water. Its founder, Dana Whitlock, spoke."
    )
    labels = {
        "Keystone Ridge Digital": "ORG",
        "Keystone Ridge": "PERSON",
        "Dana Whitlock": "PERSON",
    }
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Keystone Ridge"] is entities["Keystone Ridge Digital"]
    assert entities["Keystone Ridge"].type == "ORG"
    assert entities["Dana Whitlock"].type == "PERSON"


def test_known_as_after_a_name_in_full_or_a_person(gazetteer: Gazetteer) -> None:
    text = (
        "Campaigners from the Jakarta-based Indonesian Forum for the Environment, known as "
        "Walhi, objected. Walhi said the rule had no teeth. The militia's commander, "
        "Brigadier Adam Suleiman Haroun, known to his fighters as Abu Shanab, did not reply. "
        "A team at Eötvös Loránd University in Budapest, known as ELTE, built the camera."
    )
    tagged = [
        ("Indonesian Forum", "ORG"),
        ("Walhi", "ORG"),
        ("Walhi", "ORG"),
        ("Adam Suleiman Haroun", "PERSON"),
        ("Abu Shanab", "GPE"),
        ("Eötvös Loránd University", "ORG"),
        ("Budapest", "GPE"),
        ("ELTE", "ORG"),
    ]
    raw, at = [], 0
    for name, label in tagged:
        start = text.index(name, at)
        raw.append(RawEntity(start, start + len(name), label))
        at = start + len(name)
    entities = linked(find_mentions(Document(_article(text), tuple(raw)), gazetteer), gazetteer)
    forum = entities["Indonesian Forum for the Environment"]
    assert entities["Walhi"] is forum and "Jakarta-based Indonesian Forum" not in entities
    assert entities["Abu Shanab"] is entities["Adam Suleiman Haroun"]
    assert entities["Abu Shanab"].type == "PERSON"
    assert entities["ELTE"] is not entities["Budapest"]  # one word before is no name in full


def test_a_name_beside_a_role_noun_is_a_person(gazetteer: Gazetteer) -> None:
    text = (
        "Their coach, the former Wales flanker Rhodri ap Gwyn, shook his head. Clementine "
        "Duvauchelle, the UN humanitarian coordinator for Sudan, said aid was blocked. "
        "Deutsche Bank, the German lender, declined to comment. The director Amal spoke "
        'first. "I said nothing clever," ap Gwyn said.'
    )
    found = _found(text, [("Wales", "GPE"), ("Deutsche Bank", "ORG"), ("Gwyn", "ORG")], gazetteer)
    assert {"Rhodri ap Gwyn", "Clementine Duvauchelle", "ap Gwyn"} <= found
    assert "Deutsche Bank" in found and "Gwyn" not in found
    assert not any("Amal" in m for m in found)  # one word is no name in full


def test_a_club_moving_from_one_to_another_stays_a_club(gazetteer: Gazetteer) -> None:
    text = (
        "The striker moved from Velmora to Ostrava United last summer. Velmora said the fee "
        "was fair. Fighters of the Islamic State attacked the town."
    )
    labels = {"Velmora": "ORG", "Ostrava United": "ORG", "Islamic State": "ORG"}
    entities = linked(mentioned(text, labels), gazetteer)
    assert entities["Velmora"].type == "ORG"
    assert entities["Islamic State"].type == "ORG"  # known, whatever its head word says
