"""The engine's features, each on sentences written for these tests with their UD parses.

Parses are given as CoNLL-U (built from compact rows below: form, lemma, UPOS, head,
relation) and coded with the project's own small feature dictionaries in
tests/data/features/. Each test checks coded triples and, where it matters, provenance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import EventCoder, Story, load_dictionaries, read_conllu
from eventcoder.explain import explain_sentences

from ud_rows import conllu

FEATURES = Path(__file__).parent / "data" / "features"




@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(load_dictionaries(FEATURES, defaults=False))


def triples(events):
    return sorted(e.triple for e in events)


def code(coder, rows, date="2020-03-01"):
    return coder.code_conllu(conllu(rows), date=date, story_id="test")


def test_agent_composes_with_country_adjective(coder):
    events = code(coder, """
        Turkish turkish ADJ 2 amod
        troops troops NOUN 3 nsubj
        attacked attack VERB 0 root
        Syrian syrian ADJ 5 amod
        rebels rebel NOUN 3 obj
        . . PUNCT 3 punct
    """)
    assert triples(events) == [("TURMIL", "190", "SYRREB")]
    event = events[0]
    assert event.provenance.source.entry == "TURKEY" and event.provenance.source.agent == "TROOPS"
    assert event.provenance.verb.text == "attacked" and event.provenance.verb_entry == "ATTACK"
    assert str(event) == "TURMIL 190 SYRREB (TURMIL FIGHT SYRREB)"
    assert event.quad_class == 4 and event.goldstein < 0


def test_possessive_country_and_multiword_agent(coder):
    events = code(coder, """
        Iran Iran PROPN 4 nmod:poss
        's 's PART 1 case
        foreign foreign ADJ 4 amod
        minister minister NOUN 5 nsubj
        warned warn VERB 0 root
        Turkey Turkey PROPN 5 obj
        . . PUNCT 5 punct
    """)
    assert triples(events) == [("IRNGOV", "130", "TUR")]


ROUHANI = """
    Rouhani Rouhani PROPN 2 nsubj
    criticized criticize VERB 0 root
    Turkey Turkey PROPN 2 obj
    . . PUNCT 2 punct
