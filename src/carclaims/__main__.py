"""`python -m carclaims`, and the `carclaims` command's entry point (pyproject.toml).

Light on purpose: each worker process of `extract` runs the command's script again (as
`__mp_main__`), and this module is all it imports there; the command line (typer, rich) is
loaded only to run a command, never in the fork server or the workers."""

import sys


def main() -> None:
    """The `carclaims` command: `run`, then leave the way `sys.exit` does, less the teardown."""
    try:
        run()
    except SystemExit as done:
        _leave(done.code)
    _leave(0)


def run() -> None:
    """Run the command line in `sys.argv`; raises SystemExit with its status, as click does."""
    from . import limit_blas_threads

    limit_blas_threads()  # before anything imports numpy, and before the fork server starts
    args = sys.argv[1:]
    if args[:1] == ["extract"]:  # its workers start warming up while the command line loads
        from .headstart import start_workers

        start_workers(args[1:])
    from .cli import main as run_command

    run_command()


def _leave(code: object) -> None:
    """Exit with `code` as `sys.exit(code)` would: the exit handlers run (multiprocessing's
    clean-up among them) and the standard streams are flushed, but the interpreter does not
    free its modules' objects one by one on the way out, which took 0.07 s after an `extract`
    run (its ledgers flushed to disk and its workers stopped by then). With a thread still
    running, the usual way (which waits for it)."""
    import os
    import threading

    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        sys.exit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # what sys.exit does with a message
        print(code, file=sys.stderr)
        status = 1
    import atexit

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe ("| head"): Python's own status for it
            status = status or 120
    os._exit(status)


if __name__ == "__main__":
    main()
