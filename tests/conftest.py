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
