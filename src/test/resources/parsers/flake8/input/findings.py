import os
import sys


def greet(name):
    print("hello",name)
    return undefined_name


def long_line():
    return "this line is deliberately far longer than seventy-nine characters, so E501 fires"
