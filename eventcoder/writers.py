"""Events out: plain records for JSON Lines, the usual event-data columns for CSV/TSV, Parquet.

Writers only serialise; they never decide coding. The corpus runner writes one story at a
time: ``story_chunk`` renders all events of a story as one piece of text (so the story is
written in one call), ``format_header`` is what starts a file, and Parquet files are built
from a JSON Lines journal of flat rows once a run is complete (``journal_to_parquet``), since
a Parquet file cannot be appended to story by story.
"""

from __future__ import annotations

import csv
import functools
import io
import json
import os
from pathlib import Path
from typing import Iterable, Optional, Sequence

from .model import ActorMatch, Event, Location, Sentence

CSV_COLUMNS = (
    "date", "source", "target", "code", "root_code", "quad_class", "goldstein",
    "story_id", "sentence_id", "event_name", "plover_event", "plover_mode", "plover_context",
    "issues", "verb", "source_text", "target_text", "text",
) + (
    # where (docs/locations.md); empty when the event has no location
    "place", "geonameid", "country_code", "latitude", "longitude", "precision", "place_rule",
)
LOCATION_COLUMNS = CSV_COLUMNS[CSV_COLUMNS.index("place"):]


def _actor(match: Optional[ActorMatch]) -> Optional[dict]:
    if match is None:
        return None
    return {
        "code": match.code,
        "text": match.span.text,
        "tokens": list(match.span.token_ids),
        "entry": match.entry,
        "agent": match.agent,
    }


@functools.lru_cache(maxsize=1)
def _shipped_dir() -> str:
    from .resources import default_dictionary_dir

    return str(default_dictionary_dir().resolve()) + os.sep


@functools.lru_cache(maxsize=4096)
def dictionary_location(file: str, line: int = 0) -> str:
    """``file:line`` of a dictionary entry; shipped files as ``dictionaries/...`` so output is the same on every machine."""
    shipped = _shipped_dir()
    if file and os.path.isabs(file) and file.startswith(shipped):
        file = "dictionaries/" + file[len(shipped):].replace(os.sep, "/")
    return f"{file}:{line}" if line else file


def _location(location: Optional[Location]) -> Optional[dict]:
    if location is None:
        return None
    return {
        "place": location.name,
        "geonameid": location.geonameid,
        "country_code": location.country,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "precision": location.precision,
        "rule": location.rule,
        "sentence_id": location.sentence_id,
        "text": location.span.text,
        "tokens": list(location.span.token_ids),
    }


def _location_columns(location: Optional[Location]) -> tuple:
    if location is None:
        return (None,) * len(LOCATION_COLUMNS)
    return (location.name, location.geonameid, location.country, location.latitude, location.longitude,
            location.precision, location.rule)


def _plover_fields(event: Event) -> dict:
    """The PLOVER columns of an event ("" where PLOVER has no type for its code)."""
    kind = event.plover
    if kind is None:
        return {"plover_event": "", "plover_mode": "", "plover_context": ""}
    return {"plover_event": kind.event_type, "plover_mode": kind.mode, "plover_context": kind.context}


def event_record(event: Event, text: str = "") -> dict:
    """A JSON-ready dict of an event with its provenance."""
    p = event.provenance
    record = {
        "story_id": event.story_id,
        "sentence_id": event.sentence_id,
        "date": event.date.isoformat() if event.date else None,
        "source": event.source,
        "code": event.code,
        "target": event.target,
        "root_code": event.root_code,
        "event_name": event.name,
        "root_name": event.root_name,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        **_plover_fields(event),
        "issues": list(event.issues),
        "location": _location(event.location),
        "provenance": {
            "verb": {"text": p.verb.text, "tokens": list(p.verb.token_ids)},
            "verb_entry": p.verb_entry,
            "pattern": p.pattern,
            "dictionary": dictionary_location(p.pattern_file, p.pattern_line),
            "source": _actor(p.source),
            "target": _actor(p.target),
            "notes": list(p.notes),
        },
    }
    if text:
        record["text"] = text
    return record


def csv_row(event: Event, text: str = "") -> dict:
    """The usual event-data columns (``CSV_COLUMNS``) of an event; ``text`` is its sentence."""
    p = event.provenance
    row = {
        "date": event.date.isoformat() if event.date else "",
        "source": event.source,
        "target": event.target,
        "code": event.code,
        "root_code": event.root_code,
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "story_id": event.story_id,
        "sentence_id": event.sentence_id,
        "event_name": event.name,
        **_plover_fields(event),
        "issues": ";".join(event.issues),
        "verb": p.verb.text,
        "source_text": p.source.span.text if p.source else "",
        "target_text": p.target.span.text if p.target else "",
        "text": text,
    }
    row.update(zip(LOCATION_COLUMNS, _location_columns(event.location)))
    return row


def to_csv(events: Iterable[Event], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow(csv_row(event))
    return buffer.getvalue()


OUTPUT_FORMATS = ("jsonl", "csv", "tsv", "parquet")
ONTOLOGIES = ("cameo", "plover")  # the record layouts: CAMEO events, or PLOVER-style records (eventcoder.plover)
_SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "tsv", ".parquet": "parquet"}


def format_for(path: Optional[os.PathLike | str], given: Optional[str] = None) -> str:
    """The output format: ``given``, else from the file suffix, else JSON Lines."""
    if given:
        if given not in OUTPUT_FORMATS:
            raise ValueError(f"unknown output format {given!r}: use one of {', '.join(OUTPUT_FORMATS)}")
        return given
    if path is None:
        return "jsonl"
    suffix = Path(path).suffix.lower()
    if not suffix:  # no suffix at all (a pipe, /dev/stdout): JSON Lines
        return "jsonl"
    if suffix not in _SUFFIX_FORMATS:
        raise ValueError(
            f"{path}: unknown output suffix {suffix!r}: use one of {', '.join(sorted(_SUFFIX_FORMATS))} "
            f"(or name the format: --format {'|'.join(OUTPUT_FORMATS)})"
        )
    return _SUFFIX_FORMATS[suffix]


