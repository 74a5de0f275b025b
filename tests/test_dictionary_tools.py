"""The shipped dictionaries, layering a user's files over them, the cache, and the tools."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

import eventcoder
from eventcoder.cli import main
from eventcoder.dictionaries import cache
from eventcoder.dictionaries.tools import check, lookup, stats

FEATURES = Path(__file__).parent / "data" / "features"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def shipped():
    return eventcoder.load_dictionaries()


def test_shipped_set_is_complete(shipped):
    counts = shipped.stats()
    assert counts["actors"] > 25_000 and counts["agents"] > 2_000
    assert counts["verb blocks"] > 350 and counts["patterns"] > 4_000
    # 505 discards converted, less the 99 bare years, the relative times, epidemics and
    # disasters that dictionaries/overrides/ removes.
    assert 300 < counts["discards"] < 505 - 99 and counts["issue phrases"] > 3_000
    # Every code a verb can produce is in the ontology (loading refuses otherwise).
    for block in shipped.verbs:
        for spec in block.patterns:
            for part in spec.code.split(":"):
                assert not part or part == "---" or part in shipped.ontology, spec


def test_shipped_set_passes_check():
    result = check()
    assert result.ok, "\n".join(str(p) for p in result.errors[:20])


@pytest.mark.parametrize(
    "phrase, date, code",
    [
        ("Recep Tayyip Erdogan", "2020-03-01", "TURGOV"),
        ("Turkish troops", None, "TURMIL"),
        ("Iran's foreign minister", "2020-01-01", "IRNGOV"),
        # The engine's rule, not the first name found: a name that says more of the same
        # country wins over the country adjective and the role noun (PSE + militant: PSEUAF).
        ("Palestinian militant organisation Hamas", "2005-09-26", "PSEREBHMS"),
        ("his Iranian counterpart Hassan Rouhani", "2015-01-01", "IRNGOV"),
        # split at a hyphen as the parser splits a word (row 397): the engine's GNB
        ("Guinea-Bissau", None, "GNB"),
        # former names of states (row 397): the longer name wins over the word inside it
        # ("Volta", a region of Ghana), and Yugoslavia is the state of the date
        ("Upper Volta", "1980-01-01", "BFA"),
        ("British Guiana", "1960-01-01", "GUY"),
        ("Yugoslavia", "1985-01-01", "YUG"),
        ("Yugoslav troops", "1999-03-24", "SCGMIL"),
        # internally displaced persons by their abbreviation (row 407)
        ("Nigerian IDPs", None, "NGAREF"),
    ],
)
def test_lookup(shipped, phrase, date, code):
    result = lookup(shipped, phrase, eventcoder.to_date(date))
    assert result.code == code
    assert result.actors and ":" in result.actors[0][3]  # file:line of the entry


def test_stats_count_every_file(shipped):
    rows = stats(shipped)
    files = {Path(f).name for f, _, _ in rows}
    assert {"countries.yaml", "agents.yaml", "issues.yaml", "discards.yaml", "synsets.yaml"} <= files
    actors = sum(n for _, kind, n in rows if kind == "actors")
    assert actors == len(shipped.actors)


def test_layering_adds_overrides_and_removes(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "kind: actors\n"
        "remove: [HEZBOLLAH]\n"
        "actors:\n"
        "  - {id: TURKEY, names: [Turkey, Turkish, Ankara, Turkiye], code: TUR}\n"
        "  - {id: ARNOR, names: [Arnor], code: ARN}\n",
        encoding="utf-8",
    )
    base = eventcoder.load_dictionaries(FEATURES, defaults=False)
    layered = eventcoder.load_dictionaries(FEATURES, tmp_path, defaults=False)
    ids = {a.id for a in layered.actors}
    assert "ARNOR" in ids and "HEZBOLLAH" not in ids
    assert len([a for a in layered.actors if a.id == "TURKEY"]) == 1
    assert "Turkiye" in next(a for a in layered.actors if a.id == "TURKEY").names
    assert len(base.actors) == len(layered.actors)  # one added, one removed, one replaced
    # The user's layer codes a sentence the base could not.
    assert lookup(layered, "Turkiye").code == "TUR" and lookup(base, "Turkiye").code is None


def test_layering_reports_removal_of_unknown_id(tmp_path):
    (tmp_path / "mine.yaml").write_text("kind: actors\nremove: [NO_SUCH_ACTOR]\nactors: []\n", encoding="utf-8")
    with pytest.raises(eventcoder.DictionaryError) as err:
        eventcoder.load_dictionaries(FEATURES, tmp_path, defaults=False, cache=False)
    assert "mine.yaml:2" in str(err.value) and "NO_SUCH_ACTOR" in str(err.value)


def test_bad_files_are_reported_with_file_and_line(tmp_path):
    (tmp_path / "verbs.yaml").write_text(
        "kind: verbs\n"
        "verbs:\n"
        "  - id: WARN\n"
        "    code: \"999\"\n"
        "    verbs: [warn]\n"
        "    patterns:\n"
        "      - {pattern: \"* {unclosed\", code: \"130\"}\n",
        encoding="utf-8",
    )
    result = check(tmp_path, defaults=False)
    messages = [str(p) for p in result.errors]
    assert any("verbs.yaml:3" in m and "999" in m for m in messages), messages
    assert any("verbs.yaml:7" in m and "unclosed" in m for m in messages), messages


def test_cache_is_used_and_invalidated(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path / "cache"))
    layer = tmp_path / "layer"
    layer.mkdir()
    mine = layer / "mine.yaml"
    mine.write_text("kind: actors\nactors:\n  - {id: ARNOR, names: [Arnor], code: ARN}\n", encoding="utf-8")
    first = eventcoder.load_dictionaries(FEATURES, layer, defaults=False)
    assert len(list((tmp_path / "cache").glob("dictionaries-*.pickle"))) == 1
    second = eventcoder.load_dictionaries(FEATURES, layer, defaults=False)
    assert [a.id for a in second.actors] == [a.id for a in first.actors]
    # Editing a file changes the key: the edit is seen, not the stale cache.
    mine.write_text("kind: actors\nactors:\n  - {id: ARNOR, names: [Arnor], code: ARX}\n", encoding="utf-8")
    os.utime(mine, ns=(mine.stat().st_atime_ns, mine.stat().st_mtime_ns + 10_000_000))
    third = eventcoder.load_dictionaries(FEATURES, layer, defaults=False)
    assert lookup(third, "Arnor").code == "ARX"


def test_cache_refuses_foreign_classes(tmp_path, monkeypatch):
    import pickle

    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path))
    (tmp_path / "dictionaries-evil.pickle").write_bytes(pickle.dumps(subprocess.Popen))
    assert cache.load("evil") is None


def test_dates_follow_the_story(shipped):
    erdogan = next(a for a in shipped.actors if "Recep Tayyip Erdogan" in a.names)
    assert erdogan.code_on(dt.date(2020, 1, 1)) == "TURGOV"
    assert erdogan.code_on(dt.date(1990, 1, 1)) != "TURGOV"


def test_cli_check_lookup_stats(capsys):
    assert main(["dictionaries", "lookup", "Turkish troops"]) == 0
    assert "TURMIL" in capsys.readouterr().out
    assert main(["dictionaries", "check", str(FEATURES), "--no-defaults"]) == 0
    assert "0 errors" in capsys.readouterr().out
    assert main(["dictionaries", "stats", "-d", str(FEATURES), "--no-defaults"]) == 0
    assert "features/actors.yaml" in capsys.readouterr().out.replace(os.sep, "/")


def test_installed_wheel_loads_the_shipped_set(tmp_path):
    """Not editable: the YAML must travel inside the package (importlib.resources)."""
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--target", str(target), str(REPO)],
        check=True, capture_output=True,
    )
    code = (
        "import eventcoder, eventcoder.resources as r;"
        "assert 'site' in str(r.default_dictionary_dir()), r.default_dictionary_dir();"
        "d = eventcoder.load_dictionaries(cache=False); print(d.stats()['actors'])"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, check=True, capture_output=True, text=True)
    assert int(out.stdout.strip()) > 25_000


def test_layering_example_of_the_docs(tmp_path, shipped):
    """docs/layering.md's worked example, on the shipped set."""
    import re

    text = (REPO / "docs" / "layering.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", text, re.S)
    (tmp_path / "actors.yaml").write_text(blocks[0], encoding="utf-8")
    (tmp_path / "verbs.yaml").write_text(blocks[1], encoding="utf-8")
    assert check(tmp_path).ok
    mine = eventcoder.load_dictionaries(tmp_path)
    assert lookup(mine, "Hezbollah").code == "LBNUAF" and lookup(shipped, "Hezbollah").code == "LBNREB"
    assert lookup(mine, "Revolutionary Guards").code == "IRNMIL"
    assert lookup(mine, "BBC").code is None and lookup(shipped, "BBC").code
    assert any(b.id == "MY_WARN" for b in mine.verbs)


