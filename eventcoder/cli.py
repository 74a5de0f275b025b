"""The ``eventcoder`` command line: thin wrappers over the library.

Each subcommand parses its arguments, calls library functions and prints; no coding
decisions are made here.
"""

from __future__ import annotations

import argparse
import contextlib
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
    if Path(args.file).suffix in (".yaml", ".yml"):
        return _evaluate_gold(args, EventCoder(dictionaries, model_dir=args.model_dir))
    records = load_records(args.file)
    expected_failures = {}
    if args.expected_failures:
        data = yaml.safe_load(Path(args.expected_failures).read_text(encoding="utf-8")) or {}
        expected_failures = {str(k): str(v) for k, v in (data.get("expected_failures") or {}).items()}
    scores = evaluate(EventCoder(dictionaries), records, expected_failures)
    print(scores.report(verbose=args.verbose))
    if args.fail_under is not None and scores.f1 < args.fail_under:
        print(f"eventcoder: F1 {scores.f1:.3f} is under --fail-under {args.fail_under}", file=sys.stderr)
        return 1
    return 0


def _evaluate_gold(args, coder) -> int:
    """Hand-coded documents (docs/evaluate.md): strict and lenient scores, misses with -v."""
    from .conllu import read_conllu
    from .evaluate import evaluate_gold
    from .gold import load_gold

    documents = load_gold(args.file)
    sentences = [s for path in args.conllu for s in read_conllu(path)]
    if not args.text and not sentences:
        print("eventcoder: evaluate GOLD.yaml needs --conllu FILE (the parses of its documents) or --text", file=sys.stderr)
        return 2
    strict = evaluate_gold(coder, documents, sentences, text=args.text)
    lenient = evaluate_gold(coder, documents, sentences, text=args.text, lenient=True)
    if args.verbose:
        texts = {s.sent_id: s.words() for s in sentences}
        for score in strict.sentences:
            if not score.ok:
                print(f"{score.doc} {score.sent_id}: false={[' '.join(t) for t in score.false]} "
                      f"missed={[' '.join(t) for t in score.missed]} :: {texts.get(score.sent_id, '')[:140]}")
    mode = "raw text" if args.text else "given parses"
    print(strict.summary(f"strict ({mode}):  "))
    print(lenient.summary(f"lenient ({mode}): "))
    if args.fail_under is not None and strict.f1 < args.fail_under:
        print(f"eventcoder: F1 {strict.f1:.3f} is under --fail-under {args.fail_under}", file=sys.stderr)
        return 1
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
    if args.quiet:
        with _quiet():
            return _code(args)
    return _code(args)


