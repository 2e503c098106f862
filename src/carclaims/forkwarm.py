"""Imported by the fork server that worker processes are forked from (engine.FORK_SERVER_PRELOAD):
the warm-up every worker needs, done once there (engine.warm_fork_server).

Whatever goes wrong here, a Ctrl-C included (the server ignores SIGINT only once its imports
are done), must not end the server: the workers then warm up on their own, as without it."""

from .engine import warm_fork_server

try:
    warm_fork_server()
except BaseException:  # noqa: BLE001, S110  see above
    pass