def test_a_later_layer_wins_a_shared_name(tmp_path, shipped):
    """A user's new entry (its own id) that reuses a shipped name takes that name over."""
    (tmp_path / "mine.yaml").write_text(
        "kind: actors\nactors:\n  - {id: MY_HEZBOLLAH, names: [Hezbollah], code: LBNHEZ}\n", encoding="utf-8")
    mine = eventcoder.load_dictionaries(tmp_path)
    result = lookup(mine, "Hezbollah")
    assert result.code == "LBNHEZ" and result.actors[0][0] == "MY_HEZBOLLAH"
    assert lookup(shipped, "Hezbollah").code != "LBNHEZ"


_ARNOR_CONDEMNS_GONDOR = (
    "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tGondor\tGondor\tPROPN\tNNP\t_\t2\tobj\t_\t_\n\n"
)


@pytest.mark.parametrize("absolute_first", [True, False])
def test_provenance_paths_do_not_depend_on_the_cache(tmp_path, monkeypatch, absolute_first):
    """Entries, ``files`` and events' provenance name the files as given to this load
    (docs/dictionaries.md), whichever spelling of the same folder built the cache."""
    monkeypatch.setenv("EVENTCODER_CACHE_DIR", str(tmp_path / "cache"))
    mine = tmp_path / "work" / "mine"
    mine.mkdir(parents=True)
    (mine / "actors.yaml").write_text(
        "kind: actors\nactors:\n  - {id: ARNOR, names: [Arnor], code: ARN}\n  - {id: GONDOR, names: [Gondor], code: GON}\n",
        encoding="utf-8",
    )
    (mine / "verbs.yaml").write_text(
        "kind: verbs\nverbs:\n  - id: CONDEMN\n    code: \"111\"\n    verbs: [condemn]\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path / "work")
    relative, absolute = Path("mine"), mine.resolve()

    def provenance(spelling: Path) -> tuple[str, set[str], set[str]]:
        d = eventcoder.load_dictionaries(spelling, defaults=False)
        events = eventcoder.EventCoder(d).code_conllu(_ARNOR_CONDEMNS_GONDOR, date="2020-01-01")
        assert [e.short() for e in events] == ["ARN 111 GON"]
        origins = {a.origin.file for a in d.actors} | {b.origin.file for b in d.verbs}
        return events[0].provenance.pattern_file, origins, {f for f in d.files if "mine" in f}

    order = [absolute, relative, absolute, relative] if absolute_first else [relative, absolute, relative, absolute]
    for spelling in order:  # the second round of each spelling comes from the cache
        pattern_file, origins, files = provenance(spelling)
        assert pattern_file == str(spelling / "verbs.yaml")
        assert origins == {str(spelling / "actors.yaml"), str(spelling / "verbs.yaml")}
        assert files == {str(spelling / "actors.yaml"), str(spelling / "verbs.yaml")}
    assert len(list((tmp_path / "cache").glob("dictionaries-*.pickle"))) == 2


def test_a_pattern_written_twice_with_two_codes_is_an_error_in_one_file_a_correction_across_layers(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    one.mkdir()
    two.mkdir()
    (one / "verbs.yaml").write_text(
        'kind: verbs\nverbs:\n  - id: WARN\n    code: "130"\n    verbs: [warn]\n    patterns:\n'
        '      - {pattern: "* (of consequence)", code: "012"}\n      - {pattern: "* (of consequence)", code: "130"}\n',
        encoding="utf-8")
    (two / "verbs.yaml").write_text(
        'kind: verbs\nverbs:\n  - id: WARN\n    amend: true\n    patterns:\n'
        '      - {pattern: "* (of consequence)", code: "138"}\n', encoding="utf-8")
    within = [str(p) for p in check(one, defaults=False).errors]
    assert any("verbs.yaml:8" in m and "can never match" in m for m in within), within
    # The amend's 138 shadows both earlier ones; only the earlier file's own repeat is an error.
    across = [str(p) for p in check(one, two, defaults=False).errors]
    assert len([m for m in across if "can never match" in m]) == 1 and "one/verbs.yaml:8" in across[0], across
