"""Coding on a Dask cluster: a bag or a dataframe of stories in, events out.

Needs the optional extra: ``pip install "eventcoder[dask]"``. Each Dask worker process builds
its coder (dictionaries) and, on the first raw text, its Stanza parser once, and keeps them
for every later task: what travels with a task is a small, picklable ``CoderConfig``.

    import json
    import dask.bag as db
    from dask.distributed import Client
    from eventcoder.distributed import code_bag

    client = Client("tcp://scheduler:8786")                      # or Client() on one machine
    stories = db.read_text("articles/*.jsonl").map(json.loads)   # {"id", "date", "text"} per line
    events = code_bag(stories, id_key="id")
    events.map(json.dumps).to_textfiles("events/*.jsonl")

A story is a dict with a text (``text_key``) to parse, or a CoNLL-U string (``conllu_key``)
already parsed, plus an id and a date (or ``date=`` for all). A story that cannot be coded
gives one error record (``errors="include"``, the default), is dropped (``"skip"``), or stops
the computation (``"raise"``). Events come out in the order of the stories in each partition.
"""

from __future__ import annotations

import os
import threading
from typing import Any, Iterable, Optional, Sequence, Union

import attrs

from .inputs import StoryInput
from .writers import CSV_COLUMNS, LOCATION_COLUMNS, csv_row, event_record

__all__ = ["CoderConfig", "FRAME_COLUMNS", "code_bag", "code_dataframe", "code_records", "worker_coder"]

FRAME_COLUMNS = CSV_COLUMNS + ("error",)
_ERRORS = ("include", "skip", "raise")


class StoryFailed(RuntimeError):
    """A story could not be coded (``errors="raise"``)."""


@attrs.frozen
class CoderConfig:
    """How a worker builds its coder and parser: dictionary paths, not loaded dictionaries."""

    dictionaries: tuple[str, ...] = attrs.field(default=(), converter=lambda v: tuple(str(p) for p in v))
    defaults: bool = True
    require_target: bool = True
    model_dir: Optional[str] = attrs.field(default=None, converter=lambda v: None if v is None else str(v))
    device: Optional[str] = None
    batch_size: int = 16
    torch_threads: Optional[int] = 1
    locations: bool = True


_WORKERS: dict = {}
_LOCK = threading.Lock()


class _Local:
    """One coder (and its parser) per process and config; a lock keeps one batch at a time."""

    def __init__(self, config: CoderConfig):
        from .coder import EventCoder
        from .dictionaries.loader import load_dictionaries

        self.config = config
        self.coder = EventCoder(
            load_dictionaries(*config.dictionaries, defaults=config.defaults),
            require_target=config.require_target,
            model_dir=config.model_dir,
            locations=config.locations,
        )
        self.lock = threading.Lock()

    def code(self, items: list[StoryInput], default_date):
        from .parse import StanzaParser
        from .runner import code_items

        def parser():
            if self.coder._parser is None:
                c = self.config
                self.coder._parser = StanzaParser(
                    model_dir=c.model_dir, device=c.device, batch_size=c.batch_size, torch_threads=c.torch_threads
                )
            return self.coder.parser  # with the coder's headline reading

        with self.lock:
            return code_items(self.coder, items, default_date, parser)


def worker_coder(config: CoderConfig) -> "_Local":
    """This process's coder for ``config``, built on first use (a per-worker singleton)."""
    local = _WORKERS.get(config)
    if local is None:
        with _LOCK:
            local = _WORKERS.get(config)
            if local is None:
                local = _WORKERS[config] = _Local(config)
    return local


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value) or repr(value) in ("NaT", "<NA>")


def _as_input(item: Any, keys: tuple[str, str, str, str], position: str) -> StoryInput:
    if isinstance(item, StoryInput):
        return item
    id_key, date_key, text_key, conllu_key = keys
    if not isinstance(item, dict):
        return StoryInput(position, position, error=f"a story must be a dict, got {type(item).__name__}")
    story_id = item.get(id_key)
    if _missing(story_id) or story_id == "":
        story_id = item.get("id", item.get("story_id"))
    story_id = position if _missing(story_id) or story_id == "" else str(story_id)
    date = item.get(date_key)
    date = None if _missing(date) else date
    conllu = item.get(conllu_key) if conllu_key else None
    text = item.get(text_key) if text_key else None
    origin = str(item.get("source") or position)
    if isinstance(conllu, str) and conllu.strip():
        return StoryInput(story_id, origin, date, conllu=conllu)
    if _missing(text) or not isinstance(text, str):
        return StoryInput(story_id, origin, date, error=f"no {text_key!r} text" + (f" or {conllu_key!r} parse" if conllu_key else ""))
    if not text.strip():
        return StoryInput(story_id, origin, date, error="empty text")
    return StoryInput(story_id, origin, date, text=text)


