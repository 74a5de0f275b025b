"""The PETRARCH actor/agent/discard/issue converter, on the real files and on small cases.

Counts are checked against numbers computed here from the source text independently of the
converter; the converted files in the repository must equal a fresh conversion.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from eventcoder.dictionaries.actors import load_actors, load_agents
from eventcoder.dictionaries.lists import load_discards, load_issues
from eventcoder.dictionaries.petrarch_actors import (
    ATTRIBUTION,
    GENERATOR,
    PHOENIX_FILES,
    VALIDATE_FILES,
    ConversionReport,
    _Restriction,
    convert_actors,
    convert_agents,
    convert_all,
    convert_discards,
    convert_issues,
    parse_petrarch_date,
    resolve_restrictions,
)

REPO = Path(__file__).resolve().parent.parent
D = dt.date
LOADERS = {"actors": load_actors, "agents": load_agents, "discards": load_discards, "issues": load_issues}


@pytest.fixture(scope="session")
def src(shared_dir: Path) -> Path:
    path = shared_dir / "petrarch-dictionaries"
    if not path.is_dir():
        pytest.skip("PETRARCH dictionaries not found")
    return path


# ------------------------------------------------------------------ independent source counts


def _content_lines(path: Path) -> list[str]:
    """Non-blank lines without comments, read independently of the converter."""
    out = []
    in_comment = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if in_comment:
            if "-->" not in line:
                continue
            line, in_comment = line.split("-->", 1)[1], False
        if line.lstrip().startswith("<!") and not line.lstrip().startswith("<!--"):
            continue
        line = re.sub(r"<!--.*?-->", "", line)
        if "<!--" in line:
            line, in_comment = line.split("<!--")[0], True
        line = line.split("#")[0]
        if line.strip():
            out.append(line)
    return out


def _primary_lines(path: Path) -> int:
    return sum(1 for line in _content_lines(path) if not line.strip().startswith(("+", "[")))


def _count_for(kind: str, path: Path) -> int:
    lines = _content_lines(path)
    if kind == "actors":
        return _primary_lines(path)
    if kind == "agents":
        return sum(1 for line in lines if not re.match(r"^\s*!\w+!\s*=", line))
    if kind == "discards":
        return len(lines)
    return sum(1 for line in lines if not re.match(r"^\s*</?ISSUE", line, re.I))


def _loaded(kind: str, text: str, tmp_path: Path):
    path = tmp_path / f"{kind}.yaml"
    path.write_text(text, encoding="utf-8")
    return LOADERS[kind](path)


ALL_FILES = [(name, out, conv) for name, out, conv in VALIDATE_FILES + PHOENIX_FILES]


@pytest.mark.parametrize("source,target,convert", ALL_FILES, ids=[f[0] for f in ALL_FILES])
def test_real_file_counts_and_round_trip(src: Path, tmp_path: Path, source, target, convert):
    text, report = convert(src / source)
    kind = report.kind
    # entries read = an independent count of the source's entry lines
    assert report.entries_read == _count_for(kind, src / source)
    # every read entry is written, merged into another, or dropped (and each drop is reported)
    assert report.entries_read - report.entries_merged - report.entries_dropped + report.entries_split == (
        report.entries_written
    )
    if kind in ("actors", "agents"):
        dropped = [p for p in report.problems + report.notes if "not written" in p.message]
        assert len(dropped) == report.entries_dropped
    # every message says file:line
    for problem in report.problems + report.notes:
        assert re.match(rf"^{re.escape(source)}:\d+: (warning|note): ", str(problem)) or str(problem).startswith(
            f"{source}: "
        )
    # round trip: the YAML loads cleanly, with exactly the counts the report gives
    entries = _loaded(kind, text, tmp_path)
    if kind == "actors":
        assert len(entries) == report.entries_written
        assert sum(len(e.names) for e in entries) == report.names
        assert sum(1 for e in entries for c in e.codes if not c.is_default) == report.dated_codes
    elif kind == "agents":
        assert len(entries) == report.entries_written
        assert sum(len(e.names) for e in entries) == report.names
    else:
        assert len(entries) == report.names
    # attribution, deterministic output
    head = text.splitlines()[:3]
    assert source in head[0] and ATTRIBUTION in head[1] and GENERATOR in head[2]
    assert convert(src / source)[0] == text


def test_checked_in_files_are_fresh_conversions(src: Path, tmp_path: Path):
    """The YAML files in the repository are what the converter writes today."""
    convert_all(src, tmp_path / "dictionaries", PHOENIX_FILES)
    convert_all(src, tmp_path / "validate", VALIDATE_FILES)
    for _, target, _ in PHOENIX_FILES:
        assert (REPO / "dictionaries" / target).read_text(encoding="utf-8") == (
            tmp_path / "dictionaries" / target
        ).read_text(encoding="utf-8"), target
    for _, target, _ in VALIDATE_FILES:
        assert (REPO / "tests/data/validate" / target).read_text(encoding="utf-8") == (
            tmp_path / "validate" / target
        ).read_text(encoding="utf-8"), target


def test_phoenix_independent_totals(src: Path):
    """A few totals the source text fixes: synonyms, story discards, issue exclusions."""
    text, report = convert_discards(src / "Phoenix.discards.txt")
    stories = [line for line in _content_lines(src / "Phoenix.discards.txt") if line.strip().startswith("+")]
    story_block = text.split("\nstory:\n", 1)[1]
    assert story_block.count("\n  - ") + 1 == len(stories)  # none of the story phrases is a duplicate
    text, report = convert_issues(src / "Phoenix.IssueCoding.txt")
    tildes = [line for line in _content_lines(src / "Phoenix.IssueCoding.txt") if line.startswith("~")]
    excl = [e for e in load_issues_text(text) if e.exclude]
    assert 0 < len(excl) <= len(tildes) * 2  # '+' may double a phrase; repeats are dropped
    assert sum(1 for e in excl if e.scope == "story") <= sum(1 for t in tildes if t.startswith("~~")) * 2


def load_issues_text(text: str):
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "issues.yaml"
        path.write_text(text, encoding="utf-8")
        return load_issues(path)


# ------------------------------------------------------------------ validation dictionaries


@pytest.fixture(scope="module")
def validate_actors(src: Path, tmp_path_factory):
    text, report = convert_actors(src / "PETR.Validate.actors.txt")
    path = tmp_path_factory.mktemp("v") / "actors.yaml"
    path.write_text(text, encoding="utf-8")
    by_name = {n.lower(): e for e in load_actors(path) for n in e.names}
    return by_name, report, text


def test_gollum_dates(validate_actors):
    by_name, _, _ = validate_actors
    gollum = by_name["gollum"]
    assert gollum.names == ("Gollum", "Smeagol", "Slinker", "Stinker")
    assert [(c.code, c.start, c.end) for c in gollum.codes] == [
        ("HOB", None, D(1995, 5, 31)),
        ("HOBGOV", D(1995, 6, 1), D(1999, 8, 15)),
        ("HOBREB", D(1999, 8, 16), None),
    ]
    assert by_name["slinker"] is gollum


def test_sam_gamgee_dates(validate_actors):
    by_name, _, _ = validate_actors
    sam = by_name["sam gamgee"]
    assert [(c.code, c.start, c.end) for c in sam.codes] == [
        ("HOBCIV", None, D(2008, 1, 19)),
        ("HOBMIL", D(2008, 1, 20), D(2010, 1, 8)),
        ("ORCHOB", D(2010, 1, 9), D(2010, 1, 12)),  # embedded range keeps both bounds
        ("HOBMIL", D(2010, 1, 13), D(2012, 11, 8)),
        ("HOBGOV", D(2012, 11, 9), D(2013, 1, 18)),
        ("HOBELI", D(2013, 1, 19), None),
        ("HOB", None, None),
    ]


# which actor of each DATE record carries the date-restricted code
DATE_ACTORS = {
    "DATE_01": "sam gamgee",
    "DATE_03": "hamfast gamgee",
    "DATE_05": "hamfast gamgee",
    "DATE_07": "hamfast gamgee",
    "DATE_09": "sam gamgee",
    "DATE_11": "sam gamgee",
    "DATE_13": "sam gamgee",
    "DATE_15": "slinker",
    "DATE_17": "slinker",
    "DATE_19": "slinker",
    "DATE_21": "zimbabwe",
}


def test_date_records_resolve_as_expected(validate_actors, shared_dir: Path):
    """Each DATE_* validation record's expected code is the code on the record's date."""
    by_name, _, _ = validate_actors
    records = {}
    with open(shared_dir / "validation" / "petr-unit-dev.jsonl", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in DATE_ACTORS:
                records[record["id"]] = record
    assert set(records) == set(DATE_ACTORS)
    for rid, record in records.items():
        day = dt.datetime.strptime(record["date"], "%Y%m%d").date()
        code = by_name[DATE_ACTORS[rid]].code_on(day)
        expected = {e["source"] for e in record["expected"]} | {e["target"] for e in record["expected"]}
        assert code in expected, (rid, day, code, expected)


def test_validate_actor_details(validate_actors):
    by_name, report, text = validate_actors
    assert by_name["palestinian"].code_on(None) == "PSE"  # [pse] upper-cased, first entry wins
    assert by_name["palestine"].code_on(None) == "PAL"
    assert by_name["ent"].code_on(None) == "ENT"  # code on the next line
    interpol = by_name["interpol"]
    assert interpol.names == ("International Criminal Police Organization", "Interpol")
    assert interpol.code_on(None) == "IGOCOPITP"
    assert by_name["minas tirith"].code_on(None) == "GON"
    assert by_name["the shire"].code_on(None) == "FRO/BIL/SAM"
    assert by_name["boromir"].code_on(None) == "---"
    dol = by_name["prince of dol amroth"]
    assert dol.code_on(D(1995, 6, 30)) == "---" and dol.code_on(D(1995, 7, 1)) == "DOL"
    assert by_name["u.s.s.r"].code_on(D(1991, 12, 26)) == "USR"
    assert by_name["u.s.s.r"].code_on(D(1991, 12, 27)) is None
    assert by_name["arnor"].names == ("Arnor",)  # trailing '_' gone
    assert "isildur" not in by_name and "nasgul" not in by_name
    messages = [str(p) for p in report.problems]
    assert any(m.startswith("PETR.Validate.actors.txt:112: ") and "'+++'" in m for m in messages)
    assert any("HAMAS WING" in m and "intervening" in m for m in messages)
    assert any("PETR.Validate.actors.txt:32: note: code 'pse' upper-cased" in str(n) for n in report.notes)


def test_validate_agents(src: Path, tmp_path: Path):
    text, report = convert_agents(src / "PETR.Validate.agents.txt")
    agents = {n.lower(): a for a in _loaded("agents", text, tmp_path) for n in a.names}
    assert agents["msf"].code == "NGO" and agents["msf"].prefix
    assert agents["human rights organization"].prefix and agents["human rights organization"].code == "NGO"
    assert agents["foreign minister"].code == "GOVFRM" and not agents["foreign minister"].prefix
    congress = agents["congressman"]
    assert congress.names == ("congressman", "congressmen", "congresswoman", "congresswomen", "congressperson")
    assert congress.code == "LEG"
    assert agents["congress"].names == ("congress",)  # the plain entry stays separate
    silly = agents["minister of silly walks"]
    assert silly.names == (
        "minister of silly walks",
        "ministers of silly walks",
        "ministry of silly walks",
        "ministries of silly walks",
    )
    assert agents["golden geese"] is agents["golden goose"]
    assert agents["attorneys general"].names == ("attorney general", "attorneys general")
    assert agents["police"].names == ("police",) and agents["police"].code == "COP"  # "[ ~COP]"
    assert "journalists' union" not in agents  # commented out in the source


def test_validate_discards(src: Path, tmp_path: Path):
    text, report = convert_discards(src / "PETR.Validate.discards.txt")
    entries = _loaded("discards", text, tmp_path)
    scope = {e.phrase: e.scope for e in entries}
    assert scope["Months Later"] == "sentence" and scope["Baseball"] == "sentence"
    assert scope["World Golf Championships"] == "story" and scope["ESPN2"] == "story"
    assert len(entries) == 9


# ------------------------------------------------------------------ Phoenix spot checks


def test_phoenix_agents_and_issues(src: Path, tmp_path: Path):
    text, report = convert_agents(src / "Phoenix.agents.txt")
    agents = {n: a for a in _loaded("agents", text, tmp_path) for n in a.names}
    assert agents["cattlewoman"].code == "AGR"
    assert agents["peacekeeping troops"].prefix and agents["peacekeeping troops"].code == "IGO"
    assert agents["deparment of environment"].code == "ENV"  # "[~ENV}" read as "[~ENV]" (sic)
    assert any("ISLAMIC_EXTREMIST" in p.message and "not written" in p.message for p in report.problems)

    text, report = convert_issues(src / "Phoenix.IssueCoding.txt")
    issues = load_issues_text(text)
    phrases = {(e.phrase, e.issue) for e in issues if not e.exclude}
    assert ("pre school", "EARLY_CHILDHOOD_EDUCATION") in phrases
    assert ("pre-school", "EARLY_CHILDHOOD_EDUCATION") in phrases
    assert ("teacher", "TEACHERS") in phrases  # "n:teacher"
    excl = {(e.phrase, e.category, e.scope) for e in issues if e.exclude}
    assert ("a head start", "EDUCATION", "sentence") in excl
    assert ("edison electric company", "EUROPEAN_UNION", "story") in excl
    assert all(e.issue == "" for e in issues if e.exclude)
    assert any('TYPE="COUNTEVENT"' in p.message for p in report.problems)
    assert any(p.line == 141 and "no [ISSUE]" in p.message for p in report.problems)


def test_phoenix_actor_readings(src: Path, tmp_path: Path):
    text, report = convert_actors(src / "Phoenix.Countries.actors.txt")
    actors = _loaded("actors", text, tmp_path)
    by_name = {n.lower(): a for a in actors for n in a.names}
    # codeless primary lines share the codes that follow (the Brezhnev name variants)
    assert by_name["secretary brezhnev"] is by_name["leonid brezhnev"]
    assert by_name["leonid brezhnev"].code_on(D(1970, 1, 1)) == "RUSGOV"
    # a name listed in two entries keeps the codes of both
    kiir = by_name["salva kiir"]
    assert kiir.code_on(D(2006, 1, 1)) == "SDNGOV" and kiir.code_on(D(2012, 1, 1)) == "SSDGOV"
    assert by_name["president salva kiir"].code_on(D(2006, 1, 1)) == "SSDELI"
    assert by_name["afghanistan"].code_on(None) == "AFG" and by_name["kabul"].code_on(None) == "AFG"
    bad = [p for p in report.problems if "9008223" in p.message]
    assert bad and bad[0].line == 2039


# ------------------------------------------------------------------ small synthetic cases


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_comments_and_formats(tmp_path: Path):
    path = _write(
        tmp_path,
        "x.actors.txt",
        "<!-- header\n ARNOR [XXX] still a comment\n-->\n"
        "<! -- not a real comment opener -->\n"
        "ARNOR_ [ARN] # trailing comment\n"
        "+ARNORIAN_ <!-- inline --> \n"
        "GONDOR\n\t[gon]\n"
        "HAMAS WING [PSE]\n"
        "TWO [AAA] [BBB 20010101-20011231]\n",
    )
    text, report = convert_actors(path)
    actors = {a.names[0]: a for a in _loaded("actors", text, tmp_path)}
    assert actors["Arnor"].names == ("Arnor", "Arnorian")
    assert actors["Gondor"].code_on(None) == "GON"
    assert actors["Two"].code_on(D(2001, 6, 1)) == "BBB" and actors["Two"].code_on(D(2002, 1, 1)) == "AAA"
    assert report.entries_read == 4 and report.entries_written == 4
    assert [p.line for p in report.problems] == [9]  # HAMAS WING: blank between words


def test_bad_codes_and_dates_are_reported(tmp_path: Path):
    path = _write(
        tmp_path,
        "y.actors.txt",
        "A [A1 9008223-911221]\n[AA]\nB [+++]\nC [CC 20121207-20120802]\nD\n\t[DD <991301]\n\t[DX]\n",
    )
    text, report = convert_actors(path)
    lines = sorted(p.line for p in report.problems)
    assert lines == [1, 3, 3, 4, 4, 6]  # bad date; bad code + no code; end<start + no code; month 13
    messages = " | ".join(p.message for p in report.problems)
    assert "neither YYMMDD nor YYYYMMDD" in messages and "end date before start" in messages
    names = [a.names[0] for a in _loaded("actors", text, tmp_path)]
    assert names == ["A", "D"]


def test_dates():
    assert parse_petrarch_date("300101") == D(2030, 1, 1)
    assert parse_petrarch_date("310101") == D(1931, 1, 1)
    assert parse_petrarch_date("000229") == D(2000, 2, 29)
    assert parse_petrarch_date("19991231") == D(1999, 12, 31)
    for bad in ("9902", "1999023", "990231", "20100931", "abcdef"):
        with pytest.raises(ValueError):
            parse_petrarch_date(bad)


def test_resolve_restrictions():
    report = ConversionReport("t", "actors")
    r = [
        _Restriction("A", None, D(2000, 1, 10), 1),  # until the 10th, but B starts on the 10th
        _Restriction("B", D(2000, 1, 10), D(2000, 12, 31), 2),
        _Restriction("C", D(2000, 6, 1), None, 3),  # overlaps B: B was listed first
    ]
    assert resolve_restrictions(r, report) == [
        ("A", None, D(2000, 1, 9)),
        ("B", D(2000, 1, 10), D(2000, 12, 31)),
        ("C", D(2001, 1, 1), None),
    ]
    assert len(report.notes) == 2
    # a later range fully inside an earlier one never applies; touching pieces of a code merge
    report = ConversionReport("t", "actors")
    r = [_Restriction("A", D(2000, 1, 1), D(2000, 12, 31), 1), _Restriction("A", D(2000, 3, 1), D(2000, 4, 1), 2)]
    assert resolve_restrictions(r, report) == [("A", D(2000, 1, 1), D(2000, 12, 31))]
    assert "never applies" in report.notes[0].message


def test_agents_edge_cases(tmp_path: Path):
    path = _write(
        tmp_path,
        "z.agents.txt",
        "!P! = MAN, MEN\nFIRE!P! {} [~GOV]\nX!Q! [~GOV]\nNOCODE\nBAD [GOV]\nTROOP [~MIL]\nTROOP [~GOV]\n"
        "HEAD {HEADS OF STATE} [~GOV]\nSEMI-OFFICIAL_NEWSPAPER [~MED]\n",
    )
    text, report = convert_agents(path)
    agents = {n: a for a in _loaded("agents", text, tmp_path) for n in a.names}
    assert agents["fireman"].names == ("fireman", "firemen")
    assert agents["troop"].code == "MIL"
    assert agents["heads of state"] is agents["head"]
    assert "semi-official newspaper" in agents
    problems = [(p.line, p.message) for p in report.problems]
    for line, text in ((3, "!Q!"), (4, "[code]"), (5, "'~'"), (7, "first wins"), (7, "not written")):
        assert any(n == line and text in m for n, m in problems), (line, text)
    assert report.entries_read == 8 and report.entries_dropped == 4


def test_issue_edge_cases(tmp_path: Path):
    path = _write(
        tmp_path,
        "w.issues.txt",
        '<ISSUE CATEGORY="A" TYPE="ALL">\nn:cat [PETS]\nv:purr m:loud [PETS]\n~~cat food\n'
        "dog [PETS]dogs [PETS]\nnocode\n</ISSUE>\n~global thing\n",
    )
    text, report = convert_issues(path)
    entries = load_issues_text(text)
    assert [(e.phrase, e.issue, e.category) for e in entries if not e.exclude] == [
        ("cat", "PETS", "A"),
        ("purr loud", "PETS", "A"),
        ("dog", "PETS", "A"),
        ("dogs", "PETS", "A"),
    ]
    assert [(e.phrase, e.category, e.scope) for e in entries if e.exclude] == [
        ("cat food", "A", "story"),
        ("global thing", "", "sentence"),
    ]
    assert {p.line for p in report.problems} == {3, 5, 6}
