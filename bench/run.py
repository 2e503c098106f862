"""The throughput benchmark: carclaims extract against quantulum3 on one synthetic corpus.

    python bench/run.py [--size-mb 20] [--jobs 1,2] [--quantulum-share 0.1] [--report docs/benchmarks.md]

Each engine runs as its own process tree, sampled every 50 ms for its resident memory (the sum
over the parent and its worker processes); chars/s counts code points of the article texts.
quantulum3 (a general quantity extractor, installed only for this: `pip install -e '.[bench]'`)
parses each article whole, as carclaims does, in one process: it has no parallel mode. It runs
over every N-th article (--quantulum-share) because at its speed the whole corpus takes long;
throughput is a rate, so the ratio holds for the whole corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402


@dataclass
class Measurement:
    label: str
    files: int
    chars: int
    found: int  # claims, or quantities for quantulum3
    seconds: float
    peak_rss_mb: float

    @property
    def chars_per_s(self) -> float:
        return self.chars / self.seconds

    @property
    def found_per_s(self) -> float:
        return self.found / self.seconds


def tree_rss(process: psutil.Process) -> int:
    """Resident bytes of a process and all its descendants (workers, a fork server)."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def run_measured(command: list[str], log: Path) -> tuple[float, int]:
    """(wall seconds, peak tree RSS in bytes) of a command; fails loudly if it fails."""
    started = time.perf_counter()
    with log.open("wb") as sink:
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
        watched = psutil.Process(child.pid)
        peak = 0
        while child.poll() is None:
            try:
                peak = max(peak, tree_rss(watched))
            except psutil.Error:
                pass
            time.sleep(0.05)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        tail = log.read_text("utf-8", "replace")[-2000:]
        raise SystemExit(f"error: {shlex.join(command)} exited {child.returncode}:\n{tail}")
    return seconds, peak


def corpus_chars(corpus: Path) -> tuple[int, int]:
    files = chars = 0
    for path in sorted(corpus.glob("*.txt")):
        files += 1
        chars += len(path.read_text("utf-8"))
    return files, chars


def measure_carclaims(corpus: Path, jobs: int, files: int, chars: int, work: Path) -> Measurement:
    out = work / f"ledgers-{jobs}"
    command = [sys.executable, "-m", "carclaims", "extract", str(corpus), "--out", str(out), "-q"]
    command += ["--jobs", str(jobs)]
    seconds, peak = run_measured(command, work / f"carclaims-{jobs}.log")
    claims = sum(len(json.loads(p.read_text("utf-8"))["claims"]) for p in out.glob("*.json"))
    return Measurement(f"carclaims extract --jobs {jobs}", files, chars, claims, seconds, peak / 1e6)


QUANTULUM_WORKER = """
import json, sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
from quantulum3 import parser
paths = sorted(Path(sys.argv[1]).glob("*.txt"))[:: int(sys.argv[2])]
files = chars = found = 0
started = time.perf_counter()
for path in paths:
    text = path.read_text("utf-8")
    found += len(parser.parse(text))
    files += 1
    chars += len(text)
print(json.dumps({"files": files, "chars": chars, "found": found, "seconds": time.perf_counter() - started}))
"""


def measure_quantulum(corpus: Path, every: int, work: Path) -> Measurement:
    log = work / "quantulum3.log"
    command = [sys.executable, "-c", QUANTULUM_WORKER, str(corpus), str(every)]
    _, peak = run_measured(command, log)
    result = json.loads(log.read_text("utf-8").strip().splitlines()[-1])
    label = "quantulum3 parser.parse" + (f" (every {every}th article)" if every > 1 else "")
    # its own clock: the import of quantulum3 is not part of its throughput
    return Measurement(
        label, result["files"], result["chars"], result["found"], result["seconds"], peak / 1e6
    )


def help_seconds() -> float:
    """Median wall time of `carclaims --help` over five runs."""
    times = []
    for _ in range(5):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "carclaims", "--help"], check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        info = Path("/proc/cpuinfo").read_text()
        cpu = re.search(r"model name\s*:\s*(.+)", info).group(1)  # type: ignore[union-attr]
    except (OSError, AttributeError):
        pass
    memory = psutil.virtual_memory().total / 2**30
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    from importlib.metadata import version

    import quantulum3  # noqa: F401
    import spacy

    return (
        f"{cores} cores ({cpu}), {memory:.0f} GiB RAM, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, spaCy {spacy.__version__}, "
        f"carclaims {version('carclaims')}, quantulum3 {version('quantulum3')}"
    )


