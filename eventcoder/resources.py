"""Where eventcoder's shipped data lives: the YAML dictionaries and the compact parser model.

Installed, they are package data (``eventcoder._dictionaries``, ``eventcoder._models``,
mapped from the repository's ``dictionaries/`` and ``models/`` folders) found through
importlib.resources; in a plain source checkout, the repository folders are used.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["default_dictionary_dir", "default_model_dir"]

_REPO = Path(__file__).resolve().parent.parent


def _package_dir(name: str, fallback: Path) -> Path:
    """``eventcoder/<name>`` inside an installed package, else the repository folder."""
    installed = resources.files("eventcoder") / name
    if installed.is_dir():
        return Path(str(installed))
    return fallback


def default_dictionary_dir() -> Path:
    """The folder of the shipped YAML dictionaries."""
    return _package_dir("_dictionaries", _REPO / "dictionaries")


def default_model_dir() -> Path:
    """The folder of the compact offline Stanza model."""
    return _package_dir("_models", _REPO / "models") / "en-compact"
