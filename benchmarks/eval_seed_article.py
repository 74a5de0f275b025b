"""The seed article of issue #14, coded as a user would, against the project's hand coding.

    python benchmarks/eval_seed_article.py [-v]

Parses ``../shared/examples/idlib-article.txt`` (read in place) with the library's parser as
one story dated 2020-02-28, and prints how many of the events a careful coder requires were
found (strict: source, code and target as listed; lenient: countries and CAMEO root) and how
many coded events match neither a required nor an optional one. The hand coding below is the
project's own, by the conventions of ``../shared/validation/news-dev/README.md``; the events are
keyed by sentence number as the library splits the article (``docs/accuracy.md`` explains each).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT.parent / "shared" / "examples" / "idlib-article.txt"
DATE = "2020-02-28"

# (sentence, accepted sources, accepted codes or CAMEO roots, accepted targets)
REQUIRED = [
    (1, ("IRN",), ("130", "13"), ("TUR",)),  # the headline's warning
    (2, ("IRNMIL", "IRN"), ("130", "13"), ("TUR",)),  # the advisory centre warned Turkey
    (4, ("TUR", "TURMIL"), ("190", "19"), ("SYRMIL", "IRNUAF", "SYR")),  # Turkish offensives
    (9, ("IRNUAF", "IRN", "IRNMIL"), ("05", "06"), ("SYRMIL", "SYRGOV", "SYR")),  # militias supported the units
    (11, ("IRNMIL", "IRN"), ("02", "10"), ("TURMIL", "TUR")),  # negotiators sent to urge a halt
    (13, ("IRN",), ("06", "07"), ("SYRGOV", "SYR")),  # militarily supported the regime
    (14, ("IRN",), ("07",), ("LBNREB",)),  # funds Hezbollah
    (15, ("SYRMIL", "SYR"), ("190", "19"), ("SYRREB",)),  # the assault on the rebels
    (19, ("TURGOV",), ("04",), ("IRNGOV",)),  # the telephone conversation, both ways
    (19, ("IRNGOV",), ("04",), ("TURGOV",)),
    (20, ("TURGOV",), ("04",), ("IRNGOV",)),  # the talks, both ways
    (20, ("IRNGOV",), ("04",), ("TURGOV",)),
]
# (sentence, None for the whole sentence, or (source country, code prefix)): teaser headlines
# of other stories, intents, and what a careful coder may leave out.
OPTIONAL = [
    (3, None), (6, None), (12, None), (17, None),
    (10, ("SYR", "19")), (10, ("TUR", "06")),
    (14, ("LBN", "05")), (14, ("LBN", "06")),
    (15, ("RUS", "06")), (15, ("SYR", "192")),
    (18, ("IRN", "03")), (18, ("IRN", "05")),
]


def _code_ok(code: str, accepted) -> bool:
    return any(code == a or (len(a) == 2 and code[:2] == a) for a in accepted)


def score(events) -> tuple[int, int, int, list[str]]:
    """(required found strictly, found leniently, coded events wrong, notes)."""
    strict = lenient = 0
    used: set[int] = set()
    notes = []
    for sentence, sources, codes, targets in REQUIRED:
        here = [(i, e) for i, e in enumerate(events) if int(e.sentence_id) == sentence]
        exact = [i for i, e in here if e.source in sources and _code_ok(e.code, codes) and e.target in targets]
        loose = [i for i, e in here if e.source[:3] in {s[:3] for s in sources}
                 and any(e.code[:2] == c[:2] for c in codes) and e.target[:3] in {t[:3] for t in targets}]
        strict += bool(exact)
        lenient += bool(loose)
        used.update(exact + loose)
        if not exact:
            notes.append(f"missed {'(lenient match) ' if loose else ''}sentence {sentence}: {sources[0]} {codes[0]} {targets[0]}")
    wrong = 0
    for i, e in enumerate(events):
        if i in used:
            continue
        sentence = int(e.sentence_id)
        if any(s == sentence and (what is None or (e.source[:3] == what[0] and e.code.startswith(what[1])))
               for s, what in OPTIONAL):
            continue
        wrong += 1
        notes.append(f"wrong sentence {sentence}: {e.source} {e.code} {e.target}")
    return strict, lenient, wrong, notes


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses and the wrong events")
    args = parser.parse_args(argv)
    if not ARTICLE.exists():
        print(f"no seed article at {ARTICLE} (../shared is not beside the repository)", file=sys.stderr)
        return 2
    import eventcoder

    coder = eventcoder.EventCoder(eventcoder.load_dictionaries())
    events = coder.code_text(ARTICLE.read_text(encoding="utf-8"), date=DATE, story_id="idlib-article")
    strict, lenient, wrong, notes = score(events)
    if args.verbose:
        print("\n".join(notes))
    print(f"seed article: required events found {strict} strict / {lenient} lenient of {len(REQUIRED)}; "
          f"coded events wrong {wrong} of {len(events)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
