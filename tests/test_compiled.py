"""The mypyc-compiled rule modules: which copy runs, and that the three lists of them agree."""

import ast
import importlib.machinery
import json
import os
import re
import subprocess
import sys
import textwrap
import tomllib
from pathlib import Path

from carclaims import compiled

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "carclaims"
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]


def _setup_compiled() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text())
    [names] = [
        node.value
        for node in tree.body
        if isinstance(node, ast.Assign) and [t.id for t in node.targets] == ["COMPILED"]
    ]
    return [element.value for element in names.elts]


def _record(folder: Path, **digests: str) -> None:
    (folder / compiled.MANIFEST).write_text(json.dumps(digests))


def test_setup_pyproject_and_makefile_name_the_same_compiled_modules():
    names = _setup_compiled()
    overrides = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mypy"]["overrides"]
    [checked] = [o["module"] for o in overrides if o.get("ignore_errors") is False]
    make_line = re.search(r"^COMPILED := .*,(.*)\)$", (ROOT / "Makefile").read_text(), re.M).group(1)
    assert checked == [f"carclaims.{name}" for name in names]
    assert make_line.split() == [f"{name}.py" for name in names]


def test_compiled_copies_are_found_beside_their_sources_and_stale_when_they_differ(tmp_path):
    for name in ("rules", "links", "plain"):
        (tmp_path / f"{name}.py").write_text(f"NAME = {name!r}\n")
    for name in ("rules", "links"):
        (tmp_path / f"{name}{SUFFIX}").write_bytes(b"")
    (tmp_path / f"orphan{SUFFIX}").write_bytes(b"")  # no source beside it: not ours to replace
    sources = compiled.compiled_sources(tmp_path)
    assert sorted(sources) == ["links", "rules"]
    assert compiled.stale(tmp_path, sources) == ["links", "rules"]  # no record of the build
    _record(tmp_path, **{name: compiled.digest(tmp_path / f"{name}.py") for name in ("rules", "links")})
    assert compiled.stale(tmp_path, sources) == []
    (tmp_path / "links.py").write_text("NAME = 'edited'\n")
    assert compiled.stale(tmp_path, sources) == ["links"]
    (tmp_path / "links.py").write_text("NAME = 'links'\n")  # back to what was compiled
    os.utime(tmp_path / "links.py", (1e10, 1e10))  # however new its time
    assert compiled.stale(tmp_path, sources) == []


def _fake_package(root: Path, *, stale: bool) -> None:
    """A package whose 'compiled' module is garbage: importing it fails, so a passing import
    shows that the source was taken."""
    package = root / "fakepkg"
    package.mkdir()
    (package / "__init__.py").write_text(
        textwrap.dedent(
            """
            from pathlib import Path
            from carclaims import compiled
            compiled.choose(__name__, Path(__file__).parent)
            """
        )
    )
    (package / "rules.py").write_text("WHERE = 'source'\n")
    (package / f"rules{SUFFIX}").write_bytes(b"not an extension")
    _record(package, rules="0" * 64 if stale else compiled.digest(package / "rules.py"))


def _import_rules(root: Path, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CARCLAIMS_COMPILED")}
    environment.update(env, PYTHONPATH=f"{root}{os.pathsep}{environment.get('PYTHONPATH', '')}")
    code = "import fakepkg.rules as r; print(r.WHERE)"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment)


def test_a_source_edited_after_the_compile_runs_instead_and_says_so(tmp_path):
    _fake_package(tmp_path, stale=True)
    run = _import_rules(tmp_path)
    assert (run.returncode, run.stdout) == (0, "source\n")
    assert "rules.py changed since the rule modules were compiled" in run.stderr
    quiet = _import_rules(tmp_path, CARCLAIMS_COMPILED_WARNED="carclaims,fakepkg")  # a worker of the same run
    assert (quiet.stdout, quiet.stderr) == ("source\n", "")


def test_a_fresh_compiled_copy_is_the_one_loaded(tmp_path):
    _fake_package(tmp_path, stale=False)
    run = _import_rules(tmp_path)
    assert run.returncode != 0 and "ImportError" in run.stderr  # it tried the (garbage) copy
    plain = _import_rules(tmp_path, CARCLAIMS_COMPILED="0")
    assert (plain.returncode, plain.stdout, plain.stderr) == (0, "source\n", "")


