"""Aggregate and look: counts per period by quad class and root, Goldstein sum and mean,
checked against numbers worked out by hand on a small events file; plots as PNG and HTML."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas", reason="pandas not installed (pip install 'eventcoder[analysis]')")

from eventcoder.aggregate import aggregate, plot  # noqa: E402
from eventcoder.cli import main  # noqa: E402
from eventcoder.runner import code_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# Six events over two ISO weeks (Mon 1 March - Sun 7 March 2021, and the week of 8 March).
EVENTS = [
    {"date": "2021-03-01", "source": "IRN", "target": "TUR", "code": "130", "root_code": "13", "quad_class": 3, "goldstein": -4.4},
    {"date": "2021-03-03", "source": "IRN", "target": "TUR", "code": "112", "root_code": "11", "quad_class": 3, "goldstein": -2.0},
    {"date": "2021-03-07", "source": "IRN", "target": "TUR", "code": "036", "root_code": "03", "quad_class": 1, "goldstein": 4.0},
    {"date": "2021-03-07", "source": "TUR", "target": "SYRREB", "code": "190", "root_code": "19", "quad_class": 4, "goldstein": -10.0},
    {"date": "2021-03-08", "source": "TUR", "target": "SYRREB", "code": "193", "root_code": "19", "quad_class": 4, "goldstein": -10.0},
    {"date": "2021-03-12", "source": "IRN", "target": "TUR", "code": "010", "root_code": "01", "quad_class": 1, "goldstein": 0.0},
]


def write(path: Path, rows=EVENTS) -> Path:
    if path.suffix == ".jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    else:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t" if path.suffix == ".tsv" else ",")
            writer.writeheader()
            writer.writerows(rows)
    return path


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_weekly_dyad_counts_match_the_hand_computation(tmp_path, suffix):
    table = aggregate(write(tmp_path / f"e{suffix}"), by=("source", "target"), freq="W")
    rows = {(r.period, r.source, r.target): r for r in table.itertuples()}
    assert sorted(rows) == [("2021-03-01", "IRN", "TUR"), ("2021-03-01", "TUR", "SYRREB"),
                            ("2021-03-08", "IRN", "TUR"), ("2021-03-08", "TUR", "SYRREB")]
    first = rows[("2021-03-01", "IRN", "TUR")]  # 130, 112, 036
    assert (first.events, first.quad1, first.quad2, first.quad3, first.quad4) == (3, 1, 0, 2, 0)
    assert (first.root03, first.root11, first.root13, first.root01) == (1, 1, 1, 0)
    assert first.goldstein_sum == pytest.approx(-4.4 - 2.0 + 4.0)
    assert first.goldstein_mean == pytest.approx((-4.4 - 2.0 + 4.0) / 3)
    later = rows[("2021-03-08", "IRN", "TUR")]  # 010 on Friday 12 March: the code stays "010", root 01
    assert (later.events, later.quad1, later.root01, later.goldstein_sum) == (1, 1, 1, 0.0)
    war = rows[("2021-03-01", "TUR", "SYRREB")]
    assert (war.events, war.quad4, war.root19, war.goldstein_mean) == (1, 1, 1, -10.0)
    assert list(table.columns[:4]) == ["period", "source", "target", "events"]
    assert [c for c in table.columns if c.startswith("root")] == [f"root{n:02d}" for n in range(1, 21)]


def test_monthly_totals_without_groups_and_by_source(tmp_path):
    events = write(tmp_path / "e.jsonl")
    total = aggregate(events, by=(), freq="M")
    assert len(total) == 1
    row = total.iloc[0]
    assert (row.period, row.events, row.quad1, row.quad3, row.quad4) == ("2021-03-01", 6, 2, 2, 2)
    assert row.goldstein_sum == pytest.approx(-22.4)
    assert row.goldstein_mean == pytest.approx(-22.4 / 6)
    daily = aggregate(events, by=("source",), freq="D")
    assert list(daily[daily.period == "2021-03-07"].source) == ["IRN", "TUR"]


def test_plover_records_get_root_quad_and_goldstein_from_their_code(tmp_path):
    out = tmp_path / "p.jsonl"
    code_corpus(ROOT / "examples" / "turkey-iran.conllu", out, date="2020-02-28", ontology="plover")
    table = aggregate(out, by=(), freq="D")
    row = table.iloc[0]
    # 130 (-4.4, quad 3), 112 (-2.0, quad 3), 016 (-2.0, quad 1), 026 twice (4.0, quad 1),
    # 041 both ways (1.0, quad 1): CAMEO values
    assert (row.events, row.quad1, row.quad3, row.root01, row.root02, row.root04, row.root11, row.root13) == (7, 5, 2, 1, 2, 2, 1, 1)
    assert row.goldstein_sum == pytest.approx(-4.4 - 2.0 - 2.0 + 4.0 + 4.0 + 1.0 + 1.0)


def test_command_line_table_and_plots(tmp_path, capsys):
    pytest.importorskip("matplotlib", reason="matplotlib not installed (pip install 'eventcoder[analysis]')")
    events = write(tmp_path / "e.jsonl")
    out = tmp_path / "weekly.csv"
    png = tmp_path / "dyads.png"
    assert main(["aggregate", str(events), "-o", str(out), "--by", "source,target", "--freq", "W", "--plot", str(png)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["period"], r["source"], r["target"], r["events"]) for r in rows][:2] == [
        ("2021-03-01", "IRN", "TUR", "3"), ("2021-03-01", "TUR", "SYRREB", "1")]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    page = tmp_path / "actors.html"
    assert main(["aggregate", str(events), "--freq", "D", "--plot", str(page), "--actors", "SYR,IRN"]) == 0
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<svg" in text and "</svg>" in text
    assert "<script" not in text and "http://" not in text.split("<svg", 1)[0]  # self-contained
    # The table under the plot: SYR (prefix of SYRREB) in 2 events on 7 and 8 March, IRN daily.
    assert "<tr><td>2021-03-07</td><td>1</td><td>1</td></tr>" in text
    assert "<tr><td>2021-03-12</td><td>0</td><td>1</td></tr>" in text
    capsys.readouterr()
    assert main(["aggregate", str(events), "--freq", "fortnight"]) == 2
    assert "unknown --freq 'fortnight'" in capsys.readouterr().err
    assert main(["aggregate", str(events), "--plot", str(tmp_path / "x.jpg")]) == 2


def test_missing_pandas_is_a_clear_error(tmp_path, monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "pandas", None)
    assert main(["aggregate", str(write(tmp_path / "e.jsonl"))]) == 2
    assert "pip install 'eventcoder[analysis]'" in capsys.readouterr().err


def test_a_bad_line_names_file_and_line(tmp_path):
    events = tmp_path / "e.jsonl"
    events.write_text(json.dumps(EVENTS[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=rf"{events}:2: not a JSON object"):
        aggregate(events)


def test_tutorial_aggregate_section_runs_as_written(shared_dir, tmp_path, capsys):
    """docs/tutorial.md section 8, run with its /tmp and docs/images paths moved into tmp_path:
    the commands succeed and print what the ``console`` block shows (timings aside)."""
    pytest.importorskip("matplotlib", reason="matplotlib not installed (pip install 'eventcoder[analysis]')")
    import re
    import shlex
    import subprocess

    section = (ROOT / "docs" / "tutorial.md").read_text(encoding="utf-8").split("## 8. ", 1)[1].split("\n## ", 1)[0]
    commands = re.search(r"```sh\n(.*?)```", section, re.S).group(1).strip().splitlines()
    shown = re.search(r"```console\n(.*?)```", section, re.S).group(1).strip().splitlines()

    def moved(text: str) -> str:
        return text.replace("/tmp/", f"{tmp_path}/").replace("docs/images/", f"{tmp_path}/")

    output = []
    for line in commands:
        argv = shlex.split(moved(line))
        if argv[0] == "python":
            argv[2] = argv[2].replace("../shared", str(shared_dir))
            done = subprocess.run([sys.executable, *argv[1:]], cwd=ROOT, capture_output=True, text=True, check=True)
            output += done.stdout.splitlines()
        else:
            assert main(argv[1:]) == 0, line
            captured = capsys.readouterr()
            output += (captured.out + captured.err).splitlines()

    def untimed(text: str) -> str:
        """Without timings, and without the version and dictionary fingerprint of the
        provenance line, which change with every release and dictionary edit."""
        text = re.sub(r"made by eventcoder \S+; dictionaries sha256:[0-9a-f]+", "made by eventcoder V; dictionaries sha256:H", text)
        # The event counts move with every accuracy change (docs/accuracy.md); the section
        # shows them as they were when it was written.
        text = re.sub(r"\d+ events( -> \d+)?", "N events", text)
        return re.sub(r", in [\d.]+ s$", "", text)

    assert [untimed(line) for line in output] == [untimed(moved(line)) for line in shown]
    assert (tmp_path / "ewt-actors-by-quarter.png").stat().st_size > 10_000
    quarterly = pd.read_csv(tmp_path / "ewt-quarterly.csv", dtype={"period": str})
    kept = next(int(m.group(1)) for line in output if (m := re.search(r"-> (\d+) \(one per", line)))
    assert quarterly["events"].sum() == kept  # every event the one-a-day filter kept, counted once
