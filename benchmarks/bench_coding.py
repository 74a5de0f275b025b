"""Coding speed from given parses: sentences per second on one core, CoNLL-U reading included.

Figures are CPU seconds of this process (time.process_time), pinned to one core, so that
other work on a shared machine does not distort them; wall-clock seconds are shown beside.

    python benchmarks/bench_coding.py [--repeat 5] [--no-locations]

Prints figures for (a) the validation records with the validation dictionaries and (b) the
same records and a UD treebank (real text) with the full shipped dictionaries. Needs
../shared next to the repository. Not a test: it prints, it does not assert.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _one_core() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass


def bench(label: str, coder, texts: list[str], repeat: int) -> None:
    from eventcoder.conllu import read_conllu

    sentences = sum(t.count("\n\n") or 1 for t in texts)
    best = best_wall = float("inf")
    events = 0
    for _ in range(repeat):
        start, wall = time.process_time(), time.perf_counter()
        events = 0
        for text in texts:
            parsed = read_conllu(text)
            events += len(coder.code_sentences(parsed, date="2015-01-01"))
        best = min(best, time.process_time() - start)
        best_wall = min(best_wall, time.perf_counter() - wall)
    print(f"{label}: {sentences} sentences, {events} events, best of {repeat}: {best:.3f} CPU s "
          f"= {sentences / best:,.0f} sentences/s (wall {best_wall:.3f} s = {sentences / best_wall:,.0f}/s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--treebank", default="en_ewt-ud-dev.conllu", help="UD file under ../shared/ud for real text")
    parser.add_argument("--no-locations", action="store_true", help="code without event locations (docs/locations.md)")
    args = parser.parse_args()
    _one_core()

    from eventcoder import EventCoder, load_dictionaries

    records = [json.loads(line) for line in open(SHARED / "validation" / "petr-unit-dev.jsonl", encoding="utf-8")]
    texts = [r["conllu"].rstrip("\n") + "\n\n" for r in records]

    start = time.perf_counter()
    validate = load_dictionaries(ROOT / "tests" / "data" / "validate", defaults=False)
    print(f"validation dictionaries loaded in {time.perf_counter() - start:.2f} s")
    bench("validation records, validation dictionaries", EventCoder(validate, locations=not args.no_locations), texts, args.repeat)

    start = time.perf_counter()
    full = load_dictionaries()
    print(f"full shipped dictionaries loaded in {time.perf_counter() - start:.2f} s: {full.stats()}")
    full_coder = EventCoder(full, locations=not args.no_locations)
    bench("validation records, full dictionaries", full_coder, texts, args.repeat)

    treebank = SHARED / "ud" / args.treebank
    if treebank.exists():
        blocks = [b + "\n\n" for b in treebank.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        bench(f"{args.treebank} (real text), full dictionaries", full_coder, blocks, max(1, args.repeat // 2))


if __name__ == "__main__":
    main()
