"""spaCy, imported without its command-line interface (and numpy without a BLAS thread pool).

`import spacy` (3.8) imports `spacy.cli` for the one name `spacy.info`, and with it typer,
requests, httpx, jinja2, weasel and more: 0.11-0.13 s of a 0.37 s import, paid again by every
worker process of a run. Upstream made that import lazy (explosion/spaCy#12962, and the open
#13933 for the CLI's own start-up); until a release has it, spaCy is imported here with the two
CLI modules it asks for stood in by a lazy `info`. The stand-ins are removed as soon as spaCy is
loaded, so a later `import spacy.cli` (ours never does) loads the real one."""

from __future__ import annotations

import sys
import types

from . import limit_blas_threads
from .standin import stood_in

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
    with stood_in({"spacy.cli": cli, "spacy.cli.info": info}):
        import spacy
    return spacy


if "numpy" not in sys.modules:  # spaCy imports it: no BLAS pool (see limit_blas_threads)
    limit_blas_threads()

spacy = _import_spacy()
