"""The `newsflow` command: one front door to every service and the local stack."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import Progress

from newsflow import results as results_view
from newsflow.settings import StackSettings
from newsflow.stack import up as stack
from newsflow_runtime.kafka_access import KafkaRefused
from newsflow_runtime.startup import invalid_settings

if TYPE_CHECKING:
    from newsflow_enrich.domain import Enricher
    from newsflow_ingest.service import IngestReport

app = typer.Typer(no_args_is_help=True, help="newsflow: news articles in, linked events out.")
stack_app = typer.Typer(no_args_is_help=True, help="The local stack: Kafka, PostgreSQL, services.")
app.add_typer(stack_app, name="stack")
console = Console()
errors = Console(stderr=True)
STORY_EVAL_SET = Path("eval/stories")
Paths = Annotated[list[Path], typer.Argument(exists=True, help="Files or folders of articles.")]


class Service(StrEnum):
    ingest = "ingest"
    enrich = "enrich"
    store = "store"
    api = "api"


def _print_ingest_report(report: IngestReport, dry_run: bool, feeds: bool = False) -> None:
    for where, reason in report.invalid.items():
        console.print(f"[red]invalid[/red] {where}: {reason}", soft_wrap=True)
    for where, reason in report.fetch_failed.items():
        console.print(f"[red]fetch failed[/red] {where}: {reason}", soft_wrap=True)
    for url in report.unchanged:
        console.print(f"unchanged {url} (304 Not Modified)", soft_wrap=True)
    verb = "would publish" if dry_run else "published"
    line = (
        f"{verb} {len(report.published)}, duplicates {len(report.duplicates)}, "
        f"invalid {len(report.invalid)}"
    )
    if feeds:
        line += f", fetch failed {len(report.fetch_failed)}, unchanged {len(report.unchanged)}"
    console.print(line)


@contextlib.contextmanager
def _one_line_refusal(command: str) -> Iterator[None]:
    """A cluster that refuses the login: one line on stderr and exit status 1."""
    # aiokafka logs the refusal itself; without a handler of ours, Python's last-resort
    # handler would print that beside our line.
    logging.getLogger("aiokafka").addHandler(logging.NullHandler())
    try:
        yield
    except KafkaRefused as refusal:
        typer.echo(f"newsflow {command}: {refusal}", err=True)
        raise typer.Exit(1) from None


def _print_watch_report(report: IngestReport) -> None:
    if report.published or report.duplicates or report.invalid:
        _print_ingest_report(report, dry_run=False)


@app.command()
def ingest(
    paths: Annotated[
        list[Path] | None, typer.Argument(exists=True, help="Files or folders of articles.")
    ] = None,
    feeds: Annotated[
        list[str] | None, typer.Option("--feed", help="An RSS or Atom feed URL to poll once.")
    ] = None,
    watch: Annotated[
        Path | None,
        typer.Option(exists=True, file_okay=False, help="Ingest files as they appear here."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Validate the files and report; publish nothing.")
    ] = False,
) -> None:
    """Publish articles to the raw topic: files (.txt seed format, .json), feeds, a drop folder."""
    from newsflow_ingest.bootstrap import ingest_feeds, ingest_paths
    from newsflow_ingest.bootstrap import watch as watch_folder
    from newsflow_ingest.service import IngestReport, expand_paths
    from newsflow_ingest.settings import IngestSettings

    if not (paths or feeds or watch):
        raise typer.BadParameter("give files or folders, --feed URL or --watch DIR")
    if dry_run and (feeds or watch):
        raise typer.BadParameter("--dry-run checks files; it does not go with --feed or --watch")
    stack_settings = StackSettings()
    settings = IngestSettings(
        kafka=stack.describe(stack_settings).kafka, newsflow_home=stack_settings.newsflow_home
    )
    report = IngestReport()
    with _one_line_refusal("ingest"):
        if paths:
            with Progress(console=console, transient=True) as progress:
                task = progress.add_task("ingesting", total=len(expand_paths(paths)))

                def advance(_: Path) -> None:
                    progress.advance(task)

                report.extend(asyncio.run(ingest_paths(settings, paths, advance, dry_run)))
        if feeds:
            report.extend(asyncio.run(ingest_feeds(settings, feeds)))
        if paths or feeds:
            _print_ingest_report(report, dry_run, feeds=bool(feeds))
        if watch:
            console.print(f"watching {watch} (Ctrl-C to stop)")
            with contextlib.suppress(KeyboardInterrupt):
                asyncio.run(watch_folder(settings, watch, _print_watch_report))
    if report.invalid or report.fetch_failed:
        raise typer.Exit(1)


@app.command()
def enrich(
    files: Paths,
    as_json: Annotated[bool, typer.Option("--json", help="One EnrichedArticle per line.")] = False,
) -> None:
    """Enrich article files offline, without Kafka, and print the result.

    A file that cannot be read or enriched is reported on stderr, one line each, and the
    others go on; the exit code is 1 if any failed."""
    from newsflow import enrich_view
    from newsflow.offline import enrich_files

    run = enrich_files(files)
    for enriched in run.enriched:
        if as_json:
            print(enriched.model_dump_json())
        else:
            enrich_view.print_enriched(console, enriched)
    for failure in run.failed:
        errors.print(f"[red]failed[/red] {failure.path}: {failure.reason}", soft_wrap=True)
    if run.failed:
        raise typer.Exit(1)


@app.command("eval")
def eval_entities(
    eval_dir: Annotated[
        Path,
        typer.Argument(exists=True, file_okay=False, help="Gold splits: dev/ and test/ inside."),
    ] = Path("eval/entities"),
    split: Annotated[
        list[str] | None,
        typer.Option(help="Only this split (dev or test); repeat for more. Default: both."),
    ] = None,
    sentiment: Annotated[
        Path, typer.Option(exists=True, dir_okay=False, help="Sentences labelled by a reader.")
    ] = Path("eval/sentiment/test.jsonl"),
) -> None:
    """Score entity linking against the gold annotations, raw spaCy beside newsflow, on the
    split the rules are tuned on (dev) and the held-out split (test); then the sentiment
    model against a reader's labels (held out)."""
    from datetime import UTC, datetime

    from newsflow_enrich.domain import Enricher, VaderAnalyser, load_ner_pipeline
    from newsflow_enrich.evaluation import (
        evaluate_splits,
        format_error_counts,
        format_evaluation,
        judged_split,
        spacy_baseline,
    )
    from newsflow_enrich.evaluation.sentiment import sentiment_report
    from newsflow_enrich.runtime import keep_long_lived_out_of_gc
    from newsflow_ingest.service import read_article

    nlp, now, vader = load_ner_pipeline(), datetime.now(UTC), VaderAnalyser()
    enricher = Enricher(nlp, vader)
    keep_long_lived_out_of_gc()
    results = evaluate_splits(
        eval_dir,
        lambda path: read_article(path, now),
        enricher,
        spacy_baseline(load_ner_pipeline(adapted_ner=None)),
        split,
    )
    if not results:
        print(f"No gold files in {eval_dir} for the split(s) {split}: use dev or test.")
        raise typer.Exit(2)
    titles = {"dev": "tuned on: an indication", "test": "held out: the result"}
    for name, result in results.items():
        print(f"\n{name} ({titles[name]})\n")
        print(format_evaluation(result))
        print(f"\n{format_error_counts(result.errors)}")
    print(f"\n{sentiment_report(sentiment, vader)}")
    stories_met = _print_story_evaluation(enricher)
    judged = judged_split(results)
    entities_met = results[judged].meets_targets()
    if not entities_met:
        print(f"\nThe targets are not met on {judged}.")
    if not stories_met:
        print("\nThe story target is not met on test.")
    if not (entities_met and stories_met):
        raise typer.Exit(1)


