"""Stories in: plain text files, JSON Lines, CoNLL-U, and folders of these.

Reading never parses or codes; it turns files into ``StoryInput`` items, one per story, in
a deterministic order (files sorted by path, stories in file order) so that a run, a resumed
run and a run with more workers all see the same sequence. A story that cannot be read
(bad encoding, empty text, broken JSON) becomes an item carrying ``error`` instead of
raising, so the corpus runner can report it and go on.

- ``*.txt`` / ``*.text``: one story per file; id = the file name without suffix (the path
  relative to the input folder, for files in sub-folders); date = a ``YYYY-MM-DD`` in the
  file name, if any.
- ``*.jsonl`` / ``*.ndjson``: one story per line, an object with id, date and text fields
  (names configurable). A line without an id gets ``<file stem>-<line number>``.
- ``*.conllu`` / ``*.conll``: already parsed, no parser needed. A file is one story unless
  it marks stories with ``# newdoc id = ...`` or ``# story_id = ...`` comments; a story's
  date comes from a ``# date = ...`` comment (as written by ``--save-parses``) or the file
  name.
- a folder: every such file below it (hidden files and folders skipped), sorted by path.
- ``-``: standard input, read once as it streams in: ``input_format`` if given, else sniffed
  from its first non-blank line (``{``: JSON Lines; a ``#`` comment or a tab-separated token
  line: CoNLL-U; anything else: one text story). Its stories' origins read ``<stdin>:LINE``.

Only the text of a story is held in memory: files are read story by story.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator, Optional, Sequence, TypedDict, Union

import attrs

from .conllu import read_conllu

__all__ = [
    "FORMATS",
    "StoryInput",
    "count_stories",
    "date_from_name",
    "format_of",
    "iter_inputs",
    "iter_conllu_stories",
    "iter_jsonl_stories",
    "read_text_story",
]

PathLike = Union[str, os.PathLike]

TEXT_SUFFIXES = (".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CONLLU_SUFFIXES = (".conllu", ".conll")
FORMATS = ("text", "jsonl", "conllu")

_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_STORY_COMMENT = re.compile(r"#\s*(newdoc(?:\s+id)?|story_id|date)\s*(?:=\s?(.*))?$")


@attrs.frozen
class StoryInput:
    """One story as read: raw text to parse, or CoNLL-U to read, or the reason it is unusable.

    ``date`` is the story's own date (a JSON field, a ``# date`` comment, or a date in the
    file name) as written there, or None; the runner falls back to a default date. ``origin``
    is ``file:line`` of the story's first line, for the errors file.
    """

    story_id: str
    origin: str
    date: Optional[object] = None
    text: Optional[str] = None
    conllu: Optional[str] = None
    conllu_line: int = 1  # line of ``conllu`` in its file, so CoNLL-U errors name the file's line
    error: Optional[str] = None

    @property
    def kind(self) -> str:
        if self.error is not None:
            return "error"
        return "conllu" if self.conllu is not None else "text"


def date_from_name(name: str) -> Optional[str]:
    """A valid ``YYYY-MM-DD`` found in a file name (``2020-02-28-idlib.txt``), else None."""
    for match in _DATE_IN_NAME.finditer(name):
        try:
            _dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
        return match.group(0)
    return None


def format_of(path: Path, forced: Optional[str] = None) -> Optional[str]:
    """``text``/``jsonl``/``conllu`` from the suffix (or ``forced``); None for other files."""
    if forced and forced != "auto":
        if forced not in FORMATS:
            raise ValueError(f"unknown input format {forced!r}: use one of {', '.join(FORMATS)}")
        return forced
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CONLLU_SUFFIXES:
        return "conllu"
    return None


STDIN = "-"
STDIN_NAME = "<stdin>"


class _Stdin:
    """Standard input as a file of lines for the readers: its first lines, read to sniff the
    format, are given back first. ``name`` and ``stem`` stand in for a path's."""

    name = STDIN_NAME
    stem = "stdin"

    def __init__(self, stream=None):
        self.stream = stream if stream is not None else sys.stdin.buffer
        self.head: list[bytes] = []

    def sniff(self) -> str:
        """``jsonl``, ``conllu`` or ``text`` from the first non-blank line."""
        for raw in self.stream:
            self.head.append(raw)
            line = raw.lstrip(b"\xef\xbb\xbf").strip()
            if not line:
                continue
            if line.startswith(b"{"):
                return "jsonl"
            if line.startswith(b"#") or re.match(rb"^\d+(-\d+|\.\d+)?\t", line):
                return "conllu"
            return "text"
        return "text"

    def lines(self) -> Iterator[bytes]:
        yield from self.head
        self.head = []
        yield from self.stream

    def open(self, mode: str = "rb"):
        return _LineReader(self.lines())

    def read_bytes(self) -> bytes:
        return b"".join(self.lines())

    def __str__(self) -> str:
        return STDIN_NAME