def code_records(
    stories: Iterable[Any],
    config: CoderConfig,
    *,
    date=None,
    keys: tuple[str, str, str, str] = ("story_id", "date", "text", "conllu"),
    errors: str = "include",
    flat: bool = False,
    where: str = "",
) -> list[dict]:
    """Code stories with this process's coder: event records (JSON Lines form, or flat CSV rows).

    The function each Dask partition runs; usable on its own for any other scheduler.
    """
    local = worker_coder(config)
    items = [_as_input(story, keys, f"{where}{n}") for n, story in enumerate(stories)]
    out: list[dict] = []
    size = max(1, config.batch_size)
    for start in range(0, len(items), size):
        for coded in local.code(items[start:start + size], date):
            if coded.error is not None:
                if errors == "raise":
                    raise StoryFailed(f"story {coded.item.story_id} ({coded.item.origin}): {coded.error}")
                if errors == "include":
                    if flat:
                        row: dict[str, object] = {name: None if name in LOCATION_COLUMNS else "" for name in CSV_COLUMNS}
                        row.update(story_id=coded.item.story_id, quad_class=0, goldstein=0.0, error=coded.error)
                        out.append(row)
                    else:
                        out.append({"story_id": coded.item.story_id, "source": coded.item.origin, "error": coded.error})
                continue
            for sentence, events in coded.coded:
                for event in events:
                    if flat:
                        row = csv_row(event, sentence.words())
                        row["error"] = ""
                        out.append(row)
                    else:
                        out.append(event_record(event, sentence.words()))
    return out


def _config(dictionaries, model_dir, defaults, require_target, device, batch_size, torch_threads) -> CoderConfig:
    if isinstance(dictionaries, (str, os.PathLike)):
        dictionaries = [dictionaries]
    elif dictionaries is not None and not isinstance(dictionaries, (list, tuple)):
        raise TypeError(
            "dictionaries: give paths of YAML files or folders (workers load them once each), not loaded Dictionaries"
        )
    return CoderConfig(
        dictionaries=tuple(dictionaries or ()),
        defaults=defaults,
        require_target=require_target,
        model_dir=model_dir,
        device=device,
        batch_size=batch_size,
        torch_threads=torch_threads,
    )


def _check_errors(errors: str) -> None:
    if errors not in _ERRORS:
        raise ValueError(f"errors must be one of {', '.join(_ERRORS)}, not {errors!r}")


def code_bag(
    bag,
    dictionaries: Union[None, str, os.PathLike, Sequence[Union[str, os.PathLike]]] = None,
    model_dir: Optional[Union[str, os.PathLike]] = None,
    *,
    date=None,
    id_key: str = "story_id",
    date_key: str = "date",
    text_key: str = "text",
    conllu_key: str = "conllu",
    errors: str = "include",
    defaults: bool = True,
    require_target: bool = True,
    device: Optional[str] = None,
    batch_size: int = 16,
    torch_threads: Optional[int] = 1,
):
    """A Dask bag of stories -> a Dask bag of event records (the JSON Lines records of ``eventcoder code``).

    ``dictionaries``: YAML files or folders layered over the shipped set (``defaults=False``
    for only these), loaded once per worker process. ``model_dir``/``device``: the parsing
    model for raw texts (each worker builds its parser on its first text). ``date``: for
    stories without one. Failed stories give ``{"story_id", "source", "error"}`` records
    (``errors="include"``), are dropped (``"skip"``) or raise (``"raise"``).
    """
    _check_errors(errors)
    config = _config(dictionaries, model_dir, defaults, require_target, device, batch_size, torch_threads)
    keys = (id_key, date_key, text_key, conllu_key)
    return bag.map_partitions(_bag_partition, config, date, keys, errors)


def _bag_partition(partition, config, date, keys, errors):
    return code_records(partition, config, date=date, keys=keys, errors=errors, where="partition item ")


def frame_meta():
    """The (empty) pandas frame ``code_dataframe`` returns per partition: its columns and types."""
    import pandas as pd

    types = {"quad_class": "int64", "goldstein": "float64", "geonameid": "Int64", "latitude": "float64", "longitude": "float64"}
    return pd.DataFrame({name: pd.Series([], dtype=types.get(name, "object")) for name in FRAME_COLUMNS})


def code_dataframe(
    df,
    id_col: str = "story_id",
    date_col: str = "date",
    text_col: Optional[str] = "text",
    *,
    conllu_col: Optional[str] = None,
    dictionaries=None,
    model_dir=None,
    date=None,
    errors: str = "include",
    defaults: bool = True,
    require_target: bool = True,
    device: Optional[str] = None,
    batch_size: int = 16,
    torch_threads: Optional[int] = 1,
):
    """A Dask dataframe of stories (one per row) -> a Dask dataframe of events.

    Columns out: the usual event-data columns (``eventcoder.writers.CSV_COLUMNS``: date,
    source, target, code, root_code, quad_class, goldstein, story_id, sentence_id, ...,
    text) and ``error`` ("" for events; for a failed story, one row with its story_id and
    the reason, unless ``errors`` is ``"skip"`` or ``"raise"``). ``conllu_col`` names a
    column of CoNLL-U parses to code without parsing. Other arguments as in ``code_bag``.
    """
    _check_errors(errors)
    config = _config(dictionaries, model_dir, defaults, require_target, device, batch_size, torch_threads)
    keys = (id_col, date_col, text_col or "", conllu_col or "")
    return df.map_partitions(_frame_partition, config, date, keys, errors, meta=frame_meta())


def _frame_partition(frame, config, date, keys, errors):
    import pandas as pd

    meta = frame_meta()
    if len(frame) == 0:
        return meta
    records = frame.to_dict("records")
    rows = code_records(records, config, date=date, keys=keys, errors=errors, flat=True, where="row ")
    if not rows:
        return meta
    out = pd.DataFrame(rows, columns=list(FRAME_COLUMNS))
    return out.astype({name: meta[name].dtype for name in FRAME_COLUMNS})
