"""The predictions router over real HTTP: auth, validation, create/read/list/delete."""

from __future__ import annotations

import io
import json
import logging
import math
from typing import Any

import pytest

from api.predictions import MAX_LIMIT
from api.routing import HttpError, Request, Response, Router, dispatch
from app import ApiServer
from tests.conftest import API_KEY, Client

Live = tuple[ApiServer, Client]

STAY: dict[str, Any] = {"tenure_months": 12, "monthly_spend": 40.0, "support_tickets": 1}
CHURN: dict[str, Any] = {"tenure_months": 2, "monthly_spend": 120.0, "support_tickets": 4}


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


@pytest.mark.auth
def test_missing_api_key_is_401(client: Client) -> None:
    result = client.request("POST", "/predictions", {"features": STAY}, api_key=None)
    assert result.status == 401
    assert result.body == {"error": "missing X-API-Key header"}


@pytest.mark.auth
@pytest.mark.parametrize("path,method", [("/predictions", "POST"), ("/predictions", "GET"),
                                         ("/predictions/1", "GET"), ("/predictions/1", "DELETE")])
def test_every_route_rejects_a_wrong_api_key(client: Client, path: str, method: str) -> None:
    payload = {"features": STAY} if method == "POST" else None
    result = client.request(method, path, payload, api_key="not-the-key")
    assert result.status == 403
    assert result.body == {"error": "API key not accepted"}


@pytest.mark.crud
def test_create_scores_and_stores_a_prediction(client: Client) -> None:
    result = client.request("POST", "/predictions", {"features": CHURN})
    assert result.status == 201
    body = result.body
    assert body["label"] == "churn"
    assert body["score"] == pytest.approx(sigmoid(-0.5 - 0.08 + 1.8 + 1.4), abs=1e-6)
    assert body["model_version"] == "churn-linear-1"
    assert body["features"] == CHURN
    assert result.headers["Location"] == f"/predictions/{body['id']}"


@pytest.mark.crud
def test_low_risk_customer_is_predicted_to_stay(client: Client) -> None:
    body = client.request("POST", "/predictions", {"features": STAY}).body
    assert body["label"] == "stay"
    assert body["score"] == pytest.approx(sigmoid(-0.03), abs=1e-6)


@pytest.mark.crud
def test_created_prediction_reads_back_identically(client: Client) -> None:
    created = client.request("POST", "/predictions", {"features": STAY}).body
    fetched = client.request("GET", f"/predictions/{created['id']}")
    assert fetched.status == 200
    assert fetched.body == created


@pytest.mark.crud
def test_listing_returns_newest_first_and_honours_limit(client: Client) -> None:
    first = client.request("POST", "/predictions", {"features": STAY}).body
    second = client.request("POST", "/predictions", {"features": CHURN}).body
    listed = client.request("GET", "/predictions")
    assert listed.status == 200
    assert [p["id"] for p in listed.body["items"]] == [second["id"], first["id"]]
    limited = client.request("GET", "/predictions?limit=1")
    assert [p["id"] for p in limited.body["items"]] == [second["id"]]


@pytest.mark.crud
def test_delete_removes_the_prediction(client: Client) -> None:
    created = client.request("POST", "/predictions", {"features": STAY}).body
    deleted = client.request("DELETE", f"/predictions/{created['id']}")
    assert deleted.status == 204
    assert deleted.body is None
    assert client.request("GET", f"/predictions/{created['id']}").status == 404
    again = client.request("DELETE", f"/predictions/{created['id']}")
    assert again.status == 404


@pytest.mark.errors
def test_unknown_prediction_is_404(client: Client) -> None:
    result = client.request("GET", "/predictions/999")
    assert result.status == 404
    assert result.body == {"error": "prediction 999 not found"}


@pytest.mark.errors
@pytest.mark.parametrize("query", ["limit=0", f"limit={MAX_LIMIT + 1}", "limit=ten"])
def test_bad_limit_is_400(client: Client, query: str) -> None:
    result = client.request("GET", f"/predictions?{query}")
    assert result.status == 400
    assert result.body == {"error": f"limit must be an integer from 1 to {MAX_LIMIT}"}


