"""`python -m carclaims`, and the `carclaims` command's entry point (pyproject.toml).

Light on purpose: each worker process of `extract` runs the command's script again (as
`__mp_main__`), and this module is all it imports there; the command line (typer, rich) is
loaded only to run a command, never in the fork server or the workers."""

import sys


def main() -> None:
    from . import limit_blas_threads

    limit_blas_threads()  # before anything imports numpy, and before the fork server starts
    args = sys.argv[1:]
    if args[:1] == ["extract"]:  # its workers start warming up while the command line loads
        from .headstart import start_workers

        start_workers(args[1:])
    from .cli import main as run_command

    run_command()


if __name__ == "__main__":
    main()
