"""Core of the prediction service: configuration, model and dependency wiring."""

__version__ = "1.4.0"