def parquet_row(event: Event, text: str = "") -> dict:
    """A flat row for Parquet: the CSV columns (typed: ``issues`` a list) plus the provenance as a JSON string."""
    row = csv_row(event, text)
    row["issues"] = list(event.issues)
    row["provenance"] = json.dumps(event_record(event)["provenance"], ensure_ascii=False)
    return row


def _columns(ontology: str) -> tuple[str, ...]:
    if ontology == "plover":
        from .plover import PLOVER_COLUMNS

        return PLOVER_COLUMNS
    if ontology != "cameo":
        raise ValueError(f"unknown ontology {ontology!r}: use one of {', '.join(ONTOLOGIES)}")
    return CSV_COLUMNS


def format_header(fmt: str, ontology: str = "cameo") -> str:
    """What a new output file starts with (the column names for CSV/TSV)."""
    if fmt in ("csv", "tsv"):
        return ("\t" if fmt == "tsv" else ",").join(_columns(ontology)) + "\n"
    return ""


def story_chunk(fmt: str, coded: Sequence[tuple[Sentence, Sequence[Event]]], ontology: str = "cameo") -> str:
    """All events of one story, rendered for ``fmt`` (Parquet: JSON Lines journal rows);
    ``ontology="plover"`` renders PLOVER-style records (``eventcoder.plover.plover_record``)."""
    if ontology != "cameo":
        from .plover import plover_record

        columns = _columns(ontology)
        rows = [plover_record(e, s.words()) for s, events in coded for e in events]
        if fmt in ("jsonl", "parquet"):
            return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
        if fmt not in ("csv", "tsv"):
            raise ValueError(f"unknown output format {fmt!r}")
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
        writer.writerows(rows)
        return buffer.getvalue()
    if fmt == "jsonl":
        return "".join(
            json.dumps(event_record(e, s.words()), ensure_ascii=False) + "\n" for s, events in coded for e in events
        )
    if fmt in ("csv", "tsv"):
        buffer = io.StringIO()
        writer = csv.DictWriter(
            buffer, fieldnames=CSV_COLUMNS, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n"
        )
        for sentence, events in coded:
            for event in events:
                writer.writerow(csv_row(event, sentence.words()))
        return buffer.getvalue()
    if fmt == "parquet":
        return "".join(
            json.dumps(parquet_row(e, s.words()), ensure_ascii=False) + "\n" for s, events in coded for e in events
        )
    raise ValueError(f"unknown output format {fmt!r}")


def parquet_schema(ontology: str = "cameo"):
    """The Arrow schema of eventcoder's Parquet output (needs pyarrow)."""
    import pyarrow as pa

    if ontology != "cameo":
        return pa.schema([(name, pa.string()) for name in _columns(ontology)])
    types = {"date": pa.date32(), "quad_class": pa.int32(), "goldstein": pa.float64(), "issues": pa.list_(pa.string()),
             "geonameid": pa.int64(), "latitude": pa.float64(), "longitude": pa.float64()}
    return pa.schema([(name, types.get(name, pa.string())) for name in CSV_COLUMNS + ("provenance",)])


def _typed(row: dict) -> dict:
    """A journal row as Arrow takes it: the ISO date as a date (empty: null)."""
    import datetime

    day = row.get("date")
    row["date"] = datetime.date.fromisoformat(day) if day else None
    if isinstance(row.get("issues"), str):  # a journal written before issues were a list
        row["issues"] = [i for i in row["issues"].split(";") if i]
    return row


def journal_to_parquet(journal: os.PathLike | str, output: os.PathLike | str, *, rows_per_group: int = 50_000,
                       metadata: Optional[dict] = None, ontology: str = "cameo") -> int:
    """Convert a JSON Lines journal of ``parquet_row`` rows into a Parquet file; returns rows.

    ``metadata`` (the run's meta record, ``eventcoder.provenance``) is stored as JSON under the
    schema metadata key ``eventcoder``.

    Written to a temporary file and renamed, so ``output`` is either complete or absent.
    Memory is bounded by one row group.
    """
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ImportError(needs_pyarrow()) from exc

    schema = parquet_schema(ontology)
    if metadata is not None:
        schema = schema.with_metadata({b"eventcoder": json.dumps(metadata, ensure_ascii=False).encode("utf-8")})
    output = Path(output)
    temporary = output.with_name(output.name + ".tmp")
    total = 0
    with pq.ParquetWriter(str(temporary), schema) as writer, open(journal, encoding="utf-8") as handle:
        rows: list[dict] = []

        def flush() -> None:
            if rows:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows.clear()

        for line in handle:
            if line.strip():
                row = json.loads(line)
                rows.append(_typed(row) if ontology == "cameo" else row)  # PLOVER records are all text
                total += 1
                if len(rows) >= rows_per_group:
                    flush()
        flush()
    os.replace(temporary, output)
    return total


def needs_pyarrow() -> str:
    return "Parquet output needs pyarrow: pip install 'eventcoder[parquet]' (or pip install pyarrow)"


__all__ = [
    "CSV_COLUMNS",
    "LOCATION_COLUMNS",
    "ONTOLOGIES",
    "OUTPUT_FORMATS",
    "csv_row",
    "event_record",
    "format_for",
    "format_header",
    "journal_to_parquet",
    "parquet_row",
    "parquet_schema",
    "story_chunk",
    "to_csv",
]
