"""Serve the prediction API over HTTP with the standard library.

    python3 -m app --port 8000            # DATABASE_URL etc. come from the environment
    python3 -m app --port 0 --migrate     # any free port; apply migrations first
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import FrameType
from typing import Sequence
from urllib.parse import parse_qsl, urlsplit

from api.health import health_router
from api.predictions import predictions_router
from api.routing import Request, Response, Router, dispatch, error_response
from core import __version__, database
from core.config import ConfigError, Settings
from core.di_setup import Container, build_container

MAX_BODY = 64 * 1024


class ApiServer(ThreadingHTTPServer):
    """One thread per connection; carries the container and the routers."""

    daemon_threads = True
    request_queue_size = 1024  # the default of 5 drops connections under a burst of clients

    def __init__(self, address: tuple[str, int], container: Container, routers: list[Router]) -> None:
        super().__init__(address, ApiHandler)
        self.container = container
        self.routers = routers
        self.logger: logging.Logger = container.resolve("logger")


class ApiHandler(BaseHTTPRequestHandler):
    """Adapts http.server requests to the framework-free routers."""

    server: ApiServer
    server_version = f"core-module/{__version__}"
    # HTTP/1.1 keeps connections open. Under HTTP/1.0 a client may reuse a connection the
    # server is about to close (no Connection: close is sent) and read EOF instead of a reply.
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: with Nagle on, a keep-alive client's delayed ACK
    # holds the body back for 40 ms.
    disable_nagle_algorithm = True
    sys_version = ""

    def _handle(self) -> None:
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.close_connection = True  # the unread body would be taken for the next request
            self._send(error_response(413, f"body larger than {MAX_BODY} bytes"))
            return
        request = Request(
            method=self.command,
            path=parts.path.rstrip("/") or "/",
            query=dict(parse_qsl(parts.query)),
            headers=dict(self.headers.items()),
            body=self.rfile.read(length) if length else b"",
        )
        try:
            response = dispatch(self.server.routers, request)
        except Exception:
            self.server.logger.exception("unhandled error on %s %s", request.method, request.path)
            response = error_response(500, "internal error")
        self._send(response)

    def _send(self, response: Response) -> None:
        body = b"" if response.status == 204 else response.encode()
        self.send_response(response.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(body)

    do_GET = _handle
    do_POST = _handle
    do_DELETE = _handle

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        self.server.logger.info("%s %s", self.address_string(), format % args)


def create_server(container: Container, host: str = "127.0.0.1", port: int = 0) -> ApiServer:
    routers = [health_router(container), predictions_router(container)]
    return ApiServer((host, port), container, routers)


def _stop(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="app", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port to bind; 0 picks a free one")
    parser.add_argument("--migrate", action="store_true", help="apply database migrations first")
    parser.add_argument("--version", action="version", version=f"core-module {__version__}")
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    container = build_container(settings)
    if args.migrate:
        conn = database.open_url(settings.database_url)
        try:
            database.migrate(conn)
        finally:
            conn.close()
    server = create_server(container, args.host, args.port)
    host, port = server.server_address[:2]
    print(f"listening on http://{host!s}:{port}", flush=True)
    signal.signal(signal.SIGTERM, _stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def run() -> None:
    """Entry point of the zipapp built by ``make build``."""
    sys.exit(main())


if __name__ == "__main__":
    run()
