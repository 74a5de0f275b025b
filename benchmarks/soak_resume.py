"""Soak test of resume: kill a corpus run at random points, resume it, compare byte for byte.

    python benchmarks/soak_resume.py [--stories 20000] [--kills 5] [--seed 1] [--workdir DIR]

1. Builds a corpus of saved parses (one CoNLL-U file per story, with ``# story_id`` and
   ``# date`` comments, as ``--save-parses`` writes them) from the templates of
   ``benchmarks/synthetic_parses.py``: no parsing model needed. About one story in 500 fails
   (no date, broken CoNLL-U) or loses a malformed sentence, so the errors file has lines.
2. Codes it once, uninterrupted, with the real command line: ``eventcoder code PARSES -o
   reference/events.jsonl --workers 2``.
3. Codes it again, killing the run ``--kills`` times at random points (SIGKILL to the main
   process, as kill -9 or the OOM killer would; SIGINT to the whole process group, as Ctrl-C
   does; SIGINT to the main process only, as ``kill -INT`` does), each time continuing with
   ``--resume``, then lets the last resume finish. While the first run is going, a second
   ``eventcoder code`` on the same output is started: it must be refused (exit status 2).
4. Compares the output and the errors file with the uninterrupted run's, byte for byte, and
   prints IDENTICAL or the first differing byte offset.

Also checked: a SIGINT run exits with status 130 within 60 s; a kill -9 leaves no worker
process behind. Exit status 0 when everything held, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from synthetic_parses import corpus_story  # noqa: E402

from eventcoder.runner import saved_parse_name  # noqa: E402


def build_corpus(folder: Path, stories: int, seed: int) -> tuple[int, int]:
    """Write the saved parses; (stories, sentence blocks written)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    blocks = 0
    for index in range(stories):
        story_id, text = corpus_story(index, rng)
        (folder / saved_parse_name(story_id)).write_text(text, encoding="utf-8")
        blocks += text.count("# sent_id = ")
    return stories, blocks


def command(parses: Path, out: Path, workers: int, batch_size: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "eventcoder.cli", "code", str(parses), "-o", str(out), "--workers", str(workers),
            "--batch-size", str(batch_size), "--no-progress", *extra]


def environment() -> dict:
    env = dict(os.environ)
    env.pop("EVENTCODER_TEST_CRASH_AFTER", None)
    return env


def stories_done(progress: Path) -> int:
    """Stories the progress file lists as durably written (complete lines after the header)."""
    try:
        data = progress.read_bytes()
    except FileNotFoundError:
        return 0
    complete = data[: data.rfind(b"\n") + 1]
    return sum(1 for line in complete.splitlines()[1:] if line.startswith(b'{"id"'))


def alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover
        return True
    return True


def first_difference(a: bytes, b: bytes) -> int:
    for index, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return index
    return min(len(a), len(b))


def compare(name: str, got: Path, expected: Path) -> bool:
    a = got.read_bytes() if got.exists() else None
    b = expected.read_bytes() if expected.exists() else None
    if a == b:
        print(f"{name}: IDENTICAL ({0 if a is None else len(a):,} bytes)")
        return True
    if a is None or b is None:
        print(f"{name}: DIFFERENT: {'resumed' if a is None else 'reference'} file missing")
        return False
    print(f"{name}: DIFFERENT: first differing byte at offset {first_difference(a, b):,} "
          f"(resumed {len(a):,} bytes, reference {len(b):,} bytes)")
    return False


def summary_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith("eventcoder: ") and " stories" in line]
    return lines[-1][len("eventcoder: "):] if lines else "(no summary line)"


