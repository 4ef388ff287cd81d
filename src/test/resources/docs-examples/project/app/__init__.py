"""A tiny payments helper: what the documented checklists run against."""


def fee(amount_cents, rate_percent):
    """The fee on an amount, rounded half up to a whole cent."""
    if amount_cents < 0:
        raise ValueError("amount must not be negative")
    return (amount_cents * rate_percent + 50) // 100
