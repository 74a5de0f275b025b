"""Corpus runs: many stories in, events out, with nothing lost when a run is interrupted.

    from eventcoder.runner import code_corpus
    summary = code_corpus("articles/", "events.jsonl", date="2020-02-28", workers=2,
                          save_parses="parses/", resume=True)
    print(summary)                      # 1,204 stories (3 failed), 18,030 sentences, 2,311 events

How a run keeps its promises:

- **Order.** Stories are read in a fixed order (``eventcoder.inputs``) and written in that
  order, whatever the number of workers: the output of a run is a function of its input.
- **One write per story.** All events of a story are rendered into one piece of text and
  written with one call; a story is never half in the output after a resume.
- **Progress file** (``OUTPUT.progress``, JSON Lines). After a batch of stories is written,
  the output and errors files are flushed and fsynced, and then one line per story is appended
  to the progress file (story id, and the output and errors file sizes after that story), and
  fsynced. A story listed there is durably in the output. When the run completes, its meta
  record (``OUTPUT.meta.json``, or the Parquet file's metadata: ``eventcoder.provenance``)
  is written and then the progress file is removed; a resume of a complete run reads the
  meta record and has nothing to do.
- **Resume.** ``resume=True`` reads the progress file (ignoring a partial last line), cuts the
  output and errors files back to the sizes recorded for the last completed story (removing
  whatever a killed run wrote after it, partial lines included), and skips the stories listed.
  The result is byte-for-byte the output of an uninterrupted run.
- **Failures.** A story that cannot be read, has no usable date, fails to parse or to code is
  written to the errors file (JSON Lines: story_id, source ``file:line``, reason) and the run
  goes on; ``RunSummary.failed`` says how many. A missing parsing model stops the run (every
  story would fail the same way) with the message saying how to get one.
- **One run per output.** A run holds an exclusive lock on ``OUTPUT.lock`` (``flock``) from
  before it reads the progress file until it ends; a second run on the same output is refused
  with a ``RunError``. The kernel drops the lock of a killed process, so a lock file left by a
  kill -9 never blocks the resume.
- **Workers.** ``workers=N`` parses and codes batches of stories in N processes, each of
  which builds its coder and parser once; the main process only reads inputs and writes.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as _dt
import errno
import hashlib
import json
import logging
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, Optional, Sequence, Union, cast
from urllib.parse import quote

import attrs

from .coder import EventCoder, to_date
from .conllu import write_conllu
from .inputs import StoryInput, count_stories, iter_inputs, read_story_parse
from .model import Event, Sentence, Story
from .provenance import RunProvenance, meta_path, read_meta, write_meta
from .storyids import StoryIds
from .writers import ONTOLOGIES, format_for, format_header, journal_to_parquet, needs_pyarrow, story_chunk

__all__ = ["RunError", "RunSummary", "StoryResult", "code_corpus", "code_items", "saved_parse_name"]

log = logging.getLogger(__name__)

PathLike = Union[str, os.PathLike]
CRASH_HOOK = "EVENTCODER_TEST_CRASH_AFTER"  # tests only: "N" or "N:progress", see _crash_hook
_ISO_PREFIX = re.compile(r"^(\d{4}-\d{2}-\d{2})[T ]")
_STORY_COMMENTS = re.compile(r"#\s*(story_id|date|newdoc)\b")


class RunError(RuntimeError):
    """A run cannot start or go on (bad arguments, an interrupted run in the way, no model)."""


@attrs.define
class RunSummary:
    """What a run did; ``stories``, ``failed``, ``sentences`` and ``events`` cover resumed parts too."""

    stories: int = 0  # stories done, failed included
    failed: int = 0
    sentences: int = 0
    events: int = 0
    skipped: int = 0  # stories already done by an earlier, interrupted run (``resume``)
    bad_sentences: int = 0  # malformed CoNLL-U sentences reported and left out of their story
    seconds: float = 0.0
    output: Optional[str] = None
    errors: Optional[str] = None
    provenance: Optional[RunProvenance] = None  # how the output was made (eventcoder.provenance)

    @property
    def ok(self) -> bool:
        """Nothing was left out: no story failed and no malformed sentence was skipped."""
        return self.failed == 0 and self.bad_sentences == 0

    def __str__(self) -> str:
        text = f"{self.stories:,} " + ("story" if self.stories == 1 else "stories")
        notes = []
        if self.skipped:
            notes.append(f"{self.skipped:,} done before the resume")
        if self.failed:
            notes.append(f"{self.failed:,} failed" + (f": see {self.errors}" if self.errors else ""))
        if self.bad_sentences:
            notes.append(f"{self.bad_sentences:,} malformed sentences left out" + (f": see {self.errors}" if self.errors else ""))
        if notes:
            text += " (" + "; ".join(notes) + ")"
        text += f", {self.sentences:,} sentences, {self.events:,} events"
        return text + f", in {self.seconds:.1f} s"


@attrs.frozen
class Coded:
    """A story through the coder: its sentences with their events, or why it failed."""

    item: StoryInput
    story: Optional[Story] = None
    coded: tuple[tuple[Sentence, tuple[Event, ...]], ...] = ()
    error: Optional[str] = None
    bad_sentences: tuple[str, ...] = ()  # "file:line: reason" of sentences left out

    @property
    def events(self) -> list[Event]:
        return [event for _, events in self.coded for event in events]


@attrs.frozen
class StoryResult:
    """A story rendered for writing: what goes to the output, the saved parse, or the errors file."""

    key: str  # story id (or a key for a story whose id repeats an earlier one)
    story_id: str
    origin: str
    chunk: str = ""
    parse: str = ""
    sentences: int = 0
    events: int = 0
    error: Optional[str] = None
    bad_sentences: tuple[str, ...] = ()


# ----- coding (in a worker process, or in the main process with one worker) ----------------


def story_date(value) -> Optional[_dt.date]:
    """A story's date: ``to_date`` forms, and ISO timestamps (``2020-02-28T10:00:00Z``)."""
    if isinstance(value, str):
        match = _ISO_PREFIX.match(value.strip())
        if match:
            value = match.group(1)
    return to_date(value)


