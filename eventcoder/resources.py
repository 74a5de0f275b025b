"""Where eventcoder's shipped data lives.

One function, so that moving the dictionaries into the wheel (importlib.resources) later
changes this file only, not every caller.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["default_dictionary_dir", "default_model_dir"]


def default_dictionary_dir() -> Path:
    """The folder of the shipped YAML dictionaries (``<repo>/dictionaries`` for now)."""
    return Path(__file__).resolve().parent.parent / "dictionaries"


def default_model_dir() -> Path:
    """The folder of the compact offline Stanza model (``<repo>/models/en-compact``)."""
    return Path(__file__).resolve().parent.parent / "models" / "en-compact"
