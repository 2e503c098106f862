"""Ledger models: strict validation, deterministic JSON, atomic writes, the committed schema."""

import json
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from carclaims.extract import extract_text
from carclaims.ledger import Claim, Ledger, Value, dumps, flush_files, schema_text, write_atomic

ROOT = Path(__file__).resolve().parents[1]


def claim(**changes):
    base = dict(
        id="c-0",
        metric="cr",
        text="92.3%",
        start=10,
        end=15,
        line=1,
        column=11,
        sentence="CR rate: 92.3%",
        value=Value(low=92.3, high=92.3, unit="%", bound="eq"),
        rule="cr.test",
    )
    base.update(changes)
    return Claim(**base)


def test_a_valid_claim_builds():
    assert claim().value.low == 92.3


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"start": 15, "end": 15}, "start < end", id="empty-span"),
        pytest.param({"end": 16}, "len\\(text\\)", id="span-text-mismatch"),
        pytest.param({"metric": "cure_rate"}, "unknown metric", id="unknown-metric"),
        pytest.param(
            {"metric": "cost", "value": Value(low=1, high=1, unit="DOLLARS", bound="eq")},
            "ISO 4217",
            id="bad-currency",
        ),
        pytest.param(
            {"metric": "dor", "value": Value(low=1, high=1, unit="x", bound="eq")},
            "duration",
            id="dor-needs-duration-rate-or-count",
        ),
        pytest.param(
            {"value": Value(low=90, high=90, unit="%", bound="approx")},
            "approx: true",
            id="approx-flag",
        ),
    ],
)
def test_inconsistent_claims_are_refused(changes, message):
    with pytest.raises(ValidationError, match=message):
        claim(**changes)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param(dict(low=1, high=2, unit="%", bound="eq"), "low == high", id="eq"),
        pytest.param(dict(low=5, high=2, unit="%", bound="range"), "low < high", id="range-order"),
        pytest.param(dict(low=None, high=2, unit="%", bound="gt"), "needs low", id="gt-needs-low"),
        pytest.param(dict(low=1, high=None, unit="%", bound="le"), "needs high", id="le-needs-high"),
        pytest.param(dict(low=None, high=None, unit="date", bound="eq"), "date", id="date-missing"),
        pytest.param(dict(low=float("inf"), high=float("inf"), unit="%", bound="eq"), "finite", id="inf"),
    ],
)
def test_inconsistent_values_are_refused(value, message):
    with pytest.raises(ValidationError, match=message):
        Value(**value)


def test_dumps_is_deterministic_and_compacts_whole_numbers():
    text = "ORR of 92.0% and a CR rate of 72%; costs $373,000–$475,000."
    first, second = dumps(extract_text(text)), dumps(extract_text(text))
    assert first == second and first.endswith("}\n")
    values = [c["value"] for c in json.loads(first)["claims"]]
    assert values[0] == {"low": 92, "high": 92, "unit": "%", "bound": "eq", "date": None}
    assert values[2]["low"] == 373000 and "373000.0" not in first


def test_ids_depend_on_source_and_position():
    a = extract_text("CR: 90%.").claims[0].id
    assert a == extract_text("CR: 90%.").claims[0].id
    assert a != extract_text("CR: 91%.").claims[0].id


def test_write_atomic_leaves_no_temp_files_and_skips_identical(tmp_path: Path):
    target = tmp_path / "sub" / "x.json"
    assert write_atomic(target, "one\n") is True
    assert write_atomic(target, "one\n") is False
    assert write_atomic(target, "two\n") is True
    assert target.read_text() == "two\n"
    assert [p.name for p in target.parent.iterdir()] == ["x.json"]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name descriptors")
@pytest.mark.parametrize("syncfs_works", [True, False])
def test_a_replaced_file_is_flushed_before_its_rename_and_new_ones_are_deferred(
    tmp_path, disk_events, monkeypatch, syncfs_works
):
    from carclaims import ledger

    if not syncfs_works:  # not Linux, or a file system that refuses: each file is fsynced
        monkeypatch.setattr(ledger, "_syncfs", lambda: lambda fd: -1)
    old = tmp_path / "old.json"
    old.write_text("before\n")
    events = disk_events
    deferred: list[Path] = []
    assert write_atomic(old, "after\n", deferred) is True
    assert write_atomic(tmp_path / "new.json", "new\n", deferred) is True
    assert write_atomic(tmp_path / "new.json", "new\n", deferred) is False  # same bytes: untouched
    assert deferred == [tmp_path / "new.json"]  # only the new file waits
    assert [kind for kind, _ in events] == ["fsync", "rename", "rename"]
    assert events[0][1].endswith(".tmp") and events[1][1] == str(old)
    assert flush_files(deferred) == []
    if syncfs_works:
        assert events[3:] == [("syncfs", str(tmp_path))]  # one call for the file system
    else:
        assert events[3:] == [("fsync", str(tmp_path / "new.json")), ("fsync", str(tmp_path))]
    assert deferred == []
    assert old.read_text() == "after\n" and (tmp_path / "new.json").read_text() == "new\n"


