#!/usr/bin/env python3
"""Regenerate the actor, agent, discard and issue YAML files from the PETRARCH originals.

    python tools/convert_petrarch_lists.py [--src ../shared/petrarch-dictionaries] [--quiet]

Writes dictionaries/actors/{countries,international,nonstate}.yaml, dictionaries/agents.yaml,
dictionaries/discards.yaml, dictionaries/issues.yaml (from the Phoenix files) and
tests/data/validate/{actors,agents,discards}.yaml (from the PETR.Validate files), then prints
each file's counts and every problem (``file:line: warning: ...``); ``--notes`` also prints
the faithful rewrites. The output is deterministic.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventcoder.dictionaries.petrarch_actors import PHOENIX_FILES, VALIDATE_FILES, convert_all  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=ROOT.parent / "shared" / "petrarch-dictionaries")
    parser.add_argument("--dictionaries", type=Path, default=ROOT / "dictionaries")
    parser.add_argument("--validate-dir", type=Path, default=ROOT / "tests" / "data" / "validate")
    parser.add_argument("--notes", action="store_true", help="also print the notes (faithful rewrites)")
    parser.add_argument("--quiet", action="store_true", help="print only the summaries")
    args = parser.parse_args(argv)
    if not args.src.is_dir():
        parser.error(f"PETRARCH dictionaries not found: {args.src}")
    reports = convert_all(args.src, args.dictionaries, PHOENIX_FILES)
    reports += convert_all(args.src, args.validate_dir, VALIDATE_FILES)
    for report in reports:
        if not args.quiet:
            for problem in report.problems:
                print(problem)
            if args.notes:
                for note in report.notes:
                    print(note)
    for report in reports:
        print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
