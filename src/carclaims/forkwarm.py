"""Imported by the fork server that worker processes are forked from (engine.FORK_SERVER_PRELOAD):
the warm-up every worker needs, done once there (engine.warm_fork_server).

An error here must not end the server: the workers then warm up on their own, as without it.
(A Ctrl-C cannot land here: SIGINT is blocked in the server, engine._start_fork_server.)"""

try:
    from .engine import warm_fork_server

    warm_fork_server()
except Exception:  # noqa: BLE001, S110  see above
    pass
