"""Property-based tests (Hypothesis): every reader either succeeds or reports the library's
own error, located at ``file:line``; it never lets another exception out.

- the CoNLL-U reader (text and files): a list of sentences or ``ConlluError`` naming the
  source and a line of it; with ``on_error`` it never raises; ``write_conllu`` output reads
  back as the same sentences;
- the YAML dictionary loaders (actors, agents, verbs, discards files, each alone and through
  ``load_dictionaries``): entries or ``DictionaryError`` whose every problem names the file
  and a line of it; where the fast line-based reader accepts a file, it reads what PyYAML's
  safe loader reads;
- the corpus inputs (JSON Lines, plain text, CoNLL-U stories): every story is an item with
  text or CoNLL-U, or an item carrying the reason it is unusable, at ``file:line``;
- the coder, on any well-formed parse: a list of events whose evidence lies in the sentence.

Inputs are generated from structure (well-formed and then damaged) and from raw bytes.
``benchmarks/fuzz_inputs.py`` runs the same checks on 10,000+ inputs per reader.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
from pathlib import Path

import pytest
import yaml

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

import eventcoder  # noqa: E402
from eventcoder import ConlluError, DictionaryError, read_conllu, write_conllu  # noqa: E402
from eventcoder.dictionaries.actors import load_actors, load_agents  # noqa: E402
from eventcoder.dictionaries.lists import load_discards  # noqa: E402
from eventcoder.dictionaries.verbs import load_verbs  # noqa: E402
from eventcoder.dictionaries.yamlio import _NotSimple, fast_load  # noqa: E402
from eventcoder.inputs import iter_inputs, read_story_parse  # noqa: E402
from eventcoder.model import Event  # noqa: E402

# Modest counts: the whole file runs in well under a minute on two cores. tmp_path is shared
# by the examples of one test: each example writes its own file name over the last. The
# examples are the same on every run (derandomize), so the test suite gives CI the same
# answer each time; set HYPOTHESIS_RANDOM=1 to explore, and benchmarks/fuzz_inputs.py
# (--seed) draws 10,000 fresh inputs per reader.
FEW = settings(max_examples=120, deadline=None, derandomize=not os.environ.get("HYPOTHESIS_RANDOM"),
               suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
SOME = settings(FEW, max_examples=200)

LOCATED = re.compile(r"^(?P<source>.*):(?P<line>\d+): ")

# ----------------------------------------------------------------------------- CoNLL-U

FIELD = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\t\n\r"), min_size=1, max_size=8)
WORDS = ["Iran", "Turkey", "warned", "accused", "the", "president", "of", "Russia", "not", "said",
         "he", "they", "troops", "met", "with", "on", "Friday", "police", "attacked", "urged", "talks", "."]
UPOS = ["PROPN", "NOUN", "VERB", "AUX", "ADJ", "ADP", "DET", "PRON", "PART", "PUNCT", "CCONJ", "NUM", "X"]
DEPRELS = ["nsubj", "obj", "iobj", "obl", "nmod", "nmod:poss", "amod", "det", "case", "compound", "flat", "conj",
           "cc", "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "advmod", "aux", "cop", "mark", "punct", "appos",
           "parataxis", "nsubj:pass", "obl:agent", "aux:pass", "dep",
           # UD v1 labels, which the reader relabels
           "dobj", "nsubjpass", "auxpass", "neg", "name", "mwe", "csubjpass"]
FEATS = ["_", "Number=Sing", "Number=Plur", "Tense=Past|VerbForm=Fin", "Polarity=Neg", "Voice=Pass"]


@st.composite
def trees(draw, max_words: int = 14):
    """Heads of a well-formed sentence: every word reaches the root (several roots allowed)."""
    count = draw(st.integers(1, max_words))
    order = draw(st.permutations(range(1, count + 1)))
    heads = [0] * (count + 1)
    for index, word in enumerate(order):
        if index and draw(st.integers(0, 9)):
            heads[word] = order[draw(st.integers(0, index - 1))]
    return heads[1:]


@st.composite
def sentence_blocks(draw, words=None):
    """The lines of one well-formed CoNLL-U sentence (comments, multi-word and empty-node
    lines included)."""
    heads = draw(trees())
    count = len(heads)
    lines = []
    if draw(st.booleans()):
        lines.append(f"# sent_id = {draw(FIELD)}")
    if draw(st.booleans()):
        lines.append(f"# text = {draw(FIELD)}")
    if draw(st.booleans()):
        lines.append("#" + draw(FIELD))
    vocabulary = st.sampled_from(WORDS) | FIELD if words is None else st.sampled_from(words)
    multiword_at = draw(st.integers(1, count)) if count > 1 and draw(st.integers(0, 3)) == 0 else 0
    for word, head in enumerate(heads, 1):
        if word == multiword_at and word < count:
            lines.append(f"{word}-{word + 1}\t{draw(FIELD)}\t_\t_\t_\t_\t_\t_\t_\t_")
        form = draw(vocabulary)
        lemma = draw(st.sampled_from(["_", form.lower(), form]))
        deprel = "root" if head == 0 else draw(st.sampled_from(DEPRELS))
        columns = [str(word), form, lemma, draw(st.sampled_from(UPOS)), draw(st.sampled_from(["_", "NN", "VBD"])),
                   draw(st.sampled_from(FEATS)), str(head), deprel, "_", draw(st.sampled_from(["_", "SpaceAfter=No"]))]
        lines.append("\t".join(columns))
        if draw(st.integers(0, 9)) == 0:
            lines.append(f"{word}.1\t{draw(FIELD)}\t_\t_\t_\t_\t_\t_\t{word}:dep\t_")
    return lines


def _damage(lines: list[str], draw) -> list[str]:
    """One random change to well-formed lines: the kind of damage real files have."""
    if not lines:
        return lines
    lines = list(lines)
    at = draw(st.integers(0, len(lines) - 1))
    how = draw(st.integers(0, 9))
    columns = lines[at].split("\t")
    if how == 0:
        del lines[at]
    elif how == 1:
        lines.insert(at, draw(st.text(max_size=30)))
    elif how == 2 and len(columns) > 1:
        del columns[draw(st.integers(0, len(columns) - 1))]
        lines[at] = "\t".join(columns)
    elif how == 3:
        columns[draw(st.integers(0, len(columns) - 1))] = draw(st.sampled_from(["", "0", "-1", "x", "99", "1-", "1.", "１", "1e3"]))
        lines[at] = "\t".join(columns)
    elif how == 4 and len(columns) > 6:
        columns[6] = str(draw(st.integers(0, 40)))
        lines[at] = "\t".join(columns)
    elif how == 5:
        lines[at], lines[-1] = lines[-1], lines[at]
    elif how == 6:
        lines.insert(at, "# " + draw(FIELD))
    elif how == 7:
        cut = draw(st.integers(0, len(lines[at])))
        lines[at] = lines[at][:cut]
    elif how == 8:
        lines.insert(at, "\t".join([str(draw(st.integers(0, 30))) + draw(st.sampled_from(["", "-2", ".1", "-x"]))] +
                                   [draw(FIELD) for _ in range(9)]))
    else:
        lines[at] = lines[at] + draw(st.sampled_from(["\t", "\r", " ", "\t_", "\x00", "\u2028"]))
    return lines


@st.composite
def conllu_texts(draw, damaged: bool = True):
    """CoNLL-U text: well-formed sentences, some of them damaged, or plain random text."""
    if damaged and draw(st.integers(0, 9)) == 0:
        return draw(st.text(max_size=200))
    blocks = draw(st.lists(sentence_blocks(), min_size=0, max_size=4))
    if damaged:
        blocks = [_damage(block, draw) if draw(st.integers(0, 2)) == 0 else block for block in blocks]
    separator = draw(st.sampled_from(["\n\n", "\n\n\n", "\n \n", "\n\t\n"]))
    newline = draw(st.sampled_from(["\n", "\r\n"])) if damaged else "\n"
    text = separator.join("\n".join(block) for block in blocks)
    return text.replace("\n", newline) + (newline if text and draw(st.booleans()) else "")


def _check_located(error: ConlluError, source: str, line_count: int) -> None:
    """A ConlluError names the source and a line that exists."""
    assert isinstance(error, ConlluError)
    assert error.source == source
    assert 1 <= error.line <= max(line_count, 1), (error, line_count)
    assert str(error).startswith(f"{source}:{error.line}: ")


@SOME
@given(conllu_texts())
def test_conllu_text_reads_or_reports_a_line(text):
    if "\n" not in text and "\t" not in text:
        text += "\n"  # a one-line str without a tab is a file path (documented)
    lines = max(text.count("\n") + 1, 1)
    try:
        sentences = read_conllu(text, source_name="story.conllu")
    except ConlluError as error:
        _check_located(error, "story.conllu", lines)
    else:
        for sentence in sentences:
            assert [t.id for t in sentence.tokens] == list(range(1, len(sentence.tokens) + 1))
            assert all(0 <= t.head <= len(sentence.tokens) for t in sentence.tokens)
    reported: list[ConlluError] = []
    kept = read_conllu(text, source_name="story.conllu", on_error=reported.append)  # never raises
    for error in reported:
        _check_located(error, "story.conllu", lines)
    assert len(kept) + len(reported) >= 1 or not text.strip("\r\n\t ")


@FEW
@given(conllu_texts(), st.binary(max_size=4), st.integers(0, 400), st.booleans())
def test_conllu_file_bytes_read_or_report_a_line(tmp_path, text, junk, at, bom):
    """Files with bytes that are not UTF-8 (or a byte-order mark) are reported at the line."""
    data = text.encode("utf-8")
    at = min(at, len(data))
    data = (b"\xef\xbb\xbf" if bom else b"") + data[:at] + junk + data[at:]
    path = tmp_path / "input.conllu"
    path.write_bytes(data)
    reported: list[ConlluError] = []
    for on_error in (None, reported.append):
        try:
            read_conllu(path, on_error=on_error)
        except ConlluError as error:
            assert on_error is None
            reported.append(error)
    # Lines as a file is read in text mode: a lone "\r" ends a line too (old Mac files).
    lines = _line_count(data)
    for error in reported:
        _check_located(error, str(path), lines)
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        assert reported, "a byte that is not UTF-8 went unreported"
        assert "not UTF-8" in str(reported[-1])


@SOME
@given(conllu_texts(damaged=False))
def test_write_conllu_reads_back_identically(text):
    sentences = read_conllu(text)
    written = write_conllu(sentences)
    assert read_conllu(written) == sentences
    assert write_conllu(read_conllu(written)) == written


# ----------------------------------------------------------------------------- dictionaries

NAME = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Zs", "Po", "Pd")), min_size=0, max_size=12)
CODE = st.sampled_from(["GON", "USAGOV", "G77", "---", "FRO/BIL", "gon", "", "1", "A B", "GOV", "MIL", "NGO"])
VERB_CODE = st.sampled_from(["010", "0311", "130", "---", "190", "0", "9999", "abc", "010:020", "057", "1234567"])
DATE = st.one_of(st.dates(_dt.date(1900, 1, 1), _dt.date(2040, 12, 31)).map(str),
                 st.sampled_from(["1995-13-01", "2001-02-30", "yesterday", "2020-01-01T10:00:00", ""]))
JUNK = st.one_of(st.none(), st.booleans(), st.integers(-5, 10**6), st.floats(allow_nan=False), NAME,
                 st.lists(NAME, max_size=3), st.dictionaries(NAME, NAME, max_size=2))
PATTERN = st.lists(st.sampled_from(["*", "+", "$", "(", ")", "{", "}", "&CURRENCY", "&NOPE", "on", "with", "talks",
                                    "new", "relations", "%", "^", "|", "=", "against", "from"]),
                   min_size=0, max_size=7).map(" ".join)


def _maybe(draw, value, other=JUNK):
    """The value, mostly; sometimes something of the wrong type or shape."""
    return draw(other) if draw(st.integers(0, 7)) == 0 else value


@st.composite
def actor_entries(draw):
    entry = {"names": _maybe(draw, draw(st.lists(NAME, min_size=0, max_size=3)))}
    if draw(st.booleans()):
        entry["id"] = _maybe(draw, draw(st.sampled_from(["GONDOR", "A.B-1", "x y", "GONDOR"])))
    if draw(st.booleans()):
        entry["code"] = _maybe(draw, draw(CODE))
    else:
        entry["codes"] = _maybe(draw, [
            {key: draw(value) for key, value in (("code", CODE), ("from", DATE), ("until", DATE)) if draw(st.booleans())}
            for _ in range(draw(st.integers(0, 3)))
        ])
    if draw(st.integers(0, 9)) == 0:
        entry[draw(st.sampled_from(["nmes", "note", "prefix", "x"]))] = draw(JUNK)
    return entry


@st.composite
def agent_entries(draw):
    entry = {"names": _maybe(draw, draw(st.lists(NAME, max_size=3))), "code": _maybe(draw, draw(CODE))}
    if draw(st.booleans()):
        entry["prefix"] = _maybe(draw, draw(st.booleans()))
    if draw(st.booleans()):
        entry["id"] = _maybe(draw, draw(st.sampled_from(["MSF", "GOV_1", "bad id"])))
    return entry


@st.composite
def verb_blocks(draw):
    verbs = draw(st.lists(st.one_of(NAME, st.fixed_dictionaries({"verb": NAME}, optional={"code": VERB_CODE})), max_size=3))
    patterns = draw(st.lists(st.fixed_dictionaries({"pattern": PATTERN}, optional={"code": VERB_CODE}), max_size=3))
    block = {"id": _maybe(draw, draw(st.sampled_from(["ABANDON", "WARN", "X1"]))), "code": _maybe(draw, draw(VERB_CODE)),
             "verbs": _maybe(draw, verbs), "patterns": _maybe(draw, patterns)}
    if draw(st.integers(0, 5)) == 0:
        block["amend"] = draw(JUNK)
    return block


@st.composite
def dictionary_documents(draw):
    """(kind, document): a dictionary file's content, mostly right, sometimes wrong."""
    kind = draw(st.sampled_from(["actors", "agents", "verbs", "discards"]))
    if kind == "actors":
        document = {"kind": "actors", "actors": _maybe(draw, draw(st.lists(actor_entries(), max_size=4)))}
    elif kind == "agents":
        document = {"kind": "agents", "agents": _maybe(draw, draw(st.lists(agent_entries(), max_size=4)))}
    elif kind == "verbs":
        document = {"kind": "verbs", "verbs": _maybe(draw, draw(st.lists(verb_blocks(), max_size=3)))}
        if draw(st.booleans()):
            words = draw(st.lists(NAME, max_size=3))
            amending = {"amend": _maybe(draw, True), "words": _maybe(draw, words)}
            document["synsets"] = _maybe(draw, {draw(st.sampled_from(["CURRENCY", "WEAPON"])): words if draw(st.booleans()) else amending})
    else:
        document = {"kind": "discards", "sentence": _maybe(draw, draw(st.lists(NAME, max_size=4)))}
        if draw(st.booleans()):
            document["story"] = _maybe(draw, draw(st.lists(NAME, max_size=3)))
    if draw(st.integers(0, 9)) == 0:
        document["kind"] = draw(st.sampled_from(["actor", "verbs", "cameo", "", "actors_draft"]))
    if draw(st.integers(0, 9)) == 0:
        document["remove"] = draw(JUNK)
    return kind, document


