"""Pipeline speed: stories and sentences per second for coding only, parsing only, and both.

    python benchmarks/bench_pipeline.py [--treebank en_ewt-ud-test.conllu] [--limit 200]

Corpus: the project's example story, ../shared/examples/*.txt, and the raw text of a UD
treebank (its ``# text`` comments, one story per ``# newdoc``). Each figure is measured with 1
and 2 workers:

- coding only: ``code_corpus`` on saved CoNLL-U (the parses made by the parsing run, or the
  treebank's own parses when no parsing model is available), full shipped dictionaries,
  JSON Lines written to a file, as ``eventcoder code parses/ -o events.jsonl`` runs it;
- parsing only: ``StanzaParser.parse_many`` over the texts in batches of 16, in worker
  processes (1 worker: time inside ``parse_many``; 2 workers: wall time, start-up included;
  one torch thread per process, as ``eventcoder code`` runs by default);
- both: ``code_corpus`` on the text files, as ``eventcoder code texts/ -o events.jsonl`` runs
  it (worker start-up and model loading included).

It also prints the in-process cost of coding relative to parsing (the target: coding at most
5% of parsing time). Not a test: it prints, it does not assert. Needs ../shared.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

DATE = "2020-02-28"


def treebank_stories(path: Path, limit: int) -> list[tuple[str, str, str]]:
    """(story id, raw text, gold CoNLL-U) per ``# newdoc`` of a UD treebank."""
    stories: list[list] = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        if not block.strip():
            continue
        doc = re.search(r"^# newdoc id = (.+)$", block, flags=re.M)
        if doc or not stories:
            stories.append([doc.group(1).strip() if doc else path.stem, [], []])
        text = re.search(r"^# text = (.*)$", block, flags=re.M)
        stories[-1][1].append(text.group(1) if text else "")
        stories[-1][2].append(block.strip() + "\n")
    out = []
    for story_id, texts, blocks in stories[:limit]:
        out.append((re.sub(r"[^\w.-]+", "_", story_id), " ".join(texts), "\n".join(blocks)))
    return out


def corpus(treebank: str, limit: int) -> tuple[list[tuple[str, str]], dict[str, str]]:
    texts = [("turkey-iran", (ROOT / "examples" / "turkey-iran.txt").read_text(encoding="utf-8"))]
    for path in sorted((SHARED / "examples").glob("*.txt")):
        texts.append((path.stem, path.read_text(encoding="utf-8")))
    gold = {"turkey-iran": (ROOT / "examples" / "turkey-iran.conllu").read_text(encoding="utf-8")}
    for story_id, text, conllu in treebank_stories(SHARED / "ud" / treebank, limit):
        texts.append((story_id, text))
        gold[story_id] = conllu
    return texts, gold


def write_texts(folder: Path, texts) -> None:
    folder.mkdir(parents=True)
    for index, (story_id, text) in enumerate(texts):
        (folder / f"{DATE}-{index:05d}-{story_id}.txt").write_text(text, encoding="utf-8")


def line(label: str, stories: int, sentences: int, seconds: float, note: str = "") -> None:
    print(f"  {label:<26} {stories:>6} stories {sentences:>7} sentences {seconds:>8.2f} s "
          f"{stories / seconds:>9.1f} stories/s {sentences / seconds:>9.1f} sentences/s{note}")


# ----- parsing only, in worker processes ------------------------------------------------------
# Parsing runs in child processes even with one worker, so that this process never loads torch
# and the runner's workers start as they do under `eventcoder code` (fork, no torch inside).

_PARSER = None


def _init_parser(threads: int) -> None:
    global _PARSER
    from eventcoder.parse import StanzaParser

    _PARSER = StanzaParser(device="cpu", batch_size=16, torch_threads=threads)


def _parse_batch(texts: list[str]) -> tuple[list[str], int, float]:
    from eventcoder.conllu import write_conllu

    start = time.perf_counter()
    parsed = list(_PARSER.parse_many(texts))
    seconds = time.perf_counter() - start
    return [write_conllu(p) for p in parsed], sum(len(p) for p in parsed), seconds


