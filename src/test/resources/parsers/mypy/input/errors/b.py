from typing import List


def first(items: List[int]) -> int:
    return items[0]


first(["a"])
