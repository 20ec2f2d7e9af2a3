"""What `make run` shows a person: each article's title, sentiment and top entities."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

from newsflow_ingest.service import expand_paths, read_article
from newsflow_schemas import EnrichedArticle
from newsflow_store.adapters.read_model import (
    ArticleSummary,
    stored_summaries,
    wait_until_stored,
)


def print_enriched(console: Console, enriched: EnrichedArticle, top: int = 5) -> None:
    counts = Counter((e.text, e.label) for e in enriched.entities)
    entities = ", ".join(f"{text} ({label}) x{n}" for (text, label), n in counts.most_common(top))
    console.print(f"[bold]{enriched.article.title}[/bold]")
    sentiment = enriched.sentiment
    console.print(f"  sentiment {sentiment.label.value} ({sentiment.compound:+.3f})")
    console.print(f"  entities  {entities}")


def article_ids(paths: Sequence[Path]) -> list[str]:
    """Ids are deterministic, so the ids the pipeline will store are known up front."""
    now = datetime.now(UTC)
    return [read_article(path, now).article_id for path in expand_paths(paths)]


def summary_table(summaries: Sequence[ArticleSummary]) -> Table:
    table = Table(title="Stored articles", show_lines=True)
    for column in ("article", "sentiment", "top entities"):
        table.add_column(column)
    for summary in summaries:
        table.add_row(
            f"{summary.title}\n[dim]{summary.article_id}[/dim]",
            f"{summary.sentiment_label} ({summary.sentiment_compound:+.3f})",
            "\n".join(f"{e.name} ({e.label}) x{e.mention_count}" for e in summary.top_entities),
        )
    return table


def wait_and_print(
    console: Console, database_url: str, paths: Sequence[Path], timeout: float
) -> bool:
    ids = article_ids(paths)
    with console.status(f"waiting for {len(ids)} article(s) to be stored"):
        stored = asyncio.run(wait_until_stored(database_url, ids, timeout))
    if not stored:
        console.print(f"[red]not every article was stored within {timeout:.0f} s[/red]")
        return False
    console.print(summary_table(asyncio.run(stored_summaries(database_url, ids))))
    return True