def _resolve_date(item: StoryInput, default: Optional[_dt.date]) -> tuple[Optional[_dt.date], Optional[str]]:
    if item.date not in (None, ""):
        try:
            return story_date(item.date), None
        except (ValueError, TypeError):
            return None, f"unreadable date {item.date!r}: use YYYY-MM-DD"
    if default is None:
        return None, "no date: set a default date (--date, date=), a date field, or a YYYY-MM-DD in the file name"
    return default, None


def _code(coder: EventCoder, item: StoryInput, day: Optional[_dt.date], sentences: Sequence[Sentence], bad: Sequence[str] = ()) -> Coded:
    if not sentences:  # every sentence malformed: the story fails, each one is still listed
        return Coded(item, error=f"CoNLL-U error: {bad[0]}" if bad else "no sentences", bad_sentences=tuple(bad[1:]))
    story = Story(item.story_id, day, tuple(sentences))
    try:
        coded = tuple((sentence, tuple(events)) for sentence, events in coder.iter_story(story))
    except Exception as exc:  # an engine bug must cost one story, not the run
        log.debug("coding failed for story %s", item.story_id, exc_info=True)
        return Coded(item, story, error=f"coding error: {type(exc).__name__}: {exc}", bad_sentences=tuple(bad))
    return Coded(item, story, coded, bad_sentences=tuple(bad))


def code_items(coder: EventCoder, items: Sequence[StoryInput], default_date=None, get_parser=None) -> list[Coded]:
    """Code a batch of stories: CoNLL-U is read, raw texts are parsed together in one bulk call.

    Failures are returned, not raised, except ``ParserUnavailable`` (no model: every story
    would fail the same way). ``get_parser()`` gives the parser, called only when a story
    needs parsing (default: ``coder.parser``).
    """
    from .parse import ParserUnavailable

    default = story_date(default_date) if default_date not in (None, "") else None
    results: list[Optional[Coded]] = [None] * len(items)
    texts: list[tuple[int, Optional[_dt.date]]] = []
    for index, item in enumerate(items):
        if item.error is not None:
            results[index] = Coded(item, error=item.error)
            continue
        day, problem = _resolve_date(item, default)
        if problem:
            results[index] = Coded(item, error=problem)
        elif item.conllu is not None:
            sentences, bad = read_story_parse(item)
            results[index] = _code(coder, item, day, sentences, bad)
        else:
            texts.append((index, day))
    if texts:
        parser = get_parser() if get_parser is not None else coder.parser
        try:
            parsed = list(parser.parse_many([items[i].text for i, _ in texts]))
        except ParserUnavailable:
            raise
        except Exception:  # find the story that breaks the parser; parse the others alone
            parsed = []
            for index, _ in texts:
                try:
                    parsed.append(parser.parse(items[index].text))
                except ParserUnavailable:
                    raise
                except Exception as exc:
                    parsed.append(exc)
        for (index, day), sentences in zip(texts, parsed):
            if isinstance(sentences, Exception):
                results[index] = Coded(items[index], error=f"parser error: {type(sentences).__name__}: {sentences}")
            else:
                results[index] = _code(coder, items[index], day, sentences)
    return results  # type: ignore[return-value]


def saved_parse(story: Story) -> str:
    """CoNLL-U of a story with ``# story_id`` and ``# date`` comments: itself a valid input."""
    sentences = []
    for sentence in story.sentences:
        kept = tuple(c for c in sentence.comments if not _STORY_COMMENTS.match(c))
        sentences.append(sentence if kept == sentence.comments else attrs.evolve(sentence, comments=kept))
    head = f"# story_id = {story.story_id}\n# date = {story.date.isoformat() if story.date else ''}\n"
    return head + write_conllu(sentences)


def saved_parse_name(story_id: str) -> str:
    """The file name of a story's saved parse: the id, %-escaped where a file name needs it.

    A name longer than file systems allow (255 bytes; ``.tmp`` is added while writing) is cut
    and ends in a hash of the whole id instead, so it stays unique; the id itself is kept in
    the file's ``# story_id`` comment."""
    name = quote(story_id, safe=" -_.,()+=@")
    if name.startswith("."):
        name = "%2E" + name[1:]
    if len(name) > _MAX_NAME:
        name = name[:_MAX_NAME - 41] + "~" + hashlib.sha1(story_id.encode("utf-8")).hexdigest()
    return name + ".conllu"


_MAX_NAME = 200  # bytes of a saved parse's name before ".conllu" (all ASCII once %-escaped)