def _code(args) -> int:
    from .coder import EventCoder
    from .parse import ParserUnavailable
    from .runner import RunError, code_corpus

    inputs = args.inputs
    if args.output == "-":
        args.output = None  # standard output, as without -o
    if args.inputs.count("-") > 1:
        print("eventcoder: standard input (-) can be read only once: name it once", file=sys.stderr)
    if args.dedupe and not args.output:
        print("eventcoder: --dedupe needs an output file (-o OUTPUT); or pipe JSON Lines into a file and run "
              "eventcoder dedupe on it", file=sys.stderr)
        return 2
    if args.story_id:
        import attrs

        from .inputs import iter_inputs

        if len(inputs) != 1 or Path(inputs[0]).is_dir():
            print("eventcoder: --story-id needs exactly one input file", file=sys.stderr)
            return 2
        inputs = (attrs.evolve(item, story_id=args.story_id) for item in iter_inputs(
            inputs, input_format=args.input_format, id_field=args.id_field, date_field=args.date_field,
            text_field=args.text_field))
    coder = EventCoder(_load(args), model_dir=args.model_dir, locations=not args.no_locations)
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
            torch_threads=args.torch_threads,
            input_format=args.input_format,
            id_field=args.id_field,
            date_field=args.date_field,
            text_field=args.text_field,
            ontology=args.ontology,
        )
    except (RunError, ParserUnavailable) as exc:
        print(f"eventcoder: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        _interrupted()
        if args.output:
            print("eventcoder: interrupted; continue with the same command and --resume", file=sys.stderr)
        return 130
    if not args.quiet:
        if summary.provenance is not None:
            print(f"eventcoder: made by {summary.provenance.describe()}", file=sys.stderr)
        print(f"eventcoder: {summary}", file=sys.stderr)
    if args.dedupe:  # a post-pass over the complete output: resume never sees a filtered file
        from .dedupe import dedupe_file

        result = dedupe_file(args.output, format=args.format, mode=args.dedupe)
        if not args.quiet:
            print(f"eventcoder: {result}", file=sys.stderr)
    return 0 if summary.ok else 1


@contextlib.contextmanager
def _quiet():
    """``-q``: no notices or warnings (the compact model's notice, library warnings), here and
    in worker processes, for the command's duration; errors are still shown."""
    import logging
    import os
    import warnings

    logger = logging.getLogger("eventcoder")
    level, environment = logger.level, os.environ.get("PYTHONWARNINGS")
    logger.setLevel(logging.ERROR)
    os.environ["PYTHONWARNINGS"] = "ignore"  # spawned worker processes
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
        if environment is None:
            os.environ.pop("PYTHONWARNINGS", None)
        else:
            os.environ["PYTHONWARNINGS"] = environment


def cmd_dedupe(args) -> int:
    """One event per (date, source, code, target) with its number of reports."""
    from .dedupe import dedupe_file

    result = dedupe_file(args.events, args.output, format=args.format)
    print(f"eventcoder: {result} -> {args.output or args.events}", file=sys.stderr)
    return 0


def cmd_aggregate(args) -> int:
    """Counts per period and group by quad class and root, Goldstein sum and mean; optional plot."""
    from .aggregate import aggregate, plot, write_table

    by = [b.strip() for b in args.by.split(",") if b.strip()] if args.by else []
    actors = [a.strip() for a in args.actors.split(",") if a.strip()] if args.actors else []
    table = aggregate(args.events, by=by, freq=args.freq)
    if args.output == "-":
        args.output = None  # standard output
    if args.output or not args.plot:
        write_table(table, args.output, args.format)
    if args.plot:
        written = plot(args.events, args.plot, by=by, freq=args.freq, top=args.top, actors=actors)
        print(f"eventcoder: plot in {written}", file=sys.stderr)
    return 0


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


def cmd_explain(args) -> int:
    """Why a sentence was coded as it was: parse tree, verbs, patterns, actors, events."""
    from .coder import EventCoder
    from .explain import explain_conllu, explain_text, render_html, render_text, trace_to_json
    from .parse import ParserUnavailable

    if bool(args.sentence) == bool(args.conllu):
        print("eventcoder: explain needs a SENTENCE or --conllu FILE (one of the two)", file=sys.stderr)
        return 2
    if args.html == "-" and args.json:
        print("eventcoder: --html - and --json both write to standard output; give --html a file", file=sys.stderr)
        return 2
    coder = EventCoder(_load(args), model_dir=args.model_dir)
    try:
        if args.conllu:
            traces = explain_conllu(coder, args.conllu, args.date)
        else:
            traces = explain_text(coder, args.sentence, args.date, story_id="text")
    except ParserUnavailable as exc:
        print(f"eventcoder: {exc}", file=sys.stderr)
        return 2
    if args.sentence_id:
        traces = [t for t in traces if t.sentence_id == args.sentence_id or f"{t.story_id}#{t.sentence_id}" == args.sentence_id]
        if not traces:
            print(f"eventcoder: no sentence {args.sentence_id!r} (give its sent_id, or STORY#SENT_ID)", file=sys.stderr)
            return 1
    if args.html:
        page = render_html(traces, ontology=coder.dictionaries.ontology)
        if args.html == "-":
            sys.stdout.write(page)
            return 0
        try:
            Path(args.html).write_text(page, encoding="utf-8")
        except OSError as exc:
            print(f"eventcoder: cannot write {args.html}: {exc.strerror or exc}", file=sys.stderr)
            return 2
        print(f"eventcoder: wrote {len(traces)} sentence(s) to {args.html}", file=sys.stderr)
        if not args.json:
            return 0
    print(trace_to_json(traces) if args.json else render_text(traces))
    return 0


def cmd_discover(args) -> int:
    """Unknown actors and uncovered verbs of parsed stories, ranked, with YAML drafts."""
    from .discover import discover_files, discovery_to_dict, draft_actors, draft_agents, draft_verbs, render_text

    dictionaries = _load(args)
    found = discover_files(dictionaries, args.inputs, args.date, examples=args.examples, limit=args.limit)
    if args.output:
        folder = Path(args.output)
        drafts = {
            "actors.draft.yaml": draft_actors(found, min_count=args.min_count, existing_ids=[a.id for a in dictionaries.actors]),
            "agents.draft.yaml": draft_agents(found, min_count=args.min_count, existing_ids=[a.id for a in dictionaries.agents]),
            "verbs.draft.yaml": draft_verbs(found, min_count=args.min_count, existing_ids=[b.id for b in dictionaries.verbs]),
        }
        existing = [name for name in drafts if (folder / name).exists()]
        if existing and not args.force:
            print(f"eventcoder: {folder} already holds {', '.join(existing)}: edit those, or use --force to replace them",
                  file=sys.stderr)
            return 2
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in drafts.items():
            (folder / name).write_text(text, encoding="utf-8")
    if args.json:
        print(json.dumps(discovery_to_dict(found), ensure_ascii=False, indent=2))
    else:
        print(render_text(found, top=args.top))
        if args.output:
            print(f"\ndrafts for review: {', '.join(str(Path(args.output) / n) for n in drafts)}")
    return 0


def cmd_diff(args) -> int:
    """Events that appeared, disappeared or changed between two codings; exit 1 when any did."""
    from .diff import diff_files, diff_to_dict, provenance_warnings, render_text

    result = diff_files(args.old, args.new)
    for warning in provenance_warnings(args.old, args.new):
        print(f"eventcoder: warning: {warning}", file=sys.stderr)
    if args.json:
        print(json.dumps(diff_to_dict(result), ensure_ascii=False, indent=2))
    else:
        print(render_text(result, limit=args.limit or None))
    return 1 if result.changes else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="eventcoder", description="CAMEO event coding from UD parses")
    from . import __version__

    parser.add_argument("--version", action="version", version=f"eventcoder {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("evaluate", help="score coding against hand-coded gold (YAML documents) or validation records (JSON Lines)")
    p.add_argument("file", help="gold documents (.yaml, docs/evaluate.md) or feature-test records (.jsonl)")
    p.add_argument("--conllu", action="append", default=[], metavar="FILE",
                   help="parses of the gold documents, by # newdoc id and sent_id (repeatable)")
    p.add_argument("--text", action="store_true", help="parse the documents' raw text with the library's parser")
    p.add_argument("--model-dir", default=None, help="parsing model folder, with --text")
    p.add_argument("--fail-under", type=float, default=None, metavar="F1",
                   help="exit 1 when event F1 is below this (gold YAML: the strict F1; JSON Lines records: "
                   "the F1 over the records' expected source-code-target triples), from 0 to 1")
    p.add_argument("--expected-failures", metavar="YAML", help="records known to fail, with reasons")
    p.add_argument("-v", "--verbose", action="store_true", help="list every failing record or sentence")
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
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file or folder (repeatable); - reads standard input")
    p.add_argument("-o", "--output", help="output file (default, or -: JSON Lines on standard output)")
    p.add_argument("-f", "--format", choices=("jsonl", "csv", "tsv", "parquet"),
                   help="output format (default: from the output's suffix, which must be one of .jsonl .ndjson .json "
                   ".csv .tsv .parquet; no output file: jsonl)")
    p.add_argument("--date", help="date (YYYY-MM-DD) of stories that carry none of their own")
    p.add_argument("--story-id", default="", help="story id for a single input file (default: its name)")
    p.add_argument("--input-format", choices=("auto", "text", "jsonl", "conllu"), default="auto",
                   help="how to read input files named directly (default: by suffix; standard input: "
                   "from its first line, { for jsonl, # or a token line for conllu, else text)")
    p.add_argument("--id-field", default="id", help="JSON Lines field of the story id (default: id)")
    p.add_argument("--date-field", default="date", help="JSON Lines field of the date (default: date)")
    p.add_argument("--text-field", default="text", help="JSON Lines field of the text (default: text)")
    p.add_argument("--save-parses", metavar="DIR", help="keep each story's CoNLL-U in DIR (re-code later without parsing)")
    p.add_argument("--no-locations", action="store_true",
                   help="do not locate events (no gazetteer; location columns left empty; docs/locations.md)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run into the same output")
    p.add_argument("--overwrite", action="store_true", help="start again over an interrupted run's output")
    p.add_argument("--errors", metavar="FILE",
                   help="errors file; - for standard error (default: OUTPUT.errors.jsonl, or standard error)")
    p.add_argument("-w", "--workers", type=int, default=1, help="processes parsing and coding in parallel (default: 1)")
    p.add_argument("--batch-size", type=int, default=16, help="stories per parser batch (default: 16)")
    p.add_argument("--model-dir", metavar="DIR", help="parsing model folder (default: see docs/corpus.md)")
    p.add_argument("--device", help="parse on cpu, cuda or cuda:N (default: a GPU if there is one)")
    p.add_argument("--torch-threads", type=int, default=1, metavar="N",
                   help="CPU threads per parsing process (default: 1; use --workers for more cores)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress bar on standard error (default: when it is a terminal)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="no notices, warnings or summary lines (errors are still shown)")
    p.add_argument("--ontology", choices=("cameo", "plover"), default="cameo",
                   help="record layout: CAMEO events (default; with PLOVER columns) or PLOVER-style records")
    p.add_argument("--dedupe", choices=("day",), help="one event per date, source, code and target, with a count "
                   "of reports, once the run is complete (docs/plover-and-aggregate.md)")
    _dictionary_args(p)
    p.set_defaults(func=cmd_code)

    p = sub.add_parser("dedupe", help="one-a-day filter: one event per date, source, code, target, with a count",
                       description="Keep the first event of each (date, source, code, target) and add `reports`, the "
                       "number of events it stands for. See docs/plover-and-aggregate.md.")
    p.add_argument("events", help="event file from eventcoder code (.jsonl, .csv, .tsv, .parquet)")
    p.add_argument("-o", "--output", help="output file, same format (default: replace EVENTS)")
    p.add_argument("-f", "--format", choices=("jsonl", "csv", "tsv", "parquet"), help="format (default: by suffix)")
    p.set_defaults(func=cmd_dedupe)

    p = sub.add_parser("aggregate", help="event counts per period: quad classes, roots, Goldstein; plots",
                       description="Counts by quad class and root code, Goldstein sum and mean, per period and group; "
                       "--plot draws the busiest series. Needs pandas and matplotlib (eventcoder[analysis]). "
                       "See docs/plover-and-aggregate.md.")
    p.add_argument("events", help="event file from eventcoder code (.jsonl, .csv, .tsv, .parquet)")
    p.add_argument("-o", "--output", help="table file (.csv, .tsv, .jsonl, .parquet; default, or -: CSV on standard output)")
    p.add_argument("-f", "--format", choices=("jsonl", "csv", "tsv", "parquet"), help="table format (default: by suffix)")
    p.add_argument("--by", default="source,target", help="group columns, comma-separated ('' for none; default: source,target)")
    p.add_argument("--freq", default="W", help="period: D, W, M, Q or Y (default: W)")
    p.add_argument("--plot", metavar="FILE", help="draw the time series into FILE.png or FILE.html")
    p.add_argument("--top", type=int, default=5, help="series plotted: the N busiest groups (default: 5)")
    p.add_argument("--actors", metavar="A,B", help="plot these actors instead (events they are source or target of)")
    p.set_defaults(func=cmd_aggregate)

    p = sub.add_parser("explain", help="why a sentence was coded as it was (or not at all)",
                       description="Show the parse, every verb considered, the entry and pattern that matched or "
                       "why none did, how source and target were found, and the events. See docs/tools.md.")
    p.add_argument("sentence", nargs="?", help="text to parse and explain (needs a parsing model)")
    p.add_argument("--conllu", metavar="FILE", help="explain every sentence of a CoNLL-U file or folder instead")
    p.add_argument("--sentence-id", metavar="ID", help="show only this sentence (its sent_id, or STORY#SENT_ID)")
    p.add_argument("--date", help="story date, YYYY-MM-DD (chooses date-restricted actor codes)")
    p.add_argument("--json", action="store_true", help="JSON instead of text")
    p.add_argument("--html", metavar="OUT.html", help="write a page picturing each parse, roles highlighted, "
                   "instead of the text ('-': standard output)")
    p.add_argument("--model-dir", metavar="DIR", help="parsing model folder (default: see docs/corpus.md)")
    _dictionary_args(p)
    p.set_defaults(func=cmd_explain)

    p = sub.add_parser("discover", help="unknown actors and uncovered verbs of a parsed corpus, with YAML drafts",
                       description="Rank the noun phrases in source/target position that resolve to no actor and the "
                       "verbs with actors on both sides that no entry covers. See docs/tools.md.")
    p.add_argument("inputs", nargs="+", metavar="CORPUS", help="CoNLL-U file or folder (e.g. saved parses)")
    p.add_argument("--date", help="date (YYYY-MM-DD) of stories that carry none of their own")
    p.add_argument("-o", "--output", metavar="DIR", help="write actors/agents/verbs .draft.yaml files for review into DIR")
    p.add_argument("--force", action="store_true", help="replace drafts already in DIR")
    p.add_argument("--min-count", type=int, default=1, help="leave out of the drafts what was seen fewer times")
    p.add_argument("--top", type=int, default=25, help="items listed per section (default: 25)")
    p.add_argument("--examples", type=int, default=3, help="example sentences per item (default: 3)")
    p.add_argument("--limit", type=int, help="stop after this many sentences")
    p.add_argument("--json", action="store_true", help="JSON instead of text")
    _dictionary_args(p)
    p.set_defaults(func=cmd_discover)

    p = sub.add_parser("diff", help="events appeared, disappeared or changed between two JSON Lines event files",
                       description="Compare two codings of the same corpus, grouped by code and by dictionary entry. "
                       "Exit status 0: no differences, 1: differences. See docs/tools.md.")
    p.add_argument("old", help="events before (JSON Lines from eventcoder code)")
    p.add_argument("new", help="events after")
    p.add_argument("--limit", type=int, default=50, help="changes listed per kind (0: all; default: 50)")
    p.add_argument("--json", action="store_true", help="JSON instead of text")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("download-model", help="download Stanza's official English models (needs internet)")
    p.add_argument("--dir", help="folder for the models (default: Stanza's usual folder)")
    p.set_defaults(func=cmd_download_model)
    return parser


def _interrupted() -> None:
    """Ctrl-C has been handled, the files are closed and the exit status is 130: ignore another.

    Users press Ctrl-C twice. One that came while the interpreter shut down (after it restored
    the default action) killed the process, exit status -2 instead of 130; an ignored one is not
    restored then. Only the command line does this: a library caller keeps its own handler.
    """
    import signal

    with contextlib.suppress(ValueError):  # not the main thread (main() called from a thread)
        signal.signal(signal.SIGINT, signal.SIG_IGN)


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
    except KeyboardInterrupt:  # Ctrl-C before a command's own handling (loading dictionaries)
        _interrupted()
        print("eventcoder: interrupted", file=sys.stderr)
        return 130
    except (OSError, ValueError, ImportError) as exc:
        print(f"eventcoder: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
