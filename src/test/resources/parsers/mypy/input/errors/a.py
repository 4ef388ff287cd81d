def double(x: int) -> int:
    return x * 2


double("two")
result: str = double(2)
