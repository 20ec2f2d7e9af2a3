from pathlib import Path

from newsflow_ingest.adapters.state import IngestState
from newsflow_ingest.service.drop_folder import ingest_folder
from tests.unit.ingest.fakes import FakePublisher, ingestor

SEED = next((Path(__file__).parents[3] / "seeds").glob("*.txt"))


async def test_each_file_is_processed_once_across_restarts(tmp_path: Path) -> None:
    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "a.txt").write_text(SEED.read_text())
    (drop / "bad.txt").write_text("no body")
    publisher = FakePublisher()

    first_state = IngestState(tmp_path / "state.db")
    first = await ingest_folder(drop, ingestor(publisher), first_state.file_journal("raw"))
    first_state.close()
    (drop / "b.json").write_text('{"title": "Late", "body": "Arrived while we were down."}')
    second_state = IngestState(tmp_path / "state.db")  # a restart: nothing in memory
    second = await ingest_folder(drop, ingestor(publisher), second_state.file_journal("raw"))

    assert len(first.published) == 1 and list(first.invalid) == [str(drop / "bad.txt")]
    assert [a.title for a in publisher.published][1:] == ["Late"]
    assert len(second.published) == 1 and not second.invalid and not second.duplicates


async def test_a_changed_file_is_a_new_file(tmp_path: Path) -> None:
    journal = IngestState(tmp_path / "state.db").file_journal("raw")
    path = tmp_path / "a.json"
    publisher = FakePublisher()
    path.write_text('{"title": "v1", "body": "First draft."}')
    await ingest_folder(tmp_path, ingestor(publisher), journal)
    path.write_text('{"title": "v2", "body": "Second draft."}')
    await ingest_folder(tmp_path, ingestor(publisher), journal)
    assert [a.title for a in publisher.published] == ["v1", "v2"]


async def test_a_dropped_file_names_its_door_so_it_is_counted_as_watched(tmp_path: Path) -> None:
    journal = IngestState(tmp_path / "state.db").file_journal("raw")
    (tmp_path / "a.json").write_text('{"title": "Dropped", "body": "Into the folder."}')
    publisher = FakePublisher()
    await ingest_folder(tmp_path, ingestor(publisher), journal)
    assert [a.source for a in publisher.published] == ["watch:a.json"]
