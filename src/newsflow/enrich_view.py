"""`newsflow enrich` for people: canonical entities, quotes with their speakers and the
document's sentiment, in rich tables (`--json` prints the EnrichedArticle itself)."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from newsflow_schemas import EnrichedArticle

MAX_QUOTE_CHARS = 160


def entities_table(enriched: EnrichedArticle, top: int = 10) -> Table:
    view = Table(title="entities", title_justify="left", expand=False)
    view.add_column("name")
    view.add_column("type")
    view.add_column("mentions", justify="right")
    ranked = sorted(enriched.canonical_entities, key=lambda e: (-e.mention_count, e.name))
    for entity in ranked[:top]:
        view.add_row(entity.name, entity.type, str(entity.mention_count))
    return view


def quotes_table(enriched: EnrichedArticle) -> Table:
    view = Table(title="quotes", title_justify="left", expand=False)
    view.add_column("speaker")
    view.add_column("quote")
    for quote in enriched.quotes:
        text = quote.text
        if len(text) > MAX_QUOTE_CHARS:
            text = text[: MAX_QUOTE_CHARS - 1] + "…"
        view.add_row(quote.speaker or "[dim]unattributed[/dim]", f"“{text}”")
    return view


def sentiment_line(enriched: EnrichedArticle) -> str:
    from newsflow_enrich.domain.language import runs_english_ner

    language = enriched.language
    if language and not runs_english_ner(language):
        return f"language [bold]{language}[/bold]: not analysed (the models read English)"
    sentiment = enriched.sentiment
    return f"sentiment [bold]{sentiment.label.value}[/bold] ({sentiment.compound:+.3f})"


def print_enriched(console: Console, enriched: EnrichedArticle) -> None:
    parts: list[Table | str] = [sentiment_line(enriched), entities_table(enriched)]
    if enriched.quotes:
        parts.append(quotes_table(enriched))
    title = f"[bold]{enriched.article.title}[/bold]"
    console.print(Panel(Group(*parts), title=title, title_align="left", expand=False))