def _simple_layout(document: dict) -> str:
    """The line-based layout the converter writes (and ``fast_load`` reads)."""
    def scalar(value):
        return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else yaml.safe_dump(value, default_flow_style=True).strip().removesuffix("...").strip()

    out = []
    for key, value in document.items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            out.append(f"{key}:")
            for item in value:
                first = True
                for field, field_value in item.items():
                    lead = "  - " if first else "    "
                    first = False
                    if isinstance(field_value, list) and any(isinstance(v, dict) for v in field_value):
                        out.append(f"{lead}{field}:")
                        out.extend(f"      - {yaml.safe_dump(v, default_flow_style=True, width=10**6).strip()}" for v in field_value)
                    else:
                        out.append(f"{lead}{field}: {yaml.safe_dump(field_value, default_flow_style=True, width=10**6).strip().removesuffix('...').strip()}")
        else:
            out.append(f"{key}: {scalar(value) if not isinstance(value, (list, dict)) else yaml.safe_dump(value, default_flow_style=True, width=10**6).strip()}")
    return "\n".join(out) + "\n"


@st.composite
def dictionary_files(draw):
    """(kind, bytes) of a dictionary file: rendered as YAML in several styles, then maybe
    damaged (a line cut, a bad byte, a tab, an anchor) or replaced by random text."""
    kind, document = draw(dictionary_documents())
    style = draw(st.integers(0, 3))
    if style == 0:
        text = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    elif style == 1:
        text = yaml.safe_dump(document, default_flow_style=None, sort_keys=False, width=draw(st.integers(20, 200)))
    elif style == 2:
        text = _simple_layout(document)
    else:
        text = f"kind: {kind}\n" + draw(st.text(max_size=200))
    lines = text.split("\n")
    if draw(st.integers(0, 3)) == 0:
        at = draw(st.integers(0, len(lines) - 1))
        lines[at] = draw(st.sampled_from([
            lines[at][: len(lines[at]) // 2], lines[at] + " #", "\t" + lines[at], lines[at] + ": :", "&a " + lines[at],
            lines[at].replace(":", ""), "*nope", "- " + lines[at], "!!python/object/apply:os.system ['true']",
            lines[at] + " [", "{", '"unclosed', "? [a]\n: b", "<<: *x", "%YAML 9.9", "---", "@x",
        ]))
    data = "\n".join(lines).encode("utf-8")
    if draw(st.integers(0, 7)) == 0:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00", b"\r"])) + data[at:]
    return kind, data


LOADERS = {"actors": load_actors, "agents": load_agents, "discards": load_discards,
           "verbs": lambda path: load_verbs(path)}


def _check_problems(error: DictionaryError, path: Path, data: bytes) -> None:
    """Every problem of a file names that file and a line of it."""
    lines = len(re.split(rb"\r\n|\r|\n", data))  # line ends as in text mode
    assert error.problems
    for problem in error.problems:
        assert problem.file == str(path), problem
        assert 1 <= problem.line <= lines + 1, (problem, lines)
        assert str(problem).startswith(f"{path}:{problem.line}: ")


@SOME
@given(dictionary_files())
def test_dictionary_file_loads_or_reports_file_and_line(tmp_path, generated):
    kind, data = generated
    path = tmp_path / f"{kind}.yaml"
    path.write_bytes(data)
    try:
        entries = LOADERS[kind](path)
    except DictionaryError as error:
        _check_problems(error, path, data)
    else:
        assert entries is not None


@FEW
@given(dictionary_files())
def test_load_dictionaries_loads_or_reports_file_and_line(tmp_path, generated):
    """Through the whole loader: layering, removals, compiling patterns and synsets."""
    kind, data = generated
    path = tmp_path / f"my-{kind}.yaml"
    path.write_bytes(data)
    try:
        result = eventcoder.load_dictionaries(path, defaults=False, cache=False)
    except DictionaryError as error:
        for problem in error.problems:
            if problem.file == str(path):
                assert 1 <= problem.line <= len(re.split(rb"\r\n|\r|\n", data)) + 1, problem
            else:  # problems can only come from the user's file or the base CAMEO table
                assert problem.file.endswith("cameo.yaml"), problem
    else:
        assert str(path) in result.files


def _plain_data(value):
    if isinstance(value, dict):
        return {k: _plain_data(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain_data(v) for v in value]
    return value


@SOME
@given(dictionary_documents())
def test_fast_reader_agrees_with_pyyaml(generated):
    """Where the fast line-based reader accepts a file, it means what YAML says it means."""
    _, document = generated
    text = _simple_layout(document)
    try:
        fast = fast_load(text)
    except _NotSimple:
        return
    assert _plain_data(fast) == yaml.safe_load(text)


# ----------------------------------------------------------------------------- corpus inputs

JSON_VALUE = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20),
                       st.lists(st.integers(), max_size=2), st.dictionaries(st.text(max_size=3), st.integers(), max_size=2))


