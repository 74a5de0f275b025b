"""Ctrl-C on a corpus run with workers: exit status 130, no hang, no stray traceback, and the
resume gives the uninterrupted output.

benchmarks/soak_resume.py found that a SIGINT to the process group (what Ctrl-C sends) could
hang a run with two workers, end it as "a worker process died ... out of memory?", or be lost
(the run went on to the end), depending on when it came: the workers died of it while
starting or while sending a result. Now the workers ignore SIGINT and the main process holds
one that comes while it starts them; the handler of a run with workers only notes a Ctrl-C, and
the run raises it between batches (``_Interrupts``).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import weakref
from pathlib import Path
from typing import Optional

import pytest

from eventcoder import EventCoder, load_dictionaries
from eventcoder import cli
from eventcoder.inputs import iter_inputs
from eventcoder.runner import CRASH_HOOK, _Interrupts, code_corpus, lock_path

from test_runner import run_cli, write_corpus_folder

pytestmark = pytest.mark.skipif(sys.platform.startswith("win"), reason="POSIX signals and process groups")


@pytest.fixture(autouse=True)
def interruptible():
    """Ctrl-C as in a terminal, also when the tests themselves run in the background (a shell
    starts a background job with SIGINT ignored, and Python then installs no handler)."""
    before = signal.getsignal(signal.SIGINT)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # in the child, before Python starts


def test_a_sigint_while_workers_start_is_held_and_raised_just_after():
    starting = _Interrupts()
    reached = False
    try:
        with pytest.raises(KeyboardInterrupt):
            with starting:
                os.kill(os.getpid(), signal.SIGINT)
                time.sleep(0.05)  # an interrupt that is not held would be raised here
                reached = True
    finally:
        starting.restore()
    assert reached
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert signal.pthread_sigmask(signal.SIG_BLOCK, []) == set()  # nothing left blocked


def test_with_workers_a_ctrl_c_is_noted_and_raised_once_where_the_run_checks():
    interrupts = _Interrupts()
    try:
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # the handler has run: it raised nothing here
        assert interrupts.requested
        with pytest.raises(KeyboardInterrupt):
            interrupts.check()
        interrupts.check()  # once: the run is already stopping
    finally:
        interrupts.restore()
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_a_ctrl_c_swallowed_where_it_was_raised_is_raised_again_by_check(monkeypatch):
    """One worker: the handler raises at once. Raised inside a weak-reference callback (as an
    import's module lock has), Python only reports it and goes on; the run's next check stops it."""
    ignored = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)

    class Referent:
        pass

    def callback(reference):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)

    interrupts = _Interrupts(at_once=True)
    try:
        referent = Referent()
        reference = weakref.ref(referent, callback)
        del referent  # the callback runs, and its KeyboardInterrupt is swallowed
        assert reference() is None and [type(u.exc_value) for u in ignored] == [KeyboardInterrupt]
        with pytest.raises(KeyboardInterrupt):
            interrupts.check()
    finally:
        interrupts.restore()


def test_ctrl_c_while_a_run_with_two_workers_reads_its_inputs_stops_it_and_resume_completes_it(tmp_path, corpus):
    folder, reference = corpus
    out = tmp_path / "events.jsonl"
    coder = EventCoder(load_dictionaries())

    def stories():
        for number, story in enumerate(iter_inputs([folder])):
            if number == 20:
                os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C, in the main process, mid-way
            yield story

    with pytest.raises(KeyboardInterrupt):
        code_corpus(stories(), out, coder=coder, workers=2, batch_size=2)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    assert 0 < len(out.read_bytes().splitlines()) < len(reference.read_bytes().splitlines())
    assert not lock_path(out).exists()
    code_corpus(iter_inputs([folder]), out, coder=coder, workers=2, batch_size=2, resume=True)
    assert out.read_bytes() == reference.read_bytes()


def test_ctrl_c_before_a_run_starts_exits_130_without_a_traceback(monkeypatch, capsys):
    def interrupted(args):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "_load", interrupted)  # Ctrl-C while the dictionaries load
    assert cli.main(["code", "whatever.conllu", "-o", "x.jsonl"]) == 130
    assert capsys.readouterr().err == "eventcoder: interrupted\n"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = write_corpus_folder(tmp_path_factory.mktemp("corpus") / "in", 400)
    reference = tmp_path_factory.mktemp("reference") / "events.jsonl"
    code_corpus(folder, reference, coder=EventCoder(load_dictionaries()), batch_size=2)
    return folder, reference


def _interrupted_run(folder: Path, out: Path, when: str, again_after: Optional[float] = None) -> tuple[list[str], str]:
    """Start ``eventcoder code`` with two workers in its own process group, Ctrl-C it ``when``
    (and once more ``again_after`` seconds later), and return its arguments and standard error."""
    progress = Path(str(out) + ".progress")
    args = [str(folder), "-o", str(out), "--batch-size", "2", "-w", "2", "-q"]
    env = {k: v for k, v in os.environ.items() if k != CRASH_HOOK}
    process = subprocess.Popen([sys.executable, "-m", "eventcoder.cli", "code", *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True,
                               preexec_fn=_default_sigint)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if when == "workers starting" and progress.exists():
            break  # the files are open: the worker processes are about to be started
        if when == "mid-run" and progress.exists() and progress.read_bytes().count(b"\n") >= 40:
            break
        time.sleep(0.002)
    os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: the whole process group
    if again_after is not None:
        time.sleep(again_after)
        try:
            os.killpg(process.pid, signal.SIGINT)
        except ProcessLookupError:  # already gone
            pass
    try:
        _, stderr = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail("the run did not end within 60 s of Ctrl-C")
    assert process.returncode == 130, stderr
    return args, stderr


@pytest.mark.parametrize("when", ["workers starting", "mid-run"])
def test_ctrl_c_to_a_run_with_two_workers(tmp_path, corpus, when):
    folder, reference = corpus
    out = tmp_path / "events.jsonl"
    progress = Path(str(out) + ".progress")
    args, stderr = _interrupted_run(folder, out, when)
    assert "Traceback" not in stderr and "died" not in stderr, stderr
    assert b'"done"' not in progress.read_bytes(), "the run ended before the interrupt"
    assert not lock_path(out).exists()
    resumed = run_cli(args + ["--resume"])
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()


def test_a_second_ctrl_c_while_the_batches_being_coded_finish(tmp_path, corpus):
    """A second Ctrl-C (users press it twice) used to land in the pool's shutdown; the run then
    hung for ever at exit (CPython 3.11 marks a thread stopped when its join is interrupted, and
    the interpreter closed the pool's queues under it). Several gaps, to land in that wait."""
    folder, reference = corpus
    for number, gap in enumerate([0.0, 0.01, 0.03, 0.06, 0.1, 0.2]):
        out = tmp_path / f"events{number}.jsonl"
        args, stderr = _interrupted_run(folder, out, "mid-run", again_after=gap)
        assert "Traceback" not in stderr and "died" not in stderr, stderr
        assert not lock_path(out).exists()
        resumed = run_cli(args + ["--resume"])
        assert resumed.returncode == 0, resumed.stderr
        assert out.read_bytes() == reference.read_bytes(), gap
