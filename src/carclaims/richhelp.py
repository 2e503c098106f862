"""typer's help screens without the two rich modules they never use here.

Every help screen imports `typer.rich_utils`, which imports `rich.markdown` (with markdown_it
and pygments) for the "markdown" markup mode and `rich.traceback` (with attrs) for pretty
exceptions: 0.07 s of a 0.2-0.3 s `carclaims --help`. This command line uses the "rich" mode
and turns pretty exceptions off, so when a command asks for help, `rich_utils` is imported with
those two modules stood in by classes that load the real ones if they are ever called. The
stand-ins are removed as soon as `rich_utils` is loaded, so a later import gets the real
modules (as `spacyload` does for spaCy's command line)."""

from __future__ import annotations

import importlib
import sys
import types

from .standin import stood_in

_STAND_INS = {"rich.markdown": "Markdown", "rich.traceback": "Traceback"}


def _on_demand(module: str, name: str) -> type:
    """A class standing in for `module.name`: calling it makes the real one."""

    def __new__(cls, *args, **kwargs):
        return getattr(importlib.import_module(module), name)(*args, **kwargs)

    return type(name, (), {"__new__": __new__, "__module__": __name__})


def import_rich_help() -> None:
    """Import typer's rich help module, without rich.markdown and rich.traceback."""
    if "typer.rich_utils" in sys.modules or any(module in sys.modules for module in _STAND_INS):
        return  # loaded already, or the real modules are: nothing to save
    stand_ins = {}
    for module, name in _STAND_INS.items():
        stand_in = types.ModuleType(module)
        setattr(stand_in, name, _on_demand(module, name))
        stand_ins[module] = stand_in
    with stood_in(stand_ins):
        import typer.rich_utils  # noqa: F401


def asks_for_help(args: list[str]) -> bool:
    """Whether a command line shows a help screen (`--help`, or no command at all)."""
    return not args or "--help" in args
