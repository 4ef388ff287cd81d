from __future__ import annotations

import math

import pytest

from core.model import ChurnModel, InvalidFeatures

BASE = {"tenure_months": 12, "monthly_spend": 40.0, "support_tickets": 1}


def test_prediction_is_deterministic() -> None:
    model = ChurnModel()
    assert model.predict(BASE) == model.predict(dict(BASE))
    assert model.predict(BASE).label == "stay"


def test_score_follows_the_logistic_formula() -> None:
    prediction = ChurnModel(weights={"x": 2.0}, bias=-1.0).predict({"x": 1})
    assert prediction.score == pytest.approx(1 / (1 + math.exp(-1.0)), abs=1e-6)
    assert prediction.label == "churn"


def test_extreme_inputs_stay_within_zero_and_one() -> None:
    model = ChurnModel()
    high = model.predict({**BASE, "support_tickets": 1e9})
    low = model.predict({**BASE, "tenure_months": 1e9})
    assert 0.0 <= low.score < 1e-20 and low.label == "stay"
    assert high.score == 1.0 and high.label == "churn"


def test_feature_names_are_sorted() -> None:
    assert ChurnModel().feature_names == ("monthly_spend", "support_tickets", "tenure_months")


@pytest.mark.errors
@pytest.mark.parametrize("value", [math.inf, -math.inf, math.nan])
def test_non_finite_values_are_rejected(value: float) -> None:
    with pytest.raises(InvalidFeatures, match="must be finite"):
        ChurnModel().validate({**BASE, "monthly_spend": value})
