"""One exception base; the CLI turns these into a one-line `Error: …` and an exit code."""


class CarclaimsError(Exception):
    """Something the user can act on; `exit_code` is what the CLI returns."""

    exit_code = 1


class InputError(CarclaimsError):
    """A source or ledger that cannot be read or does not make sense."""

    exit_code = 2


class UsageError(CarclaimsError):
    """The command was called with arguments that cannot work together."""

    exit_code = 2


class LimitError(CarclaimsError):
    """One source went over a per-file bound (--max-claims, --file-timeout): that file fails,
    the run goes on."""
