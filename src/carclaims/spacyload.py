"""spaCy, imported without its command-line interface (and numpy without a BLAS thread pool).

`import spacy` (3.8) imports `spacy.cli` for the one name `spacy.info`, and with it typer,
requests, httpx, jinja2, weasel and more: 0.11-0.13 s of a 0.37 s import, paid again by every
worker process of a run. Upstream made that import lazy (explosion/spaCy#12962, and the open
#13933 for the CLI's own start-up); until a release has it, spaCy is imported here with the two
CLI modules it asks for stood in by a lazy `info`. The stand-ins are removed as soon as spaCy is
loaded, so a later `import spacy.cli` (ours never does) loads the real one."""

from __future__ import annotations

import os
import sys
import types

_STAND_INS = ("spacy.cli", "spacy.cli.info")


def _info(*args, **kwargs):
    """spacy.info, which loads spaCy's CLI when it is first called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _import_spacy() -> types.ModuleType:
    if "spacy" in sys.modules or any(name in sys.modules for name in _STAND_INS):
        import spacy  # already loaded (or loading): nothing to save

        return spacy
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, whose submodules are only the stand-in below
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy
    finally:
        for name in _STAND_INS:
            if sys.modules.get(name) in (cli, info):
                del sys.modules[name]
    return spacy


# numpy (which spaCy imports) starts OpenBLAS's pool of threads, one per core. Nothing here
# multiplies matrices, yet the idle pool took about 1.5 % of a core beside each extracting
# process (perf over 1,920 files: 1.014 CPUs used against 0.998 with one BLAS thread, which
# means no pool). `cli.main` sets this for the command and its workers; this covers the library
# and Dask workers. A value the user set is kept; a numpy loaded before this keeps its pool.
if "numpy" not in sys.modules:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

spacy = _import_spacy()
