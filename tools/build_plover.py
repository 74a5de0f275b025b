#!/usr/bin/env python3
"""Regenerate dictionaries/cameo2plover.tsv from the PLOVER project's CAMEO2PLOVER table.

The source, ``shared/plover/CAMEO2PLOVER-2021.txt`` (PLOVER manual draft 0.8, Open Event Data
Alliance, CC BY-SA 4.0), has one line per CAMEO code: ``CODE: EVENT, mode, context # name``,
with root headings (``03: AGREE``), free spacing, notes after the name and an end marker.
This script reads it faithfully (whitespace normalised, several contexts joined by ``;``,
nothing re-interpreted) and writes a tab-separated table with the attribution in its header.
A code listed twice keeps its first line; the script says so. Output is deterministic
(``--check`` exits 1 if the shipped table is out of date).

    python tools/build_plover.py [--source ../shared/plover/CAMEO2PLOVER-2021.txt]
                                 [--out dictionaries/cameo2plover.tsv] [--check]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_LINE = re.compile(r"^(\d{2,4})\s*:\s*(.*)$")

HEADER = """\
# CAMEO event codes -> PLOVER event type, mode and context.
# Derived from CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, 17 September 2021, edited by
# Philip Schrodt), github.com/openeventdata/PLOVER, Copyright Open Event Data Alliance,
# licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). This derived table
# is distributed under the same licence. Regenerate with: python tools/build_plover.py
# Changes from the source: whitespace normalised, several contexts joined by ";", a code
# listed twice keeps its first line{duplicates}.
# Codes the source does not list (CAMEO 01 make public statement, 02 appeal, ...) have no
# PLOVER type; a refinement such as 075A takes its parent's (075) row.
"""
COLUMNS = ("cameo_code", "plover_event", "plover_mode", "plover_context", "cameo_name")


def parse(text: str, source: str) -> tuple[list[tuple[str, ...]], list[str]]:
    """Rows of the table and notes about duplicates; an unreadable line stops with file:line."""
    rows: dict[str, tuple[str, ...]] = {}
    notes: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("~"):
            continue
        match = _LINE.match(stripped)
        if match is None:
            sys.exit(f"{source}:{number}: expected 'CODE: EVENT, mode, context # name', got {stripped!r}")
        code, rest = match.groups()
        values, _, name = rest.partition("#")
        fields = [" ".join(v.split()) for v in values.split(",")]
        if len(fields) > 3 or not fields[0].isupper():
            sys.exit(f"{source}:{number}: expected 'EVENT, mode, context' after the code, got {values.strip()!r}")
        fields += [""] * (3 - len(fields))
        event, mode, context = fields
        context = ";".join(part.strip() for part in context.split(";") if part.strip())
        name = " ".join(name.split())
        if code in rows:
            if rows[code][1:4] != (event, mode, context):
                notes.append(f"{code} ({rows[code][1]}; not line {number}'s {event})")
            continue
        rows[code] = (code, event, mode, context, name)
    return sorted(rows.values(), key=lambda row: row[0]), notes


def render(rows: list[tuple[str, ...]], notes: list[str]) -> str:
    duplicates = (": " + ", ".join(notes)) if notes else ""
    lines = [HEADER.format(duplicates=duplicates).rstrip("\n"), "\t".join(COLUMNS)]
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", default=str(REPO.parent / "shared" / "plover" / "CAMEO2PLOVER-2021.txt"))
    parser.add_argument("--out", default=str(REPO / "dictionaries" / "cameo2plover.tsv"))
    parser.add_argument("--check", action="store_true", help="exit 1 if --out differs from what would be written")
    args = parser.parse_args()
    source = Path(args.source)
    if not source.is_file():
        sys.exit(f"no PLOVER table at {source}: give --source")
    rows, notes = parse(source.read_text(encoding="utf-8"), str(source))
    text = render(rows, notes)
    out = Path(args.out)
    if args.check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out} is out of date: run python tools/build_plover.py", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {len(rows)} CAMEO codes" + (f"; kept the first of codes listed twice: {', '.join(notes)}" if notes else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
