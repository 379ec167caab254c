"""brief: turn a folder of news articles about one event into a policy brief."""

__version__ = "0.1.0"
