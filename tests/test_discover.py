"""``eventcoder discover``: unknown actors and uncovered verbs, with drafts for review.

Our own sentences (compact UD rows) with the feature dictionaries check what is found and
that the review loop works: draft -> refused -> reviewed -> loaded -> the event is coded.
Real parses (../shared): the validation records with the validation and the shipped
dictionaries, and a UD treebank of real text with the shipped dictionaries.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from eventcoder import DictionaryError, EventCoder, load_dictionaries, read_conllu
from eventcoder.cli import main
from eventcoder.discover import (
    PLACEHOLDER,
    discover,
    discover_files,
    discovery_to_dict,
    draft_actors,
    draft_agents,
    draft_verbs,
    render_text,
)

from ud_rows import conllu

HERE = Path(__file__).parent
FEATURES = HERE / "data" / "features"
VALIDATE = HERE / "data" / "validate"




# Our corpus: an unknown organisation as source (twice), an unknown country as target, an
# unknown role noun as source, a verb the dictionaries lack between two known actors, and
# "the government" (a known role noun without a country: nothing to add).
CORPUS = [
    """
    The the DET 3 det
    Nimbus Nimbus PROPN 3 compound
    Council Council PROPN 4 nsubj
    attacked attack VERB 0 root
    Turkey Turkey PROPN 4 obj
    . . PUNCT 4 punct
    """,
    """
    Iran Iran PROPN 2 nsubj
    condemned condemn VERB 0 root
    the the DET 5 det
    Nimbus Nimbus PROPN 5 compound
    Council Council PROPN 2 obj
    . . PUNCT 2 punct
    """,
    """
    Iran Iran PROPN 2 nsubj
    condemned condemn VERB 0 root
    Zorbania Zorbania PROPN 2 obj
    . . PUNCT 2 punct
    """,
    """
    Mercenaries mercenary NOUN 2 nsubj
    attacked attack VERB 0 root
    Syrian syrian ADJ 4 amod
    troops troops NOUN 2 obj
    . . PUNCT 2 punct
    """,
    """
    Iran Iran PROPN 2 nsubj
    praised praise VERB 0 root
    Turkey Turkey PROPN 2 obj
    . . PUNCT 2 punct
    """,
    """
    The the DET 2 det
    government government NOUN 3 nsubj
    attacked attack VERB 0 root
    Syria Syria PROPN 3 obj
    . . PUNCT 3 punct
    """,
]


@pytest.fixture
def corpus(tmp_path) -> Path:
    path = tmp_path / "corpus.conllu"
    path.write_text("".join(conllu(rows, str(i + 1)) for i, rows in enumerate(CORPUS)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def dictionaries():
    return load_dictionaries(FEATURES, defaults=False)


def test_finds_unknown_actors_role_nouns_and_verbs(corpus, dictionaries):
    found = discover_files(dictionaries, [corpus], "2020-03-01")
    assert found.sentences == 6 and found.coded_verbs == 5
    actors = {p.text: p for p in found.actors}
    assert list(actors) == ["Nimbus Council", "Zorbania"]  # ranked by count
    nimbus = actors["Nimbus Council"]
    assert (nimbus.count, nimbus.as_source, nimbus.as_target) == (2, 1, 1)
    assert dict(nimbus.verbs) == {"attack": 1, "condemn": 1}
    assert [e.where for e in nimbus.examples] == ["corpus#1", "corpus#2"]
    assert nimbus.examples[0].text == "The Nimbus Council attacked Turkey ."
    assert actors["Zorbania"].as_target == 1
    assert [(p.text, p.as_source) for p in found.agents] == [("mercenary", 1)]
    (praise,) = found.verbs
    assert praise.lemma == "praise" and praise.count == 1
    assert praise.pairs == (("IRN -> TUR", 1),) and praise.frames == (("obj", 1),)
    assert "government" not in {p.key for p in found.phrases}


def test_render_text_lists_counts_and_examples(corpus, dictionaries):
    text = render_text(discover_files(dictionaries, [corpus], "2020-03-01"))
    assert "unknown actors (phrases with a proper noun): 2" in text
    assert "     2  Nimbus Council  (source 1, target 1; verbs: attack 1, condemn 1)" in text
    assert "corpus#3: Iran condemned Zorbania ." in text
    assert "     1  praise  (IRN -> TUR 1; target by: obj 1)" in text


def test_draft_is_refused_until_reviewed_then_codes_the_event(corpus, dictionaries, tmp_path):
    found = discover_files(dictionaries, [corpus], "2020-03-01")
    draft = draft_actors(found)
    data = yaml.safe_load(draft)  # valid YAML in the actors format
    assert data["kind"] == "actors_draft"
    assert data["actors"] == [
        {"id": "NIMBUS_COUNCIL", "names": ["Nimbus Council"], "code": PLACEHOLDER},
        {"id": "ZORBANIA", "names": ["Zorbania"], "code": PLACEHOLDER},
    ]
    assert "#   corpus#1: The Nimbus Council attacked Turkey ." in draft
    folder = tmp_path / "mine"
    folder.mkdir()
    path = folder / "actors.draft.yaml"
    path.write_text(draft, encoding="utf-8")
    # Lock 1: the loader refuses the draft kind.
    with pytest.raises(DictionaryError) as refused:
        load_dictionaries(FEATURES, folder, defaults=False)
    assert "kind" in str(refused.value) and "actors.draft.yaml" in str(refused.value)
    # Lock 2: with the kind changed but the codes not written, every entry is rejected at its line.
    path.write_text(draft.replace("kind: actors_draft", "kind: actors"), encoding="utf-8")
    with pytest.raises(DictionaryError) as unreviewed:
        load_dictionaries(FEATURES, folder, defaults=False)
    problems = unreviewed.value.problems
    assert len(problems) == 2 and all(PLACEHOLDER in p.message for p in problems)
    written = draft.splitlines()
    for problem, entry in zip(problems, ("NIMBUS_COUNCIL", "ZORBANIA")):
        start = written.index(f"  - id: {entry}") + 1
        assert start <= problem.line <= start + 2  # the entry's own lines
    # Reviewed: real codes written; the events are coded and discovery no longer lists them.
    reviewed = draft.replace("kind: actors_draft", "kind: actors").replace(f'code: "{PLACEHOLDER}"', "code: NIM", 1)
    reviewed = reviewed.replace(f'code: "{PLACEHOLDER}"', "code: ZOR", 1)
    path.write_text(reviewed, encoding="utf-8")
    extended = load_dictionaries(FEATURES, folder, defaults=False)
    events = EventCoder(extended).code_conllu(corpus, date="2020-03-01")
    assert {("NIM", "190", "TUR"), ("IRN", "111", "NIM"), ("IRN", "111", "ZOR")} <= {e.triple for e in events}
    again = discover_files(extended, [corpus], "2020-03-01")
    assert [p.text for p in again.actors] == []


def test_verb_and_agent_drafts(corpus, dictionaries, tmp_path):
    found = discover_files(dictionaries, [corpus], "2020-03-01")
    verbs = yaml.safe_load(draft_verbs(found, existing_ids=[b.id for b in dictionaries.verbs]))
    assert verbs["kind"] == "verbs_draft"
    assert verbs["verbs"] == [{"id": "PRAISE", "code": PLACEHOLDER, "verbs": ["praise"]}]
    assert "IRN (Iran) -> TUR (Turkey) (obj): Iran praised Turkey ." in draft_verbs(found)
    agents = yaml.safe_load(draft_agents(found))
    assert agents["kind"] == "agents_draft" and agents["agents"] == [{"id": "MERCENARY", "names": ["mercenary"], "code": PLACEHOLDER}]
    # An id already used by the dictionaries is not reused.
    taken = yaml.safe_load(draft_verbs(found, existing_ids=["PRAISE"]))
    assert taken["verbs"][0]["id"] == "PRAISE_2"
    # Reviewed verb draft: the event is coded.
    (tmp_path / "verbs.yaml").write_text(
        draft_verbs(found).replace("kind: verbs_draft", "kind: verbs").replace(f'"{PLACEHOLDER}"', '"051"'), encoding="utf-8")
    extended = load_dictionaries(FEATURES, tmp_path / "verbs.yaml", defaults=False)
    assert ("IRN", "051", "TUR") in {e.triple for e in EventCoder(extended).code_conllu(corpus, date="2020-03-01")}


def test_empty_drafts_are_still_valid(dictionaries):
    found = discover(dictionaries, [], "2020-03-01")
    for draft, key in ((draft_actors(found), "actors"), (draft_agents(found), "agents"), (draft_verbs(found), "verbs")):
        assert yaml.safe_load(draft)[key] == []


def test_story_dates_from_saved_parses(tmp_path):
    """Saved parses carry ``# story_id`` and ``# date``: a name with no code on a story's
    date is known, not unknown, and is not listed."""
    (tmp_path / "dicts").mkdir()
    (tmp_path / "dicts" / "actors.yaml").write_text(
        "kind: actors\nactors:\n  - id: ZORBANIA\n    names: [Zorbania]\n    codes:\n      - {code: ZOR, from: 2020-01-01}\n",
        encoding="utf-8")
    dictionaries = load_dictionaries(FEATURES, tmp_path / "dicts", defaults=False)
    rows = CORPUS[2]
    parses = tmp_path / "parses"
    parses.mkdir()
    (parses / "old.conllu").write_text("# story_id = old\n# date = 2019-05-01\n" + conllu(rows), encoding="utf-8")
    (parses / "new.conllu").write_text("# story_id = new\n# date = 2020-05-01\n" + conllu(rows), encoding="utf-8")
    found = discover_files(dictionaries, [parses])
    assert found.sentences == 2 and found.phrases == () and found.known_without_code == 1


def test_bad_input_is_reported_not_fatal(tmp_path, dictionaries):
    (tmp_path / "broken.conllu").write_text("1\tIran\tIran\tPROPN\t_\t_\t7\tnsubj\t_\t_\n\n", encoding="utf-8")
    (tmp_path / "good.conllu").write_text(conllu(CORPUS[2]), encoding="utf-8")
    found = discover_files(dictionaries, [tmp_path], "2020-03-01")
    assert len(found.errors) == 1 and "broken.conllu" in found.errors[0]
    assert [p.text for p in found.actors] == ["Zorbania"]


def test_cli_discover_writes_drafts_once(corpus, tmp_path, capsys):
    out = tmp_path / "drafts"
    args = ["discover", str(corpus), "--date", "2020-03-01", "-o", str(out), "--no-defaults", "-d", str(FEATURES)]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "Nimbus Council" in printed and "drafts for review:" in printed
    assert sorted(p.name for p in out.iterdir()) == ["actors.draft.yaml", "agents.draft.yaml", "verbs.draft.yaml"]
    assert main(args) == 2  # drafts may have been edited: not overwritten silently
    assert "--force" in capsys.readouterr().err
    assert main(args + ["--force"]) == 0
    capsys.readouterr()
    assert main(["discover", str(corpus), "--json", "--no-defaults", "-d", str(FEATURES)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["phrases"][0]["text"] == "Nimbus Council" and data["verbs"][0]["lemma"] == "praise"


# ----------------------------------------------------------------------------- real parses


def _records_conllu(shared_dir: Path, tmp_path: Path) -> Path:
    """The validation records' parses as one CoNLL-U file, one story per record."""
    from eventcoder.evaluate import load_records

    path = tmp_path / "records.conllu"
    with open(path, "w", encoding="utf-8") as out:
        for record in load_records(shared_dir / "validation" / "petr-unit-dev.jsonl"):
            date = f"{record.date[:4]}-{record.date[4:6]}-{record.date[6:]}"
            out.write(f"# newdoc id = {record.id}\n# date = {date}\n# sent_id = 1\n{record.conllu.strip()}\n\n")
    return path