@st.composite
def jsonl_lines(draw):
    """One line of a JSON Lines corpus, as bytes."""
    how = draw(st.integers(0, 9))
    if how == 0:
        return draw(st.binary(max_size=40)).replace(b"\n", b"")
    if how == 1:
        return draw(st.text(max_size=40)).encode("utf-8", "surrogatepass").replace(b"\n", b"")
    record = {}
    for field, value in (("id", st.one_of(st.text(max_size=12), JSON_VALUE)),
                         ("date", st.one_of(st.sampled_from(["2020-02-28", "20200228", "2020-02-28T09:30:00Z", "2020-13-45"]), JSON_VALUE)),
                         ("text", st.one_of(st.text(min_size=0, max_size=40), JSON_VALUE))):
        if draw(st.integers(0, 5)):
            record[field] = draw(value)
    value = draw(st.sampled_from([record, record, record, [record], "story", 3]))
    line = json.dumps(value, ensure_ascii=draw(st.booleans()))
    if draw(st.integers(0, 9)) == 0:
        line = line.replace('"', "", 1)
    return line.encode("utf-8", "surrogatepass")


def _line_count(data: bytes) -> int:
    """Lines as text mode counts them: "\r\n", "\r" and "\n" each end one."""
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1


def _check_items(items, path: Path, data: bytes) -> None:
    lines = _line_count(data)
    for item in items:
        source, _, line = item.origin.rpartition(":")
        assert source == str(path) and 1 <= int(line) <= lines, item.origin
        assert isinstance(item.story_id, str)
        item.story_id.encode("utf-8")  # writable to any output
        if item.error is None:
            assert (item.text or item.conllu or "").strip()
            (item.text or item.conllu).encode("utf-8")
            assert "\n" not in item.story_id and "\r" not in item.story_id
        else:
            assert isinstance(item.error, str) and item.error


