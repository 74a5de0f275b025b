"""Checks shared by the tests of the hand-written actor files in dictionaries/actors/updates/:
names coded by every loaded entry that carries them, superseded Phoenix entries removed and
documented, and `eventcoder dictionaries check` silent about a file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from eventcoder.dictionaries.tools import check
from eventcoder.match.names import name_words

UPDATES = Path(__file__).resolve().parent.parent / "dictionaries" / "actors" / "updates"


def codes_of(shipped, name: str, day: str) -> set:
    """The codes on ``day`` of every loaded entry named ``name``: one, where no old entry survives."""
    key = name_words(name)
    found = [a for a in shipped.actors if key in {name_words(n) for n in a.names}]
    assert found, f"no actor entry is named {name!r}"
    return {a.code_on(dt.date.fromisoformat(day)) for a in found}


def assert_superseded_documented(shipped, path: Path, data: dict, phoenix: str) -> set:
    """The file's ``remove:`` ids are gone from the loaded set, listed in SUPERSEDES.md, and
    each says where the old entry was (``phoenix``: a regex of the Phoenix file names)."""
    removed = set(data["remove"])
    assert len(removed) == len(data["remove"])
    survivors = {a.id for a in shipped.actors if Path(str(a.origin.file)).name != path.name}
    assert not removed & survivors
    notes = (UPDATES / "SUPERSEDES.md").read_text(encoding="utf-8")
    documented = set(re.findall(rf"^\| \S+\.yaml:\d+ \| (\w+) \|.*{re.escape(path.name)}", notes, re.M))
    assert removed == documented
    text = path.read_text(encoding="utf-8")
    for ident in removed:
        assert re.search(rf"^  - {ident}  # ({phoenix})\.yaml:\d+$", text, re.M), ident
        assert re.search(rf"# supersedes ({phoenix})\.yaml:\d+ \({ident}\)", text), ident
    return removed


def assert_check_silent_about(path: Path) -> None:
    result = check()
    assert result.ok
    assert [p for p in result.problems if path.stem in f"{p.file} {p.message}"] == []
