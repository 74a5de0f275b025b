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



# ----- a pronoun of a person is not a place -------------------------------------------------

def test_person_pronoun_skips_a_place_in_its_sentence(coder):
    # "Rouhani spoke in Tehran, where he condemned Israel.": he is Rouhani, not Tehran.
    rows = """
        Rouhani Rouhani PROPN 2 nsubj
        spoke speak VERB 0 root
        in in ADP 4 case
        Tehran Tehran PROPN 2 obl
        , , PUNCT 4 punct
        where where ADV 8 advmod
        he he PRON 8 nsubj
        condemned condemn VERB 4 acl:relcl
        Israel Israel PROPN 8 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("IRNGOV", "111", "ISR")]


_CONDEMNED_ISRAEL = """
    {subject} {subject} PROPN 2 nsubj
    condemned condemn VERB 0 root
    Israel Israel PROPN 2 obj
    . . PUNCT 2 punct
"""
_PRONOUN_CONDEMNED_TURKEY = """
    {pronoun} {lemma} PRON 3 nsubj
    also also ADV 3 advmod
    condemned condemn VERB 0 root
    Turkey Turkey PROPN 3 obj
    . . PUNCT 3 punct
"""


def _story_triples(coder, subject: str, pronoun: str, lemma: str):
    text = conllu(_CONDEMNED_ISRAEL.format(subject=subject), "1") + conllu(
        _PRONOUN_CONDEMNED_TURKEY.format(pronoun=pronoun, lemma=lemma), "2"
    )
    return sorted(e.triple for e in coder.code_conllu(text, date="2020-03-01", story_id="t"))


def test_person_pronoun_does_not_refer_to_a_country_of_an_earlier_sentence(coder):
    # "Syria condemned Israel. He also condemned Turkey.": he is neither country.
    assert _story_triples(coder, "Syria", "He", "he") == [("SYR", "111", "ISR")]


def test_it_still_refers_to_a_country_of_an_earlier_sentence(coder):
    # "Syria condemned Israel. It also condemned Turkey.": it is Syria.
    assert _story_triples(coder, "Syria", "It", "it") == [("SYR", "111", "ISR"), ("SYR", "111", "TUR")]


def test_person_pronoun_refers_to_a_person_coded_with_a_bare_role_code(coder):
    # "Quill condemned Israel. He also condemned Turkey.": ELI is a role code, not a country.
    assert _story_triples(coder, "Quill", "He", "he") == [("ELI", "111", "ISR"), ("ELI", "111", "TUR")]


def test_person_pronoun_refers_to_a_person_of_an_earlier_sentence(coder):
    # "Rouhani condemned Israel. He also condemned Turkey."
    assert _story_triples(coder, "Rouhani", "He", "he") == [("IRNGOV", "111", "ISR"), ("IRNGOV", "111", "TUR")]


# ----- the recipient of a "to" phrase ---------------------------------------------------------

def test_recipient_is_the_target_when_the_object_only_holds_actors(coder):
    # "Syria ceded the provinces of Iran to Turkey.": given to Turkey, not to Iran.
    rows = """
        Syria Syria PROPN 2 nsubj
        ceded cede VERB 0 root
        the the DET 4 det
        provinces province NOUN 2 obj
        of of ADP 6 case
        Iran Iran PROPN 4 nmod
        to to ADP 8 case
        Turkey Turkey PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("SYR", "080", "TUR")]


def test_object_that_is_an_actor_stays_the_target_before_a_recipient(coder):
    # "Syria ceded Tehran to Turkey.": the object names an actor itself.
    rows = """
        Syria Syria PROPN 2 nsubj
        ceded cede VERB 0 root
        Tehran Tehran PROPN 2 obj
        to to ADP 5 case
        Turkey Turkey PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("SYR", "080", "IRN")]


def test_to_phrase_of_a_verb_that_gives_nothing_does_not_outrank_the_object(coder):
    # "Israel condemned the deportation of Iranian students to Turkey." (111, the "to" phrase
    # on the verb): condemning is not giving, so the actor inside the object stays the target.
    rows = """
        Israel Israel PROPN 2 nsubj
        condemned condemn VERB 0 root
        the the DET 4 det
        deportation deportation NOUN 2 obj
        of of ADP 7 case
        Iranian Iranian ADJ 7 amod
        students student NOUN 4 nmod
        to to ADP 9 case
        Turkey Turkey PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("ISR", "111", "IRN")]


def test_passive_recipient_is_not_the_source(coder):
    # "Tehran was ceded to Turkey.": Turkey received it; who ceded it is not said.
    rows = """
        Tehran Tehran PROPN 3 nsubj:pass
        was be AUX 3 aux:pass
        ceded cede VERB 0 root
        to to ADP 5 case
        Turkey Turkey PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == []


def test_passive_with_by_phrase_and_recipient(coder):
    # "Tehran was ceded to Turkey by Syria."
    rows = """
        Tehran Tehran PROPN 3 nsubj:pass
        was be AUX 3 aux:pass
        ceded cede VERB 0 root
        to to ADP 5 case
        Turkey Turkey PROPN 3 obl
        by by ADP 7 case
        Syria Syria PROPN 3 obl:agent
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("SYR", "080", "IRN")]
