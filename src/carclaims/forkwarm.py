"""Imported by the fork server that worker processes are forked from (engine.FORK_SERVER_PRELOAD):
the warm-up every worker needs, done once there (engine.warm_fork_server).

An error here must not end the server: the workers then warm up on their own, as without it.
(A Ctrl-C cannot land here: SIGINT is blocked in the server, engine._start_fork_server.)"""

import atexit
import os
import sys

try:
    from .engine import warm_fork_server

    warm_fork_server()
except Exception:  # noqa: BLE001, S110  see above
    pass


def _leave() -> None:
    """The server's way out, once its command has ended (multiprocessing raises SystemExit in
    it): at once, without freeing spaCy's and the rules' objects one by one, which took
    0.03 s after the command had exited (and a caller that reads the command's output waits
    for the server too, which holds the same standard streams). It writes nothing, holds no
    file of its own, and its workers have ended: the command waited for them. (Imported
    elsewhere, by a test, it flushes what was printed.)"""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(0)


atexit.register(_leave)  # last registered, first run