@SOME
@given(st.lists(jsonl_lines(), max_size=6), st.booleans())
def test_jsonl_input_gives_a_story_or_a_reason_per_line(tmp_path, lines, bom):
    data = (b"\xef\xbb\xbf" if bom else b"") + b"\n".join(lines) + b"\n"
    path = tmp_path / "corpus.jsonl"
    path.write_bytes(data)
    items = list(iter_inputs(path))
    assert len(items) == sum(1 for line in data.split(b"\n") if line.strip())
    _check_items(items, path, data)


@SOME
@given(st.one_of(st.binary(max_size=200), st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))),
       st.sampled_from(["story.txt", "2020-02-28-idlib.text", "a b.txt", "2020-13-01.txt"]))
def test_text_input_gives_one_story_or_a_reason(tmp_path, data, name):
    path = tmp_path / name
    path.write_bytes(data)
    items = list(iter_inputs(path))
    assert len(items) == 1
    _check_items(items, path, data)


@SOME
@given(conllu_texts(), st.lists(st.sampled_from(["# newdoc id = a", "# newdoc", "# story_id = s1", "# date = 2020-02-28",
                                                 "# date = nope", "# story_id = ../up", "# newdoc id = a/b"]), max_size=3),
       st.binary(max_size=3))
def test_conllu_stories_read_or_report_file_and_line(tmp_path, text, marks, junk):
    data = ("\n".join(marks) + "\n" + text).encode("utf-8") + junk
    path = tmp_path / "stories.conllu"
    path.write_bytes(data)
    items = list(iter_inputs(path))
    assert items
    _check_items(items, path, data)
    lines = _line_count(data)
    for item in items:
        if item.conllu is None:
            continue
        _, problems = read_story_parse(item)
        for problem in problems:
            match = LOCATED.match(problem)
            assert match and match.group("source") == str(path), problem
            assert 1 <= int(match.group("line")) <= lines, problem


