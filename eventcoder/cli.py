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
    """Code files or folders of stories (text, JSON Lines, CoNLL-U); see docs/corpus.md."""
    from .coder import EventCoder
    from .parse import ParserUnavailable
    from .runner import RunError, code_corpus

    inputs = args.inputs
    if args.story_id:
        import attrs

        from .inputs import iter_inputs

        if len(inputs) != 1 or Path(inputs[0]).is_dir():
            print("eventcoder: --story-id needs exactly one input file", file=sys.stderr)
            return 2
        inputs = (attrs.evolve(item, story_id=args.story_id) for item in iter_inputs(
            inputs, input_format=args.input_format, id_field=args.id_field, date_field=args.date_field,
            text_field=args.text_field))
    coder = EventCoder(_load(args), model_dir=args.model_dir)
    try:
        summary = code_corpus(
            inputs,
            args.output,
            format=args.format,
            coder=coder,
            date=args.date,
            workers=args.workers,
            batch_size=args.batch_size,
            save_parses=args.save_parses,
            resume=args.resume,
            overwrite=args.overwrite,
            errors=args.errors,
            progress=args.progress,
            model_dir=args.model_dir,
            device=args.device,
            input_format=args.input_format,
            id_field=args.id_field,
            date_field=args.date_field,
            text_field=args.text_field,
        )
    except (RunError, ParserUnavailable) as exc:
        print(f"eventcoder: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        if args.output:
            print(f"eventcoder: interrupted; continue with the same command and --resume", file=sys.stderr)
        return 130
    if not args.quiet:
        print(f"eventcoder: {summary}", file=sys.stderr)
    return 0 if summary.ok else 1


def cmd_download_model(args) -> int:
    from .parse import ENV_MODEL_DIR, ParserUnavailable, download_model

    try:
        folder = download_model(args.dir)
    except ParserUnavailable as exc:
        print(f"eventcoder: {exc}", file=sys.stderr)
        return 2
    print(f"Stanza's English models are in {folder}")
    if args.dir:
        print(f"use them with --model-dir {folder} or {ENV_MODEL_DIR}={folder}")
    return 0


def cmd_dictionaries_check(args) -> int:
    from .dictionaries.tools import check

    result = check(*args.files, defaults=not args.no_defaults)
    for problem in result.errors + (result.warnings if args.warnings else []):
        print(problem)
    hidden = 0 if args.warnings else len(result.warnings)
    print(f"{len(result.errors)} errors, {len(result.warnings)} warnings" + (" (list them with --warnings)" if hidden else ""))
    return 0 if result.ok else 1


def cmd_dictionaries_lookup(args) -> int:
    from .coder import to_date
    from .dictionaries.tools import lookup

    result = lookup(_load(args), args.phrase, to_date(args.date))
    if args.json:
        print(json.dumps({"phrase": result.phrase, "date": str(result.date or ""), "code": result.code,
                          "actors": [dict(zip(("id", "words", "code", "where"), a)) for a in result.actors],
                          "agents": [dict(zip(("id", "words", "code", "where"), a)) for a in result.agents]}))
    else:
        print(result.render())
    return 0 if result.code else 1


def cmd_dictionaries_stats(args) -> int:
    from .dictionaries.tools import relative, stats

    rows = stats(_load(args))
    width = max((len(relative(f)) for f, _, _ in rows), default=10)
    for file, kind, count in rows:
        print(f"{relative(file):<{width}}  {kind:<18} {count:>8}")
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

    dicts = sub.add_parser("dictionaries", help="check, look up and count dictionary entries")
    dsub = dicts.add_subparsers(dest="dictionaries_command", required=True)
    p = dsub.add_parser("check", help="validate and lint; exit 1 on errors")
    p.add_argument("files", nargs="*", help="YAML files or folders (default: the shipped set)")
    p.add_argument("--no-defaults", action="store_true", help="check only FILES, not the shipped set under them")
    p.add_argument("--warnings", action="store_true", help="list warnings too, not only errors")
    p.set_defaults(func=cmd_dictionaries_check)
    p = dsub.add_parser("lookup", help="which entry and code a phrase resolves to on a date")
    p.add_argument("phrase")
    p.add_argument("--date", help="YYYY-MM-DD (actor codes can depend on it)")
    p.add_argument("--json", action="store_true")
    _dictionary_args(p)
    p.set_defaults(func=cmd_dictionaries_lookup)
    p = dsub.add_parser("stats", help="entries per file and type")
    _dictionary_args(p)
    p.set_defaults(func=cmd_dictionaries_stats)

    p = sub.add_parser(
        "code", help="code text, JSON Lines or CoNLL-U files (or folders of them) into events",
        description="Code stories into events. Inputs: .txt (one story per file), .jsonl (one story per line), "
        ".conllu (already parsed), or folders of these. See docs/corpus.md.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder (repeatable)")
    p.add_argument("-o", "--output", help="output file (default: JSON Lines on standard output)")
    p.add_argument("-f", "--format", choices=("jsonl", "csv", "tsv", "parquet"),
                   help="output format (default: from the output's suffix, else jsonl)")
    p.add_argument("--date", help="date (YYYY-MM-DD) of stories that carry none of their own")
    p.add_argument("--story-id", default="", help="story id for a single input file (default: its name)")
    p.add_argument("--input-format", choices=("auto", "text", "jsonl", "conllu"), default="auto",
                   help="how to read input files named directly (default: by suffix)")
    p.add_argument("--id-field", default="id", help="JSON Lines field of the story id (default: id)")
    p.add_argument("--date-field", default="date", help="JSON Lines field of the date (default: date)")
    p.add_argument("--text-field", default="text", help="JSON Lines field of the text (default: text)")
    p.add_argument("--save-parses", metavar="DIR", help="keep each story's CoNLL-U in DIR (re-code later without parsing)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run into the same output")
    p.add_argument("--overwrite", action="store_true", help="start again over an interrupted run's output")
    p.add_argument("--errors", metavar="FILE", help="errors file (default: OUTPUT.errors.jsonl, or standard error)")
    p.add_argument("-w", "--workers", type=int, default=1, help="processes parsing and coding in parallel (default: 1)")
    p.add_argument("--batch-size", type=int, default=16, help="stories per parser batch (default: 16)")
    p.add_argument("--model-dir", metavar="DIR", help="parsing model folder (default: see docs/corpus.md)")
    p.add_argument("--device", help="parse on cpu, cuda or cuda:N (default: a GPU if there is one)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on standard error (default: when it is a terminal)")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary line at the end")
    _dictionary_args(p)
    p.set_defaults(func=cmd_code)

    p = sub.add_parser("download-model", help="download Stanza's official English models (needs internet)")
    p.add_argument("--dir", help="folder for the models (default: Stanza's usual folder)")
    p.set_defaults(func=cmd_download_model)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except DictionaryError as exc:
        print(f"eventcoder: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head` and closed early
        sys.stderr.close()
        return 0
    except (OSError, ValueError) as exc:
        print(f"eventcoder: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
