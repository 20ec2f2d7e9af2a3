import json
from pathlib import Path

from prometheus_client import CollectorRegistry

from newsflow_ingest.metrics import create_metrics
from newsflow_ingest.service.files import ingest_files
from newsflow_ingest.service.ingestor import (
    DiscardingPublisher,
    DryRunSeenIds,
    Ingestor,
    MemorySeenIds,
)
from newsflow_schemas.raw_article import MAX_BODY_CHARS, MAX_BULLETS
from tests.unit.ingest.fakes import FakePublisher, counted, ingestor

SEEDS = Path(__file__).parents[3] / "seeds"
SEED = next(SEEDS.glob("*.txt"))


async def test_folder_ingest_publishes_each_article_once_and_reports_the_rest(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text(SEED.read_text())
    (tmp_path / "b.txt").write_text(SEED.read_text())  # same article again
    (tmp_path / "c.txt").write_text("just a title")
    (tmp_path / ".partial.txt").write_text("ignored: a dot file is not an article yet")
    publisher, registry = FakePublisher(), CollectorRegistry()
    progressed: list[Path] = []

    report = await ingest_files([tmp_path], ingestor(publisher, registry), progressed.append)

    assert [a.source for a in publisher.published] == ["file:a.txt"]
    assert report.published == [publisher.published[0].article_id]
    assert report.duplicates == report.published
    assert list(report.invalid) == [str(tmp_path / "c.txt")]
    assert "title line and one body" in report.invalid[str(tmp_path / "c.txt")]
    assert len(progressed) == 3
    assert counted(registry, "invalid") == 1 and counted(registry, "duplicate") == 1


async def test_json_files_hold_one_article_or_a_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(json.dumps({"title": "One", "body": "Body one."}))
    (tmp_path / "two.json").write_text(
        json.dumps([{"title": "Two", "body": "Body two."}, {"title": "Three", "body": "3."}])
    )
    publisher = FakePublisher()
    named = [tmp_path / "one.json", tmp_path / "two.json"]
    report = await ingest_files(named, ingestor(publisher))
    assert sorted(a.title for a in publisher.published) == ["One", "Three", "Two"]
    assert len(report.published) == 3 and not report.invalid


async def test_folders_contribute_only_seed_format_files(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "annotations.json").write_text('{"entities": []}')
    (tmp_path / "a.txt").write_text(SEED.read_text())
    report = await ingest_files([tmp_path], ingestor(FakePublisher()))
    assert len(report.published) == 1 and not report.invalid


async def test_invalid_json_files_say_which_field_is_wrong(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps([{"title": "ok", "body": "fine"}, {"title": "", "body": "x"}]))
    report = await ingest_files([bad], ingestor(FakePublisher()))
    assert report.invalid[str(bad)].startswith("1.title: String should have at least 1 character")


async def test_an_id_published_by_an_earlier_run_is_a_duplicate(tmp_path: Path) -> None:
    seen, publisher = MemorySeenIds(), FakePublisher()
    await ingest_files([SEED], ingestor(publisher, seen=seen))
    report = await ingest_files([SEED], ingestor(publisher, seen=seen))
    assert len(publisher.published) == 1
    assert report.duplicates == [publisher.published[0].article_id] and not report.published


async def test_a_dry_run_validates_reports_and_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SEED.read_text())
    (tmp_path / "b.txt").write_text("no body")
    real_seen = MemorySeenIds()
    dry = Ingestor(
        DiscardingPublisher(), DryRunSeenIds(real_seen), create_metrics(CollectorRegistry())
    )

    report = await ingest_files([tmp_path, tmp_path / "a.txt"], dry)

    assert len(report.published) == 1 and len(report.duplicates) == 1
    assert list(report.invalid) == [str(tmp_path / "b.txt")]
    assert not real_seen.seen(report.published[0])


async def test_files_over_a_limit_are_reported_invalid_with_the_reason(tmp_path: Path) -> None:
    text = tmp_path / "long.txt"
    text.write_text("Title\n\n" + "Word " * (MAX_BODY_CHARS // 5 + 1))
    listed = tmp_path / "listed.json"
    listed.write_text(json.dumps({"title": "T", "body": "B", "bullets": ["b"] * (MAX_BULLETS + 1)}))
    publisher = FakePublisher()

    report = await ingest_files([text, listed], ingestor(publisher))

    assert report.invalid[str(text)].startswith(
        f"body: String should have at most {MAX_BODY_CHARS}"
    )
    assert report.invalid[str(listed)].startswith(
        f"bullets: Tuple should have at most {MAX_BULLETS}"
    )
    assert publisher.published == []
