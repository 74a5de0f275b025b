"""The 2015-2026 actor updates (dictionaries/actors/updates/) as the library resolves them.

Only the public API is used: ``eventcoder.load_dictionaries()`` and the loaded
``Dictionaries.actors`` (``ActorEntry.names`` and ``ActorEntry.code_on(date)``). For each person
every loaded entry that carries the name must give the expected code on the date: a stale
Phoenix entry for the same name (one the updates supersede) would show up here as a mismatch.
"""

from __future__ import annotations

import re

import datetime as dt
import unicodedata
from pathlib import Path

import pytest
import yaml

import eventcoder

from actor_updates import codes_of

UPDATES = Path(__file__).resolve().parent.parent / "dictionaries" / "actors" / "updates"
D = dt.date.fromisoformat


def _fold(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in plain if not unicodedata.combining(c)).casefold().split())


@pytest.fixture(scope="module")
def dictionaries():
    return eventcoder.load_dictionaries()


# (name, date, expected code)
CASES = [
    # United States: terms end and start on inauguration day (both coded on it)
    ("Donald Trump", "2019-06-01", "USAGOV"),
    ("Donald Trump", "2022-06-01", "USAELI"),
    ("Donald Trump", "2025-06-01", "USAGOV"),
    ("Trump", "2021-01-20", "USAGOV"),
    ("Trump", "2021-01-21", "USAELI"),
    ("Joe Biden", "2022-06-01", "USAGOV"),
    ("Joe Biden", "2025-06-01", "USAELI"),
    ("Barack Obama", "2016-06-01", "USAGOV"),
    ("Barack Obama", "2018-06-01", "USAELI"),
    ("Antony Blinken", "2023-06-01", "USAGOV"),
    ("Lloyd Austin", "2023-06-01", "USAGOVMIL"),
    ("Pete Hegseth", "2025-06-01", "USAGOVMIL"),
    # Syria: Assad's government ends on 2024-12-08, al-Sharaa (al-Jolani) leads from that day
    ("Bashar al-Assad", "2020-06-01", "SYRGOV"),
    ("Bashar al-Assad", "2024-12-08", "SYRGOV"),
    ("Bashar al-Assad", "2025-06-01", "SYRELI"),
    ("Assad", "2025-06-01", "SYRELI"),
    ("Ahmed al-Sharaa", "2020-06-01", "SYRREBMUS"),
    ("Abu Mohammad al-Jolani", "2022-06-01", "SYRREBMUS"),
    ("Ahmed al-Sharaa", "2025-06-01", "SYRGOV"),
    ("Hayat Tahrir al-Sham", "2020-06-01", "SYRREBMUS"),
    ("Hayat Tahrir al-Sham", "2025-06-01", "SYRGOV"),
    ("Jabhat al-Nusra", "2015-06-01", "SYRREBMUS"),
    # Turkey, Russia (kept Phoenix entries) and the new defence ministers
    ("Recep Tayyip Erdogan", "2020-06-01", "TURGOV"),
    ("Vladimir Putin", "2020-06-01", "RUSGOV"),
    ("Sergei Shoigu", "2020-06-01", "RUSGOVMIL"),
    ("Sergei Shoigu", "2025-06-01", "RUSGOV"),
    ("Andrei Belousov", "2025-06-01", "RUSGOVMIL"),
    # United Kingdom
    ("Keir Starmer", "2025-06-01", "GBRGOV"),
    ("Keir Starmer", "2023-06-01", "GBRELI"),
    ("Rishi Sunak", "2023-06-01", "GBRGOV"),
    ("Rishi Sunak", "2025-06-01", "GBRELI"),
    ("Elizabeth II", "2021-06-01", "GBRGOV"),
    ("Elizabeth II", "2023-06-01", "GBRELI"),
    ("Charles III", "2023-06-01", "GBRGOV"),
    # Germany, France, Japan, South Korea
    ("Angela Merkel", "2020-06-01", "DEUGOV"),
    ("Angela Merkel", "2023-06-01", "DEUELI"),
    ("Friedrich Merz", "2025-06-01", "DEUGOV"),
    ("Emmanuel Macron", "2020-06-01", "FRAGOV"),
    ("Shinzo Abe", "2015-06-01", "JPNGOV"),
    ("Sanae Takaichi", "2025-11-01", "JPNGOV"),
    ("Yoon Suk Yeol", "2023-06-01", "KORGOV"),
    ("Yoon Suk Yeol", "2025-05-01", "KORELI"),
    # Middle East
    ("Benjamin Netanyahu", "2020-06-01", "ISRGOV"),
    ("Benjamin Netanyahu", "2022-01-01", "ISRELI"),
    ("Benjamin Netanyahu", "2023-06-01", "ISRGOV"),
    ("Naftali Bennett", "2022-01-01", "ISRGOV"),
    ("Mohammed bin Salman", "2020-06-01", "SAUGOVMIL"),
    ("Mohammed bin Salman", "2023-06-01", "SAUGOV"),
    ("Ebrahim Raisi", "2022-06-01", "IRNGOV"),
    ("Ebrahim Raisi", "2024-06-01", "IRNELI"),
    ("Hassan Rouhani", "2018-06-01", "IRNGOV"),
    ("Hassan Rouhani", "2022-06-01", "IRNELI"),
    ("Abdrabbuh Mansur Hadi", "2018-06-01", "YEMGOV"),
    ("Abdrabbuh Mansur Hadi", "2023-06-01", "YEMELI"),
    # European Union leaders: IGOEUREEC for the EU term, national codes before and after
    ("Ursula von der Leyen", "2016-06-01", "DEUGOVMIL"),
    ("Ursula von der Leyen", "2021-06-01", "IGOEUREEC"),
    ("Donald Tusk", "2017-06-01", "IGOEUREEC"),
    ("Donald Tusk", "2024-06-01", "POLGOV"),
    # armed groups
    ("Houthis", "2020-06-01", "YEMREB"),
    ("Ansar Allah", "2020-06-01", "YEMREB"),
    ("Wagner Group", "2022-06-01", "RUSUAF"),
    ("ISWAP", "2020-06-01", "IMGMUSISI"),
    ("Syrian Democratic Forces", "2020-06-01", "SYRREB"),
    ("Rapid Support Forces", "2020-06-01", "SDNMIL"),
    ("Rapid Support Forces", "2024-06-01", "SDNREB"),
    ("Popular Mobilization Forces", "2018-06-01", "IRQMIL"),
    ("M23", "2024-06-01", "CODREB"),
    # armed groups with a region code or another group's code, and ones the lists lacked
    # (dictionaries/overrides/actors.yaml, rows 92-93)
    ("Islamic Jihad", "2005-06-01", "PSEREB"),
    ("Palestinian Islamic Jihad", "2005-06-01", "PSEREB"),
    ("Hezbollah", "2005-06-01", "LBNREB"),
    ("PFLP", "2005-06-01", "PSEREB"),
    ("Al-Aqsa Martyrs Brigades", "2005-06-01", "PSEREB"),
    ("Provos", "1995-06-01", "GBRREB"),
    ("Lord's Resistance Army (LRA)", "2005-06-01", "UGAREB"),
    ("Moro Islamic Liberation Front", "2005-06-01", "PHLREB"),
    ("ELN", "2020-06-01", "COLREB"),
    ("SPLA-IO", "2020-06-01", "SSDREB"),
    ("Seleka", "2014-06-01", "CAFREB"),
    ("Anti-balaka", "2014-06-01", "CAFREB"),
    ("Haqqani network", "2015-06-01", "AFGREB"),
    ("Pakistani Taliban", "2015-06-01", "PAKREB"),
    ("Jaish-e-Mohammed", "2019-06-01", "PAKREB"),
    ("Hizbul Mujahideen", "2019-06-01", "INDREB"),
    # the US parties by their members' names (row 105)
    ("Republicans", "2012-06-01", "USAPTY"),
    ("Democrats", "2012-06-01", "USAPTY"),
]


