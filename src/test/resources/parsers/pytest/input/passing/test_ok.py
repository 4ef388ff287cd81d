import warnings


def test_one():
    assert True


def test_two():
    assert True


def test_three():
    warnings.warn(DeprecationWarning("old api"))
