"""``eventcoder explain``: the trace of why a sentence was coded as it was.

Sentences are our own, given with their UD parses as compact rows (form, lemma, UPOS, head,
relation), and coded with the feature dictionaries in tests/data/features and with the
shipped dictionaries; the validation records (../shared) check on real parses that a
trace's events are always exactly the coder's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventcoder import EventCoder, Story, load_dictionaries, read_conllu, to_date
from eventcoder.cli import main
from eventcoder.explain import (
    explain_conllu,
    explain_sentence,
    explain_sentences,
    explain_story,
    relation_path,
    render_text,
    trace_to_dict,
    trace_to_json,
)
from eventcoder.match.graph import Graph

from ud_rows import conllu

HERE = Path(__file__).parent
FEATURES = HERE / "data" / "features"
VALIDATE = HERE / "data" / "validate"




def sentence(rows: str, sent_id: str = "1"):
    return read_conllu(conllu(rows, sent_id))[0]


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(load_dictionaries(FEATURES, defaults=False))


THREAT = """
    Iran Iran PROPN 4 nmod:poss
    's 's PART 1 case
    foreign foreign ADJ 4 amod
    minister minister NOUN 5 nsubj
    threatened threaten VERB 0 root
    to to PART 7 mark
    attack attack VERB 5 xcomp
    Turkey Turkey PROPN 7 obj
    . . PUNCT 5 punct
