"""`seedview serve`: the same app in a browser, through textual-serve, on this machine only.

Each browser tab starts its own `seedview` process with the same paths and options; nothing
is fetched from the network (textual-serve ships its page and scripts).
"""

from __future__ import annotations

import argparse
import shlex
import sys

LOOPBACK = ("localhost", "127.0.0.1", "::1")


def main(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="seedview serve",
        description="Serve seedview to a browser on this machine (textual-serve).",
    )
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.add_argument(
        "--host",
        default="localhost",
        choices=LOOPBACK,
        help="loopback address to listen on (default: localhost)",
    )
    options, app_args = parser.parse_known_args(args)
    if not 0 < options.port < 65536:
        print(f"seedview serve: --port {options.port}: not a port number", file=sys.stderr)
        return 2
    try:
        from textual_serve.server import Server
    except ImportError:
        print("seedview serve: needs textual-serve (pip install textual-serve)", file=sys.stderr)
        return 2
    command = shlex.join([sys.executable, "-m", "seedview.tui", *app_args])
    server = Server(command, host=options.host, port=options.port, title="seedview")
    server.serve()
    return 0
