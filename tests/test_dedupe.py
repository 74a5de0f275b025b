"""The one-a-day filter: one event per (date, source, code, target) with its number of reports,
on every output format, from Python and the command line, and after a killed and resumed run."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from eventcoder.cli import main
from eventcoder.dedupe import DedupeError, dedupe_file, dedupe_records
from eventcoder.runner import CRASH_HOOK, code_corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "turkey-iran.conllu"


def write_corpus(path: Path) -> Path:
    """The example story reported four times on 28 February (wire copies) and once on 29 February."""
    story = EXAMPLE.read_text(encoding="utf-8")
    dates = ["2020-02-28", "2020-02-28", "2020-02-29", "2020-02-28", "2020-02-28"]
    parts = [f"# story_id = copy{i}\n# date = {day}\n{story}" for i, day in enumerate(dates)]
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def read(path: Path) -> list[dict]:
    if path.suffix == ".jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if path.suffix in (".csv", ".tsv"):
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle, delimiter="\t" if path.suffix == ".tsv" else ","))
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


def by_hand(rows: list[dict]) -> list[tuple]:
    """The expected result, computed independently: first row of each key, in order, with its count."""
    keys = [(str(r["date"]), r["source"], r["code"], r["target"]) for r in rows]
    counts = Counter(keys)
    seen, out = set(), []
    for key, row in zip(keys, rows):
        if key not in seen:
            seen.add(key)
            out.append((*key, row["story_id"], counts[key]))
    return out


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".tsv", ".parquet"])
def test_dedupe_file_keeps_the_first_event_of_each_day_with_its_count(tmp_path, suffix):
    if suffix == ".parquet":
        pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed")
    events = tmp_path / f"events{suffix}"
    summary = code_corpus(write_corpus(tmp_path / "corpus.conllu"), events)
    raw = read(events)
    assert summary.events == len(raw) == 35  # seven events in each of five copies
    expected = by_hand(raw)
    assert len(expected) == 14 and {e[-1] for e in expected} == {4, 1}
    out = tmp_path / f"daily{suffix}"
    result = dedupe_file(events, out)
    assert (result.events, result.kept) == (35, 14)
    rows = read(out)
    assert [(str(r["date"]), r["source"], r["code"], r["target"], r["story_id"], int(r["reports"])) for r in rows] == expected
    # The rest of each kept event is the first report, untouched.
    first = {(str(r["date"]), r["source"], r["code"], r["target"]): r for r in reversed(raw)}
    for row in rows:
        original = first[(str(row["date"]), row["source"], row["code"], row["target"])]
        assert {k: v for k, v in row.items() if k != "reports"} == original
    # Filtering twice changes nothing: reports already counted are summed, not reset.
    dedupe_file(out, tmp_path / f"again{suffix}")
    assert read(tmp_path / f"again{suffix}") == rows


def test_dedupe_in_place_and_from_python_records(tmp_path):
    events = tmp_path / "events.jsonl"
    code_corpus(write_corpus(tmp_path / "corpus.conllu"), events)
    raw = read(events)
    in_memory = dedupe_records(raw)
    dedupe_file(events)
    assert read(events) == in_memory
    assert sum(r["reports"] for r in in_memory) == len(raw)


def test_code_dedupe_day_after_a_killed_and_resumed_run(tmp_path):
    corpus = write_corpus(tmp_path / "corpus.conllu")
    reference = tmp_path / "reference.csv"
    assert main(["code", str(corpus), "-o", str(reference), "-q", "--dedupe", "day"]) == 0
    assert len(read(reference)) == 14

    out = tmp_path / "events.csv"
    args = [sys.executable, "-m", "eventcoder.cli", "code", str(corpus), "-o", str(out), "-q", "--dedupe", "day",
            "--batch-size", "1"]
    env = dict(os.environ, **{CRASH_HOOK: "2"})
    killed = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert killed.returncode == 75, killed.stderr
    assert "reports" not in out.read_text(encoding="utf-8").splitlines()[0]  # a partial run is never filtered
    env.pop(CRASH_HOOK)
    resumed = subprocess.run(args + ["--resume"], env=env, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()


def test_command_line_dedupe_and_its_errors(tmp_path, capsys):
    events = tmp_path / "events.jsonl"
    code_corpus(write_corpus(tmp_path / "corpus.conllu"), events)
    assert main(["dedupe", str(events), "-o", str(tmp_path / "daily.jsonl")]) == 0
    assert "35 events -> 14" in capsys.readouterr().err
    assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "--dedupe", "day"]) == 2
    assert "--dedupe needs an output file" in capsys.readouterr().err
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"date": "2020-01-01", "source": "IRN", "code": "130", "target": "TUR"}\n{"date": "2020-01-01"}\n',
                      encoding="utf-8")
    with pytest.raises(DedupeError, match=rf"{broken}:2: .*missing source, code, target"):
        dedupe_file(broken, tmp_path / "out.jsonl")
    assert main(["dedupe", str(broken)]) == 2
    assert f"{broken}:2" in capsys.readouterr().err
    assert main(["dedupe", str(events), "-o", str(tmp_path / "x.csv")]) == 2