class _LineReader:
    """``with source.open("rb") as handle: for line in handle`` over standard input's lines."""

    def __init__(self, lines: Iterator[bytes]):
        self._lines = lines

    def __enter__(self):
        return self._lines

    def __exit__(self, *exc) -> None:
        return None


def _source(path) -> "Path | _Stdin":
    return path if isinstance(path, _Stdin) else Path(path)


def _decode(data: bytes) -> str:
    """UTF-8 (a byte-order mark is dropped); UnicodeDecodeError says where it fails."""
    return data.decode("utf-8-sig")


def _encoding_reason(exc: UnicodeDecodeError, first_line: Optional[int] = None) -> str:
    """Why bytes are not UTF-8; with ``first_line`` (the file line the bytes start on), also
    the line of the bad byte, so that it can be found in a large file."""
    data = exc.object
    bad = data[exc.start:exc.start + 1]
    if isinstance(data, (bytes, bytearray)) and data.startswith(b"\xef\xbb\xbf") and exc.encoding == "utf-8-sig":
        bad = data[exc.start + 3:exc.start + 4]  # utf-8-sig counts from after the byte-order mark
    where = f"offset {exc.start}"
    if first_line is not None:
        line = first_line + data.count(b"\n", 0, exc.start)
        where = f"line {line}, {where}"
    return f"bad encoding: not UTF-8 (byte 0x{bad.hex()} at {where})"


# Characters that end a line somewhere (str.splitlines, CoNLL-U readers, editors): a story id
# holding one would break the ``# story_id = ...`` line of its saved parse and the progress
# file's records.
_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _unusable_text(value: str, what: str) -> Optional[str]:
    """Why a string read from an input cannot go through a run, or None: a lone surrogate
    (JSON's ``"\\ud800"`` decodes to one, and UTF-8 outputs and file names cannot hold it)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"bad encoding: {what} holds a lone surrogate (U+{ord(value[exc.start]):04X}) that UTF-8 cannot write"
    return None


def _id_problem(story_id: str) -> Optional[str]:
    """Why a story id cannot be used (it must be one line of valid Unicode), or None."""
    if _LINE_BREAKS.search(story_id):
        return f"story id {story_id[:80]!r} holds a line break: a story id must be one line"
    return _unusable_text(story_id, "the story id")


def read_text_story(path: Path, story_id: str) -> StoryInput:
    """A plain text file as one story."""
    origin = f"{path}:1"
    date = date_from_name(path.name)
    problem = _id_problem(story_id)
    if problem:
        return StoryInput(_safe(story_id), origin, date, error=problem)
    try:
        text = _decode(path.read_bytes())
    except UnicodeDecodeError as exc:
        return StoryInput(story_id, origin, date, error=_encoding_reason(exc, 1))
    except OSError as exc:
        return StoryInput(story_id, origin, date, error=f"cannot read: {exc.strerror or exc}")
    if not text.strip():
        return StoryInput(story_id, origin, date, error="empty text")
    return StoryInput(story_id, origin, date, text=text)


def json_lines(path: Path) -> Iterator[tuple[int, object, Optional[str]]]:
    """(line number, value, None) for each non-blank line of a JSON Lines file, or
    (line number, None, reason) for a line that is not UTF-8 or not JSON: callers decide
    whether a bad line stops them (dictionaries of records) or is reported and skipped
    (a corpus). A byte-order mark on the first line is allowed."""
    with _source(path).open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                yield number, None, _encoding_reason(exc, number)
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, None, f"not valid JSON: {exc.msg} (column {exc.colno})"
                continue
            except (ValueError, RecursionError) as exc:  # a 5,000-digit number, nesting too deep
                yield number, None, f"not valid JSON: {type(exc).__name__}: {str(exc)[:200]}"
                continue
            yield number, value, None


def read_story_parse(item: "StoryInput") -> tuple[list, list[str]]:
    """A CoNLL-U story's well-formed sentences, and ``"file:line: reason"`` for each
    malformed one, with the line numbers of the input file (a story may start deep
    inside it)."""
    source = item.origin.rsplit(":", 1)[0]
    offset = (item.conllu_line or 1) - 1
    problems: list[str] = []
    if item.conllu is None:
        raise ValueError(f"{item.origin}: not a CoNLL-U story")
    sentences = read_conllu(
        item.conllu, source_name=source,
        on_error=lambda exc: problems.append(f"{source}:{exc.line + offset}: {exc.reason}"),
    )
    return sentences, problems


def iter_jsonl_stories(
    path: Path,
    *,
    id_field: str = "id",
    date_field: str = "date",
    text_field: str = "text",
) -> Iterator[StoryInput]:
    """One story per JSON Lines line; blank lines are skipped."""
    for number, record, error in json_lines(path):
        origin = f"{path}:{number}"
        fallback_id = f"{path.stem}-{number}"
        if error is not None:
            yield StoryInput(fallback_id, origin, error=error)
            continue
        if not isinstance(record, dict):
            yield StoryInput(fallback_id, origin, error="a JSON Lines story must be an object")
            continue
        value = record.get(id_field)
        story_id = fallback_id if value is None or value == "" else _shown(value)
        date = record.get(date_field)
        text = record.get(text_field)
        problem = _id_problem(story_id) or (_unusable_text(date, f"field {date_field!r}") if isinstance(date, str) else None)
        if problem:
            yield StoryInput(_safe(story_id), origin, _safe(date) if isinstance(date, str) else date, error=problem)
        elif text is None:
            yield StoryInput(story_id, origin, date, error=f"no {text_field!r} field")
        elif not isinstance(text, str):
            yield StoryInput(story_id, origin, date, error=f"field {text_field!r} is not a string")
        elif not text.strip():
            yield StoryInput(story_id, origin, date, error="empty text")
        elif _unusable_text(text, f"field {text_field!r}"):
            yield StoryInput(story_id, origin, date, error=_unusable_text(text, f"field {text_field!r}"))
        else:
            yield StoryInput(story_id, origin, date, text=text)


def _shown(value: object) -> str:
    """A JSON id value as text; a value too deeply nested to print (a list 900 levels deep
    is valid JSON) is cut rather than raising RecursionError."""
    try:
        return str(value)
    except RecursionError:
        return f"<{type(value).__name__} nested too deep>"


def _safe(text: str) -> str:
    """``text`` with lone surrogates replaced, for an error record that must still be written."""
    return text.encode("utf-8", "replace").decode("utf-8")


def _story_fields(comments: Iterable[str]) -> tuple[bool, Optional[str], Optional[str]]:
    """(starts a story, story id, date) from a sentence's comment lines."""
    starts, story_id, date = False, None, None
    for line in comments:
        match = _STORY_COMMENT.match(line.strip())
        if not match:
            continue
        key, value = match.group(1), (match.group(2) or "").strip()
        if key == "date":
            date = date or value or None
        elif key == "story_id":
            starts, story_id = True, value or story_id
        else:  # newdoc / newdoc id
            starts = True
            story_id = story_id or value or None
    return starts, story_id, date


