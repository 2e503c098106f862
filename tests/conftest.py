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
    """Record, in order, every rename, fsync and syncfs (with the path the descriptor is) of
    files outside carclaims' cache. The cache's writes are not the ledgers' (a cache file is
    only a cache), and they come when the process first meets a pattern: the first extraction
    after a test that compiled new ones, or a Hyperscan database built on a thread of its own."""
    import os

    from carclaims import ledger
    from carclaims.cachedir import cache_dir

    events: list[tuple[str, str]] = []
    real_fsync, real_replace, real_syncfs = os.fsync, os.replace, ledger._syncfs()
    cache = os.path.realpath(cache_dir())

    def outside_cache(path: str) -> bool:
        return os.path.commonpath([os.path.realpath(path), cache]) != cache

    def fsync(fd):
        path = os.readlink(f"/proc/self/fd/{fd}")
        if outside_cache(path):
            events.append(("fsync", path))
        real_fsync(fd)

    def replace(src, dst):
        real_replace(src, dst)  # a rename that failed (its folder not made yet) is not one
        if outside_cache(str(dst)):
            events.append(("rename", str(dst)))

    def syncfs(fd):
        events.append(("syncfs", os.readlink(f"/proc/self/fd/{fd}")))
        return real_syncfs(fd) if real_syncfs is not None else -1

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(ledger, "_syncfs", lambda: syncfs)
    return events
