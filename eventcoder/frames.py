"""Events as pandas DataFrames: from coded events, from output files, from a frame of texts.

    import eventcoder
    frame = eventcoder.read_events("events.parquet")      # or .jsonl, .csv, .tsv
    frame.groupby("root_code").size()                      # codes are strings: "02", not 2
    events = eventcoder.to_frame(coder.code_conllu("story.conllu", date="2020-02-28"))
    coded = coder.code_frame(articles, text="body", date="published", id="url")

Every frame has the same columns, whatever it came from: those of the CSV output
(``eventcoder.writers.CSV_COLUMNS``), typed: codes and actor codes are strings (``pd.read_csv``
of the CSV would turn code ``"020"`` into 20), ``date`` is a datetime64 column, ``issues`` a
list of strings per row, ``quad_class`` an integer, ``goldstein`` a float. A frame read from a
file carries its meta record (``eventcoder.provenance``) in ``frame.attrs["eventcoder"]``.

pandas is optional (``pip install 'eventcoder[pandas]'``) and imported only here, on use.
"""

from __future__ import annotations

import datetime as _dt
import logging
import os
from pathlib import Path
from typing import Iterable, Optional, Union

from .writers import CSV_COLUMNS, LOCATION_COLUMNS, csv_row

__all__ = ["code_frame", "read_events", "to_frame"]

log = logging.getLogger(__name__)

STRING_COLUMNS = tuple(c for c in CSV_COLUMNS
                       if c not in ("date", "quad_class", "goldstein", "issues", "geonameid", "latitude", "longitude"))


def _pandas():
    try:
        import pandas
    except ImportError:
        raise ImportError("eventcoder's DataFrame functions need pandas: pip install 'eventcoder[pandas]' "
                          "(or pip install pandas)") from None
    return pandas


def _issues(value) -> list:
    if value is None:
        return []
    if isinstance(value, str):  # CSV: joined with ';'
        return [part for part in value.split(";") if part]
    try:
        return [str(v) for v in value]
    except TypeError:  # NaN from an empty cell
        return []


def _typed(rows, pd):
    """A frame of CSV-column rows with eventcoder's column types (see the module's docstring)."""
    frame = pd.DataFrame(rows, columns=list(CSV_COLUMNS)) if not isinstance(rows, pd.DataFrame) else rows
    for column in CSV_COLUMNS:
        if column not in frame.columns:
            frame[column] = None
    frame = frame[list(CSV_COLUMNS)].copy()
    for column in STRING_COLUMNS:
        frame[column] = frame[column].astype("string").fillna("")
    frame["date"] = pd.to_datetime(frame["date"].replace("", None), format="ISO8601").astype("datetime64[s]")
    frame["quad_class"] = pd.to_numeric(frame["quad_class"].replace("", None)).astype("Int64")
    frame["goldstein"] = pd.to_numeric(frame["goldstein"].replace("", None)).astype("float64")
    frame["geonameid"] = pd.to_numeric(frame["geonameid"].replace("", None)).astype("Int64")
    for column in ("latitude", "longitude"):
        frame[column] = pd.to_numeric(frame[column].replace("", None)).astype("float64")
    frame["issues"] = pd.Series([_issues(v) for v in frame["issues"]], index=frame.index, dtype=object)
    return frame


def to_frame(events: Iterable):
    """A DataFrame of ``Event`` objects (one row each, the CSV columns typed).

    ``events`` may also hold ``(sentence, events)`` pairs as ``EventCoder.iter_story`` yields
    them, which fills the ``text`` column with each event's sentence.
    """
    pd = _pandas()
    rows: list[dict] = []
    for item in events:
        if isinstance(item, tuple) and len(item) == 2:
            sentence, sentence_events = item
            rows.extend(_row(e, sentence.words()) for e in sentence_events)
        else:
            rows.append(_row(item, ""))
    return _typed(rows, pd)


def _row(event, text: str) -> dict:
    row = csv_row(event, text)
    row["issues"] = list(event.issues)
    return row


def _record_row(record: dict) -> dict:
    """The CSV columns of an event record as written to JSON Lines (``writers.event_record``)."""
    provenance = record.get("provenance") or {}
    side = lambda key: ((provenance.get(key) or {}).get("text") or "")  # noqa: E731
    row = {column: record.get(column) for column in CSV_COLUMNS}
    row["event_name"] = record.get("event_name", "")
    row["verb"] = (provenance.get("verb") or {}).get("text", "")
    row["source_text"], row["target_text"] = side("source"), side("target")
    row["text"] = record.get("text", "")
    where = record.get("location") or {}
    for column, key in zip(LOCATION_COLUMNS, ("place", "geonameid", "country_code", "latitude", "longitude",
                                               "precision", "rule")):
        row[column] = where.get(key)
    return row


