"""The Multi-CoPED measures on real news sentences, raw text through the library's parser.

    python benchmarks/eval_coped.py [--gold] [--parses CACHE.conllu] [-v]

Reads ``../shared/validation/coped-train`` (GPL-3 data: read in place, never copied): every
sentence of ``class_train.tsv`` reports a political event of one of five classes (0 statements
and appeals, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict), and ``ner_train.txt`` marks the source and target spans of most of them. Each
sentence is coded as a story of its own; its first event stands for it. Prints coverage (share
of sentences with any event), class accuracy over all sentences and over coded ones, macro-F1
over the five classes, and how often the first event's source and target text overlap the
annotated spans. ``--gold`` scores only the 400 sentences of ``events.yaml`` and adds
precision, recall and F1 of full (source, code, target) events, strict and lenient, as
``eventcoder evaluate`` scores gold documents.

``--parses FILE`` keeps the parses: written on the first run, read on later runs, so a change of
dictionaries or engine is measured in seconds (delete the file after changing the parser).
The figures agree with the owner's ``../shared/validation/tools/score_coped.py``.
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "validation" / "coped-train"
# The Phoenix pipeline's grouping of CAMEO roots into the five classes.
ROOT_CLASS = {"01": 0, "02": 0, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3,
              "11": 3, "12": 3, "13": 3, "14": 4, "15": 4, "16": 3, "17": 4, "18": 4, "19": 4, "20": 4}
_WORD = re.compile(r"\w+")


def spans_by_sentence(path: Path) -> dict[str, dict[str, str]]:
    """Sentence (its characters without blanks) -> {"S": source words, "T": target words, "R": both}."""
    out: dict[str, dict[str, str]] = {}
    current: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").split("\n"), ""]:
        if not line.strip():
            if current:
                spans: dict[str, list[str]] = collections.defaultdict(list)
                for word, tag in current:
                    if tag != "O":
                        spans[tag[2:]].append(word)
                out["".join(w for w, _ in current)] = {k: " ".join(v).lower() for k, v in spans.items()}
                current = []
            continue
        word, _, tag = line.rpartition(" ")
        current.append((word, tag))
    return out


def overlaps(a: str, b: str) -> bool:
    return bool(set(_WORD.findall(a.lower())) & set(_WORD.findall(b.lower())))


def parse_all(coder, items: list[dict], cache: Path | None) -> dict[str, list]:
    """Story id -> parsed sentences, from the cache file when it holds every story."""
    from eventcoder import read_conllu, write_conllu
    from eventcoder.gold import conllu_documents

    if cache is not None and cache.exists():
        docs = conllu_documents(read_conllu(cache))
        if all(item["id"] in docs for item in items):
            return docs
    parsed = {}
    for item, sentences in zip(items, coder.parser.parse_many([item["text"] for item in items])):
        sentences = list(sentences)
        if sentences:
            first = sentences[0]
            sentences[0] = type(first)(first.tokens, first.sent_id, first.text,
                                       (f"# newdoc id = {item['id']}", *first.comments), first.multiword)
        parsed[item["id"]] = sentences
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)  # a fresh clone has no .eval/
        cache.write_text(write_conllu(s for item in items for s in parsed[item["id"]]), encoding="utf-8")
    return parsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DATA, help="the coped-train folder")
    ap.add_argument("--gold", action="store_true", help="only the sentences of events.yaml, with event scores")
    ap.add_argument("--parses", type=Path, help="CoNLL-U cache of the parses (written once, then read)")
    ap.add_argument("--model-dir", default=None)
    ap.add_argument("-d", "--dictionaries", action="append", default=[], help="extra dictionary layers")
    ap.add_argument("-v", action="store_true", help="print each sentence whose class or events are wrong")
    a = ap.parse_args()
    if not (a.data / "class_train.tsv").exists():
        print(f"no coped-train data at {a.data}", file=sys.stderr)
        return 2

    import yaml

    from eventcoder import EventCoder, load_dictionaries
    from eventcoder.gold import GoldScores, gold_event, score_sentence

    rows = [line.split("\t") for line in (a.data / "class_train.tsv").read_text(encoding="utf-8").split("\n") if line.strip()]
    spans = spans_by_sentence(a.data / "ner_train.txt")
    gold: dict[str, dict] = {}
    if a.gold:
        gold = {s["id"]: s for s in yaml.safe_load((a.data / "events.yaml").read_text(encoding="utf-8"))["sentences"]}
    items = [{"id": f"coped-train-{i}", "text": text, "label": int(label),
              "date": str(gold[f"coped-train-{i}"]["date"]) if f"coped-train-{i}" in gold else None}
             for i, (text, label) in enumerate(rows) if not a.gold or f"coped-train-{i}" in gold]

    coder = EventCoder(load_dictionaries(*a.dictionaries), model_dir=a.model_dir)
    start = time.perf_counter()
    parsed = parse_all(coder, items, a.parses)
    parse_s = time.perf_counter() - start
    start = time.perf_counter()
    labels, predicted = [], []
    source_ok = target_ok = with_spans = 0
    scored = {False: [], True: []}
    for item in items:
        events = coder.code_sentences(parsed[item["id"]], date=item["date"], story_id=item["id"])
        first = events[0] if events else None
        labels.append(item["label"])
        predicted.append(ROOT_CLASS.get(first.code[:2]) if first else None)
        span = spans.get(item["text"].replace(" ", ""))
        if first is not None and span:
            with_spans += 1
            prov = first.provenance
            source_ok += bool(span.get("S")) and prov.source is not None and overlaps(prov.source.span.text, span["S"])
            target_ok += bool(span.get("T")) and prov.target is not None and overlaps(prov.target.span.text, span["T"])
        triples = [e.triple for e in events]
        if item["id"] in gold:
            golds = [gold_event(g, item["id"]) for g in gold[item["id"]]["events"]]
            for lenient in (False, True):
                scored[lenient].append(score_sentence(triples, golds, lenient, "", item["id"]))
            if a.v and not scored[False][-1].ok:
                s = scored[False][-1]
                print(f"{item['id']}: missed={[' '.join(t) for t in s.missed]} false={[' '.join(t) for t in s.false]} :: {item['text'][:150]}")
        elif a.v and predicted[-1] != item["label"]:
            print(f"{item['id']}: {item['label']} -> {predicted[-1]} {[' '.join(t) for t in triples[:3]]} :: {item['text'][:150]}")
    code_s = time.perf_counter() - start

    n = len(labels)
    coded = sum(p is not None for p in predicted)
    right = sum(g == p for g, p in zip(labels, predicted))
    f1s = []
    for c in range(5):
        tp = sum(1 for g, p in zip(labels, predicted) if g == c and p == c)
        fp = sum(1 for g, p in zip(labels, predicted) if g != c and p == c)
        fn = sum(1 for g, p in zip(labels, predicted) if g == c and p != c)
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    line = (f"Multi-CoPED ({n} sentences): coverage {coded / n:.1%}, accuracy {right / n:.1%} "
            f"(on coded {right / coded if coded else 0:.1%}), macro-F1 {sum(f1s) / 5:.3f}, "
            f"source span {source_ok / with_spans if with_spans else 0:.1%}, "
            f"target span {target_ok / with_spans if with_spans else 0:.1%}")
    if gold:
        strict, lenient = GoldScores(tuple(scored[False])), GoldScores(tuple(scored[True]))
        line += (f"; events P={strict.precision:.3f} R={strict.recall:.3f} F1={strict.f1:.3f}; "
                 f"lenient P={lenient.precision:.3f} R={lenient.recall:.3f} F1={lenient.f1:.3f}")
    print(f"parsed in {parse_s:.1f} s, coded in {code_s:.2f} s; per-class F1 " + " ".join(f"{f:.2f}" for f in f1s))
    print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
