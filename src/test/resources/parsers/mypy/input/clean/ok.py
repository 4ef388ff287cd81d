def fine(x: int) -> int:
    return x + 1
