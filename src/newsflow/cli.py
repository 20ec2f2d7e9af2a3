"""The `newsflow` command: one front door to every service and the local stack."""

from __future__ import annotations

import asyncio
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import Progress

from newsflow import results as results_view
from newsflow.settings import StackSettings
from newsflow.stack import up as stack

app = typer.Typer(no_args_is_help=True, help="newsflow: news articles in, linked events out.")
stack_app = typer.Typer(no_args_is_help=True, help="The local stack: Kafka, PostgreSQL, services.")
app.add_typer(stack_app, name="stack")
console = Console()
Paths = Annotated[list[Path], typer.Argument(exists=True, help="Files or folders of articles.")]


class Service(StrEnum):
    ingest = "ingest"
    enrich = "enrich"
    store = "store"


@app.command()
def ingest(paths: Paths) -> None:
    """Parse article files and publish them to the raw topic."""
    from newsflow_ingest.bootstrap import ingest_paths
    from newsflow_ingest.service import expand_paths
    from newsflow_ingest.settings import IngestSettings

    bootstrap = stack.describe(StackSettings()).kafka_bootstrap_servers
    settings = IngestSettings(kafka_bootstrap_servers=bootstrap)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("ingesting", total=len(expand_paths(paths)))
        report = asyncio.run(ingest_paths(settings, paths, lambda _: progress.advance(task)))
    for path, reason in report.invalid.items():
        console.print(f"[red]invalid[/red] {path}: {reason}")
    console.print(
        f"published {len(report.published)}, duplicates {len(report.duplicates)}, "
        f"invalid {len(report.invalid)}"
    )
    if report.invalid:
        raise typer.Exit(1)


@app.command()
def enrich(
    files: Paths,
    as_json: Annotated[bool, typer.Option("--json", help="One EnrichedArticle per line.")] = False,
) -> None:
    """Enrich article files offline, without Kafka, and print the result."""
    from newsflow.offline import enrich_files

    for enriched in enrich_files(files):
        if as_json:
            print(enriched.model_dump_json())
        else:
            results_view.print_enriched(console, enriched)


@app.command()
def serve(service: Service) -> None:
    """Run one service in the foreground, configured by environment variables."""
    if service is Service.ingest:
        from newsflow_ingest.__main__ import main as run_ingest

        run_ingest()
    elif service is Service.enrich:
        from newsflow_enrich.__main__ import main as run_enrich

        run_enrich()
    else:
        from newsflow_store.__main__ import main as run_store

        run_store()


@app.command()
def results(
    paths: Paths,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for every article.")] = 300,
) -> None:
    """Wait until the given articles are stored, then print a summary of each."""
    database_url = stack.describe(StackSettings()).database_url
    if not results_view.wait_and_print(console, database_url, paths, timeout):
        raise typer.Exit(1)


@stack_app.command("up")
def stack_up() -> None:
    """Start Kafka, PostgreSQL (unless given) and the three services in the background."""
    started = stack.up(StackSettings(), say=lambda line: console.print(f"[dim]{line}[/dim]"))
    for line in started.env_lines():
        console.print(line)


@stack_app.command("down")
def stack_down() -> None:
    """Stop the services, then the local servers."""
    stack.down(StackSettings(), say=lambda line: console.print(f"[dim]{line}[/dim]"))


@stack_app.command("env")
def stack_env() -> None:
    """Print the stack's endpoints as shell-ready KEY=VALUE lines."""
    for line in stack.describe(StackSettings()).env_lines():
        print(line)


def main() -> None:
    app()
