"""Rules of the engine that follow PETRARCH's reading of a sentence, each on sentences
written for these tests with hand-written UD parses, coded with tests/data/features and
the verbs of tests/data/rules layered over them."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventcoder import EventCoder, load_dictionaries

from ud_rows import conllu

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(load_dictionaries(DATA / "features", DATA / "rules", defaults=False))


def triples(coder, rows):
    return sorted(e.triple for e in coder.code_conllu(conllu(rows), date="2020-03-01", story_id="t"))


# ----- a source placed after the verb by $ makes the displaced subject the target ----------

def test_source_after_verb_makes_subject_the_target(coder):
    rows = """
        Iran Iran PROPN 2 nsubj
        celebrated celebrate VERB 0 root
        Nowruz Nowruz PROPN 2 obj
        with with ADP 5 case
        Syria Syria PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("SYR", "017", "IRN")]


def test_source_after_verb_without_subject_codes_nothing(coder):
    rows = """
        Celebrate celebrate VERB 0 root
        Nowruz Nowruz PROPN 1 obj
        with with ADP 4 case
        Syria Syria PROPN 1 obl
        . . PUNCT 1 punct
    """
    assert triples(coder, rows) == []


def test_explicit_target_keeps_its_place(coder):
    # "+ * victory $": the pattern names both sides; the subject is the target by "+".
    rows = """
        Iran Iran PROPN 2 nsubj
        celebrated celebrate VERB 0 root
        the the DET 4 det
        victory victory NOUN 2 obj
        of of ADP 6 case
        Syria Syria PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("SYR", "017", "IRN")]

