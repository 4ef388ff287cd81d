"""A deliberately small, deterministic scoring model (logistic regression with fixed weights)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Mapping

WEIGHTS: dict[str, float] = {
    "tenure_months": -0.04,
    "monthly_spend": 0.015,
    "support_tickets": 0.35,
}
BIAS = -0.5
THRESHOLD = 0.5


class InvalidFeatures(ValueError):
    """The request's features cannot be scored."""


@dataclass(frozen=True)
class Prediction:
    """A score in [0, 1], its label and the model version that produced it."""

    score: float
    label: str
    model_version: str


class ChurnModel:
    """Logistic regression over three customer features with fixed, reviewed weights."""

    version = "churn-linear-1"

    def __init__(self, weights: Mapping[str, float] | None = None, bias: float = BIAS) -> None:
        self._weights = dict(WEIGHTS if weights is None else weights)
        self._bias = bias

    @property
    def feature_names(self) -> tuple[str, ...]:
        return tuple(sorted(self._weights))

    def validate(self, features: Any) -> dict[str, float]:
        if not isinstance(features, dict):
            raise InvalidFeatures("features must be a JSON object")
        missing = [name for name in self.feature_names if name not in features]
        if missing:
            raise InvalidFeatures(f"missing features: {', '.join(missing)}")
        unknown = sorted(set(features) - set(self._weights))
        if unknown:
            raise InvalidFeatures(f"unknown features: {', '.join(unknown)}")
        clean: dict[str, float] = {}
        for name in self.feature_names:
            value = features[name]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise InvalidFeatures(f"feature {name} must be a number")
            if not math.isfinite(value):
                raise InvalidFeatures(f"feature {name} must be finite")
            clean[name] = float(value)
        return clean

    def predict(self, features: Any) -> Prediction:
        clean = self.validate(features)
        z = self._bias + sum(self._weights[name] * clean[name] for name in self.feature_names)
        z = max(-60.0, min(60.0, z))  # keep exp() finite for extreme inputs
        score = 1.0 / (1.0 + math.exp(-z))
        label = "churn" if score >= THRESHOLD else "stay"
        return Prediction(score=round(score, 6), label=label, model_version=self.version)
