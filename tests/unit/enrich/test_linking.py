"""Canonical entities, places and quotes on the seed articles, with the real model."""

from newsflow_enrich.domain import Enricher
from newsflow_schemas import CanonicalEntity, EnrichedArticle
from tests import factories

SEED = "000_4df16f0c322def31"


def entity(enriched: EnrichedArticle, alias: str) -> CanonicalEntity:
    (found,) = [e for e in enriched.canonical_entities if alias in e.aliases]
    return found


def test_every_mention_and_sentence_indexes_the_published_text(
    enriched_seeds: dict[str, EnrichedArticle],
) -> None:
    for enriched in enriched_seeds.values():
        text, sentences = enriched.text, enriched.sentences
        assert [s.index for s in sentences] == list(range(len(sentences)))
        for e in enriched.canonical_entities:
            assert e.mention_count == len(e.mentions)
            for m in e.mentions:
                assert text[m.start : m.end] == m.text
                sentence = sentences[m.sentence]
                assert sentence.start <= m.start < m.end <= sentence.end
        for q in enriched.quotes:
            assert text[q.start : q.end] == q.text


def test_one_person_under_all_spellings(enriched_seeds: dict[str, EnrichedArticle]) -> None:
    zelensky = entity(enriched_seeds[SEED], "Zelenskiy")
    assert (zelensky.name, zelensky.type) == ("Volodymyr Zelensky", "PERSON")
    assert {"Zelensky", "Volodymyr Zelensky", "Zelenskiy"} == set(zelensky.aliases)
    assert zelensky.alias_keys[:2] == ("PERSON:volodymyr zelensky", "PERSON:zelensky")
    pushilin = entity(enriched_seeds[SEED], "Pushilin")
    assert pushilin.name == "Denis Pushilin"


def test_a_place_is_one_entity_on_the_map_whatever_spaCy_called_it(
    enriched_seeds: dict[str, EnrichedArticle],
) -> None:
    seed = enriched_seeds[SEED]
    luhansk = entity(seed, "Luhansk")
    assert luhansk.type == "PLACE" and luhansk.place is not None
    assert {m.text for m in luhansk.mentions} == {"Luhansk"}
    assert "ENTIRE Luhansk" not in {m.text for e in seed.canonical_entities for m in e.mentions}
    uk = entity(seed, "Britain")
    assert set(uk.aliases) == {"UK", "Britain", "United Kingdom"}
    assert uk.place is not None and uk.place.country_code == "GB"
    assert uk.alias_keys[0] == "PLACE:geonames:2635167"
    izyum = entity(seed, "Izium")
    assert "Izyum" in izyum.aliases and izyum.place is not None


def test_acronyms_join_their_long_form(enriched_seeds: dict[str, EnrichedArticle]) -> None:
    dpr = entity(enriched_seeds[SEED], "DPR")
    assert dpr.name == "Donetsk People's Republic"  # names use straight apostrophes
    cma = entity(enriched_seeds["001_arden_helix_takeover"], "CMA")
    assert (cma.name, cma.type) == ("Competition and Markets Authority", "ORG")


def test_people_who_share_a_surname_stay_apart(
    enriched_seeds: dict[str, EnrichedArticle],
) -> None:
    sport = enriched_seeds["003_queens_final_bennett"]
    tom, richard = entity(sport, "Tom Bennett"), entity(sport, "Richard Bennett")
    assert tom is not richard
    assert "Bennett" in tom.aliases  # the bare surname is the player the story is about
    assert "PERSON:bennett" not in tom.alias_keys + richard.alias_keys
    darya = entity(sport, "Daria Lebedeva")
    assert "Darya Lebedeva" in darya.aliases


def test_quotes_name_their_speakers(enriched_seeds: dict[str, EnrichedArticle]) -> None:
    by_start = {q.text[:20]: q for q in enriched_seeds[SEED].quotes}
    assert by_start["We warned the Russia"].speaker == "Volodymyr Zelensky"
    assert by_start["We warned the Russia"].speaker_key == "PERSON:volodymyr zelensky"
    assert by_start["It\u2019s a lie, and of c"].speaker == "Dmitry Peskov"
    assert by_start["The situation remain"].speaker is None  # "a spokesman … said"


def test_salience_and_entity_sentiment(enriched_seeds: dict[str, EnrichedArticle]) -> None:
    seed = enriched_seeds[SEED]
    assert seed.canonical_entities[0].name == "Ukraine"
    assert all(0 <= e.salience <= 1 for e in seed.canonical_entities)
    peskov = entity(seed, "Dmitry Peskov")
    scores = {s.index: s.compound for s in seed.sentences}
    expected = sum(scores[i] for i in {m.sentence for m in peskov.mentions}) / len(
        {m.sentence for m in peskov.mentions}
    )
    assert peskov.sentiment == round(expected, 4)


def test_raw_text_with_bullets_and_odd_spaces_gives_clean_entities(enricher: Enricher) -> None:
    body = (
        "  \u2022 Ukrainian troops continue advancing following Russian rout in Kharkiv\u00a0\n"
        "  \u2022 Soldiers re-took a town in Luhansk province, governor Serhiy Gaidai said\n\n"
        "Gaidai said the army is preparing. Read Full Article"
    )
    enriched = enricher.enrich(factories.raw_article(title="Advance in the east", body=body))
    names = {e.name: e.type for e in enriched.canonical_entities}
    assert names.get("Kharkiv") == "PLACE"
    assert names.get("Serhiy Gaidai") == "PERSON"
    assert not any("\n" in m.text for e in enriched.canonical_entities for m in e.mentions)