@pytest.mark.errors
def test_non_numeric_id_is_400(client: Client) -> None:
    result = client.request("GET", "/predictions/abc")
    assert result.status == 400
    assert result.body == {"error": "prediction id must be a positive integer, got 'abc'"}


@pytest.mark.errors
@pytest.mark.parametrize("raw,message", [
    (b"{not json", "invalid JSON"),
    (b"\xff\xfe", "invalid JSON"),
    (b"[1, 2]", 'body must be an object with a "features" object'),
    (b'{"other": 1}', 'body must be an object with a "features" object'),
])
def test_malformed_bodies_are_400(client: Client, raw: bytes, message: str) -> None:
    result = client.request("POST", "/predictions", raw=raw)
    assert result.status == 400
    assert result.body["error"].startswith(message)


@pytest.mark.errors
def test_empty_body_is_400(client: Client) -> None:
    result = client.request("POST", "/predictions", raw=b"")
    assert result.status == 400
    assert result.body == {"error": "request body must be JSON"}


@pytest.mark.errors
@pytest.mark.parametrize("features,message", [
    ("not-an-object", "features must be a JSON object"),
    ({"tenure_months": 1, "monthly_spend": 2}, "missing features: support_tickets"),
    ({**STAY, "age": 40}, "unknown features: age"),
    ({**STAY, "support_tickets": True}, "feature support_tickets must be a number"),
    ({**STAY, "monthly_spend": "40"}, "feature monthly_spend must be a number"),
])
def test_invalid_features_are_422(client: Client, features: Any, message: str) -> None:
    result = client.request("POST", "/predictions", {"features": features})
    assert result.status == 422
    assert result.body == {"error": message}


@pytest.mark.errors
def test_non_finite_feature_is_422(client: Client) -> None:
    raw = b'{"features": {"tenure_months": NaN, "monthly_spend": 1, "support_tickets": 0}}'
    result = client.request("POST", "/predictions", raw=raw)
    assert result.status == 422
    assert result.body == {"error": "feature tenure_months must be finite"}


@pytest.mark.errors
def test_oversized_body_is_413(client: Client) -> None:
    result = client.request("POST", "/predictions", raw=b" " * (64 * 1024 + 1))
    assert result.status == 413


@pytest.mark.errors
@pytest.mark.log_safety
def test_unexpected_failure_is_500_and_logged_without_the_key(live: Live) -> None:
    server, client = live

    class FailingStore:
        def save(self, *args: Any) -> Any:
            raise RuntimeError(f"disk full while handling key {API_KEY}")

    stream = io.StringIO()
    handler = server.logger.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)
    with server.container.override("store", FailingStore()):
        result = client.request("POST", "/predictions", {"features": STAY})
    assert result.status == 500
    assert result.body == {"error": "internal error"}
    logged = [json.loads(line) for line in stream.getvalue().splitlines()]
    errors = [entry for entry in logged if entry["level"] == "ERROR"]
    assert errors and errors[0]["message"] == "unhandled error on POST /predictions"
    assert API_KEY not in stream.getvalue()


def test_router_matches_templates_and_reports_allowed_methods() -> None:
    router = Router()
    router.add("get", "/items/{item_id}", lambda req, params: Response(200, params))
    found = router.handle(Request("GET", "/items/7"))
    assert found == Response(200, {"item_id": "7"})
    assert router.handle(Request("GET", "/other")) is None
    with pytest.raises(HttpError) as err:
        router.handle(Request("PUT", "/items/7"))
    assert err.value.status == 405


def test_dispatch_tries_routers_in_order() -> None:
    first, second = Router(), Router()
    second.add("GET", "/b", lambda req, params: Response(200, "second"))
    assert dispatch([first, second], Request("GET", "/b")).body == "second"
    assert dispatch([first, second], Request("GET", "/c")).status == 404


def test_request_header_lookup_is_case_insensitive() -> None:
    request = Request("GET", "/", headers={"X-Api-Key": "k"})
    assert request.header("x-api-key") == "k"
    assert request.header("missing") is None
