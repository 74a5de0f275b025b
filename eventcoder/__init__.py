"""eventcoder: CAMEO political event coding from Universal Dependencies parses."""

__version__ = "0.1.0"
