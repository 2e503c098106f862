"""The staging folder in which a run makes its ledgers before renaming each into place."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from carclaims import staging
from carclaims.ledger import LedgerWriter, remove_stale_temp_files, write_atomic
from carclaims.staging import STAGING_NAME, make_staging


def test_a_staging_folder_is_new_hidden_private_and_named_for_this_process(tmp_path: Path):
    first, second = make_staging(tmp_path), make_staging(tmp_path)
    assert first != second and first.parent == second.parent == tmp_path
    found = STAGING_NAME.match(first.name)
    assert found and int(found.group("pid")) == os.getpid()
    assert first.is_dir() and list(first.iterdir()) == []
    if os.name == "posix":
        assert first.stat().st_mode & 0o777 == 0o700


def test_the_parent_is_marked_as_a_top_folder_for_the_mkdir_only(tmp_path: Path, monkeypatch):
    """The mark moves the new folder to another block group on ext4; the user's folder keeps
    the flags it had."""
    calls: list[tuple[str, int]] = []
    seen_by_mkdir: list[list[tuple[str, int]]] = []
    real_mkdir = Path.mkdir

    def mkdir(self, *args, **kwargs):
        seen_by_mkdir.append(list(calls))
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(staging, "_flags", lambda folder: 0x80000)  # ext4's "extents" flag

    def set_flags(folder: Path, flags: int) -> bool:
        calls.append((folder.name, flags))
        return True

    monkeypatch.setattr(staging, "_set_flags", set_flags)
    monkeypatch.setattr(Path, "mkdir", mkdir)
    make_staging(tmp_path)
    assert seen_by_mkdir == [[(tmp_path.name, 0x80000 | 0x20000)]]
    assert calls == [(tmp_path.name, 0x80000 | 0x20000), (tmp_path.name, 0x80000)]


@pytest.mark.parametrize("flags", [None, 0x20000 | 0x80000], ids=["no flags", "already a top folder"])
def test_flags_that_cannot_be_read_or_are_already_set_are_left_alone(tmp_path: Path, monkeypatch, flags):
    calls: list[int] = []
    monkeypatch.setattr(staging, "_flags", lambda folder: flags)
    monkeypatch.setattr(staging, "_set_flags", lambda folder, value: calls.append(value) or True)
    assert make_staging(tmp_path).is_dir()
    assert calls == []


def test_the_mark_is_given_back_when_the_mkdir_fails(tmp_path: Path, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(staging, "_flags", lambda folder: 0)
    monkeypatch.setattr(staging, "_set_flags", lambda folder, value: calls.append(value) or True)
    with pytest.raises(FileNotFoundError):
        make_staging(tmp_path / "missing")
    assert calls == [0x20000, 0]


def test_on_this_file_system_the_folder_keeps_its_own_flags(tmp_path: Path):
    before = staging._flags(tmp_path)
    make_staging(tmp_path)
    assert staging._flags(tmp_path) == before  # None where the file system has no flags


@pytest.mark.parametrize("threaded", [True, False])
def test_ledgers_go_through_the_staging_folder_and_it_is_gone_at_close(tmp_path: Path, threaded):
    out = tmp_path / "out"  # made by the writer, as `extract --out` does
    deferred: list[Path] = []
    writer = LedgerWriter(deferred, threaded=threaded, staging_in=out)
    writer.submit(out / "a.json", "a\n")
    writer.submit(out / "deep" / "er" / "b.json", "b\n")
    done = writer.close()
    assert [(w.path.relative_to(out).as_posix(), w.written, w.error) for w in done] == [
        ("a.json", True, None),
        ("deep/er/b.json", True, None),
    ]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [
        "a.json",
        "deep",
        "deep/er",
        "deep/er/b.json",
    ]
    assert (out / "deep/er/b.json").read_text() == "b\n"
    assert deferred == [out / "a.json", out / "deep/er/b.json"]  # new files: flushed at the end


def test_an_output_folder_made_only_for_the_staging_folder_is_removed_if_nothing_was_written(
    tmp_path: Path,
):
    """A run whose every file failed leaves no output folder made for nothing; one that
    failed to write (the folder where a ledger goes is a file) leaves the one it made."""
    out = tmp_path / "new" / "out"
    writer = LedgerWriter([], threaded=False, staging_in=out)
    (tmp_path / "new").mkdir()
    blocker = tmp_path / "new" / "blocker"
    blocker.write_text("a file\n")
    writer.submit(blocker / "a.json", "a\n")  # cannot be written, but the staging folder is made
    assert [w.error is not None for w in writer.close()] == [True]
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["blocker", "new"]


def test_without_a_staging_folder_the_temp_files_are_made_beside_the_ledgers(tmp_path: Path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n")
    out = tmp_path / "out"
    writer = LedgerWriter([], threaded=False, staging_in=blocker / "out")  # cannot be made
    writer.submit(out / "a.json", "a\n")
    assert [(w.written, w.error) for w in writer.close()] == [(True, None)]
    assert [p.name for p in out.iterdir()] == ["a.json"]


def test_a_ledger_on_another_file_system_is_written_beside_itself(tmp_path: Path, monkeypatch):
    """A folder mounted inside the output cannot take a rename from the staging folder."""
    real_replace = os.replace

    def replace(source, target):
        if STAGING_NAME.match(Path(source).parent.name):
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    folder = make_staging(tmp_path)
    deferred: list[Path] = []
    assert write_atomic(tmp_path / "mounted" / "a.json", "a\n", deferred, staging=folder) is True
    assert (tmp_path / "mounted" / "a.json").read_text() == "a\n"
    assert list(folder.iterdir()) == [] and [p.name for p in (tmp_path / "mounted").iterdir()] == ["a.json"]
    assert deferred == [tmp_path / "mounted" / "a.json"]


def test_a_killed_runs_staging_folder_is_removed_and_a_live_ones_kept(tmp_path: Path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    dead_folder = tmp_path / f".carclaims-{dead.pid}-0a1b2c3d.staging"
    live_folder = tmp_path / f".carclaims-{os.getppid()}-0a1b2c3d.staging"
    for folder in (dead_folder, live_folder):
        folder.mkdir()
        (folder / f".a.json.{folder.name.split('-')[1]}-0a1b2c3d.tmp").write_text("{")
    not_ours = tmp_path / f".carclaims-{dead.pid}-0a1b2c3d.staging-notes"
    not_ours.mkdir()
    assert remove_stale_temp_files(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live_folder.name, not_ours.name])
    assert len(list(live_folder.iterdir())) == 1