class _ConlluState(TypedDict):
    """The story being gathered by ``iter_conllu_stories``."""

    lines: list[bytes]
    first: int  # its first line in the file
    id: Optional[str]
    date: Optional[str]
    count: int  # stories so far


def iter_conllu_stories(path: Path, story_id: str) -> Iterator[StoryInput]:
    """The stories of a CoNLL-U file, split at ``# newdoc`` / ``# story_id`` comments.

    ``story_id`` names the first story when the file itself gives none; later unnamed
    stories get ``<story_id>-<n>``.
    """
    name_date = date_from_name(path.name)
    state: _ConlluState = {"lines": [], "first": 0, "id": None, "date": None, "count": 0}

    def finish() -> Optional[StoryInput]:
        lines, first = state["lines"], state["first"]
        if not lines:
            return None
        if lines[-1] != b"\n":
            lines.append(b"\n")
        state["count"] += 1
        sid = state["id"] or (story_id if state["count"] == 1 else f"{story_id}-{state['count']}")
        date = state["date"] or name_date
        origin = f"{path}:{first}"
        state.update({"lines": [], "id": None, "date": None})
        problem = _id_problem(sid)
        if problem:
            return StoryInput(_safe(sid), origin, date, error=problem)
        try:
            text = b"".join(lines).decode("utf-8")
        except UnicodeDecodeError as exc:
            return StoryInput(sid, origin, date, error=_encoding_reason(exc, first))
        return StoryInput(sid, origin, date, conllu=text, conllu_line=first)

    block: list[bytes] = []
    block_first = 0

    def close_block() -> Iterator[StoryInput]:
        comments = []
        for raw in block:
            if not raw.startswith(b"#"):
                break
            comments.append(raw.decode("utf-8", errors="replace"))
        starts, sid, date = _story_fields(comments)
        if starts and state["lines"]:
            story = finish()
            if story is not None:
                yield story
        if not state["lines"]:
            state["first"] = block_first
        if sid:
            state["id"] = sid
        if date and not state["date"]:
            state["date"] = date
        state["lines"].extend(block)

    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                if not block:
                    block_first = number
                if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                block.append(raw if raw.endswith(b"\n") else raw + b"\n")
            else:
                if block:
                    yield from close_block()
                    block = []
                if state["lines"]:  # blank lines kept, so that a story's lines keep their numbers
                    state["lines"].append(b"\n")
    if block:
        yield from close_block()
    story = finish()
    if story is not None:
        yield story
    elif state["count"] == 0:
        yield StoryInput(story_id, f"{path}:1", name_date, error="empty CoNLL-U file")


