"""eventcoder evaluate on hand-coded gold documents (docs/evaluate.md), as a user runs it."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import EventCoder, load_dictionaries, read_conllu
from eventcoder.cli import main
from eventcoder.evaluate import evaluate_gold
from eventcoder.gold import GoldError, GoldEvent, load_gold, score_sentence

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "turkey-iran.conllu"
GOLD = ROOT / "examples" / "turkey-iran.gold.yaml"


def test_matching_uses_accept_lists_and_lenient_roots():
    gold = GoldEvent("IRNGOV", "112", "TUR", accept=("111",), accept_source=("IRN",))
    assert gold.matches(("IRN", "111", "TUR"))
    assert not gold.matches(("IRN", "110", "TUR"))
    assert gold.matches(("IRNMIL", "110", "TURGOV"), lenient=True)
    assert not gold.matches(("IRQ", "112", "TUR"), lenient=True)


def test_optional_events_neither_reward_nor_punish():
    golds = [GoldEvent("IRN", "130", "TUR"), GoldEvent("RUS", "026", "TUR", optional=True)]
    found = score_sentence([("IRN", "130", "TUR"), ("SYR", "190", "TUR")], golds)
    assert found.matched == 1 and found.missed == () and found.false == (("SYR", "190", "TUR"),)
    assert score_sentence([], golds).missed == (("IRN", "130", "TUR"),)


def test_scores_of_the_example_follow_its_events(tmp_path):
    coder = EventCoder(load_dictionaries())
    sentences = read_conllu(EXAMPLE)
    coded = {e.triple for e in coder.code_sentences(sentences, date="2020-02-28")}
    # Gold: one event the coder codes and one it cannot (nobody codes Atlantis).
    known = sorted(coded)[0]
    (tmp_path / "gold.yaml").write_text(
        "documents:\n  - doc: turkey-iran\n    date: '2020-02-28'\n    sentences:\n"
        "      - sent_id: '1'\n        events:\n"
        f"          - {{source: {known[0]}, code: '{known[1]}', target: {known[2]}}}\n"
        "          - {source: ATL, code: '190', target: TUR}\n", encoding="utf-8")
    first = [e.triple for e in coder.code_sentences(sentences, date="2020-02-28") if e.sentence_id == "1"]
    scores = evaluate_gold(coder, load_gold(tmp_path / "gold.yaml"), sentences)
    assert scores.tp == (1 if known in first else 0)
    assert scores.fn == 2 - scores.tp and scores.fp == len(first) - scores.tp


def test_cli_reports_and_fails_under(capsys):
    assert main(["evaluate", str(GOLD), "--conllu", str(EXAMPLE), "-v"]) == 0
    out = capsys.readouterr().out
    assert "strict (given parses):" in out and "lenient (given parses):" in out
    assert main(["evaluate", str(GOLD), "--conllu", str(EXAMPLE), "--fail-under", "1.01"]) == 1
    assert "under --fail-under" in capsys.readouterr().err


def test_cli_needs_parses_or_text(capsys):
    assert main(["evaluate", str(GOLD)]) == 2
    assert "--conllu" in capsys.readouterr().err


def test_a_malformed_gold_event_names_file_and_line(tmp_path):
    bad = tmp_path / "gold.yaml"
    bad.write_text("documents:\n  - doc: d\n    sentences:\n      - sent_id: '1'\n        events:\n"
                   "          - {source: IRN, code: '130'}\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold.yaml:6: an event needs source, code and target"):
        load_gold(bad)
