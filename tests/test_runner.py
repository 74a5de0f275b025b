"""The corpus runner: inputs, outputs, failures, saved parses, workers, and resume after a kill.

The corpus is built from the project's own example story (examples/turkey-iran.conllu):
many stories made of rotated subsets of its sentences, each with its own id and date.
Resume tests kill a real `eventcoder code` process part-way (a test hook that exits like
kill -9 in the middle of a story's output or of the progress file, and a real SIGKILL) and
compare the resumed output with an uninterrupted run byte for byte.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventcoder import EventCoder, Story, load_dictionaries, read_conllu, to_date
from eventcoder.inputs import count_stories, date_from_name, iter_inputs
from eventcoder.runner import CRASH_HOOK, RunError, code_corpus, saved_parse_name

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "turkey-iran.conllu"


def example_blocks() -> list[str]:
    return [b.strip() + "\n" for b in EXAMPLE.read_text(encoding="utf-8").split("\n\n") if b.strip()]


def story_text(index: int) -> str:
    """Sentences of the example, rotated and cut, so that stories differ."""
    blocks = example_blocks()
    k = index % len(blocks)
    chosen = (blocks[k:] + blocks[:k])[: 2 + index % 5]
    return "\n".join(chosen) + "\n"


def write_corpus_file(path: Path, count: int) -> Path:
    parts = []
    for i in range(count):
        parts.append(f"# story_id = s{i:04d}\n# date = 2020-03-{i % 28 + 1:02d}\n" + story_text(i))
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def write_corpus_folder(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"2020-04-{i % 28 + 1:02d}-story{i:03d}.conllu").write_text(story_text(i), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(load_dictionaries())


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


# ----- inputs ---------------------------------------------------------------------------------


def test_inputs_of_every_kind_in_a_fixed_order(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "2020-02-28-raid.txt").write_text("Turkey shelled positions near the border.\n", encoding="utf-8")
    (folder / "b.txt").write_text("  \n", encoding="utf-8")
    (folder / "sub" / "latin1.txt").write_bytes("Caf\xe9 talks".encode("latin-1"))
    (folder / "wire.jsonl").write_text(
        '{"doc": "w1", "when": "2020-05-01T09:30:00Z", "body": "Iran hosted talks."}\n'
        "\n"
        "{broken\n"
        '{"when": "2020-05-02", "body": "No id here."}\n',
        encoding="utf-8",
    )
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    (folder / ".hidden.txt").write_text("ignored", encoding="utf-8")
    write_corpus_file(folder / "parsed.conllu", 2)

    items = list(iter_inputs(folder, id_field="doc", date_field="when", text_field="body"))
    summary = [(i.story_id, i.kind, i.date, i.error) for i in items]
    assert summary == [
        ("2020-02-28-raid", "text", "2020-02-28", None),
        ("b", "error", None, "empty text"),
        ("s0000", "conllu", "2020-03-01", None),
        ("s0001", "conllu", "2020-03-02", None),
        ("w1", "text", "2020-05-01T09:30:00Z", None),
        ("wire-3", "error", None, summary[5][3]),
        ("wire-4", "text", "2020-05-02", None),
        ("sub/latin1", "error", None, "bad encoding: not UTF-8 (byte 0xe9 at line 1, offset 3)"),
    ]
    assert summary[5][3].startswith("not valid JSON")
    assert items[5].origin == f"{folder / 'wire.jsonl'}:3"
    assert count_stories(folder) == len(items)


def test_conllu_files_split_into_stories_at_newdoc_and_story_id(tmp_path):
    blocks = example_blocks()
    path = tmp_path / "2021-06-01-mixed.conllu"
    path.write_text(
        blocks[0] + "\n# newdoc id = second\n" + blocks[1] + "\n" + blocks[2] + "\n# story_id = third\n# date = 2019-01-02\n" + blocks[3],
        encoding="utf-8",
    )
    items = list(iter_inputs(path))
    assert [(i.story_id, i.date) for i in items] == [
        ("2021-06-01-mixed", "2021-06-01"),
        ("second", "2021-06-01"),
        ("third", "2019-01-02"),
    ]
    assert [len(read_conllu(i.conllu)) for i in items] == [1, 2, 1]
    assert items[1].origin.endswith(":" + str(items[1].conllu_line))


def test_date_in_file_name():
    assert date_from_name("2020-02-28-idlib.txt") == "2020-02-28"
    assert date_from_name("idlib_2020-02-28.conllu") == "2020-02-28"
    assert date_from_name("2020-13-45.txt") is None
    assert date_from_name("120200-02-28.txt") is None


# ----- coding a corpus ----------------------------------------------------------------------


def test_corpus_output_is_the_coders_events_in_input_order(tmp_path, coder):
    corpus = write_corpus_file(tmp_path / "corpus.conllu", 12)
    out = tmp_path / "events.jsonl"
    summary = code_corpus(corpus, out, coder=coder)
    assert summary.ok and summary.stories == 12 and summary.events > 12

    expected = []
    for item in iter_inputs(corpus):
        story = Story(item.story_id, to_date(item.date), read_conllu(item.conllu))
        for sentence, events in coder.iter_story(story):
            expected.extend((e.story_id, e.sentence_id, e.date.isoformat(), e.short(), sentence.words()) for e in events)
    got = [(r["story_id"], r["sentence_id"], r["date"], f"{r['source']} {r['code']} {r['target']}", r["text"]) for r in lines(out)]
    assert got == expected
    # A complete run leaves its output and its meta record, no progress file.
    assert not Path(str(out) + ".progress").exists()
    meta = json.loads(Path(str(out) + ".meta.json").read_text(encoding="utf-8"))
    assert meta["complete"] is True and meta["format"] == "jsonl"
    assert (meta["stories"], meta["events"], meta["failed"]) == (12, summary.events, 0)
    assert not Path(str(out) + ".errors.jsonl").exists()


def test_csv_tsv_and_parquet_have_the_event_data_columns(tmp_path, coder):
    import csv

    corpus = write_corpus_file(tmp_path / "corpus.conllu", 5)
    jsonl = tmp_path / "e.jsonl"
    code_corpus(corpus, jsonl, coder=coder)
    records = lines(jsonl)
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        out = tmp_path / f"e.{fmt}"
        code_corpus(corpus, out, coder=coder)
        with out.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter=delimiter))
        assert list(rows[0])[:9] == ["date", "source", "target", "code", "root_code", "quad_class", "goldstein", "story_id", "sentence_id"]
        assert "text" in rows[0]
        assert [(r["story_id"], r["source"], r["code"], r["target"], r["text"]) for r in rows] == [
            (r["story_id"], r["source"], r["code"], r["target"], r["text"]) for r in records
        ]
        assert [float(r["goldstein"]) for r in rows] == [r["goldstein"] for r in records]

    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (pip install 'eventcoder[parquet]')")
    out = tmp_path / "e.parquet"
    summary = code_corpus(corpus, out, coder=coder)
    table = pq.read_table(out).to_pylist()
    assert len(table) == summary.events == len(records)
    assert [(r["story_id"], r["code"], r["quad_class"], r["goldstein"]) for r in table] == [
        (r["story_id"], r["code"], r["quad_class"], r["goldstein"]) for r in records
    ]
    assert json.loads(table[0]["provenance"])["verb"]["text"]
    assert not Path(str(out) + ".part").exists()


def test_saved_parses_are_an_input_that_needs_no_date(tmp_path, coder):
    corpus = write_corpus_folder(tmp_path / "in", 6)
    first = tmp_path / "first.jsonl"
    parses = tmp_path / "parses"
    code_corpus(corpus, first, coder=coder, save_parses=parses)
    names = sorted(p.name for p in parses.iterdir())
    assert names == sorted(saved_parse_name(f"2020-04-{i + 1:02d}-story{i:03d}") for i in range(6))
    text = (parses / names[0]).read_text(encoding="utf-8")
    assert text.startswith("# story_id = 2020-04-01-story000\n# date = 2020-04-01\n")

    again = tmp_path / "again.jsonl"
    code_corpus(parses, again, coder=coder)  # no date given: read back from the comments
    assert again.read_bytes() == first.read_bytes()
    # Saving parses of saved parses does not pile up story comments.
    code_corpus(parses, tmp_path / "third.jsonl", coder=coder, save_parses=tmp_path / "parses2")
    assert (tmp_path / "parses2" / names[0]).read_text(encoding="utf-8") == text


def test_saved_parse_names_are_safe_file_names():
    assert saved_parse_name("a/b c") == "a%2Fb c.conllu"
    assert saved_parse_name("..") == "%2E..conllu"
    assert saved_parse_name("AFP_ENG_20200228.0012") == "AFP_ENG_20200228.0012.conllu"


def test_failed_stories_go_to_the_errors_file_and_the_run_goes_on(tmp_path, coder):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.conllu").write_text("# date = 2020-01-05\n" + story_text(0), encoding="utf-8")
    (folder / "b-undated.conllu").write_text(story_text(1), encoding="utf-8")
    (folder / "c-broken.conllu").write_text("# date = 2020-01-01\n1\tIran\tIran\tPROPN\t_\t_\t5\troot\t_\t_\n", encoding="utf-8")
    (folder / "d-empty.txt").write_text("", encoding="utf-8")
    (folder / "e-stories.jsonl").write_text(
        json.dumps({"id": "a-good", "date": "2020-01-01", "text": "Iran warned Turkey."}) + "\n"
        + json.dumps({"id": "late", "date": "28 February", "text": "Iran warned Turkey."}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "events.jsonl"
    summary = code_corpus(folder, out, coder=coder, date=None)
    errors = lines(Path(str(out) + ".errors.jsonl"))
    reasons = {e["story_id"]: e["reason"] for e in errors}
    assert summary.stories == 6 and summary.failed == 5 and not summary.ok
    assert set(reasons) == {"b-undated", "c-broken", "d-empty", "a-good", "late"}
    assert reasons["b-undated"].startswith("no date")
    assert "head 5 of word 1 is outside the sentence" in reasons["c-broken"]
    assert reasons["c-broken"].startswith(f"CoNLL-U error: {folder / 'c-broken.conllu'}:2:")
    assert reasons["d-empty"] == "empty text"
    assert reasons["a-good"].startswith("story id already used at ")
    assert reasons["late"].startswith("unreadable date")
    assert {e["source"] for e in errors if e["story_id"] == "a-good"} == {f"{folder / 'e-stories.jsonl'}:1"}
    assert {r["story_id"] for r in lines(out)} == {"a-good"}

    # A default date rescues the undated story only; a story's own bad date is still an error.
    summary = code_corpus(folder, tmp_path / "dated.jsonl", coder=coder, date="2020-02-28")
    assert summary.failed == 4


def test_two_workers_write_the_same_output_as_one(tmp_path, coder):
    corpus = write_corpus_folder(tmp_path / "in", 40)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    code_corpus(corpus, one, coder=coder, workers=1, batch_size=3)
    summary = code_corpus(corpus, two, coder=coder, workers=2, batch_size=3, errors=tmp_path / "err.jsonl")
    assert summary.stories == 40 and summary.ok
    assert one.read_bytes() == two.read_bytes()


def test_an_interrupted_run_is_not_overwritten_by_accident(tmp_path, coder):
    corpus = write_corpus_file(tmp_path / "corpus.conllu", 4)
    out = tmp_path / "events.jsonl"
    code_corpus(corpus, out, coder=coder)
    finished = out.read_bytes()
    code_corpus(corpus, out, coder=coder)  # a finished run may be redone
    assert out.read_bytes() == finished
    assert not Path(str(out) + ".progress").exists()  # a complete run leaves none
    with pytest.raises(KeyboardInterrupt):  # interrupted after two stories
        code_corpus(_interrupted_after(corpus, 2), out, coder=coder, batch_size=1)
    with pytest.raises(RunError, match="--resume to continue it, or --overwrite"):
        code_corpus(corpus, out, coder=coder)
    summary = code_corpus(corpus, out, coder=coder, resume=True)
    assert summary.skipped == 2 and summary.stories == 4 and out.read_bytes() == finished
    again = code_corpus(corpus, out, coder=coder, resume=True)  # finished: nothing to do
    assert again.skipped == 4 and out.read_bytes() == finished
    with pytest.raises(RunError, match="same format"):
        code_corpus(corpus, out, coder=coder, resume=True, format="csv")
    with pytest.raises(RunError, match="standard output cannot be resumed"):
        code_corpus(corpus, None, coder=coder, resume=True)


def test_code_stories_streams_parsed_stories(coder):
    stories = (Story(f"s{i}", to_date("2020-03-01"), read_conllu(story_text(i))) for i in range(3))
    pairs = list(coder.code_stories(stories))
    assert [story.story_id for story, _ in pairs] == ["s0", "s1", "s2"]
    assert all(e.story_id == story.story_id for story, events in pairs for e in events)


# ----- resume after a kill: byte-for-byte equal to an uninterrupted run ---------------------


def run_cli(args, env_extra=None, **kwargs):
    env = dict(os.environ)
    env.pop(CRASH_HOOK, None)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "eventcoder.cli", "code", *args], env=env, capture_output=True, text=True, timeout=300, **kwargs
    )


CYCLE = "# sent_id = broken\n1\tIran\tIran\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\twarned\twarn\tVERB\t_\t_\t1\tccomp\t_\t_\n"


def test_a_malformed_sentence_is_left_out_and_its_story_still_coded(tmp_path, coder):
    folder = tmp_path / "in"
    folder.mkdir()
    good = story_text(0)
    path = folder / "2020-01-05-partly-broken.conllu"
    path.write_text(good + "\n" + CYCLE + "\n" + good, encoding="utf-8")
    bad_line = good.count("\n") + 3  # the first word line of the broken sentence
    out = tmp_path / "events.jsonl"
    summary = code_corpus(folder, out, coder=coder)
    errors = lines(Path(str(out) + ".errors.jsonl"))
    assert summary.failed == 0 and summary.bad_sentences == 1
    assert not summary.ok  # something was left out: the CLI exits 1
    assert "1 malformed sentences left out" in str(summary)
    assert [(e["skipped"], e["story_id"]) for e in errors] == [("sentence", "2020-01-05-partly-broken")]
    assert errors[0]["reason"] == f"{path}:{bad_line}: the heads of words 1, 2 form a cycle: no path to the root"
    reference = tmp_path / "reference.jsonl"
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / path.name).write_text(good + "\n" + good, encoding="utf-8")
    code_corpus(tmp_path / "ok", reference, coder=coder)
    assert summary.events == len(lines(out)) == len(lines(reference)) > 0


def test_a_story_with_only_malformed_sentences_fails_and_lists_each(tmp_path, coder):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "2020-01-05-all-broken.conllu").write_text("\n".join([CYCLE] * 3), encoding="utf-8")
    out = tmp_path / "events.jsonl"
    summary = code_corpus(folder, out, coder=coder)
    errors = lines(Path(str(out) + ".errors.jsonl"))
    assert summary.failed == 1 and summary.bad_sentences == 2
    lines_named = [__import__("re").search(r"conllu:(\d+): the heads", e["reason"]).group(1) for e in errors]
    assert lines_named == ["2", "6", "10"]  # the first word line of each sentence


def test_json_that_python_refuses_costs_one_story(tmp_path, coder):
    path = tmp_path / "2020-01-05-stories.jsonl"
    path.write_text(
        '{"id": ' + "9" * 5000 + ', "text": "x"}\n'
        + "[" * 100_000 + "\n"
        + json.dumps({"id": "ok", "text": "Iran warned Turkey."}) + "\n",
        encoding="utf-8",
    )
    errors = {s.origin: s.error for s in iter_inputs(path) if s.error}
    assert set(errors) == {f"{path}:1", f"{path}:2"}
    assert all(e.startswith("not valid JSON") for e in errors.values())


@pytest.fixture(scope="module")
def corpus_and_reference(tmp_path_factory):
    """A corpus with failing stories in it, and the output of an uninterrupted run."""
    folder = write_corpus_folder(tmp_path_factory.mktemp("corpus") / "in", 60)
    (folder / "2020-04-30-zz-empty.txt").write_text("", encoding="utf-8")
    (folder / "undated.conllu").write_text(story_text(3), encoding="utf-8")
    (folder / "2020-04-29-partly-broken.conllu").write_text(story_text(4) + "\n" + CYCLE, encoding="utf-8")
    reference = tmp_path_factory.mktemp("reference") / "events.jsonl"
    result = run_cli([str(folder), "-o", str(reference), "--batch-size", "4", "-q"])
    assert result.returncode == 1, result.stderr  # two stories fail, on purpose
    return folder, reference


@pytest.mark.parametrize(
    "workers, crash",
    [(1, "9"), (1, "13:progress"), (2, "21"), (2, "30:progress"), (1, "0")],
)
def test_resume_after_a_crash_gives_the_uninterrupted_output(tmp_path, corpus_and_reference, workers, crash):
    folder, reference = corpus_and_reference
    out = tmp_path / "events.jsonl"
    args = [str(folder), "-o", str(out), "--batch-size", "4", "--workers", str(workers), "-q"]
    killed = run_cli(args, {CRASH_HOOK: crash})
    assert killed.returncode == 75, killed.stderr
    partial = out.read_bytes()
    assert len(partial) < len(reference.read_bytes())
    resumed = run_cli(args + ["--resume"])
    assert resumed.returncode == 1, resumed.stderr  # the two failing stories, counted once
    assert out.read_bytes() == reference.read_bytes()
    assert Path(str(out) + ".errors.jsonl").read_bytes() == Path(str(reference) + ".errors.jsonl").read_bytes()
    assert not Path(str(out) + ".progress").exists()
    meta = json.loads(Path(str(out) + ".meta.json").read_text(encoding="utf-8"))
    assert (meta["stories"], meta["failed"], meta["bad_sentences"]) == (63, 2, 1)


def test_resume_after_sigkill(tmp_path, corpus_and_reference):
    folder, reference = corpus_and_reference
    out = tmp_path / "events.jsonl"
    progress = Path(str(out) + ".progress")
    args = [sys.executable, "-m", "eventcoder.cli", "code", str(folder), "-o", str(out), "--batch-size", "1", "-w", "2", "-q"]
    env = {k: v for k, v in os.environ.items() if k != CRASH_HOOK}
    process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if progress.exists() and progress.read_bytes().count(b"\n") >= 6:
            break
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert b'"done"' not in progress.read_bytes(), "the run ended before it could be killed"
    resumed = run_cli([str(folder), "-o", str(out), "--batch-size", "1", "-w", "2", "-q", "--resume"])
    assert resumed.returncode == 1, resumed.stderr
    assert out.read_bytes() == reference.read_bytes()
    assert Path(str(out) + ".errors.jsonl").read_bytes() == Path(str(reference) + ".errors.jsonl").read_bytes()


# ----- raw text: needs the parsing model ---------------------------------------------------


@pytest.fixture(scope="module")
def parsing_model():
    from eventcoder.parse import ParserUnavailable, choose_model

    try:
        return choose_model()
    except ParserUnavailable as exc:
        pytest.skip(f"no parsing model available yet: {exc}")


def test_text_corpus_to_events_and_back_from_saved_parses(tmp_path, coder, parsing_model):
    folder = tmp_path / "texts"
    folder.mkdir()
    story = (ROOT / "examples" / "turkey-iran.txt").read_text(encoding="utf-8")
    (folder / "2020-02-28-turkey-iran.txt").write_text(story, encoding="utf-8")
    (folder / "stories.jsonl").write_text(
        json.dumps({"id": "wire-1", "date": "2020-03-02", "text": "Turkey threatened Syria with new strikes."}) + "\n"
        + json.dumps({"id": "wire-2", "date": "2020-03-03", "text": "   "}) + "\n",
        encoding="utf-8",
    )
    out, parses = tmp_path / "events.jsonl", tmp_path / "parses"
    summary = code_corpus(folder, out, coder=coder, save_parses=parses, workers=1)
    assert summary.stories == 3 and summary.failed == 1  # wire-2 is empty
    assert summary.sentences >= 8
    assert sorted(p.name for p in parses.iterdir()) == ["2020-02-28-turkey-iran.conllu", "wire-1.conllu"]
    recoded = tmp_path / "recoded.jsonl"
    code_corpus(parses, recoded, coder=coder)
    assert recoded.read_bytes() == out.read_bytes()


def test_a_run_does_not_read_its_own_files_back(tmp_path, coder):
    folder = write_corpus_folder(tmp_path / "in", 3)
    summary = code_corpus(folder, folder / "events.jsonl", coder=coder, save_parses=folder / "parses")
    assert summary.stories == 3 and summary.ok
    assert len(list((folder / "parses").iterdir())) == 3


def test_parquet_run_resumes_from_its_journal(tmp_path, corpus_and_reference):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed (pip install 'eventcoder[parquet]')")
    folder, reference = corpus_and_reference
    out = tmp_path / "events.parquet"
    args = [str(folder), "-o", str(out), "--batch-size", "4", "-q"]
    killed = run_cli(args, {CRASH_HOOK: "17"})
    assert killed.returncode == 75 and not out.exists() and Path(str(out) + ".part").exists()
    assert run_cli(args + ["--resume"]).returncode == 1
    rows = pq.read_table(out).to_pylist()
    expected = lines(reference)
    assert [(r["story_id"], r["sentence_id"], r["source"], r["code"], r["target"]) for r in rows] == [
        (r["story_id"], r["sentence_id"], r["source"], r["code"], r["target"]) for r in expected
    ]
    assert not Path(str(out) + ".part").exists()


def _interrupted_after(corpus, count):
    """The stories of ``corpus``, then Ctrl-C: a run that wrote ``count`` stories and stopped."""
    yield from list(iter_inputs(corpus))[:count]
    raise KeyboardInterrupt
