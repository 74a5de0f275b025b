"""The ``eventcoder`` command line: thin wrappers over the library.

Each subcommand parses its arguments, calls library functions and prints; no coding
decisions are made here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Optional, Sequence

from .dictionaries.yamlio import DictionaryError


def _dictionary_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-d", "--dictionaries", action="append", default=[], metavar="PATH",
        help="YAML dictionary file or folder, layered over the shipped set (repeatable)",
    )
    parser.add_argument(
        "--no-defaults", action="store_true",
        help="do not load the shipped dictionaries (only the CAMEO table and --dictionaries)",
    )


def _load(args):
    from .dictionaries.loader import load_dictionaries

    return load_dictionaries(*args.dictionaries, defaults=not args.no_defaults)


def cmd_evaluate(args) -> int:
    import yaml

    from .coder import EventCoder
    from .evaluate import evaluate, load_records

    dictionaries = _load(args)
    records = load_records(args.file)
    expected_failures = {}
    if args.expected_failures:
        data = yaml.safe_load(Path(args.expected_failures).read_text(encoding="utf-8")) or {}
        expected_failures = {str(k): str(v) for k, v in (data.get("expected_failures") or {}).items()}
    scores = evaluate(EventCoder(dictionaries), records, expected_failures)
    print(scores.report(verbose=args.verbose))
    return 0


def cmd_convert(args) -> int:
    from .dictionaries.convert import convert_files

    out = Path(args.output)
    reports = convert_files([Path(p) for p in args.sources], out)
    errors = 0
    for report in reports:
        print(report.summary())
        for problem in report.problems:
            if args.verbose or problem.severity == "error":
                print(f"  {problem}")
            errors += problem.severity == "error"
        hidden = sum(1 for p in report.problems if p.severity != "error")
        if hidden and not args.verbose:
            print(f"  ({hidden} warnings: rerun with -v to list them)")
    return 1 if errors else 0


def cmd_code(args) -> int:
    from .coder import EventCoder
    from .writers import event_record

    dictionaries = _load(args)
    coder = EventCoder(dictionaries)
    events = coder.code_conllu(Path(args.input), date=args.date, story_id=args.story_id or Path(args.input).stem)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    try:
        for event in events:
            out.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")
    finally:
        if args.output:
            out.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventcoder", description="CAMEO event coding from UD parses")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("evaluate", help="score coding against validation records (JSON Lines)")
    p.add_argument("file")
    p.add_argument("--expected-failures", metavar="YAML", help="records known to fail, with reasons")
    p.add_argument("-v", "--verbose", action="store_true", help="list every failing record")
    _dictionary_args(p)
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("convert-petrarch", help="convert PETRARCH/TABARI dictionaries to YAML")
    p.add_argument("sources", nargs="+", help="PETRARCH dictionary files (.txt)")
    p.add_argument("-o", "--output", required=True, help="folder for the YAML files")
    p.add_argument("-v", "--verbose", action="store_true", help="list every problem, not only errors")
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("code", help="code a CoNLL-U file as one story")
    p.add_argument("input")
    p.add_argument("--date", required=True, help="story date, YYYY-MM-DD")
    p.add_argument("--story-id", default="")
    p.add_argument("-o", "--output", help="JSON Lines output (default: standard output)")
    _dictionary_args(p)
    p.set_defaults(func=cmd_code)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except DictionaryError as exc:
        print(f"eventcoder: {exc}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as exc:
        print(f"eventcoder: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