def parse_with_workers(texts: list[str], workers: int, batch: int = 16) -> tuple[list[str], int, float, float]:
    """(CoNLL-U per text, sentences, wall seconds with start-up, seconds inside parse_many)."""
    import multiprocessing

    batches = [texts[i:i + batch] for i in range(0, len(texts), batch)]
    threads = 1  # as `eventcoder code` does by default (see --torch-threads)
    context = multiprocessing.get_context("fork")
    start = time.perf_counter()
    with ProcessPoolExecutor(workers, mp_context=context, initializer=_init_parser, initargs=(threads,)) as pool:
        results = list(pool.map(_parse_batch, batches))
    wall = time.perf_counter() - start
    conllu = [c for r in results for c in r[0]]
    return conllu, sum(r[1] for r in results), wall, sum(r[2] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--treebank", default="en_ewt-ud-test.conllu", help="UD file under ../shared/ud (raw text via # text)")
    parser.add_argument("--limit", type=int, default=120, help="treebank documents to use (default 120)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"needs {SHARED}")

    from eventcoder import EventCoder, load_dictionaries
    from eventcoder.conllu import read_conllu
    from eventcoder.parse import ParserUnavailable, choose_model
    from eventcoder.runner import code_corpus, saved_parse
    from eventcoder.model import Story
    from eventcoder.coder import to_date

    texts, gold = corpus(args.treebank, args.limit)
    print(f"corpus: {len(texts)} stories ({args.treebank}: {len(texts) - 2} documents, plus the project's example "
          f"and ../shared/examples); {os.cpu_count()} CPU cores")
    start = time.perf_counter()
    coder = EventCoder(load_dictionaries())
    print(f"full dictionaries loaded in {time.perf_counter() - start:.2f} s")

    try:
        choice = choose_model()
    except ParserUnavailable as exc:
        choice = None
        print(f"no parsing model ({exc}); parsing figures skipped, coding runs on the treebank's own parses")

    work = Path(tempfile.mkdtemp(prefix="eventcoder-bench-"))
    text_dir, parse_dir = work / "texts", work / "parses"
    write_texts(text_dir, texts)
    parse_dir.mkdir()
    parse_seconds = None
    if choice is not None:
        print(f"\nparsing only ({choice.kind} model at {choice.path}; StanzaParser.parse_many, batches of 16)")
        raw = [t for _, t in texts]
        parsed_conllu = None
        for workers in args.workers:
            conllu, sentences, wall, inside = parse_with_workers(raw, workers)
            note = f"  (wall {wall:.1f} s with start-up and model loading)"
            if workers == 1:
                parsed_conllu, parse_seconds = conllu, inside
                line("1 worker", len(texts), sentences, inside, note)
            else:
                line(f"{workers} workers", len(texts), sentences, wall, "  (wall time, start-up included)")
        stories = []
        for index, ((story_id, _), conllu) in enumerate(zip(texts, parsed_conllu)):
            story = Story(f"{DATE}-{index:05d}-{story_id}", to_date(DATE), tuple(read_conllu(conllu)))
            (parse_dir / f"{story.story_id}.conllu").write_text(saved_parse(story), encoding="utf-8")
            stories.append(story)
    else:
        stories = []
        for index, (story_id, _) in enumerate(texts):
            if story_id in gold:
                sentences_ = read_conllu(gold[story_id])
                story = Story(f"{DATE}-{index:05d}-{story_id}", to_date(DATE), tuple(sentences_))
                (parse_dir / f"{story.story_id}.conllu").write_text(saved_parse(story), encoding="utf-8")
                stories.append(story)

    total_sentences = sum(len(s.sentences) for s in stories)
    print("\ncoding only (saved CoNLL-U, full dictionaries)")
    start = time.perf_counter()
    events = sum(len(coder.code_story(s)) for s in stories)
    code_seconds = time.perf_counter() - start
    line("coder in process", len(stories), total_sentences, code_seconds, f"  ({events} events)")
    for workers in args.workers:
        out = work / f"coded-{workers}.jsonl"
        summary = code_corpus(parse_dir, out, coder=coder, workers=workers, progress=False)
        line(f"eventcoder code, {workers} worker{'s' if workers > 1 else ''}", summary.stories, summary.sentences, summary.seconds)

    if choice is not None:
        print("\nparsing and coding (text files in, JSON Lines out)")
        for workers in args.workers:
            out = work / f"both-{workers}.jsonl"
            summary = code_corpus(text_dir, out, coder=EventCoder(coder.dictionaries), workers=workers,
                                  date=DATE, progress=False, device="cpu")
            line(f"eventcoder code, {workers} worker{'s' if workers > 1 else ''}", summary.stories, summary.sentences,
                 summary.seconds, "  (model loading included)")
        share = 100 * code_seconds / parse_seconds
        print(f"\ncoding costs {share:.1f}% of parsing time (1 worker, same stories, loading excluded; target: at most 5%)")
    print(f"\n(files in {work})")


if __name__ == "__main__":
    main()
