"""Dictionaries and inputs from elsewhere (issue #17, item 4): each hostile input gets a
clear error naming the file and the line, or is handled, within bounded time and memory;
YAML is only ever read with a safe loader, and nothing an input names is executed or
imported. Regression tests for the bugs the fuzzing found are at the end.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml

import eventcoder
from eventcoder import ConlluError, DictionaryError, read_conllu
from eventcoder.dictionaries import yamlio
from eventcoder.dictionaries.actors import load_actors
from eventcoder.dictionaries.tools import lookup
from eventcoder.dictionaries.verbs import load_verbs
from eventcoder.inputs import iter_inputs, read_story_parse
from eventcoder.runner import code_corpus, saved_parse_name

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "eventcoder"
SENTENCE = (
    "1\tIran\tIran\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
    "2\twarned\twarn\tVERB\t_\tTense=Past\t0\troot\t_\t_\n"
    "3\tTurkey\tTurkey\tPROPN\t_\t_\t2\tobj\t_\t_\n"
)


def _only_problem(error: DictionaryError, path: Path):
    """The one error of a DictionaryError (warnings aside), which must be about ``path``."""
    errors = [p for p in error.problems if p.severity == "error"]
    assert len(errors) == 1, error.problems
    problem = errors[0]
    assert problem.file == str(path)
    return problem


def _bounded(code: str, *, seconds: float = 60, memory_mb: int = 1500) -> str:
    """Run ``code`` in a fresh interpreter limited to ``memory_mb`` of address space and
    ``seconds`` of time; its standard output. A run past either limit fails the test."""
    prelude = textwrap.dedent(f"""
        import resource, sys
        sys.path.insert(0, {str(REPO)!r})
        limit = {memory_mb} * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    """)
    done = subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=seconds)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


# ----------------------------------------------------------------------------- YAML dictionaries


@pytest.mark.parametrize("body", [
    "actors: " + "[" * 10_000 + "]" * 10_000,
    "actors: " + "{a: " * 3_000 + "1" + "}" * 3_000,
    "actors:\n" + "".join("  " * level + "- \n" for level in range(1, 400)),
    "actors:\n" + "".join("  " * level + f"k{level}:\n" for level in range(1, 400)),
])
def test_deeply_nested_yaml_is_refused_at_a_line(tmp_path, body):
    path = tmp_path / "deep.yaml"
    path.write_text("kind: actors\n" + body + "\n", encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(DictionaryError) as caught:
        load_actors(path)
    assert time.perf_counter() - started < 10
    problem = _only_problem(caught.value, path)
    assert problem.line >= 2 and "nest" in problem.message


def test_billion_laughs_is_refused_in_bounded_time_and_memory(tmp_path):
    lines = ["kind: actors", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 10)]
    lines += ["actors:", "  - names: *a9", "    code: LOL", "  - *a9"]
    path = tmp_path / "laughs.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = _bounded(f"""
        from eventcoder.dictionaries.actors import load_actors
        from eventcoder.dictionaries.yamlio import DictionaryError
        try:
            load_actors({str(path)!r})
        except DictionaryError as error:
            print(error.problems[0])
    """, seconds=60, memory_mb=1500)
    # Named at the first anchored value that is used again (line 2), refused before anything is built.
    assert out.startswith(f"{path}:2: error: invalid YAML: its aliases expand to 34,567,901,251 values"), out


def test_yaml_anchors_used_sparingly_still_load(tmp_path):
    path = tmp_path / "anchors.yaml"
    path.write_text(textwrap.dedent("""\
        kind: actors
        actors:
          - names: &gondor [Gondor, Minas Tirith]
            code: GON
          - names: [Arnor]
            codes: &dated
              - {code: ARN, until: 1999-12-31}
              - {code: ARNGOV, from: 2000-01-01}
          - names: [Eriador]
            codes: *dated
        """), encoding="utf-8")
    entries = load_actors(path)
    assert [e.names[0] for e in entries] == ["Gondor", "Arnor", "Eriador"]
    assert entries[2].code_on(__import__("datetime").date(2001, 1, 1)) == "ARNGOV"


def test_recursive_alias_is_refused_at_a_line(tmp_path):
    path = tmp_path / "loop.yaml"
    path.write_text("kind: verbs\nverbs: &loop\n  - *loop\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_verbs(path)
    assert _only_problem(caught.value, path).line >= 2


def test_huge_dictionary_loads_in_bounded_time(tmp_path):
    """50,000 entries (3 MB) in the converter's layout, one of them with a 1 MB line."""
    path = tmp_path / "huge.yaml"
    entries = [f"  - id: A{i}\n    names: [Name {i}, Other Name {i}]\n    code: C{i}\n" for i in range(50_000)]
    many = ", ".join(f"Alias {i}" for i in range(60_000))
    path.write_text("kind: actors\nactors:\n" + "".join(entries) + f"  - id: LONG\n    names: [{many}]\n    code: LONG\n",
                    encoding="utf-8")
    started = time.perf_counter()
    loaded = load_actors(path)
    assert time.perf_counter() - started < 60
    assert len(loaded) == 50_001 and len(loaded[-1].names) == 60_000


