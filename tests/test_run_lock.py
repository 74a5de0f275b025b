"""Two runs writing the same output at once: the second is refused, never interleaved.

A run holds ``OUTPUT.lock`` (a kernel file lock) from before it reads the progress file until
it ends. The first run here is held open in a thread by an input stream that waits for the
test, so the second run meets it for certain, without any timing guesswork.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from eventcoder import EventCoder, load_dictionaries
from eventcoder.inputs import iter_inputs
from eventcoder.runner import CRASH_HOOK, RunError, code_corpus, lock_path

from test_runner import run_cli, write_corpus_file, write_corpus_folder

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="the tests use fork-free POSIX signals")


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(load_dictionaries())


class HeldRun:
    """``code_corpus`` in a thread whose input stream stops after ``first`` stories until released."""

    def __init__(self, corpus: Path, out: Path, coder: EventCoder, first: int = 3, **options):
        self.items = list(iter_inputs(corpus))
        self.first = first
        self.reached = threading.Event()
        self.go = threading.Event()
        self.result = None
        self.error = None
        self.thread = threading.Thread(target=self._run, args=(out, coder, options), daemon=True)

    def _stream(self):
        for index, item in enumerate(self.items):
            if index == self.first:
                self.reached.set()
                assert self.go.wait(60)
            yield item

    def _run(self, out, coder, options):
        try:
            self.result = code_corpus(self._stream(), out, coder=coder, batch_size=1, **options)
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            self.error = exc

    def __enter__(self):
        self.thread.start()
        assert self.reached.wait(60), "the first run did not start"
        return self

    def __exit__(self, *exc):
        self.go.set()
        self.thread.join(60)


def test_a_second_run_on_the_same_output_is_refused(tmp_path, coder):
    corpus = write_corpus_file(tmp_path / "corpus.conllu", 8)
    reference = tmp_path / "reference.jsonl"
    code_corpus(corpus, reference, coder=coder)
    out = tmp_path / "events.jsonl"
    with HeldRun(corpus, out, coder) as first:
        assert lock_path(out).read_text().strip() == str(os.getpid())
        for options in ({}, {"resume": True}, {"overwrite": True}, {"workers": 2}):
            with pytest.raises(RunError, match=r"events\.jsonl is being written by another run \(pid \d+\)"):
                code_corpus(corpus, out, coder=coder, **options)
        # The command line, in another process, is refused the same way (exit status 2).
        refused = run_cli([str(corpus), "-o", str(out), "--resume", "-q"])
        assert refused.returncode == 2
        assert f"events.jsonl is being written by another run (pid {os.getpid()})" in refused.stderr
        assert "events.jsonl.lock" in refused.stderr
    assert first.error is None and first.result.stories == 8
    # The refused runs touched nothing: the held run's output is whole.
    assert out.read_bytes() == reference.read_bytes()
    assert not lock_path(out).exists()  # released and removed at the end


def test_runs_on_different_outputs_do_not_block_each_other(tmp_path, coder):
    corpus = write_corpus_file(tmp_path / "corpus.conllu", 5)
    with HeldRun(corpus, tmp_path / "a.jsonl", coder):
        summary = code_corpus(corpus, tmp_path / "b.jsonl", coder=coder)
    assert summary.stories == 5


def test_the_lock_is_released_on_errors_and_interrupts(tmp_path, coder):
    corpus = write_corpus_file(tmp_path / "corpus.conllu", 4)
    out = tmp_path / "events.jsonl"
    code_corpus(corpus, out, coder=coder)
    with pytest.raises(KeyboardInterrupt):  # interrupted after two stories
        code_corpus(_interrupted_after(corpus, 2), out, coder=coder, batch_size=1)
    with pytest.raises(RunError, match="--resume to continue it"):
        code_corpus(corpus, out, coder=coder)
    assert not lock_path(out).exists()

    def interrupted():
        yield from list(iter_inputs(corpus))[:1]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        code_corpus(interrupted(), out, coder=coder, overwrite=True, batch_size=1)
    assert not lock_path(out).exists()
    summary = code_corpus(corpus, out, coder=coder, resume=True)  # not blocked by either
    assert summary.stories == 4 and summary.skipped == 1


def test_a_lock_file_left_by_a_dead_run_does_not_block(tmp_path, coder):
    corpus = write_corpus_file(tmp_path / "corpus.conllu", 3)
    out = tmp_path / "events.jsonl"
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(out).write_text(f"{dead.pid}\n")  # the file exists, nobody holds its lock
    assert code_corpus(corpus, out, coder=coder).stories == 3
    assert not lock_path(out).exists()


def test_resume_after_sigkill_of_a_run_with_two_workers(tmp_path, coder):
    """kill -9 leaves OUTPUT.lock behind with the dead pid in it: the resume takes it over.
    With two forked workers (which hold a copy of the lock file until they close it)."""
    corpus = write_corpus_folder(tmp_path / "in", 40)
    reference = tmp_path / "reference.jsonl"
    code_corpus(corpus, reference, coder=coder)
    out = tmp_path / "events.jsonl"
    progress = Path(str(out) + ".progress")
    args = [str(corpus), "-o", str(out), "--batch-size", "1", "-w", "2", "-q"]
    env = {k: v for k, v in os.environ.items() if k != CRASH_HOOK}
    process = subprocess.Popen([sys.executable, "-m", "eventcoder.cli", "code", *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if progress.exists() and progress.read_bytes().count(b"\n") >= 4:
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert b'"done"' not in progress.read_bytes(), "the run ended before it could be killed"
    assert lock_path(out).read_text().strip() == str(process.pid)  # stale: its holder is dead
    resumed = run_cli(args + ["--resume"])
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert not lock_path(out).exists()


def test_a_resume_is_refused_while_the_run_it_would_resume_is_alive(tmp_path, coder):
    """The case that used to corrupt output: --resume cut the files back under a live run."""
    corpus = write_corpus_file(tmp_path / "corpus.conllu", 10)
    reference = tmp_path / "reference.jsonl"
    code_corpus(corpus, reference, coder=coder)
    out = tmp_path / "events.jsonl"
    with HeldRun(corpus, out, coder, first=6):
        size = out.stat().st_size
        with pytest.raises(RunError, match="being written by another run"):
            code_corpus(corpus, out, coder=coder, resume=True)
        assert out.stat().st_size == size
    assert out.read_bytes() == reference.read_bytes()


def _interrupted_after(corpus, count):
    """The stories of ``corpus``, then Ctrl-C: a run that wrote ``count`` stories and stopped."""
    yield from list(iter_inputs(corpus))[:count]
    raise KeyboardInterrupt