def _print_story_evaluation(enricher: Enricher) -> bool:
    """The story table (eval/stories), beside the entity tables; True when on target."""
    from newsflow_enrich.evaluation.stories import (
        evaluate_stories,
        format_story_scores,
        meets_story_target,
    )

    scores = evaluate_stories(STORY_EVAL_SET, enricher.enrich_batch)
    print()
    print(format_story_scores(scores))
    return meets_story_target(scores)


@app.command()
def stories(
    hours: Annotated[float, typer.Option(help="Stories with articles this recent.")] = 24,
    limit: Annotated[int, typer.Option(help="How many to print.")] = 10,
    api: Annotated[str | None, typer.Option(help="The read API; the local stack's.")] = None,
) -> None:
    """Print the top stories: the most articles in the last HOURS."""
    import httpx

    from newsflow import stories_view

    api_url = api or stack.describe(StackSettings()).base_url("api")
    try:
        found = stories_view.top_stories(api_url, hours, limit)
    except httpx.HTTPError as error:
        errors.print(f"[red]cannot read stories from {api_url}[/red]: {error}", soft_wrap=True)
        raise typer.Exit(1) from None
    console.print(stories_view.table(found))


@app.command()
def bench(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    quick: Annotated[
        bool, typer.Option("--quick", help="A tiny corpus and no targets: a smoke run.")
    ] = False,
) -> None:
    """Measure the NER ceiling, the enrichment core, the pipeline, latency, the store, ingest,
    memory and event size, on a stack of its own (docs/performance.md). Runs from a clone."""
    import sys

    checkout = Path(__file__).resolve().parents[2]
    if not (checkout / "benchmarks" / "bench").is_dir():
        errors.print("newsflow bench runs from a clone of the repository: no benchmarks/ here")
        raise typer.Exit(2)
    sys.path.insert(0, str(checkout))  # benchmarks/ and tests/ are not installed packages
    from benchmarks.bench.report import show
    from benchmarks.bench.run import Plan, run

    figures = run(Plan.quick() if quick else Plan.full())
    if as_json:
        print(figures.as_json())
    else:
        show(console, figures, with_targets=not quick)


