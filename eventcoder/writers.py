"""Events out: plain records for JSON Lines, and the usual event-data columns for CSV/TSV.

Writers only serialise; they never decide coding.
"""

from __future__ import annotations

import csv
import io
from typing import Iterable, Optional


from .model import ActorMatch, Event

CSV_COLUMNS = (
    "date", "source", "target", "code", "root_code", "quad_class", "goldstein",
    "story_id", "sentence_id", "event_name", "issues", "verb", "source_text", "target_text", "text",
)


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
        "issues": list(event.issues),
        "provenance": {
            "verb": {"text": p.verb.text, "tokens": list(p.verb.token_ids)},
            "verb_entry": p.verb_entry,
            "pattern": p.pattern,
            "dictionary": f"{p.pattern_file}:{p.pattern_line}" if p.pattern_line else p.pattern_file,
            "source": _actor(p.source),
            "target": _actor(p.target),
            "notes": list(p.notes),
        },
    }
    if text:
        record["text"] = text
    return record


def csv_row(event: Event, text: str = "") -> dict:
    p = event.provenance
    return {
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
        "issues": ";".join(event.issues),
        "verb": p.verb.text,
        "source_text": p.source.span.text if p.source else "",
        "target_text": p.target.span.text if p.target else "",
        "text": text,
    }


def to_csv(events: Iterable[Event], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, delimiter=delimiter, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow(csv_row(event))
    return buffer.getvalue()


def event_from_record(record: dict) -> dict:
    """The comparable core of a written event (for diffing runs)."""
    return {k: record[k] for k in ("story_id", "sentence_id", "source", "code", "target")}


__all__ = ["CSV_COLUMNS", "event_record", "csv_row", "to_csv", "event_from_record"]