def _check_consistent(found, path: Path) -> None:
    counts = [p.count for p in found.phrases]
    assert counts == sorted(counts, reverse=True)
    for item in (*found.phrases, *found.verbs):
        assert 1 <= len(item.examples) <= 3
        assert item.count >= len(item.examples)
    for phrase in found.actors:
        first = phrase.text.split()[0].split("-")[0]
        assert any(first in e.text for e in phrase.examples), phrase
    for draft, key in ((draft_actors(found), "actors"), (draft_agents(found), "agents"), (draft_verbs(found), "verbs")):
        data = yaml.safe_load(draft)
        assert data["kind"] == f"{key}_draft"
        assert all(entry["code"] == PLACEHOLDER for entry in data[key])
    json.dumps(discovery_to_dict(found))


def test_validation_records_with_validation_dictionaries(shared_dir, tmp_path):
    path = _records_conllu(shared_dir, tmp_path)
    dictionaries = load_dictionaries(VALIDATE, defaults=False)
    found = discover_files(dictionaries, [path])
    _check_consistent(found, path)
    actors = {p.text for p in found.actors}
    assert {"Ministry of Magic", "Gryffindor", "Luna Lovegood"} <= actors
    # Adding every name found, with a code, leaves nothing of them to find.
    folder = tmp_path / "added"
    folder.mkdir()
    draft = draft_actors(found, existing_ids=[a.id for a in dictionaries.actors])
    (folder / "actors.yaml").write_text(draft.replace("kind: actors_draft", "kind: actors").replace(f'"{PLACEHOLDER}"', "XXX"),
                                        encoding="utf-8")
    extended = load_dictionaries(VALIDATE, folder, defaults=False)
    assert {p.text for p in discover_files(extended, [path]).actors} == set()


