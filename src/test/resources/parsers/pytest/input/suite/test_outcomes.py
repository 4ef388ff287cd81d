"""One test per pytest outcome, so every summary counter is non-zero and known."""
import warnings

import pytest


def test_passes():
    assert 1 + 1 == 2


def test_passes_too():
    assert "pre" + "flight" == "preflight"


def test_fails():
    assert 2 * 2 == 5


@pytest.mark.skip(reason="not on this platform")
def test_skipped():
    pass


@pytest.mark.xfail(reason="known bug")
def test_xfail():
    assert False


@pytest.mark.xfail(reason="fixed upstream")
def test_xpass():
    assert True


def test_warns():
    warnings.warn(UserWarning("deprecated thing"))


@pytest.fixture
def broken_teardown():
    yield
    raise RuntimeError("teardown failed")


def test_passes_then_errors_in_teardown(broken_teardown):
    # pytest reports this test twice: "passed" for the call and "error" for the teardown
    pass


@pytest.fixture
def broken_setup():
    raise RuntimeError("setup failed")


def test_errors_in_setup(broken_setup):
    pass


def test_deselected_by_k():
    pass
