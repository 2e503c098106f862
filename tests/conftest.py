from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return ROOT / "data" / "seeds"


@pytest.fixture
def disk_events(monkeypatch) -> list[tuple[str, str]]:
    """Record, in order, every rename, fsync and syncfs (with the path the descriptor is)."""
    import os

    from carclaims import ledger

    events: list[tuple[str, str]] = []
    real_fsync, real_replace, real_syncfs = os.fsync, os.replace, ledger._syncfs()

    def fsync(fd):
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src, dst):
        events.append(("rename", str(dst)))
        real_replace(src, dst)

    def syncfs(fd):
        events.append(("syncfs", os.readlink(f"/proc/self/fd/{fd}")))
        return real_syncfs(fd) if real_syncfs is not None else -1

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(ledger, "_syncfs", lambda: syncfs)
    return events
