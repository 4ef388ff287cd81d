"""Framework-free request/response types and a tiny path router."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Mapping

Params = dict[str, str]


class HttpError(Exception):
    """Raised by handlers to answer with an error status and a JSON message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Request:
    """An HTTP request, decoupled from http.server so handlers are easy to test."""

    method: str
    path: str
    query: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        for key, value in self.headers.items():
            if key.lower() == wanted:
                return value
        return None

    def json(self) -> Any:
        if not self.body:
            raise HttpError(400, "request body must be JSON")
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HttpError(400, f"invalid JSON: {exc}") from exc


@dataclass(frozen=True)
class Response:
    """Status, JSON-serialisable body and extra headers."""

    status: int
    body: Any
    headers: Mapping[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        return json.dumps(self.body, sort_keys=True).encode("utf-8")


Handler = Callable[[Request, Params], Response]


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler


class Router:
    """Routes ``METHOD /path/{param}`` templates to handlers."""

    def __init__(self) -> None:
        self._routes: list[_Route] = []

    def add(self, method: str, template: str, handler: Handler) -> None:
        regex = re.sub(r"\{([a-z_]+)\}", r"(?P<\1>[^/]+)", template)
        self._routes.append(_Route(method.upper(), re.compile(f"^{regex}$"), handler))

    def handle(self, request: Request) -> Response | None:
        """Response for a matching route, None when no route has this path."""
        allowed: list[str] = []
        for route in self._routes:
            match = route.pattern.match(request.path)
            if match is None:
                continue
            if route.method == request.method:
                return route.handler(request, match.groupdict())
            allowed.append(route.method)
        if allowed:
            raise HttpError(405, f"method {request.method} not allowed; use {', '.join(sorted(allowed))}")
        return None


def error_response(status: int, message: str) -> Response:
    return Response(status, {"error": message})


def dispatch(routers: Iterable[Router], request: Request) -> Response:
    try:
        for router in routers:
            response = router.handle(request)
            if response is not None:
                return response
    except HttpError as exc:
        return error_response(exc.status, exc.message)
    return error_response(404, f"no route for {request.path}")