def _render(coded: Coded, key: str, fmt: str, keep_parse: bool, ontology: str = "cameo") -> StoryResult:
    item = coded.item
    if coded.error is not None:
        return StoryResult(key, item.story_id, item.origin, error=coded.error, bad_sentences=coded.bad_sentences)
    sentences = len(coded.story.sentences) if coded.story else 0
    return StoryResult(
        key,
        item.story_id,
        item.origin,
        chunk=story_chunk(fmt, coded.coded, ontology),
        parse=saved_parse(coded.story) if keep_parse and coded.story is not None else "",
        sentences=sentences,
        events=len(coded.events),
        bad_sentences=coded.bad_sentences,
    )


class _Worker:
    """A process's coder; the parser is built on the first raw text."""

    def __init__(self, coder: EventCoder, parser_options: dict):
        self.coder = coder
        self.parser_options = parser_options

    def parser(self):
        if self.coder._parser is None:
            from .parse import StanzaParser

            self.coder._parser = StanzaParser(**self.parser_options)
        return self.coder.parser  # with the coder's headline reading

    def run(self, batch: list[tuple[str, StoryInput]], default_date, fmt: str, keep_parse: bool,
            ontology: str = "cameo") -> list[StoryResult]:
        coded = code_items(self.coder, [item for _, item in batch], default_date, self.parser)
        return [_render(c, key, fmt, keep_parse, ontology) for (key, _), c in zip(batch, coded)]


_WORKER: Optional[_Worker] = None


def _die_with_parent() -> None:
    """Linux: a worker is killed when the main process dies (no orphans after a kill -9)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover
            pass


def _init_worker(coder: EventCoder, parser_options: dict, log_level: int = logging.NOTSET) -> None:
    global _WORKER
    logging.getLogger("eventcoder").setLevel(log_level)  # the main process's (``-q``), also when spawned
    _ignore_interrupts()
    _die_with_parent()
    # A forked worker shares the parent's lock on OUTPUT.lock (flock belongs to the open file):
    # closing its copy keeps a worker that outlives a killed parent from blocking the resume.
    _close_inherited_locks()
    _WORKER = _Worker(coder, parser_options)


def _work(batch, default_date, fmt, keep_parse, ontology="cameo") -> list[StoryResult]:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.run(batch, default_date, fmt, keep_parse, ontology)


# ----- one run per output: the lock ----------------------------------------------------------

# Lock files this process holds (file descriptors): a forked worker closes its copies at once,
# so that the lock lives exactly as long as the main process of its run (see _init_worker).
_HELD_LOCKS: set[int] = set()


def _lock_fd(fd: int) -> None:
    """Take an exclusive, non-blocking lock on an open file; OSError (EAGAIN, EACCES...) when
    another open file holds it. The kernel drops the lock when the holder's process dies."""
    if sys.platform == "win32":  # pragma: no cover - no fcntl: a lock on the file's first byte
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        return
    import fcntl

    # flock, not fcntl/lockf: a POSIX record lock belongs to the process and is silently lost
    # when any descriptor of the file is closed; flock belongs to this open file.
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def lock_path(output: PathLike) -> Path:
    """The lock file of a run writing ``output``: ``OUTPUT.lock``."""
    return Path(str(output) + ".lock")


class _RunLock:
    """``OUTPUT.lock``, locked for as long as a run writes ``OUTPUT``: a second run on the same
    output (a second ``eventcoder code``, a resume started too early, ``code_corpus`` in
    another thread) is refused with a ``RunError`` instead of interleaving its writes.

    The lock is a kernel file lock (``flock``) on the file, not the file's existence: it is
    released when the run ends, fails or is interrupted (``release``), and also when its
    process is killed outright (SIGKILL, out of memory), so a lock file left behind by a dead
    run never blocks a resume. The file holds the pid of the run holding it, for the message.
    """

    _BUSY = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK, errno.EDEADLK}  # held by another run

    def __init__(self, output: Path):
        self.path = lock_path(output)
        self.fd: Optional[int] = None
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                _lock_fd(fd)
            except OSError as exc:
                holder = _lock_holder(fd)
                os.close(fd)
                if exc.errno in self._BUSY:
                    raise RunError(
                        f"{output} is being written by another run{f' (pid {holder})' if holder else ''}, "
                        f"which holds {self.path}: two runs must not write the same output; wait for it to "
                        "end, or stop it and continue with --resume"
                    ) from None
                if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOSYS):
                    # A file system without locks (some network mounts): run unguarded.
                    log.warning("%s: file locks are not supported here (%s); a concurrent run on the "
                                "same output would not be refused", self.path, exc)
                    self.path.unlink(missing_ok=True)
                    return
                raise RunError(f"cannot lock {self.path}: {exc}") from None
            # The run that held the file may have removed it between our open and our lock:
            # a lock on a removed file guards nothing, so try again on the path's new file.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except OSError:
                same = False
            if same:
                break
            os.close(fd)
        self.fd = fd
        _HELD_LOCKS.add(fd)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))

    def release(self) -> None:
        """Remove the lock file and unlock (in that order: see the samestat check above)."""
        if self.fd is None:
            return
        fd, self.fd = self.fd, None
        _HELD_LOCKS.discard(fd)
        try:
            self.path.unlink(missing_ok=True)
        except OSError:  # pragma: no cover - Windows cannot remove an open file: it stays, unlocked
            pass
        os.close(fd)


