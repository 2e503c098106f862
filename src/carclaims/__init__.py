"""carclaims: extract, normalise and audit quantitative claims about CAR-T cell therapy."""

from pathlib import Path as _Path

from . import compiled as _compiled

__version__ = "0.1.0"

_compiled.choose(__name__, _Path(__file__).parent)
