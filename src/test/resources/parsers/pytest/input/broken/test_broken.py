import module_that_does_not_exist  # noqa: F401  (collection error on purpose)


def test_never_collected():
    pass
