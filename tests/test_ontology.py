"""The CAMEO ontology: the shipped cameo.yaml against its sources, lookups, validation errors."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest

from eventcoder.dictionaries.yamlio import DictionaryError
from eventcoder.ontology import EventType, Ontology
from eventcoder.resources import default_dictionary_dir

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return Ontology.load()


def tsv(path: Path, column: str) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row[column] for row in csv.DictReader(handle, delimiter="\t")}


def test_default_file_is_found():
    assert (default_dictionary_dir() / "cameo.yaml").is_file()


def test_every_code_of_the_tables_is_present_with_its_name_and_goldstein(ontology, shared_dir):
    names = tsv(shared_dir / "cameo" / "eventcodes.tsv", "name")
    goldstein = tsv(shared_dir / "cameo" / "goldstein.tsv", "goldstein")
    assert set(ontology.events) == set(names)
    for code, name in names.items():
        assert ontology.event(code).name == name
        assert ontology.event(code).goldstein == float(goldstein[code])


def test_quad_classes_and_roots(ontology):
    expected = {1: range(1, 6), 2: range(6, 10), 3: range(10, 15), 4: range(15, 21)}
    for event in ontology:
        assert event.root_code == event.code[:2]
        assert int(event.root_code) in expected[event.quad_class]
        assert event.root_name == ontology.event(event.root_code).name.upper()
    assert ontology.root_name("130") == "THREATEN"
    assert ontology.root_name("01") == "MAKE PUBLIC STATEMENT"
    assert ontology.root_name("1822") == "ASSAULT"
    assert ontology.root_name("075A") == "PROVIDE AID"  # a non-CAMEO refinement of a known root
    with pytest.raises(KeyError):
        ontology.root_name("903")


def test_event_type_values(ontology, shared_dir):
    goldstein = tsv(shared_dir / "cameo" / "goldstein.tsv", "goldstein")
    threaten = ontology.event("130")
    assert isinstance(threaten, EventType)
    assert (threaten.code, threaten.quad_class, threaten.root_code) == ("130", 3, "13")
    assert threaten.goldstein == float(goldstein["130"])
    assert ontology.event("0871").quad_class == 2 and ontology.event("190").quad_class == 4


def test_membership_of_petrarch_only_codes(ontology):
    for code in ("903", "904", "911", "912", "915", "802", "222", "075A", "345"):
        assert code not in ontology and ontology.get(code) is None
        with pytest.raises(KeyError, match=code):
            ontology.event(code)
    for code in ("1246", "1033", "010", "20", "2042"):  # these are CAMEO after all
        assert code in ontology and ontology.get(code) is not None


def test_roles(ontology, shared_dir):
    assert ontology.role("GOV").name == "Government"
    assert ontology.role("REB").name == "Rebels"
    for code in ("MIL", "OPP", "COP", "JUD", "LEG", "BUS", "MED", "EDU", "NGO", "IGO", "CVL", "CIV", "ELI",
                 "SPY", "REF", "LAB", "HLH", "AGR", "CRM", "ENV", "HRI", "IMG", "INS", "MOD", "RAD", "UAF",
                 "PTY", "SEP", "MNC", "FRM"):
        assert ontology.role(code).name
    with pytest.raises(KeyError):
        ontology.role("XYZ")
    # every 3-letter piece of an agent code in the PETRARCH agent dictionaries has a meaning
    for name in ("Phoenix.agents.txt", "PETR.Validate.agents.txt"):
        text = (shared_dir / "petrarch-dictionaries" / name).read_text(encoding="utf-8", errors="replace")
        for code in re.findall(r"\[\s*~?([A-Z]+)~?\s*\]", text):
            for i in range(0, len(code), 3):
                assert code[i:i + 3] in ontology.roles, (name, code)


def test_build_script_is_deterministic_and_up_to_date(shared_dir, tmp_path):
    script = REPO / "tools" / "build_cameo.py"
    out = tmp_path / "cameo.yaml"
    for _ in range(2):
        subprocess.run([sys.executable, str(script), "--shared", str(shared_dir), "--out", str(out)], check=True,
                       capture_output=True)
    first = out.read_bytes()
    assert first == (default_dictionary_dir() / "cameo.yaml").read_bytes()
    check = subprocess.run([sys.executable, str(script), "--shared", str(shared_dir), "--out", str(out), "--check"],
                           capture_output=True)
    assert check.returncode == 0 and out.read_bytes() == first
    assert Ontology.load(out) == Ontology.load()


def test_errors_carry_file_and_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "kind: cameo\n"
        "events:\n"
        '  - {code: "13", name: THREATEN, goldstein: -4.4, quad_class: 3}\n'
        '  - {code: "130", name: Threaten, goldstein: -4.4}\n'
        '  - {code: "130", name: Threaten again, goldstein: -4.4}\n'
        "  - {code: 131, name: unquoted, goldstein: -4.4}\n"
        '  - {code: "132", name: too big, goldstein: 12}\n'
        '  - {code: "990", name: no root, goldstein: 1.0}\n'
        '  - {code: "14", name: PROTEST, goldstein: -6.5}\n'
        "roles:\n"
        "  - {code: GOV, name: Government}\n"
        "  - {code: GOV, name: Government again}\n",
        encoding="utf-8",
    )
    with pytest.raises(DictionaryError) as caught:
        Ontology.load(path)
    messages = [str(problem) for problem in caught.value.problems]
    expected = {
        5: "duplicate event code 130",
        6: "quoted string",
        7: "goldstein must be a number",
        8: "root 99 is not defined",
        9: "quad_class must be",
        12: "duplicate role code GOV",
    }
    assert len(messages) == len(expected)
    for line, words in expected.items():
        assert any(m.startswith(f"{path}:{line}: error:") and words in m for m in messages), (line, messages)


def test_yaml_syntax_error_has_a_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("kind: cameo\nevents:\n  - {code: '01'\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match=f"{path}:"):
        Ontology.load(path)
    path.write_text("kind: actors\nevents: []\nroles: []\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="kind must be 'cameo'"):
        Ontology.load(path)