"""


@pytest.mark.parametrize(
    "date, source",
    [("2020-03-01", "IRNGOV"), ("2013-08-03", "IRNGOV"), ("2021-08-03", "IRNGOV"), ("2021-08-04", "IRNELI"), ("2010-01-01", "IRNELI")],
)
def test_actor_code_depends_on_story_date(coder, date, source):
    assert triples(code(coder, ROUHANI, date)) == [(source, "111", "TUR")]


def test_compound_source(coder):
    events = code(coder, """
        Iran Iran PROPN 4 nsubj
        and and CCONJ 3 cc
        Turkey Turkey PROPN 1 conj
        condemned condemn VERB 0 root
        Israel Israel PROPN 4 obj
        . . PUNCT 4 punct
    """)
    assert triples(events) == [("IRN", "111", "ISR"), ("TUR", "111", "ISR")]


def test_compound_target_with_multiword_name(coder):
    events = code(coder, """
        Iran Iran PROPN 2 nsubj
        condemned condemn VERB 0 root
        Israel Israel PROPN 2 obj
        and and CCONJ 7 cc
        the the DET 7 det
        United United PROPN 7 compound
        States States PROPN 3 conj
        . . PUNCT 2 punct
    """)
    assert triples(events) == [("IRN", "111", "ISR"), ("IRN", "111", "USA")]


def test_passive_voice_swaps_roles(coder):
    events = code(coder, """
        Turkey Turkey PROPN 3 nsubj:pass
        was be AUX 3 aux:pass
        warned warn VERB 0 root
        by by ADP 5 case
        Iran Iran PROPN 3 obl:agent
        . . PUNCT 3 punct
    """)
    assert triples(events) == [("IRN", "130", "TUR")]
    assert "passive voice" in events[0].provenance.notes


def test_passive_voice_with_uv1_labels(coder):
    """The same sentence as parsed with UD v1 labels (nsubjpass, auxpass, nmod)."""
    events = code(coder, """
        Turkey Turkey PROPN 3 nsubjpass
        was be AUX 3 auxpass
        warned warn VERB 0 root
        by by ADP 5 case
        Iran Iran PROPN 3 nmod
        . . PUNCT 3 punct
    """)
    assert triples(events) == [("IRN", "130", "TUR")]


def test_negation_codes_no_attack(coder):
    events = code(coder, """
        Iran Iran PROPN 4 nsubj
        did do AUX 4 aux
        not not PART 4 advmod
        attack attack VERB 0 root
        Turkey Turkey PROPN 4 obj
        . . PUNCT 4 punct
    """)
    assert events == []


def test_verb_chain_pattern_through_xcomp(coder):
    # "strike" is only a word of the pattern's synset here, not a verb with a code: the
    # governing verb's pattern speaks for the chain.
    events = code(coder, """
        Iran Iran PROPN 2 nsubj
        threatened threaten VERB 0 root
        to to PART 4 mark
        strike strike VERB 2 xcomp
        Turkey Turkey PROPN 4 obj
        . . PUNCT 2 punct
    """)
    assert triples(events) == [("IRN", "138", "TUR")]
    assert events[0].provenance.pattern == "* (to &FORCE)"
    assert events[0].provenance.pattern_line > 0


def test_a_coded_complement_refines_the_governing_pattern(coder):
    # "attack" has a code (190): threatening it is CAMEO's threat of conventional attack,
    # which refines the pattern's 138.
    events = code(coder, """
        Iran Iran PROPN 2 nsubj
        threatened threaten VERB 0 root
        to to PART 4 mark
        attack attack VERB 2 xcomp
        Turkey Turkey PROPN 4 obj
        . . PUNCT 2 punct
    """)
    assert triples(events) == [("IRN", "1384", "TUR")]
    assert "under 'threatened': 190 -> 1384" in events[0].provenance.notes


def test_reported_speech_codes_the_reported_event(coder):
    events = code(coder, """
        Iran Iran PROPN 2 nsubj
        said say VERB 0 root
        that that SCONJ 5 mark
        Turkey Turkey PROPN 5 nsubj
        attacked attack VERB 2 ccomp
        Syria Syria PROPN 5 obj
        . . PUNCT 2 punct
    """)
    assert triples(events) == [("TUR", "190", "SYR")]


def test_relative_clause_subject_is_the_noun_it_modifies(coder):
    # A main clause with no event of its own: the relative clause is the sentence's event
    # (beside one, it is background: test_real_news_rules, row 189).
    events = code(coder, """
        Hezbollah Hezbollah PROPN 8 nsubj
        , , PUNCT 4 punct
        which which PRON 4 nsubj
        attacked attack VERB 1 acl:relcl
        Israel Israel PROPN 4 obj
        , , PUNCT 4 punct
        is be AUX 8 cop
        strong strong ADJ 0 root
        . . PUNCT 8 punct
    """)
    assert triples(events) == [("LBNHEZ", "190", "ISR")]


def test_conjoined_verbs_share_the_subject(coder):
    events = code(coder, """
        Iran Iran PROPN 2 nsubj
        condemned condemn VERB 0 root
        Israel Israel PROPN 2 obj
        and and CCONJ 5 cc
        threatened threaten VERB 2 conj
        Turkey Turkey PROPN 5 obj
        . . PUNCT 2 punct
    """)
    assert triples(events) == [("IRN", "111", "ISR"), ("IRN", "130", "TUR")]


def test_pronoun_resolves_to_last_actor_of_the_story(coder):
    first = conllu("""
        Iran Iran PROPN 2 nsubj
        supports support VERB 0 root
        Syria Syria PROPN 2 obj
        . . PUNCT 2 punct
    """, "1")
    second = conllu("""
        It it PRON 3 nsubj
        also also ADV 3 advmod
        funds fund VERB 0 root
        Hezbollah Hezbollah PROPN 3 obj
        . . PUNCT 3 punct
    """, "2")
    events = coder.code_conllu(first + second, date="2020-03-01", story_id="s")
    assert [(e.sentence_id, e.triple) for e in events] == [
        ("1", ("IRN", "070", "SYR")),
        ("2", ("IRN", "070", "LBNHEZ")),
    ]
    assert "It" in events[1].provenance.source.span.text


def test_pattern_refines_code(coder):
    events = code(coder, """
        Iran Iran PROPN 2 nsubj
        warned warn VERB 0 root
        Turkey Turkey PROPN 2 obj
        of of ADP 5 case
        consequences consequence NOUN 2 obl
        . . PUNCT 2 punct
    """)
    assert triples(events) == [("IRN", "012", "TUR")]


def test_sentence_discard(coder):
    events = code(coder, """
        Iran Iran PROPN 2 nsubj
        attacked attack VERB 0 root
        Turkey Turkey PROPN 2 obj
        in in ADP 6 case
        a a DET 6 det
        football football NOUN 7 compound
        match match NOUN 2 obl
        . . PUNCT 2 punct
    """)
    assert events == []


def test_story_discard_silences_every_sentence(coder):
    first = conllu("""
        Iran Iran PROPN 2 nsubj
        attacked attack VERB 0 root
        Turkey Turkey PROPN 2 obj
        . . PUNCT 2 punct
    """, "1")
    second = conllu("""
        It it PRON 2 nsubj
        was be AUX 4 cop
        a a DET 4 det
        video video NOUN 5 compound
        game game NOUN 0 root
        . . PUNCT 5 punct
    """.replace("It it PRON 2 nsubj", "It it PRON 5 nsubj"), "2")
    assert coder.code_conllu(first + second, date="2020-03-01") == []
    assert triples(coder.code_conllu(first, date="2020-03-01")) == [("IRN", "190", "TUR")]


def test_story_objects_and_sentences_api(coder):
    sentences = read_conllu(conllu(ROUHANI))
    story = Story("s1", __import__("datetime").date(2020, 3, 1), sentences)
    events = coder.code_story(story)
    assert [e.story_id for e in events] == ["s1"]
    assert events[0].date.isoformat() == "2020-03-01"


CONDEMNED_NUCLEAR_PROGRAM = """
    Iran Iran PROPN 2 nsubj
    condemned condemn VERB 0 root
    Israel Israel PROPN 2 obj
    over over ADP 7 case
    its its PRON 7 nmod:poss
    nuclear nuclear ADJ 7 amod
    program program NOUN 2 obl
    . . PUNCT 2 punct