def read_events(path: Union[str, os.PathLike]):
    """The events of an ``eventcoder code`` output (JSON Lines, CSV, TSV or Parquet, by suffix)
    as a typed DataFrame; a malformed JSON Lines line raises ValueError naming file and line."""
    pd = _pandas()
    from .provenance import read_meta

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        try:
            import pyarrow.parquet as pq
        except ImportError:
            raise ImportError("reading Parquet needs pyarrow: pip install 'eventcoder[parquet]'") from None
        frame = _typed(pq.read_table(str(path)).to_pandas(), pd)
    elif suffix in (".csv", ".tsv"):
        frame = _typed(pd.read_csv(path, sep="\t" if suffix == ".tsv" else ",", dtype=str, keep_default_na=False,
                                   na_values=[]), pd)
    elif suffix in (".jsonl", ".ndjson", ".json"):
        from .diff import load_events

        frame = _typed([_record_row(r) for r in load_events(path)], pd)
    else:
        raise ValueError(f"{path}: unknown events file suffix {suffix!r}: use .jsonl, .csv, .tsv or .parquet")
    meta = read_meta(path)
    if meta is not None:
        frame.attrs["eventcoder"] = meta
    return frame


def code_frame(coder, frame, *, text: str = "text", date: Optional[str] = "date", id: Optional[str] = None,
               default_date=None, batch_size: int = 16):
    """Code the raw-text stories of a DataFrame; returns a DataFrame of their events.

    ``text``, ``date`` and ``id`` name the columns of each story's text, date and story id
    (``id=None``: the frame's index; ``date=None`` or an empty cell: ``default_date``). Rows
    that cannot be coded (no text, an unreadable date, a repeated id, a parser or coding
    error) are reported, as a corpus run reports failed stories, not raised: they are listed
    in the result's ``attrs["errors"]`` (story_id, row, reason) and counted in one warning.
    """
    pd = _pandas()
    from .inputs import StoryInput
    from .provenance import RunProvenance
    from .runner import code_items

    for name, column in (("text", text), ("date", date), ("id", id)):
        if column is not None and column not in frame.columns:
            raise KeyError(f"code_frame: no column {column!r} (the {name} column); columns: {', '.join(map(str, frame.columns))}")
    rows: list[dict] = []
    errors: list[dict] = []
    seen: dict[str, object] = {}
    items: list[StoryInput] = []

    def flush() -> None:
        for coded in code_items(coder, items, default_date):
            if coded.error is not None:
                errors.append({"story_id": coded.item.story_id, "row": coded.item.origin, "reason": coded.error})
                continue
            for sentence, events in coded.coded:
                rows.extend(_row(e, sentence.words()) for e in events)
        items.clear()

    missing = lambda v: v is None or (not isinstance(v, (str, list, tuple)) and bool(pd.isna(v)))  # noqa: E731
    ids = list(frame.index) if id is None else frame[id].tolist()
    texts = frame[text].tolist()
    dates = frame[date].tolist() if date is not None else [None] * len(frame)
    parsed = False
    for label, story_id, value, day in zip(frame.index, ids, texts, dates):
        story_id = "" if missing(story_id) else str(story_id)
        origin = f"row {label!r}"
        day = None if missing(day) else day
        if day is not None and (isinstance(day, _dt.datetime) or hasattr(day, "to_pydatetime")):  # datetime, Timestamp
            day = day.date()
        problem = None
        if not story_id:
            problem = "no story id"
        elif story_id in seen:
            problem = f"story id already used at {seen[story_id]}"
        elif not isinstance(value, str) or not value.strip():
            problem = "no text" if not isinstance(value, str) else "empty text"
        if story_id and story_id not in seen:
            seen[story_id] = origin
        parsed = parsed or problem is None
        items.append(StoryInput(story_id, origin, day if not isinstance(day, _dt.date) else day.isoformat(),
                                text=None if problem else value, error=problem))
        if len(items) >= batch_size:
            flush()
    flush()
    result = _typed(rows, pd)
    result.attrs["errors"] = errors
    result.attrs["eventcoder"] = {"provenance": RunProvenance.of(coder, parsed=parsed).to_dict()}
    if errors:
        log.warning("code_frame: %d of %d rows could not be coded: see .attrs['errors'] (first: %s: %s)",
                    len(errors), len(frame), errors[0]["row"], errors[0]["reason"])
    return result