@pytest.mark.parametrize("name, day, expected", CASES, ids=[f"{n}@{d}" for n, d, _ in CASES])
def test_code_on_date(dictionaries, name, day, expected):
    assert codes_of(dictionaries, name, day) == {expected}


def _update_files() -> list[Path]:
    return sorted(UPDATES.glob("*.yaml"))


def test_update_files_exist_and_load(dictionaries):
    files = _update_files()
    assert {f.name for f in files} >= {
        "g20-2015-2026.yaml",
        "eu-2015-2026.yaml",
        "mena-2015-2026.yaml",
        "nonstate-2015-2026.yaml",
    }
    loaded = {Path(f).name for f in dictionaries.files}
    assert {f.name for f in files} <= loaded


@pytest.mark.parametrize("path", _update_files(), ids=lambda p: p.name)
def test_update_file_header(path):
    header = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    text = " ".join(header).lower()
    assert "written for eventcoder (not converted)" in text
    assert re.search(r"date of writing: 20\d\d-\d\d-\d\d", text)
    assert "checked against public records" in text
    assert "to the best of the author's knowledge" in text
    # the loader looks for `kind:` in a file's first 4096 characters
    assert "\nkind: actors\n" in path.read_text(encoding="utf-8")[:4096]


def test_every_update_name_is_loaded_and_unique_across_files(dictionaries):
    seen: dict[str, str] = {}
    loaded = {_fold(n) for entry in dictionaries.actors for n in entry.names}
    for path in _update_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["kind"] == "actors"
        for item in data["actors"]:
            names = {_fold(n) for n in item["names"]}
            for name in names:
                assert name not in seen, f"{name!r} in {path.name} and {seen[name]}"
                seen[name] = path.name
                assert name in loaded


def test_dated_ranges_are_disjoint():
    """Within each entry of the updates the dated ranges are disjoint (the loader checks it too)."""
    for path in _update_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for item in data["actors"]:
            ranges = [c for c in item.get("codes", []) if isinstance(c, dict) and ("from" in c or "until" in c)]
            spans = sorted((c.get("from") or dt.date.min, c.get("until") or dt.date.max) for c in ranges)
            for (a_start, a_end), (b_start, _) in zip(spans, spans[1:]):
                assert a_end < b_start, f"{item['names'][0]}: overlapping ranges in {path.name}"