def _lock_holder(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        text = os.read(fd, 32).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""


def _close_inherited_locks() -> None:
    """In a forked worker: let go of the parent's lock files (the lock stays the parent's)."""
    for fd in list(_HELD_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD_LOCKS.clear()


# ----- writing: output, errors, saved parses, progress -------------------------------------


def _fsync(handle: IO) -> None:
    handle.flush()
    try:
        os.fsync(handle.fileno())
    except (OSError, ValueError):  # pragma: no cover - pipes, some file systems
        pass


def _truncate(path: Path, size: int) -> None:
    if path.exists():
        with path.open("r+b") as handle:
            handle.truncate(size)
    elif size:
        raise RunError(f"{path} is missing: the progress file says it held {size} bytes; start again with --overwrite")


@attrs.define
class _Progress:
    header: Optional[dict] = None
    records: list[dict] = attrs.field(factory=list)
    done: bool = False

    @classmethod
    def read(cls, path: Path) -> "_Progress":
        progress = cls()
        if not path.exists():
            return progress
        with path.open("rb") as handle:
            for raw in handle:
                if not raw.endswith(b"\n"):
                    break  # a line cut by the kill: that story is not done
                try:
                    record = json.loads(raw)
                except ValueError:
                    break
                if progress.header is None:
                    if "eventcoder_run" not in record:
                        raise RunError(f"{path} is not an eventcoder progress file")
                    progress.header = record
                elif record.get("done"):
                    progress.done = True
                else:
                    progress.records.append(record)
        return progress


class _Files:
    """The files of one run, and the rules that make a resumed run equal an uninterrupted one."""

    def __init__(self, output, fmt: str, errors, save_parses, resume: bool, overwrite: bool, ontology: str = "cameo"):
        self.fmt = fmt
        self.ontology = ontology
        self.output = Path(output) if output is not None else None
        self.save_parses = Path(save_parses) if save_parses is not None else None
        self.completed = StoryIds()
        self.summary = RunSummary(output=str(self.output) if self.output else None)
        self.written = 0
        self.sentences_before = 0  # sentences of a resumed run's earlier part (for the speed shown)
        self.crash_at, self.crash_where = _crash_hook()
        self.finished = False
        if self.output is None:  # standard output: no progress file, nothing to resume
            if resume:
                raise RunError("--resume needs an output file (-o OUTPUT): standard output cannot be resumed")
            self.data: Optional[IO[bytes]] = None
            self.progress: Optional[IO[bytes]] = None
            self.data_path: Optional[Path] = None
            self.errors_path = Path(errors) if errors and str(errors) != "-" else None
            self.summary.errors = str(self.errors_path) if self.errors_path else None
            self.errors: Optional[IO[bytes]] = self.errors_path.open("wb") if self.errors_path else None
            sys.stdout.write(format_header(fmt, ontology))
            return
        self.data_path = Path(str(self.output) + ".part") if fmt == "parquet" else self.output
        self.progress_path = Path(str(self.output) + ".progress")
        # ``errors="-"``: failures go to standard error, as lines (nothing to cut back on resume).
        self.errors_path = None if str(errors) == "-" else Path(errors) if errors else Path(str(self.output) + ".errors.jsonl")
        self.summary.errors = str(self.errors_path) if self.errors_path else None
        for path in (self.data_path, self.progress_path, self.errors_path):
            if path is not None:
                path.parent.mkdir(parents=True, exist_ok=True)
        # Before anything is read or cut: two runs on one output would truncate and interleave
        # each other's writes (and a resume would cut back what the other run just wrote).
        self.lock = _RunLock(self.output)
        try:
            state = _Progress.read(self.progress_path)
            if resume and state.header is not None:
                self._resume(state)
            elif resume and self._complete_before():
                pass
            else:
                if state.header is not None and not state.done and not overwrite:
                    raise RunError(
                        f"{self.output}: an interrupted run was not finished ({self.progress_path}); "
                        "pass --resume to continue it, or --overwrite to start again"
                    )
                self._start()
        except BaseException:
            self.close()
            raise

    # -- starting and resuming

    def _complete_before(self) -> bool:
        """A resume of a run that completed (its progress file removed, its meta record kept):
        nothing to do; the summary is the recorded one."""
        assert self.output is not None  # a run writing to a file
        if not self.output.exists():
            return False
        meta = read_meta(self.output)
        if not meta or not meta.get("complete"):
            return False
        if meta.get("format") != self.fmt:
            raise RunError(f"{self.output} was made as {meta.get('format')}, not {self.fmt}: resume with the same format")
        if meta.get("ontology", "cameo") != self.ontology:
            raise RunError(f"{self.output} was made with ontology {meta.get('ontology', 'cameo')}, not {self.ontology}: "
                           "resume with the same --ontology")
        for name in ("stories", "failed", "sentences", "events", "bad_sentences"):
            setattr(self.summary, name, int(meta.get(name) or 0))
        self.summary.skipped = self.summary.stories
        if isinstance(meta.get("provenance"), dict):
            self.summary.provenance = RunProvenance.from_dict(meta["provenance"])
        self.finished = True
        self.data_path = None
        self.progress = self.data = self.errors = None
        return True

    def _start(self) -> None:
        assert self.data_path is not None and self.output is not None  # a run writing to a file
        # The old claims go first: a crash from here on leaves none about the files.
        meta_path(self.output).unlink(missing_ok=True)
        self.progress_path.unlink(missing_ok=True)
        if self.fmt == "parquet":
            self.output.unlink(missing_ok=True)  # its metadata would claim a complete run
        header = format_header(self.fmt, self.ontology).encode("utf-8")
        with self.data_path.open("wb") as handle:
            handle.write(header)
            _fsync(handle)
        if self.errors_path is not None and self.errors_path.exists():
            self.errors_path.unlink()
        record = {"eventcoder_run": 1, "format": self.fmt, "output": str(self.output), "header_end": len(header)}
        if self.ontology != "cameo":
            record["ontology"] = self.ontology
        with self.progress_path.open("wb") as handle:
            handle.write((json.dumps(record) + "\n").encode("utf-8"))
            _fsync(handle)
        self._open()

    def _resume(self, state: _Progress) -> None:
        assert state.header is not None and self.output is not None  # a started run writing to a file
        assert self.data_path is not None
        if state.header.get("format") != self.fmt:
            raise RunError(
                f"{self.output} was started as {state.header.get('format')}, not {self.fmt}: resume with the same format"
            )
        if state.header.get("ontology", "cameo") != self.ontology:
            raise RunError(
                f"{self.output} was started with ontology {state.header.get('ontology', 'cameo')}, not {self.ontology}: "
                "resume with the same --ontology"
            )
        if state.done and (self.fmt != "parquet" or self.output.exists()):
            self._count(state.records)
            self.summary.skipped = len(state.records)
            self.finished = True
            self.data_path = None
            self.progress = self.data = self.errors = None
            return
        last = state.records[-1] if state.records else None
        _truncate(self.data_path, last["out"] if last else state.header["header_end"])
        if self.errors_path is not None:
            _truncate(self.errors_path, last["err"] if last else 0)
        # Rewrite the progress file without a cut last line (and without a "done" line).
        lines = [json.dumps(state.header)] + [json.dumps(r) for r in state.records]
        temporary = self.progress_path.with_name(self.progress_path.name + ".tmp")
        with temporary.open("wb") as handle:
            handle.write(("\n".join(lines) + "\n").encode("utf-8"))
            _fsync(handle)
        os.replace(temporary, self.progress_path)
        self._count(state.records)
        self.summary.skipped = len(state.records)
        self.completed = StoryIds.of(r["id"] for r in state.records)
        self._open()

    def _count(self, records: Iterable[dict]) -> None:
        for record in records:
            self.summary.stories += 1
            self.summary.failed += not record.get("ok", True)
            self.summary.sentences += record.get("sentences", 0)
            self.summary.events += record.get("events", 0)
            self.summary.bad_sentences += record.get("bad_sentences", 0)

    def _open(self) -> None:
        assert self.data_path is not None  # a run writing to a file (errors may go to standard error)
        self.data = self.data_path.open("ab")
        self.progress = self.progress_path.open("ab")
        self.errors = self.errors_path.open("ab") if self.errors_path is not None else None

    # -- writing

    def write(self, results: Sequence[StoryResult]) -> None:
        records: list[dict] = []
        for result in results:
            self._maybe_crash(result)
            if result.parse and self.save_parses is not None:
                self._save_parse(result)
            if result.chunk:
                self._write_data(result.chunk.encode("utf-8"))
            if result.error is not None:
                self._write_error(result)
            for reason in result.bad_sentences:
                self._write_error(result, reason)
            self.summary.bad_sentences += len(result.bad_sentences)
            self.written += 1
            self.summary.stories += 1
            self.summary.failed += result.error is not None
            self.summary.sentences += result.sentences
            self.summary.events += result.events
            if self.progress is not None:
                assert self.data is not None  # open with the progress file
                records.append(
                    {
                        "id": result.key,
                        "out": self.data.tell(),
                        "err": self.errors.tell() if self.errors is not None else 0,
                        "ok": result.error is None,
                        "sentences": result.sentences,
                        "events": result.events,
                        "bad_sentences": len(result.bad_sentences),
                    }
                )
        if self.progress is None:
            sys.stdout.flush()
            if self.errors is not None:
                self.errors.flush()
            return
        assert self.data is not None  # open with the progress file
        _fsync(self.data)
        if self.errors is not None:
            _fsync(self.errors)
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")
        if self.crash_where == "progress" and self.crash_at is not None and self.written >= self.crash_at:
            self.progress.write(text[: max(1, len(text) // 2)])
            self.progress.flush()
            os._exit(75)
        self.progress.write(text)
        _fsync(self.progress)

    def _write_data(self, chunk: bytes) -> None:
        if self.data is not None:
            self.data.write(chunk)
        else:
            sys.stdout.write(chunk.decode("utf-8"))

    def _write_error(self, result: StoryResult, sentence_reason: Optional[str] = None) -> None:
        """One line of the errors file: a failed story, or (``sentence_reason``) a sentence
        left out of a coded one (``"skipped": "sentence"``; the reason starts with its ``file:line``)."""
        record = {"story_id": result.story_id, "source": result.origin, "reason": sentence_reason or result.error}
        what = "failed"
        if sentence_reason is not None:
            record["skipped"] = "sentence"
            what = "sentence left out"
        line = json.dumps(record, ensure_ascii=False) + "\n"
        if self.errors is not None:
            self.errors.write(line.encode("utf-8"))
        else:
            sys.stderr.write(f"eventcoder: {what}: " + line)

    def _save_parse(self, result: StoryResult) -> None:
        assert self.save_parses is not None  # called only when parses are saved
        self.save_parses.mkdir(parents=True, exist_ok=True)
        path = self.save_parses / saved_parse_name(result.story_id)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(result.parse, encoding="utf-8")
        os.replace(temporary, path)

    def _maybe_crash(self, result: StoryResult) -> None:
        """Tests only: die like a kill -9 part-way through a story's output (see CRASH_HOOK)."""
        if self.crash_at is None or self.crash_where != "output" or self.written < self.crash_at:
            return
        chunk = result.chunk.encode("utf-8")
        if self.data is not None and chunk:
            self.data.write(chunk[: max(1, len(chunk) // 2)])
            self.data.flush()
        os._exit(75)

    def finish(self, provenance: Optional[RunProvenance] = None) -> None:
        """Close the files; with an output file, record how it was made (``OUT.meta.json``, or
        the Parquet file's metadata) and then remove the progress file: a complete run leaves
        only its output, its errors (if any) and the meta record."""
        if self.finished:
            return
        self.summary.provenance = provenance
        if self.progress is None:
            if self.errors is not None:
                self.errors.close()
            sys.stdout.flush()
            self.finished = True
            return
        # Writing to a file: its handles and paths are all set.
        assert self.data is not None and self.progress is not None and self.output is not None
        assert self.data_path is not None
        self.data.close()
        if self.errors is not None:
            self.errors.close()
        meta = self.meta(provenance)
        if self.fmt == "parquet":
            journal_to_parquet(self.data_path, self.output, metadata=meta, ontology=self.ontology)
        self.progress.write((json.dumps({"done": True, "stories": self.summary.stories, "failed": self.summary.failed, "bad_sentences": self.summary.bad_sentences}) + "\n").encode())
        _fsync(self.progress)
        self.progress.close()
        if self.fmt == "parquet":
            self.data_path.unlink(missing_ok=True)
        else:
            write_meta(self.output, meta)
        # The meta record now says the run is complete (a resume reads it): the progress file
        # has nothing left to say.
        self.progress_path.unlink(missing_ok=True)
        if self.errors_path is not None and self.errors_path.exists() and self.errors_path.stat().st_size == 0:
            self.errors_path.unlink()
        self.finished = True

    def meta(self, provenance: Optional[RunProvenance]) -> dict:
        """The meta record of a complete output: how it was made and what the run counted."""
        s = self.summary
        return {
            "eventcoder_output": 1,
            "complete": True,
            "format": self.fmt,
            "ontology": self.ontology,
            "provenance": provenance.to_dict() if provenance is not None else None,
            "stories": s.stories, "failed": s.failed, "bad_sentences": s.bad_sentences,
            "sentences": s.sentences, "events": s.events,
        }

    def close(self) -> None:
        for handle in (getattr(self, "data", None), getattr(self, "errors", None), getattr(self, "progress", None)):
            if handle is not None and not handle.closed:
                handle.close()
        completed = getattr(self, "completed", None)
        if completed is not None:
            completed.close()
        lock = getattr(self, "lock", None)
        if lock is not None:
            lock.release()  # last: after the files are closed


def _crash_hook() -> tuple[Optional[int], str]:
    value = os.environ.get(CRASH_HOOK, "").strip()
    if not value:
        return None, ""
    count, _, where = value.partition(":")
    return int(count), where or "output"


# ----- the run --------------------------------------------------------------------------------


class _Kinds:
    """Whether any story of a run came as raw text (so the provenance names the parsing model)."""

    def __init__(self) -> None:
        self.text = False

    def noting(self, items: Iterable[StoryInput]) -> Iterator[StoryInput]:
        for item in items:
            if item.kind == "text":
                self.text = True
            yield item


def _keyed(items: Iterable[StoryInput], completed: StoryIds) -> Iterator[tuple[str, StoryInput]]:
    """(progress key, item) for the stories still to do; a repeated story id is an error.
    The ids seen are kept in bounded memory (``StoryIds``), whatever the corpus size."""
    with StoryIds() as seen:
        for item in items:
            key = item.story_id
            first = seen.get(key)
            if first is not None:
                key = f"{item.story_id}\t{item.origin}"
                if item.error is None:
                    item = attrs.evolve(item, text=None, conllu=None, error=f"story id already used at {first}")
            else:
                seen.add(key, str(item.origin))
            if key not in completed:
                yield key, item


def _batches(pairs: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for pair in pairs:
        batch.append(pair)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def code_corpus(
    inputs: Union[PathLike, Sequence[PathLike], Iterable[StoryInput]],
    output: Optional[PathLike] = None,
    *,
    format: Optional[str] = None,
    coder: Optional[EventCoder] = None,
    date=None,
    workers: int = 1,
    batch_size: int = 16,
    save_parses: Optional[PathLike] = None,
    resume: bool = False,
    overwrite: bool = False,
    errors: Optional[PathLike] = None,
    progress: Optional[bool] = None,
    model_dir: Optional[PathLike] = None,
    device: Optional[str] = None,
    torch_threads: Optional[int] = 1,
    input_format: Optional[str] = None,
    id_field: str = "id",
    date_field: str = "date",
    text_field: str = "text",
    ontology: str = "cameo",
) -> RunSummary:
    """Code a corpus into one output file (or standard output when ``output`` is None).

    ``inputs``: files and folders (text, JSON Lines, CoNLL-U; see ``eventcoder.inputs``) or
    an iterable of ``StoryInput``. ``format``: jsonl (default), csv, tsv or parquet (default:
    from the output's suffix). ``coder``: an ``EventCoder`` (default: the shipped dictionaries).
    ``date``: for stories without their own date. ``save_parses``: a folder to keep each
    story's CoNLL-U in (``<story id>.conllu``; itself a valid input later). ``resume``:
    continue an interrupted run; ``overwrite``: start again over one. ``errors``: the errors
    file (default ``OUTPUT.errors.jsonl``; ``"-"`` or no output file: standard error).
    A path ``"-"`` among ``inputs`` is standard input (see ``eventcoder.inputs``).
    ``progress``: a progress bar on standard error (default: when it is a terminal).
    ``model_dir``/``device``: the parsing model and ``cpu``/``cuda``, for raw text.
    ``torch_threads``: CPU threads of each parsing process (default 1: Stanza's small models
    gain little from more, and lose badly when cores are busy; use ``workers`` to use more
    cores; None leaves torch's default). ``ontology``: ``cameo`` (default) or ``plover``
    (PLOVER-style records, ``eventcoder.plover.PLOVER_COLUMNS``).
    """
    started = time.perf_counter()
    workers = max(1, int(workers))
    fmt = format_for(output, format)
    if ontology not in ONTOLOGIES:
        raise RunError(f"unknown ontology {ontology!r}: use one of {', '.join(ONTOLOGIES)}")
    if fmt == "parquet":
        if output is None:
            raise RunError("Parquet output needs an output file (-o FILE.parquet)")
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise RunError(needs_pyarrow()) from None
    default_date = story_date(date) if date not in (None, "") else None
    if coder is None:
        from .dictionaries.loader import load_dictionaries

        coder = EventCoder(load_dictionaries(), model_dir=model_dir)
    parser_options = dict(
        model_dir=model_dir if model_dir is not None else coder.model_dir,
        device=device,
        batch_size=batch_size,
        torch_threads=torch_threads,
    )
    # Ctrl-C: noted for the whole run, raised where stopping is safe (``_Interrupts``)
    interrupts = _Interrupts(at_once=workers == 1)
    try:
        files = _Files(output, fmt, errors, save_parses, resume, overwrite, ontology)
        summary = files.summary
        files.sentences_before = summary.sentences
        bars: list = []
        try:
            if files.finished:
                return summary
            exclude = [
                p for p in (files.output, files.data_path, getattr(files, "progress_path", None), files.errors_path, save_parses,
                            meta_path(files.output) if files.output else None)
                if p
            ]
            if isinstance(inputs, (str, os.PathLike)) or (
                isinstance(inputs, Sequence) and all(isinstance(p, (str, os.PathLike)) for p in inputs)
            ):
                paths = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
                items: Iterable[StoryInput] = iter_inputs(
                    paths, input_format=input_format, id_field=id_field, date_field=date_field,
                    text_field=text_field, exclude=exclude,
                )
                reads_stdin = any(str(p) == "-" for p in paths)  # standard input is read once: not counted
                total: Callable[[], Optional[int]] = (
                    (lambda: None) if reads_stdin else (lambda: count_stories(paths, input_format=input_format)))
            else:
                items, total = cast(Iterable[StoryInput], inputs), (lambda: None)  # not paths: checked above
            parsed = _Kinds()
            items = parsed.noting(items)
            show = _want_progress(progress)

            def make_bar():
                bars.append(_progress_bar(total() if show else None, summary.skipped, show))
                return bars[-1]

            batches = _batches(_keyed(items, files.completed), max(1, batch_size))
            keep = save_parses is not None
            if workers == 1:
                worker = _Worker(coder, parser_options)
                bar = make_bar()
                for batch in batches:
                    interrupts.check()
                    _written(files, worker.run(batch, default_date, fmt, keep, ontology), bar, started, summary)
            else:
                _run_parallel(batches, workers, coder, parser_options, default_date, fmt, keep, files, make_bar, started, summary,
                              ontology, interrupts)
            interrupts.check()  # a Ctrl-C noted while the last batches finished: the run is not marked done
            files.finish(RunProvenance.of(coder, parsed=parsed.text, model_dir=parser_options["model_dir"]))
        finally:
            for bar in bars:
                if bar is not None:
                    bar.close()
            files.close()
            summary.seconds = time.perf_counter() - started
        return summary
    finally:
        interrupts.restore()


def _run_parallel(batches, workers, coder, parser_options, default_date, fmt, keep, files, make_bar, started, summary,
                  ontology: str, held: "_Interrupts") -> None:
    """Batches to ``workers`` processes, results written in input order, 2 x workers batches in flight."""
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from .parse import StanzaParser

    # fork shares the loaded dictionaries for free; but not once torch runs in this process
    # (its OpenMP threads do not survive a fork), and never with a built Stanza pipeline.
    fork = "fork" in multiprocessing.get_all_start_methods() and "torch" not in sys.modules
    context = multiprocessing.get_context("fork" if fork else "spawn")
    if isinstance(coder._parser, StanzaParser):
        coder = EventCoder(coder.dictionaries, require_target=coder.require_target, model_dir=coder.model_dir,
                           headlines=coder.headlines, locations=coder.locations)
    window: collections.deque[Future[list[StoryResult]]] = collections.deque()
    bar = None
    # No process or thread starts before the first submit: an interrupt before ``try`` leaves nothing running.
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                               initargs=(coder, parser_options, logging.getLogger("eventcoder").level))
    try:
        for batch in batches:
            held.check()
            with held:  # submit forks (or spawns) the worker processes
                window.append(pool.submit(_work, batch, default_date, fmt, keep, ontology))
            if bar is None:  # after the workers started: no progress-bar thread is forked
                with held.raising():  # counting a large corpus for the bar: Ctrl-C stops it at once
                    bar = make_bar()
            while len(window) >= 2 * workers:
                _written(files, window.popleft().result(), bar, started, summary)
                held.check()
        while window:
            _written(files, window.popleft().result(), bar, started, summary)
            held.check()
        _shut_down(pool, held)
    except BaseException as exc:
        # Interrupted (Ctrl-C) or failed: batches not yet handed to a worker are dropped;
        # those being coded are waited for (at most one per worker, plus one queued).
        # Terminating the workers instead is not safe: one killed while it sends its
        # result leaves half a message in the pool's pipe, and the pool's shutdown then
        # waits for the rest forever (soak_resume.py hung that way).
        for future in window:
            future.cancel()
        _shut_down(pool, held, first=exc)
        if isinstance(exc, BrokenProcessPool):
            raise RunError(
                f"a worker process died ({exc}; out of memory?): the stories written so far are kept, "
                "continue with --resume"
            ) from exc
        raise


def _shut_down(pool, held: "_Interrupts", first: Optional[BaseException] = None) -> None:
    """Wait for the workers to finish, with Ctrl-C held: never interrupt the pool's shutdown.

    A KeyboardInterrupt inside ``Thread.join`` (CPython 3.11) marks the pool's manager thread
    stopped while it still runs; the interpreter's exit then closes the pool's queues under it
    and the process hangs for ever (found with a second Ctrl-C while the batches being coded
    were finishing). A Ctrl-C held here is raised once the workers are gone, unless an earlier
    exception (``first``, often the first Ctrl-C) is already on its way out.
    """
    try:
        with held:
            pool.shutdown(wait=True)
    except KeyboardInterrupt:
        if first is None:
            raise


class _Interrupts:
    """Ctrl-C during a corpus run: noted by this handler, raised as a KeyboardInterrupt only
    where stopping is safe.

    A KeyboardInterrupt raised by the handler lands wherever the main thread is. Inside a
    weak-reference callback (an import's module lock) Python prints it as "Exception ignored"
    and goes on: the run was lost to the interrupt and coded to its end (2 in 400 Ctrl-Cs as
    two workers started, ``benchmarks/soak_resume.py``-style). With workers the main process
    only hands out batches and writes results, so the handler never raises: ``check`` does,
    between batches. With one worker the main process codes, and a Ctrl-C must stop a long
    batch: the handler raises at once, and ``check`` raises one that was swallowed.

    Around each ``submit``, which forks (or spawns) the worker processes, SIGINT is also
    blocked in this thread (``with interrupts:``); the workers inherit the block and set SIGINT
    to ignored first thing (``_init_worker``): an interrupt is the main process's to handle.
    (Found by ``soak_resume.py``: a SIGINT during the fork could be swallowed in a fork handler,
    kill a worker in its initializer, or hang the run; a worker killed while it sent a result
    left half a message in the pool's pipe.) A library caller's own SIGINT handler is left alone.
    """

    def __init__(self, at_once: bool = False) -> None:
        self.at_once = at_once  # the handler raises (one worker: this process codes)
        self.active = False  # inside ``with``: starting or stopping the workers
        self.requested = False  # a Ctrl-C came
        self.raised = False  # the handler raised a KeyboardInterrupt (which may have been swallowed)
        self.checked = False  # ``check`` raised one: the run is stopping
        self.previous = None
        if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is signal.default_int_handler:
            self.previous = signal.signal(signal.SIGINT, self._handler)

    def _handler(self, signum, frame) -> None:
        # A second Ctrl-C, once one is on its way out, is only noted: raised while the first
        # unwinds through the pool's locks and conditions, it could leave one of them taken
        # and the pool's shutdown waiting for ever at exit.
        self.requested = True
        if self.at_once and not self.active and not self.raised and not self.checked:
            self.raised = True
            raise KeyboardInterrupt

    @contextlib.contextmanager
    def raising(self) -> Iterator[None]:
        """The handler raises at once here: plain reading in this process, nothing of the pool's."""
        before, self.at_once = self.at_once, True
        try:
            yield
        finally:
            self.at_once = before

    def check(self) -> None:
        """Raise the Ctrl-C noted so far, once: called where the run can stop cleanly."""
        if self.requested and not self.checked:
            self.checked = True
            raise KeyboardInterrupt

    def __enter__(self) -> None:
        self.active = True
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})

    def __exit__(self, kind, value, traceback) -> None:
        if hasattr(signal, "pthread_sigmask"):
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # a pending SIGINT lands here
        self.active = False
        if kind is None:
            self.check()

    def restore(self) -> None:
        if self.previous is not None:
            signal.signal(signal.SIGINT, self.previous)
            self.previous = None


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C is for the main process (which stops the workers); unblock SIGINT,
    which ``_Interrupts`` blocked around the fork or spawn, only once it is ignored."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _written(files: _Files, results: list[StoryResult], bar, started: float, summary: RunSummary) -> None:
    files.write(results)
    if bar is not None:
        elapsed = max(time.perf_counter() - started, 1e-9)
        bar.update(len(results))
        bar.set_postfix_str(
            f"{(summary.sentences - files.sentences_before) / elapsed:,.1f} sentences/s, {summary.failed} failed",
            refresh=False,
        )


def _want_progress(progress: Optional[bool]) -> bool:
    if progress is not None:
        return progress
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


def _progress_bar(total: Optional[int], initial: int, show: bool):
    if not show:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return None
    return tqdm(total=total, initial=initial, unit=" stories", unit_scale=False, dynamic_ncols=True, file=sys.stderr)
