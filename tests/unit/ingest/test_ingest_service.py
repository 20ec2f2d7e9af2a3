from pathlib import Path

from prometheus_client import CollectorRegistry

from newsflow_ingest.metrics import create_metrics
from newsflow_ingest.service import ingest_files
from newsflow_schemas import RawArticle

SEEDS = Path(__file__).parents[3] / "seeds"


class FakePublisher:
    def __init__(self) -> None:
        self.published: list[RawArticle] = []

    async def publish(self, article: RawArticle) -> None:
        self.published.append(article)


async def test_folder_ingest_publishes_each_article_once_and_reports_the_rest(
    tmp_path: Path,
) -> None:
    seed = next(SEEDS.glob("*.txt"))
    (tmp_path / "a.txt").write_text(seed.read_text())
    (tmp_path / "b.txt").write_text(seed.read_text())  # same article again
    (tmp_path / "c.txt").write_text("just a title")
    publisher, registry = FakePublisher(), CollectorRegistry()
    progressed: list[Path] = []

    report = await ingest_files([tmp_path], publisher, create_metrics(registry), progressed.append)

    assert [a.source for a in publisher.published] == ["file:a.txt"]
    assert report.published == [publisher.published[0].article_id]
    assert report.duplicates == report.published
    assert list(report.invalid) == [str(tmp_path / "c.txt")]
    assert len(progressed) == 3
    counted = registry.get_sample_value(
        "newsflow_articles_processed_total", {"stage": "ingest", "outcome": "invalid"}
    )
    assert counted == 1


async def test_ingesting_the_same_file_twice_gives_the_same_id(tmp_path: Path) -> None:
    publisher = FakePublisher()
    metrics = create_metrics(CollectorRegistry())
    await ingest_files(SEEDS.glob("*.txt"), publisher, metrics)
    await ingest_files(SEEDS.glob("*.txt"), publisher, metrics)
    first, second = publisher.published
    assert first.article_id == second.article_id
