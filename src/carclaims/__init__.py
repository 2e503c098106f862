"""carclaims: extract, normalise and audit quantitative claims about CAR-T cell therapy."""

import os as _os
from pathlib import Path as _Path

from . import compiled as _compiled

__version__ = "0.1.0"


def limit_blas_threads() -> None:
    """OPENBLAS_NUM_THREADS=1 unless the user set it; effective before numpy is imported. numpy
    (which spaCy imports) starts OpenBLAS's pool of threads, one per core, that spin beside the
    extraction (2-5 % of the samples, perf) though nothing here multiplies matrices. The command
    calls this first (its workers inherit it); spacyload too, for the library and Dask workers."""
    _os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


_compiled.choose(__name__, _Path(__file__).parent)