def soak(args: argparse.Namespace, work: Path) -> bool:
    rng = random.Random(args.seed)
    parses = work / "parses"
    started = time.perf_counter()
    stories, blocks = build_corpus(parses, args.stories, args.seed)
    print(f"corpus: {stories:,} stories, {blocks:,} sentences as saved parses in {parses} "
          f"(built in {time.perf_counter() - started:.1f} s)")
    env = environment()
    ok = True

    # -- the uninterrupted run
    reference = work / "reference" / "events.jsonl"
    reference.parent.mkdir()
    started = time.perf_counter()
    ref = subprocess.run(command(parses, reference, args.workers, args.batch_size), env=env,
                         capture_output=True, text=True)
    reference_seconds = time.perf_counter() - started
    print(f"uninterrupted run: exit {ref.returncode}, {reference_seconds:.1f} s: {summary_line(ref.stderr)}")
    if ref.returncode not in (0, 1):
        print(ref.stderr)
        return False

    # -- the interrupted runs
    out = work / "soak" / "events.jsonl"
    out.parent.mkdir()
    progress = Path(str(out) + ".progress")
    signals = [("SIGKILL", "main"), ("SIGINT", "group"), ("SIGINT", "main")]
    plan = [signals[i % len(signals)] for i in range(args.kills)]
    rng.shuffle(plan)
    # Kill points spread over the whole corpus: K random story counts, in order.
    points = sorted(int(stories * rng.uniform(0.02, 0.97)) for _ in plan)
    soak_started = time.perf_counter()
    resumes = 0
    concurrent_checked = False
    for number, (name, whom) in enumerate(plan, 1):
        extra = ("--resume",) if number > 1 else ()
        before = stories_done(progress) if number > 1 else 0
        # A random point: mostly one of the story counts drawn above, sometimes a random time
        # into the run (start-up included: loading dictionaries, cutting files back, forking).
        by_time = rng.random() < 0.25
        target = max(before + 1, points[number - 1])
        delay = rng.uniform(0.05, 3.0)
        process = subprocess.Popen(command(parses, out, args.workers, args.batch_size, *extra), env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True)
        resumes += number > 1
        t0 = time.perf_counter()
        while process.poll() is None:
            elapsed = time.perf_counter() - t0
            if not concurrent_checked and stories_done(progress) > before:
                concurrent_checked = True
                # A second run on the same output while this one writes: must be refused.
                concurrent = subprocess.run(command(parses, out, args.workers, args.batch_size, "--resume"), env=env,
                                            capture_output=True, text=True)
                refused = concurrent.returncode == 2 and "being written by another run" in concurrent.stderr
                still = process.poll() is None
                print(f"concurrent second run on the same output: exit {concurrent.returncode}, "
                      f"{'REFUSED' if refused else 'NOT REFUSED'}"
                      f"{'' if still else ' (but the first run had ended meanwhile)'}: "
                      f"{concurrent.stderr.strip().splitlines()[-1] if concurrent.stderr.strip() else ''}")
                ok &= refused or not still
                continue
            if (by_time and elapsed >= delay) or (not by_time and stories_done(progress) >= target):
                break
            time.sleep(0.01)
        elapsed = time.perf_counter() - t0
        if process.poll() is not None:
            print(f"kill {number}: the run ended (exit {process.returncode}) before the kill point; "
                  f"{stories_done(progress):,} stories done")
            process.stderr.close()
            continue
        signum = getattr(signal, name)
        if whom == "group":
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
        try:
            status = process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            status = None
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        stderr = process.stderr.read()
        process.stderr.close()
        note = ""
        if name == "SIGINT" and status != 130:
            ok = False
            note = (f"  PROBLEM: exit status {status} (expected 130)" if status is not None
                    else "  PROBLEM: did not exit within 60 s of SIGINT")
            if stderr.strip():
                note += "\n    " + "\n    ".join(stderr.strip().splitlines()[-6:])
        # No process of the run may survive its main process (workers die with it).
        deadline = time.perf_counter() + 10
        while alive(process.pid) and time.perf_counter() < deadline:
            time.sleep(0.05)
        if alive(process.pid):
            ok = False
            note += "  PROBLEM: worker processes outlived the run"
            os.killpg(process.pid, signal.SIGKILL)
        done = stories_done(progress)
        print(f"kill {number}: {name} to the {'process group' if whom == 'group' else 'main process'} "
              f"{elapsed:.2f} s into the run ({'at a random time' if by_time else f'aimed at {target:,} stories'}), "
              f"exit {status}, {done:,} stories done ({done - before:+,}){note}")

    # -- the last resume, to the end
    final = subprocess.run(command(parses, out, args.workers, args.batch_size, "--resume"), env=env,
                           capture_output=True, text=True)
    resumes += 1
    soak_seconds = time.perf_counter() - soak_started
    print(f"final resume: exit {final.returncode}: {summary_line(final.stderr)}")
    if final.returncode != ref.returncode:
        print(f"PROBLEM: exit status {final.returncode}, the uninterrupted run's was {ref.returncode}")
        print(final.stderr[-2000:])
        ok = False
    print(f"resumes: {resumes}; interrupted runs took {soak_seconds:.1f} s in all, the uninterrupted one {reference_seconds:.1f} s")

    # -- the figures and the comparison
    meta = Path(str(out) + ".meta.json")  # a complete run's record (its progress file is removed)
    done_line = " ".join(meta.read_text(encoding="utf-8").split()) if meta.exists() else "(no OUT.meta.json)"
    if progress.exists():
        print("PROBLEM: the progress file was left behind by the finished run")
        ok = False
    events = sum(1 for _ in reference.open("rb")) if reference.exists() else 0
    coded = re.search(r"([\d,]+) sentences", summary_line(ref.stderr))
    print(f"stories: {stories:,}; sentences: {blocks:,} in the corpus ({coded.group(1) if coded else '?'} coded, "
          f"the others malformed or in failed stories); events: {events:,}; meta: {done_line[:300]}")
    ok &= compare("output", out, reference)
    ok &= compare("errors file", Path(str(out) + ".errors.jsonl"), Path(str(reference) + ".errors.jsonl"))
    if Path(str(out) + ".lock").exists():
        print("PROBLEM: the lock file was left behind by the finished run")
        ok = False
    return ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--stories", type=int, default=20000)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workdir", help="keep the corpus and outputs here (default: a temporary folder, removed)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.workdir:
        work = Path(args.workdir)
        if work.exists() and any(work.iterdir()):
            parser.error(f"--workdir {work} is not empty")
        work.mkdir(parents=True, exist_ok=True)
        ok = soak(args, work)
    else:
        with tempfile.TemporaryDirectory(prefix="eventcoder-soak-") as folder:
            ok = soak(args, Path(folder))
    print(f"{'PASS' if ok else 'FAIL'}: {time.perf_counter() - started:.1f} s in all")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