def test_invalid_utf8_in_a_dictionary_names_the_line(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_bytes(b"kind: actors\nactors:\n  - names: [Gondor]\n    code: GON\n  - names: [Mordor\xff]\n    code: MOR\n")
    with pytest.raises(DictionaryError) as caught:
        load_actors(path)
    problem = _only_problem(caught.value, path)
    assert (problem.line, problem.message) == (5, "cannot read: not UTF-8 (byte 0xff)")
    # Through the whole loader too: the kind is still seen, the byte is what is reported.
    with pytest.raises(DictionaryError) as caught:
        eventcoder.load_dictionaries(path, defaults=False, cache=False)
    assert [str(p) for p in caught.value.problems] == [f"{path}:5: error: cannot read: not UTF-8 (byte 0xff)"]


def test_yaml_python_tags_are_never_executed_or_imported(tmp_path, monkeypatch):
    marker = tmp_path / "executed"
    module = tmp_path / "hostile_module_for_eventcoder_test.py"
    module.write_text(f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    tags = [
        f"!!python/object/apply:os.system ['touch {marker}']",
        f"!!python/object/apply:pathlib.Path.touch [{marker}]",
        "!!python/module:hostile_module_for_eventcoder_test",
        "!!python/name:hostile_module_for_eventcoder_test.x",
        "!!python/object/new:hostile_module_for_eventcoder_test.X []",
    ]
    for number, tag in enumerate(tags):
        path = tmp_path / f"tag{number}.yaml"
        path.write_text(f"kind: actors\nactors:\n  - names: [x]\n    code: {tag}\n", encoding="utf-8")
        with pytest.raises(DictionaryError) as caught:
            load_actors(path)
        assert _only_problem(caught.value, path).line == 4
    assert not marker.exists()
    assert "hostile_module_for_eventcoder_test" not in sys.modules


def test_only_safe_yaml_loaders_are_used():
    """No yaml.load / unsafe_load / full_load / load_all with anything but a safe loader
    anywhere in the package, and the one custom loader is a SafeLoader."""
    safe = {"safe_load", "safe_load_all", "safe_dump", "safe_dump_all", "dump", "YAMLError", "add_constructor"}
    for source in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "yaml":
                assert node.attr in safe | {"CSafeLoader", "SafeLoader", "constructor", "resolver", "reader", "MappingNode",
                                            "__with_libyaml__"}, f"{source}:{node.lineno}: yaml.{node.attr}"
            if isinstance(node, ast.ImportFrom) and node.module == "yaml":
                assert all(alias.name in safe for alias in node.names), f"{source}:{node.lineno}"
    assert issubclass(yamlio._CLineLoader, (yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
    assert "tag:yaml.org,2002:python/object" not in str(yamlio._CLineLoader.yaml_multi_constructors)


# ----------------------------------------------------------------------------- CoNLL-U


def test_ten_thousand_token_sentence_reads_and_codes_in_bounded_time(tmp_path):
    """A 10,000-word sentence, as a flat list and as a chain 10,000 heads deep."""
    flat = ["1\twarned\twarn\tVERB\t_\t_\t0\troot\t_\t_"]
    flat += [f"{i}\tIran\tIran\tPROPN\t_\t_\t1\tconj\t_\t_" for i in range(2, 10_001)]
    chain = ["1\twarned\twarn\tVERB\t_\t_\t0\troot\t_\t_"]
    chain += [f"{i}\tIran\tIran\tPROPN\t_\t_\t{i - 1}\t{'nsubj' if i == 2 else 'nmod'}\t_\t_" for i in range(2, 10_001)]
    path = tmp_path / "long.conllu"
    path.write_text("\n".join(flat) + "\n\n" + "\n".join(chain) + "\n", encoding="utf-8")
    out = _bounded(f"""
        import time, eventcoder
        coder = eventcoder.EventCoder(eventcoder.load_dictionaries())
        sentences = eventcoder.read_conllu({str(path)!r})
        started = time.perf_counter()
        events = coder.code_sentences(sentences, date="2020-01-01")
        print(len(sentences), [len(s.tokens) for s in sentences], time.perf_counter() - started)
    """, seconds=240, memory_mb=3000)
    count, sizes, seconds = out.split(" ", 1)[0], out[out.index("["):out.index("]") + 1], float(out.rsplit(" ", 1)[1])
    assert count == "2" and sizes == "[10000, 10000]"
    assert seconds < 120


def test_enormous_lines_are_read_or_reported(tmp_path):
    big = "x" * 5_000_000
    conllu = tmp_path / "big.conllu"
    conllu.write_text(f"# text = {big}\n1\t{big}\t_\tNOUN\t_\t_\t0\troot\t_\t_\n\n1\t{big}\n", encoding="utf-8")
    with pytest.raises(ConlluError) as caught:
        read_conllu(conllu)
    assert (caught.value.source, caught.value.line) == (str(conllu), 4)
    kept = read_conllu(conllu, on_error=lambda error: None)
    assert len(kept) == 1 and kept[0].tokens[0].form == big
    jsonl = tmp_path / "big.jsonl"
    jsonl.write_text(json.dumps({"id": "a", "text": big}) + "\n" + big + "\n", encoding="utf-8")
    items = list(iter_inputs(jsonl))
    assert items[0].text == big and items[1].origin == f"{jsonl}:2" and items[1].error.startswith("not valid JSON")
    text = tmp_path / "big.txt"
    text.write_text(big, encoding="utf-8")
    assert next(iter_inputs(text)).text == big


def test_invalid_utf8_in_conllu_names_the_line(tmp_path):
    path = tmp_path / "bad.conllu"
    path.write_bytes(SENTENCE.encode() + b"\n" + SENTENCE.replace("Turkey", "Turk\xc3y").encode("latin-1") + b"\n")
    with pytest.raises(ConlluError) as caught:
        read_conllu(path)
    assert (caught.value.source, caught.value.line) == (str(path), 7)
    assert "not UTF-8" in caught.value.reason
    reported = []
    read_conllu(path, on_error=reported.append)
    assert [(e.source, e.line) for e in reported] == [(str(path), 7)]
    # As a corpus input: the story is reported with the line of the bad byte.
    (item,) = iter_inputs(path)
    assert item.origin == f"{path}:1" and "line 7" in item.error and "not UTF-8" in item.error


def test_invalid_utf8_in_jsonl_and_text_names_the_line(tmp_path):
    jsonl = tmp_path / "bad.jsonl"
    jsonl.write_bytes(b'{"id": "a", "text": "fine"}\n{"id": "b", "text": "caf\xe9"}\n')
    good, bad = iter_inputs(jsonl)
    assert good.error is None
    assert bad.origin == f"{jsonl}:2" and bad.error == "bad encoding: not UTF-8 (byte 0xe9 at line 2, offset 24)"
    text = tmp_path / "bad.txt"
    text.write_bytes(b"Iran warned Turkey.\nAnkara said \x9d no.\n")
    (item,) = iter_inputs(text)
    assert item.error == "bad encoding: not UTF-8 (byte 0x9d at line 2, offset 32)"


# ----------------------------------------------------------------------------- story ids and saved parses


def test_story_ids_with_path_separators_stay_inside_the_parses_folder(tmp_path):
    ids = ["../escape", "a/b", "/etc/passwd", "..", ".", ".hidden", "x" * 400, "é" * 150, "a\\b", "nul\x00byte"]
    corpus = tmp_path / "in" / "corpus.conllu"
    corpus.parent.mkdir()
    corpus.write_text("".join(f"# newdoc id = {i}\n# date = 2020-01-01\n{SENTENCE}\n" for i in ids), encoding="utf-8")
    parses = tmp_path / "out" / "parses"
    summary = code_corpus(corpus, tmp_path / "out" / "events.jsonl", save_parses=parses, progress=False)
    assert summary.stories == len(ids) and summary.failed == 0
    saved = sorted(parses.iterdir())
    assert len(saved) == len(ids)
    for path in saved:
        assert path.resolve().parent == parses.resolve() and len(path.name.encode()) <= 255
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out"]  # nothing written beside them
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["events.jsonl", "events.jsonl.meta.json", "parses"]
    # The folder is itself an input: every story comes back under its own id.
    assert sorted(item.story_id for item in iter_inputs(parses)) == sorted(ids)


class _FakeParser:
    batch_size = 8

    def parse(self, text):
        return read_conllu(SENTENCE)

    def parse_many(self, texts):
        return [self.parse(text) for text in texts]


def test_unusable_story_ids_are_reported_and_the_run_goes_on(tmp_path):
    """A lone surrogate (JSON "\\ud800") cannot be written to any UTF-8 output or file name,
    and a line break would break the saved parse's ``# story_id`` line: both are reported."""
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"id": "ok", "text": "Iran warned Turkey."}, {"id": "\ud800", "text": "x"}, {"id": "a\nb", "text": "x"},
            {"id": "t", "text": "bad \udfff text"}, {"id": "../up", "text": "Iran warned Turkey."}]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    coder = eventcoder.EventCoder(eventcoder.load_dictionaries(), parser=_FakeParser())
    output = tmp_path / "events.jsonl"
    summary = code_corpus(corpus, output, coder=coder, date="2020-01-01", save_parses=tmp_path / "parses", progress=False)
    assert (summary.stories, summary.failed) == (5, 3)
    errors = [json.loads(line) for line in Path(str(output) + ".errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["source"] for e in errors] == [f"{corpus}:2", f"{corpus}:3", f"{corpus}:4"]
    assert "lone surrogate" in errors[0]["reason"] and "line break" in errors[1]["reason"]
    assert "lone surrogate" in errors[2]["reason"] and "'text'" in errors[2]["reason"]
    assert sorted(p.name for p in (tmp_path / "parses").iterdir()) == ["%2E.%2Fup.conllu", "ok.conllu"]


def test_saved_parse_names_are_bounded_and_distinct():
    long_a, long_b = "a" * 300, "a" * 299 + "b"
    names = {saved_parse_name(i) for i in (long_a, long_b, "a" * 200, "é" * 100)}
    assert len(names) == 4 and all(len(name.encode()) <= 255 - len(".tmp") for name in names)
    assert saved_parse_name("short") == "short.conllu"


# ----------------------------------------------------------------------------- regressions found by fuzzing


@pytest.mark.parametrize("body, line", [
    ("verbs:\n  - id: WARN\n    code: '130'\n    verbs: 1\n", 3),                       # was TypeError
    ("verbs:\n  - id: WARN\n    verbs: [warn]\n    patterns: 5\n", 3),                  # was TypeError
    ("verbs:\n  - id: WARN\n    verbs:\n      - {verb: warn, forms: 7}\n", 5),           # was TypeError
])
def test_verbs_file_with_a_number_for_a_list_names_the_line(tmp_path, body, line):
    path = tmp_path / "verbs.yaml"
    path.write_text("kind: verbs\n" + body, encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_verbs(path)
    problem = _only_problem(caught.value, path)
    assert problem.line == line and "must be a list" in problem.message


def test_yaml_errors_without_a_mark_still_name_the_line(tmp_path):
    cases = {
        "long.yaml": ("kind: actors\nactors:\n  - names: [x]\n    code: " + "9" * 5000 + "\n", 4),  # int too long
        "control.yaml": ("kind: actors\nactors: []\nnote: \x08\n", 3),  # a character YAML refuses
        # YAML ends a line at U+2028 (PyYAML's mark says line 4); editors do not: line 3.
        "separator.yaml": ("kind: actors\nnote: a\u2028b\nactors: [\n", 3),
    }
    for name, (body, line) in cases.items():
        path = tmp_path / name
        path.write_text(body, encoding="utf-8")
        with pytest.raises(DictionaryError) as caught:
            load_actors(path)
        assert _only_problem(caught.value, path).line == line, (name, caught.value.problems)


def test_conllu_story_with_bad_bytes_reports_through_read_story_parse(tmp_path):
    path = tmp_path / "two.conllu"
    path.write_bytes(b"# newdoc id = one\n" + SENTENCE.encode() + b"\n# newdoc id = two\n" + SENTENCE.encode()[:-20] + b"\xff\n")
    one, two = iter_inputs(path)
    sentences, problems = read_story_parse(one)
    assert [s.tokens for s in sentences] == [s.tokens for s in read_conllu(SENTENCE)] and problems == []
    assert two.origin == f"{path}:6" and "line 9" in two.error


@pytest.mark.parametrize("accent", ["\u00b4", "\u00a8", "\u02dc", "\u0301"])
def test_a_lone_accent_token_codes_like_any_punctuation(accent):
    # "Colombia´s", split by a tokenizer: the acute accent decomposes to a blank, which the
    # name tries use as a key of their own; matching once crashed on it.
    rows = (
        "1\tVenezuela\tVenezuela\tPROPN\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tcondemned\tcondemn\tVERB\t_\tTense=Past\t0\troot\t_\t_\n"
        "3\tColombia\tColombia\tPROPN\t_\t_\t6\tnmod:poss\t_\t_\n"
        f"4\t{accent}\t{accent}\tPUNCT\t_\t_\t3\tpunct\t_\t_\n"
        "5\ts\ts\tPART\t_\t_\t3\tcase\t_\t_\n"
        "6\tactions\taction\tNOUN\t_\t_\t2\tobj\t_\t_\n"
    )
    coder = eventcoder.EventCoder(eventcoder.load_dictionaries())
    events = coder.code_conllu(rows, date="2020-01-01", story_id="t")
    assert [e.triple for e in events] == [("VEN", "111", "COL")]
    assert lookup(coder.dictionaries, f"Colombia {accent} s").code == "COL"