# ----------------------------------------------------------------------------- the coder

CODER_WORDS = {
    "PROPN": ["Iran", "Turkey", "Russia", "Syria", "Israel", "France", "Erdogan", "Putin", "Hamas", "NATO", "Moscow"],
    "NOUN": ["president", "troops", "police", "government", "minister", "rebels", "talks", "aid", "sanctions", "protesters"],
    "VERB": ["warned", "accused", "urged", "met", "attacked", "said", "threatened", "criticized", "denied", "signed",
             "visited", "rejected", "killed", "arrested", "praised", "called", "agreed", "promised"],
    "PRON": ["he", "she", "it", "they", "who", "which"],
    "ADP": ["with", "to", "on", "against", "of", "for", "in", "by"],
    "PART": ["not", "to"],
    "AUX": ["was", "had", "will", "did"],
    "DET": ["the", "a"],
    "PUNCT": [".", ","],
    "CCONJ": ["and", "but"],
    "ADJ": ["foreign", "military", "Iranian"],
}


VERB_LEMMAS = {"warned": "warn", "accused": "accuse", "urged": "urge", "met": "meet", "attacked": "attack", "said": "say",
               "threatened": "threaten", "criticized": "criticize", "denied": "deny", "signed": "sign", "visited": "visit",
               "rejected": "reject", "killed": "kill", "arrested": "arrest", "praised": "praise", "called": "call",
               "agreed": "agree", "promised": "promise"}
