"""Text helpers; parts of it are never called by the tests."""


def initials(name):
    parts = name.split()
    return "".join(p[0].upper() for p in parts)


def pad(s, width):
    width = int(width)
    if len(s) >= width:
        return s
    return s + " " * (width - len(s))


def slug(s):
    out = []
    for ch in s.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def unused_one():
    x = 1
    y = 2
    return x + y
