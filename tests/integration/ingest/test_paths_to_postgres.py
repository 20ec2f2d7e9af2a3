"""Every way an article arrives, each ending with the article's row in PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from pathlib import Path

import pytest

from benchmarks.near_duplicates.corpus import STORIES
from benchmarks.near_duplicates.pairs import syndicate
from newsflow_ingest.bootstrap import ingest_feeds, ingest_paths, watch
from newsflow_ingest.service.ingestor import IngestReport
from tests.integration.ingest.conftest import IngestPipeline
from tests.integration.ingest.site import local_site
from tests.pipeline import ingest_client, running, service
from tests.unit.ingest.feed_samples import HARBOUR, article_page, atom_feed, rss_feed

pytestmark = pytest.mark.integration

KCAT_EXAMPLE = Path(__file__).parents[3] / "examples" / "produce_with_kcat.sh"


def unique(label: str) -> str:
    return f"{label} {uuid.uuid4().hex[:8]}"


async def test_http_posts_and_configured_feeds_reach_postgres(
    pipeline: IngestPipeline, tmp_path: Path
) -> None:
    with local_site() as site:
        title = unique("Harbour dredging row ends")
        site.put("/harbour", "text/html", article_page(title, HARBOUR))
        feed = site.put(
            "/rss",
            "application/rss+xml",
            rss_feed(site.base_url, [(title, "/harbour", "")]),
            etag='"v1"',
        )
        env = {
            **pipeline.env,
            "NEWSFLOW_HOME": str(tmp_path),
            "INGEST_FEEDS": feed,
            "INGEST_FEED_INTERVAL_SECONDS": "1",
        }
        ingest = service("ingest", env)
        with running([ingest], tmp_path / "run"):
            article = {"title": unique("Council approves budget"), "body": "The council met."}
            async with ingest_client(ingest) as http:
                first = await http.post("/articles", json=article)
                again = await http.post("/articles", json=[article])
                metrics = (await http.get(ingest.metrics_url)).text
            [posted_id] = first.json()["article_ids"]
            rows = await pipeline.stored([posted_id])
            feed_rows = await pipeline.stored([_feed_article_id(site.base_url + "/harbour")])

    assert first.status_code == 202 and again.status_code == 202
    assert again.json() == {"article_ids": [posted_id], "duplicates": [posted_id]}
    assert 'newsflow_articles_processed_total{outcome="duplicate",stage="ingest"} 1.0' in metrics
    assert rows[posted_id]["title"] == article["title"] and rows[posted_id]["source"] == "http"
    [feed_row] = feed_rows.values()
    assert feed_row["title"] == title and feed_row["body"] == "\n\n".join(HARBOUR)


def _feed_article_id(url: str) -> str:
    from newsflow_schemas import article_id

    return article_id(url=url, title="", body="")


async def test_rss_and_atom_feeds_reach_postgres_and_unchanged_feeds_are_not_refetched(
    pipeline: IngestPipeline, tmp_path: Path
) -> None:
    with local_site() as site:
        rss_title, atom_title = unique("Port Ellis dredging"), unique("Wire: dredging deal")
        site.put("/story", "text/html", article_page(rss_title, HARBOUR))
        rss = site.put(
            "/rss.xml",
            "application/rss+xml",
            rss_feed(site.base_url, [(rss_title, "/story", "Teaser.")]),
            etag='"rss-1"',
        )
        atom = site.put(
            "/atom.xml",
            "application/atom+xml",
            atom_feed(site.base_url, atom_title, "/wire", HARBOUR[:2]),
            etag='"atom-1"',
        )
        settings = pipeline.ingest_settings(tmp_path)
        first = await ingest_feeds(settings, [rss, atom])
        second = await ingest_feeds(settings, [rss, atom])
        rows = await pipeline.stored(first.published)

    assert not first.invalid and len(first.published) == 2
    assert second == IngestReport(unchanged=[rss, atom])  # both feeds answered 304
    assert site.statuses("/rss.xml") == [200, 304] and site.statuses("/atom.xml") == [200, 304]
    assert site.statuses("/wire") == []  # the Atom entry carried its text
    by_title = {row["title"]: row for row in rows.values()}
    assert by_title[rss_title]["body"] == "\n\n".join(HARBOUR)
    assert by_title[rss_title]["standfirst"] == "Teaser."
    assert by_title[atom_title]["body"] == "\n\n".join(HARBOUR[:2])
    assert by_title[atom_title]["source"] == f"feed:{atom}"


async def test_a_drop_folder_file_reaches_postgres_once_across_restarts(
    pipeline: IngestPipeline, tmp_path: Path
) -> None:
    folder, settings = tmp_path / "drop", pipeline.ingest_settings(tmp_path / "home")
    folder.mkdir()
    reports: list[IngestReport] = []
    stop, published_something = asyncio.Event(), asyncio.Event()

    def on_report(report: IngestReport) -> None:
        reports.append(report)
        if report.published:
            published_something.set()

    watcher = asyncio.create_task(watch(settings, folder, on_report, stop))
    await asyncio.sleep(1)  # the watcher is up and has caught up on an empty folder
    article = {"title": unique("Dropped story"), "body": "Arrived through the drop folder."}
    incoming = folder / ".incoming.json"  # written under a dot name, then moved in
    incoming.write_text(json.dumps(article))
    incoming.rename(folder / "story.json")
    await asyncio.wait_for(published_something.wait(), 30)
    stop.set()
    await watcher
    [published] = [r.published for r in reports if r.published]
    rows = await pipeline.stored(published)

    (folder / "late.txt").write_text(
        f"{unique('Late story')}\n\nA standfirst.\n\nWritten while away."
    )
    restarted: list[IngestReport] = []
    stop = asyncio.Event()
    stop.set()  # catch up, then stop at once
    await watch(settings, folder, restarted.append, stop)

    assert rows[published[0]]["title"] == article["title"]
    assert len(restarted[0].published) == 1 and not restarted[0].duplicates  # only late.txt
    await pipeline.stored(restarted[0].published)


async def test_a_kcat_producer_reaches_postgres(pipeline: IngestPipeline) -> None:
    url = f"https://example.org/kcat/{uuid.uuid4().hex[:8]}"
    title = unique("Produced with kcat")
    process = await asyncio.create_subprocess_exec(
        str(KCAT_EXAMPLE),
        url,
        title,
        'First paragraph.\n\nSecond, with "quotes".',
        env={**os.environ, **pipeline.env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, stderr.decode()
    article_id = stdout.decode().strip().splitlines()[-1]
    rows = await pipeline.stored([article_id])
    assert rows[article_id]["title"] == title and rows[article_id]["source"] == "kcat"
    assert rows[article_id]["body"] == 'First paragraph.\n\nSecond, with "quotes".'
    assert (await pipeline.enriched(article_id)).article.url == url


async def test_a_syndicated_copy_is_flagged_as_a_near_duplicate(
    pipeline: IngestPipeline, tmp_path: Path
) -> None:
    import random

    _, story = STORIES["space"][0]
    original, copy = tmp_path / "original.txt", tmp_path / "copy.txt"
    original.write_text(f"{unique('Aurora lands')}\n\n{story}")
    original_report = await ingest_paths(pipeline.ingest_settings(tmp_path), [original])
    await pipeline.stored(original_report.published)
    copy.write_text(f"{unique('Moon lander down')}\n\n{syndicate(story, random.Random(3))}")
    copy_report = await ingest_paths(pipeline.ingest_settings(tmp_path), [copy])
    [original_id], [copy_id] = original_report.published, copy_report.published

    rows = await pipeline.stored([original_id, copy_id])
    assert (await pipeline.enriched(copy_id)).duplicate_of == original_id
    assert (await pipeline.enriched(original_id)).duplicate_of is None
    assert rows[copy_id]["duplicate_of"] == original_id
    assert rows[original_id]["duplicate_of"] is None
