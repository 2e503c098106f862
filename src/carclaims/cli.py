"""The command line: parse options, call one library function, render, return an exit code.

Heavy imports (spaCy, pandas) happen inside commands so that `carclaims --help` stays fast.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
import typer.main

from . import __version__, limit_blas_threads, richhelp
from .errors import CarclaimsError, UsageError

if TYPE_CHECKING:
    from .ledger import Written
    from .review import Target

app = typer.Typer(
    name="carclaims",
    help="Extract, normalise and audit quantitative claims about CAR-T cell therapy.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


def _fail(error: CarclaimsError) -> typer.Exit:
    typer.echo(f"Error: {error}", err=True)
    return typer.Exit(error.exit_code)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"carclaims {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """Extract, normalise and audit quantitative claims about CAR-T cell therapy."""


@app.command()
def extract(
    sources: Annotated[list[Path], typer.Argument(help="Source files or directories (*.txt, *.md, *.html).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for NAME.json ledgers.")] = Path(
        "data/extracted"
    ),
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", help="json: write ledger files; jsonl: stream claims to stdout."),
    ] = OutputFormat.json,
    encoding: Annotated[
        str | None,
        typer.Option("--encoding", help="Decode files that are not UTF-8 with this, e.g. cp1252."),
    ] = None,
    max_size: Annotated[
        float, typer.Option("--max-size", help="Skip files larger than this many MB.", min=0.001)
    ] = 50.0,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first file that fails.")] = False,
    max_claims: Annotated[
        int,
        typer.Option(
            "--max-claims", help="A file with more claims than this fails (junk or generated).", min=1
        ),
    ] = 20_000,
    file_timeout: Annotated[
        float,
        typer.Option(
            "--file-timeout",
            help="A file that takes longer than this many seconds fails; 0: no limit.",
            min=0,
        ),
    ] = 300.0,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", help="Worker processes (default: every core this process may use).", min=1
        ),
    ] = None,
    engine: Annotated[
        Engine,
        typer.Option("--engine", help="local: this machine; dask: the Dask cluster at --scheduler."),
    ] = Engine.local,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Dask scheduler address for --engine dask, e.g. tcp://host:8786."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")] = False,
) -> None:
    """Extract claims into one JSON ledger per source.

    Files that cannot be read are reported and skipped (exit status 1 at the end); ledgers are
    replaced atomically, so an interrupted run leaves each one old or new, never half-written.
    Files are extracted in parallel worker processes (--jobs); each ledger is written as soon
    as its file is done.

    Example: carclaims extract data/seeds/ --out data/extracted/
    """
    import codecs
    import signal
    from dataclasses import replace

    from rich.console import Console
    from rich.progress import Progress

    from . import interrupts
    from .engine import Options, default_jobs, extracts_here, prestart_workers, run, survey

    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise _fail(UsageError(f"--encoding {encoding}: unknown encoding")) from None
    if scheduler is not None and engine is not Engine.dask:
        raise _fail(UsageError("--scheduler is for --engine dask"))
    err = Console(stderr=True)
    started = time.perf_counter()
    per_metric: Counter[str] = Counter()
    failures: list[str] = []
    files = written = 0
    writing = output_format is OutputFormat.json
    options = Options(
        encoding=encoding,
        max_bytes=int(max_size * 1e6),
        claim_lines=not writing,
        max_claims=max_claims,
        file_timeout=file_timeout or None,
    )
    previous_handlers = {sig: signal.signal(sig, interrupts.handler) for sig in interrupts.STOP_SIGNALS}

    def report(reason: str) -> None:
        failures.append(reason)
        err.print(f"Error: {reason}", highlight=False, markup=False, soft_wrap=True)

    results = writer = None
    workers_write = False
    new_files: list[Path] = []  # flushed to disk together, at the end (write_atomic)

    def settle(done: list[Written]) -> bool:
        """Count what the writer finished and report what it could not write; True: stop."""
        nonlocal written
        stop = False
        for item in done:
            if item.error is not None:  # disk full, read-only folder, quota: this file, not the run
                report(item.problem())
                stop = stop or strict
            elif item.counted:
                written += item.written
        return stop

    try:
        with interrupts.held():  # an interrupt inside an import broke it (interrupts.py)
            from .ledger import (
                LedgerWriter,
                escape_check,
                escape_problem,
                remove_stale_staging,
                remove_stale_temp_files,
            )
            from .report import extract_summary
        interrupts.deliver()  # a Ctrl-C since `main` started the workers lands here
        workers = jobs or default_jobs()
        # With a spare core, one job still runs one worker: creating a file is kernel work,
        # and the thread that writes ledgers in-process waits for extraction to let go of
        # the GIL.
        in_process = extracts_here(sources, workers)
        if engine is Engine.local and not in_process:
            prestart_workers()  # unless headstart did; the warm-up overlaps the survey and imports
        total = len(survey(sources))
        escapes = escape_check(out)
        if writing:
            remove_stale_temp_files(out)
        # When the workers take every core, each writes the ledgers of its files (nothing is
        # then left for this process to compete with them for); with a core to spare this
        # process writes them, beside the workers. `--strict` writes here, in order, so that
        # no ledger of a later file is written after the first failure.
        workers_write = (
            writing and engine is Engine.local and not in_process and not strict and workers >= default_jobs()
        )
        if workers_write:
            options = replace(options, write_to=os.fspath(out))
        # until the writer and the pool are whole, so that closing them stops them
        with interrupts.held():
            if writing and not workers_write:
                writer = LedgerWriter(new_files, threaded=not strict, staging_in=out)
            results = run(
                sources,
                options,
                jobs=workers,
                engine=engine.value,
                scheduler=scheduler,
                in_process=in_process,
            )
        show_progress = not quiet and err.is_terminal
        with Progress(console=err, disable=not show_progress, transient=True) as progress:
            task = progress.add_task("extracting", total=total)
            next_line = time.perf_counter() + PROGRESS_LINE_SECONDS
            for result in results:
                files += 1
                progress.advance(task)
                if not quiet and not show_progress and time.perf_counter() >= next_line:
                    # a log (CI, cron) gets a line now and then instead of a progress bar
                    elapsed = time.perf_counter() - started
                    err.print(f"extracting: {files}/{total} files, {elapsed:.0f} s", highlight=False)
                    next_line = time.perf_counter() + PROGRESS_LINE_SECONDS
                if result.ledger_json is None and result.written is None:
                    report(result.failure or f"{result.path}: failed")
                    if strict:
                        break
                    continue
                per_metric.update(result.metrics)
                for warning in result.warnings:
                    err.print(f"Warning: {warning}", highlight=False, markup=False, soft_wrap=True)
                if not writing:
                    for line in result.claim_lines:
                        sys.stdout.write(line + "\n")
                    continue
                if result.written is not None:  # a worker wrote the files
                    written += result.written
                    new_files.extend(Path(name) for name in result.new_files)
                    for problem in result.write_problems:
                        report(problem)
                    continue
                if escapes(result.name):
                    report(escape_problem(result.path, out))
                    continue
                target = out / result.name
                assert writer is not None
                if result.html_text is not None and result.html_text_file is not None:
                    writer.submit(target.with_name(result.html_text_file), result.html_text, counted=False)
                writer.submit(target, result.ledger_json)
                if settle(writer.finished()):
                    break
            if writer is not None:
                settle(writer.close())
    except CarclaimsError as error:
        raise _fail(error) from None
    except KeyboardInterrupt as stop:
        interrupts.forget_unhandled()
        code = 128 + (stop.args[0] if stop.args and isinstance(stop.args[0], int) else signal.SIGINT)
        begun = " (the workers finished and wrote those they had begun)" if workers_write else ""
        err.print(f"Interrupted after {files} files{begun}: every ledger is either the old or the new one.")
        raise typer.Exit(code) from None
    finally:
        if results is not None:
            results.close()  # stops the workers: queued batches are cancelled, none is written
            if workers_write:
                remove_stale_staging(out)  # the workers' own, now that they have ended
        if writer is not None:  # after an interrupt or an error: what is queued is dropped
            settle(writer.close(cancel=True))
        if new_files:
            from .ledger import flush_files

            for problem in flush_files(new_files):
                report(problem)
        for sig, previous in previous_handlers.items():
            signal.signal(sig, previous)
    if files == 0:
        raise _fail(
            CarclaimsError("no *.txt, *.md or *.html sources found in " + ", ".join(map(str, sources)))
        )
    if not quiet:
        summary = extract_summary(files, failures, written, per_metric, time.perf_counter() - started)
        target_console = err if output_format is OutputFormat.jsonl else Console()
        target_console.print(summary)
    if failures:
        raise typer.Exit(1)


def _reviews_dir(given: Path | None) -> Path | None:
    """The decisions folder to honour: the one given (which must exist: a mistyped --reviews is
    an error, not "nobody reviewed"), else data/reviews when it exists."""
    if given is None:
        return DEFAULT_REVIEWS if DEFAULT_REVIEWS.is_dir() else None
    if not given.is_dir():
        raise UsageError(f"--reviews {given}: no such folder")
    return given


PROGRESS_LINE_SECONDS = 30.0  # without a terminal, how often extract says how far it is


@app.command("eval")
def evaluate_command(
    gold: Annotated[
        Path | None, typer.Argument(help="Directory of gold *.jsonl files (not with --reviews).")
    ] = None,
    sources: Annotated[Path, typer.Option("--sources", help="Directory of the annotated sources.")] = Path(
        "data/seeds"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    show_errors: Annotated[
        bool,
        typer.Option("--show-errors", help="List misses, spurious claims and wrong attributions."),
    ] = False,
    reviews: Annotated[
        Path | None,
        typer.Option(
            "--reviews", help="Score against reviewer decisions instead: accepted, corrected, added."
        ),
    ] = None,
) -> None:
    """Score extraction against gold annotations: precision, recall, F1 per metric.

    With --reviews, the gold is what reviewers signed off (accepted, corrected and added
    claims) and only reviewed claims are scored: review work becomes a scoreboard.

    Example: carclaims eval data/gold/ --sources data/seeds/
    """
    import json

    from rich.console import Console

    from .evaluate import evaluate, load_gold
    from .extract import iter_ledgers
    from .report import error_lines, eval_table

    if (gold is None) == (reviews is None):
        raise _fail(UsageError("give a gold directory or --reviews DIR (one of them)"))
    try:
        ledgers = {}
        texts = {}
        names = {}
        paths = {}
        for outcome in iter_ledgers([sources]):
            if outcome.ledger is None:
                assert outcome.failure is not None
                raise CarclaimsError(outcome.failure.reason)
            ledgers[outcome.path.name] = outcome.ledger
            texts[outcome.path.name] = outcome.text or ""
            names[outcome.path.name] = outcome.name
            paths[outcome.path.name] = outcome.path.as_posix()
        if reviews is not None:
            from .review import review_scoreboard

            if not reviews.is_dir():
                raise UsageError(f"--reviews {reviews}: no such directory")
            gold_claims, ledgers = review_scoreboard(
                ((doc, names[doc], ledger) for doc, ledger in ledgers.items()), reviews
            )
        else:
            assert gold is not None
            gold_claims = load_gold(gold)
    except CarclaimsError as error:
        raise _fail(error) from None
    evaluation = evaluate(gold_claims, ledgers, every_ledger=reviews is not None)
    if as_json:
        typer.echo(json.dumps(evaluation.as_dict(), indent=2, sort_keys=True))
    else:
        Console().print(eval_table(evaluation))
    if show_errors:
        for line in error_lines(evaluation, texts, paths):
            typer.echo(line)


@app.command("diff")
def diff_command(
    a: Annotated[Path, typer.Argument(help="Source file or ledger (.json) A.")],
    b: Annotated[Path, typer.Argument(help="Source file or ledger (.json) B.")],
    versions: Annotated[
        bool | None,
        typer.Option(
            "--versions/--sources",
            help="Treat A and B as two versions of one article (default: when their names match).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the pairs as JSON.")] = False,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print a Markdown report.")] = False,
) -> None:
    """Line up the claims of two sources: same, compatible, conflict, only_a, only_b.

    Exit status like diff(1): 0 no conflict, 1 at least one conflict, 2 trouble.

    Example: carclaims diff data/seeds/001_bc066277e9d657c6.txt data/seeds/004_6e120a6e491b43b8.txt
    """
    import json

    from rich.console import Console

    from .diff import diff, has_conflict, load_side
    from .report import diff_json, diff_markdown, diff_table

    if as_json and markdown:
        raise _fail(UsageError("choose one of --json and --markdown"))
    try:
        side_a, side_b = load_side(a), load_side(b)
    except CarclaimsError as error:
        raise _fail(error) from None
    pairs = diff(side_a, side_b, versions)
    if as_json:
        typer.echo(json.dumps(diff_json(side_a.label, side_b.label, pairs), indent=2, ensure_ascii=False))
    elif markdown:
        typer.echo(diff_markdown(side_a.label, side_b.label, pairs), nl=False)
    else:
        Console().print(diff_table(side_a.label, side_b.label, pairs))
    raise typer.Exit(1 if has_conflict(pairs) else 0)


class CheckFormat(StrEnum):
    text = "text"
    table = "table"
    json = "json"
    markdown = "markdown"
    github = "github"


class Severity(StrEnum):
    error = "error"
    warning = "warning"


@app.command()
def check(
    sources: Annotated[
        list[Path] | None, typer.Argument(help="Articles to check (files or directories).")
    ] = None,
    ledgers: Annotated[Path, typer.Option("--ledgers", help="The committed ledgers.")] = Path(
        "data/extracted"
    ),
    base: Annotated[
        str | None,
        typer.Option("--base", help="Git revision: articles changed since it are compared with the corpus."),
    ] = None,
    all_conflicts: Annotated[
        bool,
        typer.Option("--all-conflicts", help="Compare every article with the corpus, not just new ones."),
    ] = False,
    output_format: Annotated[
        CheckFormat,
        typer.Option(
            "--format", help="text: path:line:col: lines, as linters print; table, json, markdown, github."
        ),
    ] = CheckFormat.text,
    fail_on: Annotated[
        Severity, typer.Option("--fail-on", help="Lowest severity that makes the exit status 1.")
    ] = Severity.error,
    reviews: Annotated[
        Path | None,
        typer.Option("--reviews", help="Reviewer decisions to honour (default: data/reviews if it exists)."),
    ] = None,
    verify: Annotated[
        bool,
        typer.Option("--verify", help="Also check claims against the reference table (carclaims verify)."),
    ] = False,
    link_base: Annotated[
        str | None,
        typer.Option(
            "--link-base",
            help="With --format markdown: link each position to this URL + path#Lline"
            " (e.g. https://github.com/OWNER/REPO/blob/SHA).",
        ),
    ] = None,
) -> None:
    """Check articles: stale or missing ledgers, lint findings, conflicts with the corpus.

    Without --base, an article is new when git sees it untracked, modified or staged against
    HEAD, or when its ledger is missing or stale (outside a git work tree: only the latter).

    Example: carclaims check data/seeds/ --ledgers data/extracted/ --format github
    """
    import json

    from rich.console import Console

    from .check import run_check
    from .report import findings_github, findings_json, findings_markdown, findings_table, findings_text

    try:
        reviews_dir = _reviews_dir(reviews)
        result = run_check(
            sources or [Path("data/seeds")], ledgers, base, all_conflicts, reviews_dir, verify=verify
        )
    except CarclaimsError as error:
        raise _fail(error) from None
    if output_format is CheckFormat.json:
        typer.echo(json.dumps(findings_json(result), indent=2, ensure_ascii=False))
    elif output_format is CheckFormat.markdown:
        typer.echo(findings_markdown(result, link_base), nl=False)
    elif output_format is CheckFormat.github:
        typer.echo(findings_github(result), nl=False)
    elif output_format is CheckFormat.table:
        Console().print(findings_table(result))
    else:
        color = sys.stdout.isatty() and "NO_COLOR" not in os.environ
        typer.echo(findings_text(result, color=color), nl=False)
    failing = ("error",) if fail_on is Severity.error else ("error", "warning")
    raise typer.Exit(1 if any(f.severity in failing for f in result.findings) else 0)


@app.command()
def report(
    sources: Annotated[
        list[Path] | None, typer.Argument(help="Articles to report on (files or directories).")
    ] = None,
    ledgers: Annotated[
        Path, typer.Option("--ledgers", help="Their ledgers (carclaims extract --out).")
    ] = Path("data/extracted"),
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for index.html and the pages.")] = Path(
        "report"
    ),
    reviews: Annotated[
        Path | None,
        typer.Option("--reviews", help="Reviewer decisions to show (default: data/reviews if it exists)."),
    ] = None,
) -> None:
    """Write an HTML report: index.html, and one page per article with its claims marked.

    Pages open from disk in any browser; findings are those of carclaims check --all-conflicts.

    Example: carclaims report data/seeds/ --ledgers data/extracted/ --out report/
    """
    from .htmlreport import build_report

    next_line = time.perf_counter() + PROGRESS_LINE_SECONDS

    def progress(message: str) -> None:  # a line now and then on a long run, on stderr
        nonlocal next_line
        if message.startswith("checking") or time.perf_counter() >= next_line:
            typer.echo(f"report: {message}", err=True)
            next_line = time.perf_counter() + PROGRESS_LINE_SECONDS

    try:
        reviews_dir = _reviews_dir(reviews)
        summary = build_report(
            sources or [Path("data/seeds")], ledgers, out, progress=progress, reviews_dir=reviews_dir
        )
    except CarclaimsError as error:
        raise _fail(error) from None
    typer.echo(
        f"wrote {summary.index} ({summary.articles} articles, {summary.claims} claims, "
        f"{summary.errors} errors, {summary.warnings} warnings)"
    )


@app.command()
def table(
    ledgers: Annotated[list[Path], typer.Argument(help="Ledger files or directories.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="claims.csv, or claims.parquet (needs pyarrow).")],
    metric: Annotated[
        list[str] | None, typer.Option("--metric", help="Keep only this metric (repeatable).")
    ] = None,
    product: Annotated[
        list[str] | None, typer.Option("--product", help="Keep only this product INN (repeatable).")
    ] = None,
    reviews: Annotated[
        Path | None,
        typer.Option("--reviews", help="Honour the decisions here: drop rejected, apply corrections, add."),
    ] = None,
    include_rejected: Annotated[
        bool, typer.Option("--include-rejected", help="With --reviews: keep rejected claims, marked.")
    ] = False,
) -> None:
    """Write one row per claim, with its source, for analysts.

    Example: carclaims table data/extracted/ --out claims.csv --metric cost --reviews data/reviews/
    """
    from .table import claims_frame, write_frame

    if include_rejected and reviews is None:
        raise _fail(UsageError("--include-rejected is for --reviews"))
    try:
        _reviews_dir(reviews)  # a mistyped folder is an error, not "no decisions"
        frame = claims_frame(ledgers, metric, product, reviews, include_rejected)
        write_frame(frame, out)
    except CarclaimsError as error:
        raise _fail(error) from None
    typer.echo(f"{len(frame)} claims -> {out}", err=True)


@app.command()
def db(
    ledgers: Annotated[list[Path], typer.Argument(help="Ledger files or directories.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The SQLite database to create or update.")] = Path(
        "corpus.db"
    ),
    reviews: Annotated[
        Path | None,
        typer.Option("--reviews", help="Honour the decisions here (review state per claim)."),
    ] = None,
    metadata_out: Annotated[
        Path | None,
        typer.Option("--metadata", help="Where Datasette's metadata goes (default: beside the database)."),
    ] = None,
) -> None:
    """Build or update a SQLite corpus of claims for Datasette (only changed articles rewritten).

    Example: carclaims db data/extracted/ --out corpus.db && datasette corpus.db -m corpus.metadata.json
    """
    import json

    from .db import build_db, metadata
    from .ledger import write_atomic

    try:
        reviews_dir = _reviews_dir(reviews)
        summary = build_db(ledgers, out, reviews_dir)
    except CarclaimsError as error:
        raise _fail(error) from None
    target = metadata_out or out.with_name(out.stem + ".metadata.json")
    write_atomic(target, json.dumps(metadata(out.stem), indent=2, ensure_ascii=False) + "\n")
    typer.echo(
        f"{out}: {summary.sources} sources, {summary.claims} claims, {summary.findings} findings"
        f" ({summary.rewritten} sources written, {summary.removed} removed); metadata in {target}",
        err=True,
    )


class VerifyFormat(StrEnum):
    text = "text"
    json = "json"
    markdown = "markdown"
    github = "github"


class VerifyFailOn(StrEnum):
    differs = "differs"
    selective = "selective"
    never = "never"


VERIFY_SEVERITY = {"differs": "error", "selective": "warning", "matches-other-cut": "note", "matches": "note"}


@app.command()
def verify(
    sources: Annotated[list[Path] | None, typer.Argument(help="Articles (files or directories).")] = None,
    output_format: Annotated[
        VerifyFormat, typer.Option("--format", help="text (path:line:col: lines), json, markdown, github.")
    ] = VerifyFormat.text,
    fail_on: Annotated[
        VerifyFailOn,
        typer.Option("--fail-on", help="Exit 1 on a differs (default), on a selective too, or never."),
    ] = VerifyFailOn.differs,
    verbose: Annotated[
        bool, typer.Option("--verbose", help="List the claims with no reference too.")
    ] = False,
) -> None:
    """Check each claim against the record it should come from (the reference table shipped in
    the package: labels, regulators' notices, pivotal publications, price announcements).

    Verdicts: matches, matches-other-cut, differs, selective, no-reference (counted).

    Example: carclaims verify data/seeds/002_5f9b2fd2b4a2a4f0.txt
    """
    import json

    from .extract import extract_document
    from .ingest import discover, read_source
    from .verify import VERDICTS, describe, verify_ledger

    results = []
    try:
        for path, relative in discover(sources or [Path("data/seeds")]):
            ledger = extract_document(read_source(path, relative))
            results += [(path.as_posix(), v) for v in verify_ledger(ledger.claims)]
    except CarclaimsError as error:
        raise _fail(error) from None
    counts = {name: sum(1 for _, v in results if v.verdict == name) for name in VERDICTS}
    shown = [(p, v) for p, v in results if verbose or v.verdict != "no-reference"]
    if output_format is VerifyFormat.json:
        payload = [
            {
                "path": p,
                "line": v.claim.line,
                "column": v.claim.column,
                "verdict": v.verdict,
                "claim": v.claim.model_dump(mode="json"),
                "reference": v.row.model_dump(mode="json") if v.row else None,
                "note": v.note or None,
            }
            for p, v in shown
        ]
        typer.echo(json.dumps({"counts": counts, "verdicts": payload}, indent=2, ensure_ascii=False))
    elif output_format is VerifyFormat.markdown:
        typer.echo("### carclaims verify\n\n" + " · ".join(f"**{k}** {n}" for k, n in counts.items()) + "\n")
        if shown:
            typer.echo("| verdict | where | claim and reference |\n|---|---|---|")
            for p, v in shown:
                about = describe(v).replace("|", "/")
                typer.echo(f"| {v.verdict} | `{p}:{v.claim.line}:{v.claim.column}` | {about} |")
    elif output_format is VerifyFormat.github:
        for p, v in shown:
            level = {"error": "error", "warning": "warning"}.get(VERIFY_SEVERITY.get(v.verdict, ""), "notice")
            message = describe(v).replace("%", "%25").replace("\n", "%0A")
            typer.echo(
                f"::{level} file={p},line={v.claim.line},col={v.claim.column}::verify-{v.verdict} {message}"
            )
    else:
        for p, v in shown:
            severity = VERIFY_SEVERITY.get(v.verdict, "note")
            typer.echo(f"{p}:{v.claim.line}:{v.claim.column}: {severity} verify-{v.verdict} {describe(v)}")
        typer.echo("carclaims verify: " + ", ".join(f"{n} {k}" for k, n in counts.items()))
    failing = {"differs": ("differs",), "selective": ("differs", "selective"), "never": ()}[fail_on.value]
    raise typer.Exit(1 if any(counts[name] for name in failing) else 0)


@app.command()
def schema(
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write here instead of to stdout.")] = None,
    reference: Annotated[
        bool,
        typer.Option("--reference", help="The schema of reference rows (data/reference/*.jsonl) instead."),
    ] = False,
) -> None:
    """Print (or write) the JSON Schema of ledger files (or of reference rows), from the models.

    Example: carclaims schema --out schemas/ledger.schema.json
    """
    from .ledger import schema_text, write_atomic
    from .reference import reference_schema

    text = reference_schema() if reference else schema_text()
    if out is None:
        sys.stdout.write(text)
    else:
        write_atomic(out, text)


# --- review: decisions beside the ledgers ---------------------------------------------------------

review_app = typer.Typer(
    help="Reviewer decisions on claims, kept in data/reviews/ and re-attached after re-extraction.",
    no_args_is_help=True,
)
app.add_typer(review_app, name="review")

SourceArg = Annotated[Path, typer.Argument(help="The article (its ledger must be current or is re-made).")]
ClaimArg = Annotated[str, typer.Argument(help="The claim's id in the article's current ledger.")]
LedgersOpt = Annotated[Path, typer.Option("--ledgers", help="The ledgers (carclaims extract --out).")]
ReviewsOpt = Annotated[Path, typer.Option("--reviews", help="Where decisions are kept.")]
ReviewerOpt = Annotated[
    str | None, typer.Option("--reviewer", help="Who decides (default: git user.name, else $USER).")
]
NoteOpt = Annotated[str | None, typer.Option("--note", help="A free-text note kept with the decision.")]
SettleOpt = Annotated[
    bool,
    typer.Option(
        "--settle", help="Replace every reviewer's decision on this claim (settles a disagreement)."
    ),
]
DEFAULT_LEDGERS = Path("data/extracted")
DEFAULT_REVIEWS = Path("data/reviews")
# the fields a correction or an added claim states (review set, review add)
LowOpt = Annotated[float | None, typer.Option("--low")]
HighOpt = Annotated[float | None, typer.Option("--high")]
DateOpt = Annotated[
    str | None, typer.Option("--date", help="An approval's date: YYYY, YYYY-MM or YYYY-MM-DD.")
]
ProductOpt = Annotated[str | None, typer.Option("--product", help="The product's INN.")]
IndicationOpt = Annotated[
    str | None, typer.Option("--indication", help="One of CLAIMS.md's indications, e.g. LBCL, B-ALL, MM.")
]
RegionOpt = Annotated[
    str | None,
    typer.Option("--region", help="China, US, Europe, US/Europe or global (other places: leave it out)."),
]
PopulationOpt = Annotated[str | None, typer.Option("--population", help="pediatric or adult.")]
GradeOpt = Annotated[str | None, typer.Option("--grade", help='A toxicity grade: "3", "3-4", "≥3", "any".')]
TimepointOpt = Annotated[str | None, typer.Option("--timepoint", help="ISO 8601 duration: P12M, P2Y.")]
StudyOpt = Annotated[str | None, typer.Option("--study", help="The trial's name, e.g. ZUMA-1.")]
StatisticOpt = Annotated[str | None, typer.Option("--statistic", help="median or mean.")]
EventOpt = Annotated[str | None, typer.Option("--event", help="The adverse event, e.g. infection.")]


def _adopt(reviews: Path, ledgers: Path, target: Target) -> None:
    """Decisions of an article renamed since they were made follow it (review.adopt_renamed)."""
    from .review import adopt_renamed, reviews_path

    adopted = adopt_renamed(reviews, ledgers, target.name, target.text)
    if adopted is not None:
        moved_to = reviews_path(reviews, target.name)
        typer.echo(
            f"{target.path}: decisions of a renamed article adopted: {adopted} -> {moved_to}", err=True
        )


def _decide(source: Path, ledgers: Path, reviews: Path, action: str, claim_id: str | None, **kwargs) -> None:
    from .review import decide, load_target, review_label, target_position

    try:
        target = load_target(source, ledgers)
        _adopt(reviews, ledgers, target)
        decision = decide(target, reviews, action, claim_id, **kwargs)  # type: ignore[arg-type]
    except CarclaimsError as error:
        raise _fail(error) from None
    what = f"{decision.anchor.metric} {decision.anchor.quote!r}"
    label = review_label(decision) or action
    line, column = target_position(target.text, decision.anchor.start)
    typer.echo(f"{source}:{line}:{column}: {label} {what}, by {decision.reviewer}")


@review_app.command("accept")
def review_accept(
    source: SourceArg,
    claim_id: ClaimArg,
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    settle: SettleOpt = False,
    ledgers: LedgersOpt = DEFAULT_LEDGERS,
    reviews: ReviewsOpt = DEFAULT_REVIEWS,
) -> None:
    """Sign a claim off as right.

    Example: carclaims review accept data/seeds/000_dbbe308cca7ffe0f.txt c-89bfc19ab045bd6a
    """
    _decide(source, ledgers, reviews, "accept", claim_id, note=note, reviewer=reviewer, settle=settle)


@review_app.command("reject")
def review_reject(
    source: SourceArg,
    claim_id: ClaimArg,
    reason: Annotated[
        str,
        typer.Option(
            "--reason",
            help="not-a-claim, wrong-metric, wrong-value, wrong-attribution, duplicate or other.",
        ),
    ],
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    settle: SettleOpt = False,
    ledgers: LedgersOpt = DEFAULT_LEDGERS,
    reviews: ReviewsOpt = DEFAULT_REVIEWS,
) -> None:
    """Reject a claim: tables drop it, check ignores it.

    Example: carclaims review reject data/seeds/000_dbbe308cca7ffe0f.txt c-89bfc19ab045bd6a --reason other
    """
    _decide(
        source,
        ledgers,
        reviews,
        "reject",
        claim_id,
        reason=reason,
        note=note,
        reviewer=reviewer,
        settle=settle,
    )


def _changes(**fields: object) -> dict[str, object]:
    return {k: v for k, v in fields.items() if v is not None}


@review_app.command("set")
def review_set(
    source: SourceArg,
    claim_id: ClaimArg,
    metric: Annotated[str | None, typer.Option("--metric")] = None,
    low: LowOpt = None,
    high: HighOpt = None,
    unit: Annotated[str | None, typer.Option("--unit")] = None,
    bound: Annotated[str | None, typer.Option("--bound")] = None,
    date: DateOpt = None,
    product: ProductOpt = None,
    indication: IndicationOpt = None,
    region: RegionOpt = None,
    population: PopulationOpt = None,
    grade: GradeOpt = None,
    timepoint: TimepointOpt = None,
    study: StudyOpt = None,
    statistic: StatisticOpt = None,
    event: EventOpt = None,
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    settle: SettleOpt = False,
    ledgers: LedgersOpt = DEFAULT_LEDGERS,
    reviews: ReviewsOpt = DEFAULT_REVIEWS,
) -> None:
    """Correct fields of a claim; every command uses the corrected claim.

    Example: carclaims review set data/seeds/000_dbbe308cca7ffe0f.txt c-89bfc19ab045bd6a --region US
    """
    changes = _changes(metric=metric, low=low, high=high, unit=unit, bound=bound, date=date)
    changes |= _changes(product=product, indication=indication, region=region, population=population)
    changes |= _changes(grade=grade, timepoint=timepoint, study=study, statistic=statistic, event=event)
    _decide(
        source,
        ledgers,
        reviews,
        "set",
        claim_id,
        changes=changes,
        note=note,
        reviewer=reviewer,
        settle=settle,
    )


@review_app.command("add")
def review_add(
    source: SourceArg,
    start: Annotated[int, typer.Option("--start", help="Offset of the claim's first character.")],
    end: Annotated[int, typer.Option("--end", help="Offset just past its last character.")],
    metric: Annotated[str, typer.Option("--metric")],
    low: LowOpt = None,
    high: HighOpt = None,
    unit: Annotated[str, typer.Option("--unit")] = "%",
    bound: Annotated[str, typer.Option("--bound")] = "eq",
    date: DateOpt = None,
    product: ProductOpt = None,
    indication: IndicationOpt = None,
    region: RegionOpt = None,
    population: PopulationOpt = None,
    note: NoteOpt = None,
    reviewer: ReviewerOpt = None,
    ledgers: LedgersOpt = DEFAULT_LEDGERS,
    reviews: ReviewsOpt = DEFAULT_REVIEWS,
) -> None:
    """Add a claim the extractor missed, by its place in the text.

    Example: carclaims review add article.txt --start 120 --end 123 --metric orr --low 81 --high 81
    """
    changes = _changes(low=low, high=high if high is not None else low, unit=unit, bound=bound, date=date)
    changes |= _changes(product=product, indication=indication, region=region, population=population)
    _decide(
        source,
        ledgers,
        reviews,
        "add",
        None,
        span=(start, end, metric),
        changes=changes,
        note=note,
        reviewer=reviewer,
    )


@review_app.command("withdraw")
def review_withdraw(
    source: SourceArg,
    claim_id: ClaimArg,
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="Withdraw only this reviewer's decision.")
    ] = None,
    ledgers: LedgersOpt = DEFAULT_LEDGERS,
    reviews: ReviewsOpt = DEFAULT_REVIEWS,
) -> None:
    """Withdraw the decisions on a claim (an orphaned decision: by the id `review status` shows).

    Example: carclaims review withdraw data/seeds/000_dbbe308cca7ffe0f.txt c-89bfc19ab045bd6a
    """
    from .review import load_target, withdraw

    try:
        count = withdraw(load_target(source, ledgers), reviews, claim_id, reviewer)
    except CarclaimsError as error:
        raise _fail(error) from None
    typer.echo(f"{source}: {count} decision(s) on {claim_id} withdrawn")


@review_app.command("move")
def review_move(
    source: SourceArg,
    from_id: Annotated[str, typer.Argument(help="The claim the decision is on (or was made on).")],
    to_id: Annotated[str, typer.Argument(help="The claim of the current ledger it belongs to.")],
    reviewer: ReviewerOpt = None,
    ledgers: LedgersOpt = DEFAULT_LEDGERS,
    reviews: ReviewsOpt = DEFAULT_REVIEWS,
) -> None:
    """Re-point a decision to another claim (an orphaned one to the claim it now belongs to).

    Example: carclaims review move article.txt c-0123456789abcdef c-fedcba9876543210
    """
    from .review import load_target, move

    try:
        count = move(load_target(source, ledgers), reviews, from_id, to_id, reviewer)
    except CarclaimsError as error:
        raise _fail(error) from None
    typer.echo(f"{source}: {count} decision(s) moved from {from_id} to {to_id}")


@review_app.command("status")
def review_status(
    sources: Annotated[list[Path] | None, typer.Argument(help="Articles (files or directories).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help='Print {"sources": [...]} as JSON.')] = False,
    ledgers: LedgersOpt = DEFAULT_LEDGERS,
    reviews: ReviewsOpt = DEFAULT_REVIEWS,
) -> None:
    """Per source: decisions, how many attach to a claim of the current ledger, how many need a
    reviewer again (their claim's value, metric or quote changed), how many are orphaned (their
    claim is gone), and how many claims are still unreviewed; then each decision to look at
    again as path:line:col. Exit 1 when any decision is orphaned or needs review.

    Example: carclaims review status data/seeds/ --json
    """
    import json

    from rich.console import Console
    from rich.table import Table

    from .ingest import discover
    from .review import load_target, status

    try:
        rows = []
        for path, relative in discover(sources or [Path("data/seeds")]):
            target = load_target(path, ledgers, relative)
            _adopt(reviews, ledgers, target)
            rows.append(status(target, reviews))
    except CarclaimsError as error:
        raise _fail(error) from None
    columns = (
        "path",
        "claims",
        "decisions",
        "attached",
        "needs_review",
        "disputed",
        "orphaned",
        "unreviewed",
    )
    if as_json:
        typer.echo(json.dumps({"sources": rows}, indent=2, ensure_ascii=False))
    else:
        table = Table(title="carclaims review status", title_justify="left")
        for name in columns:
            table.add_column(name, justify="left" if name == "path" else "right", overflow="fold")
        for row in rows:
            table.add_row(*(str(row[k]) for k in columns))
        Console().print(table)
        for row in rows:
            for p in row["problems"]:
                typer.echo(
                    f"{p['path']}:{p['line']}:{p['column']}: {p['status']} {p['decision']} of {p['metric']}"
                    f" {p['quote']!r} by {p['reviewer']} ({p['at']}): {p['reason']}"
                )
    raise typer.Exit(
        1 if any(row["orphaned"] or row["needs_review"] or row["disputed"] for row in rows) else 0
    )


def main() -> None:
    """The `carclaims` command (what `app()` does: typer builds the click command and runs it).
    The console script's `carclaims.__main__.main` has started an `extract` run's workers
    already (carclaims.headstart)."""
    limit_blas_threads()  # before anything imports numpy
    if richhelp.asks_for_help(sys.argv[1:]):
        richhelp.import_rich_help()
    typer.main.get_command(app)()
