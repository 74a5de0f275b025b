"""``eventcoder diff``: what a dictionary change does to the events of a corpus.

The same CoNLL-U (our own sentences, as compact UD rows) is coded with ``eventcoder code``
twice: with the feature dictionaries and with a copy changed the way a researcher would
(a pattern removed, a verb dropped, an actor added, an actor recoded). The diff must find
exactly those changes and credit them to the right codes and entries.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from eventcoder.cli import main
from eventcoder.diff import (
    APPEARED,
    CHANGED_ACTORS,
    CHANGED_CODE,
    DISAPPEARED,
    diff_events,
    diff_files,
    diff_to_dict,
    load_events,
    render_text,
)

from ud_rows import conllu

HERE = Path(__file__).parent
FEATURES = HERE / "data" / "features"




SENTENCES = [
    # 1: pattern "* (of consequence)" -> 012; without the pattern: 130 (changed code)
    """
    Iran Iran PROPN 2 nsubj
    warned warn VERB 0 root
    Turkey Turkey PROPN 2 obj
    of of ADP 5 case
    consequences consequence NOUN 2 obl
    . . PUNCT 2 punct
    """,
    # 2: Zorbania is added to the actors (appeared)
    """
    Iran Iran PROPN 2 nsubj
    condemned condemn VERB 0 root
    Zorbania Zorbania PROPN 2 obj
    . . PUNCT 2 punct
    """,
    # 3: Rouhani's dated code changes (changed actors)
    """
    Rouhani Rouhani PROPN 2 nsubj
    criticized criticize VERB 0 root
    Turkey Turkey PROPN 2 obj
    . . PUNCT 2 punct
    """,
    # 4: "support" leaves the FUND block (disappeared)
    """
    Iran Iran PROPN 2 nsubj
    supports support VERB 0 root
    Syria Syria PROPN 2 obj
    . . PUNCT 2 punct
    """,
    # 5: untouched
    """
    Turkish turkish ADJ 2 amod
    troops troops NOUN 3 nsubj
    attacked attack VERB 0 root
    Syrian syrian ADJ 5 amod
    rebels rebel NOUN 3 obj
    . . PUNCT 3 punct
    """,
]


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def codings(tmp_path) -> tuple[Path, Path]:
    corpus = tmp_path / "story.conllu"
    corpus.write_text("".join(conllu(rows, str(i + 1)) for i, rows in enumerate(SENTENCES)), encoding="utf-8")
    changed = tmp_path / "changed"
    shutil.copytree(FEATURES, changed)
    _edit(changed / "verbs.yaml", '    patterns:\n      - {pattern: "* (of consequence)", code: "012"}\n', "")
    _edit(changed / "verbs.yaml", "verbs: [fund, support]", "verbs: [fund]")
    _edit(changed / "actors.yaml", "{code: IRNGOV, from: 2013-08-03", "{code: IRNPRS, from: 2013-08-03")
    with open(changed / "actors.yaml", "a", encoding="utf-8") as handle:
        handle.write("  - {id: ZORBANIA, names: [Zorbania], code: ZOR}\n")
    old, new = tmp_path / "old.jsonl", tmp_path / "new.jsonl"
    for dictionaries, out in ((FEATURES, old), (changed, new)):
        code = main(["code", str(corpus), "--date", "2020-03-01", "-o", str(out), "-q", "--no-defaults", "-d", str(dictionaries)])
        assert code == 0
    return old, new


def test_finds_each_kind_of_change(codings):
    old, new = codings
    result = diff_files(old, new)
    assert (result.old_count, result.new_count, result.unchanged) == (4, 4, 1)
    assert result.counts == {CHANGED_CODE: 1, CHANGED_ACTORS: 1, APPEARED: 1, DISAPPEARED: 1}

    (changed,) = result.of_kind(CHANGED_CODE)
    assert (changed.old["code"], changed.new["code"]) == ("012", "130")
    assert changed.where == "story#1" and changed.old["provenance"]["pattern"] == "* (of consequence)"
    (actors,) = result.of_kind(CHANGED_ACTORS)
    assert (actors.old["source"], actors.new["source"], actors.new["code"]) == ("IRNGOV", "IRNPRS", "111")
    (appeared,) = result.of_kind(APPEARED)
    assert (appeared.new["source"], appeared.new["code"], appeared.new["target"]) == ("IRN", "111", "ZOR")
    (gone,) = result.of_kind(DISAPPEARED)
    assert (gone.old["code"], gone.where) == ("070", "story#4")


def test_grouped_by_code_and_by_entry(codings):
    result = diff_files(*codings)
    assert result.by_code() == {
        "012": {"changed away": 1},
        "070": {"disappeared": 1},
        "111": {"changed actors": 1, "appeared": 1},
        "130": {"changed into": 1},
    }
    assert result.transitions() == [("012", "130", 1)]
    assert result.by_entry() == {
        "WARN pattern '* (of consequence)'": {"changed code (was from here)": 1},
        "WARN (entry code)": {"changed code (now from here)": 1},
        "CONDEMN (entry code)": {"changed actors": 1, "appeared": 1},
        "FUND (entry code)": {"disappeared": 1},
    }
    where = result.entry_locations()
    assert set(where) == set(result.by_entry()) and all("verbs.yaml:" in w for w in where.values())
    assert "changed" in where["WARN (entry code)"]  # as the newer coding names it
    assert result.by_actor_entry() == {
        "added": [("actor ZORBANIA", 1)],
        "removed": [],  # SYRIA is still in "Syrian rebels"
        "recoded": [("actor HASSAN_ROUHANI", "IRNGOV", "IRNPRS", 1)],
    }


def test_text_json_and_exit_status(codings, capsys):
    old, new = codings
    text = render_text(diff_files(old, new))
    for part in (
        "unchanged 1, changed code 1, changed actors 1, appeared 1, disappeared 1",
        "012 -> 130: 1",
        "story#1 'warned': IRN 012 TUR -> IRN 130 TUR  [WARN pattern '* (of consequence)' at ",
        "story#2 'condemned': + IRN 111 ZOR",
        "story#4 'supports': - IRN 070 SYR",
        "now in events: actor ZORBANIA (1)",
        "recoded: actor HASSAN_ROUHANI IRNGOV -> IRNPRS (1)",
        "Iran condemned Zorbania .",  # the sentence, as `eventcoder code` writes it
    ):
        assert part in text, part
    assert main(["diff", str(old), str(new)]) == 1
    assert "changed code (1):" in capsys.readouterr().out
    assert main(["diff", str(old), str(old)]) == 0
    assert "no differences" in capsys.readouterr().out
    assert main(["diff", str(old), str(new), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data == json.loads(json.dumps(diff_to_dict(diff_files(old, new))))
    assert data["counts"][CHANGED_CODE] == 1 and data["code_changes"] == [{"old": "012", "new": "130", "count": 1}]


def test_same_place_several_codes_pair_up():
    def record(code, sentence="1", source="IRN", target="TUR", tokens=(2,)):
        return {"story_id": "s", "sentence_id": sentence, "source": source, "code": code, "target": target,
                "provenance": {"verb": {"text": "v", "tokens": list(tokens)}, "verb_entry": "X", "pattern": "", "dictionary": ""}}

    old = [record("130"), record("012"), record("190", sentence="2")]
    new = [record("012"), record("131"), record("190", sentence="2"), record("190", sentence="2", tokens=(5,))]
    result = diff_events(old, new)
    assert result.unchanged == 2
    assert [(c.kind, _c(c.old), _c(c.new)) for c in result.changes] == [
        (CHANGED_CODE, "130", "131"),
        (APPEARED, None, "190"),
    ]


def _c(record):
    return record["code"] if record else None


def test_bad_lines_name_file_and_line(tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text('{"source": "IRN", "code": "130", "target": "TUR"}\n\nnot json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"events.jsonl:3: not valid JSON"):
        load_events(path)
    path.write_text('{"story_id": "s"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"events.jsonl:1: not an event record"):
        load_events(path)
    assert main(["diff", str(path), str(path)]) == 2


# ----------------------------------------------------------------------------- the tutorial

REPO = HERE.parent
_LOCATION = __import__("re").compile(r"(\.yaml):\d+")


def _normal(line: str) -> str:
    """A line with dictionary line numbers and timings blanked: the shipped files may move."""
    line = _LOCATION.sub(r"\1:N", line.rstrip())
    return __import__("re").sub(r"in \d+\.\d+ s$", "in T s", line)


def tutorial_blocks(text: str):
    """Fenced blocks of docs/tutorial.md in order: (language, lines)."""
    blocks, language, lines = [], None, []
    for line in text.splitlines():
        if line.startswith("```"):
            if language is None:
                language, lines = line[3:].strip(), []
            else:
                blocks.append((language, lines))
                language = None
        elif language is not None:
            lines.append(line)
    return blocks


def test_tutorial_loop(tmp_path, monkeypatch, capsys):
    """docs/tutorial.md, run: ``bash`` blocks are commands (run in order in a copy of
    examples/tutorial), ``yaml`` blocks whose first line is ``# PATH`` are written to PATH,
    and every line of a ``text`` block must appear in the output of the commands before it
    (``...`` lines stand for what is left out; dictionary line numbers are not compared)."""
    text = (REPO / "docs" / "tutorial.md").read_text(encoding="utf-8")
    work = tmp_path / "tutorial"
    shutil.copytree(REPO / "examples" / "tutorial", work)
    monkeypatch.chdir(work)
    output = ""
    commands = 0
    for language, lines in tutorial_blocks(text):
        if language == "yaml" and lines and lines[0].startswith("# ") and lines[0].endswith(".yaml"):
            path = work / lines[0][2:].strip()
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        elif language == "bash":
            output = ""
            for line in lines:
                if not line.startswith("eventcoder "):
                    continue
                argv = __import__("shlex").split(line)[1:]
                status = main(argv)
                captured = capsys.readouterr()
                output += captured.out + captured.err
                assert status == (1 if argv[0] == "diff" else 0), (line, captured.err)
                commands += 1
        elif language == "text":
            produced = {_normal(line) for line in output.splitlines()}
            for line in lines:
                if not line.strip() or line.strip() == "..." or line.rstrip().endswith("..."):
                    continue
                assert _normal(line) in produced, f"not in the output of the commands before it: {line!r}\n{output}"
    assert commands >= 9
    final = {(r["story_id"], r["sentence_id"], r["source"], r["code"], r["target"]) for r in load_events(work / "events-v3.jsonl")}
    assert ("border-clash", "2", "TURMIL", "194", "SYRREB") in final and len(final) == 8  # the meeting both ways
