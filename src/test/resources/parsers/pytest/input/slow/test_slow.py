import time


def test_takes_over_a_minute():
    # pytest switches to "in 61.00s (0:01:01)" once a session passes 60 seconds
    time.sleep(61)
