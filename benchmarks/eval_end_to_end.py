"""Raw text to events on the validation records: our parser against the given parses.

    python benchmarks/eval_end_to_end.py [--model-dir DIR]

Parses the ``text`` of every record of ../shared/validation/petr-unit-dev.jsonl with the
parsing model eventcoder chooses (the compact offline model unless told otherwise), codes
it with the validation dictionaries, and prints precision, recall, F1 and the share of
records fully correct, next to the same figures on the records' given UD parses.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDS = ROOT.parent / "shared" / "validation" / "petr-unit-dev.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model-dir", default=None)
    args = parser.parse_args()

    import attrs

    from eventcoder import EventCoder, load_dictionaries, write_conllu
    from eventcoder.evaluate import evaluate, load_records
    from eventcoder.parse import StanzaParser

    records = load_records(RECORDS)
    coder = EventCoder(load_dictionaries(ROOT / "tests" / "data" / "validate", defaults=False))
    given = evaluate(coder, records)

    start = time.perf_counter()
    stanza = StanzaParser(args.model_dir)
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    parsed = list(stanza.parse_many(r.text for r in records))
    took = time.perf_counter() - start
    reparsed = [attrs.evolve(r, conllu=write_conllu(sentences)) for r, sentences in zip(records, parsed)]
    ours = evaluate(coder, reparsed)

    print(f"model: {stanza.choice.path} ({stanza.choice.reason}); loaded in {loaded:.1f} s, "
          f"parsed {len(records)} texts in {took:.1f} s")
    for label, scores in (("given UD parses", given), ("parsed by eventcoder", ours)):
        print(f"{label:>22}: precision {scores.precision:.3f}  recall {scores.recall:.3f}  F1 {scores.f1:.3f}  "
              f"fully correct {scores.fully_correct}/{len(scores.results)} = {scores.share_correct:.1%}")


if __name__ == "__main__":
    main()
