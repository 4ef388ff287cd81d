"""Mostly tidy code with three findings, so the score is neither 0 nor 10."""
import os


def total(values):
    """Sum the values."""
    result = 0
    for value in values:
        result += value
    return result


def Average(values):
    """Average of the values."""
    unused = len(values)
    if not values:
        return 0.0
    return total(values) / len(values)


def describe(values):
    """Describe the values in words."""
    count = len(values)
    if count == 0:
        text = "nothing"
    elif count == 1:
        text = "one value"
    else:
        text = f"{count} values"
    return text


def biggest(values):
    """Largest value, or None."""
    best = None
    for value in values:
        if best is None or value > best:
            best = value
    return best
