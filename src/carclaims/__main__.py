"""`python -m carclaims`, and the `carclaims` command's entry point (pyproject.toml).

Light on purpose: each worker process of `extract` runs the command's script again (as
`__mp_main__`), and this module is all it imports there; the command line (typer, rich) is
loaded only to run a command, never in the fork server or the workers."""


def main() -> None:
    from .cli import main as run_command

    run_command()


if __name__ == "__main__":
    main()
