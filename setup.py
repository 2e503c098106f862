"""Compiles the rule modules with mypyc (issue 27); everything else about the package is in
pyproject.toml.

mypyc turns the type-annotated modules that run for every number on a page, and the pattern
machinery they call (multiscan, fastre), into C extensions: about a sixth less time per file for
the first, another 7 % for the second, with the same ledgers. Where it cannot (no C compiler, a type
error, CARCLAIMS_COMPILED=0: the same switch that makes an installed copy run its sources)
the install goes on with the plain Python modules, and says so.
"""

import compileall
import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# the modules that run per number or per claim, and the pattern machinery they call for each
# (multiscan, fastre); the others are not worth a compiled copy
COMPILED = ["attribute", "link", "normalise", "extract", "layout", "multiscan", "fastre", "records"]


def _say(message: str) -> None:
    print(f"carclaims: {message}", file=sys.stderr)


class OptionalBuildExt(build_ext):
    """A failed C compile leaves the plain Python modules in place instead of failing the install."""

    def run(self):
        manifest = self._manifest()
        manifest.unlink(missing_ok=True)  # until this build has compiled every module
        try:
            super().run()
        except Exception as exc:  # setuptools' CompileError, LinkError, PlatformError: all of them
            _say(f"could not compile the rule modules ({exc}); installed uncompiled (slower)")
            return
        if self.extensions:
            digests = {
                name: hashlib.sha256(Path("src", "carclaims", f"{name}.py").read_bytes()).hexdigest()
                for name in COMPILED
            }
            manifest.write_text(json.dumps(digests, indent=1) + "\n", encoding="utf-8")
        if self.inplace or getattr(self, "editable_mode", False):
            _write_bytecode()

    def _manifest(self) -> Path:
        """Beside the compiled copies: the digest of each source they were compiled from
        (carclaims.compiled runs a source that no longer matches instead of its stale copy)."""
        return Path(self.get_ext_fullpath(f"carclaims.{COMPILED[0]}")).parent / "compiled.json"


def _write_bytecode() -> None:
    """The bytecode of the modules that stay Python, beside them, for an editable install (pip
    writes it for a regular one). Python would otherwise compile them from source in every
    process of every run wherever PYTHONDONTWRITEBYTECODE is set, as in many containers and CI
    images: 0.04-0.09 s per process, in the command and again in the process workers start
    from. A source edited later is compiled in memory again, as without it."""
    compileall.compile_dir(Path("src", "carclaims"), quiet=1)


def compiled_modules():
    if os.environ.get("CARCLAIMS_COMPILED") == "0":
        _say("CARCLAIMS_COMPILED=0: installed uncompiled")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _say("mypyc is not installed: installed uncompiled (slower)")
        return []
    paths = [os.path.join("src", "carclaims", f"{name}.py") for name in COMPILED]
    try:
        return mypycify(["--config-file", "pyproject.toml", *paths], opt_level="3")
    except SystemExit:  # mypy found a type error in one of them: it printed it
        _say("mypyc refused the rule modules (type errors above); installed uncompiled (slower)")
        return []


setup(ext_modules=compiled_modules(), cmdclass={"build_ext": OptionalBuildExt})