def render(size_mb: float, command: str, rows: list[Measurement], extra: list[str], host: str) -> str:
    lines = [
        f"### {size_mb:g} MB corpus",
        "",
        f"Command: `{command}`  ",
        f"Machine: {host}  ",
        f"Run: {time.strftime('%Y-%m-%d %H:%M')}",
        "",
        "| run | files | chars | found | wall s | chars/s | found/s | peak RSS MB |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for m in rows:
        lines.append(
            f"| {m.label} | {m.files} | {m.chars:,} | {m.found:,} | {m.seconds:.1f} | "
            f"{m.chars_per_s:,.0f} | {m.found_per_s:,.0f} | {m.peak_rss_mb:.0f} |"
        )
    lines += ["", *extra, ""]
    return "\n".join(lines)


def update_report(report: Path, key: str, block: str) -> None:
    """Replace (or append) the block between this size's markers; the prose around is kept."""
    start, end = f"<!-- bench:{key} -->", f"<!-- /bench:{key} -->"
    text = report.read_text("utf-8") if report.exists() else "# Benchmarks\n"
    fresh = f"{start}\n{block}\n{end}"
    if start in text and end in text:
        text = text[: text.index(start)] + fresh + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip("\n") + "\n\n" + fresh + "\n"
    report.write_text(text, "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size-mb", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", default=f"1,{len(os.sched_getaffinity(0))}", help="comma-separated")
    parser.add_argument(
        "--quantulum-share", type=float, default=0.1, help="share of articles for quantulum3; 0 skips it"
    )
    parser.add_argument("--corpus", type=Path, help="default: bench/.corpus/SIZE-SEED (made once)")
    parser.add_argument("--report", type=Path, help="update this markdown file (docs/benchmarks.md)")
    args = parser.parse_args(argv)

    corpus = args.corpus or HERE / ".corpus" / f"{args.size_mb:g}MB-seed{args.seed}"
    stamp = corpus / ".stamp"
    wanted = f"{args.size_mb:g} {args.seed}"
    if not stamp.exists() or stamp.read_text() != wanted:
        print(f"building the corpus in {corpus} ...", file=sys.stderr)
        write_corpus(corpus, args.size_mb, args.seed)
        stamp.write_text(wanted)
    files, chars = corpus_chars(corpus)
    print(f"corpus: {files} articles, {chars:,} chars", file=sys.stderr)

    rows: list[Measurement] = []
    with tempfile.TemporaryDirectory(prefix="carclaims-bench-") as tmp:
        work = Path(tmp)
        for jobs in sorted({int(j) for j in args.jobs.split(",")}):
            print(f"carclaims extract --jobs {jobs} ...", file=sys.stderr)
            rows.append(measure_carclaims(corpus, jobs, files, chars, work))
            print(f"  {rows[-1].seconds:.1f} s, {rows[-1].peak_rss_mb:.0f} MB", file=sys.stderr)
        if args.quantulum_share > 0:
            every = max(1, round(1 / args.quantulum_share))
            print(f"quantulum3 over every {every}th article ...", file=sys.stderr)
            rows.append(measure_quantulum(corpus, every, work))

    extra = []
    ours = [m for m in rows if m.label.startswith("carclaims")]
    if len(ours) > 1:
        extra.append(
            f"- Scaling: {ours[-1].label} runs at {ours[-1].chars_per_s / ours[0].chars_per_s:.2f}× "
            f"the throughput of {ours[0].label}."
        )
    if args.quantulum_share > 0:
        theirs = rows[-1]
        for m in ours:
            extra.append(
                f"- {m.label}: {m.chars_per_s / theirs.chars_per_s:.0f}× quantulum3's throughput (chars/s)."
            )
    extra.append(f"- `carclaims --help`: {help_seconds():.2f} s (median of 5).")
    command = "python bench/run.py " + shlex.join(argv if argv is not None else sys.argv[1:])
    block = render(args.size_mb, command.strip(), rows, extra, machine())
    print(block)
    if args.report:
        update_report(args.report, f"{args.size_mb:g}MB", block)
        print(f"updated {args.report}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