@app.command()
def serve(service: Service) -> None:
    """Run one service in the foreground, configured by environment variables."""
    # Each service's own entrypoint, imported late: one service never loads another's code.
    entrypoints = {
        Service.ingest: "newsflow_ingest.__main__",
        Service.enrich: "newsflow_enrich.__main__",
        Service.store: "newsflow_store.__main__",
        Service.api: "newsflow_store.api.__main__",
    }
    importlib.import_module(entrypoints[service]).main()


@app.command()
def results(
    paths: Paths,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for every article.")] = 300,
) -> None:
    """Wait until the given articles are stored, then print a summary of each."""
    database_url = stack.describe(StackSettings()).database_url
    if not results_view.wait_and_print(console, database_url, paths, timeout):
        raise typer.Exit(1)


@app.command()
def status(
    interval: Annotated[float, typer.Option(help="Seconds between the reads a rate needs.")] = 1.0,
    watch: Annotated[bool, typer.Option("--watch", help="Keep refreshing until Ctrl-C.")] = False,
    count: Annotated[
        int | None,
        typer.Option(min=1, help="With --watch: stop after this many tables."),
    ] = None,
) -> None:
    """Each service's rate, lag, last failure and readiness, read from its own endpoints.

    With --watch in a terminal the table is redrawn in place; piped or redirected, a plain
    table is printed every interval."""
    from newsflow.status import show

    endpoints = [(s.name, s.metrics_url) for s in stack.describe(StackSettings()).services]
    if not show(console, endpoints, interval, watch, count):
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
    """Print the stack's endpoints and ingest token as shell-ready KEY=VALUE lines."""
    for line in stack.describe(StackSettings()).env_lines():
        print(line)


# `newsflow dlq`: everything it needs is imported inside the commands, from newsflow.dlq.
dlq_app = typer.Typer(
    no_args_is_help=True,
    help="Dead letters: count them, read one, replay them. A dead letter's ID is "
    "<partition>:<offset> on the dead-letter topic (DEAD_LETTER_TOPIC).",
)
app.add_typer(dlq_app, name="dlq")
DlqStage = Annotated[str | None, typer.Option(help="Only dead letters from this stage.")]
DlqReason = Annotated[str | None, typer.Option(help="Only dead letters with this reason.")]
DlqJson = Annotated[bool, typer.Option("--json", help="One JSON document, for machines.")]


@dlq_app.command("list")
def dlq_list(
    stage: DlqStage = None,
    reason: DlqReason = None,
    every: Annotated[bool, typer.Option("--all", help="Also list each dead letter.")] = False,
    as_json: DlqJson = False,
) -> None:
    """Count the dead letters by stage and reason; --all also lists each one with its ID.

    Reads the whole topic as it stands, in no consumer group and committing nothing."""
    from newsflow import dlq

    with dlq.one_line_errors():
        config, selection = dlq.DlqConfig.from_env(), dlq.Selection(stage, reason)
        dlq.run_list(config, selection, every=every, as_json=as_json)


@dlq_app.command("show")
def dlq_show(
    letter_id: Annotated[
        str, typer.Argument(metavar="ID", help="<partition>:<offset>, as `dlq list --all` shows.")
    ],
    as_json: DlqJson = False,
) -> None:
    """One dead letter: what failed and why, its Kafka headers and its payload."""
    from newsflow import dlq

    with dlq.one_line_errors():
        dlq.run_show(dlq.DlqConfig.from_env(), letter_id, as_json=as_json)


@dlq_app.command("replay")
def dlq_replay(
    stage: DlqStage = None,
    reason: DlqReason = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Print what would be replayed; publish nothing.")
    ] = False,
    again: Annotated[
        bool, typer.Option("--again", help="Also replay dead letters replayed before.")
    ] = False,
) -> None:
    """Publish dead letters' original messages again to their source topics, once each.

    Each goes back with its original key and headers, plus __newsflow.replay.of = TOPIC:ID.

    Replays are journaled under NEWSFLOW_HOME: a second run sends nothing again (--again does).

    Dead letters whose payload was truncated cannot be replayed: they are reported, not sent."""
    from newsflow import dlq

    with dlq.one_line_errors():
        config, selection = dlq.DlqConfig.from_env(), dlq.Selection(stage, reason)
        dlq.run_replay(config, selection, dry_run=dry_run, again=again)


def main() -> None:
    try:
        app()
    except ValidationError as error:  # the environment's settings cannot work
        typer.echo(f"newsflow: {invalid_settings(error)}", err=True)
        raise SystemExit(1) from None
