"""Command-line conventions (issue #15): ``-`` reads standard input, ``--errors -`` writes to
standard error, unknown output suffixes are refused, a complete run leaves no progress file,
``evaluate --fail-under`` fails a pipeline, ``-q`` silences notices but not errors.

Real runs of the command on the project's example parses and text.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder.cli import main
from eventcoder.conllu import read_conllu, write_conllu

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "turkey-iran.conllu"
EXAMPLE_TEXT = REPO / "examples" / "turkey-iran.txt"
SMALL = ["--no-defaults", "-d", str(REPO / "tests" / "data" / "validate")]


def run(args: list[str], stdin: bytes = b"", cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "eventcoder.cli"] + args, input=stdin, capture_output=True,
                          cwd=cwd, env=_env())


def _env() -> dict:
    import os

    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_standard_input_is_sniffed_and_codes_like_the_file(tmp_path):
    from_file, from_stdin = tmp_path / "file.jsonl", tmp_path / "stdin.jsonl"
    assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "-o", str(from_file), "-q"]) == 0
    result = run(["code", "-", "--story-id", EXAMPLE.stem, "--date", "2020-02-28", "-o", str(from_stdin)],
                 stdin=EXAMPLE.read_bytes())
    assert result.returncode == 0, result.stderr
    assert from_stdin.read_bytes() == from_file.read_bytes() and from_file.stat().st_size > 0
    # Without --story-id, the story is "stdin"; to standard output without -o.
    result = run(["code", "-", "--date", "2020-02-28"], stdin=EXAMPLE.read_bytes())
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and {r["story_id"] for r in records} == {"stdin"}


def test_standard_input_can_be_named_once():
    assert main(["code", "-", "-", "--date", "2020-02-28"]) == 2


def test_errors_to_standard_error_with_an_output_file_and_no_progress_file_left(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    sentences = read_conllu(EXAMPLE)
    (corpus / "2020-02-28-first.conllu").write_text(write_conllu(sentences[:3]), encoding="utf-8")
    (corpus / "undated.conllu").write_text(write_conllu(sentences[3:]), encoding="utf-8")  # no date: fails
    out = tmp_path / "events.jsonl"
    args = ["code", str(corpus), "-o", str(out), "--errors", "-"] + SMALL
    result = run(args, cwd=tmp_path)
    assert result.returncode == 1
    failed = [line for line in result.stderr.decode().splitlines() if line.startswith("eventcoder: failed: ")]
    assert len(failed) == 1 and json.loads(failed[0][len("eventcoder: failed: "):])["story_id"] == "undated"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "events.jsonl", "events.jsonl.meta.json"]
    # A resume of the complete run has nothing to do and reports what the run did.
    before = out.read_bytes()
    result = run(args + ["--resume"], cwd=tmp_path)
    assert result.returncode == 1 and out.read_bytes() == before
    assert "2 stories (2 done before the resume; 1 failed)" in result.stderr.decode()


def test_unknown_output_suffixes_are_refused(tmp_path, capsys):
    out = tmp_path / "events.xlsx"
    assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "unknown output suffix '.xlsx'" in err and all(s in err for s in (".jsonl", ".csv", ".tsv", ".parquet"))
    assert not out.exists() and not list(tmp_path.iterdir())
    named = tmp_path / "events.out"  # a suffix of one's own, with the format named
    assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "-o", str(named), "-f", "csv", "-q"]) == 0
    assert named.read_text(encoding="utf-8").startswith("date,source,target,code")


def test_evaluate_fail_under_applies_to_the_records_f1(tmp_path, capsys):
    import eventcoder

    coder = eventcoder.EventCoder(eventcoder.load_dictionaries(REPO / "tests" / "data" / "validate", defaults=False))
    records = []
    for sentence in read_conllu(EXAMPLE):
        coded = coder.code_sentences([sentence], date="2020-02-28", story_id=sentence.sent_id)
        expected = [{"source": e.source, "code": e.code, "target": e.target} for e in coded]
        records.append({"id": sentence.sent_id, "date": "2020-02-28", "conllu": write_conllu([sentence]),
                        "expected": expected})
    assert any(r["expected"] for r in records)
    records[0]["expected"].append({"source": "AAA", "code": "010", "target": "BBB"})  # a miss, on purpose
    path = tmp_path / "records.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["evaluate", str(path)] + SMALL) == 0
    f1 = float(re.search(r"F1: ([\d.]+)", capsys.readouterr().out).group(1))
    assert 0 < f1 < 1
    assert main(["evaluate", str(path), "--fail-under", str(round(f1 + 0.01, 3))] + SMALL) == 1
    assert f"F1 {f1:.3f} is under --fail-under" in capsys.readouterr().err
    assert main(["evaluate", str(path), "--fail-under", str(round(f1 - 0.01, 3))] + SMALL) == 0


def test_quiet_silences_notices_but_not_errors(tmp_path, parsing_model):
    text = EXAMPLE_TEXT.read_text(encoding="utf-8")
    stories = [{"id": "good", "date": "2020-02-28", "text": text}, {"id": "blank", "date": "2020-02-28", "text": " "}]
    stdin = "".join(json.dumps(s) + "\n" for s in stories).encode()  # JSON Lines, sniffed
    result = run(["code", "-", "-q", "--errors", "-"] + SMALL, stdin=stdin)
    assert result.returncode == 1
    err = result.stderr.decode().splitlines()
    assert len(err) == 1 and err[0].startswith("eventcoder: failed: ") and '"blank"' in err[0]
    assert {json.loads(line)["story_id"] for line in result.stdout.splitlines()} <= {"good"}


@pytest.mark.parametrize("kind", ["text", "jsonl", "conllu"])
def test_the_format_of_standard_input_is_sniffed_from_its_first_line(monkeypatch, kind):
    import io

    from eventcoder.inputs import iter_inputs

    text = EXAMPLE_TEXT.read_text(encoding="utf-8")
    data = {
        "text": "\n" + text,
        "jsonl": "\n" + json.dumps({"id": "a1", "date": "2020-02-28", "text": text}) + "\n",
        "conllu": EXAMPLE.read_text(encoding="utf-8"),
    }[kind]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode("utf-8"))))
    items = list(iter_inputs(["-"]))
    assert len(items) == 1 and items[0].error is None and items[0].origin.startswith("<stdin>:")
    assert items[0].kind == ("conllu" if kind == "conllu" else "text")
    if kind == "conllu":
        assert items[0].conllu == EXAMPLE.read_text(encoding="utf-8")
    else:
        assert items[0].text.strip() == text.strip()
        assert items[0].story_id == ("a1" if kind == "jsonl" else "stdin")


def test_a_complete_parquet_run_resumes_to_nothing(tmp_path, capsys):
    pytest.importorskip("pyarrow")
    out = tmp_path / "events.parquet"
    args = ["code", str(EXAMPLE), "--date", "2020-02-28", "-o", str(out)] + SMALL
    assert main(args) == 0
    before = out.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.parquet"]
    capsys.readouterr()
    assert main(args + ["--resume"]) == 0 and out.read_bytes() == before
    assert "1 story (1 done before the resume)" in capsys.readouterr().err
    assert main(args[:-3] + ["--resume", "-f", "jsonl"] + SMALL) == 2  # another format: refused
    assert "was made as parquet, not jsonl" in capsys.readouterr().err and out.read_bytes() == before


def test_output_dash_is_standard_output_and_writes_no_file(tmp_path):
    here = tmp_path / "cwd"
    here.mkdir()
    result = run(["code", str(EXAMPLE), "--date", "2020-02-28", "-o", "-", "-q"], cwd=here)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and {r["story_id"] for r in records} == {EXAMPLE.stem}
    assert list(here.iterdir()) == []  # no file named "-" (nor its .meta.json)
    events = tmp_path / "events.jsonl"
    events.write_bytes(result.stdout)
    table = run(["aggregate", str(events), "-o", "-"], cwd=here)
    assert table.returncode == 0, table.stderr
    assert table.stdout.decode().splitlines()[0].startswith("period") and list(here.iterdir()) == []
