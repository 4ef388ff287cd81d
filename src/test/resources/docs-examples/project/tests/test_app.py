import pytest

from app import fee


@pytest.mark.parametrize("amount", range(0, 10000, 100))
def test_fee_is_a_percentage(amount):
    assert fee(amount, 2) == (amount * 2 + 50) // 100


def test_negative_amounts_are_refused():
    with pytest.raises(ValueError):
        fee(-1, 2)
