"""The one-a-day filter: one event per (date, source, code, target), with the number of reports.

Phoenix and ICEWS data are distributed this way: ten wire stories about the same clash on the
same day are one event, not ten. The filter is a post-pass over a finished event file (JSON
Lines, CSV, TSV or Parquet, CAMEO or PLOVER records: both carry date, source, code, target),
so it never interferes with a corpus run's resume: ``eventcoder code --dedupe day`` runs it
once the run is complete, and ``eventcoder dedupe`` runs it on any file.

Two streaming passes: the first counts each key, the second writes each key's first event
(in file order) with ``reports`` = its count. Memory holds the keys, not the events. A file
filtered before counts its ``reports``, so filtering twice changes nothing.
"""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Iterator, Optional

import attrs

from .eventfiles import event_rows, parquet_module
from .writers import format_for

__all__ = ["DedupeError", "DedupeSummary", "KEY", "dedupe_file", "dedupe_records"]

KEY = ("date", "source", "code", "target")
MODES = ("day",)


class DedupeError(ValueError):
    """An event file the filter cannot read: names the file, the line and what is wrong."""


@attrs.frozen
class DedupeSummary:
    events: int  # events read
    kept: int  # events written, one per key

    def __str__(self) -> str:
        return f"one-a-day: {self.events:,} events -> {self.kept:,} (one per date, source, code, target)"


def dedupe_records(records) -> list[dict]:
    """The one-a-day filter over an iterable of event dicts (in memory): first of each key, with ``reports``."""
    kept: dict[tuple, dict] = {}
    for number, record in enumerate(records, 1):
        key = _key(record, "records", number)
        if key in kept:
            kept[key]["reports"] += _weight(record, "records", number)
        else:
            kept[key] = {**record, "reports": _weight(record, "records", number)}
    return list(kept.values())


def _key(record: dict, where: str, line: int) -> tuple:
    try:
        return tuple(str(record[name] if record[name] is not None else "") for name in KEY)
    except (KeyError, TypeError):
        missing = [n for n in KEY if not isinstance(record, dict) or n not in record]
        raise DedupeError(f"{where}:{line}: an event needs {', '.join(KEY)}; missing {', '.join(missing)}") from None


def _weight(record: dict, where: str, line: int) -> int:
    """1, or the ``reports`` an already filtered event stands for (the filter is idempotent)."""
    value = record.get("reports")
    if value in (None, ""):
        return 1
    try:
        return int(value)
    except (TypeError, ValueError):
        raise DedupeError(f"{where}:{line}: reports must be a whole number, got {value!r}") from None


def _rows(path: Path, fmt: str) -> Iterator[tuple[int, dict]]:
    return event_rows(path, fmt, error=DedupeError)


def dedupe_file(events: os.PathLike | str, output: os.PathLike | str | None = None, *,
                format: Optional[str] = None, mode: str = "day") -> DedupeSummary:
    """One-a-day filter ``events`` into ``output`` (default: in place), same format.

    The result is written to a temporary file and renamed, so ``output`` is either the old
    file or the complete new one. The format follows the suffix (``format`` overrides).
    """
    if mode not in MODES:
        raise ValueError(f"unknown dedupe mode {mode!r}: use one of {', '.join(MODES)}")
    source = Path(events)
    target = Path(output) if output is not None else source
    fmt = format_for(source, format)
    if format_for(target, format) != fmt:
        raise ValueError(f"dedupe writes the format it reads: {source} is {fmt}, {target} is not")
    counts: dict[tuple, int] = {}
    first: dict[tuple, int] = {}
    total = 0
    for number, record in _rows(source, fmt):
        key = _key(record, str(source), number)
        counts[key] = counts.get(key, 0) + _weight(record, str(source), number)
        first.setdefault(key, total)
        total += 1
    temporary = target.with_name(target.name + ".tmp")
    try:
        _write(source, fmt, temporary, counts, first)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return DedupeSummary(total, len(counts))


def _write(source: Path, fmt: str, temporary: Path, counts: dict, first: dict) -> None:
    def kept() -> Iterator[dict]:
        for index, (number, record) in enumerate(_rows(source, fmt)):
            key = _key(record, str(source), number)
            if first[key] == index:
                record["reports"] = counts[key]
                yield record

    if fmt == "jsonl":
        with open(temporary, "w", encoding="utf-8") as handle:
            for record in kept():
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt in ("csv", "tsv"):
        with open(source, encoding="utf-8", newline="") as handle:
            columns = next(csv.reader(handle, delimiter="\t" if fmt == "tsv" else ","), [])
        columns = [c for c in columns if c != "reports"] + ["reports"]
        with open(temporary, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, delimiter="\t" if fmt == "tsv" else ",",
                                    lineterminator="\n")
            writer.writeheader()
            writer.writerows(kept())
    else:
        import pyarrow as pa

        pq = parquet_module()
        schema = pq.ParquetFile(str(source)).schema_arrow
        if "reports" not in schema.names:
            schema = schema.append(pa.field("reports", pa.int64()))
        with pq.ParquetWriter(str(temporary), schema) as writer:
            rows: list[dict] = []
            for record in kept():
                rows.append(record)
                if len(rows) >= 50_000:
                    writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                    rows.clear()
            if rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
