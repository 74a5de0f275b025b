"""Memory soak: re-code a million sentences of saved parses in one process; memory must stay flat.

    python benchmarks/memory_soak.py [--sentences 1000000] [--stories 2000] [--new-words 0.5] [--seed 1]

A modest set of stories is generated once as saved parses (CoNLL-U text, from the templates
of ``benchmarks/synthetic_parses.py``; no parsing model needed) and fed again and again, each
pass under new story ids, through what a corpus run does with a story in a worker process:
read the CoNLL-U (``eventcoder.runner.code_items``, which reads it and calls
``EventCoder.iter_story``), and render its events as JSON Lines (``writers.story_chunk``,
written to /dev/null). ``--new-words`` is the share of sentences given a word never seen
before (a fresh name, ``"..., said Zorvatik."``), so that caches keyed by words meet an
endless vocabulary as real news does: at 0.5 the word caches (200,000 words each, see
``eventcoder/match/graph.py``) are full by about 400,000 sentences, and memory must be flat
from there on.

Prints resident memory (RSS, from /proc/self/status; ru_maxrss elsewhere), the number of
objects the garbage collector tracks (containers: lists, dicts, objects) and throughput at
10k, 100k and 1M sentences (and points between), and the sizes of the library's
per-process caches at the end. Exit status 1 when RSS grew by more than ``--max-growth-mb``
(default 16) over the second half of the run.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from synthetic_parses import random_word, story_date, story_sentences  # noqa: E402

import eventcoder  # noqa: E402
from eventcoder.inputs import StoryInput  # noqa: E402
from eventcoder.runner import code_items  # noqa: E402
from eventcoder.writers import story_chunk  # noqa: E402

PLACEHOLDER = "Qxplaceholderq"


def rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def make_stories(count: int, seed: int, new_words: float) -> list[tuple[str, str, int]]:
    """(date, CoNLL-U, sentences) of ``count`` stories; a fresh word is a placeholder here,
    renamed on each pass (``fresh_words``)."""
    rng = random.Random(seed)
    stories = []
    for _ in range(count):
        blocks = story_sentences(rng, new_words=new_words, word=lambda _: PLACEHOLDER)
        stories.append((story_date(rng), "\n".join(blocks) + "\n", len(blocks)))
    return stories


_LETTERS = str.maketrans("0123456789", "bdfgklmnpr")


def fresh_words(text: str, rng: random.Random) -> str:
    """The story with each sentence's placeholder (in its text line, form and lemma) replaced
    by a word never used before: a random name and a counter spelled in letters."""
    if PLACEHOLDER not in text:
        return text
    blocks = text.split("\n\n")
    for index, block in enumerate(blocks):
        if PLACEHOLDER in block:
            fresh_words.count += 1
            blocks[index] = block.replace(PLACEHOLDER, random_word(rng) + str(fresh_words.count).translate(_LETTERS))
    return "\n\n".join(blocks)


fresh_words.count = 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=1_000_000)
    parser.add_argument("--stories", type=int, default=2000, help="stories generated once, fed again and again")
    parser.add_argument("--new-words", type=float, default=0.5, help="share of sentences with a never-seen word")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-growth-mb", type=float, default=16.0, help="allowed RSS growth over the second half")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    coder = eventcoder.EventCoder(eventcoder.load_dictionaries())
    stories = make_stories(args.stories, args.seed, args.new_words)
    per_pass = sum(n for _, _, n in stories)
    print(f"set up in {time.perf_counter() - started:.1f} s: {len(stories):,} stories, {per_pass:,} sentences a pass, "
          f"RSS {rss_mb():.0f} MB")

    checkpoints = sorted({c for c in (10_000, 50_000, 100_000, 250_000, 500_000, 1_000_000) if c < args.sentences}
                         | {args.sentences})
    rng = random.Random(args.seed + 1)
    sink = open(os.devnull, "w", encoding="utf-8")
    sentences = events = stories_done = failed = 0
    passes = 0
    t0 = last_t = time.perf_counter()
    last_n = 0
    at: dict[int, float] = {}
    print(f"{'sentences':>10} {'stories':>9} {'events':>10} {'RSS MB':>8} {'gc objects':>10} {'sent/s (segment)':>17} {'sent/s (all)':>13}")
    next_point = 0
    while next_point < len(checkpoints):
        batch: list[StoryInput] = []
        for date, text, _ in stories:
            batch.append(StoryInput(f"p{passes}-s{stories_done + len(batch)}", "memory-soak:1", date=date,
                                    conllu=fresh_words(text, rng)))
            if len(batch) < args.batch_size:
                continue
            for coded in code_items(coder, batch):
                if coded.error is not None:
                    failed += 1
                    continue
                sink.write(story_chunk("jsonl", coded.coded))
                sentences += len(coded.story.sentences)
                events += sum(len(e) for _, e in coded.coded)
            stories_done += len(batch)
            batch = []
            if sentences >= checkpoints[next_point]:
                now = time.perf_counter()
                gc.collect()
                rss = rss_mb()
                at[checkpoints[next_point]] = rss
                print(f"{sentences:>10,} {stories_done:>9,} {events:>10,} {rss:>8.1f} {len(gc.get_objects()):>10,} "
                      f"{(sentences - last_n) / (now - last_t):>17,.0f} {sentences / (now - t0):>13,.0f}", flush=True)
                last_t, last_n = time.perf_counter(), sentences
                next_point += 1
                if next_point >= len(checkpoints):
                    break
        passes += 1
    seconds = time.perf_counter() - t0
    sink.close()

    from eventcoder import conllu as conllu_module
    from eventcoder import writers
    from eventcoder.match import graph

    print(f"coded {sentences:,} sentences ({stories_done:,} stories, {passes} passes, {failed} failed), {events:,} events "
          f"in {seconds:.1f} s: {sentences / seconds:,.0f} sentences/s, {stories_done / seconds:,.0f} stories/s")
    caches = {
        "match.graph._FOLDED (folded words, cleared at 200,000)": len(graph._FOLDED),
        "match.graph.fold lru_cache (max 200,000)": graph.fold.cache_info().currsize,
        "writers.dictionary_location lru_cache (max 4,096)": writers.dictionary_location.cache_info().currsize,
    }
    word_ids = getattr(conllu_module, "_cached_word_ids", None)
    if word_ids is not None:
        caches[f"conllu._cached_word_ids (sentence lengths up to {conllu_module._CACHED_IDS})"] = word_ids.cache_info().currsize
    for name, size in caches.items():
        print(f"  cache {name}: {size:,} entries")
    half = max((n for n in at if n <= args.sentences // 2), default=min(at))
    growth = at[max(at)] - at[half]
    print("RSS: " + ", ".join(f"{n:,} sentences {mb:.1f} MB" for n, mb in sorted(at.items())
                              if n in (10_000, 100_000, 1_000_000) or n == max(at))
          + f"; growth over the second half ({half:,} to {max(at):,} sentences): {growth:+.1f} MB")
    ok = growth <= args.max_growth_mb
    print("PASS: memory flat" if ok else f"FAIL: RSS grew {growth:.1f} MB (more than {args.max_growth_mb} MB)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
