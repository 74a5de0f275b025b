"""Checks shared by the tests of the hand-written actor files in dictionaries/actors/updates/:
names coded by every loaded entry that carries them, superseded Phoenix entries removed and
documented, the header conventions, each person's dated terms, no ambiguous bare names, and
`eventcoder dictionaries check` silent about a file."""

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


def assert_says_what_it_left_out(path: Path, data: dict, more_than: int) -> None:
    """The header conventions of every update file (tests/test_dictionary_updates.py): it says
    what it left out, and it is an actors file of more than ``more_than`` entries."""
    header = path.read_text(encoding="utf-8").split("\nkind:")[0].lower()
    assert "left out" in header
    assert data["kind"] == "actors" and len(data["actors"]) > more_than


def assert_dated_terms(data: dict, defaults: tuple[str, ...] = ("ELI",), skip: frozenset = frozenset()) -> None:
    """Every person (but those whose first name is in ``skip``) has one undated default, of a
    role in ``defaults``, and dated terms whose days are dates."""
    for item in data["actors"]:
        if item["names"][0] in skip:
            continue
        codes = item["codes"]
        undated = [c["code"] for c in codes if "from" not in c and "until" not in c]
        assert len(undated) == 1, item["names"][0]
        assert undated[0].endswith(defaults), item["names"][0]
        assert any("from" in c or "until" in c for c in codes), item["names"][0]
        for c in codes:
            for key in ("from", "until"):
                if key in c:
                    assert isinstance(c[key], dt.date), (item["names"][0], c)


def assert_no_names(data: dict, ambiguous: list[str]) -> None:
    """None of ``ambiguous`` (bare surnames, names too common to code) is a name of the file."""
    names = {name_words(n) for item in data["actors"] for n in item["names"]}
    assert not [n for n in ambiguous if name_words(n) in names]
