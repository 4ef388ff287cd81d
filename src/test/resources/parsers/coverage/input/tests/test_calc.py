from calc import arith, text


def test_arith():
    assert arith.clamp(5, 0, 10) == 5
    assert arith.clamp(-1, 0, 10) == 0
    assert arith.sign(3) == 1
    assert arith.mean([1, 2, 3]) == 2
    assert arith.percent(1, 4) == 25.0
    assert arith.fizz(5)[-1] == "Buzz"


def test_text():
    assert text.initials("ada lovelace") == "AL"
    assert text.pad("ab", 4) == "ab  "
    assert text.slug("Hello, World") == "hello-world"
