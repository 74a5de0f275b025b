"""pandas (issue #15): to_frame, read_events and EventCoder.code_frame with real parses and text.

Frames read back from the three output formats are the same frame, with the types a researcher
expects: codes as strings ("026", not 26), dates as dates, issues as lists.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")

import eventcoder  # noqa: E402
from eventcoder.cli import main  # noqa: E402
from eventcoder.conllu import read_conllu  # noqa: E402
from eventcoder.runner import code_corpus  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "turkey-iran.conllu"
EXAMPLE_TEXT = REPO / "examples" / "turkey-iran.txt"
VALIDATE = REPO / "tests" / "data" / "validate"

# An issues file of this test's own: a phrase put into the example's first sentence below.
ISSUES_YAML = """kind: issues
issues:
  - issue: NUCLEAR
    phrases: [uranium enrichment]
"""


@pytest.fixture(scope="module")
def coder():
    return eventcoder.EventCoder(eventcoder.load_dictionaries())


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, coder):
    folder = tmp_path_factory.mktemp("outputs")
    paths = {}
    for suffix in ("jsonl", "csv", "tsv", "parquet"):
        if suffix == "parquet":
            pytest.importorskip("pyarrow")
        paths[suffix] = folder / f"events.{suffix}"
        assert code_corpus(EXAMPLE, paths[suffix], coder=coder, date="2020-02-28").ok
    return paths


def test_every_output_format_reads_back_as_the_same_typed_frame(outputs, coder):
    frames = {suffix: eventcoder.read_events(path) for suffix, path in outputs.items()}
    reference = frames["jsonl"]
    for frame in frames.values():
        pd.testing.assert_frame_equal(frame, reference)
    events = coder.code_conllu(EXAMPLE, date="2020-02-28", story_id=EXAMPLE.stem)
    assert list(reference["code"]) == [e.code for e in events]
    assert any(code.startswith("0") for code in reference["code"]), "the example should have a code like 026"
    assert reference["date"].dtype.kind == "M" and (reference["date"].dt.date == pd.Timestamp("2020-02-28").date()).all()
    assert all(isinstance(issues, list) for issues in reference["issues"])
    assert reference["quad_class"].dtype == "Int64" and reference["goldstein"].dtype == "float64"
    # The plain pandas reader loses the leading zero that read_events keeps.
    naive = pd.read_csv(outputs["csv"])
    assert list(naive["code"].astype(str)) != list(reference["code"])
    assert frames["parquet"].attrs["eventcoder"]["provenance"] == frames["jsonl"].attrs["eventcoder"]["provenance"]


def test_to_frame_of_coded_events_matches_the_written_output(outputs, coder):
    story = eventcoder.Story(EXAMPLE.stem, eventcoder.to_date("2020-02-28"), tuple(read_conllu(EXAMPLE)))
    with_text = eventcoder.to_frame(coder.iter_story(story))
    pd.testing.assert_frame_equal(with_text, eventcoder.read_events(outputs["jsonl"]))
    plain = eventcoder.to_frame(coder.code_story(story))
    assert (plain["text"] == "").all() and list(plain["code"]) == list(with_text["code"])
    empty = eventcoder.to_frame([])
    assert list(empty.columns) == list(with_text.columns) and len(empty) == 0


def test_issues_are_lists_in_every_format(tmp_path):
    pytest.importorskip("pyarrow")
    issues = tmp_path / "issues.yaml"
    issues.write_text(ISSUES_YAML, encoding="utf-8")
    story = tmp_path / "2020-02-28-talks.conllu"
    sentences = read_conllu(EXAMPLE)
    first = sentences[0]
    # The example's first sentence, with the issue phrase put in as its own sentence's words.
    from eventcoder.conllu import write_conllu

    story.write_text(write_conllu([first]).replace("military operations", "uranium enrichment")
                     .replace("\tmilitary\tmilitary\t", "\turanium\turanium\t")
                     .replace("\toperations\toperation\t", "\tenrichment\tenrichment\t"), encoding="utf-8")
    frames = []
    for suffix in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"events.{suffix}"
        assert main(["code", str(story), "-o", str(out), "-q", "--no-defaults", "-d", str(VALIDATE), "-d", str(issues)]) == 0
        frames.append(eventcoder.read_events(out))
    assert len(frames[0]) > 0
    for frame in frames:
        assert frame["issues"].tolist() == frames[0]["issues"].tolist()
    assert ["NUCLEAR"] in frames[0]["issues"].tolist()


def test_code_frame_codes_rows_and_reports_bad_ones(coder, parsing_model):
    text = EXAMPLE_TEXT.read_text(encoding="utf-8")
    articles = pd.DataFrame({
        "url": ["https://example.org/a", "https://example.org/b", "https://example.org/a", "https://example.org/c"],
        "body": [text, "   ", "A repeated id.", text],
        "published": pd.to_datetime(["2020-02-28", "2020-02-28", "2020-02-28", None]),
    })
    frame = coder.code_frame(articles, text="body", date="published", id="url", default_date="2021-03-01")
    expected = coder.code_text(text, date="2020-02-28", story_id="https://example.org/a")
    got_a = frame[frame["story_id"] == "https://example.org/a"]
    assert list(got_a["code"]) == [e.code for e in expected] and len(expected) > 0
    assert set(frame.loc[frame["story_id"] == "https://example.org/c", "date"].dt.date) == {pd.Timestamp("2021-03-01").date()}
    reasons = {e["row"]: e["reason"] for e in frame.attrs["errors"]}
    assert reasons == {"row 1": "empty text", "row 2": "story id already used at row 0"}
    assert frame.attrs["eventcoder"]["provenance"]["model"] != "saved parses"
    with pytest.raises(KeyError, match="no column 'article'"):
        coder.code_frame(articles, text="article")


def test_pandas_is_optional_and_not_imported_with_eventcoder(monkeypatch):
    script = "import sys, eventcoder; assert 'pandas' not in sys.modules, 'pandas imported'"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if not installed
    with pytest.raises(ImportError, match=r"eventcoder\[pandas\]"):
        eventcoder.to_frame([])
