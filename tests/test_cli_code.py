"""`eventcoder code` and `eventcoder download-model` as a user runs them, README commands included."""

from __future__ import annotations

import csv
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "turkey-iran.conllu"
EXAMPLE_EVENTS = [("IRN", "130", "TUR"), ("IRNGOV", "112", "TUR"), ("TUR", "016", "IRNGOV"), ("RUS", "026", "TUR"), ("RUS", "026", "IRN"),
                  ("TURGOV", "041", "IRNGOV"), ("IRNGOV", "041", "TURGOV")]


def readme_section_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Code an example", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```bash\n(.*?)```", section, flags=re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip().startswith("eventcoder ")]


def run(command: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    """A README-style command line, run with this interpreter's eventcoder."""
    args = shlex.split(command)
    assert args[0] == "eventcoder"
    return subprocess.run(
        [sys.executable, "-m", "eventcoder.cli", *args[1:]], cwd=cwd, capture_output=True, text=True, timeout=600,
        env={**os.environ, **(env or {})},
    )


def triples(stdout: str) -> list[tuple[str, str, str]]:
    return [(r["source"], r["code"], r["target"]) for r in map(json.loads, stdout.splitlines())]


def parser_available() -> str:
    """'' when a parsing model is there, else why not."""
    from eventcoder.parse import ParserUnavailable, choose_model

    try:
        choose_model()
    except ParserUnavailable as exc:
        return str(exc)
    return ""


def test_readme_example_prints_what_the_readme_says():
    commands = readme_section_commands()
    assert commands[0] == "eventcoder code examples/turkey-iran.conllu --date 2020-02-28"
    result = run(commands[0])
    assert result.returncode == 0, result.stderr
    assert triples(result.stdout) == EXAMPLE_EVENTS
    first = json.loads(result.stdout.splitlines()[0])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for key in ("story_id", "sentence_id", "date", "source", "code", "target", "root_name", "event_name", "text"):
        assert f'"{key}": {json.dumps(first[key])}' in readme, key
    assert f'"dictionary": "{first["provenance"]["dictionary"]}"'.split(":")[0] in readme
    assert "eventcoder: 1 story, 7 sentences, 7 events, in " in result.stderr
    for triple in EXAMPLE_EVENTS:
        assert f"`{' '.join(triple)}`" in readme


def test_readme_raw_text_example_with_the_model():
    why = parser_available()
    if why:
        pytest.skip(f"no parsing model available yet: {why}")
    command = [c for c in readme_section_commands() if c.startswith("eventcoder code examples/turkey-iran.txt")][0]
    result = run(command)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and {r["story_id"] for r in records} == {"turkey-iran"}
    assert ("IRN", "130", "TUR") in triples(result.stdout)


def test_idlib_article_from_shared_examples(shared_dir, tmp_path):
    article = shared_dir / "examples" / "idlib-article.txt"
    if not article.exists():
        pytest.skip(f"{article} not found")
    why = parser_available()
    if why:
        pytest.skip(f"no parsing model available yet: {why}")
    result = run(f"eventcoder code {shlex.quote(str(article))} --date 2020-02-28 --save-parses {tmp_path / 'parses'}")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records, "no events from the Idlib article"
    assert {r["story_id"] for r in records} == {"idlib-article"}
    assert {r["date"] for r in records} == {"2020-02-28"}
    assert any(r["source"].startswith("IRN") for r in records)
    # The saved parse codes to the same events without parsing and without --date.
    again = run(f"eventcoder code {tmp_path / 'parses'}")
    assert again.returncode == 0, again.stderr
    assert again.stdout == result.stdout


def test_csv_output_file(tmp_path, capsys):
    out = tmp_path / "events.csv"
    assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "-o", str(out)]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["source"], r["code"], r["target"]) for r in rows] == EXAMPLE_EVENTS
    assert rows[0]["date"] == "2020-02-28" and rows[0]["root_code"] == "13" and rows[0]["quad_class"] == "3"
    assert rows[0]["goldstein"] == "-4.4" and rows[0]["story_id"] == "turkey-iran" and rows[0]["sentence_id"] == "1"
    assert rows[0]["text"].startswith("Iran warned Turkey")
    assert capsys.readouterr().out == ""


