"""Shared pytest fixtures.

The read-only material (UD treebanks, CAMEO tables, PETRARCH dictionaries, validation
records) lives in ../shared next to the repository; tests that need it skip without it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:  # run from a checkout without installing the package
    sys.path.insert(0, str(REPO_ROOT))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` relative to the repository root, or skip the test."""
    path = REPO_ROOT.parent / "shared"
    if not path.is_dir():
        pytest.skip(f"../shared not found: {path} (the read-only data folder next to the repo)")
    return path


@pytest.fixture(scope="session")
def parsing_model():
    """The parsing model the library would use (``choose_model()``), or skip the test (saying why:
    the model is a package of its own, and Stanza cannot download one here)."""
    from eventcoder.parse import ParserUnavailable, choose_model

    try:
        return choose_model()
    except ParserUnavailable as exc:
        pytest.skip(f"no parsing model available: {exc}")