TYPED = {("NOMINAL", "VERB"): ["nsubj", "obj", "obl", "iobj", "nsubj:pass", "obl:agent"],
         ("NOMINAL", "NOMINAL"): ["compound", "nmod", "conj", "appos", "flat", "nmod:poss"],
         ("VERB", "VERB"): ["ccomp", "xcomp", "conj", "advcl", "parataxis"],
         ("VERB", "NOMINAL"): ["acl", "acl:relcl"]}
FUNCTION = {"ADP": "case", "DET": "det", "PART": "advmod", "AUX": "aux", "PUNCT": "punct", "CCONJ": "cc", "ADJ": "amod"}


@st.composite
def coder_sentences(draw):
    """A well-formed parse from words the shipped dictionaries know, shaped like news (verbs
    heading nominals, function words on their heads) so that verbs, actors and patterns meet;
    now and then with any relation at all."""
    heads = draw(trees(max_words=16))
    parents = set(heads)
    lines = []
    for word, head in enumerate(heads, 1):
        choices = ["VERB", "PROPN", "NOUN"] if word in parents or head == 0 else sorted(CODER_WORDS)
        upos = draw(st.sampled_from(choices))
        form = draw(st.sampled_from(CODER_WORDS[upos]))
        lemma = VERB_LEMMAS.get(form, form if upos == "PROPN" else form.lower())
        lines.append([str(word), form, lemma, upos, "_", draw(st.sampled_from(FEATS)), str(head), "", "_", "_"])
    for columns in lines:
        head, upos = int(columns[6]), columns[3]
        if head == 0:
            columns[7] = "root"
        elif draw(st.integers(0, 9)) == 0:
            columns[7] = draw(st.sampled_from(DEPRELS))
        elif upos in FUNCTION:
            columns[7] = FUNCTION[upos]
        else:
            kinds = ("VERB" if upos == "VERB" else "NOMINAL", "VERB" if lines[head - 1][3] == "VERB" else "NOMINAL")
            columns[7] = draw(st.sampled_from(TYPED[kinds]))
    return "\n".join("\t".join(columns) for columns in lines)


@pytest.fixture(scope="module")
def coder():
    return eventcoder.EventCoder(eventcoder.load_dictionaries())


@SOME
@given(st.lists(coder_sentences(), min_size=1, max_size=3), st.dates(_dt.date(1950, 1, 1), _dt.date(2030, 12, 31)),
       st.booleans())
def test_coder_codes_any_well_formed_parse(coder, blocks, day, require_target):
    sentences = read_conllu("\n\n".join(blocks) + "\n")
    coder.require_target = require_target
    try:
        events = coder.code_sentences(sentences, date=day, story_id="s")
    finally:
        coder.require_target = True
    assert isinstance(events, list)
    sizes = {str(index + 1): len(sentence.tokens) for index, sentence in enumerate(sentences)}
    for event in events:
        assert isinstance(event, Event)
        assert event.date == day and event.story_id == "s"
        size = sizes[event.sentence_id]
        assert all(1 <= token <= size for token in event.provenance.verb.token_ids)
        for actor in (event.provenance.source, event.provenance.target):
            if actor is not None:
                assert all(1 <= token <= size for token in actor.span.token_ids)