def test_one_syncfs_per_file_system_flushes_many_files(tmp_path, disk_events):
    deferred: list[Path] = []
    for name in ("a/1.json", "a/2.json", "b/3.json"):
        write_atomic(tmp_path / name, "x\n", deferred)
    assert flush_files(deferred) == []
    assert [e for e in disk_events if e[0] != "rename"] == [("syncfs", str(tmp_path / "a"))]


def test_flushing_skips_a_vanished_file_and_reports_a_failed_one(tmp_path, monkeypatch):

    from carclaims import ledger

    monkeypatch.setattr(ledger, "_syncfs", lambda: None)  # each file on its own
    kept, gone = tmp_path / "kept.json", tmp_path / "gone.json"
    deferred: list[Path] = []
    write_atomic(kept, "k\n", deferred)
    write_atomic(gone, "g\n", deferred)
    gone.unlink()

    def failing(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", failing)
    assert flush_files(deferred) == [f"{kept}: cannot flush to disk (Input/output error)"]


@pytest.mark.parametrize("threaded", [True, False])
def test_the_ledger_writer_writes_in_order_counts_and_reports_a_failure(tmp_path, threaded):
    from carclaims.ledger import LedgerWriter

    (tmp_path / "same.json").write_text("same\n")
    (tmp_path / "blocked").write_text("a file where a folder should be\n")
    deferred: list[Path] = []
    writer = LedgerWriter(deferred, threaded=threaded)
    writer.submit(tmp_path / "page.txt", "text of the page\n", counted=False)
    writer.submit(tmp_path / "new" / "a.json", "a\n")
    writer.submit(tmp_path / "blocked" / "b.json", "b\n")
    writer.submit(tmp_path / "same.json", "same\n")
    done = writer.close()
    assert [(w.path.name, w.written, w.counted, type(w.error).__name__) for w in done] == [
        ("page.txt", True, False, "NoneType"),
        ("a.json", True, True, "NoneType"),
        ("b.json", False, True, "NotADirectoryError"),
        ("same.json", False, True, "NoneType"),  # the same bytes: left alone
    ]
    assert (tmp_path / "new" / "a.json").read_text() == "a\n"
    assert deferred == [tmp_path / "page.txt", tmp_path / "new" / "a.json"]
    assert writer.finished() == []


def test_cancelling_the_ledger_writer_drops_the_files_not_begun(tmp_path, monkeypatch):
    """After Ctrl-C the queued ledgers are not written: each stays the old one."""
    import threading

    from carclaims import ledger

    started, release = threading.Event(), threading.Event()
    real_write = ledger.write_atomic

    def slow_first(path, content, deferred=None, staging=None):
        if path.name == "first.json":
            started.set()
            assert release.wait(10)
        return real_write(path, content, deferred, staging)

    monkeypatch.setattr(ledger, "write_atomic", slow_first)
    (tmp_path / "queued.json").write_text("old\n")
    writer = ledger.LedgerWriter([], threaded=True)
    writer.submit(tmp_path / "first.json", "1\n")
    assert started.wait(10)
    writer.submit(tmp_path / "queued.json", "new\n")
    writer.submit(tmp_path / "never.json", "n\n")
    threading.Timer(0.2, release.set).start()
    done = writer.close(cancel=True)
    assert [(w.path.name, w.written) for w in done] == [("first.json", True)]  # begun: finished
    assert (tmp_path / "queued.json").read_text() == "old\n"
    assert not (tmp_path / "never.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.json", "queued.json"]


def test_an_unexpected_error_on_the_writer_thread_reaches_the_caller(tmp_path, monkeypatch):
    from carclaims import ledger

    def broken(path, content, deferred=None, staging=None):
        raise RuntimeError("bug in the writer")

    monkeypatch.setattr(ledger, "write_atomic", broken)
    writer = ledger.LedgerWriter([], threaded=True)
    with pytest.raises(RuntimeError, match="bug in the writer"):  # from submit or from close
        writer.submit(tmp_path / "a.json", "a\n")
        writer.submit(tmp_path / "b.json", "b\n")
        writer.close()
    assert list(tmp_path.iterdir()) == []


def test_committed_schema_is_not_stale():
    committed = (ROOT / "schemas" / "ledger.schema.json").read_text("utf-8")
    assert committed == schema_text(), "run `make schemas` and commit schemas/ledger.schema.json"


def test_a_claim_that_fails_validation_is_dropped_into_warnings(monkeypatch):
    """One inconsistent claim costs that claim, not the file: it is recorded with its rule, span
    and reason, and the other claims are kept. (The claim model is swapped, not a rule function:
    the rule modules may be compiled, and a compiled module calls its own functions directly.)"""
    from pydantic import model_validator

    from carclaims import extract as extract_module

    class CostsRejected(Claim):
        @model_validator(mode="after")
        def _no_costs(self):
            if self.metric == "cost":
                raise ValueError("a cost needs an ISO 4217 currency, this one says nothing of it")
            return self

    class LedgerOfThem(Ledger):  # the one-call validation of a whole ledger rejects it too
        claims: list[CostsRejected]

    monkeypatch.setattr(extract_module, "Claim", CostsRejected)
    monkeypatch.setattr(extract_module, "Ledger", LedgerOfThem)
    text = "The ORR was 81%. The list price is $475,000."
    ledger = extract_text(text)
    assert [(c.text, c.metric) for c in ledger.claims] == [("81%", "orr")]
    [warning] = ledger.warnings
    assert (warning.kind, warning.text, warning.rule) == ("dropped_claim", "$475,000", "cost.money")
    assert (warning.start, warning.end, warning.line, warning.column) == (35, 43, 1, 36)
    assert "ISO 4217" in warning.message


def test_a_ledger_validated_in_one_call_is_the_one_made_claim_by_claim(monkeypatch):
    """extract validates a whole ledger in one call, and makes its claims one by one only when
    that fails: both ways give the same ledger, byte for byte (the seeds, a page with an unknown
    product name, a date, a count, a factor, origins of every level)."""
    from carclaims import extract as extract_module

    texts = [path.read_text("utf-8") for path in sorted((ROOT / "data" / "seeds").glob("*.txt"))]
    texts += [
        "Obecabtagene autoleucel was approved on November 8, 2024. Zevor-cel had an ORR of 92%.",
        "In ELIANA, 81% of children responded; 12 of 75 patients (16%) had grade 3 CRS.",
        "CAR-T in China costs a third of the US price of $475,000; 854 trials are registered.",
    ]
    one_call = [dumps(extract_text(text)) for text in texts]

    class OneByOne(Ledger):
        @classmethod
        def model_validate(cls, *args, **kwargs):
            raise ValidationError.from_exception_data("forced", [])

    monkeypatch.setattr(extract_module, "Ledger", OneByOne)
    assert [dumps(extract_text(text)) for text in texts] == one_call
    assert sum(one.count('"warnings": [\n') for one in one_call) >= 1  # an unknown product among them


def test_an_outcome_told_as_a_count_is_valid():
    """CLAIMS.md section 3: "25 patients were still alive" is an os claim with unit count."""
    from carclaims.extract import extract_text

    [claim] = extract_text("At the data cut-off, 25 patients were still alive.").claims
    assert (claim.metric, claim.text, claim.value.unit, claim.value.low) == ("os", "25 patients", "count", 25)


def test_time_points_compare_in_months():
    from carclaims.ledger import field_key, timepoint_key

    assert [timepoint_key(t) for t in ("P1Y", "P12M", "P2Y", "P6M", "P30D", None)] == [
        "P12M",
        "P12M",
        "P24M",
        "P6M",
        "P30D",
        None,
    ]
    assert field_key("timepoint", "P1Y") == field_key("timepoint", "P12M")
    assert field_key("population", "adult") == "adult"


def test_a_signal_inside_a_serializer_is_raised_as_an_interrupt_after_it(monkeypatch):
    """pydantic-core turns what a field serializer raises into a PydanticSerializationError:
    a Ctrl-C that lands in one must still reach `extract` as KeyboardInterrupt(signal), and
    only once the ledger is serialized."""
    import signal

    from carclaims import interrupts, ledger

    real_compact = ledger._compact
    fired = []

    def compact_while_a_signal_arrives(number):
        if not fired:
            fired.append(True)
            interrupts.handler(signal.SIGTERM, None)  # what the signal does, mid-serializer
        return real_compact(number)

    ledger_model = extract_text("The ORR was 92% in 50 patients.")
    monkeypatch.setattr(ledger, "_compact", compact_while_a_signal_arrives)
    with pytest.raises(KeyboardInterrupt) as stopped:
        ledger.dumps(ledger_model)
    assert stopped.value.args == (signal.SIGTERM,) and fired
    assert ledger.dumps(ledger_model).startswith("{")  # nothing left pending
    with pytest.raises(KeyboardInterrupt):  # outside a serializer it raises at once
        interrupts.handler(signal.SIGINT, None)
