"""The predictions router: score features, keep the result, read results back.

Every route requires an ``X-API-Key`` header holding one of the configured ``API_KEYS``.
"""

from __future__ import annotations

import hmac

from api.routing import HttpError, Params, Request, Response, Router
from core.config import Settings
from core.di_setup import Container
from core.model import ChurnModel, InvalidFeatures
from core.store import PredictionStore

MAX_LIMIT = 100


def _authorize(request: Request, settings: Settings) -> None:
    presented = request.header("X-API-Key")
    if not presented:
        raise HttpError(401, "missing X-API-Key header")
    if not any(hmac.compare_digest(presented, key) for key in settings.api_keys):
        raise HttpError(403, "API key not accepted")


def _parse_id(raw: str) -> int:
    if not raw.isdigit():
        raise HttpError(400, f"prediction id must be a positive integer, got {raw!r}")
    return int(raw)


def _parse_limit(raw: str | None) -> int:
    if raw is None:
        return 20
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LIMIT:
        raise HttpError(400, f"limit must be an integer from 1 to {MAX_LIMIT}")
    return int(raw)


def predictions_router(container: Container) -> Router:
    router = Router()

    def settings() -> Settings:
        value: Settings = container.resolve("settings")
        return value

    def store() -> PredictionStore:
        value: PredictionStore = container.resolve("store")
        return value

    def create(request: Request, _params: Params) -> Response:
        _authorize(request, settings())
        payload = request.json()
        if not isinstance(payload, dict) or "features" not in payload:
            raise HttpError(400, 'body must be an object with a "features" object')
        model: ChurnModel = container.resolve("model")
        try:
            features = model.validate(payload["features"])
            prediction = model.predict(features)
        except InvalidFeatures as exc:
            raise HttpError(422, str(exc)) from exc
        stored = store().save(features, prediction)
        return Response(201, stored.as_dict(), {"Location": f"/predictions/{stored.id}"})

    def read(request: Request, params: Params) -> Response:
        _authorize(request, settings())
        found = store().get(_parse_id(params["prediction_id"]))
        if found is None:
            raise HttpError(404, f"prediction {params['prediction_id']} not found")
        return Response(200, found.as_dict())

    def listing(request: Request, _params: Params) -> Response:
        _authorize(request, settings())
        limit = _parse_limit(request.query.get("limit"))
        return Response(200, {"items": [p.as_dict() for p in store().recent(limit)]})

    def remove(request: Request, params: Params) -> Response:
        _authorize(request, settings())
        if not store().delete(_parse_id(params["prediction_id"])):
            raise HttpError(404, f"prediction {params['prediction_id']} not found")
        return Response(204, None)

    router.add("POST", "/predictions", create)
    router.add("GET", "/predictions", listing)
    router.add("GET", "/predictions/{prediction_id}", read)
    router.add("DELETE", "/predictions/{prediction_id}", remove)
    return router
