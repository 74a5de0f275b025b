"""The story ids a corpus run has seen, in bounded memory.

A run must know every id it has met (a repeated id is an error; a resumed run skips the ids
already done), and a corpus of millions of stories would keep millions of strings in memory.
``StoryIds`` keeps the newest ids in a dict and moves them, in batches, to an SQLite table in
a temporary file once there are ``limit`` of them: memory stays bounded, lookups stay indexed,
and the file is removed by ``close``.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from typing import Iterable, Optional


class StoryIds:
    """id -> where it was first seen (a file and line, or ""), for any number of ids."""

    def __init__(self, limit: int = 100_000):
        self.limit = max(1, int(limit))
        self._recent: dict[str, str] = {}
        self._db: Optional[sqlite3.Connection] = None
        self._path: Optional[str] = None
        self._stored = 0

    @classmethod
    def of(cls, ids: Iterable[str], limit: int = 100_000) -> "StoryIds":
        index = cls(limit)
        for story_id in ids:
            index.add(story_id)
        return index

    def __len__(self) -> int:
        return self._stored + len(self._recent)

    def __contains__(self, story_id: str) -> bool:
        return self.get(story_id) is not None

    def get(self, story_id: str) -> Optional[str]:
        """Where ``story_id`` was first seen, or None if it was not."""
        found = self._recent.get(story_id)
        if found is not None or self._db is None:
            return found
        row = self._db.execute("SELECT origin FROM ids WHERE id = ?", (story_id,)).fetchone()
        return row[0] if row else None

    def add(self, story_id: str, origin: str = "") -> None:
        """Remember ``story_id`` (the first origin given for an id is kept)."""
        if story_id in self._recent or (self._db is not None and self.get(story_id) is not None):
            return
        self._recent[story_id] = origin
        if len(self._recent) >= self.limit:
            self._spill()

    def _spill(self) -> None:
        if self._db is None:
            handle, self._path = tempfile.mkstemp(prefix="eventcoder-ids-", suffix=".sqlite")
            os.close(handle)
            self._db = sqlite3.connect(self._path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode = OFF")
            self._db.execute("PRAGMA synchronous = OFF")
            self._db.execute("CREATE TABLE ids (id TEXT PRIMARY KEY, origin TEXT NOT NULL)")
        with self._db:
            self._db.execute("BEGIN")
            before = self._db.total_changes
            self._db.executemany("INSERT OR IGNORE INTO ids VALUES (?, ?)", self._recent.items())
            self._stored += self._db.total_changes - before
        self._recent.clear()

    def close(self) -> None:
        """Drop the temporary table, if there is one; the index is empty afterwards."""
        self._recent.clear()
        self._stored = 0
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._path is not None:
            try:
                os.unlink(self._path)
            except OSError:
                pass
            self._path = None

    def __enter__(self) -> "StoryIds":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self) -> None:  # a run that ends without close still removes its file
        try:
            self.close()
        except Exception:  # noqa: BLE001 - interpreter shutdown: nothing left to report to
            pass