def test_validation_records_with_shipped_dictionaries(shared_dir, tmp_path):
    path = _records_conllu(shared_dir, tmp_path)
    found = discover_files(load_dictionaries(), [path])
    _check_consistent(found, path)
    assert found.sentences == len(read_conllu(path))
    # The fictional countries of the records are unknown to the real-world dictionaries.
    assert {"Arnor", "Gondor"} & {p.text for p in found.actors}


def test_treebank_with_shipped_dictionaries(shared_dir):
    """Real text: the first 500 sentences of the UD English EWT development set."""
    path = shared_dir / "ud" / "en_ewt-ud-dev.conllu"
    found = discover_files(load_dictionaries(), [path], "2005-01-01", limit=500)
    assert found.sentences == 500 and found.coded_verbs > 100
    assert len(found.actors) > 10
    _check_consistent(found, path)


def test_malformed_sentences_name_the_file_line_and_the_rest_is_read(tmp_path):
    from eventcoder import EventCoder, load_dictionaries
    from eventcoder.discover import discover_files

    good = "1\tIran\tIran\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\twarned\twarn\tVERB\t_\t_\t0\troot\t_\t_\n"
    cycle = "1\tIran\tIran\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\twarned\twarn\tVERB\t_\t_\t1\tccomp\t_\t_\n"
    path = tmp_path / "2020-01-05-wire.conllu"
    # two stories; the second starts at line 5 and its broken sentence's first word is on line 9
    path.write_text(f"# newdoc id = a\n{good}\n# newdoc id = b\n{good}\n{cycle}", encoding="utf-8")
    found = discover_files(EventCoder(load_dictionaries()), [path])
    assert found.errors == (f"{path}:9: the heads of words 1, 2 form a cycle: no path to the root",)
    assert found.sentences == 2  # the well-formed ones of both stories
