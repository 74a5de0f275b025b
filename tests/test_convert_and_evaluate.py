"""convert-petrarch and evaluate, as a user runs them, on the real PETRARCH files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eventcoder.cli import main
from eventcoder.dictionaries.petrarch_verbs import convert_verbs, convert_verbs_split
from eventcoder.dictionaries.verbs import load_verbs
from eventcoder.ontology import Ontology

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def petrarch(shared_dir) -> Path:
    return shared_dir / "petrarch-dictionaries"


def _source_counts(path: Path) -> tuple[int, int]:
    """Verb blocks and pattern lines, counted independently of the converter."""
    text = path.read_text(encoding="utf-8", errors="replace")
    blocks = len(re.findall(r"^---\s*[^\[\n]*\[[^\]]*\]\s*---", text, re.M))
    patterns = len(re.findall(r"^\s*-\s.*\[[^\]]*\]", text, re.M))
    return blocks, patterns


@pytest.mark.parametrize("name", ["PETR.Validate.verbs.2.0.txt", "CAMEO.2.0.txt"])
def test_verb_conversion_accounts_for_every_pattern(petrarch, name, tmp_path):
    text, report = convert_verbs(petrarch / name, known_codes=Ontology.load())
    blocks, patterns = _source_counts(petrarch / name)
    assert report.blocks == blocks
    # Every pattern line is either written or reported with its line number.
    dropped = [p for p in report.problems if "not written" in p.message or "without a [code]" in p.message]
    assert report.patterns_written + len(dropped) >= patterns
    for problem in report.problems:
        assert problem.file == name and problem.line > 0
    out = tmp_path / "verbs.yaml"
    out.write_text(text, encoding="utf-8")
    _, loaded = load_verbs(out)
    assert sum(len(b.patterns) for b in loaded) == report.patterns_written


def test_verb_conversion_reports_what_it_cannot_express(petrarch):
    _, report = convert_verbs(petrarch / "CAMEO.2.0.txt", known_codes=Ontology.load())
    messages = [p.message for p in report.problems]
    assert report.transformations == 8 and sum("transformation rule" in m for m in messages) == 8
    assert any("[1213]" in m and "not a CAMEO code" in m for m in messages)


def test_split_conversion_matches_the_shipped_files(petrarch):
    """The shipped verbs are exactly what the converter writes today (rerunnable, no diff)."""
    files, _ = convert_verbs_split(petrarch / "CAMEO.2.0.txt", known_codes=Ontology.load())
    shipped = HERE.parent / "dictionaries"
    assert sorted(files) == sorted(str(p.relative_to(shipped)) for p in (shipped / "verbs").glob("*.yaml"))
    for name, text in files.items():
        assert (shipped / name).read_text(encoding="utf-8") == text, name


def test_cli_convert_petrarch_validation_set(petrarch, tmp_path, capsys):
    sources = [str(petrarch / n) for n in (
        "PETR.Validate.verbs.2.0.txt", "PETR.Validate.actors.txt", "PETR.Validate.agents.txt", "PETR.Validate.discards.txt")]
    assert main(["convert-petrarch", *sources, "-o", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "69 verb blocks" in out and "entries read" in out
    produced = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("*.yaml")}
    assert produced["petr_validate_verbs_2_0.yaml"] == (HERE / "data" / "validate" / "verbs.yaml").read_text(encoding="utf-8")
    assert produced["petr_validate_actors.yaml"] == (HERE / "data" / "validate" / "actors.yaml").read_text(encoding="utf-8")


def test_cli_convert_refuses_an_unknown_file(tmp_path, capsys):
    odd = tmp_path / "notes.txt"
    odd.write_text("hello\n", encoding="utf-8")
    assert main(["convert-petrarch", str(odd), "-o", str(tmp_path / "out")]) == 2
    assert "notes.txt" in capsys.readouterr().err


def test_cli_evaluate_prints_scores(shared_dir, capsys):
    records = shared_dir / "validation" / "petr-unit-dev.jsonl"
    code = main(["evaluate", str(records), "-d", str(HERE / "data" / "validate"), "--no-defaults",
                 "--expected-failures", str(HERE / "data" / "expected_failures.yaml")])
    assert code == 0
    out = capsys.readouterr().out
    precision, recall, f1 = (float(x) for x in re.search(r"precision: ([\d.]+)\s+recall: ([\d.]+)\s+F1: ([\d.]+)", out).groups())
    assert precision > 0.95 and recall > 0.9 and 0.9 < f1 <= 1
    assert re.search(r"fully correct: 1[0-9]{2}/145", out)
