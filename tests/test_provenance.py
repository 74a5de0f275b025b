"""Run provenance (issue #15): every output says which coder, dictionaries and model made it.

Real runs of ``eventcoder code`` on the project's example parses (and, for the model, on its
raw text with the shipped compact model); the fingerprints are recomputed here from the files.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

import eventcoder
from eventcoder.cli import main
from eventcoder.provenance import RunProvenance, model_fingerprint, read_provenance
from eventcoder.resources import default_dictionary_dir, default_model_dir

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "examples" / "turkey-iran.conllu"
EXAMPLE_TEXT = REPO / "examples" / "turkey-iran.txt"
VALIDATE = REPO / "tests" / "data" / "validate"  # a small set: quicker to compile than the shipped one
SMALL = ["--no-defaults", "-d", str(VALIDATE)]

USER_ACTORS = """kind: actors
actors:
  - id: nowhere-ministry
    names: [Ministry of Nowhere]
    code: NWHGOV
"""


def meta(output: Path) -> dict:
    return json.loads(Path(str(output) + ".meta.json").read_text(encoding="utf-8"))


def fingerprint(files: list[str]) -> str:
    """The documented dictionary fingerprint, computed independently of eventcoder.provenance."""
    digest = hashlib.sha256()
    shipped = str(default_dictionary_dir().resolve())
    for file in files:
        name = "dictionaries" + file[len(shipped):] if file.startswith(shipped) else Path(file).name
        digest.update(name.encode() + b"\0" + Path(file).read_bytes() + b"\0")
    return digest.hexdigest()


def test_jsonl_and_csv_outputs_have_a_meta_record(tmp_path, capsys):
    user = tmp_path / "mine.yaml"
    user.write_text(USER_ACTORS, encoding="utf-8")
    for name in ("events.jsonl", "events.csv"):
        out = tmp_path / name
        assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "-o", str(out)] + SMALL + ["-d", str(user)]) == 0
        record = meta(out)
        assert record["complete"] is True and record["format"] == out.suffix[1:]
        provenance = record["provenance"]
        assert provenance["coder_version"] == eventcoder.__version__
        assert provenance["model"] == "saved parses" and provenance["model_sha256"] == ""
        loaded = eventcoder.load_dictionaries(VALIDATE, user, defaults=False).files
        assert provenance["dictionaries_sha256"] == fingerprint(loaded)
        assert str(user) in provenance["dictionary_files"] and "dictionaries/cameo.yaml" in provenance["dictionary_files"]
        assert any(f.endswith("verbs.yaml") for f in provenance["dictionary_files"])
        assert record["events"] == sum(1 for _ in out.open()) - (out.suffix == ".csv")
    # The summary's first line says how the output was made.
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith(f"eventcoder: made by eventcoder {eventcoder.__version__}; dictionaries sha256:")
    assert "model saved parses" in err[0] and "stories" not in err[0]


def test_the_fingerprint_follows_the_contents_of_a_users_dictionary(tmp_path):
    user = tmp_path / "mine.yaml"
    user.write_text(USER_ACTORS, encoding="utf-8")
    first = RunProvenance.of(eventcoder.EventCoder(eventcoder.load_dictionaries(VALIDATE, user, defaults=False)), parsed=False)
    user.write_text(USER_ACTORS.replace("NWHGOV", "NWHMIL"), encoding="utf-8")
    second = RunProvenance.of(eventcoder.EventCoder(eventcoder.load_dictionaries(VALIDATE, user, defaults=False)), parsed=False)
    small = RunProvenance.of(eventcoder.EventCoder(eventcoder.load_dictionaries(VALIDATE, defaults=False)), parsed=False)
    assert len({first.dictionaries_sha256, second.dictionaries_sha256, small.dictionaries_sha256}) == 3
    assert first.dictionary_files == second.dictionary_files
    assert ["dictionaries differ" in d for d in first.differences(second)] == [True]
    assert first.differences(first) == []


def test_parquet_carries_the_provenance_in_its_schema_and_typed_columns(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    out, jsonl = tmp_path / "events.parquet", tmp_path / "events.jsonl"
    for path in (out, jsonl):
        assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "-o", str(path), "-q"] + SMALL) == 0
    assert not Path(str(out) + ".meta.json").exists() and not Path(str(out) + ".progress").exists()
    schema = pq.read_schema(str(out))
    stored = json.loads(schema.metadata[b"eventcoder"])
    assert stored["provenance"] == meta(jsonl)["provenance"] and stored["stories"] == 1
    assert read_provenance(out) == read_provenance(jsonl)
    assert schema.field("date").type == pa.date32() and schema.field("issues").type == pa.list_(pa.string())
    assert schema.field("code").type == pa.string()


def test_diff_warns_when_outputs_came_from_other_dictionaries(tmp_path, capsys):
    user = tmp_path / "mine.yaml"
    user.write_text(USER_ACTORS, encoding="utf-8")
    plain, again, layered = tmp_path / "plain.jsonl", tmp_path / "again.jsonl", tmp_path / "layered.jsonl"
    for out, extra in ((plain, []), (again, []), (layered, ["-d", str(user)])):
        assert main(["code", str(EXAMPLE), "--date", "2020-02-28", "-o", str(out), "-q"] + SMALL + extra) == 0
    capsys.readouterr()
    assert main(["diff", str(plain), str(again)]) == 0
    assert "warning" not in capsys.readouterr().err
    main(["diff", str(plain), str(layered)])
    err = capsys.readouterr().err
    assert "warning: dictionaries differ" in err and "only in the second: 1" in err
    Path(str(again) + ".meta.json").unlink()
    main(["diff", str(plain), str(again)])
    assert f"no record of how {again} was made" in capsys.readouterr().err


def test_a_run_that_parses_names_the_model_and_its_checksum(tmp_path):
    from eventcoder.parse import ParserUnavailable, choose_model

    try:
        choice = choose_model()  # the model a run finds by itself
    except ParserUnavailable as exc:
        pytest.skip(str(exc))
    folder = choice.path.resolve()
    out = tmp_path / "events.jsonl"
    result = subprocess.run(
        [sys.executable, "-m", "eventcoder.cli", "code", "-", "--input-format", "text", "--date", "2020-02-28",
         "-o", str(out)] + SMALL,
        input=EXAMPLE_TEXT.read_bytes(), capture_output=True, cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    if choice.kind != "compact":
        assert meta(out)["provenance"]["model_sha256"] == model_fingerprint()[1]
        return
    if choice.reason == "compact model":  # the notice -q silences (tests/test_cli_conventions.py)
        assert b"compact offline model" in result.stderr
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    provenance = meta(out)["provenance"]
    assert provenance["model"] == folder.name and provenance["model_sha256"] == digest.hexdigest()
    assert provenance["parser_version"].startswith("stanza ")
    made, summary = result.stderr.decode().splitlines()[-2:]  # the summary: how it was made, then what it did
    assert made.startswith("eventcoder: made by") and " stories" not in made and summary.startswith("eventcoder: 1 story,")
    assert f"model {folder.name} sha256:{digest.hexdigest()[:12]}" in made


def test_the_model_is_hashed_once_per_process():
    folder = default_model_dir()
    if not (folder / "depparse.pt").exists():
        pytest.skip(f"no compact model at {folder}")
    from eventcoder import provenance

    first = model_fingerprint(folder)
    hits = provenance._model_hash.cache_info().hits
    assert model_fingerprint(folder) == first and provenance._model_hash.cache_info().hits == hits + 1