def test_tsv_by_flag_and_story_id(tmp_path, capsys):
    assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "-f", "tsv", "--story-id", "ex-1", "-q"]) == 0
    out = capsys.readouterr()
    rows = list(csv.DictReader(out.out.splitlines(), delimiter="\t"))
    assert {r["story_id"] for r in rows} == {"ex-1"} and len(rows) == len(EXAMPLE_EVENTS)
    assert out.err == ""


def test_failed_stories_set_the_exit_status(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2020-02-28-good.conllu").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "undated.conllu").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    assert main(["code", str(folder), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "2 stories (1 failed: see" in err
    errors = [json.loads(line) for line in Path(str(out) + ".errors.jsonl").read_text().splitlines()]
    assert errors == [{"story_id": "undated", "source": f"{folder / 'undated.conllu'}:1", "reason": errors[0]["reason"]}]
    assert errors[0]["reason"].startswith("no date")
    # Without an output file, failures are reported on standard error.
    assert main(["code", str(folder), "-q"]) == 1
    assert '"story_id": "undated"' in capsys.readouterr().err


def test_a_left_out_sentence_sets_the_exit_status(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    good = EXAMPLE.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    cycle = "# sent_id = broken\n1\tIran\tIran\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\twarned\twarn\tVERB\t_\t_\t1\tccomp\t_\t_\n\n"
    (folder / "2020-02-28-partly-broken.conllu").write_text(good + cycle, encoding="utf-8")
    out = tmp_path / "events.jsonl"
    assert main(["code", str(folder), "-o", str(out)]) == 1
    assert "1 malformed sentences left out" in capsys.readouterr().err
    assert {tuple(json.loads(line)[k] for k in ("source", "code", "target")) for line in out.read_text().splitlines()} == set(EXAMPLE_EVENTS)


def test_resume_needs_an_output_file(capsys):
    assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "--resume"]) == 2
    assert "standard output cannot be resumed" in capsys.readouterr().err


def test_raw_text_without_a_model_says_how_to_get_one(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text("Iran warned Turkey.\n", encoding="utf-8")
    result = run(f"eventcoder code {story} --date 2020-02-28 -o {tmp_path / 'e.jsonl'}",
                 env={"EVENTCODER_MODEL_DIR": str(tmp_path / "no-model")})
    assert result.returncode == 2
    assert "eventcoder download-model" in result.stderr and "Traceback" not in result.stderr


def test_progress_bar_shows_stories_and_sentences_per_second(tmp_path):
    result = run(f"eventcoder code {EXAMPLE} --date 2020-02-28 -o {tmp_path / 'e.jsonl'} --progress")
    assert result.returncode == 0
    assert "stories/s" in result.stderr and "sentences/s" in result.stderr
    quiet = run(f"eventcoder code {EXAMPLE} --date 2020-02-28 -o {tmp_path / 'f.jsonl'}")  # not a terminal
    assert "stories/s" not in quiet.stderr


def test_download_model(monkeypatch, capsys, tmp_path):
    import eventcoder.parse as parse

    def offline(model_dir=None):
        raise parse.ParserUnavailable("Could not download Stanza's English models into x: no network.")

    monkeypatch.setattr(parse, "download_model", offline)
    assert main(["download-model"]) == 2
    assert "Could not download" in capsys.readouterr().err

    monkeypatch.setattr(parse, "download_model", lambda model_dir=None: Path(model_dir))
    assert main(["download-model", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert str(tmp_path) in out and "EVENTCODER_MODEL_DIR" in out