"""


def issue_coder(tmp_path, exclusion: str) -> EventCoder:
    """The feature dictionaries plus a NUCLEAR issue (category WEAPONS) and one exclusion line."""
    (tmp_path / "issues.yaml").write_text(
        "kind: issues\n"
        "issues:\n"
        "  - {issue: NUCLEAR, category: WEAPONS, phrases: [nuclear program, enrichment]}\n"
        f"  - {{category: WEAPONS, {exclusion}}}\n",
        encoding="utf-8",
    )
    return EventCoder(load_dictionaries(FEATURES, tmp_path, defaults=False))


def test_issues_tag_events_and_exclusions_switch_them_off(tmp_path):
    coder = issue_coder(tmp_path, "exclude: [nuclear family]")
    rows = CONDEMNED_NUCLEAR_PROGRAM
    events = coder.code_conllu(conllu(rows), date="2020-03-01")
    assert [e.issues for e in events] == [("NUCLEAR",)]
    # "enrichment" names the issue, but "nuclear family" switches the category off.
    excluded = """
        Iran Iran PROPN 2 nsubj
        condemned condemn VERB 0 root
        Israel Israel PROPN 2 obj
        over over ADP 5 case
        enrichment enrichment NOUN 2 obl
        for for ADP 9 case
        a a DET 9 det
        nuclear nuclear ADJ 9 amod
        family family NOUN 5 nmod
        . . PUNCT 2 punct
    """
    events = coder.code_conllu(conllu(excluded), date="2020-03-01")
    assert [e.issues for e in events] == [()]
    kept = excluded.replace("nuclear nuclear ADJ 9 amod", "large large ADJ 9 amod")
    events = coder.code_conllu(conllu(kept), date="2020-03-01")
    assert [e.issues for e in events] == [("NUCLEAR",)]


def test_a_story_wide_exclusion_switches_the_category_off_in_other_sentences(tmp_path):
    coder = issue_coder(tmp_path, "exclude_story: [nuclear family]")
    condemned = CONDEMNED_NUCLEAR_PROGRAM
    family = """
        The the DET 3 det
        nuclear nuclear ADJ 3 amod
        family family NOUN 4 nsubj
        grew grow VERB 0 root
        . . PUNCT 4 punct
    """
    alone = coder.code_conllu(conllu(condemned), date="2020-03-01")
    together = coder.code_conllu(conllu(condemned) + "\n" + conllu(family, "2"), date="2020-03-01")
    assert [e.issues for e in alone] == [("NUCLEAR",)]
    assert [e.issues for e in together] == [()]
    # explain shows the coder's events, story-wide exclusions included
    traces = explain_sentences(coder, read_conllu(conllu(condemned) + "\n" + conllu(family, "2")), "2020-03-01")
    assert [e.issues for t in traces for e in t.events] == [()]