def _files(folder: Path, skip: frozenset = frozenset()) -> Iterator[Path]:
    """Files with a known suffix below ``folder``, sorted, hidden ones (and ``skip`` folders) left out."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (Path(root) / d).resolve() not in skip)
        for name in sorted(files):
            path = Path(root) / name
            if not name.startswith(".") and format_of(path) is not None:
                yield path


def _story_id(path: Path, base: Optional[Path]) -> str:
    if base is None:
        return path.stem
    relative = path.relative_to(base)
    return str(relative.with_suffix("")).replace(os.sep, "/")


def iter_inputs(
    paths: Union[PathLike, Sequence[PathLike]],
    *,
    input_format: Optional[str] = None,
    id_field: str = "id",
    date_field: str = "date",
    text_field: str = "text",
    exclude: Iterable[PathLike] = (),
) -> Iterator[StoryInput]:
    """Every story of the given files and folders, in order.

    ``input_format`` (``text``, ``jsonl``, ``conllu``) overrides the choice by suffix for
    files named directly; in folders only files with a known suffix are read. ``exclude``
    names files and folders to leave out (the run's own output, progress and errors files,
    and its saved-parses folder).
    """
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    skip = {Path(p).resolve() for p in exclude}
    stdin_read = False
    for given in paths:
        if str(given) == STDIN:
            if stdin_read:
                raise ValueError("standard input (-) can be read only once: name it once")
            stdin_read = True
            source = _Stdin()
            fmt = input_format if input_format and input_format != "auto" else source.sniff()
            format_of(Path("stdin"), fmt)  # an unknown forced format is refused here
            yield from _file_stories(source, fmt, source.stem, id_field, date_field, text_field)  # type: ignore[arg-type]
            continue
        path = Path(given)
        if path.is_dir():
            for file in _files(path, frozenset(skip)):
                known = format_of(file)  # never None: _files yields only known suffixes
                if known is not None and file.resolve() not in skip:
                    yield from _file_stories(file, known, _story_id(file, path), id_field, date_field, text_field)
        elif path.is_file():
            found = format_of(path, input_format)
            if found is None:
                raise ValueError(
                    f"{path}: unknown input type (use .txt, .jsonl, .conllu, or --input-format text|jsonl|conllu)"
                )
            yield from _file_stories(path, found, path.stem, id_field, date_field, text_field)
        else:
            raise FileNotFoundError(f"no such file or folder: {path}")


def _file_stories(path: Path, fmt: str, story_id: str, id_field: str, date_field: str, text_field: str) -> Iterator[StoryInput]:
    if fmt == "text":
        yield read_text_story(path, story_id)
    elif fmt == "jsonl":
        yield from iter_jsonl_stories(path, id_field=id_field, date_field=date_field, text_field=text_field)
    else:
        yield from iter_conllu_stories(path, story_id)


def count_stories(paths: Union[PathLike, Sequence[PathLike]], *, input_format: Optional[str] = None) -> int:
    """A quick count of the stories ``iter_inputs`` will yield (for a progress bar's total)."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    total = 0
    for given in paths:
        if str(given) == STDIN:
            continue  # read once, by the run: not counted
        path = Path(given)
        files = [(f, format_of(f)) for f in _files(path)] if path.is_dir() else [(path, format_of(path, input_format))]
        for file, fmt in files:
            if fmt == "text":
                total += 1
            elif fmt == "jsonl":
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif fmt == "conllu":
                marks = 0
                with file.open("rb") as handle:
                    for line in handle:
                        if line.startswith(b"#") and _STORY_COMMENT.match(line.decode("utf-8", "replace").strip()):
                            marks += not line.lstrip(b"# \t").startswith(b"date")
                total += max(marks, 1)
    return total
