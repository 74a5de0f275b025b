"""PLOVER next to CAMEO: the derived table, event types on events and in every output, the
PLOVER record layout (also through resume), actors as country and sector, and `check`."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder import EventCoder, load_dictionaries
from eventcoder.cli import main
from eventcoder.dictionaries.tools import check, plover_gaps
from eventcoder.dictionaries.yamlio import DictionaryError
from eventcoder.ontology import Ontology
from eventcoder.plover import PLOVER_COLUMNS, SECTORS, PloverTable, plover_actor, plover_type, shipped_table
from eventcoder.runner import RunError, code_corpus

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "turkey-iran.conllu"
TUTORIAL = ROOT / "examples" / "tutorial" / "stories.conllu"


@pytest.fixture(scope="module")
def events():
    coder = EventCoder(load_dictionaries())
    return coder.code_conllu(EXAMPLE, date="2020-02-28", story_id="turkey-iran")


def test_shipped_table_is_what_the_build_script_makes_from_the_source(shared_dir, tmp_path):
    source = shared_dir / "plover" / "CAMEO2PLOVER-2021.txt"
    out = tmp_path / "table.tsv"
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_plover.py"), "--source", str(source), "--out", str(out)],
                   check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (ROOT / "dictionaries" / "cameo2plover.tsv").read_text(encoding="utf-8")
    # Every code line of the source is in the table with the source's event type.
    for line in source.read_text(encoding="utf-8").splitlines():
        head, _, rest = line.partition(":")
        if head.strip().isdigit() and len(head.strip()) > 2:
            event = rest.split("#")[0].split(",")[0].strip()
            first = shipped_table().types[head.strip()].event_type
            assert first == event or head.strip() == "175", line


def test_table_header_names_source_and_licence():
    head = (ROOT / "dictionaries" / "cameo2plover.tsv").read_text(encoding="utf-8").split("cameo_code\t")[0]
    assert "CAMEO2PLOVER-2021.txt" in head and "CC BY-SA 4.0" in head and "Open Event Data Alliance" in head


def test_lookups_follow_the_table_and_parents():
    assert plover_type("1823").event_type == "ASSAULT"
    assert plover_type("193") == plover_type("193")  # cached, same value
    kind = plover_type("193")
    assert (kind.event_type, kind.mode, kind.context) == ("ASSAULT", "firearms", "military")
    assert plover_type("091").context == "crime;corruption"
    assert plover_type("075A") == plover_type("075")  # a local refinement takes its parent's row
    assert plover_type("010") is None and plover_type("0214") is None  # PLOVER has no statements, appeals
    ontology = Ontology.load()
    unmapped = {c for c in ontology.events if c not in shipped_table()}
    assert unmapped and all(c[:2] in ("01", "02") for c in unmapped)


def test_events_carry_plover_and_every_output_has_the_columns(events, tmp_path):
    by_triple = {e.short(): e for e in events}
    assert by_triple["IRN 130 TUR"].plover.event_type == "THREATEN"
    assert by_triple["IRNGOV 112 TUR"].plover.mode == "disapprove"
    assert by_triple["RUS 026 TUR"].plover is None
    out = tmp_path / "e.csv"
    assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "-o", str(out), "-q"]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["code"], r["plover_event"], r["plover_mode"]) for r in rows][:2] == [("130", "THREATEN", ""), ("112", "ACCUSE", "disapprove")]
    assert rows[2]["plover_event"] == ""
    jsonl = tmp_path / "e.jsonl"
    assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "-o", str(jsonl), "-q"]) == 0
    first = json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])
    assert (first["plover_event"], first["plover_mode"], first["plover_context"]) == ("THREATEN", "", "")


def test_actors_as_country_and_sector():
    assert plover_actor("IRNGOV") == plover_actor("IRNGOV")
    assert (plover_actor("IRNGOV").country, plover_actor("IRNGOV").sector) == ("IRN", "Government")
    assert (plover_actor("TUR").country, plover_actor("TUR").sector) == ("TUR", "")
    assert (plover_actor("IGOUNO").country, plover_actor("IGOUNO").sector) == ("", "IGO")
    assert (plover_actor("---GOV").country, plover_actor("---GOV").sector) == ("", "Government")
    syr = plover_actor("SYRREBSUN")
    assert (syr.country, syr.sector, syr.other) == ("SYR", "Rebel", ("SUN",))
    assert plover_actor("IRQSHI").sector == "Religious"
    assert plover_actor("USAMILNAV").other == ("NAV",)
    # Every role code of the shipped ontology has a sector decision.
    assert set(Ontology.load().roles) <= set(SECTORS)


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_ontology_plover_writes_plover_records(tmp_path, fmt):
    if fmt == "parquet":
        pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed")
    out = tmp_path / f"p.{fmt}"
    assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "--ontology", "plover", "-o", str(out), "-q"]) == 0
    if fmt == "jsonl":
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    elif fmt == "csv":
        with out.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    else:
        rows = pq.read_table(out).to_pylist()
    assert list(rows[0]) == list(PLOVER_COLUMNS)
    assert len(rows) == 7
    second = rows[1]
    assert (second["event_type"], second["mode"], second["source_country"], second["source_sector"],
            second["target_country"], second["code"]) == ("ACCUSE", "disapprove", "IRN", "Government", "TUR", "112")
    assert second["text"].startswith("Iranian officials accused")


def test_a_resume_cannot_switch_the_record_layout(tmp_path):
    out = tmp_path / "p.jsonl"
    code_corpus(EXAMPLE, out, date="2020-02-28", ontology="plover")
    assert json.loads(Path(str(out) + ".meta.json").read_text(encoding="utf-8"))["ontology"] == "plover"
    with pytest.raises(RunError, match="ontology plover, not cameo"):
        code_corpus(EXAMPLE, out, date="2020-02-28", resume=True)
    summary = code_corpus(EXAMPLE, out, date="2020-02-28", resume=True, ontology="plover")  # complete: nothing to do
    assert summary.events == 7 and json.loads(out.read_text(encoding="utf-8").splitlines()[0])["event_type"] == "THREATEN"
    with pytest.raises(RunError, match="unknown ontology"):
        code_corpus(EXAMPLE, tmp_path / "x.jsonl", date="2020-02-28", ontology="idea")


def test_check_reports_codes_without_a_plover_type(tmp_path):
    verbs = tmp_path / "verbs.yaml"
    verbs.write_text(
        "kind: verbs\n"
        "verbs:\n"
        "  - id: CHEER\n"
        "    code: \"051\"\n"
        "    verbs: [cheer]\n"
        "  - id: BEG\n"
        "    code: \"020\"\n"
        "    verbs: [beg, implore]\n"
        "    patterns:\n"
        "      - {pattern: \"* (for help)\", code: \"0233\"}\n",
        encoding="utf-8",
    )
    found = [p for p in check(verbs, defaults=False).warnings if "PLOVER" in p.message]
    assert [(p.line, p.message.split(" has ")[0]) for p in found] == [(6, "event code 020"), (10, "event code 0233")]
    assert "(1 use)" in found[0].message and "cameo2plover.tsv" in found[0].message
    # The shipped dictionaries: only CAMEO 01 and 02 codes lack a PLOVER type.
    shipped = plover_gaps(load_dictionaries())
    assert shipped and all(p.message.split()[2][:2] in ("01", "02") for p in shipped)


def test_a_broken_table_names_file_and_line(tmp_path):
    table = tmp_path / "t.tsv"
    table.write_text("# comment\ncameo_code\tplover_event\tplover_mode\tplover_context\n"
                     "190\tASSAULT\t\tmilitary\n190\tASSAULT\t\t\nxx\t\t\t\n191\tCOERCE\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as raised:
        PloverTable.load(table)
    text = str(raised.value)
    assert f"{table}:4" in text and "listed twice" in text
    assert f"{table}:5" in text and f"{table}:6" in text
