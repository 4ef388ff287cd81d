"""Arithmetic helpers; the tests leave some branches unexercised on purpose."""


def clamp(value, low, high):
    if value < low:
        return low
    if value > high:
        return high
    return value


def sign(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    return 0


def mean(values):
    if not values:
        raise ValueError("mean of nothing")
    total = 0
    for v in values:
        total += v
    return total / len(values)


def percent(part, whole):
    if whole == 0:
        return 0.0
    return 100.0 * part / whole


def fizz(n):
    out = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            out.append("FizzBuzz")
        elif i % 3 == 0:
            out.append("Fizz")
        elif i % 5 == 0:
            out.append("Buzz")
        else:
            out.append(str(i))
    return out
