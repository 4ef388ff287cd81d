import pickle
import subprocess


def run(cmd):
    return subprocess.call(cmd, shell=True)


def load(blob):
    return pickle.loads(blob)


def check(value):
    assert value > 0
    return value


def evaluate(expr):
    return eval(expr)  # nosec  (an ignored finding must not be counted)
