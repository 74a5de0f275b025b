"""List the locations eventcoder gives the events it codes in news-dev (gold UD parses), for
hand-checking; the judged sample is in docs/locations.md.

    python benchmarks/eval_locations.py [--limit 50] [--all-sentences] > sample.tsv

Each line: sentence id, event, verb, then the location's rule, the words it rests on, the
gazetteer's name, country and precision ("-" for none). Codes with ``require_target=False``
so that more events (and their places) are seen than the scored set; sentences are those the
gold file lists unless ``--all-sentences``. Prints ids and short place words, not the
treebanks' sentences.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from eventcoder import EventCoder, load_dictionaries, read_conllu  # noqa: E402
from eventcoder.gold import conllu_documents, load_gold, story_sentences  # noqa: E402

SHARED = ROOT.parent / "shared"
UD = ("en_pud-ud-test.conllu", "en_ewt-ud-dev.conllu", "en_ewt-ud-test.conllu", "en_gum-ud-dev.conllu", "en_gum-ud-test.conllu")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--limit", type=int, default=0, help="stop after this many events (0: all)")
    ap.add_argument("--all-sentences", action="store_true", help="every sentence of each document, not only the listed ones")
    a = ap.parse_args(argv)
    gold = a.shared / "validation" / "news-dev" / "news-dev.yaml"
    if not gold.exists():
        print(f"no {gold}: needs the shared validation data", file=sys.stderr)
        return 2
    sentences = [s for name in UD for s in read_conllu(a.shared / "ud" / name)]
    by_id = {s.sent_id: s for s in sentences}
    grouped = conllu_documents(sentences)
    coder = EventCoder(load_dictionaries(), require_target=False)
    count = 0
    for doc in load_gold(gold):
        story = story_sentences(doc, grouped, by_id)
        listed = {s.sent_id for s in doc.sentences}
        for event in coder.code_sentences(story, date=doc.date or None, story_id=doc.doc):
            if not a.all_sentences and event.sentence_id not in listed:
                continue
            loc = event.location
            where = (f"{loc.rule}\t{loc.span.text}\t{loc.name}\t{loc.country}\t{loc.precision}" if loc else "-\t-\t-\t-\t-")
            print(f"{event.sentence_id}\t{event.short()}\t{event.provenance.verb.text}\t{where}")
            count += 1
            if a.limit and count >= a.limit:
                return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
