"""Reading eventcoder's event files row by row (JSON Lines, CSV, TSV, Parquet), for the
tools that read outputs back (``eventcoder.dedupe``, ``eventcoder.aggregate``): one reader,
so a bad line is reported the same way, as ``file:line``, whoever reads it."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Iterator

from .writers import needs_pyarrow

__all__ = ["event_rows", "parquet_module"]


def event_rows(path: Path, fmt: str, *, error: type[Exception] = ValueError) -> Iterator[tuple[int, dict]]:
    """(line or row number, record) of an event file of format ``fmt`` (``jsonl``, ``csv``,
    ``tsv``, ``parquet``); a bad line raises ``error`` naming file and line."""
    if fmt == "jsonl":
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise error(f"{path}:{number}: not a JSON object: {exc.msg}") from None
                if not isinstance(record, dict):
                    raise error(f"{path}:{number}: expected a JSON object, got {type(record).__name__}")
                yield number, record
    elif fmt in ("csv", "tsv"):
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t" if fmt == "tsv" else ",")
            for row in reader:
                if None in row:
                    raise error(f"{path}:{reader.line_num}: more cells than the header has columns")
                yield reader.line_num, row
    else:
        pq = parquet_module()
        number = 0
        for batch in pq.ParquetFile(str(path)).iter_batches(batch_size=50_000):
            for item in batch.to_pylist():
                number += 1
                yield number, item


def parquet_module():
    """``pyarrow.parquet``, or an ImportError that says how to install it."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ImportError(needs_pyarrow()) from exc
    return pq
