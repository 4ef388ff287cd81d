"""A package with a few known pylint findings."""
