#!/usr/bin/env python3
"""Regenerate every converted dictionary from the PETRARCH originals in ../shared.

    python tools/convert_dictionaries.py [--src ../shared/petrarch-dictionaries] [-v]

Writes the shipped set under dictionaries/ (verbs split by CAMEO root category, actors,
agents, discards, issues) and the validation set under tests/data/validate/, then prints
each file's counts; -v also lists every problem as file:line. Running it twice gives no
diff. The CAMEO table itself is built by tools/build_cameo.py.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eventcoder.dictionaries.petrarch_actors import PHOENIX_FILES, VALIDATE_FILES, convert_all  # noqa: E402
from eventcoder.dictionaries.petrarch_verbs import convert_verbs, convert_verbs_split  # noqa: E402
from eventcoder.ontology import Ontology  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--src", type=Path, default=ROOT.parent / "shared" / "petrarch-dictionaries")
    parser.add_argument("--dictionaries", type=Path, default=ROOT / "dictionaries")
    parser.add_argument("--validate-dir", type=Path, default=ROOT / "tests" / "data" / "validate")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every problem")
    args = parser.parse_args(argv)
    if not args.src.is_dir():
        parser.error(f"PETRARCH dictionaries not found: {args.src}")
    ontology = Ontology.load(args.dictionaries / "cameo.yaml")

    reports = []
    verbs_dir = args.dictionaries / "verbs"
    if verbs_dir.exists():
        shutil.rmtree(verbs_dir)
    files, report = convert_verbs_split(args.src / "CAMEO.2.0.txt", known_codes=ontology)
    for name, text in files.items():
        path = args.dictionaries / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    reports.append(report)
    reports += convert_all(args.src, args.dictionaries, PHOENIX_FILES)

    text, report = convert_verbs(args.src / "PETR.Validate.verbs.2.0.txt")
    (args.validate_dir / "verbs.yaml").write_text(text, encoding="utf-8")
    reports.append(report)
    reports += convert_all(args.src, args.validate_dir, VALIDATE_FILES)

    shutil.copyfile(args.src / "LICENSE", args.dictionaries / "LICENSE-PETRARCH")
    for report in reports:
        print(report.summary())
        if args.verbose:
            for problem in report.problems:
                print(f"  {problem}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
