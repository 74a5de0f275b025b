"""Rules added for real news (docs/accuracy.md), each on sentences written for these tests
with hand-written UD parses, coded with the shipped dictionaries, including the cases where
a rule must not fire."""

from __future__ import annotations

import datetime as dt

import pytest

from eventcoder import EventCoder, load_dictionaries
from eventcoder.conllu import read_conllu
from eventcoder.dictionaries.tools import check, lookup
from eventcoder.dictionaries.yamlio import DictionaryError
from eventcoder.match.graph import Graph

from ud_rows import conllu


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder(load_dictionaries())


def triples(coder, rows, date="2020-03-01"):
    return sorted(e.triple for e in coder.code_conllu(conllu(rows), date=date, story_id="t"))


# ----- light verbs: the object noun names the event -------------------------------------

def test_light_verb_takes_the_code_of_its_event_noun(coder):
    rows = """
        Turkey Turkey PROPN 2 nsubj
        conducted conduct VERB 0 root
        air air NOUN 4 compound
        strikes strike NOUN 2 obj
        on on ADP 6 case
        Syria Syria PROPN 4 nmod
        . . PUNCT 2 punct
    """
    # "conduct" alone is 060 (manage); the strikes make it a fight.
    assert triples(coder, rows) == [("TUR", "190", "SYR")]


def test_light_verb_with_a_derived_event_noun(coder):
    rows = """
        Iran Iran PROPN 2 nsubj
        launched launch VERB 0 root
        an a DET 4 det
        invasion invasion NOUN 2 obj
        of of ADP 6 case
        Iraq Iraq PROPN 4 nmod
        . . PUNCT 2 punct
    """
    (event,) = triples(coder, rows)
    assert event[0] == "IRN" and event[2] == "IRQ" and event[1][:2] in ("17", "19")


def test_light_verb_without_an_event_noun_codes_nothing(coder):
    rows = """
        Iran Iran PROPN 2 nsubj
        launched launch VERB 0 root
        a a DET 4 det
        satellite satellite NOUN 2 obj
        over over ADP 6 case
        Iraq Iraq PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == []


# ----- compound subjects do symmetric events with each other -----------------------------

def test_compound_subject_agrees_with_itself_both_ways(coder):
    rows = """
        Iran Iran PROPN 4 nsubj
        and and CCONJ 3 cc
        Turkey Turkey PROPN 1 conj
        agreed agree VERB 0 root
        to to ADP 7 case
        a a DET 7 det
        ceasefire ceasefire NOUN 4 obl
        . . PUNCT 4 punct
    """
    found = triples(coder, rows)
    assert {(s, t) for s, _, t in found} == {("IRN", "TUR"), ("TUR", "IRN")}
    assert len({c for _, c, _ in found}) == 1 and found[0][1][:2] in ("03", "05")


def test_compound_subject_with_a_target_codes_only_against_it(coder):
    rows = """
        Iran Iran PROPN 4 nsubj
        and and CCONJ 3 cc
        Turkey Turkey PROPN 1 conj
        condemned condemn VERB 0 root
        Israel Israel PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("IRN", "111", "ISR"), ("TUR", "111", "ISR")]


def test_compound_subject_of_a_conflict_statement_is_not_symmetric(coder):
    rows = """
        Iran Iran PROPN 4 nsubj
        and and CCONJ 3 cc
        Turkey Turkey PROPN 1 conj
        complained complain VERB 0 root
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == []


# ----- the maintained override layer -------------------------------------------------------

def test_override_layer_codes_urge_as_an_appeal(coder):
    rows = """
        Germany Germany PROPN 2 nsubj
        urged urge VERB 0 root
        Ethiopia Ethiopia PROPN 2 obj
        to to PART 5 mark
        reform reform VERB 2 xcomp
        its its PRON 7 nmod:poss
        politics politics NOUN 5 obj
        . . PUNCT 2 punct
    """
    (event,) = triples(coder, rows)
    assert (event[0], event[2]) == ("DEU", "ETH") and event[1].startswith("02")


def test_override_layer_codes_rejection(coder):
    rows = """
        Libya Libya PROPN 2 nsubj
        rejected reject VERB 0 root
        the the DET 5 det
        Italian Italian ADJ 5 amod
        proposal proposal NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("LBY", "120", "ITA")]


def test_years_no_longer_discard_a_sentence(coder):
    rows = """
        In in ADP 3 case
        June June PROPN 3 compound
        2009 2009 NUM 6 obl
        , , PUNCT 3 punct
        Iran Iran PROPN 6 nsubj
        accused accuse VERB 0 root
        Turkey Turkey PROPN 6 obj
        . . PUNCT 6 punct
    """
    assert triples(coder, rows, date="2009-06-30") == [("IRN", "112", "TUR")]


# Relative times and disasters no longer discard a sentence; sport still does.
NEWS_WITH_A_PHRASE = """
    Iran Iran PROPN 2 nsubj
    accused accuse VERB 0 root
    Turkey Turkey PROPN 2 obj
    of of ADP 5 case
    {noun} {lemma} NOUN 2 obl
    {extra}
    . . PUNCT 2 punct
"""


@pytest.mark.parametrize("noun, extra, coded", [
    ("lies", "two two NUM 7 nummod\n    years year NOUN 8 obl:npmod\n    ago ago ADV 2 advmod", True),
    ("lies", "about about ADP 7 case\n    Ebola Ebola PROPN 5 nmod", True),
    ("lies", "after after ADP 8 case\n    the the DET 8 det\n    tsunami tsunami NOUN 2 obl", True),
    ("cheating", "in in ADP 7 case\n    football football NOUN 5 nmod", False),
])
def test_relative_times_and_disasters_no_longer_discard_a_sentence(coder, noun, extra, coded):
    rows = NEWS_WITH_A_PHRASE.format(noun=noun, lemma=noun, extra=extra)
    assert (triples(coder, rows) == [("IRN", "112", "TUR")]) is coded


def test_check_warns_about_a_bare_number_discard(tmp_path):
    (tmp_path / "discards.yaml").write_text('kind: discards\nsentence:\n  - "1999"\n  - "world cup"\n', encoding="utf-8")
    found = [p for p in check(tmp_path, defaults=False).warnings if "bare number" in p.message]
    assert len(found) == 1 and "1999" in found[0].message and found[0].line == 3


def test_amend_adds_verbs_and_patterns_to_a_block(tmp_path):
    (tmp_path / "verbs.yaml").write_text(
        "kind: verbs\nverbs:\n"
        "  - id: WARN\n    amend: true\n    verbs: [forewarn]\n"
        "    patterns:\n      - {pattern: '* (against war)', code: '138'}\n", encoding="utf-8")
    d = load_dictionaries(tmp_path)
    (warn,) = [b for b in d.verbs if b.id == "WARN"]
    assert "forewarn" in [f.lemma for f in warn.verbs] and "warn" in [f.lemma for f in warn.verbs]
    assert warn.patterns[0].text == "* (against war)" and len(warn.patterns) > 1


def test_amend_of_an_unknown_block_is_an_error(tmp_path):
    (tmp_path / "verbs.yaml").write_text("kind: verbs\nverbs:\n  - id: NO_SUCH_BLOCK\n    amend: true\n    verbs: [x]\n",
                                         encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_dictionaries(tmp_path)
    assert "NO_SUCH_BLOCK" in str(info.value) and "verbs.yaml:3" in str(info.value)


def test_amend_adds_words_to_a_shipped_synset(tmp_path):
    (tmp_path / "verbs.yaml").write_text(
        "kind: verbs\nsynsets:\n  WEAPON: {amend: true, words: [slingshots, catapult]}\n", encoding="utf-8")
    d = load_dictionaries(tmp_path)
    (weapon,) = [s for s in d.synsets if s.name == "WEAPON"]
    assert {"slingshots", "catapult", "gun", "arms"} <= set(weapon.words)
    coder = EventCoder(d)
    rows = """
        The the DET 2 det
        rebels rebel NOUN 3 nsubj
        handed hand VERB 0 root
        over over ADP 3 compound:prt
        their their PRON 6 nmod:poss
        catapults catapult NOUN 3 obj
        to to ADP 9 case
        the the DET 9 det
        UN UN PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert [e[1] for e in triples(coder, rows)] == ["072"]


@pytest.mark.parametrize("text, message", [
    ("kind: verbs\nsynsets:\n  NO_SUCH_SET: {amend: true, words: [x]}\n", "no earlier synset has the name 'NO_SUCH_SET'"),
    ("kind: verbs\nsynsets:\n  WEAPON: {words: [x]}\n", "needs `amend: true`"),
    ("kind: verbs\nsynsets:\n  WEAPON: {amend: true, words: [x], code: '190'}\n", "unknown key 'code'"),
])
def test_a_bad_synset_amendment_is_an_error_at_its_line(tmp_path, text, message):
    (tmp_path / "verbs.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DictionaryError) as info:
        load_dictionaries(tmp_path)
    assert message in str(info.value) and "verbs.yaml:3" in str(info.value)


@pytest.mark.parametrize("arms, code", [
    ("arms", "072"),  # row 350: "arms" (lemma "arm") is a weapon
    ("arm", None),  # the singular is the limb
])
def test_handing_over_arms_is_military_aid(coder, arms, code):
    rows = f"""
        The the DET 2 det
        rebels rebel NOUN 3 nsubj
        handed hand VERB 0 root
        over over ADP 3 compound:prt
        their their PRON 6 nmod:poss
        {arms} arm NOUN 3 obj
        to to ADP 9 case
        the the DET 9 det
        UN UN PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert [e[1] for e in triples(coder, rows)] == ([code] if code else [])


def test_a_later_layer_takes_a_verb_away_from_a_shipped_block(tmp_path):
    (tmp_path / "verbs.yaml").write_text("kind: verbs\nverbs:\n  - id: MY_CONDEMN\n    code: '1121'\n    verbs: [condemn]\n",
                                         encoding="utf-8")
    coder = EventCoder(load_dictionaries(tmp_path))
    rows = """
        Iran Iran PROPN 2 nsubj
        condemned condemn VERB 0 root
        Israel Israel PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("IRN", "1121", "ISR")]
    blame = [b for b in coder.dictionaries.verbs if b.id == "BLAME"]
    assert blame and "condemn" not in [f.lemma for f in blame[0].verbs] and "condemned" not in [f.lemma for f in blame[0].verbs]


# ----- role nouns on actors that already have a role --------------------------------------

def test_a_named_armed_group_keeps_its_own_role(coder):
    rows = """
        Taliban Taliban PROPN 2 compound
        fighters fighter NOUN 3 nsubj
        attacked attack VERB 0 root
        Kabul Kabul PROPN 3 obj
        . . PUNCT 3 punct
    """
    (event,) = triples(coder, rows, date="2019-06-01")
    taliban = coder.code_conllu(conllu(rows.replace("fighters fighter", "leaders leader")), date="2019-06-01")
    assert event[0] == "AFGREB" and taliban and taliban[0].source == "AFGREB"


def test_government_troops_are_the_military(coder):
    rows = """
        Syrian Syrian ADJ 3 amod
        government government NOUN 3 compound
        troops troops NOUN 4 nsubj
        shelled shell VERB 0 root
        Turkey Turkey PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("SYRMIL", "190", "TUR")]
    # Without an armed role noun the government stays: "Syrian government officials".
    officials = rows.replace("troops troops", "officials official").replace("shelled shell", "accused accuse")
    assert triples(coder, officials) == [("SYRGOV", "112", "TUR")]


# ----- a role without a country takes the country where the sentence places the event -----

SCENE = """
    Iran Iran PROPN 2 nsubj
    accused accuse VERB 0 root
    army army NOUN 4 compound
    officers officer NOUN 2 obj
    in in ADP 6 case
    Iraq Iraq PROPN 2 obl
    . . PUNCT 2 punct
"""


def test_a_role_takes_the_country_of_the_scene(coder):
    assert [(s, t) for s, _, t in triples(coder, SCENE)] == [("IRN", "IRQMIL")]


def test_a_role_without_a_scene_keeps_no_country(coder):
    rows = SCENE.replace("in in ADP 6 case", "on on ADP 6 case").replace("Iraq Iraq PROPN 2 obl", "Friday Friday PROPN 2 obl")
    # "on Friday" is no place: nothing says whose army it is.
    assert [(s, t) for s, _, t in triples(coder, rows)] == [("IRN", "---MIL")]


# ----- news senses of returning, handing over, lifting and suspending (row 28) ----------

SENSE = """
    Egypt Egypt PROPN 2 nsubj
    {verb} {lemma} VERB 0 root
    {particle}
    the the DET {obj_at} det
    {obj} {obj_lemma} NOUN 2 obj
    {prep} {prep} ADP {target_at} case
    Libya Libya PROPN {obl_head} {obl_rel}
    . . PUNCT 2 punct
"""


def _sense(verb, lemma, obj, obj_lemma, prep, particle=""):
    shift = 1 if particle else 0
    rows = SENSE.format(
        verb=verb, lemma=lemma, obj=obj, obj_lemma=obj_lemma, prep=prep,
        particle=f"over over ADP 2 compound:prt" if particle else "",
        obj_at=4 + shift, target_at=6 + shift,
        obl_head=2 if prep == "to" else 4 + shift, obl_rel="obl" if prep == "to" else "nmod")
    return "\n".join(line for line in rows.split("\n") if line.strip() or not line)


@pytest.mark.parametrize("verb, lemma, obj, obj_lemma, prep, particle, code", [
    ("returned", "return", "paintings", "painting", "to", "", "0842"),
    ("returned", "return", "detainees", "detainee", "to", "", "0841"),
    ("handed", "hand", "prisoners", "prisoner", "to", "over", "0841"),
    ("handed", "hand", "supplies", "supply", "to", "over", "073"),
    ("lifted", "lift", "embargo", "embargo", "on", "", "085"),
    ("lifted", "lift", "sanctions", "sanction", "on", "", "085"),  # was 0351, an intent
    ("lifted", "lift", "siege", "siege", "of", "", "0872"),
    ("suspended", "suspend", "relations", "relation", "with", "", "161"),
    ("suspended", "suspend", "negotiations", "negotiation", "with", "", "164"),
    ("imposed", "impose", "blockade", "blockade", "on", "", "191"),  # was 170
])
def test_news_senses_of_returning_lifting_and_suspending(coder, verb, lemma, obj, obj_lemma, prep, particle, code):
    assert triples(coder, _sense(verb, lemma, obj, obj_lemma, prep, particle)) == [("EGY", code, "LBY")]


def test_returning_somewhere_is_no_event(coder):
    rows = """
        Egypt Egypt PROPN 2 nsubj
        returned return VERB 0 root
        to to ADP 4 case
        Libya Libya PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == []


# ----- undated stories: a country that exists today is that country (row 29) -----------

def test_an_undated_story_codes_countries_with_only_dated_codes(coder):
    rows = """
        Kuwait Kuwait PROPN 2 nsubj
        accused accuse VERB 0 root
        Uzbekistan Uzbekistan PROPN 2 obj
        . . PUNCT 2 punct
    """
    # Both countries' codes are dated (Kuwait's occupation, Uzbekistan's independence).
    assert triples(coder, rows, date=None) == [("KWT", "112", "UZB")]
    assert triples(coder, rows, date="1985-01-01") != [("KWT", "112", "UZB")]


def test_an_undated_story_codes_a_person_by_what_all_their_codes_share():
    from eventcoder.dictionaries.schema import ActorEntry, DatedCode
    # No one can say which office an undated story means; the country is certain.
    person = ActorEntry("P", ("Arwen Evenstar",), (DatedCode("RIVMIL", dt.date(1990, 1, 1), dt.date(2000, 12, 31)),
                                                  DatedCode("RIVGOV", dt.date(2001, 1, 1))))
    official = ActorEntry("O", ("Elrond",), (DatedCode("RIVGOV", dt.date(2001, 1, 1)),))
    envoy = ActorEntry("E", ("Gandalf",), (DatedCode("IGOUNO", dt.date(2001, 1, 1), dt.date(2005, 1, 1)),
                                          DatedCode("IGOWST", dt.date(2006, 1, 1))))
    country = ActorEntry("C", ("Arnor",), (DatedCode("ARN", None, dt.date(1990, 8, 1)),
                                            DatedCode("ARNOCC", dt.date(1990, 8, 2), dt.date(1991, 2, 5)),
                                            DatedCode("ARN", dt.date(1991, 2, 6))))
    assert person.code_on(None) == "RIV" and person.code_on(dt.date(2002, 1, 1)) == "RIVGOV"
    assert official.code_on(None) == "RIVGOV"
    assert envoy.code_on(None) is None  # they share only "an IGO"
    assert country.code_on(None) == "ARN" and country.code_on(dt.date(1991, 1, 1)) == "ARNOCC"


# ----- "The EU" is also "EU" (row 30) ---------------------------------------------------

def test_an_abbreviation_listed_with_the_article_matches_without_it(coder):
    rows = """
        EU EU PROPN 2 nsubj
        condemned condemn VERB 0 root
        Iran Iran PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("IGOEUREEC", "111", "IRN")]


def test_the_pronoun_us_is_not_the_united_states(coder):
    rows = """
        Iran Iran PROPN 2 nsubj
        condemned condemn VERB 0 root
        us we PRON 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == []


def test_letting_prisoners_free_releases_them(coder):
    rows = """
        Egypt Egypt PROPN 2 nsubj
        let let VERB 0 root
        free free ADJ 5 amod
        Libyan Libyan ADJ 5 amod
        prisoners prisoner NOUN 2 obj
        . . PUNCT 2 punct
    """
    # prisoners are civilians (row 100)
    assert triples(coder, rows) == [("EGY", "0841", "LBYCVL")]


# ----- denials (row 33) ---------------------------------------------------------------

@pytest.mark.parametrize("governor, lemma, coded", [("denied", "deny", False), ("said", "say", True)])
def test_a_denied_complement_is_no_event(coder, governor, lemma, coded):
    rows = f"""
        Russia Russia PROPN 2 nsubj
        {governor} {lemma} VERB 0 root
        that that SCONJ 6 mark
        it it PRON 6 nsubj
        had have AUX 6 aux
        attacked attack VERB 2 ccomp
        Ukraine Ukraine PROPN 6 obj
        . . PUNCT 2 punct
    """
    assert (("RUS", "190", "UKR") in triples(coder, rows)) is coded


# ----- a role adjective describing a thing names no one (row 34) ------------------------

@pytest.mark.parametrize("adjective, expected", [
    ("military", [("EGY", "1622", "LBY")]),  # "military aid to Libya": the recipient is the target
])
def test_a_role_adjective_on_the_object_is_not_the_target(coder, adjective, expected):
    rows = f"""
        Egypt Egypt PROPN 2 nsubj
        suspended suspend VERB 0 root
        {adjective} {adjective} ADJ 4 amod
        aid aid NOUN 2 obj
        to to ADP 6 case
        Libya Libya PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


def test_a_role_noun_object_is_still_the_target(coder):
    rows = """
        Egypt Egypt PROPN 2 nsubj
        attacked attack VERB 0 root
        Libyan Libyan ADJ 4 amod
        troops troops NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("EGY", "190", "LBYMIL")]


# ----- plural role nouns left as their own lemma; people sent to a country (row 35) -----

def test_sending_people_of_no_named_country_targets_where_they_go(coder):
    rows = """
        Egypt Egypt PROPN 2 nsubj
        sent send VERB 0 root
        troops troops NOUN 2 obj
        to to ADP 5 case
        Libya Libya PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert [t for t in triples(coder, rows) if t[2] != "---MIL"] and all(t[2] == "LBY" for t in triples(coder, rows))


def test_offering_to_send_troops_targets_where_they_go(coder):
    rows = """
        Egypt Egypt PROPN 2 nsubj
        offered offer VERB 0 root
        to to PART 4 mark
        send send VERB 2 xcomp
        troops troops NOUN 4 obj
        to to ADP 7 case
        Libya Libya PROPN 4 obl
        . . PUNCT 2 punct
    """
    assert ("EGY", "LBY") in {(s, t) for s, _, t in triples(coder, rows)}


def test_considering_sending_aid_is_considering_a_policy_option(coder):
    rows = """
        Egypt Egypt PROPN 3 nsubj
        is be AUX 3 aux
        considering consider VERB 0 root
        sending send VERB 3 xcomp
        aid aid NOUN 4 obj
        to to ADP 7 case
        Libya Libya PROPN 4 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("EGY", "014", "LBY")]  # was 1311, a threat to cut aid


# ----- a date is no prepositional object (row 37) -------------------------------------

@pytest.mark.parametrize("word, lemma, code", [("Wednesday", "Wednesday", "041"), ("Iran", "Iran", "020")])
def test_a_bare_preposition_pattern_does_not_match_a_date(coder, word, lemma, code):
    rows = f"""
        Egypt Egypt PROPN 2 nsubj
        called call VERB 0 root
        Libya Libya PROPN 2 obj
        on on ADP 5 case
        {word} {lemma} PROPN 2 obl
        . . PUNCT 2 punct
    """
    # "called Libya on Wednesday" is a telephone call (041), "called Libya on Iran" an
    # appeal (the block's "* (on)" pattern, 020).
    assert ("EGY", code, "LBY") in triples(coder, rows)


# ----- among equally specific patterns, the word as written wins (row 38) --------------

@pytest.mark.parametrize("noun, lemma, code", [("attacks", "attack", "190"), ("attack", "attack", "138")])
def test_equally_specific_patterns_prefer_the_word_as_written(coder, noun, lemma, code):
    rows = f"""
        Egypt Egypt PROPN 2 nsubj
        stepped step VERB 0 root
        up up ADP 2 compound:prt
        {noun} {lemma} NOUN 2 obj
        on on ADP 6 case
        Libya Libya PROPN 4 nmod
        . . PUNCT 2 punct
    """
    # The converted BOOST block has "* attack" 138 and, written later, "* attacks" 190;
    # matched by lemma, "attacks" met both and the first written won.
    assert ("EGY", code, "LBY") in triples(coder, rows)


# ----- what must be done is demanded, not done (row 40) --------------------------------

SAID_MUST = """
    Turkey Turkey PROPN 2 nsubj
    said say VERB 0 root
    Iran Iran PROPN 5 nsubj
    {aux}
    {verb} {lemma} VERB 2 ccomp
    its its PRON 7 nmod:poss
    attacks attack NOUN 5 obj
    on on ADP 9 case
    Syria Syria PROPN 7 nmod
    . . PUNCT 2 punct
"""


def _said(aux: str, verb: str, lemma: str) -> str:
    rows = SAID_MUST.format(aux=f"{aux} {aux} AUX 5 aux" if aux else "", verb=verb, lemma=lemma)
    if not aux:  # one token fewer: renumber the heads written for five tokens before the verb
        rows = rows.replace(" 5 ", " 4 ").replace(" 7 ", " 6 ").replace(" 9 ", " 8 ")
    return "\n".join(line for line in rows.split("\n") if line.strip() or not line)


def test_a_statement_that_another_actor_must_act_is_a_demand(coder):
    events = triples(coder, _said("must", "end", "end"))
    assert ("TUR", "100", "IRN") in events
    assert not [e for e in events if e[0] == "IRN"]  # Iran has ended nothing


def test_a_statement_that_another_actor_acted_is_that_event(coder):
    events = triples(coder, _said("", "ended", "end"))
    assert [e for e in events if e[0] == "IRN"] and ("TUR", "100", "IRN") not in events


# ----- counted people and the country of people acted on at home (row 42) ---------------

def _detained(subject: str, lemma: str, quantity: list[str]) -> str:
    """ "Kenyan <subject> detained <quantity> of protesters ." with the quantity's rows."""
    n = len(quantity)
    head = 3 + n  # the quantity's head word: its last row
    rows = [f"Kenyan Kenyan ADJ 2 amod", f"{subject} {lemma} NOUN 3 nsubj", "detained detain VERB 0 root"]
    for i, row in enumerate(quantity):
        rows.append(row.format(head=head, verb=3) if i == n - 1 else row.format(head=head))
    rows += [f"of of ADP {head + 2} case", f"protesters protester NOUN {head} nmod", ". . PUNCT 3 punct"]
    return "\n".join(rows)


@pytest.mark.parametrize("quantity", [
    ["dozens dozen NOUN {verb} obj"],
    ["hundreds hundred NOUN {verb} obj"],
    ["a a DET {head} det", "number number NOUN {verb} obj"],
    ["two two NUM {verb} obj"],
])
def test_a_count_of_people_is_those_people(coder, quantity):
    (event,) = triples(coder, _detained("police", "police", quantity))
    assert event[0] == "KENCOP" and event[1][:2] == "17" and event[2] == "KENOPP"


def test_people_acted_on_by_armed_forces_keep_no_country(coder):
    # Armies act abroad as often as at home: their unnamed targets are not theirs.
    (event,) = triples(coder, _detained("troops", "troop", ["dozens dozen NOUN {verb} obj"]))
    assert event[0] == "KENMIL" and event[2] == "---OPP"


def test_a_count_of_things_names_no_one(coder):
    rows = """
        Kenyan Kenyan ADJ 2 amod
        police police NOUN 3 nsubj
        seized seize VERB 0 root
        dozens dozen NOUN 3 obj
        of of ADP 6 case
        rifles rifle NOUN 4 nmod
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == []


# ----- intending, threatening or refusing to act (row 43) --------------------------------

WILLING = """
    Canada Canada PROPN 3 nsubj
    is be AUX 3 cop
    willing willing ADJ 0 root
    to to PART 5 mark
    provide provide VERB 3 xcomp
    aid aid NOUN 5 obj
    to to ADP 8 case
    Ukraine Ukraine PROPN 5 obl
    . . PUNCT 3 punct
"""


def test_willing_to_give_aid_is_the_intent_to_give_it(coder):
    assert triples(coder, WILLING) == [("CAN", "033", "UKR")]


def test_not_willing_to_give_aid_refuses_it(coder):
    rows = """
        Canada Canada PROPN 4 nsubj
        is be AUX 4 cop
        not not PART 4 advmod
        willing willing ADJ 0 root
        to to PART 6 mark
        provide provide VERB 4 xcomp
        aid aid NOUN 6 obj
        to to ADP 9 case
        Ukraine Ukraine PROPN 6 obl
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("CAN", "122", "UKR")]


def test_threatening_to_invade_is_a_threat_of_force(coder):
    rows = """
        Russia Russia PROPN 2 nsubj
        threatened threaten VERB 0 root
        to to PART 4 mark
        invade invade VERB 2 xcomp
        Ukraine Ukraine PROPN 4 obj
        . . PUNCT 2 punct
    """
    (event,) = triples(coder, rows)
    assert event[0] == "RUS" and event[2] == "UKR" and event[1].startswith("138")


def test_refusing_to_lift_sanctions_is_a_refusal_to_ease_them(coder):
    rows = """
        Canada Canada PROPN 2 nsubj
        refused refuse VERB 0 root
        to to PART 4 mark
        lift lift VERB 2 xcomp
        sanctions sanction NOUN 4 obj
        on on ADP 7 case
        Iran Iran PROPN 5 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CAN", "1244", "IRN")]


def test_a_negated_complement_is_not_chained(coder):
    # Not an attack (19x) nor the threat of one made from it (1384); the vow's own pattern
    # ("* attack" -> 138) is the dictionary's reading and is left alone.
    rows = """
        China China PROPN 2 nsubj
        vowed vow VERB 0 root
        not not PART 5 advmod
        to to PART 5 mark
        attack attack VERB 2 xcomp
        Taiwan Taiwan PROPN 5 obj
        . . PUNCT 2 punct
    """
    assert not [e for e in triples(coder, rows) if e[1][:2] == "19" or e[1] == "1384"]


def test_every_chained_code_is_a_cameo_code_of_its_root():
    from eventcoder.match import intents

    ontology = load_dictionaries().ontology
    tables = (("03", intents.INTENT), ("13", intents.THREAT), ("12", intents.REFUSAL), ("10", intents.DEMAND))
    for root, table in tables:
        for action, code in table.items():
            assert code[:2] == root and ontology.get(code) is not None, (action, code)
            assert action[:2] not in ("03", "10", "12", "13"), action  # an action, not a stance


# ----- unnamed people are civilians (row 46) ---------------------------------------------

@pytest.mark.parametrize("form,lemma", [("people", "people"), ("persons", "person"), ("men", "man"), ("a man", "man")])
def test_unnamed_people_are_civilians(coder, form, lemma):
    words = form.split()
    rows = ["Syrian Syrian ADJ 2 amod", "troops troop NOUN 3 nsubj", "killed kill VERB 0 root"]
    head = 3 + len(words)
    if len(words) == 2:
        rows.append(f"{words[0]} {words[0]} DET {head} det")
    rows += [f"{words[-1]} {lemma} NOUN 3 obj", ". . PUNCT 3 punct"]
    (event,) = triples(coder, "\n".join(rows))
    assert event[0] == "SYRMIL" and event[2].endswith("CVL")


# ----- verb senses news uses most (row 47) ----------------------------------------------

@pytest.mark.parametrize("verb,lemma,obj,obj_lemma,code", [
    ("sued", "sue", "ministers", "minister", "115"),  # a lawsuit, not an arrest (173)
    ("defended", "defend", "policies", "policy", "052"),  # verbally, not militarily (074)
    ("removed", "remove", "sanctions", "sanction", "085"),  # eased, not expelled (174)
    ("eased", "ease", "restrictions", "restriction", "081"),
    ("expelled", "expel", "diplomats", "diplomat", "161"),  # relations reduced, as "diplomat"
    ("summoned", "summon", "ambassador", "ambassador", "114"),  # to protest, not to consult (040)
    ("withdrew", "withdraw", "peacekeepers", "peacekeeper", "1661"),  # not troops (0874)
    ("expelled", "expel", "peacekeepers", "peacekeeper", "1661"),  # not a deportation (174)
    ("accepted", "accept", "refugees", "refugee", "075"),  # asylum, not a promise of aid (0333)
    ("accepted", "accept", "demands", "demand", "080"),  # yielding (row 62); was no event
])
def test_news_senses_of_verbs(coder, verb, lemma, obj, obj_lemma, code):
    rows = f"""
        Kenya Kenya PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        Uganda Uganda PROPN 4 nmod:poss
        {obj} {obj_lemma} NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert [e[1] for e in triples(coder, rows)] == [code]


# ----- a hyphenated pattern word matches the pieces the parser splits it into (row 48) ---

@pytest.mark.parametrize("split", [False, True])
def test_a_hyphenated_pattern_word_matches_its_split_pieces(coder, split):
    noun = ("cease cease NOUN 6 compound\n- - PUNCT 4 punct\nfire fire NOUN 2 obj" if split
            else "cease-fire cease-fire NOUN 2 obj")
    rows = f"""
        Hezbollah Hezbollah PROPN 2 nsubj
        announced announce VERB 0 root
        a a DET {6 if split else 4} det
        {noun}
        with with ADP {8 if split else 6} case
        Israel Israel PROPN {6 if split else 4} nmod
        . . PUNCT 2 punct
    """
    rows = "\n".join(line.strip() for line in rows.strip().split("\n"))
    # the statement's "* &CEASEFIRE" pattern (0871), not a plain statement (010)
    assert [e[1] for e in triples(coder, rows)] == ["0871"]


def test_opening_borders_to_people_grants_asylum(coder):
    rows = """
        Kenya Kenya PROPN 2 nsubj
        opened open VERB 0 root
        its its PRON 4 nmod:poss
        borders border NOUN 2 obj
        to to ADP 7 case
        Somali Somali ADJ 7 amod
        refugees refugee NOUN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("KEN", "075", "SOMREF")]


def test_expelling_aid_workers_expels_aid_agencies(coder):
    rows = """
        Sudan Sudan PROPN 2 nsubj
        expelled expel VERB 0 root
        UN UN PROPN 5 compound
        aid aid NOUN 5 compound
        workers worker NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert [e[1] for e in triples(coder, rows)] == ["1663"]


# ----- announcing an undoing is the undoing (row 51) -------------------------------------

ANNOUNCED_AID = """
    Canada Canada PROPN 2 nsubj
    announced announce VERB 0 root
    {object}
    aid aid NOUN {aid_head} {aid_rel}
    to to ADP {to_head} case
    Mali Mali PROPN {mali_head} nmod
    . . PUNCT 2 punct
"""


def test_announcing_a_suspension_of_aid_suspends_it(coder):
    rows = ANNOUNCED_AID.format(object="a a DET 4 det\nsuspension suspension NOUN 2 obj\nof of ADP 6 case",
                                aid_head=4, aid_rel="nmod", to_head=8, mali_head=6)
    assert triples(coder, "\n".join(l.strip() for l in rows.strip().split("\n"))) == [("CAN", "162", "MLI")]


def test_announcing_aid_without_an_undoing_keeps_the_statements_pattern(coder):
    # No noun of undoing: the statement's own "* aid" decides, aid given since row 210 (a
    # promise of aid, 03, before it).
    rows = ANNOUNCED_AID.format(object="new new ADJ 4 amod", aid_head=2, aid_rel="obj", to_head=6, mali_head=4)
    assert [e[1][:2] for e in triples(coder, "\n".join(l.strip() for l in rows.strip().split("\n")))] == ["07"]


def test_an_end_to_attacks_is_a_ceasefire(coder):
    # "* attacks" (0871), the head of the phrase, over "* &WEAPON" (087), its modifier (row 252)
    rows = """
        Hamas Hamas PROPN 2 nsubj
        announced announce VERB 0 root
        an a DET 4 det
        end end NOUN 2 obj
        to to ADP 7 case
        rocket rocket NOUN 7 compound
        attacks attack NOUN 4 nmod
        on on ADP 9 case
        Israel Israel PROPN 7 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2005-09-26") == [("PSEREBHMS", "0871", "ISR")]


def test_an_end_to_attacks_is_undone_even_as_a_clause(coder):
    # The parser made "to rocket" an infinitive: the whole phrase under "end" is undone, an
    # easing (08). With "rocket" a verb over "attacks", nearness picks "* &WEAPON" (087,
    # row 252), where the noun phrase above gives the ceasefire's 0871.
    rows = """
        Hamas Hamas PROPN 2 nsubj
        announced announce VERB 0 root
        an a DET 4 det
        end end NOUN 2 obj
        to to PART 6 mark
        rocket rocket VERB 4 acl
        attacks attack NOUN 6 obj
        on on ADP 9 case
        Israel Israel PROPN 6 obl
        . . PUNCT 2 punct
    """
    assert [(s, c[:2], t) for s, c, t in triples(coder, rows, date="2005-09-26")] == [("PSEREBHMS", "08", "ISR")]


# ----- a name hung on its title, and the more specific name of one country (row 52) -----

@pytest.mark.parametrize("rel", ["nmod", "flat"])
def test_a_name_after_a_title_is_the_person(coder, rel):
    # The compact parser hangs "Hassan Rouhani" on "counterpart" as nmod with no preposition.
    rows = f"""
        Erdogan Erdogan PROPN 2 nsubj
        called call VERB 0 root
        his his PRON 5 nmod:poss
        Iranian Iranian ADJ 5 amod
        counterpart counterpart NOUN 2 obj
        Hassan Hassan PROPN 5 {rel}
        Rouhani Rouhani PROPN 6 flat
        . . PUNCT 2 punct
    """
    events = [e for e in triples(coder, rows, date="2020-02-28") if e[0] == "TURGOV"]
    assert events and all(e[2] == "IRNGOV" for e in events), events


def test_a_name_with_a_preposition_is_not_part_of_the_title(coder):
    rows = """
        Erdogan Erdogan PROPN 2 nsubj
        called call VERB 0 root
        the the DET 5 det
        Iranian Iranian ADJ 5 amod
        ambassador ambassador NOUN 2 obj
        in in ADP 7 case
        Ankara Ankara PROPN 5 nmod
        . . PUNCT 2 punct
    """
    events = [e for e in triples(coder, rows, date="2020-02-28") if e[0] == "TURGOV"]
    assert events and all(e[2] == "IRNGOV" for e in events), events  # not TUR, of Ankara


# ----- adjectives of outlook, and the "it" parsed as an expletive (rows 53-54) ----------

@pytest.mark.parametrize("adjective,code", [("skeptical", "012"), ("pessimistic", "012"), ("optimistic", "013")])
@pytest.mark.parametrize("it_rel", ["nsubj", "expl"])
def test_an_outlook_adjective_is_a_comment_on_its_object(coder, adjective, code, it_rel):
    rows = f"""
        Canada Canada PROPN 2 nsubj
        said say VERB 0 root
        it it PRON 5 {it_rel}
        is be AUX 5 cop
        {adjective} {adjective} ADJ 2 ccomp
        about about ADP 8 case
        Iranian Iranian ADJ 8 amod
        motives motive NOUN 5 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CAN", code, "IRN")]


def test_an_expletive_before_a_clause_is_no_subject(coder):
    # "it is doubtful that ...": the "it" stands for the clause, not for Canada.
    rows = """
        Canada Canada PROPN 2 nsubj
        said say VERB 0 root
        it it PRON 5 expl
        is be AUX 5 cop
        doubtful doubtful ADJ 2 ccomp
        that that SCONJ 8 mark
        Iran Iran PROPN 8 nsubj
        lied lie VERB 5 ccomp
        . . PUNCT 2 punct
    """
    assert not [e for e in triples(coder, rows) if e[1] == "012"]


# ----- the means and the deed one is guilty of share the subject (row 55) ----------------

@pytest.mark.parametrize("governor,mark", [
    ("violated violate VERB 0 root\nthe the DET 4 det\nceasefire ceasefire NOUN 2 obj", "by"),
    ("guilty guilty ADJ 0 root", "of"),
])
def test_a_means_or_a_culpable_deed_is_done_by_the_subject(coder, governor, mark):
    lines = governor.split("\n")
    n = 1 + len(lines)  # rows before the participle
    rows = [f"Pakistan Pakistan PROPN 2 nsubj", *lines,
            f"{mark} {mark} SCONJ {n + 2} mark", "shelling shell VERB 2 advcl VerbForm=Ger",
            f"Indian Indian ADJ {n + 4} amod", f"positions position NOUN {n + 2} obj", ". . PUNCT 2 punct"]
    events = triples(coder, "\n".join(rows))
    assert [e for e in events if e[0] == "PAK" and e[2] == "IND" and e[1][:2] == "19"], events


def test_a_clause_after_a_conjunction_stays_without_a_source(coder):
    rows = """
        Pakistan Pakistan PROPN 2 nsubj
        left leave VERB 0 root
        after after SCONJ 4 mark
        shelling shell VERB 2 advcl VerbForm=Ger
        Indian Indian ADJ 6 amod
        positions position NOUN 4 obj
        . . PUNCT 2 punct
    """
    assert not [e for e in triples(coder, rows) if e[1][:2] == "19"]


def test_a_name_after_a_title_inside_an_object_is_the_person(coder):
    # The actor is found inside the light verb's object: the whole phrase decides.
    rows = """
        Erdogan Erdogan PROPN 2 nsubj
        had have VERB 0 root
        a a DET 5 det
        telephone telephone NOUN 5 compound
        conversation conversation NOUN 2 obj
        with with ADP 10 case
        his his PRON 10 nmod:poss
        Iranian Iranian ADJ 10 amod
        counterpart counterpart NOUN 10 compound
        Rouhani Rouhani PROPN 5 nmod
        . . PUNCT 2 punct
    """
    rows_nmod = """
        Erdogan Erdogan PROPN 2 nsubj
        had have VERB 0 root
        a a DET 5 det
        telephone telephone NOUN 5 compound
        conversation conversation NOUN 2 obj
        with with ADP 9 case
        his his PRON 9 nmod:poss
        Iranian Iranian ADJ 9 amod
        counterpart counterpart NOUN 5 nmod
        Hassan Hassan PROPN 9 nmod
        Rouhani Rouhani PROPN 10 flat
        . . PUNCT 2 punct
    """
    for sentence in (rows, rows_nmod):
        events = [e for e in triples(coder, sentence, date="2020-02-28") if e[0] == "TURGOV"]
        assert events and all(e[2] == "IRNGOV" for e in events), events


# ----- a compound subject consults each other, not the place they talk about (row 57) -----

def test_a_compound_subject_consults_each_other_not_the_place_discussed(coder):
    rows = """
        Erdogan Erdogan PROPN 3 nsubj
        and and CCONJ 3 cc
        Rouhani Rouhani PROPN 1 conj
        discussed discuss VERB 0 root
        the the DET 6 det
        situation situation NOUN 4 obj
        in in ADP 8 case
        Idlib Idlib PROPN 6 nmod
        . . PUNCT 4 punct
    """.replace("PROPN 3 nsubj", "PROPN 4 nsubj")
    events = triples(coder, rows, date="2020-02-28")
    assert events and {(e[0], e[2]) for e in events} == {("TURGOV", "IRNGOV"), ("IRNGOV", "TURGOV")}, events


def test_a_single_subject_keeps_the_place_as_target(coder):
    rows = """
        Erdogan Erdogan PROPN 2 nsubj
        discussed discuss VERB 0 root
        the the DET 4 det
        situation situation NOUN 2 obj
        in in ADP 6 case
        Idlib Idlib PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert [e[2] for e in triples(coder, rows, date="2020-02-28") if e[0] == "TURGOV"] == ["SYR"]


# ----- a compound subject does together only what two sides can share (row 59) -----------

@pytest.mark.parametrize("obj,lemma,together", [("trading", "trading", False), ("partnership", "partnership", True)])
def test_a_compound_subject_acts_together_only_on_a_shared_thing(coder, obj, lemma, together):
    rows = f"""
        Malaysia Malaysia PROPN 4 nsubj
        and and CCONJ 3 cc
        Singapore Singapore PROPN 1 conj
        promote promote VERB 0 root
        a a DET 6 det
        {obj} {lemma} NOUN 4 obj
        . . PUNCT 4 punct
    """
    pairs = {(e[0], e[2]) for e in triples(coder, rows)}
    assert (("MYS", "SGP") in pairs and ("SGP", "MYS") in pairs) == together, pairs


def test_a_compound_subject_that_agreed_to_act_still_agreed_with_each_other(coder):
    rows = """
        Malaysia Malaysia PROPN 4 nsubj
        and and CCONJ 3 cc
        Singapore Singapore PROPN 1 conj
        agreed agree VERB 0 root
        to to PART 6 mark
        share share VERB 4 xcomp
        information information NOUN 6 obj
        . . PUNCT 4 punct
    """
    pairs = {(e[0], e[2]) for e in triples(coder, rows)}
    assert ("MYS", "SGP") in pairs and ("SGP", "MYS") in pairs, pairs


# ----- reducing aid is CAMEO 162, like suspending it (row 60) ---------------------------

@pytest.mark.parametrize("verb, lemma, kind, code", [
    ("reduced", "reduce", "military", "1622"),
    ("reduced", "reduce", "humanitarian", "1623"),
    ("slashed", "slash", "economic", "1621"),
    ("slashed", "slash", "military", "1622"),
    ("suspended", "suspend", "military", "1622"),  # the list they now share with CANCEL
])
def test_reducing_or_cutting_aid_reduces_relations(coder, verb, lemma, kind, code):
    rows = f"""
        Japan Japan PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        {kind} {kind} ADJ 4 amod
        aid aid NOUN 2 obj
        to to ADP 6 case
        Chile Chile PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("JPN", code, "CHL")]


def test_reducing_what_is_not_aid_is_still_no_event(coder):
    rows = """
        Japan Japan PROPN 2 nsubj
        reduced reduce VERB 0 root
        its its PRON 4 nmod:poss
        emissions emission NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == []


# ----- a state's measures at home are imposed on its own people (row 61) -----------------

@pytest.mark.parametrize("modifier, subject, upos, expected", [
    ("the the DET 2 det", "Chile", "PROPN", [("CHL", "1723", "CHLCVL")]),
    ("Chilean Chilean ADJ 2 amod", "police", "NOUN", [("CHLCOP", "1723", "CHLCVL")]),
    ("the the DET 2 det", "UN", "PROPN", []),  # an organisation
    ("Chilean Chilean ADJ 2 amod", "troops", "NOUN", []),  # armed forces act abroad as often
])
def test_a_curfew_with_no_one_named_is_imposed_on_the_country_s_people(coder, modifier, subject, upos, expected):
    rows = f"""
        {modifier}
        {subject} {subject} {upos} 3 nsubj
        imposed impose VERB 0 root
        a a DET 5 det
        curfew curfew NOUN 3 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


def test_a_named_target_of_a_domestic_measure_is_kept(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        eased ease VERB 0 root
        restrictions restriction NOUN 2 obj
        on on ADP 5 case
        Peru Peru PROPN 3 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "081", "PER")]


def test_other_events_with_no_target_still_code_nothing(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        attacked attack VERB 0 root
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == []


def test_the_inferred_people_say_where_they_came_from(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        imposed impose VERB 0 root
        a a DET 4 det
        curfew curfew NOUN 2 obj
        . . PUNCT 2 punct
    """
    (event,) = coder.code_conllu(conllu(rows), date="2020-03-01", story_id="t")
    target = event.provenance.target
    assert (target.code, target.span.token_ids, target.entry) == ("CHLCVL", (), "")
    assert any("people of the source's country" in note for note in event.provenance.notes)


# ----- whom aid is for, and what kind it is (row 63) --------------------------------------

def test_aid_is_for_the_place_its_purpose_clause_names(coder):
    rows = """
        Japan Japan PROPN 2 nsubj
        gave give VERB 0 root
        ten ten NUM 4 compound
        million million NUM 5 nummod
        yen yen NOUN 2 obj
        to to PART 7 mark
        promote promote VERB 2 advcl
        trade trade NOUN 7 obj
        in in ADP 10 case
        Chile Chile PROPN 8 nmod
        . . PUNCT 2 punct
    """
    # "promote" codes an event of its own (with no subject), so the last resort, which
    # reads only clauses that code nothing, does not look there.
    assert triples(coder, rows) == [("JPN", "071", "CHL")]


def test_emergency_aid_earmarked_to_help_a_country_is_humanitarian(coder):
    rows = """
        Japan Japan PROPN 3 nsubj
        has have AUX 3 aux
        earmarked earmark VERB 0 root
        ten ten NUM 5 compound
        million million NUM 6 nummod
        euros euro NOUN 3 obj
        in in ADP 9 case
        emergency emergency NOUN 9 compound
        aid aid NOUN 6 nmod
        to to PART 11 mark
        help help VERB 3 advcl
        Chile Chile PROPN 11 obj
        . . PUNCT 3 punct
    """
    # "* million" alone would make it economic (071); the two-word kind outranks it.
    assert triples(coder, rows) == [("JPN", "073", "CHL")]


def test_armed_men_a_purpose_clause_names_are_not_the_ones_aided(coder):
    rows = """
        Japan Japan PROPN 2 nsubj
        gave give VERB 0 root
        weapons weapon NOUN 2 obj
        to to PART 5 mark
        fight fight VERB 2 advcl
        the the DET 7 det
        Taliban Taliban PROPN 5 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == []


@pytest.mark.parametrize("modifier, thing, code", [
    ("", "medicine medicine", "073"),
    ("relief relief NOUN 4 compound", "supplies supply", "073"),
    ("military military ADJ 4 amod", "aid aid", "072"),
    ("economic economic ADJ 4 amod", "assistance assistance", "071"),
])
def test_what_is_given_says_the_kind_of_aid(coder, modifier, thing, code):
    rows = f"""
        Japan Japan PROPN 2 nsubj
        provided provide VERB 0 root
        {modifier or "more more ADJ 4 amod"}
        {thing} NOUN 2 obj
        to to ADP 6 case
        Chile Chile PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("JPN", code, "CHL")]


# ----- a known name in apposition says who a description means (row 64) -----------------

@pytest.mark.parametrize("description, expected", [
    # "the Palestinian militant organisation Hamas": PSE + militant (UAF) without the name
    ("""the the DET 4 det
        Palestinian Palestinian ADJ 4 amod
        militant militant ADJ 4 amod
        organisation organisation NOUN 6 nsubj
        Hamas Hamas PROPN 4 appos""", "PSEREBHMS"),
    # "the rebel group Boko Haram": ---REB without the name
    ("""the the DET 3 det
        rebel rebel NOUN 3 compound
        group group NOUN 6 nsubj
        Boko Boko PROPN 3 appos
        Haram Haram PROPN 4 flat""", "NGAREB"),
])
def test_a_name_in_apposition_says_who_the_description_means(coder, description, expected):
    rows = f"""
        {description}
        attacked attack VERB 0 root
        Chad Chad PROPN 6 obj
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == [(expected, "190", "TCD")]


@pytest.mark.parametrize("date, by_name", [
    ("2019-06-01", True),  # his dated office: the name says it
    (None, False),  # no date: his undated code (FRAELI) is a guess; the title says GOV
])
def test_a_person_named_in_apposition_keeps_the_title_s_office_without_a_date(coder, date, by_name):
    rows = """
        French French ADJ 3 amod
        Prime Prime ADJ 3 amod
        Minister Minister NOUN 6 nsubj
        Edouard Edouard PROPN 3 appos
        Philippe Philippe PROPN 4 flat
        criticized criticize VERB 0 root
        Chad Chad PROPN 6 obj
        . . PUNCT 6 punct
    """
    (event,) = coder.code_conllu(conllu(rows), date=date, story_id="t")
    assert event.triple[0] == "FRAGOV"
    assert ("Philippe" in event.provenance.source.span.text) == by_name


# ----- what the subject will not do is a refusal (row 65) --------------------------------

@pytest.mark.parametrize("aux, expected", [
    ("will will", [("JPN", "1243", "CHLCVL")]),  # refuses to release persons (civilians: row 100)
    ("would would", [("JPN", "1243", "CHLCVL")]),
    ("did do", []),  # a negated past act is no event (no negated counterpart of 0841)
])
def test_will_not_release_is_a_refusal(coder, aux, expected):
    rows = f"""
        Japan Japan PROPN 4 nsubj
        {aux} AUX 4 aux
        not not PART 4 advmod
        release release VERB 0 root
        the the DET 7 det
        Chilean Chilean ADJ 7 amod
        prisoners prisoner NOUN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == expected


def test_will_not_attack_is_still_no_event(coder):
    # Fighting has no refusal counterpart in CAMEO: the negation codes nothing.
    rows = """
        Japan Japan PROPN 4 nsubj
        will will AUX 4 aux
        not not PART 4 advmod
        attack attack VERB 0 root
        Chile Chile PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == []


# ----- the other party of a complement the governing verb speaks for (row 66) ------------

@pytest.mark.parametrize("prep, expected", [
    # "is considering giving money to farmers": people of no named country, as the last
    # resort (which looks for names) never finds them; the government's own (row 42).
    ("to", [("JPNGOV", "014", "JPNAGR")]),
    # not a preposition of the other party: no one named, the option is the government's
    # own (row 94)
    ("among", [("JPNGOV", "014", "JPNGOV")]),
])
def test_a_complement_s_party_is_the_target_of_the_verb_that_speaks_for_it(coder, prep, expected):
    rows = f"""
        the the DET 3 det
        Japanese Japanese ADJ 3 amod
        government government NOUN 5 nsubj
        is be AUX 5 aux
        considering consider VERB 0 root
        giving give VERB 5 xcomp
        money money NOUN 6 obj
        {prep} {prep} ADP 9 case
        farmers farmer NOUN 6 obl
        . . PUNCT 5 punct
    """
    assert triples(coder, rows) == expected


# ----- a passive verb's patterns read its subject, what is done (row 67) -----------------

def test_a_passive_subject_matches_the_pattern_as_an_object_does(coder):
    rows = """
        sanctions sanction NOUN 3 nsubj:pass
        were be AUX 3 aux:pass
        lifted lift VERB 0 root
        by by ADP 5 case
        Japan Japan PROPN 3 obl
        on on ADP 7 case
        Chile Chile PROPN 3 obl
        . . PUNCT 3 punct
    """
    # "lift" codes nothing of its own (---); "* sanction" makes it 085, as "Japan lifted
    # sanctions on Chile" is.
    assert triples(coder, rows) == [("JPN", "085", "CHL")]


def test_a_role_adjective_of_a_passive_subject_leaves_the_target_to_its_recipient(coder):
    rows = """
        military military ADJ 2 amod
        aid aid NOUN 6 nsubj:pass
        to to ADP 4 case
        Chile Chile PROPN 2 nmod
        was be AUX 6 aux:pass
        suspended suspend VERB 0 root
        by by ADP 8 case
        Japan Japan PROPN 6 obl
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == [("JPN", "1622", "CHL")]


def test_a_passive_without_a_matching_subject_keeps_the_entry_code(coder):
    rows = """
        Chilean Chilean ADJ 2 amod
        troops troop NOUN 4 nsubj:pass
        were be AUX 4 aux:pass
        attacked attack VERB 0 root
        by by ADP 6 case
        Japan Japan PROPN 4 obl
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("JPN", "190", "CHLMIL")]


# ----- a decision is the act it decides (row 68) ----------------------------------------

def test_deciding_to_act_is_the_act(coder):
    rows = """
        Japan Japan PROPN 2 nsubj
        decided decide VERB 0 root
        to to PART 4 mark
        lift lift VERB 2 xcomp
        sanctions sanction NOUN 4 obj
        on on ADP 7 case
        Chile Chile PROPN 5 nmod
        . . PUNCT 2 punct
    """
    # Not the intent to ease sanctions (0354), as under "agreed to" or "vowed to".
    assert triples(coder, rows) == [("JPN", "085", "CHL")]


def test_deciding_on_a_proposal_keeps_the_block_s_pattern(coder):
    rows = """
        Japan Japan PROPN 2 nsubj
        decided decide VERB 0 root
        on on ADP 6 case
        Chile Chile PROPN 6 nmod:poss
        's 's PART 4 case
        proposal proposal NOUN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("JPN", "014", "CHL")]


# ----- supplies are aid; curbs and sanctions are eased (row 69) ---------------------------

@pytest.mark.parametrize("verb, lemma, modifier, thing, code", [
    ("suspended", "suspend", "food", "supplies", "1623"),
    ("suspended", "suspend", "fuel", "supplies", "162"),
    ("lifted", "lift", "travel", "curbs", "081"),
    ("eased", "ease", "economic", "sanctions", "085"),
    ("eased", "ease", "trade", "curbs", "081"),
])
def test_what_is_suspended_lifted_or_eased_says_the_code(coder, verb, lemma, modifier, thing, code):
    rows = f"""
        Japan Japan PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        {modifier} {modifier} NOUN 4 compound
        {thing} {thing.rstrip("s").replace("supplie", "supply")} NOUN 2 obj
        to to ADP 6 case
        Chile Chile PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("JPN", code, "CHL")]


# ----- a person no dictionary knows, whom a state arrests, is one of its people (row 70) --

@pytest.mark.parametrize("subject, verb, lemma, name_rel, expected", [
    ("police", "arrested", "arrest", "flat", [("CHLCOP", "173", "CHLCVL")]),
    ("police", "released", "release", "flat", [("CHLCOP", "084", "CHLCVL")]),
    ("police", "praised", "praise", "flat", []),  # not something done to a person held
    ("troops", "arrested", "arrest", "flat", []),  # armed forces act abroad as often
    ("police", "arrested", "arrest", "compound", []),  # a compound name: an organisation
])
def test_an_unknown_person_a_state_acts_on_is_one_of_its_people(coder, subject, verb, lemma, name_rel, expected):
    rows = f"""
        Chilean Chilean ADJ 2 amod
        {subject} {subject} NOUN 3 nsubj
        {verb} {lemma} VERB 0 root
        Marta Marta PROPN 3 obj
        Quispe Quispe PROPN 4 {name_rel}
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


def test_an_unknown_person_arrested_in_the_passive(coder):
    rows = """
        Marta Marta PROPN 4 nsubj:pass
        Quispe Quispe PROPN 1 flat
        was be AUX 4 aux:pass
        arrested arrest VERB 0 root
        by by ADP 7 case
        Chilean Chilean ADJ 7 amod
        police police NOUN 4 obl
        . . PUNCT 4 punct
    """
    (event,) = coder.code_conllu(conllu(rows), date="2020-03-01", story_id="t")
    assert event.triple == ("CHLCOP", "173", "CHLCVL")
    assert event.provenance.target.span.text == "Marta Quispe"


# ----- sending peacekeepers provides them (row 71) -----------------------------------------

def test_sending_troops_to_a_peacekeeping_mission_provides_peacekeeping(coder):
    rows = """
        Japan Japan PROPN 2 nsubj
        sent send VERB 0 root
        troops troop NOUN 2 obj
        to to ADP 7 case
        the the DET 7 det
        peacekeeping peacekeeping NOUN 7 compound
        mission mission NOUN 2 obl
        in in ADP 9 case
        Chile Chile PROPN 7 nmod
        . . PUNCT 2 punct
    """
    # "* mission" (036, a visit) is written as it is and would beat the synset "* &PKO".
    assert {code for _, code, _ in triples(coder, rows)} == {"074"}


def test_arriving_peacekeepers_provide_them_and_the_host_receives_them(coder):
    rows = """
        Japanese Japanese ADJ 2 amod
        peacekeepers peacekeeper NOUN 3 nsubj
        arrived arrive VERB 0 root
        in in ADP 5 case
        Chile Chile PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("CHL", "0861", "JPN"), ("JPN", "074", "CHL")]


# ----- of two equal patterns, the one nearer the verb (row 72) ----------------------------

@pytest.mark.parametrize("first, second, code", [
    ("request", "charge", "120"),  # "rejected Chile's request on a charge ...": the request
    ("charge", "request", "016"),  # "rejected Chile's charge on a request ...": the charge
])
def test_of_two_equal_patterns_the_one_nearer_the_verb_wins(coder, first, second, code):
    rows = f"""
        Japan Japan PROPN 2 nsubj
        rejected reject VERB 0 root
        Chile Chile PROPN 5 nmod:poss
        's 's PART 3 case
        {first} {first} NOUN 2 obj
        on on ADP 8 case
        a a DET 8 det
        {second} {second} NOUN 5 nmod
        . . PUNCT 2 punct
    """
    # REFUSE has "* charge" (016, written first) and "* request" (120): one word each.
    assert triples(coder, rows) == [("JPN", code, "CHL")]


# ----- what a speaker says its side will do is an intention or a threat (row 73) ---------

@pytest.mark.parametrize("verb, lemma, expected", [
    ("release", "release", [("CHL", "0353", "JPN")]),  # "said it will release": intent
    ("attack", "attack", [("CHL", "1384", "JPN")]),  # "said it will attack": a threat
])
def test_what_a_speaker_says_it_will_do_is_an_intent_or_a_threat(coder, verb, lemma, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        said say VERB 0 root
        it it PRON 5 nsubj
        will will AUX 5 aux
        {verb} {lemma} VERB 2 ccomp
        Japan Japan PROPN 5 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


def test_will_without_a_speaker_still_codes_the_act(coder):
    rows = """
        Chile Chile PROPN 3 nsubj
        will will AUX 3 aux
        release release VERB 0 root
        Japan Japan PROPN 3 obj
        . . PUNCT 3 punct
    """
    # A prediction or an announcement of the act: PETRARCH codes it as the act (news-dev
    # codes intentions of reported speech; this is not one).
    assert triples(coder, rows) == [("CHL", "084", "JPN")]


def test_what_a_speaker_says_another_will_do_stays_the_act(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        said say VERB 0 root
        Japan Japan PROPN 5 nsubj
        will will AUX 5 aux
        attack attack VERB 2 ccomp
        Peru Peru PROPN 5 obj
        . . PUNCT 2 punct
    """
    # Not Japan's threat: Chile reports (or predicts) what another will do.
    assert ("JPN", "190", "PER") in triples(coder, rows)


# ----- extending a measure imposes it longer (row 74) ---------------------------------------

@pytest.mark.parametrize("thing, lemma, expected", [
    ("curfew", "curfew", [("JPN", "1723", "JPNCVL")]),  # at home: on its own people (row 61)
    ("ceasefire", "ceasefire", []),  # no one named: a de-escalation needs a party
])
def test_extending_a_measure_imposes_it_longer(coder, thing, lemma, expected):
    rows = f"""
        Japan Japan PROPN 2 nsubj
        extended extend VERB 0 root
        the the DET 4 det
        {thing} {lemma} NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


def test_extending_a_ceasefire_with_a_party_de_escalates(coder):
    rows = """
        Japan Japan PROPN 2 nsubj
        extended extend VERB 0 root
        the the DET 4 det
        ceasefire ceasefire NOUN 2 obj
        with with ADP 6 case
        Chile Chile PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("JPN", "0871", "CHL")]


# ----- sinking a ship is an attack (row 75) --------------------------------------------------

def test_ships_sunk_by_warplanes_are_attacked(coder):
    rows = """
        Chilean Chilean ADJ 2 amod
        ships ship NOUN 4 nsubj:pass
        were be AUX 4 aux:pass
        sunk sink VERB 0 root
        by by ADP 7 case
        Japanese Japanese ADJ 7 amod
        warplanes warplane NOUN 4 obl
        . . PUNCT 4 punct
    """
    # from the air: aerial weapons since row 384
    assert triples(coder, rows) == [("JPNMIL", "195", "CHL")]


# ----- what one takes part in says what it is (row 76) --------------------------------------

@pytest.mark.parametrize("modifier, thing, lemma, expected", [
    ("peacekeeping peacekeeping NOUN 6 compound", "operations", "operation", [("JPNMIL", "074", "CHL")]),
    ("joint joint ADJ 6 amod", "exercises", "exercise", [("CHL", "062", "JPNMIL"), ("JPNMIL", "062", "CHL")]),
    ("the the DET 6 det", "elections", "election", []),  # taking part in anything else: nothing
])
def test_what_one_takes_part_in_says_what_it_is(coder, modifier, thing, lemma, expected):
    rows = f"""
        Japanese Japanese ADJ 2 amod
        troops troop NOUN 3 nsubj
        participate participate VERB 0 root
        in in ADP 6 case
        {modifier}
        {thing} {lemma} NOUN 3 obl
        in in ADP 8 case
        Chile Chile PROPN 6 nmod
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


# ----- event nouns whose verb no ending gives (row 77) --------------------------------------

@pytest.mark.parametrize("noun, modifier", [("warfare", "cyber"), ("offensive", "new")])
def test_a_light_verb_with_warfare_or_an_offensive_fights(coder, noun, modifier):
    rows = f"""
        Japan Japan PROPN 2 nsubj
        launched launch VERB 0 root
        {modifier} {modifier} ADJ 4 amod
        {noun} {noun} NOUN 2 obj
        against against ADP 6 case
        Chile Chile PROPN 2 obl
        . . PUNCT 2 punct
    """
    (event,) = triples(coder, rows)
    assert event[0] == "JPN" and event[2] == "CHL" and event[1].startswith("19")


@pytest.mark.parametrize("modifier, code", [("emergency", "073"), ("fuel", "070")])
def test_sending_supplies_gives_aid(coder, modifier, code):
    rows = f"""
        Japan Japan PROPN 2 nsubj
        sent send VERB 0 root
        {modifier} {modifier} NOUN 4 compound
        supplies supply NOUN 2 obj
        to to ADP 6 case
        Chile Chile PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("JPN", code, "CHL")]


# ----- people who protest with no one named protest to their government (row 79) ----------

@pytest.mark.parametrize("modifier, subject, expected", [
    ("Chilean Chilean ADJ 2 amod", "teachers", [("CHLEDU", "143", "CHLGOV")]),
    ("Chilean Chilean ADJ 2 amod", "workers", [("CHLLAB", "143", "CHLGOV")]),
    ("the the DET 2 det", "teachers", []),  # no country: no government to protest to
    ("Chilean Chilean ADJ 2 amod", "police", []),  # not private people or an opposition
])
def test_a_strike_with_no_one_named_is_against_the_strikers_government(coder, modifier, subject, expected):
    rows = f"""
        {modifier}
        {subject} {subject} NOUN 3 nsubj
        went go VERB 0 root
        on on ADP 5 case
        strike strike NOUN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("aux, code", [("", "082"), ("will will AUX 5 aux", "1242")])
def test_ending_a_strike_eases_dissent_and_refusing_to_is_its_refusal(coder, aux, code):
    negation = "not not PART 5 advmod" if aux else ""
    rows = f"""
        Chilean Chilean ADJ 2 amod
        workers worker NOUN 5 nsubj
        {aux or "have have AUX 5 aux"}
        {negation or "now now ADV 5 advmod"}
        end end VERB 0 root
        the the DET 7 det
        strike strike NOUN 5 obj
        . . PUNCT 5 punct
    """
    assert triples(coder, rows) == [("CHLLAB", code, "CHLGOV")]


# ----- funding and military support are material (row 83) ---------------------------------

@pytest.mark.parametrize("adverb, verb, lemma, code", [
    ("", "funds", "fund", "071"),
    ("militarily militarily ADV 3 advmod", "supports", "support", "072"),
    ("", "supports", "support", "050"),  # support of no kind named: diplomatic
])
def test_funding_or_supporting_militarily_is_material_aid(coder, adverb, verb, lemma, code):
    rows = f"""
        Japan Japan PROPN 3 nsubj
        {adverb or "also also ADV 3 advmod"}
        {verb} {lemma} VERB 0 root
        Chile Chile PROPN 3 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("JPN", code, "CHL")]


# ----- a state of siege or martial law is emergency rule (row 84) --------------------------

@pytest.mark.parametrize("verb, lemma, words, code", [
    ("declared", "declare", ("a state of siege",), "1724"),
    ("imposed", "impose", ("martial law",), "1724"),
    ("lifted", "lift", ("the state of siege",), "0814"),
])
def test_a_state_of_siege_or_martial_law_is_emergency_rule(coder, verb, lemma, words, code):
    phrase = words[0].split()
    if phrase[-1] == "siege":  # "(a|the) state of siege"
        rows_thing = f"""
            {phrase[0]} {phrase[0]} DET 4 det
            state state NOUN 2 obj
            of of ADP 6 case
            siege siege NOUN 4 nmod
        """
    else:  # "martial law"
        rows_thing = """
            martial martial ADJ 4 amod
            law law NOUN 2 obj
        """
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        {rows_thing}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", code, "CHLCVL")]


# ----- a meeting that took place is a consultation (row 85) --------------------------------

def test_a_meeting_at_a_place_is_a_consultation_not_an_intent(coder):
    rows = """
        Japan Japan PROPN 2 nsubj
        met meet VERB 0 root
        Chile Chile PROPN 2 obj
        at at ADP 6 case
        the the DET 6 det
        summit summit NOUN 2 obl
        . . PUNCT 2 punct
    """
    # The converted "* (at)" gave 036:036, the intent to meet.
    assert triples(coder, rows) == [("CHL", "040", "JPN"), ("JPN", "040", "CHL")]


# ----- two named actors with one code are two parties (row 86) -----------------------------

def test_two_named_actors_with_the_same_code_are_two_parties(coder):
    # In 2015 the president and the prime minister are both TURGOV, but two parties, as the
    # coders code "Clinton ... charging Trump" USAELI 111 USAELI.
    rows = """
        Erdogan Erdogan PROPN 2 nsubj
        criticized criticize VERB 0 root
        Davutoglu Davutoglu PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2015-01-01") == [("TURGOV", "111", "TURGOV")]


def test_one_actor_named_twice_is_no_event_with_itself(coder):
    rows = """
        Erdogan Erdogan PROPN 2 nsubj
        criticized criticize VERB 0 root
        Erdogan Erdogan PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2015-01-01") == []


# ----- attitudes voiced to no one: the speaker is its own target (row 87) -------------------

def test_declining_to_comment_is_coded_with_the_speaker_as_its_own_target(coder):
    rows = """
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        government government NOUN 4 nsubj
        declined decline VERB 0 root
        to to PART 6 mark
        comment comment VERB 4 xcomp
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("CHLGOV", "011", "CHLGOV")]


@pytest.mark.parametrize("subject, about, expected", [
    ("Chile Chile PROPN 2 nsubj", "", [("CHL", "013", "CHL")]),
    # someone it is voiced about is the target, not the speaker
    ("Chile Chile PROPN 2 nsubj", "about about ADP 5 case\n Peru Peru PROPN 2 obl", [("CHL", "013", "PER")]),
    # a role of no known country says nothing of whom
    ("officials official NOUN 2 nsubj", "", []),
])
def test_optimism_voiced_to_no_one_targets_the_speaker(coder, subject, about, expected):
    rows = f"""
        {subject}
        expressed express VERB 0 root
        optimism optimism NOUN 2 obj
        {about or "again again ADV 2 advmod"}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


# ----- a clause whose subject is no one is negated ----------------------------------------

def test_neither_nor_as_subject_negates_the_clause(coder):
    rows = """
        neither neither CCONJ 2 cc:preconj
        Chile Chile PROPN 5 nsubj
        nor nor CCONJ 4 cc
        Peru Peru PROPN 2 conj
        criticized criticize VERB 0 root
        Bolivia Bolivia PROPN 5 obj
        . . PUNCT 5 punct
    """
    assert triples(coder, rows) == []


@pytest.mark.parametrize("determiner, expected", [
    ("no", []),
    ("a", [("---REB", "111", "CHL")]),  # the same clause with a subject is coded
])
def test_no_group_as_subject_negates_the_clause(coder, determiner, expected):
    rows = f"""
        {determiner} {determiner} DET 3 det
        rebel rebel NOUN 3 compound
        group group NOUN 4 nsubj
        criticized criticize VERB 0 root
        Chile Chile PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == expected


# ----- people named by their role in an "of" phrase (row 88) ------------------------------

@pytest.mark.parametrize("role, lemma, expected", [
    ("drivers", "driver", [("CHLGOV", "080", "CHLLAB")]),
    # private people of no known country are no one's target
    ("citizens", "citizen", []),
])
def test_a_role_in_an_of_phrase_of_a_noun_is_the_party(coder, role, lemma, expected):
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        government government NOUN 4 nsubj
        conceded concede VERB 0 root
        to to ADP 7 case
        the the DET 7 det
        demands demand NOUN 4 obl
        of of ADP 11 case
        the the DET 11 det
        truck truck NOUN 11 compound
        {role} {lemma} NOUN 7 nmod
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == expected


# ----- a name the parser split into two subjects is one phrase (row 89) --------------------

def test_a_name_split_into_two_subjects_is_one_name(coder):
    # The compact model's parse of "Amnesty International has accused ...": two subjects.
    rows = """
        Amnesty Amnesty PROPN 4 nsubj
        International International PROPN 4 nsubj
        has have AUX 4 aux
        accused accuse VERB 0 root
        Chile Chile PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("NGOHRIAMN", "112", "CHL")]


def test_a_title_split_from_its_person_is_one_phrase(coder):
    # "President | Michel Temer criticized Chile": one person, coded by the date.
    rows = """
        President President PROPN 4 nsubj
        Michel Michel PROPN 4 nsubj
        Temer Temer PROPN 2 flat
        criticized criticize VERB 0 root
        Chile Chile PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-05-30") == [("BRAGOV", "111", "CHL")]


def test_two_subjects_joined_by_and_stay_two(coder):
    rows = """
        Peru Peru PROPN 4 nsubj
        and and CCONJ 3 cc
        Bolivia Bolivia PROPN 4 nsubj
        criticized criticize VERB 0 root
        Chile Chile PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("BOL", "111", "CHL"), ("PER", "111", "CHL")]


def test_a_title_split_from_the_possessor_of_an_object_is_the_possessors(coder):
    # "rejected President | Donald Trump's call": two objects, the title before the name
    # that possesses the second.
    rows = """
        Chile Chile PROPN 2 nsubj
        rejected reject VERB 0 root
        President President NOUN 2 obj
        Donald Donald PROPN 7 nmod:poss
        Trump Trump PROPN 4 flat
        's 's PART 4 case
        call call NOUN 2 obj
        . . PUNCT 2 punct
    """
    (event,) = triples(coder, rows, date="2018-05-30")
    assert (event[0], event[1][:2], event[2]) == ("CHL", "12", "USAGOV")


# ----- a truce declared or violated with no one named is the war's other side (row 91) ------

@pytest.mark.parametrize("subject, expected", [
    # an armed group's truce is with its country's government, and only one way
    ("FARC FARC PROPN 2 nsubj", [("COLREB", "0871", "COLGOV")]),
    # a government's is with its country's rebels
    ("Sudan Sudan PROPN 2 nsubj", []),  # a bare country fights abroad as often: no one
])
def test_a_truce_with_no_one_named_is_with_the_other_side_of_a_civil_war(coder, subject, expected):
    rows = f"""
        {subject}
        declared declare VERB 0 root
        a a DET 4 det
        ceasefire ceasefire NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


def test_a_governments_truce_is_with_its_rebels(coder):
    rows = """
        The the DET 3 det
        Sudanese Sudanese ADJ 3 amod
        government government NOUN 4 nsubj
        declared declare VERB 0 root
        a a DET 6 det
        ceasefire ceasefire NOUN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("SDNGOV", "0871", "SDNREB")]


def test_a_truce_is_with_another_country_the_sentence_names(coder):
    rows = """
        Hamas Hamas PROPN 2 nsubj
        declared declare VERB 0 root
        a a DET 4 det
        ceasefire ceasefire NOUN 2 obj
        after after SCONJ 7 mark
        Israel Israel PROPN 7 nsubj
        shelled shell VERB 2 advcl
        Gaza Gaza PROPN 7 obj
        . . PUNCT 2 punct
    """
    assert ("PSEREBHMS", "0871", "ISR") in triples(coder, rows)


def test_a_ceasefire_violated_is_against_the_country_the_sentence_names(coder):
    rows = """
        Pakistani Pakistani ADJ 2 amod
        troops troop NOUN 3 nsubj
        violated violate VERB 10 ccomp
        the the DET 5 det
        ceasefire ceasefire NOUN 3 obj
        , , PUNCT 3 punct
        officials official NOUN 10 nsubj
        in in ADP 9 case
        Rajasthan Rajasthan PROPN 7 nmod
        said say VERB 0 root
        . . PUNCT 10 punct
    """
    assert ("PAKMIL", "196", "IND") in triples(coder, rows)


def test_agreeing_to_a_truce_with_no_one_named_is_with_the_other_side(coder):
    rows = """
        FARC FARC PROPN 2 nsubj
        agreed agree VERB 0 root
        to to ADP 5 case
        a a DET 5 det
        ceasefire ceasefire NOUN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("COLREB", "0356", "COLGOV")]


# ----- a policy option weighed with no one named: the speaker is its own target (rows 94-95)

@pytest.mark.parametrize("verb, lemma", [("considering", "consider"), ("exploring", "explore")])
def test_a_policy_option_considered_targets_the_government_itself(coder, verb, lemma):
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        government government NOUN 5 nsubj
        is be AUX 5 aux
        {verb} {lemma} VERB 0 root
        the the DET 7 det
        possibility possibility NOUN 5 obj
        of of SCONJ 9 mark
        building build VERB 7 acl
        roads road NOUN 9 obj
        . . PUNCT 5 punct
    """
    assert triples(coder, rows) == [("CHLGOV", "014", "CHLGOV")]


def test_a_belief_is_no_policy_option(coder):
    rows = """
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        government government NOUN 4 nsubj
        thought think VERB 0 root
        a a DET 6 det
        fault fault NOUN 8 nsubj
        was be AUX 8 cop
        serious serious ADJ 4 ccomp
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == []


@pytest.mark.parametrize("accuser, expected", [
    ("", [("CHLGOV", "016", "CHLGOV")]),  # accusers unnamed: the speaker itself (row 96)
    ("by by ADP 7 case\n Peru Peru PROPN 5 nmod", [("CHLGOV", "016", "PER")]),
])
def test_a_denial_of_unnamed_accusers_targets_the_denier(coder, accuser, expected):
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        government government NOUN 4 nsubj
        rejected reject VERB 0 root
        accusations accusation NOUN 4 obj
        {accuser or "again again ADV 4 advmod"}
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == expected


# ----- a claim of responsibility is toward those the deed was done to (row 97) -------------

def test_a_claim_of_responsibility_targets_whom_its_relative_clause_names(coder):
    rows = """
        Hamas Hamas PROPN 2 nsubj
        claimed claim VERB 0 root
        responsibility responsibility NOUN 2 obj
        for for ADP 6 case
        the the DET 6 det
        attack attack NOUN 2 obl
        , , PUNCT 9 punct
        which which PRON 9 nsubj
        killed kill VERB 6 acl:relcl
        soldiers soldier NOUN 9 obj
        in in ADP 12 case
        Israel Israel PROPN 9 obl
        . . PUNCT 2 punct
    """
    assert ("PSEREBHMS", "015", "ISR") in triples(coder, rows)


@pytest.mark.parametrize("victims, expected", [
    ("on on ADP 11 case\n the the DET 9 det\n army army NOUN 11 nmod:poss\n 's 's PART 9 case\n base base NOUN 6 nmod",
     [("PSEREBHMS", "015", "---MIL"), ("PSEREBHMS", "190", "---MIL")]),  # the deed too (row 246)
    ("", []),  # a deed done to no one named: nothing
])
def test_a_claim_of_responsibility_targets_the_people_its_deed_was_done_to(coder, victims, expected):
    rows = f"""
        Hamas Hamas PROPN 2 nsubj
        claimed claim VERB 0 root
        responsibility responsibility NOUN 2 obj
        for for ADP 6 case
        the the DET 6 det
        attack attack NOUN 2 obl
        {victims}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


# ----- a leader who resigns yields to the opposition (row 98) ------------------------------

@pytest.mark.parametrize("role, lemma, expected", [
    ("president", "president", [("CHLGOV", "083", "CHLOPP")]),
    ("journalist", "journalist", []),  # no government: no one yielded to
])
def test_a_resignation_with_no_one_named_yields_to_the_opposition(coder, role, lemma, expected):
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        {role} {lemma} NOUN 4 nsubj
        resigned resign VERB 0 root
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == expected


# ----- a name with "and" that the parser read as two conjuncts (row 99) ---------------------

def test_a_name_with_and_read_as_two_conjuncts_is_one_name(coder):
    rows = """
        Immigration Immigration NOUN 5 nsubj
        and and CCONJ 4 cc
        Customs Customs PROPN 4 compound
        Enforcement Enforcement PROPN 1 conj
        criticized criticize VERB 0 root
        Chile Chile PROPN 5 obj
        . . PUNCT 5 punct
    """
    assert triples(coder, rows, date="2018-05-30") == [("USAGOV", "111", "CHL")]


def test_a_name_with_and_read_as_three_conjuncts_is_one_name(coder):
    # row 166: "Immigration | and Customs | Enforcement", each a conjunct of the first
    rows = """
        Immigration Immigration NOUN 5 nsubj
        and and CCONJ 3 cc
        Customs Customs PROPN 1 conj
        Enforcement Enforcement PROPN 1 conj
        criticized criticize VERB 0 root
        Chile Chile PROPN 5 obj
        . . PUNCT 5 punct
    """
    assert triples(coder, rows, date="2018-05-30") == [("USAGOV", "111", "CHL")]


def test_three_conjoined_names_stay_three(coder):
    rows = """
        Peru Peru PROPN 6 nsubj
        , , PUNCT 3 punct
        Bolivia Bolivia PROPN 1 conj
        and and CCONJ 5 cc
        Ecuador Ecuador PROPN 1 conj
        criticized criticize VERB 0 root
        Chile Chile PROPN 6 obj
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == [("BOL", "111", "CHL"), ("ECU", "111", "CHL"), ("PER", "111", "CHL")]


def test_two_conjoined_names_stay_two(coder):
    rows = """
        Peru Peru PROPN 4 nsubj
        and and CCONJ 3 cc
        Bolivia Bolivia PROPN 1 conj
        criticized criticize VERB 0 root
        Chile Chile PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("BOL", "111", "CHL"), ("PER", "111", "CHL")]


# ----- prisoners and hostages are civilians, a state's own when no country is named (rows 100-101)

@pytest.mark.parametrize("modifier, expected", [
    ("37 37 NUM 4 nummod", [("CHL", "0841", "CHLCVL")]),  # a state's own prisoners
    ("Japanese Japanese ADJ 4 amod", [("CHL", "0841", "JPNCVL")]),
])
def test_prisoners_a_state_frees_are_civilians_its_own_unless_named(coder, modifier, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        freed free VERB 0 root
        {modifier}
        prisoners prisoner NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


def test_a_state_attacking_people_of_no_named_country_does_not_make_them_its_own(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        attacked attack VERB 0 root
        the the DET 4 det
        hostages hostage NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "190", "---CVL")]


# ----- a denial answers the accuser an earlier sentence named (row 102) ---------------------

def test_a_denial_answers_the_accuser_of_an_earlier_sentence(coder):
    accusation = conllu("""
        Peru Peru PROPN 2 nsubj
        accused accuse VERB 0 root
        Chile Chile PROPN 2 obj
        . . PUNCT 2 punct
    """, sent_id="1")
    denial = conllu("""
        Chile Chile PROPN 2 nsubj
        rejected reject VERB 0 root
        the the DET 4 det
        accusation accusation NOUN 2 obj
        . . PUNCT 2 punct
    """, sent_id="2")
    events = coder.code_conllu(accusation + denial, date="2020-03-01", story_id="t")
    assert [e.triple for e in events] == [("PER", "112", "CHL"), ("CHL", "016", "PER")]


@pytest.mark.parametrize("prep", ["into", "against"])
def test_a_role_in_an_into_or_against_phrase_of_an_event_noun_is_the_target(coder, prep):
    # row 103: row 88's "of" phrase, for the other prepositions that say whom a deed concerns
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        government government NOUN 4 nsubj
        opened open VERB 0 root
        an a DET 6 det
        investigation investigation NOUN 4 obj
        {prep} {prep} ADP 9 case
        the the DET 9 det
        companies company NOUN 6 nmod
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("CHLGOV", "090", "CHLBUS")]


# ----- a participle describing a noun is no event of its clause (row 104) --------------------

def test_a_demand_whose_clause_holds_a_describing_participle_targets_its_subject(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        said say VERB 0 root
        that that SCONJ 6 mark
        Peru Peru PROPN 6 nsubj
        must must AUX 6 aux
        mediate mediate VERB 2 ccomp
        over over ADP 10 case
        the the DET 10 det
        disputed dispute VERB 10 amod
        border border NOUN 6 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "100", "PER")]


# ----- the US parties by their members' names; "he" is never a party (row 105) -------------

def test_he_after_a_party_is_the_person_named_with_it(coder):
    first = conllu("""
        The the DET 2 det
        Republicans Republicans PROPN 3 nsubj
        criticized criticize VERB 0 root
        Obama Obama PROPN 3 obj
        . . PUNCT 3 punct
    """, sent_id="1")
    second = conllu("""
        He he PRON 2 nsubj
        criticized criticize VERB 0 root
        Iran Iran PROPN 2 obj
        . . PUNCT 2 punct
    """, sent_id="2")
    events = coder.code_conllu(first + second, date="2012-03-01", story_id="t")
    assert [e.triple for e in events] == [("USAPTY", "111", "USAGOV"), ("USAGOV", "111", "IRN")]


# ----- a place seized is territory occupied (row 107) --------------------------------------

@pytest.mark.parametrize("taken, lemma, upos, expected", [
    ("Bogota", "Bogota", "PROPN", [("COLREB", "192", "COL")]),
    ("soldiers", "soldier", "NOUN", [("COLREB", "171", "---MIL")]),  # people seized: not territory
])
def test_capturing_a_place_is_occupying_territory(coder, taken, lemma, upos, expected):
    rows = f"""
        FARC FARC PROPN 2 nsubj
        captured capture VERB 0 root
        {taken} {lemma} {upos} 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


# ----- a possessor the parser labelled nmod is a possessor (row 108) ------------------------

def test_a_possessor_labelled_nmod_is_part_of_the_name(coder):
    # The compact model's "Ethiopia 's government": nmod, not nmod:poss.
    rows = """
        Chile Chile PROPN 3 nmod
        's 's PART 1 case
        government government NOUN 4 nsubj
        criticized criticize VERB 0 root
        Peru Peru PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("CHLGOV", "111", "PER")]


def test_agreeing_to_resign_yields_to_the_opposition_too(coder):
    rows = """
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        president president NOUN 4 nsubj
        agreed agree VERB 0 root
        to to PART 6 mark
        resign resign VERB 4 xcomp
        . . PUNCT 4 punct
    """
    (event,) = triples(coder, rows)
    assert (event[0], event[2]) == ("CHLGOV", "CHLOPP") and event[1].startswith("03")


# ----- holding people as human shields takes them hostage (row 110) ------------------------

def test_holding_people_as_human_shields_takes_them_hostage(coder):
    rows = """
        Hamas Hamas PROPN 2 nsubj
        held hold VERB 0 root
        Israeli Israeli ADJ 4 amod
        civilians civilian NOUN 2 obj
        as as ADP 7 case
        human human ADJ 7 amod
        shields shield NOUN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("PSEREBHMS", "181", "ISRCVL")]


# ----- condemning a terrorist attack denounces it (row 111) --------------------------------

def test_condemning_a_terrorist_attack_is_a_denunciation(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        condemned condemn VERB 0 root
        the the DET 5 det
        terrorist terrorist ADJ 5 amod
        attack attack NOUN 2 obj
        in in ADP 7 case
        Peru Peru PROPN 5 nmod
        . . PUNCT 2 punct
    """
    # against the attackers, as the coders code it (the agent "terrorist" is UAF)
    assert triples(coder, rows) == [("CHL", "111", "PERUAF")]


# ----- mediating is CAMEO 045, not yielding (row 112) --------------------------------------

def test_mediating_is_mediation(coder):
    rows = """
        Qatar Qatar PROPN 2 nsubj
        mediated mediate VERB 0 root
        with with ADP 4 case
        Chile Chile PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("QAT", "045", "CHL")]


# ----- people of no named country take the countries of the verb's "from" phrase (row 114) --

def test_diplomats_expelled_from_countries_are_those_countries(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        expelled expel VERB 0 root
        diplomats diplomat NOUN 2 obj
        from from ADP 5 case
        Peru Peru PROPN 2 obl
        and and CCONJ 7 cc
        Bolivia Bolivia PROPN 5 conj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "161", "BOLGOV"), ("CHL", "161", "PERGOV")]


@pytest.mark.parametrize("head, rel, target", [
    ("3", "nmod", "PERCVL"),  # "migrants to Peru": the migrants are Peru's
    ("2", "obl", "PER"),  # on the verb, the country is the recipient, as in "sent troops to Jordan"
])
def test_people_deported_to_a_country_are_its_own(coder, head, rel, target):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        deported deport VERB 0 root
        migrants migrant NOUN 2 obj
        to to ADP 5 case
        Peru Peru PROPN {head} {rel}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "174", target)]


def test_a_role_in_the_of_phrase_of_a_place_is_no_party(coder):
    # row 116: "in the southern desert of the kingdom" names where, not whom
    rows = """
        Chile Chile PROPN 4 nsubj
        and and CCONJ 3 cc
        Peru Peru PROPN 1 conj
        began begin VERB 0 root
        joint joint ADJ 6 amod
        exercises exercise NOUN 4 obj
        in in ADP 9 case
        the the DET 9 det
        desert desert NOUN 4 obl
        of of ADP 12 case
        the the DET 12 det
        kingdom kingdom NOUN 9 nmod
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("CHL", "062", "PER"), ("PER", "062", "CHL")]


@pytest.mark.parametrize("name, expected", [
    # row 117: a one-word person's name that the name runs on past is someone else
    (["Abdullah"], [("SAUGOV", "051", "IRN")]),
    (["Abdullah", "Al", "Taweel"], []),
    (["Albert"], [("MCOELI", "051", "IRN")]),
    (["Albert", "Anastasia"], []),
    # a country's name may run on: "Kenya Airways" is Kenya's
    (["Kenya", "Airways"], [("KENBUS", "051", "IRN")]),
])
def test_a_persons_name_that_runs_on_names_someone_else(coder, name, expected):
    n = len(name)
    words = "\n".join(f"{w} {w} PROPN 1 flat" for w in name[1:])
    rows = f"""
        {name[0]} {name[0]} PROPN {n + 1} nsubj
        {words}
        praised praise VERB 0 root
        Iran Iran PROPN {n + 1} obj
        . . PUNCT {n + 1} punct
    """
    assert triples(coder, rows, date="2010-01-01") == expected


def test_a_flat_name_word_the_parser_hung_apart_still_runs_the_name_on(coder):
    # "Abdullah | Al Taweel" with "Al" hung on the title before it: a minister, not the king
    rows = """
        Minister Minister PROPN 5 nsubj
        Al Al PROPN 1 flat
        Abdullah Abdullah PROPN 1 appos
        Taweel Taweel PROPN 3 flat
        praised praise VERB 0 root
        Iran Iran PROPN 5 obj
        . . PUNCT 5 punct
    """
    assert triples(coder, rows, date="2010-01-01") == [("---GOV", "051", "IRN")]


@pytest.mark.parametrize("third, expected", [
    # row 118: the object names only the subject's own countries again: they agreed together
    ("Chile", [("CHLGOV", "057", "PER"), ("PER", "057", "CHLGOV")]),
    ("Peru", [("CHLGOV", "057", "PER"), ("PER", "057", "CHLGOV")]),
    # another country is another party
    ("Bolivia", [("CHLGOV", "057", "BOL"), ("BOL", "057", "CHLGOV"), ("PER", "057", "BOL"), ("BOL", "057", "PER")]),
])
def test_an_agreement_between_the_subjects_own_countries_is_between_them(coder, third, expected):
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        minister minister NOUN 6 nsubj
        and and CCONJ 5 cc
        Peru Peru PROPN 3 conj
        signed sign VERB 0 root
        an a DET 8 det
        agreement agreement NOUN 6 obj
        with with ADP 10 case
        {third} {third} PROPN 8 nmod
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == sorted(expected)


def test_a_pronoun_subject_of_what_a_speaker_says_is_the_speaker(coder):
    # row 119: "rebels" names no actor of the dictionaries, so "they" had no antecedent
    rows = """
        Rebels rebel NOUN 2 nsubj
        said say VERB 0 root
        they they PRON 5 nsubj
        will will AUX 5 aux
        release release VERB 2 ccomp
        the the DET 8 det
        Chilean Chilean ADJ 8 amod
        nurse nurse NOUN 5 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("---REB", "0353", "CHLHLH")]


def test_a_speaker_of_no_known_country_leaves_the_pronoun_to_the_story(coder):
    # "The president said he ...": the story's president, not a president of no country
    first = conllu("""
        Peru Peru PROPN 3 nmod:poss
        's 's PART 1 case
        president president NOUN 4 nsubj
        warned warn VERB 0 root
        Chile Chile PROPN 4 obj
        . . PUNCT 4 punct
    """, sent_id="1")
    second = conllu("""
        The the DET 2 det
        president president NOUN 3 nsubj
        said say VERB 0 root
        he he PRON 6 nsubj
        will will AUX 6 aux
        release release VERB 3 ccomp
        the the DET 9 det
        Chilean Chilean ADJ 9 amod
        nurse nurse NOUN 6 obj
        . . PUNCT 3 punct
    """, sent_id="2")
    events = coder.code_conllu(first + second, date="2020-03-01", story_id="t")
    assert ("PERGOV", "0353", "CHLHLH") in [e.triple for e in events]


@pytest.mark.parametrize("whose, expected", [
    # row 120: an unknown name described by whom it speaks for; the speaker stands where the
    # name does, so declining to comment is its own (row 87)
    ("Chile", [("CHL", "011", "CHL")]),
    # a description that names no actor says nothing of whose one is
    ("Acme", []),
])
def test_an_unknown_name_is_whom_its_description_speaks_for(coder, whose, expected):
    rows = f"""
        Lena Lena PROPN 8 nsubj
        Varga Varga PROPN 1 flat
        , , PUNCT 5 punct
        a a DET 5 det
        spokesperson spokesperson NOUN 1 appos
        for for ADP 7 case
        {whose} {whose} PROPN 5 nmod
        declined decline VERB 0 root
        to to PART 10 mark
        comment comment VERB 8 xcomp
        . . PUNCT 8 punct
    """
    assert triples(coder, rows) == expected


def test_a_day_the_parser_made_the_object_of_a_statement_is_no_addressee(coder):
    # "Rebels said Saturday they will release ...": "Saturday" as obj is a parse error
    rows = """
        Rebels rebel NOUN 2 nsubj
        said say VERB 0 root
        Saturday Saturday PROPN 2 obj
        they they PRON 6 nsubj
        will will AUX 6 aux
        release release VERB 2 ccomp
        the the DET 9 det
        Chilean Chilean ADJ 9 amod
        nurse nurse NOUN 6 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("---REB", "0353", "CHLHLH")]


def test_protesters_agreeing_to_end_their_strike_ease_dissent_toward_their_government(coder):
    # row 122: the intent (0352) of row 80's "called off the strike" (082) has the same target
    rows = """
        Protest protest NOUN 2 compound
        leaders leader NOUN 5 nsubj
        in in ADP 4 case
        Chile Chile PROPN 2 nmod
        agreed agree VERB 0 root
        to to PART 7 mark
        end end VERB 5 xcomp
        the the DET 9 det
        strike strike NOUN 7 obj
        . . PUNCT 5 punct
    """
    assert triples(coder, rows) == [("CHLOPP", "0352", "CHLGOV")]


@pytest.mark.parametrize("obj, expected", [
    # row 123: failing to do together what two sides do together, each with the other
    ("agreement", [("CHL", "120", "PER"), ("PER", "120", "CHL")]),
    # a complement done each on its own is no pair
    ("roads", []),
])
def test_a_compound_subject_failing_to_reach_agreement_fails_with_each_other(coder, obj, expected):
    rows = f"""
        Chile Chile PROPN 4 nsubj
        and and CCONJ 3 cc
        Peru Peru PROPN 1 conj
        failed fail VERB 0 root
        to to PART 6 mark
        reach reach VERB 4 xcomp
        {obj} {obj} NOUN 6 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("noun, code", [
    ("mediation", "045"),  # row 124: an effort at mediation is mediation
    ("peace", "020"),  # another effort stays the block's appeal
])
def test_launching_a_mediation_effort_mediates(coder, noun, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        launched launch VERB 0 root
        a a DET 5 det
        {noun} {noun} NOUN 5 compound
        effort effort NOUN 2 obj
        with with ADP 7 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", code, "PER")]


@pytest.mark.parametrize("place, expected", [
    # row 125: a force posture shown to no one named is toward the source's own country ...
    ([], [("CHLMIL", "150", "CHL")]),
    # ... or the country where the sentence places it
    (["in in ADP 7 case", "Peru Peru PROPN 3 obl"], [("CHLMIL", "150", "PER")]),
])
def test_troops_on_alert_toward_no_one_named(coder, place, expected):
    extra = "\n".join(place)
    rows = f"""
        Chilean Chilean ADJ 2 amod
        troops troop NOUN 3 nsubj
        remained remain VERB 0 root
        on on ADP 5 case
        alert alert NOUN 3 obl
        {extra}
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("obj, code", [
    ("funds", "071"),  # row 126: mobilising funds is economic aid
    ("troops", "154"),  # mobilising troops stays force (the block's own pattern)
])
def test_mobilising_funds_is_aid(coder, obj, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        mobilised mobilise VERB 0 root
        {obj} {obj} NOUN 2 obj
        for for ADP 5 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert [event[1] for event in triples(coder, rows)] == [code]


@pytest.mark.parametrize("purpose, expected", [
    # row 127: the purpose clause of the same kind names whom the protest is against
    ("protest", [("---OPP", "142", "CHL")]),
    # a purpose of another kind does not ("to praise Chile")
    ("praise", []),
])
def test_a_protest_takes_the_target_of_its_protest_clause(coder, purpose, expected):
    rows = f"""
        Activists activist NOUN 2 nsubj
        launched launch VERB 0 root
        a a DET 5 det
        hunger hunger NOUN 5 compound
        strike strike NOUN 2 obj
        to to PART 7 mark
        {purpose} {purpose} VERB 2 advcl
        Chile Chile PROPN 7 obj
        . . PUNCT 2 punct
    """
    assert [e for e in triples(coder, rows) if e[1] == "142"] == expected


@pytest.mark.parametrize("words, code", [
    (["ban ban NOUN 2 obj"], "128"),  # row 128: violating a ban defies norms and law
    (["sanctions sanction NOUN 2 obj"], "128"),
    (["ceasefire ceasefire NOUN 6 compound", "agreement agreement NOUN 2 obj"], "196"),  # a truce stays 196
])
def test_violating_a_ban_or_law_defies_norms(coder, words, code):
    obj = "\n".join(words)
    n = len(words)
    rows = f"""
        Chile Chile PROPN 2 nsubj
        violated violate VERB 0 root
        Peru Peru PROPN {4 + n} nmod:poss
        's 's PART 3 case
        {obj}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", code, "PER")]


def test_a_state_of_siege_whose_of_the_parser_hung_elsewhere_is_still_emergency_rule(coder):
    # row 129: "declared a state of siege Sunday", with "of" hung on "Sunday"
    rows = """
        Chile Chile PROPN 2 nsubj
        declared declare VERB 0 root
        a a DET 4 det
        state state NOUN 2 obj
        of of ADP 7 case
        siege siege NOUN 4 nmod
        Sunday Sunday PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "1724", "CHLCVL")]


@pytest.mark.parametrize("words, code", [
    (["support support NOUN 2 obj"], "070"),  # row 130: support given is aid
    (["political political ADJ 4 amod", "support support NOUN 2 obj"], "051"),  # an endorsement
])
def test_support_provided_is_aid(coder, words, code):
    obj = "\n".join(words)
    n = len(words)
    rows = f"""
        Chile Chile PROPN 2 nsubj
        provided provide VERB 0 root
        {obj}
        to to ADP {4 + n} case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", code, "PER")]


@pytest.mark.parametrize("title, expected", [
    # row 133: in a story with no date, the title says which office the story means
    (["President President PROPN 3 compound"], [("DZAGOV", "083", "DZAOPP")]),
    # without a title, the person's undated code (ELI) stays: no leader resigning
    ([], []),
])
def test_an_undated_story_reads_a_persons_office_from_the_title(coder, title, expected):
    words = "\n".join(title)
    n = len(title)
    rows = f"""
        {words}
        Abdelaziz Abdelaziz PROPN {2 + n} compound
        Bouteflika Bouteflika PROPN {3 + n} nsubj
        resigned resign VERB 0 root
        . . PUNCT {3 + n} punct
    """
    events = coder.code_conllu(conllu(rows), date=None, story_id="t")
    assert sorted(e.triple for e in events) == expected


def test_workers_placed_in_a_country_strike_against_its_government(coder):
    # row 135: the workers' country comes from the place, the target from the workers: an
    # event of two role nouns is kept when the target was inferred from the source's country
    rows = """
        Workers worker NOUN 7 nsubj
        at at ADP 4 case
        a a DET 4 det
        mine mine NOUN 1 nmod
        in in ADP 6 case
        Peru Peru PROPN 4 nmod
        went go VERB 0 root
        on on ADP 9 case
        strike strike NOUN 7 obl
        . . PUNCT 7 punct
    """
    assert triples(coder, rows) == [("PERLAB", "143", "PERGOV")]


@pytest.mark.parametrize("doer, expected", [
    # row 136: claiming one's own side's attack claims responsibility for it, toward its target
    ("they they PRON", [("CHL", "015", "BOL"), ("CHL", "190", "BOL")]),
    # another's attack claimed is an allegation, not responsibility
    ("Peru Peru PROPN", [("PER", "190", "BOL")]),
])
def test_claiming_ones_own_attack_claims_responsibility(coder, doer, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        claimed claim VERB 0 root
        that that SCONJ 6 mark
        {doer} 6 nsubj
        had have AUX 6 aux
        attacked attack VERB 2 ccomp
        Bolivia Bolivia PROPN 6 obj
        . . PUNCT 2 punct
    """
    assert [e for e in triples(coder, rows) if e[1] in ("015", "190")] == expected


@pytest.mark.parametrize("adjective, expected", [
    # row 137: "it" of an adjective of outlook is the speaker, though the parser made the
    # content clause the adjective's subject (csubj) and "it" an expletive
    ("skeptical", [("CHL", "012", "CHL")]),
    # "it is clear that ...": the clause is the subject, "it" no one
    ("clear", []),
])
def test_it_of_an_outlook_adjective_with_a_clause_is_the_speaker(coder, adjective, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        said say VERB 0 root
        it it PRON 5 expl
        is be AUX 5 cop
        {adjective} {adjective} ADJ 2 ccomp
        the the DET 7 det
        program program NOUN 9 nsubj
        would would AUX 9 aux
        work work VERB 5 csubj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


def test_hoping_is_an_optimistic_comment(coder):
    # row 138: "hope" was an appeal (020); voiced to no one, the speaker's own optimism (row 87)
    rows = """
        Chile Chile PROPN 2 nsubj
        said say VERB 0 root
        it it PRON 4 nsubj
        hoped hope VERB 2 ccomp
        to to PART 6 mark
        resume resume VERB 4 xcomp
        flights flight NOUN 6 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "013", "CHL")]


@pytest.mark.parametrize("words, code", [
    (["condolence condolence NOUN 5 compound", "message message NOUN 2 obj"], "018"),  # row 139
    (["sympathy sympathy NOUN 2 obj"], "018"),
])
def test_sending_condolences_is_an_empathetic_comment(coder, words, code):
    obj = "\n".join(words)
    n = len(words)
    rows = f"""
        Chile Chile PROPN 2 nsubj
        sent send VERB 0 root
        a a DET {3 + n} det
        {obj}
        to to ADP {5 + n} case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", code, "PER")]


@pytest.mark.parametrize("obj, code", [
    ("sanctions", "020"),  # row 140: urging is an appeal, not DEMAND's threat of sanctions
    ("talks", "026"),  # DEMAND's appeals stay with it
])
def test_urging_is_an_appeal(coder, obj, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        urged urge VERB 0 root
        Peru Peru PROPN 2 obj
        to to PART 5 mark
        renew renew VERB 2 xcomp
        {obj} {obj} NOUN 5 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", code, "PER")]


@pytest.mark.parametrize("verb, lemma, particle", [
    ("lay", "lay", ["down down ADP 3 compound:prt"]),  # row 141: "arms" is no word of &WEAPON
    ("return", "return", []),  # returning weapons is laying them down
])
def test_laying_down_or_returning_arms_is_a_truce(coder, verb, lemma, particle):
    prt = "\n".join(particle)
    n = len(particle)
    rows = f"""
        The the DET 2 det
        rebels rebel NOUN 3 nsubj
        {verb} {lemma} VERB 0 root
        {prt}
        their their PRON {5 + n} nmod:poss
        arms arm NOUN 3 obj
        to to ADP {7 + n} case
        Chile Chile PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert [e[1] for e in triples(coder, rows)] == ["0871"]


@pytest.mark.parametrize("governor, lemma, expected", [
    # row 142: pressing someone to do something demands it of them (10)
    ("pressured", "pressure", [("CHLGOV", "1052", "CHLEDU")]),
    # a governor that is no demand leaves the complement its own reading
    ("helped", "help", []),
])
def test_pressuring_someone_to_act_demands_it(coder, governor, lemma, expected):
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        government government NOUN 4 nsubj
        {governor} {lemma} VERB 0 root
        lecturers lecturer NOUN 4 obj
        to to PART 7 mark
        cancel cancel VERB 4 xcomp
        the the DET 9 det
        strike strike NOUN 7 obj
        . . PUNCT 4 punct
    """
    assert [e for e in triples(coder, rows) if e[1].startswith("10")] == expected


@pytest.mark.parametrize("verb, lemma", [("reduced", "reduce"), ("cut", "cut"), ("lifted", "lift")])
def test_reducing_tariffs_eases_economic_sanctions(coder, verb, lemma):
    # row 143: tariffs reduced, cut or lifted ease economic sanctions (085)
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        tariffs tariff NOUN 2 obj
        on on ADP 6 case
        Peruvian Peruvian ADJ 6 amod
        goods good NOUN 3 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "085", "PER")]


def test_resources_sent_are_aid(coder):
    # row 144: SEND had no sense for resources
    rows = """
        Chile Chile PROPN 2 nsubj
        sent send VERB 0 root
        resources resource NOUN 2 obj
        to to ADP 5 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "070", "PER")]


@pytest.mark.parametrize("subject, expected", [
    # row 145: a "to" clause the parser made the subject of "ready", which has a subject
    # already, is its complement: the intent to give aid
    (["Chile Chile PROPN 3 nsubj", "is be AUX 3 cop"], [("CHL", "033", "PER")]),
])
def test_an_infinitive_the_parser_made_a_subject_is_a_complement(coder, subject, expected):
    head = "\n".join(subject)
    rows = f"""
        {head}
        ready ready ADJ 0 root
        to to PART 5 mark
        send send VERB 3 csubj
        aid aid NOUN 5 obj
        to to ADP 8 case
        Peru Peru PROPN 5 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


def test_a_persons_name_before_a_role_word_is_still_that_persons(coder):
    # row 117's check: "Merkel Government" runs on with a role word, not another name
    rows = """
        Chile Chile PROPN 2 nsubj
        criticized criticize VERB 0 root
        the the DET 4 det
        plans plan NOUN 2 obj
        of of ADP 8 case
        the the DET 8 det
        Merkel Merkel PROPN 8 compound
        Government Government PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-06-01") == [("CHL", "111", "DEUGOV")]


def test_strengthening_ones_forces_increases_armed_forces(coder):
    # row 146: STRENGTHEN had no sense for forces; the posture is toward the scene (row 125)
    rows = """
        Chile Chile PROPN 2 nsubj
        strengthened strengthen VERB 0 root
        its its PRON 4 nmod:poss
        forces force NOUN 2 obj
        in in ADP 6 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "154", "PER")]


def test_a_role_declining_to_comment_is_its_own_target(coder):
    # row 147: a role of no known country declining to comment is its own target (011)
    rows = """
        The the DET 2 det
        ministry ministry NOUN 3 nsubj
        declined decline VERB 0 root
        to to PART 5 mark
        comment comment VERB 3 xcomp
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("---GOV", "011", "---GOV")]


def test_a_role_weighing_an_option_is_not_its_own_target(coder):
    # row 147 keeps the other attitudes (014 here) to named actors
    rows = """
        The the DET 2 det
        ministry ministry NOUN 3 nsubj
        considered consider VERB 0 root
        the the DET 5 det
        option option NOUN 3 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == []


# ----- armed men sent somewhere: where they go is the target (row 148) -------------------

SENT_TROOPS_IN = """
    Chile Chile PROPN 2 nsubj
    sent send VERB 0 root
    200 200 NUM 4 nummod
    troops troop NOUN 2 obj
    in in ADP 6 case
    Peru Peru PROPN 2 obl
    . . PUNCT 2 punct
"""


def test_troops_of_no_country_a_state_sends_are_its_own(coder):
    # Not Peruvian troops (the scene's country): Chile's, sent to Peru.
    (event,) = triples(coder, SENT_TROOPS_IN)
    assert event[0] == "CHL" and event[2] == "PER" and event[1].startswith("06")


def test_troops_of_another_country_sent_are_the_target(coder):
    rows = SENT_TROOPS_IN.replace("200 200 NUM 4 nummod", "Peruvian Peruvian ADJ 4 amod")
    (event,) = triples(coder, rows)
    assert event[0] == "CHL" and event[2] == "PERMIL"


MISSION = """
    Chile Chile PROPN 2 nsubj
    deployed deploy VERB 0 root
    250 250 NUM 4 nummod
    troops troop NOUN 2 obj
    to to ADP 9 case
    the the DET 9 det
    UN UN PROPN 9 compound
    peacekeeping peacekeeping NOUN 9 compound
    mission mission NOUN 2 obl
    in in ADP 11 case
    Peru Peru PROPN 9 nmod
    . . PUNCT 2 punct
"""


def test_troops_sent_to_a_mission_go_to_the_country_it_serves(coder):
    (event,) = triples(coder, MISSION)
    assert event[0] == "CHL" and event[2] == "PER"


def test_a_mission_that_names_no_place_is_the_recipient(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        deployed deploy VERB 0 root
        300 300 NUM 4 nummod
        troops troop NOUN 2 obj
        to to ADP 9 case
        the the DET 9 det
        UN UN PROPN 9 compound
        peacekeeping peacekeeping NOUN 9 compound
        mission mission NOUN 2 obl
        . . PUNCT 2 punct
    """
    (event,) = triples(coder, rows)
    assert event[0] == "CHL" and event[2] == "IGOUNO"


# ----- an option of giving aid: toward whom the aid is for (row 149) ----------------------

CONSIDERING_AID = """
    Chile Chile PROPN 3 nsubj
    is be AUX 3 aux
    considering consider VERB 0 root
    sending send VERB 3 xcomp
    aid aid NOUN 4 obj
    to to PART 7 mark
    help help VERB 4 advcl
    Peru Peru PROPN 9 nsubj
    cope cope VERB 7 xcomp
    . . PUNCT 3 punct
"""


def test_considering_aid_is_toward_whom_its_purpose_clause_names(coder):
    assert triples(coder, CONSIDERING_AID) == [("CHL", "014", "PER")]


def test_considering_aid_for_no_one_named_stays_the_speakers_own(coder):
    rows = """
        Chile Chile PROPN 3 nsubj
        is be AUX 3 aux
        considering consider VERB 0 root
        sending send VERB 3 xcomp
        aid aid NOUN 4 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("CHL", "014", "CHL")]


# ----- calling someone something is no phone call (row 150) ------------------------------

CALLED_NASTY = """
    Chile Chile PROPN 2 nsubj
    called call VERB 0 root
    Peru Peru PROPN 5 nmod:poss
    's 's PART 3 case
    president president NOUN 2 obj
    nasty nasty ADJ 2 xcomp
    . . PUNCT 2 punct
"""


def test_calling_someone_something_criticises_them(coder):
    assert triples(coder, CALLED_NASTY) == [("CHL", "111", "PERGOV")]


def test_calling_someone_is_still_a_phone_call(coder):
    rows = CALLED_NASTY.replace("    nasty nasty ADJ 2 xcomp\n", "")
    assert triples(coder, rows) == [("CHL", "041", "PERGOV"), ("PERGOV", "041", "CHL")]


def test_a_pattern_that_names_the_word_keeps_its_code(coder):
    # "* dictator" is 111 and "* partner" 013 in the CALL block: the word decides
    rows = CALLED_NASTY.replace("nasty nasty ADJ 2 xcomp", "partner partner NOUN 2 xcomp")
    assert triples(coder, rows) == [("CHL", "013", "PERGOV")]


def test_leaving_people_in_a_state_is_no_meeting(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        left leave VERB 0 root
        Peruvian Peruvian ADJ 4 amod
        officials official NOUN 2 obj
        confused confused ADJ 2 xcomp
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == []


# ----- "he" after a subject no dictionary knows is that person (row 151) ----------------

PRESIDENT_SPOKE = conllu("""
    Chile Chile PROPN 3 nmod:poss
    's 's PART 1 case
    president president NOUN 4 nsubj
    spoke speak VERB 0 root
    . . PUNCT 4 punct
""", sent_id="1")
UNKNOWN_BORN = conllu("""
    Otto Otto PROPN 4 nsubj:pass
    Smith Smith PROPN 1 flat
    was be AUX 4 aux:pass
    born bear VERB 0 root
    in in ADP 6 case
    Lima Lima PROPN 4 obl
    . . PUNCT 4 punct
""", sent_id="2")
HE_TRAVELED = conllu("""
    He he PRON 2 nsubj
    traveled travel VERB 0 root
    to to ADP 4 case
    Peru Peru PROPN 2 obl
    . . PUNCT 2 punct
""", sent_id="3")


def _story(coder, *sentences):
    return [e.triple for e in coder.code_conllu("".join(sentences), date="2020-03-01", story_id="t")]


def test_he_is_the_last_known_subject(coder):
    (event,) = _story(coder, PRESIDENT_SPOKE, HE_TRAVELED)
    assert event[0] == "CHLGOV" and event[2] == "PER"


def test_he_after_a_person_no_dictionary_knows_is_no_known_actor(coder):
    assert _story(coder, PRESIDENT_SPOKE, UNKNOWN_BORN, HE_TRAVELED) == []


def test_a_known_subject_after_the_unknown_one_is_he_again(coder):
    (event,) = _story(coder, UNKNOWN_BORN, PRESIDENT_SPOKE, HE_TRAVELED)
    assert event[0] == "CHLGOV" and event[2] == "PER"


# ----- a phrase of time names no one (row 152) --------------------------------------------

SPOKE_DURING = """
    The the DET 3 det
    Chilean Chilean ADJ 3 amod
    president president NOUN 4 nsubj
    spoke speak VERB 0 root
    during during ADP 7 case
    a a DET 7 det
    visit visit NOUN 4 obl
    to to ADP 9 case
    Peru Peru PROPN 7 nmod
    . . PUNCT 4 punct
"""


def test_a_phrase_of_time_names_no_target(coder):
    # "Abbas spoke during his first campaign rally in the West Bank": no one
    assert triples(coder, SPOKE_DURING) == []


def test_the_same_phrase_as_a_party_names_the_target(coder):
    rows = SPOKE_DURING.replace("during during ADP", "about about ADP")
    (event,) = triples(coder, rows)
    assert event[0] == "CHLGOV" and event[2].startswith("PER")


# ----- benefiting from something helps no one (row 154) -----------------------------------

BENEFITED = """
    Chile Chile PROPN 2 nsubj
    benefited benefit VERB 0 root
    from from ADP 6 case
    Peru Peru PROPN 6 nmod:poss
    's 's PART 4 case
    setback setback NOUN 2 obl
    . . PUNCT 2 punct
"""


def test_benefiting_from_something_is_no_cooperation(coder):
    assert triples(coder, BENEFITED) == []


def test_aiding_someone_still_is(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        aided aid VERB 0 root
        Peru Peru PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "060", "PER")]


# ----- "it" is never a person the dictionaries list (row 155) -----------------------------

IT_CRITICIZED = conllu("""
    It it PRON 2 nsubj
    criticized criticize VERB 0 root
    Peru Peru PROPN 2 obj
    . . PUNCT 2 punct
""", sent_id="2")


def test_it_does_not_refer_to_a_person(coder):
    putin_spoke = conllu("""
        Vladimir Vladimir PROPN 3 nsubj
        Putin Putin PROPN 1 flat
        spoke speak VERB 0 root
        . . PUNCT 3 punct
    """, sent_id="1")
    assert _story(coder, putin_spoke, IT_CRITICIZED) == []


def test_it_still_refers_to_a_country(coder):
    russia_spoke = conllu("""
        Russia Russia PROPN 2 nsubj
        spoke speak VERB 0 root
        . . PUNCT 2 punct
    """, sent_id="1")
    (event,) = _story(coder, russia_spoke, IT_CRITICIZED)
    assert event[0] == "RUS" and event[2] == "PER"


# ----- a measure eased: whom its relative clause says it was imposed on (row 157) ---------

LIFT_THE_BAN = """
    Chile Chile PROPN 2 nsubj
    refused refuse VERB 0 root
    to to PART 4 mark
    lift lift VERB 2 xcomp
    the the DET 6 det
    ban ban NOUN 4 obj
    that that PRON 9 obj
    it it PRON 9 nsubj
    imposed impose VERB 6 acl:relcl
    on on ADP 12 case
    Peruvian Peruvian ADJ 12 amod
    traders trader NOUN 9 obl
    . . PUNCT 2 punct
"""


def test_a_measure_eased_is_toward_whom_it_was_imposed_on(coder):
    events = triples(coder, LIFT_THE_BAN)
    refusal = [e for e in events if e[1].startswith("124")]
    assert refusal and refusal[0][0] == "CHL" and refusal[0][2].startswith("PER"), events


def test_a_measure_eased_that_names_no_one_has_no_target(coder):
    rows = LIFT_THE_BAN.replace("    on on ADP 12 case\n    Peruvian Peruvian ADJ 12 amod\n    traders trader NOUN 9 obl\n", "")
    assert [e for e in triples(coder, rows) if e[1].startswith("124")] == []


def test_a_name_the_parser_made_a_bare_obl_is_still_a_predicate(coder):
    # row 158: "called Britain's ambassador a very stupid guy", the noun read as an obl
    rows = """
        Chile Chile PROPN 2 nsubj
        called call VERB 0 root
        Peru Peru PROPN 5 nmod:poss
        's 's PART 3 case
        president president NOUN 2 obj
        a a DET 8 det
        stupid stupid ADJ 8 amod
        man man NOUN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "111", "PERGOV")]


def test_a_day_after_the_object_is_no_predicate(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        called call VERB 0 root
        Peru Peru PROPN 5 nmod:poss
        's 's PART 3 case
        president president NOUN 2 obj
        Tuesday Tuesday PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "041", "PERGOV"), ("PERGOV", "041", "CHL")]


# ----- standing with someone backs them (row 159) -----------------------------------------

@pytest.mark.parametrize("prep", ["with", "behind"])
def test_standing_with_or_behind_someone_backs_them(coder, prep):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        stands stand VERB 0 root
        {prep} {prep} ADP 4 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "051", "PER")]


def test_standing_in_a_place_is_no_event(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        stands stand VERB 0 root
        in in ADP 4 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == []


# ----- the party of the object noun, named by a role alone (row 161) ------------------------

MEDIATION_WITH = """
    Chile Chile PROPN 2 nsubj
    ended end VERB 0 root
    mediation mediation NOUN 4 compound
    efforts effort NOUN 2 obj
    {prep} {prep} ADP 7 case
    the the DET 7 det
    truckers trucker NOUN 4 nmod
    . . PUNCT 2 punct
"""


def test_the_object_nouns_party_named_by_a_role_is_the_target(coder):
    found = triples(coder, MEDIATION_WITH.format(prep="with"))
    assert found and all(e[0] == "CHL" and e[2].endswith("LAB") for e in found), found


def test_an_object_nouns_phrase_that_names_no_party_is_no_target(coder):
    assert triples(coder, MEDIATION_WITH.format(prep="about")) == []


# ----- the main event first (row 162) -------------------------------------------------------

def test_a_sentences_main_event_comes_first(coder):
    rows = """
        Meeting meet VERB 5 advcl Tense=Pres|VerbForm=Part
        Bolivia Bolivia PROPN 1 obj
        , , PUNCT 1 punct
        Chile Chile PROPN 5 nsubj
        rejected reject VERB 0 root
        Peru Peru PROPN 8 nmod:poss
        's 's PART 6 case
        call call NOUN 5 obj
        . . PUNCT 5 punct
    """
    # "Meeting Bolivia, Chile rejected Peru's call": the rejection, then the meeting (a
    # relative clause would be background, row 189), both ways (row 300); a call rejected is
    # a plain rejection (row 425)
    events = [e.triple for e in coder.code_conllu(conllu(rows), date="2020-03-01", story_id="t")]
    assert events == [("CHL", "120", "PER"), ("CHL", "040", "BOL"), ("BOL", "040", "CHL")], events


# ----- a refusal toward whom its condition asks to act (row 163) -----------------------------

LIFT_UNTIL = """
    Chile Chile PROPN 4 nsubj
    will will AUX 4 aux
    not not PART 4 advmod
    lift lift VERB 0 root
    the the DET 6 det
    ban ban NOUN 4 obj
    until until SCONJ 9 mark
    {who}
    pays pay VERB 4 advcl
    the the DET 11 det
    fine fine NOUN 9 obj
    . . PUNCT 4 punct
"""


def test_a_refusal_to_ease_is_toward_whom_its_condition_names(coder):
    assert ("CHL", "1241", "PER") in triples(coder, LIFT_UNTIL.format(who="Peru Peru PROPN 9 nsubj"))


def test_a_condition_that_names_no_one_gives_no_target(coder):
    assert triples(coder, LIFT_UNTIL.format(who="everyone everyone PRON 9 nsubj")) == []


# ----- "his country", "her government": the possessor's own (row 164) ------------------------

HIS_COUNTRY = """
    The the DET 3 det
    Chilean Chilean ADJ 3 amod
    president president NOUN 4 nsubj
    said say VERB 0 root
    {owner} {owner_lemma} {owner_upos} 6 nmod:poss
    {noun} {noun} NOUN 9 nsubj
    will will AUX 9 aux
    not not PART 9 advmod
    lift lift VERB 4 ccomp
    the the DET 11 det
    ban ban NOUN 9 obj
    until until SCONJ 14 mark
    Peru Peru PROPN 14 nsubj
    pays pay VERB 9 advcl
    . . PUNCT 4 punct
"""


@pytest.mark.parametrize("noun, code", [("country", "CHL"), ("government", "CHLGOV")])
def test_his_country_is_the_possessors_own(coder, noun, code):
    rows = HIS_COUNTRY.format(owner="his", owner_lemma="he", owner_upos="PRON", noun=noun)
    assert (code, "1241", "PER") in triples(coder, rows)


def test_a_country_a_noun_possesses_is_not_the_speakers(coder):
    # "the region's country" says nothing of whose it is
    rows = HIS_COUNTRY.format(owner="region", owner_lemma="region", owner_upos="NOUN", noun="country")
    assert [e for e in triples(coder, rows) if e[1] == "1241"] == []


# ----- a capitalised auxiliary after a proper noun ends a name (row 165) ---------------------

MAY_WILL = """
    Theresa Theresa PROPN 4 nsubj
    May may AUX 4 aux
    will will AUX 4 aux
    hold hold VERB 0 root
    talks talk NOUN 4 obj
    with with ADP 7 case
    Germany Germany PROPN 4 obl
    . . PUNCT 4 punct
"""


def test_a_capitalised_auxiliary_after_a_proper_noun_ends_the_name(coder):
    assert ("GBRGOV", "046", "DEU") in triples(coder, MAY_WILL, date="2019-02-20")


def test_a_title_case_headline_keeps_its_auxiliary():
    from eventcoder import read_conllu
    from eventcoder.match.graph import Graph

    rows = """
        Iran Iran PROPN 3 nsubj
        Will will AUX 3 aux
        Respond respond VERB 0 root
    """
    graph = Graph(read_conllu(conllu(rows))[0])
    assert (graph.upos(2), graph.head(2)) == ("AUX", 3)
    written = Graph(read_conllu(conllu(MAY_WILL))[0])
    assert (written.upos(2), written.head(2), written.deprel(2)) == ("PROPN", 1, "flat")


# ----- conjoined nouns are one phrase of the verb; a conjoined clause is not (row 167) --------

def test_a_pattern_word_and_a_recipient_in_a_conjoined_noun_count(coder):
    # "handed over tents and medicines to Peru", the parser hanging "to Peru" on "medicines"
    rows = """
        Chile Chile PROPN 2 nsubj
        handed hand VERB 0 root
        over over ADP 2 compound:prt
        tents tent NOUN 2 obj
        and and CCONJ 6 cc
        medicines medicine NOUN 4 conj
        to to ADP 8 case
        Peru Peru PROPN 6 nmod
        . . PUNCT 2 punct
    """
    assert [e for e in triples(coder, rows) if e[0] == "CHL"] == [("CHL", "073", "PER")]


def test_a_conjoined_clause_is_not_the_verbs_phrase(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        handed hand VERB 0 root
        over over ADP 2 compound:prt
        medical medical ADJ 5 amod
        equipment equipment NOUN 2 obj
        and and CCONJ 8 cc
        Peru Peru PROPN 8 nsubj
        protested protest VERB 2 conj
        . . PUNCT 2 punct
    """
    assert [e for e in triples(coder, rows) if e[0] == "CHL"] == []


# ----- a thing a country adjective describes is given, to whom the "to" phrase names (row 170)

RETURNED = """
    Chile Chile PROPN 2 nsubj
    returned return VERB 0 root
    six six NUM 5 nummod
    Peruvian Peruvian ADJ 5 amod
    {thing} {lemma} NOUN 2 obj
    to to ADP 7 case
    Bolivia Bolivia PROPN 2 obl
    . . PUNCT 2 punct
"""


def test_a_thing_given_is_not_the_country_that_describes_it(coder):
    found = triples(coder, RETURNED.format(thing="artifacts", lemma="artifact"))
    assert found and all(e[2] == "BOL" for e in found), found


def test_people_given_back_are_still_whom_it_is_done_to(coder):
    found = triples(coder, RETURNED.format(thing="prisoners", lemma="prisoner"))
    assert found and all(e[2] == "PERCVL" for e in found), found


# ----- praising a decision is praise (row 171) ----------------------------------------------

@pytest.mark.parametrize("verb, lemma", [("welcomed", "welcome"), ("praised", "praise")])
def test_praising_a_decision_is_praise_not_a_defence(coder, verb, lemma):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        Peru Peru PROPN 5 nmod:poss
        's 's PART 3 case
        decision decision NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "051", "PER")]


# ----- a demand is toward whom its complement says must act (row 172) ------------------------

MUST_ACT = """
    Chile Chile PROPN 2 nsubj
    said say VERB 0 root
    that that SCONJ 6 mark
    {who}
    must must AUX 6 aux
    do do VERB 2 ccomp
    more more ADJ 6 obj
    before before SCONJ 11 mark
    it it PRON 11 nsubj
    would would AUX 11 aux
    support support VERB 6 advcl
    sanctions sanction NOUN 11 obj
    . . PUNCT 2 punct
"""


def test_a_demand_is_toward_whom_its_complement_says_must_act(coder):
    assert ("CHL", "100", "PER") in triples(coder, MUST_ACT.format(who="Peru Peru PROPN 6 nsubj"))


def test_a_speaker_saying_what_it_must_do_demands_nothing_of_itself(coder):
    assert [e for e in triples(coder, MUST_ACT.format(who="we we PRON 6 nsubj")) if e[1] == "100"] == []


# ----- the party of an event noun in a prepositional phrase (row 174) ------------------------

HOPED_FOR = """
    Chile Chile PROPN 2 nsubj
    hoped hope VERB 0 root
    for for ADP 5 case
    more more ADJ 5 amod
    {noun} {noun} NOUN 2 obl
    with with ADP 8 case
    the the DET 8 det
    truckers trucker NOUN 5 nmod
    . . PUNCT 2 punct
"""


def test_the_party_of_an_event_noun_in_a_prepositional_phrase_is_the_target(coder):
    found = triples(coder, HOPED_FOR.format(noun="talks"))
    assert found and all(e[0] == "CHL" and e[2].endswith("LAB") for e in found), found


def test_the_party_of_a_thing_in_a_prepositional_phrase_is_no_target(coder):
    assert [e for e in triples(coder, HOPED_FOR.format(noun="sunshine")) if e[2].endswith("LAB")] == []


# ----- an investigation into a clause is into that clause's subject (row 178) ----------------

INTO_WHETHER = """
    Chilean Chilean ADJ 2 amod
    prosecutors prosecutor NOUN 3 nsubj
    launched launch VERB 0 root
    an a DET 5 det
    investigation investigation NOUN 3 obj
    into into ADP 9 mark
    whether whether SCONJ 9 mark
    {who}
    helped help VERB 3 advcl
    smugglers smuggler NOUN 9 obj
    . . PUNCT 3 punct
"""


def test_an_investigation_into_a_clause_is_into_its_subject(coder):
    found = [e for e in triples(coder, INTO_WHETHER.format(who="Peru Peru PROPN 9 nsubj")) if e[1].startswith("09")]
    assert found == [("CHLJUD", "090", "PER")], found


def test_an_investigation_into_a_clause_of_no_one_has_no_target(coder):
    found = [e for e in triples(coder, INTO_WHETHER.format(who="anyone anyone PRON 9 nsubj")) if e[1].startswith("09")]
    assert found == []


# ----- training another's soldiers is military aid; training alone is nothing (row 179) -----

def test_training_anothers_pilots_is_military_aid(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        trains train VERB 0 root
        Peruvian Peruvian ADJ 4 amod
        pilots pilot NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "072", "PER")]


def test_troops_training_somewhere_is_no_event(coder):
    rows = """
        Chilean Chilean ADJ 2 amod
        troops troop NOUN 3 nsubj
        trained train VERB 0 root
        in in ADP 5 case
        Peru Peru PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == []


# ----- a doubled consonant finds its verb when the lemma is wrong (row 180) -----------------

@pytest.mark.parametrize("form, lemma", [("hitting", "hite"), ("banned", "banne")])
def test_a_doubled_consonant_finds_the_verb_under_a_wrong_lemma(coder, form, lemma):
    rows = f"""
        Chile Chile PROPN 3 nsubj
        is be AUX 3 aux
        {form} {lemma} VERB 0 root
        Peru Peru PROPN 3 obj
        . . PUNCT 3 punct
    """
    assert [e for e in triples(coder, rows) if e[0] == "CHL"], triples(coder, rows)


# ----- suspending links or flights reduces relations (row 181) ------------------------------

@pytest.mark.parametrize("noun, lemma", [("links", "link"), ("flights", "flight")])
def test_suspending_links_or_flights_reduces_relations(coder, noun, lemma):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        suspended suspend VERB 0 root
        air air NOUN 4 compound
        {noun} {lemma} NOUN 2 obj
        with with ADP 6 case
        Peru Peru PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "160", "PER")]


# ----- what happened before or after is no pattern word (row 182) ---------------------------

DECLINED_TO_RESIGN = """
    Chile Chile PROPN 3 nmod:poss
    's 's PART 1 case
    president president NOUN 4 nsubj
    declined decline VERB 0 root
    to to PART 6 mark
    resign resign VERB 4 xcomp
    {prep} {prep} ADP 8 case
    allegations allegation NOUN 6 obl
    . . PUNCT 4 punct
"""


def test_a_phrase_after_the_verb_is_no_pattern_word(coder):
    # "declined to resign after allegations": a refusal to step down, not a denial (016)
    found = triples(coder, DECLINED_TO_RESIGN.format(prep="after"))
    assert found and all(e[1].startswith("12") for e in found), found


def test_a_phrase_of_what_the_verb_is_about_still_is(coder):
    found = triples(coder, DECLINED_TO_RESIGN.format(prep="over"))
    assert any(e[1] == "016" for e in found), found  # "declined ... over allegations"


# ----- an opposition or rebel title says an undated person's side (row 183) ------------------

def test_an_opposition_title_says_an_undated_persons_side(coder):
    rows = """
        Russian Russian ADJ 4 amod
        opposition opposition NOUN 3 compound
        leader leader NOUN 4 compound
        Alexei Alexei PROPN 6 nsubj
        Navalny Navalny PROPN 4 flat
        started start VERB 0 root
        a a DET 9 det
        hunger hunger NOUN 9 compound
        strike strike NOUN 6 obj
        . . PUNCT 6 punct
    """
    found = triples(coder, rows, date=None)
    assert found and all(e[0] == "RUSOPP" for e in found), found


# ----- serving in an office is no cooperation; soldiers serving abroad keep the peace (row 185)

def test_serving_in_a_government_is_no_event(coder):
    rows = """
        Two two NUM 2 nummod
        ex-ministers ex-minister NOUN 3 nsubj
        served serve VERB 0 root
        in in ADP 7 case
        Chile Chile PROPN 7 nmod:poss
        's 's PART 5 case
        government government NOUN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == []


def test_soldiers_serving_in_another_country_keep_the_peace(coder):
    rows = """
        Chilean Chilean ADJ 2 amod
        soldiers soldier NOUN 3 nsubj
        served serve VERB 0 root
        in in ADP 5 case
        Lebanon Lebanon PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("CHLMIL", "074", "LBN")]


# ----- what a lifted measure did is not the lifter's deed (row 186) -------------------------

@pytest.mark.parametrize("verb, lemma, kept", [("lifted", "lift", False), ("imposed", "impose", True)])
def test_a_lifted_bans_participle_is_not_the_lifters_deed(coder, verb, lemma, kept):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        a a DET 4 det
        ban ban NOUN 2 obj
        preventing prevent VERB 4 acl VerbForm=Ger
        Peru Peru PROPN 5 obj
        . . PUNCT 2 punct
    """
    found = [e for e in triples(coder, rows) if e[1].startswith("12")]
    assert bool(found) == kept, found


def test_a_country_a_pronoun_possesses_as_an_object_is_not_done_to(coder):
    # row 187: "the king surrendered his country as a vassal state" is no yielding to his country
    rows = """
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        president president NOUN 4 nsubj
        surrendered surrender VERB 0 root
        his he PRON 6 nmod:poss
        country country NOUN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == []


# ----- row 189: relative clauses are background ------------------------------------------

_PRAISED_WHO_ATTACKED = """
    Chile Chile PROPN 2 nsubj
    praised praise VERB 0 root
    Peru Peru PROPN 2 obj
    , , PUNCT 6 punct
    which which PRON 6 nsubj
    attacked attack VERB 3 acl:relcl
    Bolivia Bolivia PROPN 6 obj
    . . PUNCT 2 punct
"""


def test_a_relative_clause_is_background_to_the_sentences_event(coder):
    # "which attacked Bolivia" describes Peru; the sentence reports the praise.
    assert triples(coder, _PRAISED_WHO_ATTACKED) == [("CHL", "051", "PER")]


def test_a_relative_clause_is_the_event_where_the_sentence_has_no_other(coder):
    rows = """
        Chile Chile PROPN 4 nsubj
        was be AUX 4 cop
        not not PART 4 advmod
        responsible responsible ADJ 0 root
        for for ADP 7 case
        the the DET 7 det
        deaths death NOUN 4 obl
        of of ADP 10 case
        Peruvian Peruvian ADJ 10 amod
        soldiers soldier NOUN 7 nmod
        who who PRON 13 nsubj:pass
        were be AUX 13 aux:pass
        shot shoot VERB 10 acl:relcl Tense=Past|VerbForm=Part|Voice=Pass
        by by ADP 16 case
        Bolivian Bolivian ADJ 16 amod
        troops troop NOUN 13 obl:agent
        . . PUNCT 4 punct
    """
    assert [(e[0], e[2]) for e in triples(coder, rows)] == [("BOLMIL", "PERMIL")]


@pytest.mark.parametrize("participle, expected", [
    # row 189: "warplanes supported by Peru" describes the warplanes (which were supported)
    (["supported support VERB 2 acl Tense=Past|VerbForm=Part", "by by ADP 5 case", "Peru Peru PROPN 3 obl"], []),
    # without the modifier: the attack alone
    ([], []),
])
def test_a_past_participle_modifier_is_background(coder, participle, expected):
    n = len(participle)
    extra = "\n".join(participle)
    rows = f"""
        Chilean Chilean ADJ 2 amod
        warplanes warplane NOUN {3 + n} nsubj
        {extra}
        bombed bomb VERB 0 root
        Bolivia Bolivia PROPN {3 + n} obj
        . . PUNCT {3 + n} punct
    """
    events = triples(coder, rows)
    assert [e for e in events if e[1][:2] != "19"] == expected
    assert [(e[0], e[2]) for e in events if e[1][:2] == "19"] == [("CHLMIL", "BOL")]


# ----- row 190: a participle of result is the attack's own --------------------------------

@pytest.mark.parametrize("head, results", [
    # "bombed Peru, killing ten Peruvian soldiers": one attack, coded once
    ("bombed bomb", 0),
    # "seized Peru, killing ...": an occupation and a killing, two events
    ("seized seize", 1),
])
def test_a_killing_that_results_from_an_attack_is_that_attack(coder, head, results):
    rows = f"""
        Chilean Chilean ADJ 2 amod
        troops troop NOUN 3 nsubj
        {head} VERB 0 root
        Peru Peru PROPN 3 obj
        , , PUNCT 6 punct
        killing kill VERB 3 advcl Tense=Pres|VerbForm=Part
        ten ten NUM 9 nummod
        Peruvian Peruvian ADJ 9 amod
        soldiers soldier NOUN 6 obj
        . . PUNCT 3 punct
    """
    events = triples(coder, rows)
    assert sum(1 for e in events if e[2] == "PERMIL") == results
    assert any(e[2] == "PER" and e[0] == "CHLMIL" for e in events)


# ----- row 191: news media told something are a statement's channel -------------------------

_ASSOCIATED_PRESS = ["Associated Associated PROPN 7 compound", "Press Press PROPN 4 obj"]


@pytest.mark.parametrize("verb, listener, expected", [
    # "the ministry told the Associated Press": the press only carries the statement
    ("told tell", _ASSOCIATED_PRESS, []),
    # told to an actor, a statement toward it
    ("told tell", ["Peruvian Peruvian ADJ 7 amod", "officials official NOUN 4 obj"], [("CHLGOV", "010", "PERGOV")]),
    # media criticised are the target (not a statement, CAMEO 11)
    ("criticised criticise", _ASSOCIATED_PRESS, [("CHLGOV", "111", "USAMED")]),
])
def test_media_a_statement_is_made_to_are_not_its_target(coder, verb, listener, expected):
    first, second = listener
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        government government NOUN 4 nsubj
        {verb} VERB 0 root
        the the DET 7 det
        {first}
        {second}
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == expected


# ----- row 192: a document's participle is what its issuing says -----------------------------

@pytest.mark.parametrize("rest, expected", [
    # "issued a statement criticising Peru": the criticism, not a statement besides
    (["criticising criticise VERB 4 acl Tense=Pres|VerbForm=Part", "Peru Peru PROPN 5 obj"], [("CHL", "111", "PER")]),
    # a statement on Peru says nothing more: the statement stays
    (["on on ADP 6 case", "Peru Peru PROPN 4 nmod"], [("CHL", "010", "PER")]),
])
def test_a_documents_participle_speaks_for_its_issuing(coder, rest, expected):
    first, second = rest
    rows = f"""
        Chile Chile PROPN 2 nsubj
        issued issue VERB 0 root
        a a DET 4 det
        statement statement NOUN 2 obj
        {first}
        {second}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


def test_sharing_evidence_is_one_way(coder):
    # row 193: "shared evidence with Peru" gives it to Peru; Peru shares nothing back
    rows = """
        Chile Chile PROPN 2 nsubj
        shared share VERB 0 root
        evidence evidence NOUN 2 obj
        with with ADP 5 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "064", "PER")]


# ----- row 194: conjoined roles share the country an adjective gives the first ----------------

@pytest.mark.parametrize("second, expected", [
    # "the Iraqi police and soldiers": Iraqi soldiers
    (["soldiers soldier NOUN 3 conj"], {"IRQCOP", "IRQMIL"}),
    # "the Iraqi police and private sector": the private sector is business (BUS)
    (["private private ADJ 6 amod", "sector sector NOUN 3 conj"], {"IRQCOP", "IRQBUS"}),
    # a conjunct with a country of its own keeps it
    (["Syrian Syrian ADJ 6 amod", "soldiers soldier NOUN 3 conj"], {"IRQCOP", "SYRMIL"}),
])
def test_conjoined_roles_share_the_country_of_the_first(coder, second, expected):
    n = len(second)
    extra = "\n".join(second)
    rows = f"""
        The the DET 3 det
        Iraqi Iraqi ADJ 3 amod
        police police NOUN {5 + n} nsubj
        and and CCONJ {4 + n} cc
        {extra}
        attacked attack VERB 0 root
        Kuwait Kuwait PROPN {5 + n} obj
        . . PUNCT {5 + n} punct
    """
    events = triples(coder, rows)
    assert {e[0] for e in events} == expected and {e[2] for e in events} == {"KWT"}


def test_a_country_named_as_a_head_gives_no_country_to_its_conjuncts(coder):
    rows = """
        Iraq Iraq PROPN 4 nsubj
        and and CCONJ 3 cc
        soldiers soldier NOUN 1 conj
        attacked attack VERB 0 root
        Kuwait Kuwait PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert [e for e in triples(coder, rows) if e[0].endswith("MIL")] == [("---MIL", "190", "KWT")]


# ----- row 195: a subject word of a pattern may stand before the verb's auxiliaries -------------

@pytest.mark.parametrize("subject, aux, code", [
    ("troops troop", [], "072"),  # ARRIVE's "&MILITARY *": troops arriving are military aid
    ("troops troop", ["have have AUX 4 aux"], "072"),  # ... with an auxiliary between
    ("diplomats diplomat", ["have have AUX 4 aux"], "040"),  # no pattern word: the block's code
    ("troops troop", ["would would AUX 4 aux"], "040"),  # a modal keeps the words apart
])
def test_a_pattern_word_before_the_verb_may_stand_before_its_auxiliaries(coder, subject, aux, code):
    n = len(aux)
    extra = "\n".join(aux)
    rows = f"""
        British British ADJ 2 amod
        {subject} NOUN {3 + n} nsubj
        {extra}
        arrived arrive VERB 0 root
        in in ADP {5 + n} case
        Mali Mali PROPN {3 + n} obl
        . . PUNCT {3 + n} punct
    """
    assert [e[1] for e in triples(coder, rows)] == [code]


# ----- row 196: what one faces is no event of one's own ---------------------------------------

@pytest.mark.parametrize("obj", [
    ["problems problem NOUN 2 obj", "in in ADP 5 case", "Peru Peru PROPN 2 obl"],  # was 012, a comment
    ["sanctions sanction NOUN 2 obj", "from from ADP 5 case", "Peru Peru PROPN 2 obl"],  # was 040, a meeting
])
def test_facing_something_is_no_event(coder, obj):
    extra = "\n".join(obj)
    rows = f"""
        Chile Chile PROPN 2 nsubj
        faced face VERB 0 root
        {extra}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == []


@pytest.mark.parametrize("place, roots", [
    ("hospital", []),  # row 197: discharged after treatment, no release of persons
    ("prison", ["08"]),  # a release from prison stays one
])
def test_released_from_hospital_is_no_release(coder, place, roots):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        released release VERB 0 root
        the the DET 5 det
        Peruvian Peruvian ADJ 5 amod
        president president NOUN 2 obj
        from from ADP 7 case
        {place} {place} NOUN 2 obl
        . . PUNCT 2 punct
    """
    assert [e[1][:2] for e in triples(coder, rows)] == roots


def test_a_past_participle_on_a_noun_is_passive_without_a_voice_feature(coder):
    # row 198: "police killed by Chilean troops", the "by" phrase read as a plain obl and
    # no Voice=Pass (as the compact parser writes it): the troops killed the police
    rows = """
        Peruvian Peruvian ADJ 2 amod
        police police NOUN 8 nsubj:pass
        killed kill VERB 2 acl Tense=Past|VerbForm=Part
        by by ADP 6 case
        Chilean Chilean ADJ 6 amod
        troops troop NOUN 3 obl
        were be AUX 8 aux:pass
        buried bury VERB 0 root
        . . PUNCT 8 punct
    """
    assert triples(coder, rows) == [("CHLMIL", "190", "PERCOP")]


# ----- row 199: what the speaker's own side must do is no demand; the UN is not the EU --------

def test_what_the_speakers_own_side_must_do_is_no_demand(coder):
    # "Chile criticised Peru and said that it must defend Bolivia": no demand on anyone
    rows = """
        Chile Chile PROPN 2 nsubj
        criticised criticise VERB 0 root
        Peru Peru PROPN 2 obj
        and and CCONJ 5 cc
        said say VERB 2 conj
        that that SCONJ 9 mark
        it it PRON 9 nsubj
        must must AUX 9 aux
        defend defend VERB 5 ccomp
        Bolivia Bolivia PROPN 9 obj
        . . PUNCT 2 punct
    """
    assert not [e for e in triples(coder, rows) if e[1] == "100"]


def test_one_organisation_reporting_what_another_will_do_reports_its_act(coder):
    # "The UN said the EU will send aid to Peru": the EU's aid, not the UN's intention
    rows = """
        The the DET 2 det
        UN UN PROPN 3 nsubj
        said say VERB 0 root
        the the DET 5 det
        EU EU PROPN 7 nsubj
        will will AUX 7 aux
        send send VERB 3 ccomp
        aid aid NOUN 7 obj
        to to ADP 10 case
        Peru Peru PROPN 7 obl
        . . PUNCT 3 punct
    """
    events = triples(coder, rows)
    assert [e for e in events if e[0] == "IGOEUREEC"] == [("IGOEUREEC", "070", "PER")]


def test_a_refusals_condition_hung_on_the_measures_relative_clause(coder):
    # row 200: "will not lift the embargo it had imposed on the island if Peru releases
    # prisoners", the parser hanging the condition on "imposed": toward Peru
    rows = """
        Chile Chile PROPN 4 nsubj
        will will AUX 4 aux
        not not PART 4 advmod
        lift lift VERB 0 root
        the the DET 6 det
        embargo embargo NOUN 4 obj
        it it PRON 9 nsubj
        had have AUX 9 aux
        imposed impose VERB 6 acl:relcl
        on on ADP 12 case
        the the DET 12 det
        island island NOUN 9 obl
        if if SCONJ 15 mark
        Peru Peru PROPN 15 nsubj
        releases release VERB 9 advcl
        prisoners prisoner NOUN 15 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("CHL", "1244", "PER")]


@pytest.mark.parametrize("person, expected", [
    ("bride", [("CHLCOP", "173", "CHLCVL")]),  # row 201: words of age are private people
    ("teenagers", [("CHLCOP", "173", "CHLCVL")]),
])
def test_words_of_age_are_private_people(coder, person, expected):
    rows = f"""
        Chilean Chilean ADJ 2 amod
        police police NOUN 3 nsubj
        arrested arrest VERB 0 root
        a a DET 5 det
        {person} {person} NOUN 3 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


# ----- row 203: "the country" is the last country named before it ---------------------------

def test_the_country_is_the_last_country_named_before_it(coder):
    # "Chile praised Peru after the country attacked Bolivia": Peru attacked Bolivia
    rows = """
        Chile Chile PROPN 2 nsubj
        praised praise VERB 0 root
        Peru Peru PROPN 2 obj
        after after SCONJ 7 mark
        the the DET 6 det
        country country NOUN 7 nsubj
        attacked attack VERB 2 advcl
        Bolivia Bolivia PROPN 7 obj
        . . PUNCT 2 punct
    """
    assert ("PER", "190", "BOL") in triples(coder, rows)


def test_the_country_is_not_the_one_asked_to_leave_it(coder):
    # "Chile called on Peruvian troops to leave the country": Chile's, not Peru's
    rows = """
        Chile Chile PROPN 2 nsubj
        called call VERB 0 root
        on on ADP 5 case
        Peruvian Peruvian ADJ 5 amod
        troops troop NOUN 2 obl
        to to PART 7 mark
        leave leave VERB 2 advcl
        the the DET 9 det
        country country NOUN 7 obj
        . . PUNCT 2 punct
    """
    events = triples(coder, rows)
    assert events and all(e[2] != "PER" for e in events)


@pytest.mark.parametrize("obj, code", [
    ("links link NOUN 2 obj", "161"),  # breaking off links breaks relations, no threat (130)
    ("talks talk NOUN 2 obj", "164"),  # breaking off talks halts negotiations
])
def test_breaking_off_links_or_talks(coder, obj, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        broke break VERB 0 root
        off off ADP 2 compound:prt
        {obj}
        with with ADP 6 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", code, "PER")]


# ----- row 205: a one-word pattern before * may be the subject's head -------------------------

def test_a_pattern_word_may_be_the_head_of_a_long_subject(coder):
    # "Chilean peacekeepers of the first group arrived in Peru": ARRIVE's "&PKO *"
    rows = """
        Chilean Chilean ADJ 2 amod
        peacekeepers peacekeeper NOUN 7 nsubj
        of of ADP 6 case
        the the DET 6 det
        first first ADJ 6 amod
        group group NOUN 2 nmod
        arrived arrive VERB 0 root
        in in ADP 9 case
        Peru Peru PROPN 7 obl
        . . PUNCT 7 punct
    """
    assert triples(coder, rows) == [("CHL", "074", "PER"), ("PER", "0861", "CHL")]


def test_a_weapon_that_strikes_strikes_one_way(coder):
    # "Chilean missiles struck Peru": no exchange of small-arms fire (193:193)
    rows = """
        Chilean Chilean ADJ 2 amod
        missiles missile NOUN 3 nsubj
        struck strike VERB 0 root
        Peru Peru PROPN 3 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("CHL", "190", "PER")]


def test_money_lent_in_billions_is_economic_aid(coder):
    # row 206: "Chile lent $5 billion to Peru" (GRANT's "* billion"), not the block's 060
    rows = """
        Chile Chile PROPN 2 nsubj
        lent lend VERB 0 root
        $ $ SYM 2 obj
        5 5 NUM 5 compound
        billion billion NUM 3 nummod
        to to ADP 7 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "071", "PER")]


# ----- row 207: a deed one is responsible for is one's own ------------------------------------

_RESPONSIBLE_FOR = """
    Chile Chile PROPN 3 nsubj
    was be AUX 3 cop
    responsible responsible ADJ 0 root
    for for ADP {for_head} case
    {deed}
    . . PUNCT 3 punct
"""


@pytest.mark.parametrize("for_head, deed, expected", [
    # "... responsible for mass killings of Peruvian civilians": a mass killing (202)
    (6, ["mass mass NOUN 6 compound", "killings killing NOUN 3 obl", "of of ADP 9 case",
         "Peruvian Peruvian ADJ 9 amod", "civilians civilian NOUN 6 nmod"], [("CHL", "202", "PERCVL")]),
    # "... responsible for killings in Peru": the people of the place it names
    (5, ["killings killing NOUN 3 obl", "in in ADP 7 case", "Peru Peru PROPN 5 nmod"], [("CHL", "190", "PERCVL")]),
    # a deed of no violence that names no one it was done to codes nothing
    (6, ["the the DET 6 det", "negotiations negotiation NOUN 3 obl"], []),
])
def test_the_deed_one_is_responsible_for(coder, for_head, deed, expected):
    rows = _RESPONSIBLE_FOR.format(for_head=for_head, deed="\n".join(deed))
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("speaker, expected", [
    # row 208: "'We will attack Peru,' the Chilean minister said": the minister's side threatens
    (["the the DET 8 det", "Chilean Chilean ADJ 8 amod", "minister minister NOUN 9 nsubj", "said say VERB 0 root"],
     [("CHLGOV", "1384", "PER")]),
    # outside a quotation "we" names no one the sentence can see
    (["the the DET 8 det", "Chilean Chilean ADJ 8 amod", "minister minister NOUN 9 nsubj", "left leave VERB 0 root"],
     []),
])
def test_we_in_a_quotation_is_its_speaker(coder, speaker, expected):
    extra = "\n".join(speaker)
    rows = f"""
        We we PRON 3 nsubj
        will will AUX 3 aux
        attack attack VERB 9 ccomp
        Peru Peru PROPN 3 obj
        , , PUNCT 3 punct
        {extra}
        . . PUNCT 9 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("obj, root", [
    (["aid aid NOUN 2 obj"], "07"),  # row 210: aid announced is aid given, not an intent (0331)
    (["humanitarian humanitarian ADJ 4 amod", "assistance assistance NOUN 2 obj"], "07"),
    # a suspension of aid announced stays a reduction of aid
    (["a a DET 4 det", "suspension suspension NOUN 2 obj", "of of ADP 6 case", "aid aid NOUN 4 nmod"], "16"),
])
def test_aid_announced_is_aid_given(coder, obj, root):
    n = len(obj)
    extra = "\n".join(obj)
    rows = f"""
        Chile Chile PROPN 2 nsubj
        announced announce VERB 0 root
        {extra}
        to to ADP {4 + n} case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert [e[1][:2] for e in triples(coder, rows) if e[2] == "PER"] == [root]


@pytest.mark.parametrize("verb, obj, code", [
    # row 211: an attack spoken of is a statement about it, not the speaker's fight (190)
    ("reported report", ["an a DET 4 det", "attack attack NOUN 2 obj"], "010"),
    ("expressed express", ["concerns concern NOUN 2 obj", "about about ADP 6 case", "the the DET 6 det", "attack attack NOUN 3 nmod"], "012"),
])
def test_an_attack_spoken_of_is_no_attack_by_the_speaker(coder, verb, obj, code):
    n = len(obj)
    extra = "\n".join(obj)
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} VERB 0 root
        {extra}
        on on ADP {4 + n} case
        Peru Peru PROPN {2 + n} nmod
        . . PUNCT 2 punct
    """
    assert [(e[0], e[1]) for e in triples(coder, rows)] == [("CHL", code)]


@pytest.mark.parametrize("verb, wish, expected", [
    # row 212: what is wished for is not done
    ("expressed express", ["its its PRON 4 nmod:poss", "wish wish NOUN 2 obj"], False),
    ("hoped hope", [], False),
    ("said say", [], True),  # what is said will be done stays (row 16's "X said Y attacked Z")
])
def test_a_wished_for_deed_is_no_event(coder, verb, wish, expected):
    n = len(wish)
    extra = "\n".join(wish)
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} VERB 0 root
        {extra}
        that that SCONJ {6 + n} mark
        Peru Peru PROPN {6 + n} nsubj
        will will AUX {6 + n} aux
        attack attack VERB 2 ccomp
        Bolivia Bolivia PROPN {6 + n} obj
        . . PUNCT 2 punct
    """
    assert (("PER", "190", "BOL") in triples(coder, rows)) is expected


def test_weapons_inspectors_expelled_are_inspectors(coder):
    # row 213: "Chile expelled the UN weapons inspectors": 1662, not demobilising (0873)
    rows = """
        Chile Chile PROPN 2 nsubj
        expelled expel VERB 0 root
        the the DET 6 det
        UN UN PROPN 6 compound
        weapons weapon NOUN 6 compound
        inspectors inspector NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert [e[1] for e in triples(coder, rows)] == ["1662"]


# ----- row 214: a state's deed in the passive with no one named ----------------------------

_ARRESTED_IN = """
    The the DET 2 det
    {noun} {noun} NOUN 6 nsubj:pass
    Ana Ana PROPN 2 appos
    Quispe Quispe PROPN 3 flat
    was be AUX 6 aux:pass
    {verb} {lemma} VERB 0 root
    on on ADP 8 case
    Monday Monday PROPN 6 obl
    in in ADP 10 case
    Bolivia Bolivia PROPN 6 obl
    . . PUNCT 6 punct
"""


@pytest.mark.parametrize("noun, verb, lemma, expected", [
    # arrested or tortured where the sentence sets it: that country's state did it, to one
    # of its people (a name no dictionary knows, in apposition to "singer"; "Ana" is no
    # longer the Albanian National Army, ANA, which only capitals write)
    ("singer", "arrested", "arrest", [("BOL", "173", "BOLCVL")]),
    ("singer", "tortured", "torture", [("BOL", "1822", "BOLCVL")]),
    # a role noun says whose people: a journalist
    ("journalist", "arrested", "arrest", [("BOL", "175", "BOLMED")]),
    # a killing with no one named may be anyone's: no source
    ("singer", "killed", "kill", []),
])
def test_a_state_deed_with_no_one_named_is_the_scenes_country(coder, noun, verb, lemma, expected):
    assert triples(coder, _ARRESTED_IN.format(noun=noun, verb=verb, lemma=lemma)) == expected


def test_a_state_deed_with_an_agent_is_the_agents(coder):
    rows = """
        Rosa Rosa PROPN 4 nsubj:pass
        Mamani Mamani PROPN 1 flat
        was be AUX 4 aux:pass
        arrested arrest VERB 0 root
        by by ADP 7 case
        Peruvian Peruvian ADJ 7 amod
        police police NOUN 4 obl:agent
        in in ADP 9 case
        Bolivia Bolivia PROPN 4 obl
        . . PUNCT 4 punct
    """
    # the agent named, not the country of the scene
    found = triples(coder, rows)
    assert found and {s for s, _, _ in found} == {"PERCOP"}


@pytest.mark.parametrize("form, expected", [
    # row 215: a short abbreviation names its bearer only in capitals
    ("ANA", [("MKDREB", "111", "PER")]),  # the Albanian National Army, written as it abbreviates
    ("Ana", []),  # a given name
    # row 216: dotted initials also without their last full stop
    ("U.S.", [("USA", "111", "PER")]),
    ("U.S", [("USA", "111", "PER")]),
    ("US", [("USA", "111", "PER")]),
])
def test_how_a_short_name_is_written(coder, form, expected):
    rows = f"""
        {form} {form} PROPN 2 nsubj
        condemned condemn VERB 0 root
        Peru Peru PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("modifier, expected", [
    # row 217: a country's adjective on another country's body names that country's own:
    # "Senate" is a name of the US Congress (USAGOVLEG), not the Nigerian one
    ("Nigerian Nigerian ADJ 3 amod", "NGALEG"),
    ("Philippine Philippine ADJ 3 amod", "PHLLEG"),
    ("U.S. U.S. PROPN 3 compound", "USAGOVLEG"),
    ("whole whole ADJ 3 amod", "USAGOVLEG"),  # alone it stays the US Senate (row 25)
])
def test_a_country_adjective_on_a_foreign_body_names_its_own(coder, modifier, expected):
    rows = f"""
        The the DET 3 det
        {modifier}
        Senate Senate PROPN 4 nsubj
        condemned condemn VERB 0 root
        Peru Peru PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [(expected, "111", "PER")]


@pytest.mark.parametrize("rows, expected", [
    ("""
        Iraqi Iraqi ADJ 2 amod
        Hezbollah Hezbollah PROPN 3 nsubj
        condemned condemn VERB 0 root
        Peru Peru PROPN 3 obj
        . . PUNCT 3 punct
    """, "IRQREB"),
    # words between: backed by Iran, still Lebanon's Hezbollah
    ("""
        Iranian Iranian ADJ 3 amod
        - - PUNCT 3 punct
        backed back VERB 4 amod
        Hezbollah Hezbollah PROPN 5 nsubj
        condemned condemn VERB 0 root
        Peru Peru PROPN 5 obj
        . . PUNCT 5 punct
    """, "LBNREB"),
])
def test_a_country_adjective_right_before_a_foreign_group(coder, rows, expected):
    assert triples(coder, rows) == [(expected, "111", "PER")]


@pytest.mark.parametrize("verb, lemma, expected", [
    # row 219: seeing or watching says nothing to anyone
    ("watched", "watch", []),
    ("saw", "see", []),
    ("witnessed", "witness", []),
    # noting something is still a statement
    ("noted", "note", [("CHLGOV", "010", "PERMIL")]),
])
def test_seeing_is_no_statement(coder, verb, lemma, expected):
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        president president NOUN 4 nsubj
        {verb} {lemma} VERB 0 root
        the the DET 7 det
        Peruvian Peruvian ADJ 7 amod
        troops troop NOUN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("det, expected", [
    # row 220: a role "of that country" is the last country named before it
    ("that", "PERGOV"),
    ("the", "PERGOV"),
    # "a country" names none
    ("a", None),
])
def test_a_role_of_that_country(coder, det, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        sent send VERB 0 root
        aid aid NOUN 2 obj
        to to ADP 5 case
        Peru Peru PROPN 2 obl
        before before SCONJ 12 mark
        the the DET 8 det
        president president NOUN 12 nsubj
        of of ADP 11 case
        {det} {det} DET 11 det
        country country NOUN 8 nmod
        condemned condemn VERB 2 advcl
        Bolivia Bolivia PROPN 12 obj
        . . PUNCT 2 punct
    """
    condemning = [s for s, c, t in triples(coder, rows) if c == "111" and t == "BOL"]
    if expected:
        assert condemning == [expected]
    else:
        assert "PERGOV" not in condemning


_CHANTED = """
    Angry angry ADJ 2 amod
    crowds crowd NOUN 3 nsubj
    chanted chant VERB 0 root
    {adjective} {adjective} ADJ 5 amod
    slogans slogan NOUN 3 obj
    in in ADP 7 case
    Lima Lima PROPN 3 obl
    as as SCONJ 15 mark
    police police NOUN 15 nsubj:pass
    officers officer NOUN 9 conj
    killed kill VERB 9 acl Tense=Past|VerbForm=Part
    by by ADP 13 case
    Chilean Chilean ADJ 14 amod
    troops troop NOUN 11 obl:agent
    buried bury VERB 3 advcl
    . . PUNCT 3 punct
"""


def test_crowds_chanting_anti_slogans_protest_against_whom_they_name(coder):
    # rows 221-223: a crowd is civilians (of the scene's country); "anti-Chilean" names
    # whom the protest is against, not the city it was in; and the police "killed by
    # Chilean troops" is a deed the sentence reports beside the protest, not background
    found = triples(coder, _CHANTED.format(adjective="anti-Chilean"))
    assert ("PERCVL", "141", "CHL") in found
    assert any(s == "CHLMIL" and c == "190" for s, c, _ in found)


def test_a_slogan_against_no_one_is_toward_the_place(coder):
    found = triples(coder, _CHANTED.format(adjective="loud"))
    assert not any(t == "CHL" for _, c, t in found if c.startswith("14"))


def test_a_name_split_into_two_conjuncts_is_one(coder):
    # row 224: "King | Abdullah" as two conjuncts of "Peru", the second with no "and" of its
    # own, is one phrase: Jordan's king, not a king of no country and a bare "Abdullah"
    rows = """
        Peru Peru PROPN 5 nsubj
        and and CCONJ 3 cc
        King King PROPN 1 conj
        Abdullah Abdullah PROPN 1 conj
        met meet VERB 0 root
        . . PUNCT 5 punct
    """
    found = triples(coder, rows, date="2018-06-25")
    assert {(s, t) for s, _, t in found} == {("PER", "JORGOV"), ("JORGOV", "PER")}


def test_two_conjuncts_each_with_its_and_stay_two(coder):
    rows = """
        Peru Peru PROPN 6 nsubj
        , , PUNCT 3 punct
        Chile Chile PROPN 1 conj
        and and CCONJ 5 cc
        Bolivia Bolivia PROPN 1 conj
        met meet VERB 0 root
        . . PUNCT 6 punct
    """
    found = triples(coder, rows, date="2018-06-25")
    assert {s for s, _, _ in found} == {"PER", "CHL", "BOL"}


@pytest.mark.parametrize("date, expected", [
    ("2010-01-01", "SAUGOV"),  # King Abdullah of Saudi Arabia
    ("2018-06-25", None),  # after his death on 2015-01-23 a bare "Abdullah" is no one (row 225)
])
def test_a_bare_abdullah_only_while_the_saudi_king_lived(coder, date, expected):
    assert lookup(coder.dictionaries, "Abdullah", dt.date.fromisoformat(date)).code == expected


def test_welcoming_a_visit_is_approving_it(coder):
    # row 226: welcoming someone's visit approves it (051); it hosts no one
    rows = """
        Peru Peru PROPN 2 nsubj
        welcomed welcome VERB 0 root
        the the DET 4 det
        visit visit NOUN 2 obj
        by by ADP 8 case
        the the DET 8 det
        Chilean Chilean ADJ 8 amod
        president president NOUN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("PER", "051", "CHLGOV")]


def test_welcoming_a_visitor_to_a_place_hosts_them(coder):
    rows = """
        Peru Peru PROPN 2 nsubj
        welcomed welcome VERB 0 root
        the the DET 5 det
        Chilean Chilean ADJ 5 amod
        president president NOUN 2 obj
        to to ADP 7 case
        Lima Lima PROPN 2 obl
        . . PUNCT 2 punct
    """
    codes = {c for _, c, _ in triples(coder, rows)}
    assert codes and codes <= {"042", "043"}


@pytest.mark.parametrize("role, lemma, body, expected", [
    # row 227: a role's "of" phrase says whose it is, not more of its roles
    ("Opponents", "opponent", "government", "CHLOPP"),
    ("Soldiers", "soldier", "army", "CHLMIL"),
])
def test_a_role_of_a_body_is_that_countrys_role(coder, role, lemma, body, expected):
    rows = f"""
        {role} {lemma} NOUN 6 nsubj
        of of ADP 5 case
        the the DET 5 det
        Chilean Chilean ADJ 5 amod
        {body} {body} NOUN 1 nmod
        condemned condemn VERB 0 root
        Peru Peru PROPN 6 obj
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == [(expected, "111", "PER")]


def test_a_title_in_nmod_desc_names_the_role(coder):
    # row 228: UD's `nmod:desc` hangs a title on the name it precedes ("Vice-President |
    # Rosa Mamani"): the title is part of the name's phrase, and gives the role
    rows = """
        Vice Vice PROPN 3 compound
        - - PUNCT 1 punct
        President President NOUN 4 nmod:desc
        Rosa Rosa PROPN 6 nsubj
        Mamani Mamani PROPN 4 flat
        condemned condemn VERB 0 root
        Peru Peru PROPN 6 obj
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == [("---GOV", "111", "PER")]


def test_a_statements_target_is_not_in_the_means_of_what_is_said(coder):
    # row 229: "says farmers could remedy the situation by using salt in line with Peru":
    # the statement is not toward Peru
    rows = """
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        minister minister NOUN 4 nsubj
        says say VERB 0 root
        farmers farmer NOUN 7 nsubj
        could could AUX 7 aux
        remedy remedy VERB 4 ccomp
        the the DET 9 det
        situation situation NOUN 7 obj
        by by SCONJ 11 mark
        using use VERB 7 advcl
        salt salt NOUN 11 obj
        in in ADP 14 case
        line line NOUN 11 obl
        with with ADP 16 case
        Peru Peru PROPN 14 nmod
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == []


@pytest.mark.parametrize("verb, lemma, code", [
    ("echoed", "echo", "010"),  # row 230: repeating someone is a statement
    ("mocked", "mock", "111"),  # mocking is criticism
])
def test_echoing_is_no_mockery(coder, verb, lemma, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        Peru Peru PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", code, "PER")]


@pytest.mark.parametrize("rows, expected", [
    # row 231: a state letting aid in with no one named lets it in to its own people
    ("""
        The the DET 3 det
        Peruvian Peruvian ADJ 3 amod
        government government NOUN 4 nsubj
        allowed allow VERB 0 root
        humanitarian humanitarian ADJ 6 amod
        relief relief NOUN 4 obj
        into into ADP 10 case
        the the DET 10 det
        flooded flood VERB 10 amod
        areas area NOUN 4 obl
        . . PUNCT 4 punct
    """, [("PERGOV", "0863", "PERCVL")]),
    # said as an intent: the intent to allow international involvement (0355)
    ("""
        Peru Peru PROPN 2 nsubj
        agreed agree VERB 0 root
        to to PART 4 mark
        allow allow VERB 2 xcomp
        foreign foreign ADJ 6 amod
        aid aid NOUN 4 obj
        into into ADP 9 case
        the the DET 9 det
        areas area NOUN 4 obl
        . . PUNCT 2 punct
    """, [("PER", "0355", "PERCVL")]),
    # aid let through to another country is toward that country
    ("""
        Peru Peru PROPN 2 nsubj
        allowed allow VERB 0 root
        aid aid NOUN 2 obj
        to to ADP 5 case
        Bolivia Bolivia PROPN 2 obl
        . . PUNCT 2 punct
    """, [("PER", "0863", "BOL")]),
])
def test_letting_aid_in_is_toward_ones_own_people(coder, rows, expected):
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("people, lemma", [
    # row 232: people named by their lot or kin are civilians, as "people" is
    ("individuals", "individual"),
    ("families", "family"),
    ("survivors", "survivor"),
])
def test_people_by_their_lot_or_kin_are_civilians(coder, people, lemma):
    rows = f"""
        The the DET 3 det
        Peruvian Peruvian ADJ 3 amod
        police police NOUN 4 nsubj
        detained detain VERB 0 root
        dozens dozen NOUN 4 obj
        of of ADP 7 case
        {people} {lemma} NOUN 5 nmod
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("PERCOP", "173", "PERCVL")]


@pytest.mark.parametrize("rel", ["advcl", "conj"])
def test_what_must_happen_until_a_refusal_ends_has_not_happened(coder, rel):
    # row 233: "will not lift the ban until Peru frees the Chilean sailors": the freeing is
    # a condition, not an event; the refusal is toward Peru (also where the parser made
    # the "until" clause a conjunct)
    rows = f"""
        Chile Chile PROPN 4 nsubj
        will will AUX 4 aux
        not not PART 4 advmod
        lift lift VERB 0 root
        the the DET 6 det
        ban ban NOUN 4 obj
        until until SCONJ 9 mark
        Peru Peru PROPN 9 nsubj
        frees free VERB 4 {rel}
        the the DET 12 det
        Chilean Chilean ADJ 12 amod
        sailors sailor NOUN 9 obj
        . . PUNCT 4 punct
    """
    found = triples(coder, rows)
    assert found and all(s == "CHL" and t == "PER" and c.startswith("12") for s, c, t in found)


@pytest.mark.parametrize("noun, lemma, expected", [
    # row 234: reinforcing a commitment coerces no one
    ("commitment", "commitment", []),
    # reinforcing troops is a force posture (154), toward where they are
    ("troops", "troop", [("CHL", "154", "PER")]),
])
def test_reinforcing_is_no_coercion(coder, noun, lemma, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        reinforced reinforce VERB 0 root
        its its PRON 4 nmod:poss
        {noun} {lemma} NOUN 2 obj
        in in ADP 6 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("cargo, lemma, expected", [
    # row 235: aid flown in is aid given
    ("medicine", "medicine", [("CHL", "073", "PER")]),
    # troops flown in are a force posture, as before
    ("troops", "troop", [("CHL", "154", "PER")]),
])
def test_aid_flown_in_is_aid(coder, cargo, lemma, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        flew fly VERB 0 root
        {cargo} {lemma} NOUN 2 obj
        into into ADP 5 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("foe, lemma, fights", [
    ("epidemic", "epidemic", False),  # row 236: fighting a disease fights no one
    ("poverty", "poverty", False),
    ("rebels", "rebel", True),
])
def test_fighting_a_disease_is_no_fight(coder, foe, lemma, fights):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        fought fight VERB 0 root
        the the DET 4 det
        {foe} {lemma} NOUN 2 obj
        in in ADP 6 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert any(c.startswith("19") for _, c, _ in triples(coder, rows)) == fights


@pytest.mark.parametrize("verb, lemma", [("staged", "stage"), ("performed", "perform"), ("conducted", "conduct")])
def test_joint_exercises_are_military_cooperation(coder, verb, lemma):
    # row 237: joint military exercises and war games are military cooperation between
    # their parties, whichever light verb holds them
    rows = f"""
        Chile Chile PROPN 4 nsubj
        and and CCONJ 3 cc
        Peru Peru PROPN 1 conj
        {verb} {lemma} VERB 0 root
        joint joint ADJ 7 amod
        military military ADJ 7 amod
        exercises exercise NOUN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("CHL", "062", "PER"), ("PER", "062", "CHL")]


def test_a_statement_is_what_it_reports_of_the_speakers_own(coder):
    # row 238: '"We condemn Bolivia," the Chilean minister said in a reference to Peru' is
    # the condemnation; no statement toward Peru beside it
    rows = """
        " " PUNCT 3 punct
        We we PRON 3 nsubj
        condemn condemn VERB 10 ccomp
        Bolivia Bolivia PROPN 3 obj
        , , PUNCT 3 punct
        " " PUNCT 3 punct
        the the DET 9 det
        Chilean Chilean ADJ 9 amod
        minister minister NOUN 10 nsubj
        said say VERB 0 root
        in in ADP 13 case
        a a DET 13 det
        reference reference NOUN 10 obl
        to to ADP 15 case
        Peru Peru PROPN 13 nmod
        . . PUNCT 10 punct
    """
    assert triples(coder, rows) == [("CHLGOV", "111", "BOL")]


def test_a_statement_reporting_another_sides_deed_stays(coder):
    # what the statement reports of someone else is no statement of the speaker's own
    rows = """
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        minister minister NOUN 4 nsubj
        said say VERB 0 root
        Bolivia Bolivia PROPN 6 nsubj
        attacked attack VERB 4 ccomp
        Peru Peru PROPN 6 obj
        . . PUNCT 4 punct
    """
    assert ("BOL", "190", "PER") in triples(coder, rows)


def test_solidarity_repeated_is_solidarity_expressed(coder):
    # row 239: as "expressed solidarity with" (051)
    rows = """
        Chile Chile PROPN 2 nsubj
        repeated repeat VERB 0 root
        its its PRON 4 nmod:poss
        solidarity solidarity NOUN 2 obj
        with with ADP 6 case
        Peru Peru PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "051", "PER")]


def test_a_ceasefire_refused_is_toward_the_war_s_other_side_the_story_named(coder):
    # row 240: refusing a ceasefire with no one named (1246) is toward the war's other side,
    # here the country the story named before, not the rebels' own government
    story = conllu("""
        Chile Chile PROPN 2 nsubj
        attacked attack VERB 0 root
        Peruvian Peruvian ADJ 4 amod
        rebels rebel NOUN 2 obj
        . . PUNCT 2 punct
    """, "1") + conllu("""
        The the DET 3 det
        Peruvian Peruvian ADJ 3 amod
        rebels rebel NOUN 4 nsubj
        refused refuse VERB 0 root
        to to PART 6 mark
        recognize recognize VERB 4 xcomp
        the the DET 8 det
        ceasefire ceasefire NOUN 6 obj
        . . PUNCT 4 punct
    """, "2")
    events = coder.code_conllu(story, date="2020-03-01", story_id="t")
    assert [e.triple for e in events if e.sentence_id == "2"] == [("PERREB", "1246", "CHL")]


def test_a_ceasefire_refused_in_a_story_of_one_country_is_toward_its_government(coder):
    rows = """
        The the DET 3 det
        Peruvian Peruvian ADJ 3 amod
        rebels rebel NOUN 4 nsubj
        refused refuse VERB 0 root
        to to PART 6 mark
        recognize recognize VERB 4 xcomp
        the the DET 8 det
        ceasefire ceasefire NOUN 6 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("PERREB", "1246", "PERGOV")]


@pytest.mark.parametrize("modal, lemma", [("needs", "need"), ("has", "have")])
def test_needs_to_in_what_is_said_is_a_demand(coder, modal, lemma):
    # row 242: "said Peru needs to withdraw its troops", as "said Peru must withdraw"
    rows = f"""
        Chile Chile PROPN 2 nsubj
        said say VERB 0 root
        Peru Peru PROPN 4 nsubj
        {modal} {lemma} VERB 2 ccomp
        to to PART 6 mark
        withdraw withdraw VERB 4 xcomp
        its its PRON 8 nmod:poss
        troops troop NOUN 6 obj
        . . PUNCT 2 punct
    """
    assert ("CHL", "100", "PER") in triples(coder, rows)


def test_an_adjective_the_parser_made_a_conjunct_inside_the_next_one(coder):
    # row 243: "Chile and the European | Union", "European" read as a conjunct of its own
    # between "the" and "Union", is the Union's adjective: the Union condemns too
    rows = """
        Chile Chile PROPN 6 nsubj
        and and CCONJ 5 cc
        the the DET 5 det
        European European ADJ 1 conj
        Union Union PROPN 1 conj
        condemned condemn VERB 0 root
        Peru Peru PROPN 6 obj
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == [("CHL", "111", "PER"), ("IGOEUREEC", "111", "PER")]


@pytest.mark.parametrize("thing", ["agreement", "deal"])
def test_agreeing_an_agreement_concludes_it(coder, thing):
    # row 244: "Chile and Peru agreed a trade deal" signs it (057), both ways
    rows = f"""
        Chile Chile PROPN 4 nsubj
        and and CCONJ 3 cc
        Peru Peru PROPN 1 conj
        agreed agree VERB 0 root
        a a DET 7 det
        trade trade NOUN 7 compound
        {thing} {thing} NOUN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("CHL", "057", "PER"), ("PER", "057", "CHL")]


@pytest.mark.parametrize("rows, expected_root", [
    # row 245: taking in asylum seekers is granting asylum (075); refused, a refusal (12)
    ("""
        Chile Chile PROPN 2 nsubj
        accepted accept VERB 0 root
        asylum asylum NOUN 4 compound
        seekers seeker NOUN 2 obj
        . . PUNCT 2 punct
    """, "075"),
    ("""
        Chile Chile PROPN 4 nsubj
        will will AUX 4 aux
        not not PART 4 advmod
        accept accept VERB 0 root
        asylum asylum NOUN 6 compound
        seekers seeker NOUN 4 obj
        . . PUNCT 4 punct
    """, "12"),
])
def test_accepting_asylum_seekers_is_granting_asylum(coder, rows, expected_root):
    found = triples(coder, rows)
    assert found and all(s == "CHL" and c.startswith(expected_root) for s, c, _ in found)


@pytest.mark.parametrize("deed, lemma, deed_code", [("attack", "attack", "190"), ("kidnapping", "kidnapping", "181")])
def test_a_claim_of_responsibility_codes_the_violent_deed_too(coder, deed, lemma, deed_code):
    # row 246: "FARC claimed responsibility for the attack on Chilean troops": the claim
    # (015) and the deed itself, by the claimant against whom it was done
    rows = f"""
        FARC FARC PROPN 2 nsubj
        claimed claim VERB 0 root
        responsibility responsibility NOUN 2 obj
        for for ADP 6 case
        the the DET 6 det
        {deed} {lemma} NOUN 2 obl
        on on ADP 9 case
        Chilean Chilean ADJ 9 amod
        troops troop NOUN 6 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("COLREB", "015", "CHLMIL"), ("COLREB", deed_code, "CHLMIL")]


def test_a_claim_of_a_deed_that_is_no_violence_is_only_the_claim(coder):
    # row 246: a protest claimed is no violent deed: the claim alone
    rows = """
        FARC FARC PROPN 2 nsubj
        claimed claim VERB 0 root
        responsibility responsibility NOUN 2 obj
        for for ADP 6 case
        the the DET 6 det
        protest protest NOUN 2 obl
        against against ADP 9 case
        Chilean Chilean ADJ 9 amod
        troops troop NOUN 6 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("COLREB", "015", "CHLMIL")]


@pytest.mark.parametrize("rows, expected", [
    # row 247: "government" forces that an armed group of a country fights, named by role
    # alone, are its own country's ("FARC shelled government troops": COLMIL)
    ("""
        FARC FARC PROPN 2 nsubj
        shelled shell VERB 0 root
        government government NOUN 4 compound
        troops troop NOUN 2 obj
        . . PUNCT 2 punct
    """, ("COLREB", "190", "COLMIL")),
    # forces of no country it fights may be any country's ("Hamas attacked soldiers")
    ("""
        FARC FARC PROPN 2 nsubj
        shelled shell VERB 0 root
        the the DET 4 det
        troops troop NOUN 2 obj
        . . PUNCT 2 punct
    """, ("COLREB", "190", "---MIL")),
])
def test_an_armed_group_fights_its_own_countrys_government_forces(coder, rows, expected):
    assert expected in triples(coder, rows)


def test_each_of_the_peoples_a_count_names_is_a_target(coder):
    # row 248: "a number of Peruvians and Bolivians": both peoples, not only the first
    rows = """
        Chile Chile PROPN 2 nsubj
        opened open VERB 0 root
        its its PRON 4 nmod:poss
        borders border NOUN 2 obj
        to to ADP 7 case
        a a DET 7 det
        number number NOUN 2 obl
        of of ADP 9 case
        Peruvians Peruvian PROPN 7 nmod
        and and CCONJ 11 cc
        Bolivians Bolivian PROPN 9 conj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "075", "BOL"), ("CHL", "075", "PER")]


@pytest.mark.parametrize("people, expected", [
    # row 249: a plural people the parser left as its own lemma is still that people
    ("Peruvians", [("CHL", "075", "PER")]),
    ("Bolivians", [("CHL", "075", "BOL")]),
])
def test_a_plural_people_left_unlemmatised_is_that_people(coder, people, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        opened open VERB 0 root
        its its PRON 4 nmod:poss
        borders border NOUN 2 obj
        to to ADP 6 case
        {people} {people} PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


def test_a_name_ending_like_a_plural_keeps_its_own_lemma():
    # row 249: only endings of peoples are cut ("Hamas" is no plural of "Hama")
    from eventcoder.match.graph import Graph
    from eventcoder import read_conllu
    rows = """
        Hamas Hamas PROPN 2 nsubj
        met meet VERB 0 root
        Somalis Somalis PROPN 2 obj
        . . PUNCT 2 punct
    """
    graph = Graph(read_conllu(conllu(rows))[0])
    assert graph.lemmas[1:4] == ["hamas", "meet", "somali"]


@pytest.mark.parametrize("subject, expected", [
    # row 250: "the government" after the story named Chile's is Chile's
    ("The the DET 2 det\n government government NOUN 3 nsubj", ("CHLGOV", "111", "BOL")),
    # governments in general are no one the story named
    ("Other other ADJ 2 amod\n governments government NOUN 3 nsubj Number=Plur", ("---GOV", "111", "BOL")),
])
def test_the_role_the_story_named_before_is_that_countrys(coder, subject, expected):
    story = conllu("""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        government government NOUN 4 nsubj
        condemned condemn VERB 0 root
        Peru Peru PROPN 4 obj
        . . PUNCT 4 punct
    """, "1") + conllu(f"""
        {subject}
        criticized criticize VERB 0 root
        Bolivia Bolivia PROPN 3 obj
        . . PUNCT 3 punct
    """, "2")
    events = coder.code_conllu(story, date="2020-03-01", story_id="t")
    assert [e.triple for e in events if e.sentence_id == "2"] == [expected]


@pytest.mark.parametrize("prep, expected", [
    # row 251: whom a measure is on, said in its noun's relative clause
    ("against", [("CHL", "172", "PER")]),
    ("for", [("CHL", "172", "PER")]),
    # a "by" phrase names no one it is on: a measure at home, on the country's own people (row 61)
    ("by", [("CHL", "172", "CHLCVL")]),
])
def test_whom_a_measure_is_on_in_its_relative_clause(coder, prep, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        extended extend VERB 0 root
        the the DET 4 det
        restrictions restriction NOUN 2 obj
        that that PRON 8 nsubj
        were be AUX 8 cop
        in in ADP 8 case
        force force NOUN 4 acl:relcl
        {prep} {prep} ADP 10 case
        Peru Peru PROPN 8 obl
        . . PUNCT 2 punct
    """
    assert [t for t in triples(coder, rows) if t[0] == "CHL"] == expected


def test_the_pattern_of_the_object_outranks_a_word_further_on(coder):
    # row 252: "* &BELONGINGS" (the statue, the object) against "* ambassador" (further on):
    # nearness decides between patterns of different words, spelling only between readings
    # of the same words ("* sanctions" over "* sanction")
    rows = """
        Chile Chile PROPN 2 nsubj
        returned return VERB 0 root
        an a DET 5 det
        ancient ancient ADJ 5 amod
        statue statue NOUN 2 obj
        to to ADP 9 case
        the the DET 9 det
        Peruvian Peruvian ADJ 9 amod
        ambassador ambassador NOUN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "0842", "PERGOV")]


def test_a_synset_pattern_written_after_a_word_pattern_still_wins_by_nearness():
    # row 252: the order patterns are written in decides only last
    from eventcoder.dictionaries.schema import PatternSpec
    from eventcoder.match.graph import Graph
    from eventcoder.match.patterns import compile_pattern
    from eventcoder.match.verbs import choose_pattern
    from eventcoder import read_conllu
    graph = Graph(read_conllu(conllu("""
        Chile Chile PROPN 2 nsubj
        returned return VERB 0 root
        an a DET 5 det
        ancient ancient ADJ 5 amod
        statue statue NOUN 2 obj
        to to ADP 7 case
        ambassador ambassador NOUN 2 obl
    """))[0])
    synsets = {"BELONGINGS": ("statue", "painting")}  # two words: none is required as written
    word, things = (compile_pattern(PatternSpec(p, c), synsets) for p, c in (("* ambassador", "050"), ("* &BELONGINGS", "0842")))
    for order in ([word, things], [things, word]):
        hit = choose_pattern(graph, 2, order, frozenset({1}), frozenset({3, 4, 5, 6, 7}), False)
        assert hit is not None and hit.pattern.code == "0842"


@pytest.mark.parametrize("form, lemma, expected", [
    # row 253: a form listed as written ("rang" of "ring") has no regular forms of its own
    # ("rang" + "ing" took "ranging" for "ring", ENCIRCLE 190) and never matches a lemma
    ("ranging", "range", None),
    ("ranging", "rang", None),
    ("rang", "ring", "ENCIRCLE"),
    ("rang", "rang", "ENCIRCLE"),
    ("ringing", "ring", "ENCIRCLE"),
])
def test_an_inflected_form_matches_only_as_written(coder, form, lemma, expected):
    from eventcoder import read_conllu
    from eventcoder.match.graph import Graph
    from eventcoder.match.verbs import lookup
    graph = Graph(read_conllu(conllu(f"""
        Chile Chile PROPN 2 nsubj
        {form} {lemma} VERB 0 root
        . . PUNCT 2 punct
    """))[0])
    found = lookup(graph, 2, coder.dictionaries.verb_index)
    assert (found[0].block.id if found else None) == expected


@pytest.mark.parametrize("form, lemma, feats, expected", [
    # row 314: "found" is a verb of its own (ENACT, to establish, 060) and the past of "find"
    # (DISCOVER, as written): the parser's lemma says which ("Iraqi police found the bodies
    # of two US soldiers" was IRQCOP 060 USAMIL)
    ("found", "find", "Tense=Past", "DISCOVER"),
    ("found", "found", "VerbForm=Inf", "ENACT"),
    ("founded", "found", "Tense=Past", "ENACT"),
    # a written word one block alone has stays as written, whatever the lemma
    ("fought", "fight", "Tense=Past", "PHYSICAL_CONFLICT"),
])
def test_the_lemma_chooses_between_blocks_that_list_the_same_word(coder, form, lemma, feats, expected):
    from eventcoder import read_conllu
    from eventcoder.match.graph import Graph
    from eventcoder.match.verbs import lookup
    graph = Graph(read_conllu(conllu(f"""
        police police NOUN 2 nsubj
        {form} {lemma} VERB 0 root {feats}
        bodies body NOUN 2 obj
        . . PUNCT 2 punct
    """))[0])
    found = lookup(graph, 2, coder.dictionaries.verb_index)
    assert (found[0].block.id if found else None) == expected


def test_police_finding_soldiers_bodies_is_no_cooperation(coder):
    rows = """
        Iraqi Iraqi ADJ 2 amod
        police police NOUN 3 nsubj
        found find VERB 0 root Tense=Past
        the the DET 5 det
        bodies body NOUN 3 obj
        of of ADP 8 case
        US US PROPN 8 compound
        soldiers soldier NOUN 5 nmod
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, "2010-06-01") == []
    # the patterns of "find" still code: finding someone guilty is a conviction
    guilty = """
        An a DET 3 det
        Iraqi Iraqi ADJ 3 amod
        court court NOUN 4 nsubj
        found find VERB 0 root Tense=Past
        two two NUM 7 nummod
        US US PROPN 7 compound
        soldiers soldier NOUN 4 obj
        guilty guilty ADJ 4 xcomp
        . . PUNCT 4 punct
    """
    assert triples(coder, guilty, "2010-06-01") == [("IRQJUD", "173", "USAMIL")]


@pytest.mark.parametrize("head, expected", [
    # row 254: a role adjective on a head that names people says who they are
    ("leaders leader", [("CHL", "139", "---MUS")]),
    # on a thing it only describes it: no one is named
    ("homes home", []),
])
def test_a_role_adjective_on_people_names_them(coder, head, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        issued issue VERB 0 root
        an a DET 4 det
        ultimatum ultimatum NOUN 2 obj
        to to ADP 7 case
        Muslim Muslim ADJ 7 amod
        {head} NOUN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("rows, expected", [
    # row 255: a person named "former" holder of an office is of the elite (ELI), whatever
    # office the list gives on the date
    ("""
        former former ADJ 3 amod
        President President PROPN 3 compound
        Michelle Michelle PROPN 5 nsubj
        Bachelet Bachelet PROPN 3 flat
        criticized criticize VERB 0 root
        Peru Peru PROPN 5 obj
        . . PUNCT 5 punct
    """, [("CHLELI", "111", "PER")]),
    # a role alone keeps its office ("former Chilean ministers" are GOV, as PETRARCH codes them)
    ("""
        former former ADJ 3 amod
        Chilean Chilean ADJ 3 amod
        ministers minister NOUN 4 nsubj
        criticized criticize VERB 0 root
        Peru Peru PROPN 4 obj
        . . PUNCT 4 punct
    """, [("CHLGOV", "111", "PER")]),
])
def test_a_former_office_holder_is_of_the_elite(coder, rows, expected):
    assert triples(coder, rows, date="2015-03-01") == expected


@pytest.mark.parametrize("phrase", ["the LRA", "Lord's Resistance Army"])
def test_the_lords_resistance_army_answers_to_its_abbreviation(coder, phrase):
    # row 256: written with its abbreviation in brackets, the entry answers to both
    assert lookup(coder.dictionaries, phrase, None).code == "UGAREB"


@pytest.mark.parametrize("partner, expected", [
    # row 257: information shared with someone is given to them (064), the "with" phrase
    # the target
    ("with with ADP 6 case\n Peru Peru PROPN 2 obl", [("CHL", "064", "PER")]),
    # with no one named, "intelligence" is no one it is shared with
    ("", []),
])
def test_information_shared_with_someone_is_given_to_them(coder, partner, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        shared share VERB 0 root
        intelligence intelligence NOUN 4 compound
        information information NOUN 2 obj
        {partner}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


def test_the_head_of_the_object_phrase_outranks_its_modifier(coder):
    # row 258: "* &TREATY" (the head, "agreement": 120) over "* withdrawal" (its modifier,
    # 1246), though the modifier stands nearer the verb
    rows = """
        Chile Chile PROPN 2 nsubj
        rejected reject VERB 0 root
        the the DET 6 det
        EU EU PROPN 6 compound
        withdrawal withdrawal NOUN 6 compound
        agreement agreement NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "120", "IGOEUREEC")]


def test_up_to_an_amount_is_no_particle(coder):
    # row 259: "up to" an amount is no particle, even hung on the verb as one ("* up" 080
    # is giving up): a loan (071), promised (0331)
    rows = """
        Chile Chile PROPN 2 nsubj
        agreed agree VERB 0 root
        to to PART 4 mark
        lend lend VERB 2 xcomp
        up up ADP 4 compound:prt
        to to ADP 7 case
        $ $ SYM 4 obl
        2 2 NUM 7 nummod
        billion billion NUM 7 nummod
        to to ADP 11 case
        Peru Peru PROPN 4 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "0331", "PER")]


@pytest.mark.parametrize("thing, expected", [
    # row 260: swearing allegiance or loyalty is no allegation (ALLEGE's 110) and no event
    ("allegiance", []),
    ("loyalty", []),
    # what is sworn against someone still is
    ("revenge", [("CHLLEG", "110", "PER")]),
])
def test_swearing_allegiance_is_no_allegation(coder, thing, expected):
    rows = f"""
        Chilean Chilean ADJ 2 amod
        lawmakers lawmaker NOUN 3 nsubj
        swore swear VERB 0 root
        {thing} {thing} NOUN 3 obj
        to to ADP 6 case
        Peru Peru PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("obj, expected", [
    # row 261: leading someone is no event of its own
    ("the the DET 4 det\n government government NOUN 2 obj\n of of ADP 6 case\n Peru Peru PROPN 4 nmod", []),
    # what is led may be one: a delegation sent (036)
    ("a a DET 4 det\n delegation delegation NOUN 2 obj\n to to ADP 6 case\n Peru Peru PROPN 2 obl",
     [("CHL", "036", "PER")]),
])
def test_leading_is_no_event_of_its_own(coder, obj, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        led lead VERB 0 root
        {obj}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("verb, lemma, rest, expected", [
    # row 381: governing, ruling, controlling or administering a country or people is no
    # material cooperation (OVERSEE_MANAGE's 060), as leading is none (row 261)
    ("controlled", "control", "Peru Peru PROPN 2 obj", []),
    ("ruled", "rule", "Peru Peru PROPN 2 obj", []),
    ("administered", "administer", "Peru Peru PROPN 2 obj", []),
    ("dictates", "dictate", "Peru Peru PROPN 2 obj", []),
    # what is conducted may still be an event through the block's patterns
    ("conducted", "conduct", "attacks attack NOUN 2 obj\n on on ADP 5 case\n Peru Peru PROPN 3 nmod",
     [("CHL", "190", "PER")]),
])
def test_governing_is_no_event_of_its_own(coder, verb, lemma, rest, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        {rest}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("verb, lemma, expected", [
    # row 262: affecting or influencing someone is no diplomatic cooperation, no event
    ("affected", "affect", []),
    ("influenced", "influence", []),
    # persuading keeps INFLUENCE's 050
    ("persuaded", "persuade", [("CHL", "050", "PER")]),
])
def test_affecting_someone_is_no_event(coder, verb, lemma, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        Peru Peru PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected



@pytest.mark.parametrize("rest, expected", [
    # row 266: leaving a place is no visit to it, nor a consultation
    ("", []),
    # the visit is to where one leaves for
    ("for for ADP 6 case\n Peru Peru PROPN 3 obl", [("CHLGOV", "042", "PER"), ("PER", "043", "CHLGOV")]),
])
def test_leaving_a_place_is_no_visit_to_it(coder, rest, expected):
    rows = f"""
        Chilean Chilean ADJ 2 amod
        officials official NOUN 3 nsubj
        left leave VERB 0 root
        Bolivia Bolivia PROPN 3 obj
        {rest}
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("rows, expected", [
    # row 266: troops pulling out of a country withdraw (RETREAT, 0874), no consultation (040)
    ("""
        Chilean Chilean ADJ 2 amod
        troops troop NOUN 3 nsubj
        pulled pull VERB 0 root
        out out ADP 3 compound:prt
        of of ADP 6 case
        Peru Peru PROPN 3 obl
        . . PUNCT 3 punct
    """, [("CHLMIL", "0874", "PER")]),
    # pulling out of talks still ends them (164)
    ("""
        Chile Chile PROPN 2 nsubj
        pulled pull VERB 0 root
        out out ADP 2 compound:prt
        of of ADP 6 case
        the the DET 6 det
        talks talk NOUN 2 obl
        with with ADP 8 case
        Peru Peru PROPN 6 nmod
        . . PUNCT 2 punct
    """, [("CHL", "164", "PER")]),
])
def test_pulling_out_is_a_retreat(coder, rows, expected):
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("subject, expected", [
    # row 267: companies do nothing political to each other (competition, deals, investment)
    ("Toyota Toyota PROPN 2 nsubj", []),
    # a government that sues a company is a political event
    ("Peru Peru PROPN 2 nsubj", [("PER", "115", "CHLBUS")]),
])
def test_companies_do_nothing_political_to_each_other(coder, subject, expected):
    rows = f"""
        {subject}
        sued sue VERB 0 root
        a a DET 5 det
        Chilean Chilean ADJ 5 amod
        company company NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("negation, expected", [
    # row 268: associating one thing with another links them in thought: no cooperation,
    # and negated no disapproval
    ("", []),
    ("not not PART 3 advmod", []),
])
def test_associating_is_no_cooperation(coder, negation, expected):
    rows = f"""
        Chile Chile PROPN 3 nsubj
        {negation or "did do AUX 3 aux"}
        associated associate VERB 0 root
        Peru Peru PROPN 3 obj
        with with ADP 6 case
        fascism fascism NOUN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("rest, expected", [
    # row 269: where one arrives from is no party to the arrival
    ("from from ADP 5 case\n Peru Peru PROPN 3 obl", []),
    # the place arrived in still is
    ("in in ADP 5 case\n Peru Peru PROPN 3 obl\n from from ADP 7 case\n Bolivia Bolivia PROPN 3 obl",
     [("CHLGOV", "040", "PER")]),
])
def test_arriving_from_a_place_is_no_event_with_it(coder, rest, expected):
    rows = f"""
        Chilean Chilean ADJ 2 amod
        officials official NOUN 3 nsubj
        arrived arrive VERB 0 root
        {rest}
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("rest", [
    # row 269: heading somewhere is going there, no intent to cooperate ("* to", 030)
    "to to ADP 5 case\n Peru Peru PROPN 3 obl",
    # heading something is leading it (row 261): no event of its own
    "Peru Peru PROPN 3 obj",
])
def test_heading_is_no_event(coder, rest):
    rows = f"""
        Chilean Chilean ADJ 2 amod
        officials official NOUN 3 nsubj
        headed head VERB 0 root
        {rest}
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == []


@pytest.mark.parametrize("rows, expected", [
    # row 270: an event noun a subject is "under" is suffered by it, done by the "by",
    # "from" or "of" phrase
    ("""
        Peru Peru PROPN 4 nsubj
        was be AUX 4 cop
        under under ADP 4 case
        attack attack NOUN 0 root
        by by ADP 6 case
        Chile Chile PROPN 4 nmod
        . . PUNCT 4 punct
    """, [("CHL", "190", "PER")]),
    ("""
        Peru Peru PROPN 5 nsubj
        was be AUX 5 cop
        under under ADP 5 case
        the the DET 5 det
        blockade blockade NOUN 0 root
        of of ADP 7 case
        Chile Chile PROPN 5 nmod
        . . PUNCT 5 punct
    """, [("CHL", "170", "PER")]),
    # under someone's control is no event since row 381 (controlling is none)
    ("""
        Peru Peru PROPN 5 nsubj
        was be AUX 5 cop
        under under ADP 5 case
        the the DET 5 det
        control control NOUN 0 root
        of of ADP 7 case
        Chile Chile PROPN 5 nmod
        . . PUNCT 5 punct
    """, []),
    # coming under attack from someone is suffering it (ARRIVE's "* (under attack)" :190)
    ("""
        Peruvian Peruvian ADJ 2 amod
        troops troop NOUN 3 nsubj
        came come VERB 0 root
        under under ADP 5 case
        attack attack NOUN 3 obl
        from from ADP 7 case
        Chile Chile PROPN 3 obl
        . . PUNCT 3 punct
    """, [("CHL", "190", "PERMIL")]),
])
def test_what_a_subject_is_under_is_done_to_it(coder, rows, expected):
    assert triples(coder, rows) == expected



@pytest.mark.parametrize("rows, expected", [
    # row 271: on whose word it is told names no party ("according to Chile") ...
    ("""
        Peru Peru PROPN 2 nsubj
        refused refuse VERB 0 root
        , , PUNCT 6 punct
        according accord VERB 6 case
        to to ADP 4 fixed
        Chile Chile PROPN 2 obl
        . . PUNCT 2 punct
    """, []),
    # ... and its "according" is no accord (&TREATY: "* &TREATY" 030 for "attacked")
    ("""
        Peru Peru PROPN 2 nsubj
        attacked attack VERB 0 root
        Bolivia Bolivia PROPN 2 obj
        , , PUNCT 7 punct
        according accord VERB 7 case
        to to ADP 5 fixed
        Chile Chile PROPN 2 obl
        . . PUNCT 2 punct
    """, [("PER", "190", "BOL")]),
])
def test_according_to_names_no_party(coder, rows, expected):
    assert triples(coder, rows) == expected


def test_a_subject_pronoun_continues_an_earlier_subject(coder):
    # row 272: "they" after a subject and a place named later stands for the subject
    rows = """
        Chilean Chilean ADJ 2 amod
        officials official NOUN 3 nsubj
        arrived arrive VERB 0 root
        from from ADP 5 case
        Peru Peru PROPN 3 obl
        ; ; PUNCT 8 punct
        they they PRON 8 nsubj
        criticized criticize VERB 3 parataxis
        Bolivia Bolivia PROPN 8 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("CHLGOV", "111", "BOL")]


def test_negotiating_is_negotiation_both_ways(coder):
    # row 273: "negotiate with" is 046 each way, not COMPROMISE's diplomatic cooperation (050)
    rows = """
        Chile Chile PROPN 2 nsubj
        negotiated negotiate VERB 0 root
        with with ADP 4 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "046", "PER"), ("PER", "046", "CHL")]



@pytest.mark.parametrize("rows, expected", [
    # row 274: putting off one's own protest eases dissent toward one's government (082)
    ("""
        Chilean Chilean ADJ 3 amod
        opposition opposition NOUN 3 compound
        leaders leader NOUN 4 nsubj
        postponed postpone VERB 0 root
        a a DET 6 det
        protest protest NOUN 4 obj
        . . PUNCT 4 punct
    """, [("CHLOPP", "082", "CHLGOV")]),
    # preventing a protest still restricts political freedoms (DELAY's 1721)
    ("""
        Chilean Chilean ADJ 2 amod
        police police NOUN 3 nsubj
        prevented prevent VERB 0 root
        a a DET 5 det
        protest protest NOUN 3 obj
        by by ADP 8 case
        Peruvian Peruvian ADJ 8 amod
        workers worker NOUN 5 nmod
        . . PUNCT 3 punct
    """, [("CHLCOP", "1721", "PERLAB")]),
])
def test_putting_off_a_protest_eases_dissent(coder, rows, expected):
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("owner, expected", [
    # row 275: a role a possessive pronoun owns is the owner's; the place after it is only
    # where: withdrawing its troops from Peru is a withdrawal from Peru
    ("its its PRON 4 nmod:poss", [("CHL", "0874", "PER")]),
    # troops of no country are the withdrawing side's own too (as for sending, row 148)
    ("the the DET 4 det", [("CHL", "0874", "PER")]),
])
def test_a_role_its_owner_names_takes_no_country_from_a_place(coder, owner, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        withdrew withdraw VERB 0 root
        {owner}
        troops troop NOUN 2 obj
        from from ADP 6 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("auxiliaries, expected", [
    # row 276: what would have been done was not; what has to be done is not yet
    ("would would AUX 4 aux\n have have AUX 4 aux", []),
    ("has have AUX 4 aux\n to to PART 4 mark", []),
    # done, it is an event
    ("has have AUX 4 aux\n _ _ PUNCT 4 punct", [("CHL", "190", "PER")]),
])
def test_counterfactuals_and_obligations_are_not_asserted(coder, auxiliaries, expected):
    rows = f"""
        Chile Chile PROPN 4 nsubj
        {auxiliaries}
        attacked attack VERB 0 root
        Peru Peru PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("rest, expected", [
    # row 277: a surname in front of a noun of a place is that place's name, no person
    ("Bush Bush PROPN 4 compound\n district district NOUN 2 obj", []),
    # alone, the surname of the office holder of the date is that person
    ("Bush Bush PROPN 2 obj\n _ _ PUNCT 2 punct", [("CHL", "111", "USAGOV")]),
])
def test_a_surname_naming_a_place_is_no_person(coder, rest, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        criticized criticize VERB 0 root
        {rest}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2005-06-01") == expected


@pytest.mark.parametrize("agent, expected", [
    # row 278: a "by" phrase of no known actor says who did it: the others named after the
    # verb (victims "including" police) are not the agent
    ("by by ADP 6 case\n snipers sniper NOUN 4 obl:agent", []),
    # with no "by" phrase, those "including" are still among the killed
    ("_ _ PUNCT 4 punct\n _ _ PUNCT 4 punct", []),
])
def test_a_passive_with_an_unknown_agent_takes_no_other_source(coder, agent, expected):
    # row 278
    rows = f"""
        eleven eleven NUM 2 nummod
        Peruvians Peruvian PROPN 4 nsubj:pass
        were be AUX 4 aux:pass
        killed kill VERB 0 root
        {agent}
        , , PUNCT 11 punct
        including include VERB 11 case
        Chilean Chilean ADJ 11 amod
        police police NOUN 11 compound
        officers officer NOUN 4 obl
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == expected


def test_a_passive_without_agent_takes_the_other_party_of_its_phrase(coder):
    # row 278's control: with no "by" phrase the other actor of the phrase is the likely agent
    rows = """
        Peru Peru PROPN 3 nsubj:pass
        was be AUX 3 aux:pass
        criticized criticize VERB 0 root
        over over ADP 6 case
        its its PRON 6 nmod:poss
        dispute dispute NOUN 3 obl
        with with ADP 8 case
        Chile Chile PROPN 6 nmod
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("CHL", "111", "PER")]


@pytest.mark.parametrize("verb, lemma, crime, expected", [
    # row 279: accusing of a crime is an accusation of crime (1121), of war crimes 1124; it
    # was legal action (173), and on a country an occupation (192)
    ("accused", "accuse", "crimes crime NOUN 2 obl", [("CHL", "1121", "PER")]),
    ("accused", "accuse", "war war NOUN 6 compound\n crimes crime NOUN 2 obl", [("CHL", "1124", "PER")]),
    # convicting is finding guilty (116), indicting bringing legal action (115)
    ("convicted", "convict", "crimes crime NOUN 2 obl", [("CHL", "116", "PER")]),
    ("indicted", "indict", "crimes crime NOUN 2 obl", [("CHL", "115", "PER")]),
])
def test_accusing_and_convicting_of_crimes(coder, verb, lemma, crime, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        Peru Peru PROPN 2 obj
        of of ADP {6 if 'war' in crime else 5} case
        {crime}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("governor, lemma, negation, expected", [
    # row 281: what was not tried was not done
    ("attempt", "attempt", "not not PART 3 advmod", []),
    ("tried", "try", "never never ADV 3 advmod", []),
    # tried, it still codes (CAMEO codes attempts as the deed)
    ("tried", "try", "", [("CHL", "190", "PER")]),
])
def test_a_negated_attempt_is_no_event(coder, governor, lemma, negation, expected):
    rows = f"""
        Chile Chile PROPN 3 nsubj
        {negation or "_ _ PUNCT 3 punct"}
        {governor} {lemma} VERB 0 root
        to to PART 5 mark
        attack attack VERB 3 xcomp
        Peru Peru PROPN 5 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("owner, expected", [
    # row 282: a passive's measure owned by an actor in front of it is that actor's, toward
    # whom its "against" phrase names
    ("Chilean Chilean ADJ 2 amod", [("CHL", "085", "PER")]),
    # with no owner, no one lifted them
    ("the the DET 2 det", []),
])
def test_a_measure_lifted_in_the_passive_is_its_owners(coder, owner, expected):
    rows = f"""
        {owner}
        sanctions sanction NOUN 6 nsubj:pass
        against against ADP 4 case
        Peru Peru PROPN 2 nmod
        were be AUX 6 aux:pass
        lifted lift VERB 0 root
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == expected


def test_militarily_supporting_in_a_war_is_military_aid(coder):
    # row 283: the adverb says the kind of support, also where the war is named ("* (in &FIGHT)" 051)
    rows = """
        Chile Chile PROPN 3 nsubj
        militarily militarily ADV 3 advmod
        supported support VERB 0 root
        Peru Peru PROPN 3 obj
        in in ADP 7 case
        its its PRON 7 nmod:poss
        war war NOUN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("CHL", "072", "PER")]


@pytest.mark.parametrize("verb, lemma", [("conducted", "conduct"), ("led", "lead")])
def test_conducting_an_attack_is_the_attack(coder, verb, lemma):
    # row 284: OVERSEE_MANAGE's "* attack" gave 113 (rallying opposition)
    rows = f"""
        Chilean Chilean ADJ 2 amod
        troops troop NOUN 3 nsubj
        {verb} {lemma} VERB 0 root
        an a DET 5 det
        attack attack NOUN 3 obj
        on on ADP 8 case
        Peruvian Peruvian ADJ 8 amod
        positions position NOUN 5 nmod
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == [("CHLMIL", "190", "PER")]


@pytest.mark.parametrize("have_upos", ["VERB", "AUX"])
def test_having_talks_with_someone_is_negotiating_with_them(coder, have_upos):
    # row 285: the event noun's block reads the light verb's phrase ("talk" "* (with)" 046:046,
    # not talk's 010), and a "have" with an object is the main verb whatever its tag
    rows = f"""
        Chile Chile PROPN 2 nsubj
        had have {have_upos} 0 root
        talks talk NOUN 2 obj
        with with ADP 5 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "046", "PER"), ("PER", "046", "CHL")]


def test_according_to_deep_in_the_phrase_is_no_accord(coder):
    # row 286: an "according to" phrase anywhere in the verb's phrase is out of the patterns' reach
    rows = """
        Peru Peru PROPN 2 nsubj
        attacked attack VERB 0 root
        Bolivia Bolivia PROPN 2 obj
        near near ADP 5 case
        Lima Lima PROPN 2 obl
        , , PUNCT 9 punct
        according accord VERB 9 case
        to to ADP 7 fixed
        reports report NOUN 5 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("PER", "190", "BOL")]



@pytest.mark.parametrize("rows, expected", [
    # row 287: a word in front of a noun of persons says what kind of person, and is no
    # pattern's word ("released aid workers" is no aid, RELEASE's "* aid" 070)
    ("""
        Chile Chile PROPN 2 nsubj
        released release VERB 0 root
        Peruvian Peruvian ADJ 5 amod
        aid aid NOUN 5 compound
        workers worker NOUN 2 obj
        . . PUNCT 2 punct
    """, [("CHL", "084", "NGOPER")]),
    # aid itself is still aid
    ("""
        Chile Chile PROPN 2 nsubj
        released release VERB 0 root
        aid aid NOUN 2 obj
        to to ADP 5 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """, [("CHL", "070", "PER")]),
])
def test_a_word_describing_a_person_is_no_pattern_word(coder, rows, expected):
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("complement, lemma, expected", [
    # row 288: wanting is no intent to cooperate by itself (DEMAND gave "want" 030)
    ("isolate", "isolate", []),
    # what is wanted says what the wish is
    ("cooperate", "cooperate", [("CHL", "032", "PER")]),
])
def test_wanting_is_what_is_wanted(coder, complement, lemma, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        wants want VERB 0 root
        to to PART 4 mark
        {complement} {lemma} VERB 2 xcomp
        {"with with ADP 6 case" if lemma == "cooperate" else "_ _ PUNCT 4 punct"}
        Peru Peru PROPN 4 {"obl" if lemma == "cooperate" else "obj"}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("noun, lemma, expected", [
    # row 289: having links, ties, relations or control is a standing relation, no event
    ("links", "link", []),
    ("relations", "relation", []),
    # having talks is an event (row 285)
    ("talks", "talk", [("CHL", "046", "PER"), ("PER", "046", "CHL")]),
])
def test_having_a_standing_relation_is_no_event(coder, noun, lemma, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        had have VERB 0 root
        {noun} {lemma} NOUN 2 obj
        with with ADP 5 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("verb, lemma, code", [
    # row 291: an accusation or complaint of a clause is toward its subject, even where the
    # clause codes an event of its own ("violated the treaty", 128)
    ("charged", "charge", "112"),
    ("complained", "complain", "114"),
])
def test_an_accusation_of_a_clause_is_toward_its_subject(coder, verb, lemma, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        that that SCONJ 5 mark
        Peru Peru PROPN 5 nsubj
        violated violate VERB 2 ccomp
        the the DET 7 det
        treaty treaty NOUN 5 obj
        . . PUNCT 2 punct
    """
    assert ("CHL", code, "PER") in triples(coder, rows)


def test_an_accusation_of_a_pronoun_names_no_one(coder):
    # row 291: a pronoun subject of the clause is as often no one (quotations)
    rows = """
        Chile Chile PROPN 2 nsubj
        charged charge VERB 0 root
        that that SCONJ 5 mark
        they they PRON 5 nsubj
        violated violate VERB 2 ccomp
        the the DET 7 det
        treaty treaty NOUN 5 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == []


@pytest.mark.parametrize("rows, expected", [
    # row 292: medical people and medicines sent are humanitarian aid (073), not "* team" (036)
    ("""
        Chile Chile PROPN 2 nsubj
        sent send VERB 0 root
        a a DET 4 det
        team team NOUN 2 obj
        of of ADP 7 case
        medical medical ADJ 7 amod
        experts expert NOUN 4 nmod
        to to ADP 9 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """, [("CHL", "073", "PER")]),
    # a team of no kind stays the block's intent to meet (036)
    ("""
        Chile Chile PROPN 2 nsubj
        sent send VERB 0 root
        a a DET 4 det
        team team NOUN 2 obj
        to to ADP 6 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """, [("CHL", "036", "PER")]),
])
def test_sending_medical_experts_is_humanitarian_aid(coder, rows, expected):
    assert triples(coder, rows) == expected


def test_expecting_is_predicting(coder):
    # row 293: "expect" is PREDICT's statement (010), no intent to cooperate (030)
    rows = """
        Chile Chile PROPN 2 nsubj
        expects expect VERB 0 root
        growth growth NOUN 2 obj
        in in ADP 5 case
        Peru Peru PROPN 3 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "010", "PER")]


@pytest.mark.parametrize("verb, lemma", [("revealed", "reveal"), ("unveiled", "unveil")])
def test_revealing_is_a_statement(coder, verb, lemma):
    # row 294: DISCLOSE's 050 (diplomatic cooperation) was no reading of revealing something
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        a a DET 4 det
        report report NOUN 2 obj
        on on ADP 6 case
        Peru Peru PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "010", "PER")]


@pytest.mark.parametrize("rows, expected", [
    # row 295: the place a statement is made in is no party to it (a prepositional dependent)
    ("""
        Chile Chile PROPN 2 nsubj
        praised praise VERB 0 root
        the the DET 4 det
        agreement agreement NOUN 2 obj
        in in ADP 6 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """, []),
    # nor found deeper by the last resort
    ("""
        Chile Chile PROPN 2 nsubj
        praised praise VERB 0 root
        the the DET 4 det
        agreement agreement NOUN 2 obj
        at at ADP 7 case
        a a DET 7 det
        summit summit NOUN 2 obl
        in in ADP 9 case
        Peru Peru PROPN 7 nmod
        . . PUNCT 2 punct
    """, []),
    # fighting in a place is done to it
    ("""
        Chile Chile PROPN 2 nsubj
        fought fight VERB 0 root
        in in ADP 4 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """, [("CHL", "190", "PER")]),
    # refuge sought in a country is asked of it (SEARCH's "* &ASYLUM (in +)"; an appeal for
    # humanitarian aid, 0233, since row 347)
    ("""
        Chilean Chilean ADJ 2 amod
        refugees refugee NOUN 3 nsubj
        sought seek VERB 0 root
        refuge refuge NOUN 3 obj
        in in ADP 6 case
        Peru Peru PROPN 3 obl
        . . PUNCT 3 punct
    """, [("CHLREF", "0233", "PER")]),
    # a party, not a place, in the phrase stays the target
    ("""
        Chile Chile PROPN 2 nsubj
        spoke speak VERB 0 root
        in in ADP 6 case
        the the DET 6 det
        Peruvian Peruvian ADJ 6 amod
        parliament parliament NOUN 2 obl
        . . PUNCT 2 punct
    """, [("CHL", "010", "PERLEG")]),
])
def test_where_a_statement_is_made_is_no_party_to_it(coder, rows, expected):
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("verb, lemma, prt, noun, noun_lemma, expected", [
    # row 297: easing a measure, whatever the verb
    ("rolled", "roll", "back", "tariffs", "tariff", [("CHL", "085", "PER")]),  # no entry before
    ("dropped", "drop", None, "sanctions", "sanction", [("CHL", "085", "PER")]),  # PLUNGE, uncoded
    ("scrapped", "scrap", None, "ban", "ban", [("CHL", "081", "PER")]),
    ("lowered", "lower", None, "tariffs", "tariff", [("CHL", "085", "PER")]),
    # and imposing one
    ("slapped", "slap", None, "tariffs", "tariff", [("CHL", "163", "PER")]),  # was an assault, 180
    ("hiked", "hike", None, "tariffs", "tariff", [("CHL", "163", "PER")]),
    ("imposed", "impose", None, "tariffs", "tariff", [("CHL", "163", "PER")]),  # was 170
    # a verb of the class with no measure codes nothing by it
    ("lowered", "lower", None, "forecasts", "forecast", []),
])
def test_easing_or_imposing_a_measure(coder, verb, lemma, prt, noun, noun_lemma, expected):
    particle = f"{prt} {prt} ADP 2 compound:prt\n" if prt else ""
    shift = 1 if prt else 0
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        {particle}{noun} {noun_lemma} NOUN 2 obj
        on on ADP {6 + shift} case
        Peruvian Peruvian ADJ {6 + shift} amod
        goods goods NOUN {3 + shift} nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("noun, lemma, prep, expected", [
    # row 298: a country's adjective on an act of force is its doer, the "on" phrase its target
    ("offensive", "offensive", "on", [("CHL", "190", "PER")]),
    ("attack", "attack", "against", [("CHL", "190", "PER")]),
    # not on what is no act of force ("the Chilean talks on Peru"), nor with "of"
    ("talks", "talk", "on", []),
    ("attack", "attack", "of", []),
])
def test_a_countrys_adjective_names_the_doer_of_an_act_of_force(coder, noun, lemma, prep, expected):
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        {noun} {lemma} NOUN 6 nsubj
        {prep} {prep} ADP 5 case
        Peru Peru PROPN 3 nmod
        continued continue VERB 0 root
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("verb, lemma, clause_verb, clause_lemma, expected", [
    # row 299: a demand or appeal of a clause is made of that clause's subject
    ("demanded", "demand", "withdraw", "withdraw", [("CHL", "100", "PER")]),
    ("urged", "urge", "withdraw", "withdraw", [("CHL", "020", "PER")]),
    # not when the clause says what was done (a claim, not a demand)
    ("insisted", "insist", "withdrew", "withdraw", []),
])
def test_a_demand_of_a_clause_is_made_of_its_subject(coder, verb, lemma, clause_verb, clause_lemma, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        that that SCONJ 5 mark
        Peru Peru PROPN 5 nsubj
        {clause_verb} {clause_lemma} VERB 2 ccomp
        its its PRON 7 nmod:poss
        troops troops NOUN 5 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("object_rows, expected", [
    # row 300: meeting someone is meeting each other (040 both ways), wherever it was
    ("""
        the the DET 6 det
        Peruvian Peruvian ADJ 6 amod
        president president NOUN 3 obj
    """, [("CHLGOV", "040", "PERGOV"), ("PERGOV", "040", "CHLGOV")]),
    # a country's counterpart holds the other side's office
    ("""
        his his PRON 6 nmod:poss
        Peruvian Peruvian ADJ 6 amod
        counterpart counterpart NOUN 3 obj
    """, [("CHLGOV", "040", "PERGOV"), ("PERGOV", "040", "CHLGOV")]),
])
def test_meeting_a_counterpart(coder, object_rows, expected):
    rows = f"""
        Chilean Chilean ADJ 2 amod
        president president NOUN 3 nsubj
        met meet VERB 0 root
        {object_rows.strip()}
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("participle, lemma, patron_acts", [
    # row 302: "a Chile-affiliated group", "Chile-inspired militants" are not Chile itself
    ("affiliated", "affiliate", False),
    ("inspired", "inspire", False),
    ("led", "lead", True),  # "-led" names the actor's own
])
def test_an_affiliated_group_is_not_its_patron(coder, participle, lemma, patron_acts):
    rows = f"""
        Peru Peru PROPN 2 nsubj
        attacked attack VERB 0 root
        rebels rebel NOUN 2 obj
        , , PUNCT 9 punct
        a a DET 9 det
        Chile Chile PROPN 8 compound
        - - PUNCT 8 punct
        {participle} {lemma} VERB 9 amod
        group group NOUN 3 appos
        seeking seek VERB 9 acl VerbForm=Ger
        to to PART 12 mark
        overthrow overthrow VERB 10 xcomp
        the the DET 15 det
        Bolivian Bolivian ADJ 15 amod
        government government NOUN 12 obj
        . . PUNCT 2 punct
    """
    assert any(source == "CHL" for source, _, _ in triples(coder, rows)) == patron_acts


@pytest.mark.parametrize("rows, expected", [
    # row 303: taking someone to dinner with Peru seizes nothing from Peru
    ("""
        Chile Chile PROPN 2 nsubj
        took take VERB 0 root
        us we PRON 2 obj
        to to ADP 5 case
        dinner dinner NOUN 2 obl
        with with ADP 7 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """, []),
    # what is seized from someone is seized from them
    ("""
        Chile Chile PROPN 2 nsubj
        seized seize VERB 0 root
        a a DET 4 det
        ship ship NOUN 2 obj
        from from ADP 6 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """, [("CHL", "171", "PER")]),
])
def test_what_is_seized_is_taken_from_someone(coder, rows, expected):
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("noun, lemma, prep, expected", [
    # row 304: a standing relation named by a noun is no event ("its connection with Albania")
    ("connection", "connection", "with", []),
    ("ties", "tie", "with", []),
    # an act named by a noun still is
    ("attack", "attack", "on", [("CHL", "190", "PER")]),
])
def test_a_relation_noun_is_no_event(coder, noun, lemma, prep, expected):
    rows = f"""
        Chile Chile PROPN 3 nmod:poss
        's 's PART 1 case
        {noun} {lemma} NOUN 6 nsubj
        {prep} {prep} ADP 5 case
        Peru Peru PROPN 3 nmod
        continued continue VERB 0 root
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == expected


def test_a_broker_is_neither_party_nor_enemy(coder):
    # row 306: "Iranian-backed Hezbollah violated a UN-brokered ceasefire": the UN brokered it,
    # Iran backs Hezbollah; the ceasefire is with Hezbollah's own government (row 91's rule)
    rows = """
        Iranian Iranian ADJ 3 amod
        - - PUNCT 3 punct
        backed back VERB 4 amod
        Hezbollah Hezbollah PROPN 5 nsubj
        violated violate VERB 0 root
        a a DET 10 det
        UN UN PROPN 9 compound
        - - PUNCT 9 punct
        brokered broker VERB 10 amod
        ceasefire ceasefire NOUN 5 obj
        . . PUNCT 5 punct
    """
    assert triples(coder, rows) == [("LBNREB", "196", "LBNGOV")]


def test_a_group_does_what_its_participle_says(coder):
    # row 306: "fought against a group seeking to overthrow the Bolivian government": the group
    # seeks it, not Chile (a document would speak for its issuer: "issued a statement calling")
    rows = """
        Chile Chile PROPN 2 nsubj
        fought fight VERB 0 root
        against against ADP 5 case
        a a DET 5 det
        group group NOUN 2 obl
        seeking seek VERB 5 acl VerbForm=Ger
        to to PART 8 mark
        overthrow overthrow VERB 6 xcomp
        the the DET 11 det
        Bolivian Bolivian ADJ 11 amod
        government government NOUN 8 obj
        . . PUNCT 2 punct
    """
    assert not any(source == "CHL" and code.startswith("03") for source, code, _ in triples(coder, rows))


# ----- object control (row 310) ---------------------------------------------------------

def made_attack(verb_rows: str, subject: str = "Chile Chile PROPN 2 nsubj") -> str:
    """"<subject> <verb> Peru attack Bolivia ." with the verb's rows given (its id is 2,
    or 3 after a negation)."""
    rows = [r for r in (subject + "\n" + verb_rows).strip().splitlines() if r.strip()]
    verb = next(i for i, r in enumerate(rows, 1) if r.split()[4] == "root")
    n = len(rows)
    return "\n".join(rows + [
        f"Peru Peru PROPN {verb} obj",
        f"attack attack VERB {verb} xcomp",
        f"Bolivia Bolivia PROPN {n + 2} obj",
        f". . PUNCT {verb} punct",
    ])


def test_the_object_of_an_uncoded_verb_does_what_its_clause_says(coder):
    # "Chile made Peru attack Bolivia": Peru attacks, not Chile.
    assert triples(coder, made_attack("made make VERB 0 root")) == [("PER", "190", "BOL")]
    # Without an object, the clause is its subject's deed, as before ("Chile tried to attack").
    rows = """
        Chile Chile PROPN 2 nsubj
        tried try VERB 0 root
        to to PART 4 mark
        attack attack VERB 2 xcomp
        Bolivia Bolivia PROPN 4 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "190", "BOL")]


def test_an_object_told_to_act_by_a_wish_or_a_denial_does_nothing(coder):
    # "Chile did not let Peru attack Bolivia": no attack.
    negated = made_attack("""
        did do AUX 4 aux
        not not PART 4 advmod
        let let VERB 0 root
    """)
    assert triples(coder, negated) == []
    # "Let Peru attack Bolivia": a wish, nobody's deed.
    wish = "\n".join(made_attack("let let VERB 0 root Mood=Imp", subject="").splitlines())
    assert triples(coder, wish) == []


def up_to_rows(verb: str, lemma: str, amount: str, noun: str, noun_lemma: str, recipient: str) -> str:
    """"Kenya <verb> up to <amount> <noun> to <recipient> ." as the compact model parses it:
    "up" the verb's particle, "to <amount> <noun>" a "to" phrase of the verb."""
    return f"""
        Kenya Kenya PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        up up ADP 2 compound:prt
        to to ADP 6 case
        {amount} {amount} NUM 6 nummod
        {noun} {noun_lemma} NOUN 2 obl
        to to ADP 8 case
        {recipient} {recipient} PROPN 2 obl
        . . PUNCT 2 punct
    """


def test_up_to_an_amount_is_no_recipient(coder):
    # "Kenya sent up to 3,000 troops to Somalia": the troops are sent, Somalia receives them;
    # the "to" of "up to" named the troops as the target (---MIL).
    assert [t[2] for t in triples(coder, up_to_rows("sent", "send", "3,000", "troops", "troop", "Somalia"))] == ["SOM"]
    assert [t[2] for t in triples(coder, up_to_rows("lent", "lend", "500", "million", "million", "Indonesia"))] == ["IDN"]
    # The graph itself: as UD's treebanks write "up to", the amount's phrase is the object.
    graph = Graph(read_conllu(conllu(up_to_rows("sent", "send", "3,000", "troops", "troop", "Somalia")))[0])
    assert (graph.deprels[6], graph.deprels[4], graph.heads[3]) == ("obj", "fixed", 5)
    assert graph.case_words(6) == [] and graph.case_words(8) == ["to"]


def test_a_to_phrase_after_up_is_a_to_phrase_without_an_amount(coder):
    # "Kenya sent up aid to Somalia" / "went up to the border": no amount, nothing changes.
    rows = """
        Kenya Kenya PROPN 2 nsubj
        sent send VERB 0 root
        up up ADP 2 compound:prt
        to to ADP 5 case
        Somalia Somalia PROPN 2 obl
        . . PUNCT 2 punct
    """
    graph = Graph(read_conllu(conllu(rows))[0])
    assert (graph.deprels[5], graph.heads[3], graph.case_words(5)) == ("obl", 2, ["to"])


def test_a_short_acronym_role_names_its_bearer_only_in_capitals(coder):
    # "Ngo Dinh Nhu criticized the United States": a surname, not the acronym NGO
    # (South Vietnam's Ngo Dinh Diem had coded ---NGO).
    surname = """
        Ngo Ngo PROPN 4 nsubj
        Dinh Dinh PROPN 1 flat
        Nhu Nhu PROPN 1 flat
        criticized criticize VERB 0 root
        the the DET 7 det
        United United PROPN 7 compound
        States States PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, surname, date="1963-06-01") == []
    acronym = """
        The the DET 2 det
        NGO NGO PROPN 3 nsubj
        criticized criticize VERB 0 root
        the the DET 6 det
        United United PROPN 6 compound
        States States PROPN 3 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, acronym, date="1963-06-01") == [("NGO", "111", "USA")]


def test_a_title_written_with_its_full_stop_is_no_acronym(coder):
    # "LT." is an agent's name as written in the dictionary; "Lt." in the text is that title.
    rows = """
        Lt. Lt. PROPN 3 compound
        Gen. Gen. PROPN 3 compound
        Smith Smith PROPN 4 nsubj
        criticized criticize VERB 0 root
        Russia Russia PROPN 4 obj
        . . PUNCT 4 punct
    """
    (event,) = coder.code_conllu(conllu(rows), date="2020-03-01", story_id="t")
    assert event.triple == ("---MIL", "111", "RUS")


def said_about(country: str) -> str:
    """"The Chilean government said <country> has new weapons ." """
    return f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        government government NOUN 4 nsubj
        said say VERB 0 root
        {country} {country} PROPN 6 nsubj
        has have VERB 4 ccomp
        new new ADJ 8 amod
        weapons weapon NOUN 6 obj
        . . PUNCT 4 punct
    """


def test_a_plain_statement_about_the_speaker_s_own_country_is_no_event(coder):
    # news-dev's and coped's coders code what was said, never the saying about one's own
    # country ("Putin said Russia will have new nuclear weapons" was RUSGOV 010 RUS).
    assert triples(coder, said_about("Chile")) == []
    # About another country the statement stays an event, as before.
    assert triples(coder, said_about("Peru")) == [("CHLGOV", "010", "PER")]


@pytest.mark.parametrize("verb, lemma, noun", [
    ("promised", "promise", "revenge"),
    ("pledged", "pledge", "vengeance"),
    ("vowed", "vow", "retaliation"),
])
def test_promising_revenge_is_a_threat(coder, verb, lemma, noun):
    # "Hamas promised revenge against Israel" coded a promise to cooperate (030).
    rows = f"""
        Hamas Hamas PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        {noun} {noun} NOUN 2 obj
        against against ADP 5 case
        Israel Israel PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert [(code, target) for _, code, target in triples(coder, rows)] == [("138", "ISR")]


def test_considering_someone_to_be_something_is_a_judgement_not_an_option_weighed(coder):
    # "Chile considered Peru to be part of its own territory" was CHL 014 PER.
    judged = """
        Chile Chile PROPN 2 nsubj
        considered consider VERB 0 root
        Peru Peru PROPN 2 obj
        to to PART 6 mark
        be be AUX 6 cop
        part part NOUN 2 xcomp
        of of ADP 10 case
        its its PRON 10 nmod:poss
        own own ADJ 10 amod
        territory territory NOUN 6 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, judged) == []
    # An option weighed is still one: "Chile considered Peru's request".
    weighed = """
        Chile Chile PROPN 2 nsubj
        considered consider VERB 0 root
        Peru Peru PROPN 5 nmod:poss
        's 's PART 3 case
        request request NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, weighed) == [("CHL", "014", "PER")]


@pytest.mark.parametrize("phrase, expected", [
    ("Chilean deputy", "CHLLEG"),
    ("Russian deputies", "RUSLEG"),
    ("Iranian deputy foreign minister", "IRNGOV"),
    ("deputy prime minister of Iraq", "IRQGOV"),
    ("sheriff's deputy", "---COP"),
    ("deputy sheriff", "---COP"),
])
def test_a_deputy_is_a_legislator_and_a_deputy_minister_a_minister(coder, phrase, expected):
    # Phoenix's "deputy" was police (COP): "a Chilean deputy" was CHLCOP and "the Iranian
    # deputy foreign minister" IRNCOPGOV. Before another role word a deputy only ranks it
    # (the agent's `qualifier`).
    assert lookup(coder.dictionaries, phrase, dt.date(2018, 1, 1)).code == expected


def test_calling_something_a_name_read_as_two_objects_is_a_judgement(coder):
    # The compact model parses "called it a clear violation" with two objects; it was a
    # consultation (CHL 041 PER and back), as if Chile had telephoned.
    named = """
        Chile Chile PROPN 2 nsubj
        called call VERB 0 root
        Peru Peru PROPN 2 obj
        a a DET 5 det
        disgrace disgrace NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, named) == [("CHL", "111", "PER")]
    phoned = """
        Chile Chile PROPN 2 nsubj
        called call VERB 0 root
        Peru Peru PROPN 2 obj
        on on ADP 5 case
        Monday Monday PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert ("CHL", "041", "PER") in triples(coder, phoned)


def _subjectless(before: str, verb_feats: str = "Mood=Ind|Tense=Past|VerbForm=Fin") -> str:
    """A finite verb the parser left without a subject, the actors hung on a phrase before it
    ("During the summit both Chile and Peru condemned Bolivia", as the compact model parses
    such sentences)."""
    return f"""
        {before} {before.lower()} ADP 3 case
        the the DET 3 det
        summit summit NOUN 8 obl
        both both CCONJ 5 cc:preconj
        Chile Chile PROPN 3 nmod
        and and CCONJ 7 cc
        Peru Peru PROPN 5 conj
        condemned condemn VERB 0 root {verb_feats}
        Bolivia Bolivia PROPN 8 obj
        . . PUNCT 8 punct
    """


def test_a_finite_verb_the_parser_left_without_a_subject_takes_the_actor_before_it(coder):
    assert triples(coder, _subjectless("During")) == [("CHL", "111", "BOL"), ("PER", "111", "BOL")]
    # Not for a verb that is not finite, nor from the place where it was done.
    assert triples(coder, _subjectless("During", "VerbForm=Part")) == []
    where = """
        In in ADP 2 case
        Chile Chile PROPN 5 obl
        on on ADP 4 case
        Monday Monday PROPN 5 obl
        condemned condemn VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Bolivia Bolivia PROPN 5 obj
        . . PUNCT 5 punct
    """
    assert triples(coder, where) == []


def test_an_actor_already_the_subject_of_another_verb_is_not_taken_again(coder):
    # "Chile said it, condemned Bolivia": Chile is the subject of "said"; the verb the parser
    # left without a subject takes no actor of another's subject.
    rows = """
        Chile Chile PROPN 2 nsubj
        said say VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        it it PRON 2 obj
        , , PUNCT 5 punct
        condemned condemn VERB 2 parataxis Mood=Ind|Tense=Past|VerbForm=Fin
        Bolivia Bolivia PROPN 5 obj
        . . PUNCT 2 punct
    """
    assert ("CHL", "111", "BOL") not in triples(coder, rows)


@pytest.mark.parametrize("word", ["marathon", "Millennium"])
def test_a_sports_word_political_news_uses_of_itself_silences_no_sentence(coder, word):
    # Phoenix discarded every sentence with "marathon" ("talks ended after a marathon
    # session") or "Millennium" (the Millennium Challenge Corporation, a US aid agency).
    rows = f"""
        Chile Chile PROPN 2 nsubj
        criticized criticize VERB 0 root
        Peru Peru PROPN 2 obj
        after after ADP 6 case
        a a DET 6 det
        {word} {word.lower()} NOUN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "111", "PER")]
    # The sports themselves still put a sentence out of scope.
    assert triples(coder, rows.replace(f"{word} {word.lower()}", "Cricket cricket")) == []


def _sunk_in(prep: str, noun: str) -> str:
    return f"""
        Peruvian peruvian ADJ 2 amod
        ships ship NOUN 4 nsubj:pass
        were be AUX 4 aux:pass
        sunk sink VERB 0 root Tense=Past|VerbForm=Part|Voice=Pass
        {prep} {prep} ADP 7 case
        a a DET 7 det
        {noun} {noun} NOUN 4 obl
        by by ADP 11 case
        the the DET 11 det
        Chilean chilean ADJ 11 amod
        navy navy NOUN 7 nmod
        . . PUNCT 4 punct
    """


def test_a_passive_done_in_a_deed_by_someone_was_done_by_them(coder):
    # The compact model hangs the by-phrase on the deed: "were sunk in a night raid by the
    # Chilean navy" had no source.
    assert triples(coder, _sunk_in("in", "raid")) == [("CHLMIL", "190", "PER")]
    assert triples(coder, _sunk_in("during", "raid")) == [("CHLMIL", "190", "PER")]
    # Not a phrase of place or time: "sunk near a harbor built by the Chilean navy" names
    # who built the harbor.
    assert triples(coder, _sunk_in("near", "harbor")) == []


def test_an_amount_of_people_before_a_verb_with_no_subject_is_its_subject(coder):
    rows = """
        Over over ADP 4 case
        300 300 NUM 4 nummod
        Chilean chilean ADJ 4 amod
        soldiers soldier NOUN 6 obl
        have have AUX 6 aux
        attacked attack VERB 0 root
        Peru Peru PROPN 6 obj
        . . PUNCT 6 punct
    """
    assert triples(coder, rows) == [("CHLMIL", "190", "PER")]
    assert triples(coder, rows.replace("Over over", "About about")) == [("CHLMIL", "190", "PER")]
    at_least = """
        At at ADP 5 case
        least least ADJ 5 amod
        300 300 NUM 5 nummod
        Chilean chilean ADJ 5 amod
        soldiers soldier NOUN 7 obl
        have have AUX 7 aux
        attacked attack VERB 0 root
        Peru Peru PROPN 7 obj
        . . PUNCT 7 punct
    """
    assert triples(coder, at_least) == [("CHLMIL", "190", "PER")]
    up_to = """
        Up up ADP 5 case
        to to ADP 5 case
        300 300 NUM 5 nummod
        Chilean chilean ADJ 5 amod
        soldiers soldier NOUN 7 obl
        have have AUX 7 aux
        attacked attack VERB 0 root
        Peru Peru PROPN 7 obj
        . . PUNCT 7 punct
    """
    assert triples(coder, up_to) == [("CHLMIL", "190", "PER")]
    # "In 300 days" makes no amount of people
    assert triples(coder, at_least.replace("At at", "In in").replace("least least ADJ 5 amod", "only only ADV 5 advmod")) == []
    # Not where the verb has a subject ("Over 300 days, Chile attacked Peru"), nor a phrase
    # with no number right after the word.
    with_subject = """
        Over over ADP 3 case
        300 300 NUM 3 nummod
        days day NOUN 6 obl
        , , PUNCT 3 punct
        Chile Chile PROPN 6 nsubj
        attacked attack VERB 0 root
        Peru Peru PROPN 6 obj
        . . PUNCT 6 punct
    """
    assert triples(coder, with_subject) == [("CHL", "190", "PER")]
    assert Graph(read_conllu(conllu(with_subject))[0]).rels[3] == "obl"
    assert Graph(read_conllu(conllu(rows))[0]).deprels[4] == "nsubj"


def test_the_middle_east_quartet_is_an_international_body_since_2002(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        supports support VERB 0 root
        the the DET 4 det
        Quartet Quartet PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2008-01-01") == [("CHL", "050", "IGO")]
    assert triples(coder, rows, date="1998-01-01") == []
    # a string quartet is none: actor names never start on a lower-case word
    assert triples(coder, rows.replace("Quartet Quartet PROPN", "quartet quartet NOUN"), date="2008-01-01") == []


@pytest.mark.parametrize("name, date, expected", [
    ("Mahmoud Abbas", "2004-12-26", "PSEGOV"),  # the PLO's chairman after Arafat's death
    ("Abu Mazen", "2004-12-26", "PSEGOV"),
    ("Mahmoud Abbas", "2004-06-01", "PSEELI"),  # between his premiership and Arafat's death
    ("Mahmoud Abbas", "2003-06-01", "PSEGOV"),  # prime minister
])
def test_abbas_leads_the_palestinians_from_arafat_s_death(coder, name, date, expected):
    assert lookup(coder.dictionaries, name, dt.date.fromisoformat(date)).code == expected


def _rockets(verb: str, lemma: str, prep: str = "at") -> str:
    return f"""
        Chilean chilean ADJ 2 amod
        rockets rocket NOUN 4 nsubj:pass
        were be AUX 4 aux:pass
        {verb} {lemma} VERB 0 root Tense=Past|VerbForm=Part|Voice=Pass
        {prep} {prep} ADP 6 case
        Peru Peru PROPN 4 obl
        . . PUNCT 4 punct
    """


def test_weapons_fired_by_a_passive_are_their_owner_s(coder):
    # "Chilean rockets were fired at Peru" had no source (no by-phrase): the rockets'
    # owner fired them, as "UN sanctions against Iran were lifted" are the UN's.
    (event,) = triples(coder, _rockets("fired", "fire"))
    assert event[0] == "CHL" and event[2] == "PER" and event[1].startswith("19")
    # not where the verb's phrase names only a place it was found in, nor no one at all
    assert triples(coder, _rockets("found", "find", "in")) == []


def test_the_place_of_a_demand_s_complement_is_where_not_whom(coder):
    # An order that all parties meet at a music hall in San Francisco was a demand made of
    # the United States.
    demanded = """
        Chile Chile PROPN 2 nsubj
        demanded demand VERB 0 root
        that that SCONJ 6 mark
        the the DET 5 det
        parties party NOUN 6 nsubj
        stay stay VERB 2 ccomp
        in in ADP 8 case
        Lima Lima PROPN 6 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, demanded) == []
    # What is offered there is still for that place: "stands ready to send troops to the
    # peacekeeping mission in Georgia".
    offered = """
        Chile Chile PROPN 2 nsubj
        pledged pledge VERB 0 root
        to to PART 4 mark
        help help VERB 2 xcomp
        in in ADP 6 case
        Peru Peru PROPN 4 obl
        . . PUNCT 2 punct
    """
    assert [(s, t) for s, _, t in triples(coder, offered)] == [("CHL", "PER")]


def test_a_company_s_own_country_as_a_place_is_its_own_business(coder):
    # "Toyota flew this rowdy crew to Japan" was MNCJPN 036 JPN: a company's travel, staff
    # and plants at home are no event of its country.
    flew = """
        Toyota Toyota PROPN 2 nsubj
        flew fly VERB 0 root
        its its PRON 4 nmod:poss
        engineers engineer NOUN 2 obj
        to to ADP 6 case
        Japan Japan PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, flew) == []
    # What it does against its government stays: "Google defies US over search data".
    defied = """
        Toyota Toyota PROPN 2 nsubj
        defied defy VERB 0 root
        Japan Japan PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert [(s, c[:2], t) for s, c, t in triples(coder, defied)] == [("MNCJPN", "12", "JPN")]


@pytest.mark.parametrize("verb, lemma, root", [("suspended", "suspend", "08"), ("imposed", "impose", "16")])
def test_a_tax_on_another_country_s_companies_is_an_economic_measure(coder, verb, lemma, root):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        a a DET 5 det
        digital digital ADJ 5 amod
        tax tax NOUN 2 obj
        on on ADP 8 case
        Peruvian peruvian ADJ 8 amod
        companies company NOUN 5 nmod
        . . PUNCT 2 punct
    """
    assert [(s[:3], c[:2], t[:3]) for s, c, t in triples(coder, rows)] == [("CHL", root, "PER")]
    # a plain tax is domestic: "imposed a tax on Peruvian companies" is no sanction
    assert all(c[:2] not in ("08", "16") for _, c, _ in triples(coder, rows.replace("digital digital ADJ", "new new ADJ")))


def _dateline_subject(place: str, upos: str) -> str:
    # The compact model's parse of "New York (CNN) French President Emmanuel Macron
    # criticized Peru": the dateline hung on the subject.
    return f"""
        {place} {place} {upos} 5 compound
        ( ( PUNCT 3 punct
        CNN CNN PROPN 1 appos
        ) ) PUNCT 3 punct
        President President PROPN 8 nsubj
        Emmanuel Emmanuel PROPN 5 flat
        Macron Macron PROPN 5 flat
        criticized criticize VERB 0 root
        Peru Peru PROPN 8 obj
        . . PUNCT 8 punct
    """


def test_a_person_named_in_the_phrase_wins_over_a_place_before_them(coder):
    assert triples(coder, _dateline_subject("Washington", "PROPN"), date="2018-06-01") == [("FRAGOV", "111", "PER")]
    # A people's adjective before the title stays the actor's country, as before
    # ("Greek Prime Minister George Papandreou"; here a contradiction, to show which wins).
    assert triples(coder, _dateline_subject("American", "ADJ"), date="2018-06-01") == [("USAGOV", "111", "PER")]


def test_a_role_of_no_country_takes_the_place_its_own_phrase_names(coder):
    # "Soldiers and rescue planes from the United States landed in Nepal" had the
    # soldiers as Nepal's (the scene's): their own phrase says whose they are.
    rows = """
        Troops troop NOUN 7 nsubj
        and and CCONJ 3 cc
        aircraft aircraft NOUN 1 conj
        from from ADP 6 case
        the the DET 6 det
        Chile Chile PROPN 3 nmod
        attacked attack VERB 0 root
        Peru Peru PROPN 7 obj
        . . PUNCT 7 punct
    """
    assert ("CHLMIL", "190", "PER") in triples(coder, rows)
    # Not a place named as a partner: "troops and aircraft with Chile" are not Chile's.
    partners = rows.replace("from from ADP 6 case", "with with ADP 6 case")
    assert ("CHLMIL", "190", "PER") not in triples(coder, partners)


@pytest.mark.parametrize("verb, lemma, root", [("torched", "torch", "17"), ("bombed", "bomb", "19")])
def test_fighters_are_militants_and_torching_destroys_property(coder, verb, lemma, root):
    # "Boko Haram fighters torched a village" was 195, an air strike: EXPLOSIVE_DESTRUCTION's
    # "fighters *" read the fighters as fighter planes.
    rows = f"""
        Hamas Hamas PROPN 2 compound
        fighters fighter NOUN 3 nsubj
        {verb} {lemma} VERB 0 root
        a a DET 6 det
        Israeli israeli ADJ 6 amod
        village village NOUN 3 obj
        . . PUNCT 3 punct
    """
    codes = [c for _, c, _ in triples(coder, rows)]
    assert codes and all(c[:2] == root for c in codes) and "195" not in codes


def test_people_seeking_refuge_appeal_for_humanitarian_aid(coder):
    # Coped's coders code "sought refuge in Bangladesh" 0233; as an appeal (020) by private
    # people it was no political event at all.
    rows = """
        Chilean chilean ADJ 2 amod
        civilians civilian NOUN 4 nsubj
        have have AUX 4 aux
        sought seek VERB 0 root
        refuge refuge NOUN 4 obj
        in in ADP 7 case
        Peru Peru PROPN 4 obl
        . . PUNCT 4 punct
    """
    assert triples(coder, rows) == [("CHLCVL", "0233", "PER")]
    # Other talk of private people stays apolitical.
    said = rows.replace("sought seek VERB", "praised praise VERB").replace("refuge refuge NOUN 4 obj", "the the DET 7 det")
    assert triples(coder, said) == []


def test_a_to_clause_parsed_as_adverbial_after_a_date_is_the_verb_s_complement(coder):
    # The compact model's parse of "Canada decided on Monday to ease its sanctions on
    # Iran": "to ease" an advcl of "decided", whose subject it then did not share.
    rows = """
        Chile Chile PROPN 2 nsubj
        decided decide VERB 0 root
        on on ADP 4 case
        Monday Monday PROPN 2 obl
        to to PART 6 mark
        ease ease VERB 2 advcl
        sanctions sanction NOUN 6 obj
        on on ADP 9 case
        Peru Peru PROPN 6 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "085", "PER")]
    # A purpose clause of another verb stays one: "Chile sent envoys on Monday to ease ...".
    graph = Graph(read_conllu(conllu(rows.replace("decided decide", "sent send")))[0])
    assert graph.rels[6] == "advcl"


@pytest.mark.parametrize("phrase, expected", [
    ("the Riksdag", "SWELEG"),
    ("the Verkhovna Rada", "UKRLEG"),
    ("the Japanese Diet", "JPNLEG"),
    ("the Dáil", "IRLLEG"),
    ("Irish Taoiseach Enda Kenny", "IRLGOV"),
    ("Whitehall", "GBRGOV"),
    ("Chancellor of the Exchequer", "GBRGOV"),
])
def test_legislatures_and_seats_of_government_known_by_their_own_name(coder, phrase, expected):
    # Beside Phoenix's Knesset, Duma and Downing Street these coded nothing, the offices ---GOV.
    assert lookup(coder.dictionaries, phrase, dt.date(2015, 1, 1)).code == expected


def test_a_diet_is_no_legislature(coder):
    assert lookup(coder.dictionaries, "a healthy diet", dt.date(2015, 1, 1)).code in ("", None)


@pytest.mark.parametrize("obj, lemma, code", [
    ("sanctions", "sanction", "163"),  # row 351: renewing a measure is taking it again
    ("truce", "truce", "0871"),
    ("hostilities", "hostility", "190"),
])
def test_renewing_a_measure_or_a_truce(coder, obj, lemma, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        renewed renew VERB 0 root
        {obj} {lemma} NOUN 2 obj
        with with ADP 5 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert [e[1] for e in triples(coder, rows)] == [code]


def test_a_renewed_call_for_sanctions_is_an_appeal(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        renewed renew VERB 0 root
        its its PRON 4 nmod:poss
        call call NOUN 2 obj
        for for ADP 6 case
        sanctions sanction NOUN 4 nmod
        against against ADP 8 case
        Peru Peru PROPN 6 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == [("CHL", "020", "PER")]


@pytest.mark.parametrize("verb, lemma, clause_rel, mark, expected", [
    # row 351: the demand's "that" clause names who must act, hung on the noun or, by the
    # parser, on the verb; "renew" had no entry
    ("renewed", "renew", "acl", "that", [("CHL", "100", "PER")]),
    ("renewed", "renew", "advcl", "that", [("CHL", "100", "PER")]),
    ("reiterated", "reiterate", "advcl", "that", [("CHL", "100", "PER")]),
    # an adverbial clause of cause names no one the demand is made of
    ("reiterated", "reiterate", "advcl", "because", []),
])
def test_the_that_clause_of_a_demand_noun_names_its_target(coder, verb, lemma, clause_rel, mark, expected):
    head = 4 if clause_rel == "acl" else 2
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root
        its its PRON 4 nmod:poss
        demand demand NOUN 2 obj
        {mark} {mark} SCONJ 7 mark
        Peru Peru PROPN 7 nsubj
        withdraw withdraw VERB {head} {clause_rel}
        its its PRON 9 nmod:poss
        troops troops NOUN 7 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("verb, lemma, expected", [
    # row 352: sides that agree to do something agree with each other, whatever they agree
    # to do ("Brazil and the EU agreed to cut tariffs for each other")
    ("agreed", "agree", [("CHL", "031", "PER"), ("PER", "031", "CHL")]),
    ("decided", "decide", []),  # deciding is each side's own
])
def test_sides_that_agree_to_do_something_agree_with_each_other(coder, verb, lemma, expected):
    rows = f"""
        Chile Chile PROPN 4 nsubj
        and and CCONJ 3 cc
        Peru Peru PROPN 1 conj
        {verb} {lemma} VERB 0 root
        to to PART 6 mark
        give give VERB 4 xcomp
        tariff tariff NOUN 8 compound
        concessions concession NOUN 6 obj
        . . PUNCT 4 punct
    """
    assert sorted(triples(coder, rows)) == expected


@pytest.mark.parametrize("first, expected", [
    # row 352: a state's arms of no country conjoined with a named group of one country
    ("Government government NOUN 2 compound\n        troops troops NOUN 5 nsubj",
     [("YEMMIL", "040", "YEMREB"), ("YEMREB", "040", "YEMMIL")]),
    # a country named as the head gives nothing to the others
    ("the the DET 2 det\n        Yemen Yemen PROPN 5 nsubj", [("YEM", "040", "YEMREB"), ("YEMREB", "040", "YEM")]),
])
def test_government_arms_conjoined_with_a_named_group_are_its_country(coder, first, expected):
    rows = f"""
        {first}
        and and CCONJ 4 cc
        Houthis Houthis PROPN 2 conj
        met meet VERB 0 root
        . . PUNCT 5 punct
    """
    assert sorted(triples(coder, rows, date="2018-01-01")) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("Blue Nile", "SDN"),  # row 352: states of Sudan named for the Nile, which alone is Egypt's
    ("Upper Nile", "SSD"),
    ("the Nile Delta", "EGY"),
])
def test_states_named_for_the_nile(coder, phrase, expected):
    assert lookup(coder.dictionaries, phrase, dt.date(2018, 1, 1)).code == expected


@pytest.mark.parametrize("that_rel, expected", [
    # row 353: the clause of "claims that ..." the parser labels a relative clause, its
    # "that" a marker: whom the investigation is into, the investigators' own soldiers
    ("mark", [("GBRCOP", "090", "GBRMIL")]),
    # a true relative clause ("that" its subject) says nothing of whom it is into
    ("nsubj", []),
])
def test_an_investigation_into_claims_that_someone_did_something(coder, that_rel, expected):
    subject = "servicemen serviceman NOUN 9 obj" if that_rel == "nsubj" else "servicemen serviceman NOUN 9 nsubj"
    rows = f"""
        British British ADJ 2 amod
        police police NOUN 3 nsubj
        launched launch VERB 0 root
        an a DET 5 det
        investigation investigation NOUN 3 obj
        into into ADP 7 case
        claims claim NOUN 5 nmod
        that that PRON 9 {that_rel}
        abused abuse VERB 7 acl:relcl
        {subject}
        in in ADP 12 case
        Afghanistan Afghanistan PROPN 9 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows) == expected


@pytest.mark.parametrize("appos_head", [
    2,  # row 354: the apposition hung on the name's last word, as UD's treebanks hang it
    1,  # on the name's head
])
def test_an_unknown_name_is_who_its_apposition_says(coder, appos_head):
    rows = f"""
        Lord Lord PROPN 11 nsubj
        Halifax Halifax PROPN 1 flat
        , , PUNCT 6 punct
        the the DET 6 det
        Lord Lord NOUN 6 compound
        President President NOUN {appos_head} appos
        of of ADP 9 case
        the the DET 9 det
        Council Council NOUN 6 nmod
        , , PUNCT 6 punct
        visited visit VERB 0 root
        Germany Germany PROPN 11 obj
        . . PUNCT 11 punct
    """
    assert ("GBRGOV", "042", "DEU") in triples(coder, rows, date="1937-11-19")


@pytest.mark.parametrize("killed, expected", [
    # row 355: an attack in a place that killed named fighters was on them, and people
    # killed there are its civilians
    ("Taliban Taliban PROPN 10 compound\n        fighters fighter NOUN 8 obj", [("PAKMIL", "195", "AFGREB")]),
    ("five five NUM 10 nummod\n        people people NOUN 8 obj", [("PAKMIL", "195", "AFGCVL")]),
])
def test_an_attack_in_a_place_is_on_whom_its_result_names(coder, killed, expected):
    rows = f"""
        Pakistani Pakistani ADJ 2 amod
        warplanes warplane NOUN 3 nsubj
        carried carry VERB 0 root
        out out ADP 3 compound:prt
        air air NOUN 6 compound
        strikes strike NOUN 3 obj
        , , PUNCT 8 punct
        killing kill VERB 3 advcl VerbForm=Ger
        {killed}
        in in ADP 12 case
        Kandahar Kandahar PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


def test_an_attack_on_someone_keeps_its_target_whatever_its_result(coder):
    rows = """
        Pakistani Pakistani ADJ 2 amod
        warplanes warplane NOUN 3 nsubj
        bombed bomb VERB 0 root
        the the DET 5 det
        Taliban Taliban PROPN 3 obj
        , , PUNCT 7 punct
        killing kill VERB 3 advcl VerbForm=Ger
        five five NUM 9 nummod
        people people NOUN 7 obj
        in in ADP 11 case
        Kandahar Kandahar PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert [e[2] for e in triples(coder, rows, date="2018-01-01")] == ["AFGREB"]


@pytest.mark.parametrize("pieces, expected", [
    # row 357: a hyphen the tokenizer split off inside a proper name: Guinea-Bissau, not Guinea
    ("Guinea Guinea PROPN 2 obj\n        - - PUNCT 5 punct\n        Bissau Bissau PROPN 3 flat", "GNB"),
    ("Timor Timor PROPN 2 obj\n        - - PUNCT 5 punct\n        Leste Leste PROPN 3 flat", "TMP"),
    ("Guinea Guinea PROPN 2 obj", "GIN"),
    # "North West" is no name of South Africa's any more, only "North West Province"
    ("North North PROPN 5 compound\n        - - PUNCT 5 punct\n        West West PROPN 6 compound\n"
     "        India India PROPN 2 obj", "IND"),
])
def test_a_hyphenated_country_name_split_by_the_tokenizer(coder, pieces, expected):
    rows = f"""
        Senegal Senegal PROPN 2 nsubj
        condemned condemn VERB 0 root
        {pieces}
        . . PUNCT 2 punct
    """
    assert [e[2] for e in triples(coder, rows, date="2018-01-01")] == [expected]


def test_a_role_name_is_not_joined_across_a_hyphen(coder):
    # "cruise missile" is a role (MIL) of the converted agents; "a cruise-missile strike on
    # Islamic State positions" is no strike on one
    rows = """
        French French ADJ 2 amod
        troops troop NOUN 3 nsubj
        launched launch VERB 0 root
        a a DET 8 det
        cruise cruise NOUN 7 compound
        - - PUNCT 7 punct
        missile missile NOUN 8 compound
        strike strike NOUN 3 obj
        on on ADP 11 case
        Islamic Islamic ADJ 11 amod
        State State PROPN 8 nmod
        . . PUNCT 3 punct
    """
    assert [e[2] for e in triples(coder, rows, date="2018-01-01")] == ["IMGMUSISI"]


@pytest.mark.parametrize("phrase, expected", [
    ("Northern Ireland police", "GBRCOP"),  # row 357: was IRLCOP ("Ireland")
    ("Belfast", "GBR"),
    ("the Northern Ireland Assembly", "GBRLEG"),
    ("the Irish government", "IRLGOV"),
])
def test_northern_ireland_is_the_united_kingdoms(coder, phrase, expected):
    assert lookup(coder.dictionaries, phrase, dt.date(2018, 1, 1)).code == expected


@pytest.mark.parametrize("phrase, expected", [
    # row 359: provinces and states of federal countries that coded nothing
    ("the Quebec government", "CANGOV"),
    ("the Victorian government", "AUSGOV"),
    ("the Catalan government", "ESPGOV"),
    ("Flanders", "BEL"),
    ("the Victorian era", None),  # the adjective alone is an era's
])
def test_provinces_of_federal_countries(coder, phrase, expected):
    assert (lookup(coder.dictionaries, phrase, dt.date(2018, 1, 1)).code or None) == expected


@pytest.mark.parametrize("means, expected", [
    # row 359: targeting is an attack, but not by surveillance, and by sanctions it imposes them
    ("surveillance", []),
    ("sanctions", [("USA", "163", "CANMED")]),
])
def test_targeting_by_surveillance_or_sanctions_is_no_attack(coder, means, expected):
    rows = f"""
        Canadian Canadian ADJ 2 amod
        journalists journalist NOUN 4 nsubj:pass
        were be AUX 4 aux:pass
        targeted target VERB 0 root
        by by ADP 7 case
        American American ADJ 7 amod
        {means} {means} NOUN 4 obl
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


def test_targeting_by_warplanes_is_an_attack(coder):
    rows = """
        Canadian Canadian ADJ 2 amod
        journalists journalist NOUN 4 nsubj:pass
        were be AUX 4 aux:pass
        targeted target VERB 0 root
        by by ADP 7 case
        American American ADJ 7 amod
        warplanes warplane NOUN 4 obl
        . . PUNCT 4 punct
    """
    # from the air: aerial weapons since row 384
    assert [e[1] for e in triples(coder, rows, date="2018-01-01")] == ["195"]


@pytest.mark.parametrize("extra, expected", [
    # row 360: the place talks are held in is no party to them
    ("", []),
    # but whom they are held with, hung on the place, is
    ("with with ADP 7 case\n        Peru Peru PROPN 5 nmod", [("CHL", "046", "PER"), ("PER", "046", "CHL")]),
])
def test_the_venue_of_talks_is_no_party_to_them(coder, extra, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        held hold VERB 0 root
        talks talk NOUN 2 obj
        in in ADP 5 case
        Geneva Geneva PROPN 2 obl
        {extra}
        . . PUNCT 2 punct
    """
    assert sorted(triples(coder, rows, date="2018-01-01")) == expected


def test_where_one_arrives_for_talks_is_the_host(coder):
    rows = """
        Chile Chile PROPN 2 nsubj
        arrived arrive VERB 0 root
        in in ADP 4 case
        Peru Peru PROPN 2 obl
        for for ADP 6 case
        talks talk NOUN 2 obl
        . . PUNCT 2 punct
    """
    assert ("CHL", "PER") in [(e[0], e[2]) for e in triples(coder, rows, date="2018-01-01")]


def test_a_role_takes_the_country_of_an_of_phrase_deep_in_its_name(coder):
    # row 362: "the Minister of Foreign Affairs of the Kingdom of Peru", the country's phrase
    # hung on a word of the role's own name
    rows = """
        Chile Chile PROPN 2 nsubj
        criticized criticize VERB 0 root
        the the DET 4 det
        Minister Minister NOUN 2 obj
        of of ADP 7 case
        Foreign Foreign ADJ 7 amod
        Affairs Affairs PROPN 4 nmod
        of of ADP 10 case
        the the DET 10 det
        Kingdom Kingdom PROPN 7 nmod
        of of ADP 12 case
        Peru Peru PROPN 10 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "111", "PERGOV")]


@pytest.mark.parametrize("phrase, day, expected", [
    # row 363: a class check of every country and territory: missing, or taken by another
    ("Eswatini", dt.date(2020, 1, 1), "SWZ"),
    ("the Kingdom of Eswatini", dt.date(2020, 1, 1), "SWZ"),
    ("Macau", dt.date(2020, 1, 1), "CHN"),
    ("the Turks and Caicos Islands", dt.date(2020, 1, 1), "GBR"),  # was Turkey ("Turks")
    ("the Turks", dt.date(2020, 1, 1), "TUR"),
    ("South Georgia", dt.date(2020, 1, 1), "GBR"),  # was Georgia
    # row 368: the combining forms of country names, only before a hyphen
    ("Franco - German", dt.date(2000, 1, 1), "FRA"), ("Sino - US", dt.date(2000, 1, 1), "CHN"),
    ("Anglo - Irish", dt.date(2000, 1, 1), "GBR"), ("Russo - Japanese", dt.date(2000, 1, 1), "RUS"),
    ("Franco", dt.date(2000, 1, 1), None), ("Anglo", dt.date(2000, 1, 1), None),
    ("Indo - Pacific", dt.date(2000, 1, 1), None),
    # row 369: leaders outside a state's offices that the lists lacked
    ("Shiite cleric Muqtada al - Sadr", dt.date(2004, 4, 4), "IRQREL"),
    ("Grand Ayatollah Ali al-Sistani", dt.date(2004, 4, 4), "IRQREL"),
    ("Khalifa Haftar", dt.date(2019, 6, 1), "LBYMIL"),
    ("Khalifa Haftar", dt.date(2012, 6, 1), "LBYELI"),
    ("Hibatullah Akhundzada", dt.date(2019, 6, 1), "AFGREB"),
    ("Hibatullah Akhundzada", dt.date(2022, 6, 1), "AFGGOV"),
    ("Sadr", dt.date(2004, 4, 4), None),
    # row 378: the opposition named by a noun after "opposition"
    ("Nicaraguan opposition group", dt.date(2018, 1, 1), "NICOPP"),
    ("Syrian opposition members", dt.date(2018, 1, 1), "SYROPP"),
    ("opposition", dt.date(2018, 1, 1), None),  # alone it is as often the common noun
])
def test_names_the_class_checks_found(coder, phrase, day, expected):
    assert lookup(coder.dictionaries, phrase, day).code == expected


def test_a_passive_subject_is_read_beside_the_rest_of_the_phrase(coder):
    # row 364: the passive subject is what the verb is done to; its pattern word competes
    # with one deep in a later phrase on nearness, as an object's would ("inspectors ... were
    # expelled ... amid a dispute over its rocket tests" expels inspectors, 1662, not
    # weapons, 0873: "rocket" is one)
    rows = """
        Two two NUM 2 nummod
        inspectors inspector NOUN 7 nsubj:pass
        of of ADP 5 case
        the the DET 5 det
        UN UN PROPN 2 nmod
        were be AUX 7 aux:pass
        expelled expel VERB 0 root
        from from ADP 9 case
        Chile Chile PROPN 7 obl
        amid amid ADP 12 case
        a a DET 12 det
        dispute dispute NOUN 7 obl
        over over ADP 16 case
        its its PRON 16 nmod:poss
        rocket rocket NOUN 16 compound
        tests test NOUN 12 nmod
        . . PUNCT 7 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "1662", "IGOUNO")]


@pytest.mark.parametrize("adverb, expected", [
    # row 366: "and desperately needed fuel" ends the list of what was provided; the compact
    # model made "needed" a verb conjoined to "provided", with "to Peru" its phrase
    ("desperately", [("CHL", "073", "PER")]),
    # an adverb of time leaves two verbs: what else Chile did ("and then needed fuel")
    ("then", [("CHL", "100", "PER")]),
])
def test_a_participle_after_an_adverb_of_degree_ends_the_object_list(coder, adverb, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        provided provide VERB 0 root Tense=Past|VerbForm=Fin
        medicine medicine NOUN 2 obj
        and and CCONJ 6 cc
        {adverb} {adverb} ADV 6 advmod
        needed need VERB 2 conj Tense=Past|VerbForm=Part
        fuel fuel NOUN 6 obj
        to to ADP 9 case
        Peru Peru PROPN 6 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("subject, expected", [
    # row 367: examples of a noun each do what it does, not with each other
    ("""Some some DET 2 det
        countries country NOUN 7 nsubj
        like like ADP 4 case
        Chile Chile PROPN 2 nmod
        and and CCONJ 6 cc
        Peru Peru PROPN 4 conj""", []),
    # the members of a compound subject still do it with each other
    ("""The the DET 2 det
        Chile Chile PROPN 7 nsubj
        and and CCONJ 6 cc
        the the DET 6 det
        new new ADJ 6 amod
        Peru Peru PROPN 2 conj""", [("CHL", "050", "PER"), ("PER", "050", "CHL")]),
])
def test_examples_of_a_noun_do_nothing_with_each_other(coder, subject, expected):
    rows = f"""
        {subject}
        promote promote VERB 0 root
        trading trading VERB 7 xcomp VerbForm=Ger
        . . PUNCT 7 punct
    """
    assert sorted(triples(coder, rows, date="2018-01-01")) == expected


def test_a_shared_thing_named_by_its_parties_was_done_by_them(coder):
    # row 368: "the Franco-Chilean Treaty was signed": the two it names signed it, each with
    # the other (a passive with no "by" phrase)
    rows = """
        In in ADP 2 case
        1918 1918 NUM 9 obl
        the the DET 7 det
        Franco Franco PROPN 6 compound
        - - PUNCT 6 punct
        Chilean Chilean PROPN 7 compound
        Treaty treaty NOUN 9 nsubj:pass
        was be AUX 9 aux:pass
        signed sign VERB 0 root Tense=Past|VerbForm=Part|Voice=Pass
        . . PUNCT 9 punct
    """
    assert sorted(triples(coder, rows, date="1918-07-17")) == [("CHL", "057", "FRA"), ("FRA", "057", "CHL")]


def test_two_names_of_one_country_are_no_two_sides(coder):
    # row 368: Macau (its own entry) and China are one country: no event between them
    rows = """
        Macau Macau PROPN 2 nsubj
        criticized criticize VERB 0 root
        China China PROPN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == []


@pytest.mark.parametrize("measure, code", [
    # row 370: emergency law and emergency rule, as martial law
    ("""declared declare VERB 0 root
        martial martial ADJ 4 amod
        law law NOUN 2 obj""", "1724"),
    ("""lifted lift VERB 0 root
        emergency emergency NOUN 4 compound
        law law NOUN 2 obj""", "0814"),
    ("""imposed impose VERB 0 root
        emergency emergency NOUN 4 compound
        rule rule NOUN 2 obj""", "1724"),
])
def test_a_countrys_emergency_rule_in_a_place_of_its_own_is_on_its_people(coder, measure, code):
    # row 370: "the Philippines declared martial law in Mindanao" (PHL in PHL: no two sides) was
    # dropped as one party; the measure is on the country's people there
    rows = f"""
        Philippines Philippines PROPN 2 nsubj
        {measure}
        in in ADP 6 case
        Mindanao Mindanao PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2017-05-23") == [("PHL", code, "PHLCVL")]


@pytest.mark.parametrize("word, expected", [
    # row 371: "meets with the approval of the IAEA" received approval: no meeting
    ("approval", []),
    ("criticism", []),
    # a meeting with people named by such a word's neighbours stays one
    ("opposition", [("CHL", "040", "PER"), ("PER", "040", "CHL")]),
])
def test_meeting_with_approval_is_no_meeting(coder, word, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        met meet VERB 0 root
        with with ADP 5 case
        the the DET 5 det
        {word} {word} NOUN 2 obl
        of of ADP 7 case
        Peru Peru PROPN 5 nmod
        . . PUNCT 2 punct
    """
    assert sorted(triples(coder, rows, date="2018-01-01")) == expected


@pytest.mark.parametrize("target, expected", [
    # row 372: a newspaper and a company do nothing political to each other, as two companies
    ("Huawei", []),
    # a newspaper and a state do
    ("China", [("FRAMED", "112", "CHN")]),
])
def test_news_media_and_companies_do_nothing_political_to_each_other(coder, target, expected):
    rows = f"""
        Le Le PROPN 2 compound
        Monde Monde PROPN 3 nsubj
        accused accuse VERB 0 root
        {target} {target} PROPN 3 obj
        of of ADP 6 mark
        spying spy VERB 3 advcl VerbForm=Ger
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("head, rel", [
    # row 373: whom a rejected appeal is for, named in its "to" clause, on the noun or hung on
    # the verb
    (3, "acl"),
    (2, "advcl"),
])
def test_a_rejected_appeal_is_toward_whom_it_is_for(coder, head, rel):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        rejected reject VERB 0 root
        appeals appeal NOUN 2 obj
        to to PART 5 mark
        release release VERB {head} {rel}
        Peruvian Peruvian ADJ 7 amod
        prisoners prisoner NOUN 5 obj
        . . PUNCT 2 punct
    """
    assert ("CHL", "120", "PERCVL") in triples(coder, rows, date="2018-01-01")


@pytest.mark.parametrize("peru_head, peru_rel", [
    # row 374: sending people to investigate is investigating; where they were sent is the
    # target when the investigated thing names no one, also where the parser hung the
    # destination inside what was sent
    (2, "obl"),
    (6, "nmod"),
])
def test_sending_a_team_to_investigate_is_investigating(coder, peru_head, peru_rel):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        sent send VERB 0 root
        a a DET 4 det
        team team NOUN 2 obj
        of of ADP 6 case
        experts expert NOUN 4 nmod
        to to ADP 8 case
        Peru Peru PROPN {peru_head} {peru_rel}
        to to PART 10 mark
        investigate investigate VERB 2 advcl VerbForm=Inf
        the the DET 12 det
        accident accident NOUN 10 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "090", "PER")]


@pytest.mark.parametrize("sent, purpose, rel, destination, expected", [
    # row 382: sending forces to attack is attacking, not military cooperation with whoever
    # the attack names (as the parser hangs the purpose: a complement or an adverbial clause)
    ("troops troop NOUN", "attack attack", "xcomp", "", [("CHL", "190", "PERREB")]),
    ("troops troop NOUN", "attack attack", "advcl", "", [("CHL", "190", "PERREB")]),
    # sent somewhere, the sending stays the sender's event beside its purpose
    ("troops troop NOUN", "fight fight", "advcl", "to to ADP 5 case\n Peru Peru PROPN 2 obl",
     [("CHL", "062", "PER"), ("CHL", "190", "PERREB")]),
    # a purpose of helping stays the sending's own
    ("aid aid NOUN", "help help", "advcl", "to to ADP 5 case\n Peru Peru PROPN 2 obl",
     [("CHL", "070", "PER")]),
])
def test_sending_forces_to_attack_is_attacking(coder, sent, purpose, rel, destination, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        sent send VERB 0 root
        {sent} 2 obj
        {destination}
        to to PART {{verb}} mark
        {purpose} VERB 2 {rel} VerbForm=Inf
        Peruvian Peruvian ADJ {{rebels}} amod
        rebels rebel NOUN {{verb}} obj
        . . PUNCT 2 punct
    """
    lines = [line for line in rows.splitlines() if line.strip()]
    verb = next(i for i, line in enumerate(lines, 1) if line.split()[0] in ("attack", "fight", "help"))
    rows = rows.replace("{verb}", str(verb)).replace("{rebels}", str(verb + 2))
    assert sorted(triples(coder, rows, date="2018-01-01")) == expected


@pytest.mark.parametrize("verb, lemma, expected", [
    # row 375: one name alone is a person's where only persons undergo the deed
    ("arrested", "arrest", [("CHL", "173", "CHLCVL")]),
    # not where organisations undergo it too ("banned" is a measure on anyone)
    ("banned", "ban", []),
])
def test_one_name_alone_is_a_persons_where_only_persons_undergo_it(coder, verb, lemma, expected):
    rows = f"""
        Ingabire Ingabire PROPN 3 nsubj:pass
        was be AUX 3 aux:pass
        {verb} {lemma} VERB 0 root Tense=Past|VerbForm=Part|Voice=Pass
        in in ADP 5 case
        Chile Chile PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("extra, expected", [
    # row 376: dying of torture is having been tortured, by the state where it was done, else
    # the victim's own
    ("", [("CHL", "1822", "CHLOPP")]),
    ("""in in ADP 9 case
        Peru Peru PROPN 4 obl""", [("PER", "1822", "CHLOPP")]),
])
def test_dying_of_torture_is_torture_by_a_state(coder, extra, expected):
    rows = f"""
        Chilean Chilean ADJ 3 amod
        political political ADJ 3 amod
        prisoner prisoner NOUN 4 nsubj
        died die VERB 0 root
        due due ADJ 7 case
        to to ADP 5 fixed
        torture torture NOUN 4 obl
        {extra}
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


def test_agreeing_with_someone_that_something_is_so_is_accord(coder):
    # row 377: agreeing with someone that something is so states accord (019), no intent to
    # cooperate (030); "X and Y agree that ..." stays PETRARCH's 050 (its validation records)
    rows = """
        Chile Chile PROPN 2 nsubj
        agreed agree VERB 0 root
        with with ADP 4 case
        Peru Peru PROPN 2 obl
        that that SCONJ 8 mark
        the the DET 7 det
        border border NOUN 8 nsubj
        is be AUX 2 ccomp
        safe safe ADJ 8 xcomp
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "019", "PER")]


def test_will_not_accept_a_proposal_rejects_it(coder):
    # row 379: a negated intent (032, "accept a proposal") that the subject will not do is
    # a refusal, as "will not release" is (1243): a plain rejection where the intended action
    # has no refusal of its own
    rows = """
        Chile Chile PROPN 4 nsubj
        will will AUX 4 aux
        not not PART 4 advmod
        accept accept VERB 0 root
        the the DET 6 det
        proposal proposal NOUN 4 obj
        made make VERB 6 acl Tense=Past|VerbForm=Part
        by by ADP 9 case
        Peru Peru PROPN 7 obl:agent
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "120", "PER")]


def test_pushing_for_something_is_advocating_it(coder):
    # row 380: "push for" is an appeal (020), as "urge" is; DEMAND's bare "push" stays 100
    rows = """
        Chile Chile PROPN 3 nsubj
        has have AUX 3 aux
        pushed push VERB 0 root
        for for ADP 5 case
        Peru Peru PROPN 3 obl
        to to PART 7 mark
        update update VERB 3 advcl VerbForm=Inf
        the the DET 9 det
        law law NOUN 7 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "020", "PER")]


@pytest.mark.parametrize("doer, expected", [
    # row 384: force used from the air is aerial weapons (195), whatever verb reports it
    ("warplanes warplane NOUN", [("CHLMIL", "195", "PERREB")]),
    ("airstrikes airstrike NOUN", [("CHLMIL", "195", "PERREB")]),
    ("drones drone NOUN", [("CHLMIL", "195", "PERREB")]),
    # not by troops, nor by a suicide bomber (a person)
    ("troops troop NOUN", [("CHLMIL", "190", "PERREB")]),
])
def test_force_from_the_air_is_aerial_weapons(coder, doer, expected):
    rows = f"""
        Chilean Chilean ADJ 3 amod
        military military ADJ 3 amod
        {doer} 4 nsubj
        struck strike VERB 0 root
        Peruvian Peruvian ADJ 7 amod
        rebel rebel NOUN 7 compound
        positions position NOUN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


def test_a_suicide_bomber_is_no_aircraft(coder):
    rows = """
        A a DET 3 det
        suicide suicide NOUN 3 compound
        bomber bomber NOUN 4 nsubj
        killed kill VERB 0 root
        Peruvian Peruvian ADJ 6 amod
        soldiers soldier NOUN 4 obj
        in in ADP 8 case
        Chile Chile PROPN 4 obl
        . . PUNCT 4 punct
    """
    assert all(code != "195" for _, code, _ in triples(coder, rows, date="2018-01-01"))


@pytest.mark.parametrize("governor, lemma, expected", [
    # row 385: an intention, threat or refusal of a two-sided deed is one side's (its
    # forward code chained, no reverse event): refusing to negotiate rejects negotiation
    ("refused", "refuse", [("CHL", "125", "PER")]),
    ("promised", "promise", [("CHL", "036", "PER")]),
])
def test_a_refusal_or_intent_of_a_two_sided_deed_is_one_sides(coder, governor, lemma, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {governor} {lemma} VERB 0 root
        to to PART 4 mark
        negotiate negotiate VERB 2 xcomp VerbForm=Inf
        with with ADP 6 case
        Peru Peru PROPN 4 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


def test_the_actor_before_a_verb_without_subject_does_its_complement(coder):
    # row 386: "Chilean and the Peruvian armies have agreed to conduct joint military
    # exercises", the parser's subject an adverb: the actors before "agreed" intend it
    rows = """
        Chilean Chilean ADJ 7 advmod
        and and CCONJ 5 cc
        the the DET 5 det
        Peruvian Peruvian ADJ 5 amod
        armies army NOUN 1 conj
        have have AUX 7 aux Mood=Ind|Tense=Pres|VerbForm=Fin
        agreed agree VERB 0 root Tense=Past|VerbForm=Part
        to to PART 9 mark
        conduct conduct VERB 7 xcomp VerbForm=Inf
        joint joint ADJ 12 amod
        military military ADJ 12 amod
        exercises exercise NOUN 9 obj
        . . PUNCT 7 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "0312", "PERMIL"), ("PERMIL", "0312", "CHL")]


def test_the_actor_before_a_subjectless_verb_does_its_objects_participle(coder):
    # row 387: "Human Rights Watch ... issued a statement calling on ...", "Watch" read as
    # a verb and "issued" left without a subject: the actor before "issued" calls on Chile
    rows = """
        Human human ADJ 2 amod
        Rights Rights PROPN 3 nsubj
        Watch watch VERB 0 root
        issued issue VERB 3 ccomp Mood=Ind|Tense=Past|VerbForm=Fin
        a a DET 6 det
        statement statement NOUN 4 obj
        calling call VERB 6 acl Tense=Pres|VerbForm=Part
        on on ADP 9 case
        Chile Chile PROPN 7 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("NGOHRI", "020", "CHL")]


@pytest.mark.parametrize("head, rel", [
    # row 388: what one is accused of is alleged, not asserted: the accusation is coded,
    # the deed not, whether the parser hangs the "of" clause on the verb or on the accused
    (2, "advcl"),
    (4, "acl"),
])
def test_what_one_is_accused_of_is_no_event(coder, head, rel):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        accused accuse VERB 0 root
        Peruvian Peruvian ADJ 4 amod
        troops troop NOUN 2 obj
        of of SCONJ 6 mark
        attacking attack VERB {head} {rel} VerbForm=Ger
        Bolivian Bolivian ADJ 8 amod
        civilians civilian NOUN 6 obj
        . . PUNCT 2 punct
    """
    assert [code for _, code, _ in triples(coder, rows, date="2018-01-01")] == ["111"]


def test_a_deed_a_statement_reports_is_still_coded(coder):
    # row 388 must not fire: a reported deed is asserted by the speaker (coped's coders code it)
    rows = """
        Chile Chile PROPN 2 nsubj
        said say VERB 0 root
        Peruvian Peruvian ADJ 4 amod
        troops troop NOUN 5 nsubj
        attacked attack VERB 2 ccomp Mood=Ind|Tense=Past|VerbForm=Fin
        Bolivian Bolivian ADJ 7 amod
        civilians civilian NOUN 5 obj
        . . PUNCT 2 punct
    """
    assert ("PERMIL", "190", "BOLCVL") in triples(coder, rows, date="2018-01-01")


@pytest.mark.parametrize("agent, expected", [
    # row 389: in the passive, what one is accused of names no accuser ("was accused of
    # spying for Peru" is not Peru's accusation)
    ("", []),
    # a "by" phrase still does
    ("by by ADP 6 case\n        Bolivia Bolivia PROPN 4 obl", [("BOL", "112", "CHLOPP")]),
])
def test_what_one_is_accused_of_names_no_accuser(coder, agent, expected):
    rows = f"""
        Chilean Chilean ADJ 2 amod
        activist activist NOUN 4 nsubj:pass
        was be AUX 4 aux:pass
        accused accuse VERB 0 root Tense=Past|VerbForm=Part|Voice=Pass
        {agent}
        of of SCONJ {{spying}} mark
        spying spy VERB 4 advcl VerbForm=Ger
        for for ADP {{peru}} case
        Peru Peru PROPN {{spying}} obl
        . . PUNCT 4 punct
    """
    lines = [line for line in rows.splitlines() if line.strip()]
    spying = next(i for i, line in enumerate(lines, 1) if line.split()[0] == "spying")
    rows = rows.replace("{spying}", str(spying)).replace("{peru}", str(spying + 2))
    assert triples(coder, rows, date="2018-01-01") == expected


def test_the_recipient_of_aid_hung_inside_the_gift(coder):
    # row 390: the recipient of aid, named by role alone, hung inside what is given is the
    # recipient still ("distributed supplies including food and clothing to refugees")
    rows = """
        Chile Chile PROPN 2 nsubj
        distributed distribute VERB 0 root
        supplies supply NOUN 2 obj
        including include VERB 6 case
        food food NOUN 6 compound
        clothing clothing NOUN 3 nmod
        to to ADP 8 case
        refugees refugee NOUN 6 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "073", "---REF")]


@pytest.mark.parametrize("comma, expected", [
    # row 392: a participle right after the phrase of a verb whose subject is "I" or "we"
    # describes that phrase's noun: the newspaper accuses, not the reader
    ("", [("CHLMED", "112", "PERGOV")]),
    # not after a comma: "I read it, accusing them" is the reader's clause (and names no one)
    (", , PUNCT 9 punct", []),
])
def test_a_participle_after_what_the_speaker_read_describes_it(coder, comma, expected):
    rows = f"""
        I I PRON 2 nsubj
        read read VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        an a DET 4 det
        article article NOUN 2 obj
        in in ADP 7 case
        Chilean Chilean ADJ 7 amod
        newspaper newspaper NOUN 2 obl
        {comma}
        accusing accuse VERB 2 advcl Tense=Pres|VerbForm=Part
        the the DET {{gov}} det
        Peruvian Peruvian ADJ {{gov}} amod
        government government NOUN {{acc}} obj
        . . PUNCT 2 punct
    """
    acc = 9 if comma else 8
    rows = rows.replace("{gov}", str(acc + 3)).replace("{acc}", str(acc))
    assert triples(coder, rows, date="2018-01-01") == expected


def test_what_one_is_accused_of_with_its_of_hung_on_the_deeds_object(coder):
    # row 394: the parse hung "of" on the object of the deed ("accused Peru of backing
    # rebels", "of" read as the case of "rebels"); it stands before the verb, so it still
    # opens the clause of what is alleged
    rows = """
        Chile Chile PROPN 2 nsubj
        accused accuse VERB 0 root
        Peru Peru PROPN 2 obj
        of of ADP 6 case
        backing back VERB 3 acl VerbForm=Ger
        rebels rebel NOUN 5 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "112", "PER")]


@pytest.mark.parametrize("subject, expected", [
    # row 393: a subject pronoun continues the subject named earlier, also when that
    # subject's name ends in an "of" phrase (the name's last word is not its head), not the
    # object named after it
    ("Democratic Democratic ADJ 2 amod|Republic Republic PROPN 5 nsubj|of of ADP 4 case|Congo Congo PROPN 2 nmod", "COD"),
    # a one-word subject (the rule before, unchanged)
    ("The the DET 4 det|new new ADJ 4 amod|Congolese Congolese ADJ 4 amod|government government NOUN 5 nsubj", "CODGOV"),
])
def test_a_subject_pronoun_continues_a_subject_whose_name_ends_in_of(coder, subject, expected):
    rows = "\n".join(subject.split("|")) + """
        met meet VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        a a DET 8 det
        Peruvian Peruvian ADJ 8 amod
        diplomat diplomat NOUN 5 obj
        before before SCONJ 11 mark
        it it PRON 11 nsubj
        expelled expel VERB 5 advcl Mood=Ind|Tense=Past|VerbForm=Fin
        the the DET 14 det
        Bolivian Bolivian ADJ 14 amod
        ambassador ambassador NOUN 11 obj
        . . PUNCT 5 punct
    """
    expelled = [s for s, _, t in triples(coder, rows, date="2018-01-01") if t == "BOLGOV"]
    assert expelled == [expected]


@pytest.mark.parametrize("month, upos, code", [
    # row 396: a month names when, never a pattern's word: "detained ... in March" is
    # detention (173), not the "* march" pattern's protest
    ("March", "PROPN", "173"),
    # the noun "march" still matches it
    ("march", "NOUN", "141"),
])
def test_a_month_is_no_pattern_word(coder, month, upos, code):
    rows = f"""
        Bolivian Bolivian ADJ 2 amod
        activists activist NOUN 4 nsubj:pass
        were be AUX 4 aux:pass
        detained detain VERB 0 root Tense=Past|VerbForm=Part|Voice=Pass
        by by ADP 7 case
        Peruvian Peruvian ADJ 7 amod
        police police NOUN 4 obl:agent
        in in ADP 10 case
        that that DET 10 det
        {month} {month.lower()} {upos} 4 obl
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("PERCOP", code, "BOLOPP")]


def test_a_ministers_country_hung_on_the_last_word_of_the_ministry(coder):
    # row 398: "Minister of Foreign Affairs and Expatriates of Peru": the parser hangs "of
    # Peru" on the ministry's last word; it is still the minister's country, and the
    # ministry's other word ("Expatriates", a role of its own) is no second actor
    rows = """
        Chile Chile PROPN 2 nsubj
        met meet VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        the the DET 4 det
        Minister minister PROPN 2 obj
        of of ADP 7 case
        Foreign foreign ADJ 7 amod
        Affairs affair PROPN 4 nmod
        and and CCONJ 9 cc
        Expatriates expatriate PROPN 7 conj
        of of ADP 11 case
        Peru Peru PROPN 9 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "040", "PERGOV"), ("PERGOV", "040", "CHL")]


@pytest.mark.parametrize("verb, lemma, code", [
    # row 399: demanding what the DEMAND block's appeal patterns name is a demand (CAMEO 10),
    # its counterpart of the appeal: "demanded talks" 108, not 026
    ("demanded", "demand", "108"),
    ("pressed", "press", "108"),
    # urging stays an appeal
    ("urged", "urge", "026"),
])
def test_a_demand_is_no_appeal(coder, verb, lemma, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        talks talk NOUN 2 obj
        with with ADP 5 case
        Peru Peru PROPN 3 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", code, "PER")]


@pytest.mark.parametrize("rel, expected", [
    # row 400: a conjunct the parser hung on the name after a description ("sanctions
    # against the Peruvian agency Minerva and the Bolivian ministry") is a conjunct of the
    # whole phrase: both are targets
    ("nmod", [("CHL", "163", "BOLGOV"), ("CHL", "163", "PER")]),
    # a name with its own preposition is a phrase of its own, not the description's name
    ("nmod-case", [("CHL", "163", "PER")]),
])
def test_a_conjunct_hung_on_a_name_after_its_description(coder, rel, expected):
    case = "of of ADP 8 case" if rel == "nmod-case" else ", , PUNCT 8 punct"
    rows = f"""
        Chile Chile PROPN 2 nsubj
        imposed impose VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        sanctions sanction NOUN 2 obj
        against against ADP 6 case
        Peruvian Peruvian ADJ 6 amod
        agency agency NOUN 2 obl
        {case}
        Minerva Minerva PROPN 6 nmod
        and and CCONJ 11 cc
        Bolivian Bolivian ADJ 11 amod
        ministry ministry NOUN 8 conj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("between, expected", [
    # row 401: a subject pronoun finds the subject of a sentence shortly before it
    (0, [("CHL", "190", "PER"), ("CHL", "111", "BOL")]),
    (2, [("CHL", "190", "PER"), ("CHL", "111", "BOL")]),
    # but not one named more sentences back than PRONOUN_REACH (3): in a long story or a
    # book, "it" is then rarely the actor last named
    (3, [("CHL", "190", "PER")]),
])
def test_a_pronoun_reaches_back_only_a_few_sentences(coder, between, expected):
    first = conllu("""
        Chile Chile PROPN 2 nsubj
        attacked attack VERB 0 root
        Peru Peru PROPN 2 obj
        . . PUNCT 2 punct
    """, sent_id="1")
    fillers = "".join(conllu("""
        The the DET 2 det
        weather weather NOUN 4 nsubj
        was be AUX 4 cop
        cold cold ADJ 0 root
        . . PUNCT 4 punct
    """, sent_id=str(i + 2)) for i in range(between))
    last = conllu("""
        It it PRON 2 nsubj
        condemned condemn VERB 0 root
        Bolivia Bolivia PROPN 2 obj
        . . PUNCT 2 punct
    """, sent_id="9")
    events = coder.code_conllu(first + fillers + last, date="2020-03-01", story_id="t")
    assert [e.triple for e in events] == expected


@pytest.mark.parametrize("noun, lemma, expected", [
    # row 402: only armed actors show force (CAMEO 15): airlines flying into a country
    # match FLY's "* (into)" (154) but are no force posture
    ("airlines", "airline", []),
    # armed ones still are
    ("warplanes", "warplane", [("PERMIL", "154", "CHL")]),
])
def test_companies_show_no_force_posture(coder, noun, lemma, expected):
    rows = f"""
        Peruvian Peruvian ADJ 2 amod
        {noun} {lemma} NOUN 3 nsubj
        flew fly VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        into into ADP 5 case
        Chile Chile PROPN 3 obl
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("modifier, expected", [
    # row 403: a role word before a noun of what is talked about names no actor: "called
    # the refugee issue very dangerous" is no name-calling of refugees
    ("refugee refugee NOUN", []),
    # a country's adjective there still names the country
    ("Peruvian Peruvian ADJ", [("CHL", "111", "PER")]),
])
def test_a_role_word_before_an_issue_names_no_actor(coder, modifier, expected):
    rel = "amod" if "ADJ" in modifier else "compound"
    rows = f"""
        Chile Chile PROPN 2 nsubj
        called call VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        the the DET 5 det
        {modifier} 5 {rel}
        issue issue NOUN 2 obj
        dangerous dangerous ADJ 2 xcomp
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("teller, lemma, expected", [
    # row 404: what a legend, myth or rumour tells is asserted by no one
    ("legend", "legend", []),
    # a reporter's telling stays coded
    ("report", "report", [("CHL", "190", "PER")]),
])
def test_what_a_legend_tells_is_no_event(coder, teller, lemma, expected):
    rows = f"""
        The the DET 2 det
        {teller} {lemma} NOUN 3 nsubj
        says say VERB 0 root Mood=Ind|Tense=Pres|VerbForm=Fin
        that that SCONJ 6 mark
        Chile Chile PROPN 6 nsubj
        attacked attack VERB 3 ccomp Mood=Ind|Tense=Past|VerbForm=Fin
        Peru Peru PROPN 6 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


def test_an_as_phrase_is_the_subjects_own_office(coder):
    # row 405: "resigned as minister" names the subject's own office, no one it yields to:
    # the leader yields as a bare "resigned" does (to the opposition)
    rows = """
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        president president NOUN 4 nsubj
        resigned resign VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        as as ADP 6 case
        minister minister NOUN 4 obl
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHLGOV", "083", "CHLOPP")]


def test_a_party_inside_an_as_phrase_is_still_a_target(coder):
    # row 405 must not fire on the parties an "as" phrase names ("acted as a mediator
    # between Peru and Bolivia")
    rows = """
        Chile Chile PROPN 2 nsubj
        acted act VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        as as ADP 5 case
        a a DET 5 det
        mediator mediator NOUN 2 obl
        between between ADP 7 case
        Peru Peru PROPN 5 nmod
        and and CCONJ 9 cc
        Bolivia Bolivia PROPN 7 conj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "045", "BOL"), ("CHL", "045", "PER")]


@pytest.mark.parametrize("verb, lemma, how, expected", [
    # row 406: interfering is no aid (INTERVENE's 070): meddling codes nothing
    ("interfered", "interfere", "openly", []),
    # the block's patterns stay: interfering militarily is force
    ("interfered", "interfere", "militarily", [("CHL", "190", "PER")]),
])
def test_interfering_is_no_aid(coder, verb, lemma, how, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        {how} {how} ADV 2 advmod
        in in ADP 5 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("rel, expected", [
    # row 409: a bare nmod right before the noun it modifies is a compound (the compact
    # model's "Peruvian intelligence | services"): the services are Peru's intelligence
    ("nmod", [("PERSPY", "190", "CHL")]),
    # as the compound the treebanks write
    ("compound", [("PERSPY", "190", "CHL")]),
])
def test_a_bare_nmod_before_its_noun_is_a_compound(coder, rel, expected):
    rows = f"""
        Peruvian Peruvian ADJ 3 amod
        intelligence intelligence NOUN 3 {rel}
        services service NOUN 4 nsubj
        attacked attack VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Chile Chile PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


def test_a_noun_after_its_head_stays_a_phrase(coder):
    # row 409 must not fire on a noun phrase after its head ("the services of Peru")
    rows = """
        The the DET 2 det
        services service NOUN 5 nsubj
        of of ADP 4 case
        Peru Peru PROPN 2 nmod
        attacked attack VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Chile Chile PROPN 5 obj
        . . PUNCT 5 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("PER", "190", "CHL")]


@pytest.mark.parametrize("kind, expected", [
    # row 411: money measures aid, its kind says what it is: "humanitarian" (one word)
    # outranks "* million" (071), as "military aid" already did by its two words
    ("humanitarian", [("NOR", "073", "JOR")]),
    ("relief", [("NOR", "073", "JOR")]),
    ("military", [("NOR", "072", "JOR")]),
    # money that names no kind stays economic aid
    ("additional", [("NOR", "071", "JOR")]),
])
def test_the_kind_of_aid_outranks_its_money(coder, kind, expected):
    rows = f"""
        Norway Norway PROPN 2 nsubj
        provided provide VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        4 4 NUM 4 nummod
        million million NUM 2 obj
        in in ADP 7 case
        {kind} {kind} ADJ 7 amod
        funding funding NOUN 4 nmod
        to to ADP 9 case
        Jordan Jordan PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


def test_a_kind_of_aid_does_not_outrank_a_statement(coder):
    # row 411 only reorders aid: a statement about relief stays a statement
    rows = """
        Norway Norway PROPN 2 nsubj
        issued issue VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        a a DET 4 det
        statement statement NOUN 2 obj
        on on ADP 7 case
        humanitarian humanitarian ADJ 7 amod
        relief relief NOUN 4 nmod
        in in ADP 9 case
        Jordan Jordan PROPN 7 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("NOR", "010", "JOR")]


@pytest.mark.parametrize("verb, lemma", [("dealt", "deal"), ("delivered", "deliver")])
def test_a_blow_dealt_is_no_event(coder, verb, lemma):
    # row 412: "* blow" under DEAL was 011 (declining to comment), the first of two
    # conflicting lines in CAMEO.2.0.txt; the blow is a figure of speech; row 417: under
    # DELIVER it was a rejection (120)
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {verb} {lemma} VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        a a DET 4 det
        blow blow NOUN 2 obj
        to to ADP 7 case
        the the DET 7 det
        government government NOUN 2 obl
        of of ADP 9 case
        Peru Peru PROPN 7 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == []


def test_a_deal_struck_still_codes(coder):
    # the amended block keeps its other patterns: a deal struck with someone is cooperation
    rows = """
        Chile Chile PROPN 2 nsubj
        dealt deal VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        with with ADP 4 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert [t[0] + t[2] for t in triples(coder, rows, date="2018-01-01")] == ["CHLPER"]


@pytest.mark.parametrize("clause, expected", [
    # row 414: the giving verb's "to" phrase hung at the end of the clause that describes
    # what is given: the recipient
    ("""
        that that PRON 7 nsubj:pass
        was be AUX 7 aux:pass
        taken take VERB 4 acl:relcl
        from from ADP 10 case
        a a DET 10 det
        temple temple NOUN 7 obl
        to to ADP 12 case
        Cambodia Cambodia PROPN 7 obl
    """, [("ITA", "0842", "KHM")]),
    # a clause whose only phrase is a "to" phrase keeps it ("that belonged to Cambodia")
    ("""
        that that PRON 6 nsubj
        belonged belong VERB 4 acl:relcl
        to to ADP 8 case
        Cambodia Cambodia PROPN 6 obl
    """, []),
])
def test_the_recipient_hung_at_the_end_of_what_is_given(coder, clause, expected):
    rows = """
        Italy Italy PROPN 2 nsubj
        returned return VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        a a DET 4 det
        statue statue NOUN 2 obj
    """ + clause + """
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


_LISTED = """
        Peru Peru PROPN {verb} nsubj
        , , PUNCT 4 punct
        a a DET 4 det
        number number NOUN 1 appos
        of of ADP 6 case
        parties party NOUN 4 nmod
        and and CCONJ 8 cc
        Bolivia Bolivia PROPN 6 conj
"""


def test_a_list_of_subjects_read_as_an_apposition(coder):
    # row 415: "A, B and C" that the parser read as A with B in apposition and C a conjunct
    # inside B is a list of three subjects
    rows = _LISTED.format(verb=9) + """
        condemned condemn VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Chile Chile PROPN 9 obj
        . . PUNCT 9 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("BOL", "111", "CHL"), ("PER", "111", "CHL")]


def test_an_apposition_closed_by_a_comma_stays_one(coder):
    # a comma after B closes an apposition: "Peru, a coalition of parties and unions, ..."
    rows = _LISTED.format(verb=10) + """
        , , PUNCT 4 punct
        condemned condemn VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Chile Chile PROPN 10 obj
        . . PUNCT 10 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("PER", "111", "CHL")]


_LISTED_ROLES = """
        Peruvian Peruvian ADJ 2 amod
        police police NOUN 11 nsubj
        , , PUNCT 5 punct
        a a DET 5 det
        number number NOUN 2 appos
        of of ADP 8 case
        political political ADJ 8 amod
        parties party NOUN 5 nmod
        and and CCONJ 10 cc
        {third}
        condemned condemn VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Obama Obama PROPN 11 obj
        . . PUNCT 11 punct
"""


def test_roles_listed_with_one_country_are_of_it(coder):
    # row 416: roles without a country listed with roles of one country are of that
    # country, not of the other side (the parties were USAPTY, the soldiers USAMIL)
    rows = _LISTED_ROLES.format(third="soldiers soldier NOUN 8 conj")
    assert triples(coder, rows, date="2012-01-01") == [
        ("PERCOP", "111", "USAGOV"), ("PERMIL", "111", "USAGOV"), ("PERPTY", "111", "USAGOV")]


def test_roles_listed_with_two_countries_take_neither(coder):
    rows = _LISTED_ROLES.format(third="Bolivia Bolivia PROPN 8 conj")
    sources = {source for source, _, _ in triples(coder, rows, date="2012-01-01")}
    assert {"PERCOP", "BOL"} <= sources and not sources & {"PERPTY", "BOLPTY"}


@pytest.mark.parametrize("first, second, expected", [
    # row 418: a conjoined verb that tells the first verb's event again in general terms
    # (the root's plain code, the same actors) is one event: "hit army posts with a
    # missile and destroyed them" is one attack
    (("besieged", "besiege"), ("attacked", "attack"), [("CHL", "191", "PER")]),
    # a more specific deed after a plain one stays
    (("attacked", "attack"), ("besieged", "besiege"), [("CHL", "190", "PER"), ("CHL", "191", "PER")]),
    # so does another kind of event
    (("attacked", "attack"), ("threatened", "threaten"), [("CHL", "130", "PER"), ("CHL", "190", "PER")]),
])
def test_a_conjoined_verb_repeating_the_event_adds_none(coder, first, second, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {first[0]} {first[1]} VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Peru Peru PROPN 2 obj
        and and CCONJ 5 cc
        {second[0]} {second[1]} VERB 2 conj Mood=Ind|Tense=Past|VerbForm=Fin
        Lima Lima PROPN 5 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


_NEED = """
        Chile Chile PROPN 2 nsubj
        stressed stress VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        the the DET 4 det
        need need NOUN 2 obj
        to to PART 6 mark
        {clause}
        . . PUNCT 2 punct
"""


def test_no_one_is_named_in_a_clause_of_a_clause_of_the_object(coder):
    # row 419: a post saying a policy stressed the need to involve companies in helping NASA
    # named NASA as the one appealed to, through the object's clause and a clause in that
    rows = _NEED.format(clause="""involve involve VERB 4 acl
        companies company NOUN 6 obj
        in in SCONJ 9 mark
        helping help VERB 6 advcl
        Peru Peru PROPN 9 obj""")
    assert triples(coder, rows, date="2018-01-01") == []


def test_the_object_clause_still_names_whom_it_is_about(coder):
    rows = _NEED.format(clause="""help help VERB 4 acl
        Peru Peru PROPN 6 obj""")
    assert [(s, t) for s, _, t in triples(coder, rows, date="2018-01-01")] == [("CHL", "PER")]


def test_the_by_phrase_hung_on_the_end_a_passive_came_to(coder):
    # row 420: "was beaten to death by Kenyan police", the parser hanging "by Kenyan police"
    # on "death": the police did it (before, the verb had no source)
    rows = """
        A a DET 2 det
        protester protester NOUN 4 nsubj:pass
        was be AUX 4 aux:pass
        beaten beat VERB 0 root Tense=Past|VerbForm=Part|Voice=Pass
        to to ADP 6 case
        death death NOUN 4 obl
        by by ADP 9 case
        Kenyan Kenyan ADJ 9 amod
        police police NOUN 6 nmod
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("KENCOP", "182", "KENOPP")]


@pytest.mark.parametrize("verb", ["reaffirmed reaffirm", "confirmed confirm", "said say"])
def test_confirming_is_saying(coder, verb):
    # row 421: "confirm" and "reaffirm" were uncoded (CONFIRM's ---): what they report is
    # read as "said" reads it, here a demand of what must be done
    rows = f"""
        The the DET 2 det
        UN UN PROPN 3 nsubj
        {verb} VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        that that SCONJ 7 mark
        Peru Peru PROPN 7 nsubj
        must must AUX 7 aux
        release release VERB 3 ccomp
        the the DET 9 det
        prisoners prisoner NOUN 7 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("IGOUNO", "100", "PER")]


@pytest.mark.parametrize("noun, what, code", [
    # row 422: announcing, approving or ordering a deployment or a delivery does it, as
    # announcing an undoing does (it was a statement, 010)
    ("deployment", "troops troop", "062"),
    ("deployment", "peacekeepers peacekeeper", "074"),
    ("delivery", "troops troop", "072"),
    # a delivery of what the deliver block has no pattern for stays the statement
    ("delivery", "letters letter", "010"),
])
def test_announcing_a_deployment_does_it(coder, noun, what, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        announced announce VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        the the DET 4 det
        {noun} {noun} NOUN 2 obj
        of of ADP 6 case
        {what} NOUN 4 nmod
        to to ADP 8 case
        Peru Peru PROPN 4 nmod
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", code, "PER")]


def test_a_preposition_of_the_complement_is_not_the_verbs(coder):
    # row 423: "called Erdogan to apologize for the case" matched CALL's "* (for)" (an appeal,
    # 020) with the "for" of "apologize": a call to a counterpart is talks by telephone
    rows = """
        Chile Chile PROPN 2 nsubj
        called call VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Peru Peru PROPN 2 obj
        to to PART 5 mark
        apologize apologize VERB 2 xcomp VerbForm=Inf
        for for ADP 8 case
        the the DET 8 det
        attack attack NOUN 5 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "041", "PER"), ("PER", "041", "CHL")]


def test_the_verbs_own_preposition_still_matches(coder):
    # "called on Peru for calm": the verb's own "for" phrase, an appeal
    rows = """
        Chile Chile PROPN 2 nsubj
        called call VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        on on ADP 4 case
        Peru Peru PROPN 2 obl
        for for ADP 6 case
        calm calm NOUN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", "020", "PER")]


@pytest.mark.parametrize("what, code", [
    # row 424: recognizing a region's independence is diplomatic recognition (054), not
    # ACCLAIM's "* independence" for celebrating it (017)
    ("independence independence", "054"),
    # recognizing someone's efforts stays praise
    ("efforts effort", "051"),
])
def test_recognizing_independence_is_diplomatic_recognition(coder, what, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        recognized recognize VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Peru Peru PROPN 5 nmod:poss
        's 's PART 3 case
        {what} NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", code, "PER")]


@pytest.mark.parametrize("noun, code", [
    # row 425: what is rejected names no narrower rejection than its noun says
    ("call call", "120"),  # was 122, rejecting a request for aid
    ("decision decision", "120"),  # was 127, rejecting a peace plan
    ("cooperation cooperation", "121"),  # was 1212, rejecting military cooperation
    ("accusation accusation", "016"),  # the block's other patterns stay: a denial
])
def test_a_rejection_is_as_narrow_as_its_noun(coder, noun, code):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        rejected reject VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Peru Peru PROPN 5 nmod:poss
        's 's PART 3 case
        {noun} NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHL", code, "PER")]


@pytest.mark.parametrize("verb, expected", [
    # row 426: a past participle on a noun that states a standing relation ("a group allied
    # with Bolivia", "linked to") describes the noun; it is no event (was 050, 0311)
    ("allied ally", []),
    ("linked link", []),
    # a participle of a deed still codes where the sentence codes nothing else
    ("supported support", [("BOL", "050", "EGYUAF")]),
])
def test_a_standing_relation_on_a_noun_is_no_event(coder, verb, expected):
    rows = f"""
        An a DET 4 det
        Egyptian Egyptian ADJ 4 amod
        militant militant ADJ 4 amod
        group group NOUN 9 nsubj:pass
        {verb} VERB 4 acl Tense=Past|VerbForm=Part
        with with ADP 7 case
        Bolivia Bolivia PROPN 5 obl
        was be AUX 9 aux:pass
        formed form VERB 0 root Tense=Past|VerbForm=Part|Voice=Pass
        . . PUNCT 9 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("clause, expected", [
    # row 427: hoping to do something to someone is one's own intention, no optimism about
    # them: the complement's object is not the target (the speaker's own hope remains)
    ("""to to PART 4 mark
        turn turn VERB 2 xcomp VerbForm=Inf
        Peru Peru PROPN 4 obj
        into into ADP 8 case
        a a DET 8 det
        battlefield battlefield NOUN 4 obl""", [("CHL", "013", "CHL")]),
    # hoping that someone does something stays optimism about them
    ("""that that SCONJ 5 mark
        Peru Peru PROPN 5 nsubj
        wins win VERB 2 ccomp Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin""", [("CHL", "013", "PER")]),
])
def test_hoping_to_act_names_no_target_in_the_act(coder, clause, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        hopes hope VERB 0 root Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
        {clause}
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


_EXAMPLE = """
        The the DET 2 det
        attack attack NOUN 5 nsubj
        {prep} {prep} ADP 4 case
        Chile Chile PROPN 2 nmod
        killed kill VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Peruvian Peruvian ADJ 7 amod
        soldiers soldier NOUN 5 obj
        . . PUNCT 5 punct
"""


@pytest.mark.parametrize("prep, expected", [
    # row 428: an example or likeness of a thing ("news such as the president's remarks",
    # "an attack like Chile's") is another thing: its actors are not the subject's
    ("like", []),
    ("unlike", []),
    # an actor named in the phrase by "by" still is ("an attack by Chile")
    ("by", [("CHL", "190", "PERMIL")]),
])
def test_an_example_of_the_subject_names_no_actor_of_it(coder, prep, expected):
    assert triples(coder, _EXAMPLE.format(prep=prep), date="2018-01-01") == expected


def test_such_as_names_an_example(coder):
    rows = """
        The the DET 2 det
        attack attack NOUN 6 nsubj
        such such ADJ 5 case
        as as ADP 3 fixed
        Chile Chile PROPN 2 nmod
        killed kill VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Peruvian Peruvian ADJ 8 amod
        soldiers soldier NOUN 6 obj
        . . PUNCT 6 punct
    """
    assert triples(coder, rows, date="2018-01-01") == []


@pytest.mark.parametrize("first, lemma, promised", [
    # row 429: a deed awaited "until" after a withholding (a reduction of relations, 16) is
    # not done, as after a negation: "withheld aid until he promised to ..." (no promise)
    ("suspended", "suspend", False),
    # after a deed that withholds nothing, "until" tells when it was done
    ("praised", "praise", True),
])
def test_a_deed_awaited_until_after_a_withholding_is_not_done(coder, first, lemma, promised):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        {first} {lemma} VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        aid aid NOUN 2 obj
        to to ADP 5 case
        Peru Peru PROPN 3 nmod
        until until SCONJ 8 mark
        Bolivia Bolivia PROPN 8 nsubj
        promised promise VERB 2 advcl Mood=Ind|Tense=Past|VerbForm=Fin
        to to PART 10 mark
        help help VERB 8 xcomp VerbForm=Inf
        Peru Peru PROPN 10 obj
        . . PUNCT 2 punct
    """
    sources = {source for source, _, _ in triples(coder, rows, date="2018-01-01")}
    assert ("BOL" in sources) == promised and "CHL" in sources


@pytest.mark.parametrize("relation, expected", [
    # row 431: a capitalised "-ing" word the compact model tagged as a participle before the
    # noun it modifies is a name ("Beijing police")
    ("acl", [("CHNCOP", "173", "CHNOPP")]),
    ("amod", [("CHNCOP", "173", "CHNOPP")]),
])
def test_a_name_tagged_as_a_participle_before_its_noun(coder, relation, expected):
    rows = f"""
        Beijing beij VERB 2 {relation} VerbForm=Ger
        police police NOUN 3 nsubj
        detained detain VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        two two NUM 5 nummod
        activists activist NOUN 3 obj
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


def test_a_name_tagged_as_a_participle_after_a_preposition(coder):
    # row 431: "in Beijing" read as an adverbial clause led by "in" is a place
    rows = """
        Peruvian Peruvian ADJ 2 amod
        troops troop NOUN 3 nsubj
        attacked attack VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        rebels rebel NOUN 3 obj
        in in SCONJ 6 mark
        Medellin medell VERB 3 advcl VerbForm=Ger
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("PERMIL", "190", "COLREB")]


@pytest.mark.parametrize("noun, lemma, expected", [
    # row 432: a country's adjective on a language or a literature names no actor
    ("language", "language", []),
    ("literature", "literature", []),
    # on a people it names them
    ("people", "people", [("CHL", "051", "PERCVL")]),
])
def test_a_language_of_a_country_is_no_actor(coder, noun, lemma, expected):
    rows = f"""
        Chile Chile PROPN 2 nsubj
        praised praise VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        the the DET 5 det
        Peruvian Peruvian ADJ 5 amod
        {noun} {lemma} NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("what, lemma, expected", [
    # row 433: a party that captures a legislature's seats or majority wins an election
    ("Senate", "Senate", []),
    ("seats", "seat", []),
    ("majority", "majority", []),
    # a town captured is still a seizure of territory
    ("town", "town", [("USAPTY", "192", "PER")]),
])
def test_capturing_a_legislature_is_an_election(coder, what, lemma, expected):
    upos = "PROPN" if what[0].isupper() else "NOUN"
    rows = f"""
        Republicans Republican PROPN 2 nsubj
        captured capture VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        the the DET 4 det
        {what} {lemma} {upos} 2 obj
        in in ADP 6 case
        Peru Peru PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("agent, lemma, expected", [
    # row 435: the recipient of a passive giving verb, hung by the parser on the "by" phrase
    ("officials", "official", [("CHLGOV", "0842", "PER")]),
    # an envoy's own "to" phrase is the envoy's office, not a recipient
    ("ambassador", "ambassador", []),
])
def test_a_recipient_hung_on_the_by_phrase(coder, agent, lemma, expected):
    rows = f"""
        The the DET 2 det
        statue statue NOUN 4 nsubj:pass
        was be AUX 4 aux:pass
        returned return VERB 0 root Mood=Ind|Tense=Past|VerbForm=Part|Voice=Pass
        by by ADP 7 case
        Chilean Chilean ADJ 7 amod
        {agent} {lemma} NOUN 4 obl
        to to ADP 9 case
        Peru Peru PROPN 7 nmod
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("clause, expected", [
    # row 436: people released in the passive with no one named were released by whoever
    # held them, as the clause on them says
    ("""held hold VERB 3 acl Tense=Past|VerbForm=Part|Voice=Pass
        by by ADP 6 case
        Peru Peru PROPN 4 obl""", [("PER", "0841", "CHLCVL")]),
    # a state's detention with no one named: the country where they were held
    ("""held hold VERB 3 acl Tense=Past|VerbForm=Part|Voice=Pass
        in in ADP 6 case
        Peru Peru PROPN 4 obl""", [("PER", "0841", "CHLCVL")]),
    # a place where they were seen is no holder
    ("""seen see VERB 3 acl Tense=Past|VerbForm=Part|Voice=Pass
        in in ADP 6 case
        Peru Peru PROPN 4 obl""", []),
])
def test_the_released_were_freed_by_who_held_them(coder, clause, expected):
    rows = f"""
        Two two NUM 3 nummod
        Chilean Chilean ADJ 3 amod
        citizens citizen NOUN 8 nsubj:pass
        {clause}
        were be AUX 8 aux:pass
        released release VERB 0 root Mood=Ind|Tense=Past|VerbForm=Part|Voice=Pass
        . . PUNCT 8 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("owner, expected", [
    # row 437: an appeal for a change of laws or institutions that names no one asks it of
    # the country whose institution it is: the appealing official's own ...
    ("""the the DET 9 det
        constitution constitution NOUN 6 nmod""", [("CHLGOV", "020", "CHL")]),
    # ... or the one the phrase names
    ("""Peru Peru PROPN 10 nmod:poss
        's 's PART 8 case
        constitution constitution NOUN 6 nmod""", [("CHLGOV", "020", "PER")]),
])
def test_an_appeal_for_reform_asks_it_of_the_country(coder, owner, expected):
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        president president NOUN 4 nsubj
        called call VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        for for ADP 6 case
        reform reform NOUN 4 obl
        of of ADP {9 if owner.startswith("the") else 10} case
        {owner}
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


def test_an_appeal_for_calm_names_no_country(coder):
    # row 437: only a change of laws or institutions asks something of a country
    rows = """
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        president president NOUN 4 nsubj
        called call VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        for for ADP 6 case
        calm calm NOUN 4 obl
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == []


@pytest.mark.parametrize("words, expected", [
    # row 438: a church's leader and the Catholic Church are Christian actors
    ("""The the DET 3 det
        church church NOUN 3 compound
        leader leader NOUN 4 nsubj""", "CHR"),
    ("""The the DET 3 det
        Catholic Catholic ADJ 3 amod
        Church Church PROPN 4 nsubj""", "CHRCTH"),
])
def test_church_leaders_are_christian_actors(coder, words, expected):
    rows = f"""
        {words}
        criticized criticize VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Chile Chile PROPN 4 obj
        . . PUNCT 4 punct
    """
    found = triples(coder, rows, date="2018-01-01")
    assert [(source[3:], code, target) for source, code, target in found] == [(expected, "111", "CHL")]


@pytest.mark.parametrize("doer, lemma, expected", [
    # row 439: "the government" in a clause a state's speaker reports is the speaker's own:
    # its measure at home is a threat to its own people
    ("government", "government", [("CHLGOV", "1323", "CHLCVL")]),
    # rebels a speaker names are not the speaker's
    ("rebels", "rebel", []),
])
def test_the_government_a_speaker_names_is_the_speakers(coder, doer, lemma, expected):
    det = "the the DET 7 det" if doer == "government" else ""
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        president president NOUN 4 nsubj
        announced announce VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        that that SCONJ 9 mark
        {det or "all all DET 7 det"}
        {doer} {lemma} NOUN 9 nsubj
        will will AUX 9 aux
        extend extend VERB 4 ccomp VerbForm=Inf
        the the DET 11 det
        curfew curfew NOUN 9 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == expected


@pytest.mark.parametrize("speaker, lemma, expected", [
    # row 439 (review): an ambassador's "the government" is his host's, not his own
    ("ambassador", "ambassador", []),
    # rebels are no state: what they say "the government" must do stays a demand
    ("rebels", "rebel", [("CHLREB", "100", "CHLGOV")]),
])
def test_the_government_of_an_envoy_or_rebels_is_not_theirs(coder, speaker, lemma, expected):
    rows = f"""
        The the DET 3 det
        Chilean Chilean ADJ 3 amod
        {speaker} {lemma} NOUN 4 nsubj
        said say VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        the the DET 6 det
        government government NOUN 8 nsubj
        must must AUX 8 aux
        {"extend extend VERB 4 ccomp VerbForm=Inf" if speaker == "ambassador" else "free free VERB 4 ccomp VerbForm=Inf"}
        the the DET 10 det
        {"curfew curfew NOUN 8 obj" if speaker == "ambassador" else "prisoners prisoner NOUN 8 obj"}
        . . PUNCT 4 punct
    """
    found = [e for e in triples(coder, rows, date="2018-01-01") if not e[1].startswith("08")]
    assert found == expected


def test_an_appeal_for_reform_by_an_opposition_asks_it_of_its_country(coder):
    # row 441: an opposition (or a former official, ELI) appealing for reform asks it of its
    # own country too, not only a state's office
    rows = """
        The the DET 4 det
        Chilean Chilean ADJ 4 amod
        opposition opposition NOUN 4 compound
        party party NOUN 5 nsubj
        called call VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        for for ADP 7 case
        reform reform NOUN 5 obl
        of of ADP 10 case
        the the DET 10 det
        constitution constitution NOUN 7 nmod
        . . PUNCT 5 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("CHLOPP", "020", "CHL")]


def test_this_week_before_a_second_verb_is_when_not_who(coder):
    # row 445: "this week" that the parser made the subject of a conjunct verb says when;
    # the verb shares the first verb's subject
    rows = """
        Chile Chile PROPN 2 nsubj
        condemned condemn VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        the the DET 4 det
        vote vote NOUN 2 obj
        and and CCONJ 8 cc
        this this DET 7 det
        week week NOUN 8 nsubj
        arrested arrest VERB 2 conj Mood=Ind|Tense=Past|VerbForm=Fin
        Peru Peru PROPN 11 nmod:poss
        's 's PART 9 case
        ambassador ambassador NOUN 8 obj
        . . PUNCT 2 punct
    """
    assert ("CHL", "173", "PERGOV") in triples(coder, rows, date="2018-01-01")


@pytest.mark.parametrize("adjective, date, expected", [
    # row 446: an army that violates a ceasefire with no one named violates it against the
    # neighbour it faces over the ceasefire line
    ("Pakistani", "2018-01-01", [("PAKMIL", "196", "IND")]),
    ("Eritrean", "1999-06-01", [("ERIMIL", "196", "ETH")]),
    # a war that ended: no other side is known
    ("Eritrean", "2020-06-01", []),
    # a country of no such neighbour: nothing, as before
    ("Chilean", "2018-01-01", []),
])
def test_an_army_violating_a_ceasefire_violates_it_against_its_adversary(coder, adjective, date, expected):
    rows = f"""
        {adjective} {adjective} ADJ 2 amod
        troops troop NOUN 3 nsubj
        violated violate VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        the the DET 5 det
        ceasefire ceasefire NOUN 3 obj
        again again ADV 3 advmod
        . . PUNCT 3 punct
    """
    assert triples(coder, rows, date=date) == expected


def test_a_governments_own_ceasefire_is_with_rebels_not_its_adversary(coder):
    # row 446: a government declaring a ceasefire with no one named is in a civil war
    rows = """
        The the DET 3 det
        Indian Indian ADJ 3 amod
        government government NOUN 4 nsubj
        declared declare VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        a a DET 6 det
        ceasefire ceasefire NOUN 4 obj
        . . PUNCT 4 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("INDGOV", "0871", "INDREB")]


@pytest.mark.parametrize("name, expected", [
    # row 447: a civic group no dictionary knows, by its own name, is an NGO
    ("Civic Freedom Organization", [("CHLNGO", "020", "CHLGOV")]),
    ("Clean Water Campaign", [("CHLNGO", "020", "CHLGOV")]),
    # a head in lower case is no name of its own; "Committee" may be a state's body
    ("Civic Freedom organization", []),
    ("Civic Freedom Committee", []),
    # row 453 (review): a word of a state's agency in the name ("the Atomic Energy Organization")
    ("Atomic Energy Organization", []),
])
def test_a_civic_group_named_by_its_own_name_is_an_ngo(coder, name, expected):
    words = name.split()
    rows = "\n".join([
        "The the DET 4 det",
        f"{words[0]} {words[0]} PROPN 4 compound",
        f"{words[1]} {words[1]} PROPN 4 compound",
        f"{words[2]} {words[2].lower()} {'PROPN' if words[2][0].isupper() else 'NOUN'} 5 nsubj",
        "urged urge VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin",
        "the the DET 8 det",
        "Chilean Chilean ADJ 8 amod",
        "government government NOUN 5 obj",
        "to to PART 10 mark",
        "free free VERB 5 xcomp VerbForm=Inf",
        "the the DET 12 det",
        "prisoners prisoner NOUN 10 obj",
        ". . PUNCT 5 punct",
    ])
    found = [e for e in triples(coder, rows, date="2018-01-01") if e[1].startswith("02")]
    assert found == expected


@pytest.mark.parametrize("title, expected", [
    # row 448: with no story date, a title before a surname names the one person of that
    # surname who held an office, in its country
    ("President", [("KGZGOV", "111", "KAZ")]),
    # a bare surname with no date stays no one: who held office when is unknown
    (None, []),
])
def test_an_undated_title_before_a_surname_names_its_office_holder(coder, title, expected):
    head = 2 if title else 1
    rows = "\n".join(filter(None, [
        f"{title} {title.lower()} PROPN 2 compound" if title else "",
        f"Atambayev Atambayev PROPN {head + 1} nsubj",
        f"criticized criticize VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin",
        f"Kazakhstan Kazakhstan PROPN {head + 1} obj",
        f". . PUNCT {head + 1} punct",
    ]))
    assert triples(coder, rows, date=None) == expected


def test_a_role_its_own_phrase_places_in_a_country_is_named_by_it(coder):
    # row 449: a place deep in a role's own phrase, naming a group of the role's own kind,
    # names the role's country as a name would ("fighters from a faction of armed groups
    # in Peru")
    rows = """
        Fighters fighter NOUN 10 nsubj
        from from ADP 4 case
        a a DET 4 det
        faction faction NOUN 1 nmod
        of of ADP 7 case
        armed armed ADJ 7 amod
        groups group NOUN 4 nmod
        in in ADP 9 case
        Peru Peru PROPN 7 nmod
        surrendered surrender VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        to to ADP 13 case
        the the DET 13 det
        government government NOUN 10 obl
        . . PUNCT 10 punct
    """
    assert triples(coder, rows, date="2018-01-01") == [("PERUAF", "080", "PERGOV")]


@pytest.mark.parametrize("subject, lemma, verb, vlemma, prep, obj, olemma, expected", [
    # row 450: an armed group and the state of the country the sentence places it in
    ("rebels", "rebel", "surrendered", "surrender", "to", "authorities", "authority", [("PERREB", "080", "PERGOV")]),
    # roles of no war's sides stay unnamed: "officials criticized journalists in Peru"
    ("officials", "official", "criticized", "criticize", None, "journalists", "journalist", []),
])
def test_an_armed_group_and_a_state_placed_in_a_country_are_its(coder, subject, lemma, verb, vlemma, prep, obj, olemma, expected):
    rows = "\n".join(filter(None, [
        "The the DET 2 det",
        f"{subject} {lemma} NOUN 3 nsubj",
        f"{verb} {vlemma} VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin",
        f"{prep} {prep} ADP 6 case" if prep else "the the DET 6 det",
        "the the DET 6 det" if prep else "local local ADJ 6 amod",
        f"{obj} {olemma} NOUN 3 {'obl' if prep else 'obj'}",
        "in in ADP 8 case",
        "Peru Peru PROPN 3 obl",
        ". . PUNCT 3 punct",
    ]))
    assert triples(coder, rows, date="2018-01-01") == expected


def test_one_meeting_told_by_two_verbs_is_one_consultation(coder):
    # row 451: "met ... and negotiated" is one meeting between the two: a second
    # consultation (04) between the same pair in one sentence is not coded again
    rows = """
        Chile Chile PROPN 2 nsubj
        met meet VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Peru Peru PROPN 2 obj
        and and CCONJ 5 cc
        negotiated negotiate VERB 2 conj Mood=Ind|Tense=Past|VerbForm=Fin
        with with ADP 7 case
        Peru Peru PROPN 5 obl
        . . PUNCT 2 punct
    """
    found = triples(coder, rows, date="2018-01-01")
    assert ("CHL", "040", "PER") in found or ("CHL", "046", "PER") in found
    assert len([e for e in found if e[0] == "CHL" and e[1].startswith("04")]) == 1


def test_a_name_and_its_fighters_split_into_two_subjects_are_one_actor(coder):
    # row 452: "Boko Haram | jihadists overran": the parser's two subjects side by side are
    # one phrase, the group's fighters, and code one event, not a second for the fighters
    rows = """
        Boko Boko PROPN 4 nsubj
        Haram Haram PROPN 1 flat
        jihadists jihadist NOUN 4 nsubj
        overran overrun VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        a a DET 7 det
        military military ADJ 7 amod
        base base NOUN 4 obj
        in in ADP 9 case
        Nigeria Nigeria PROPN 7 nmod
        . . PUNCT 4 punct
    """
    found = triples(coder, rows, date="2018-01-01")
    assert found == [("NGAREB", "192", "NGAMIL")]


def test_a_state_body_named_with_its_country_is_no_ngo(coder):
    # row 453 (review): "the Energy Organization of Chile" names a state's body as often as a
    # civic group: its country's place in the phrase keeps it from NGO
    rows = """
        The the DET 3 det
        Energy Energy PROPN 3 compound
        Organization Organization PROPN 6 nsubj
        of of ADP 5 case
        Chile Chile PROPN 3 nmod
        criticized criticize VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Peru Peru PROPN 6 obj
        . . PUNCT 6 punct
    """
    assert all(not source.endswith("NGO") for source, _, _ in triples(coder, rows, date="2018-01-01"))


def test_a_ceasefire_a_country_declares_is_not_against_its_adversary(coder):
    # row 453 (review): only a violation faces the neighbour; a country's own ceasefire is as
    # often with rebels at home ("India announced a Ramadan ceasefire" in Kashmir)
    rows = """
        India India PROPN 2 nsubj
        declared declare VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        a a DET 4 det
        ceasefire ceasefire NOUN 2 obj
        . . PUNCT 2 punct
    """
    assert all(target != "PAK" for _, _, target in triples(coder, rows, date="2018-01-01"))


def test_groups_placed_in_a_region_are_not_named_by_it(coder):
    # row 453 (review): "activists from groups across Europe" are in no state: role nouns
    # only, as before
    rows = """
        Activists activist NOUN 6 nsubj
        from from ADP 3 case
        groups group NOUN 1 nmod
        across across ADP 5 case
        Europe Europe PROPN 3 nmod
        criticized criticize VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        journalists journalist NOUN 6 obj
        . . PUNCT 6 punct
    """
    assert triples(coder, rows, date="2018-01-01") == []


def test_an_undated_surname_after_no_title_is_no_office_holder(coder):
    # row 453 (review): "Atambayev's lawyer": the surname is a possessor, no title before it
    rows = """
        Atambayev Atambayev PROPN 3 nmod:poss
        's 's PART 1 case
        lawyer lawyer NOUN 4 nsubj
        criticized criticize VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Kazakhstan Kazakhstan PROPN 4 obj
        . . PUNCT 4 punct
    """
    assert all(not source.startswith("KGZ") for source, _, _ in triples(coder, rows, date=None))


def second_sentence_triples(coder, first, second):
    """The events of a story's second sentence, after the first (whom it may refer back to)."""
    text = conllu(first, "1") + conllu(second, "2")
    return [e.triple for e in coder.code_conllu(text, date="2018-01-01", story_id="t") if e.sentence_id == "2"]


_FIRST_SENTENCE = """
    Hamas Hamas PROPN 2 nsubj
    attacked attack VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
    Israel Israel PROPN 2 obj
    . . PUNCT 2 punct
"""


@pytest.mark.parametrize("noun, lemma, expected", [
    # row 454: "the group" or "the militants" as a subject is the story's last subject, as a
    # pronoun subject is, where that is a group of the noun's kind
    ("group", "group", ("PSEREBHMS", "190", "EGYMIL")),
    ("militants", "militant", ("PSEREBHMS", "190", "EGYMIL")),
    # row 461 (review): "the body" names no group again (a state's body as often): nobody
    ("body", "body", None),
])
def test_the_group_as_a_subject_is_the_storys_last_group(coder, noun, lemma, expected):
    second = f"""
        The the DET 2 det
        {noun} {lemma} NOUN 3 nsubj
        attacked attack VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Egyptian Egyptian ADJ 5 amod
        troops troop NOUN 3 obj
        . . PUNCT 3 punct
    """
    found = second_sentence_triples(coder, _FIRST_SENTENCE, second)
    assert (expected in found) if expected else all(not source.startswith("PSE") for source, _, _ in found)


def test_the_country_as_a_subject_is_the_storys_last_subject(coder):
    # row 454: "Iran warned Turkey. The country criticized Egypt": as a subject, "the
    # country" continues the last subject (Iran), not the last country named (Turkey)
    second = """
        The the DET 2 det
        country country NOUN 3 nsubj
        criticized criticize VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Egypt Egypt PROPN 3 obj
        . . PUNCT 3 punct
    """
    first = """
        Iran Iran PROPN 2 nsubj
        warned warn VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Turkey Turkey PROPN 2 obj
        . . PUNCT 2 punct
    """
    found = second_sentence_triples(coder, first, second)
    assert found == [("IRN", "111", "EGY")]


def test_where_people_were_sent_hung_on_them_is_the_target(coder):
    # row 455: "sent an envoy to Ankara" with the parser's "to Ankara" on "envoy": where
    # the envoy was sent is the target, not the envoy (who is the sender's own)
    rows = """
        Iran Iran PROPN 2 nsubj
        sent send VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        an a DET 4 det
        envoy envoy NOUN 2 obj
        to to ADP 6 case
        Ankara Ankara PROPN 4 nmod
        on on ADP 8 case
        Monday Monday PROPN 2 obl
        . . PUNCT 2 punct
    """
    found = triples(coder, rows, date="2018-01-01")
    assert ("IRN", "042", "TUR") in found and all(target != "---GOV" for _, _, target in found)


def test_whom_a_subjects_deed_was_done_to_is_no_doer(coder):
    # row 456: "an attack on a convoy belonging to NATO killed eight people": NATO's convoy
    # was attacked, and NATO killed no one
    rows = """
        An a DET 2 det
        attack attack NOUN 9 nsubj
        on on ADP 5 case
        a a DET 5 det
        convoy convoy NOUN 2 nmod
        belonging belong VERB 5 acl VerbForm=Ger
        to to ADP 8 case
        NATO NATO PROPN 6 obl
        killed kill VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        eight eight NUM 12 nummod
        Afghan Afghan ADJ 12 amod
        civilians civilian NOUN 9 obj
        . . PUNCT 9 punct
    """
    assert all(not source.startswith("IGO") for source, _, _ in triples(coder, rows, date="2018-01-01"))


_DONOR_IS = """
    Norway Norway PROPN 5 nsubj
    is be AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin
    the the DET 5 det
    largest large ADJ 5 amod
    donor donor NOUN 0 root
    to to ADP 7 case
    Sudan Sudan PROPN 5 nmod
    . . PUNCT 5 punct
"""
_DONOR_REMAINS = """
    Norway Norway PROPN 2 nsubj
    remains remain VERB 0 root Mood=Ind|Tense=Pres|VerbForm=Fin
    the the DET 5 det
    largest large ADJ 5 amod
    donor donor NOUN 2 obj
    to to ADP 7 case
    Sudan Sudan PROPN 5 nmod
    . . PUNCT 2 punct
"""
_DONOR_IS_NOT = """
    Norway Norway PROPN 6 nsubj
    is be AUX 6 cop Mood=Ind|Tense=Pres|VerbForm=Fin
    not not PART 6 advmod
    the the DET 6 det
    largest large ADJ 6 amod
    donor donor NOUN 0 root
    to to ADP 8 case
    Sudan Sudan PROPN 6 nmod
    . . PUNCT 6 punct
"""


@pytest.mark.parametrize("rows, expected", [
    # row 458: "Norway is the largest donor to Sudan": the subject of "is" gives aid (070),
    # and so with "remains"; "is not the largest donor" gives nothing
    (_DONOR_IS, [("NOR", "070", "SDN")]),
    (_DONOR_REMAINS, [("NOR", "070", "SDN")]),
    (_DONOR_IS_NOT, []),
])
def test_a_subject_said_to_be_a_donor_gives_aid(coder, rows, expected):
    assert triples(coder, rows, date="2018-01-01") == expected


def test_inspectors_a_state_allows_in_are_received(coder):
    # row 460: inspectors a state lets in are received (0862); access alone stays a yielding
    # (row 461: airspace, journalists and crash sites are let in as often as aid)
    inspectors = """
        Peru Peru PROPN 2 nsubj
        allowed allow VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        UN UN PROPN 4 compound
        inspectors inspector NOUN 2 obj
        into into ADP 6 case
        Cusco Cusco PROPN 2 obl
        . . PUNCT 2 punct
    """
    assert triples(coder, inspectors, date="2018-01-01") == [("PER", "0862", "IGOUNO")]


def test_the_group_is_the_newest_group_not_a_state_or_the_last_subject(coder):
    # row 461 (review): "Israeli troops attacked Hamas positions. The group fired rockets":
    # the group is Hamas, the newest group, not the subject before (an army is no group)
    first = """
        Israeli Israeli ADJ 2 amod
        troops troop NOUN 3 nsubj
        attacked attack VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Hamas Hamas PROPN 5 compound
        positions position NOUN 3 obj
        . . PUNCT 3 punct
    """
    second = """
        The the DET 2 det
        group group NOUN 3 nsubj
        attacked attack VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Egyptian Egyptian ADJ 5 amod
        troops troop NOUN 3 obj
        . . PUNCT 3 punct
    """
    found = second_sentence_triples(coder, first, second)
    assert ("PSEREBHMS", "190", "EGYMIL") in found and all(not s.startswith("ISR") for s, _, _ in found)


def test_the_country_after_an_unknown_subject_is_the_last_country(coder):
    # row 461 (review): a subject no dictionary knows leaves "the country" the last country
    first = """
        Joshua Joshua PROPN 3 nsubj
        Norton Norton PROPN 1 flat
        visited visit VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Iran Iran PROPN 3 obj
        . . PUNCT 3 punct
    """
    second = """
        The the DET 2 det
        country country NOUN 3 nsubj
        condemned condemn VERB 0 root Mood=Ind|Tense=Past|VerbForm=Fin
        Israel Israel PROPN 3 obj
        . . PUNCT 3 punct
    """
    found = second_sentence_triples(coder, first, second)
    assert found == [("IRN", "111", "ISR")]


def test_a_donor_compared_or_in_the_past_does_nothing(coder):
    # row 461 (review): "the largest European donor" names no recipient; "was once the
    # largest donor to Sudan" is a past standing, no act
    european = """
        Norway Norway PROPN 5 nsubj
        is be AUX 5 cop Mood=Ind|Tense=Pres|VerbForm=Fin
        the the DET 5 det
        European European ADJ 5 amod
        donor donor NOUN 0 root
        . . PUNCT 5 punct
    """
    assert triples(coder, european, date="2018-01-01") == []
    past = _DONOR_IS.replace("Tense=Pres", "Tense=Past").replace("is be AUX", "was be AUX")
    assert triples(coder, past, date="2018-01-01") == []