def test_the_rule_modules_are_all_compiled_or_none_is():
    """A half-compiled group would mean a build step failed on some modules only; CI (which sets
    CARCLAIMS_REQUIRE_COMPILED) requires all of them, so a type error cannot make the build fall
    back to the slow sources unseen."""
    import importlib

    names = _setup_compiled()
    loaded = {name: importlib.import_module(f"carclaims.{name}").__file__ for name in names}
    extensions = {name for name, path in loaded.items() if not path.endswith(".py")}
    if os.environ.get("CARCLAIMS_COMPILED") == "0":
        allowed = [set()]
    elif os.environ.get("CARCLAIMS_REQUIRE_COMPILED") == "1":
        allowed = [set(names)]
    else:
        allowed = [set(), set(names)]
    assert extensions in allowed, loaded


def _own_inits() -> list[tuple[type, ast.FunctionDef]]:
    """Each dataclass of the compiled modules that writes its own __init__, with that __init__."""
    import dataclasses
    import importlib

    found = []
    for name in _setup_compiled():
        module = importlib.import_module(f"carclaims.{name}")
        for node in ast.parse((PACKAGE / f"{name}.py").read_text()).body:
            if not isinstance(node, ast.ClassDef):
                continue
            inits = [s for s in node.body if isinstance(s, ast.FunctionDef) and s.name == "__init__"]
            cls = getattr(module, node.name)
            if inits and dataclasses.is_dataclass(cls):
                found.append((cls, inits[0]))
    return found


def _stored_field(statement: ast.stmt) -> tuple[str, set[str]]:
    """The field one statement of an __init__ sets, and the names its value reads:
    `self.x = ...` or `object.__setattr__(self, "x", ...)`."""
    if isinstance(statement, ast.Assign):
        [target] = statement.targets
        assert isinstance(target, ast.Attribute) and ast.unparse(target.value) == "self"
        return target.attr, {n.id for n in ast.walk(statement.value) if isinstance(n, ast.Name)}
    call = statement.value
    assert ast.unparse(call.func) == "object.__setattr__", ast.unparse(statement)
    self_arg, field_name, value = call.args
    assert ast.unparse(self_arg) == "self"
    return field_name.value, {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}


def test_a_dataclass_that_writes_its_own_init_takes_its_fields_in_order():
    """layout.Segment says why the classes made per number write their __init__: the one
    @dataclass writes stays interpreted. Each must take the fields @dataclass would, in the
    same order with the same defaults (a factory's field defaults to None), and store each
    argument in its own field."""
    import dataclasses

    checked = {cls.__name__ for cls, _ in _own_inits()}
    assert {"Mention", "_Atom", "Segment", "Link", "CueMatch", "Hit", "Origin", "Attribution"} <= checked
    for cls, init in _own_inits():
        fields = [f for f in dataclasses.fields(cls) if f.init]
        params = init.args.args[1:]
        assert [p.arg for p in params] == [f.name for f in fields], cls
        defaults = dict(
            zip(
                [p.arg for p in params][len(params) - len(init.args.defaults) :],
                init.args.defaults,
                strict=True,
            )
        )
        for f in fields:
            if f.default is not dataclasses.MISSING:
                assert ast.literal_eval(defaults[f.name]) == f.default, (cls, f.name)
            elif f.default_factory is not dataclasses.MISSING:
                assert ast.unparse(defaults[f.name]) == "None", (cls, f.name)
            else:
                assert f.name not in defaults, (cls, f.name)
        stored = [
            _stored_field(statement)
            for statement in init.body
            if not isinstance(statement, ast.Expr) or isinstance(statement.value, ast.Call)
        ]
        assert [field_name for field_name, _ in stored] == [f.name for f in fields], cls
        for field_name, reads in stored:
            assert field_name in reads, (cls, field_name)


def test_the_own_inits_are_compiled_when_the_modules_are():
    import types

    for cls, _ in _own_inits():
        if not sys.modules[cls.__module__].__file__.endswith(".py"):
            assert not isinstance(cls.__init__, types.FunctionType), cls
