"""carclaims: extract, normalise and audit quantitative claims about CAR-T cell therapy."""

__version__ = "0.1.0"