"""


def verb(trace, form):
    return next(v for v in trace.verbs if v.form == form)


def steps(verb_trace, what):
    return [s for s in verb_trace.steps if s.what == what]


def test_pattern_chain_agent_composition_and_paths(coder):
    trace = explain_sentence(coder, sentence(THREAT), "2020-03-01")
    assert [e.short() for e in trace.events] == ["IRNGOV 1384 TUR"]
    threatened = verb(trace, "threatened")
    assert threatened.status == "coded" and threatened.entry == "THREATEN" and threatened.entry_code == "130"
    assert threatened.pattern == "* (to &FORCE)" and threatened.code == "138"
    assert threatened.pattern_origin.endswith("verbs.yaml:18")
    assert [(p.pattern, p.result) for p in threatened.patterns] == [("* (to &FORCE)", "chosen")]
    assert steps(threatened, "skipped")[0].detail.startswith("its complement 'attack' is coded as what it")
    assert not threatened.events
    attack = verb(trace, "attack")
    assert attack.code == "190"
    (chained,) = steps(attack, "chained")
    assert chained.detail == "what 'threatened' says of it: 190 -> 1384"
    (source,) = steps(attack, "source")
    assert source.detail == "subject of 'threatened' (verb chain)"
    (actor,) = source.actors
    assert actor.code == "IRNGOV" and actor.entry == "IRAN" and actor.path == "attack <-xcomp- threatened -nsubj-> minister"
    assert actor.composition == "IRN + GOV -> IRNGOV"
    assert actor.agents[0].startswith("FOREIGN_MINISTER: GOV (suffix) at ")
    (target,) = steps(attack, "target")
    assert target.detail == "direct object"
    assert target.actors[0].path == "attack -obj-> Turkey"
    assert attack.events == ("IRNGOV 1384 TUR",)


def test_tree_is_indented_and_marked(coder):
    trace = explain_sentence(coder, sentence(THREAT), "2020-03-01")
    assert trace.tree[0].startswith("threatened (threaten) [5] VERB root")
    assert "<- verb THREATEN 138" in trace.tree[0]
    minister = next(line for line in trace.tree if "minister [4]" in line)
    assert minister.startswith("  minister") and "<- source IRNGOV of 'attack'" in minister
    assert next(line for line in trace.tree if "Iran [1]" in line).startswith("    Iran")
    assert "(no event)" in trace.tree[0] and "<- verb ATTACK 190" in next(line for line in trace.tree if "attack [7]" in line)
    assert len(trace.tree) == 9  # every word once


def test_pattern_that_did_not_match_says_where(coder):
    # "Iran warned Turkey about consequences of war": the words of "* (of consequence)" are
    # there, but "of" does not introduce "consequences".
    trace = explain_sentence(coder, sentence("""
        Iran Iran PROPN 2 nsubj
        warned warn VERB 0 root
        Turkey Turkey PROPN 2 obj
        about about ADP 5 case
        consequences consequence NOUN 2 obl
        of of ADP 7 case
        war war NOUN 5 nmod
        . . PUNCT 2 punct
    """), "2020-03-01")
    warned = verb(trace, "warned")
    assert warned.code == "130" and warned.pattern == ""
    (tried,) = warned.patterns
    assert tried.pattern == "* (of consequence)" and tried.code == "012"
    assert tried.result == "did not match: nothing after the verb (in its own clause) matches '(of consequence)'"
    assert [e.short() for e in trace.events] == ["IRN 130 TUR"]
    text = render_text(trace)
    assert "no pattern of the block's 1 matched: code 130 from the entry" in text


def test_pattern_beaten_by_a_more_specific_one(tmp_path, coder):
    (tmp_path / "verbs.yaml").write_text(
        "kind: verbs\nverbs:\n  - id: WARN2\n    code: \"130\"\n    verbs: [caution]\n    patterns:\n"
        "      - {pattern: \"* (of &CONSEQUENCE)\", code: \"131\"}\n"
        "      - {pattern: \"* (of {grave consequence})\", code: \"012\"}\n"
        "synsets:\n  CONSEQUENCE: [consequence, outcome]\n",
        encoding="utf-8",
    )
    dictionaries = load_dictionaries(FEATURES, tmp_path, defaults=False)
    trace = explain_sentence(dictionaries, sentence("""
        Iran Iran PROPN 2 nsubj
        cautioned caution VERB 0 root
        Turkey Turkey PROPN 2 obj
        of of ADP 6 case
        grave grave ADJ 6 amod
        consequences consequence NOUN 2 obl
        . . PUNCT 2 punct
    """), "2020-03-01")
    cautioned = verb(trace, "cautioned")
    assert cautioned.pattern == "* (of {grave consequence})" and cautioned.code == "012"
    results = {p.pattern: p.result for p in cautioned.patterns}
    assert results["* (of {grave consequence})"] == "chosen"
    assert results["* (of &CONSEQUENCE)"].startswith("matched, but '* (of {grave consequence})' won: more word constraints")


@pytest.mark.parametrize(
    "date, code, dated",
    [
        ("2020-03-01", "IRNGOV", "code IRNGOV: its range 2013-08-03 to 2021-08-03 covers 2020-03-01 (other codes: IRNELI (undated))"),
        ("2021-08-04", "IRNELI", "code IRNELI: the undated code, as no dated range covers 2021-08-04 (dated codes: IRNGOV 2013-08-03 to 2021-08-03)"),
        (None, "IRNELI", "code IRNELI: the undated code, as there is no story date (dated codes: IRNGOV 2013-08-03 to 2021-08-03)"),
    ],
)
def test_date_restricted_code_is_explained(coder, date, code, dated):
    trace = explain_sentence(coder, sentence("""
        Rouhani Rouhani PROPN 2 nsubj
        criticized criticize VERB 0 root
        Turkey Turkey PROPN 2 obj
        . . PUNCT 2 punct
    """), date)
    (source,) = steps(verb(trace, "criticized"), "source")
    assert source.actors[0].code == code and source.actors[0].entry == "HASSAN_ROUHANI"
    assert source.actors[0].dated == dated
    assert [e.source for e in trace.events] == [code]


def test_negation_verbs_without_entry_and_passive(coder):
    negated = explain_sentence(coder, sentence("""
        Iran Iran PROPN 4 nsubj
        did do AUX 4 aux
        not not PART 4 advmod
        attack attack VERB 0 root
        Turkey Turkey PROPN 4 obj
        . . PUNCT 4 punct
    """), "2020-03-01")
    attack = verb(negated, "attack")
    assert attack.code == "190" and not negated.events
    assert steps(attack, "skipped")[0].detail == "negated, and code 190 has no negated counterpart"

    unknown = explain_sentence(coder, sentence("""
        Iran Iran PROPN 2 nsubj
        praised praise VERB 0 root
        Turkey Turkey PROPN 2 obj
        . . PUNCT 2 punct
    """), "2020-03-01")
    praised = verb(unknown, "praised")
    assert praised.status == "no entry" and "'praised'" in praised.reason and "'praise'" in praised.reason

    passive = explain_sentence(coder, sentence("""
        Turkey Turkey PROPN 3 nsubj:pass
        was be AUX 3 aux:pass
        warned warn VERB 0 root
        by by ADP 5 case
        Iran Iran PROPN 3 obl:agent
        . . PUNCT 3 punct
    """), "2020-03-01")
    warned = verb(passive, "warned")
    assert [s.detail for s in steps(warned, "source")] == ["by-phrase of the passive (passive voice)"]
    assert [s.detail for s in steps(warned, "target")] == ["subject (passive voice: the subject is the target)"]
    assert [e.short() for e in passive.events] == ["IRN 130 TUR"]


def test_no_target_is_the_reason_for_no_event(coder):
    trace = explain_sentence(coder, sentence("""
        Iran Iran PROPN 2 nsubj
        attacked attack VERB 0 root
        yesterday yesterday NOUN 2 obl:tmod
        . . PUNCT 2 punct
    """), "2020-03-01")
    attacked = verb(trace, "attacked")
    assert [s.detail for s in steps(attacked, "dropped")] == ["no target: only events with a target are coded (require_target)"]
    assert "no event: no target" in render_text(trace)


def test_discarded_sentence(coder):
    trace = explain_sentence(coder, sentence("""
        Iran Iran PROPN 2 nsubj
        attacked attack VERB 0 root
        Turkey Turkey PROPN 2 obj
        in in ADP 6 case
        a a DET 6 det
        football football NOUN 7 compound
        match match NOUN 2 obl
        . . PUNCT 2 punct
    """), "2020-03-01")
    assert trace.events == () and trace.verbs == ()
    assert trace.discarded.startswith("sentence discard 'football match' (") and "discards.yaml:" in trace.discarded
    assert "not coded: sentence discard" in render_text(trace)


def test_story_pronouns_and_events_equal_the_coders(coder):
    first = sentence("""
        Iran Iran PROPN 2 nsubj
        supports support VERB 0 root
        Syria Syria PROPN 2 obj
        . . PUNCT 2 punct
    """, "1")
    second = sentence("""
        It it PRON 3 nsubj
        also also ADV 3 advmod
        funds fund VERB 0 root
        Hezbollah Hezbollah PROPN 3 obj
        . . PUNCT 3 punct
    """, "2")
    traces = explain_sentences(coder, [first, second], "2020-03-01", story_id="s")
    assert [t.sentence_id for t in traces] == ["1", "2"]
    assert [e for t in traces for e in t.events] == coder.code_sentences([first, second], date="2020-03-01", story_id="s")
    (source,) = steps(verb(traces[1], "funds"), "source")
    assert source.actors[0].text == "It -> Iran" and source.actors[0].code == "IRN"


def test_json_and_text_output(coder):
    trace = explain_sentence(coder, sentence(THREAT), "2020-03-01", story_id="st")
    data = json.loads(trace_to_json(trace))
    assert data == trace_to_dict(trace)
    assert data["date"] == "2020-03-01" and data["story_id"] == "st"
    assert data["events"][0]["code"] == "1384" and "under 'threatened': 190 -> 1384" in data["events"][0]["provenance"]["notes"]
    attack = next(v for v in data["verbs"] if v["form"] == "attack")
    source = next(step for step in attack["steps"] if step["what"] == "source")
    assert source["actors"][0]["composition"] == "IRN + GOV -> IRNGOV"
    text = render_text(trace)
    for part in ("parse:", "verbs:", "events:", "pattern '* (to &FORCE)' -> 138", "path attack <-xcomp- threatened -nsubj-> minister",
                 "composed IRN + GOV -> IRNGOV", "IRNGOV 1384 TUR (IRNGOV THREATEN TUR)"):
        assert part in text, part
    assert json.loads(trace_to_json([trace, trace]))[1]["sentence_id"] == "1"


def test_relation_path_goes_up_and_down():
    graph = Graph(sentence(THREAT))
    assert relation_path(graph, 7, 4) == "attack <-xcomp- threatened -nsubj-> minister"
    assert relation_path(graph, 5, 1) == "threatened -nsubj-> minister -nmod:poss-> Iran"
    assert relation_path(graph, 5, 5) == "threatened"


def test_shipped_dictionaries_on_our_sentence():
    """The full shipped set: "Iran's foreign minister warned Turkey on Friday."."""
    dictionaries = load_dictionaries()
    rows = """
        Iran Iran PROPN 4 nmod:poss
        's 's PART 1 case
        foreign foreign ADJ 4 amod
        minister minister NOUN 5 nsubj
        warned warn VERB 0 root
        Turkey Turkey PROPN 5 obj
        on on ADP 8 case
        Friday Friday PROPN 5 obl
        . . PUNCT 5 punct
    """
    coder = EventCoder(dictionaries)
    trace = explain_sentence(coder, sentence(rows), "2020-02-28")
    assert trace.events and trace.events == tuple(coder.code_sentences([sentence(rows)], date="2020-02-28"))
    warned = verb(trace, "warned")
    assert warned.entry and "dictionaries/verbs/" in warned.entry_origin.replace("\\", "/")
    assert warned.patterns_in_block > 0
    (source,) = steps(warned, "source")
    assert source.actors[0].entry and source.actors[0].code.startswith("IRN")
    assert any(e.short().endswith("TUR") for e in trace.events)


@pytest.mark.parametrize("which", ["validate", "shipped"])
def test_traces_give_exactly_the_coders_events_on_real_parses(shared_dir, which):
    from eventcoder.evaluate import load_records

    dictionaries = load_dictionaries(VALIDATE, defaults=False) if which == "validate" else load_dictionaries()
    coder = EventCoder(dictionaries)
    records = load_records(shared_dir / "validation" / "petr-unit-dev.jsonl")
    explained = 0
    for record in records:
        story = Story(record.id, to_date(record.date), tuple(read_conllu(record.conllu)))
        traces = explain_story(coder, story)
        assert [e for t in traces for e in t.events] == coder.code_story(story), record.id
        for trace in traces:
            json.loads(trace_to_json(trace))
            assert render_text(trace)
            for v in trace.verbs:
                emitted = [s.detail.split(" (")[0] for s in v.steps if s.what == "emitted"]
                assert set(v.events) <= set(emitted)
        explained += 1
    assert explained == len(records)


def test_cli_explain_conllu(tmp_path, capsys, coder):
    path = tmp_path / "story.conllu"
    path.write_text("# story_id = s1\n# date = 2020-03-01\n" + conllu(THREAT, "1") + conllu("""
        Iran Iran PROPN 2 nsubj
        praised praise VERB 0 root
        Turkey Turkey PROPN 2 obj
        . . PUNCT 2 punct
    """, "2"), encoding="utf-8")
    assert main(["explain", "--conllu", str(path), "--no-defaults", "-d", str(FEATURES)]) == 0
    out = capsys.readouterr().out
    assert "== story s1 sentence 1, 2020-03-01" in out and "== story s1 sentence 2" in out
    assert "IRNGOV 1384 TUR (IRNGOV THREATEN TUR)" in out and "praised [2] (lemma praise): no entry" in out
    assert main(["explain", "--conllu", str(path), "--sentence-id", "2", "--json", "--no-defaults", "-d", str(FEATURES)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["sentence_id"] for t in data] == ["2"] and data[0]["events"] == []
    assert explain_conllu(coder, path)[0].date == to_date("2020-03-01")
    assert main(["explain", "--conllu", str(path), "--sentence-id", "s1#2", "--no-defaults", "-d", str(FEATURES)]) == 0
    assert "== story s1 sentence 2" in capsys.readouterr().out
    assert main(["explain", "--conllu", str(path), "--sentence-id", "9", "--no-defaults", "-d", str(FEATURES)]) == 1
    assert "no sentence '9'" in capsys.readouterr().err


def test_cli_explain_needs_one_input(capsys):
    assert main(["explain", "--no-defaults", "-d", str(FEATURES)]) == 2
    assert "needs a SENTENCE or --conllu FILE" in capsys.readouterr().err


def test_cli_explain_text_without_a_model_says_how_to_get_one(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("EVENTCODER_MODEL_DIR", str(tmp_path / "no-model-here"))
    assert main(["explain", "Iran warned Turkey.", "--no-defaults", "-d", str(FEATURES)]) == 2
    err = capsys.readouterr().err
    assert "no-model-here" in err and "download-model" in err


def test_cli_explain_text_with_the_parser(capsys, parsing_model):
    assert main(["explain", "Iran warned Turkey on Friday.", "--date", "2020-03-01", "--no-defaults", "-d", str(FEATURES)]) == 0
    out = capsys.readouterr().out
    assert "parse:" in out and "verbs:" in out and "IRN 130 TUR" in out
