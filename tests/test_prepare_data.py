"""The training-data rewrites of training/prepare_data.py, on the real treebanks in ../shared/ud.

Each rewrite (hyphen splitting, ordinal joining, currency variants) must leave every sentence a
well-formed tree over the same surface text: Stanza's tokenizer learns its labels from the words
and their SpaceAfter marks, and the tagger and parser read ids and heads.
"""

from __future__ import annotations

import collections
import importlib.util
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def prep():
    spec = importlib.util.spec_from_file_location("prepare_data_under_test", REPO_ROOT / "training" / "prepare_data.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def partut(prep, shared_dir):
    return [prep.clean(s) for s in prep.read_sents(shared_dir / "ud" / "en_partut-ud-train.conllu")]


@pytest.fixture(scope="module")
def lines_train(prep, shared_dir):
    return [prep.clean(s) for s in prep.read_sents(shared_dir / "ud" / "en_lines-ud-train.conllu")]


def surface(sent):
    """The text the tokens spell, with the spaces their SpaceAfter marks give."""
    out, skip_to = [], 0
    for line in sent:
        cols = line.split("\t")
        if len(cols) != 10 or "." in cols[0]:
            continue
        if "-" in cols[0]:
            skip_to = int(cols[0].split("-")[1])
        elif int(cols[0]) <= skip_to:
            continue
        out.append(cols[1] + ("" if "SpaceAfter=No" in cols[9] else " "))
    return "".join(out).strip()


def assert_well_formed(sent):
    words = [c for c in (l.split("\t") for l in sent) if len(c) == 10 and c[0].isdigit()]
    ids = [int(c[0]) for c in words]
    assert ids == list(range(1, len(ids) + 1)), sent
    assert all(0 <= int(c[6]) <= len(ids) and int(c[6]) != int(c[0]) for c in words), sent
    for line in sent:
        first = line.split("\t", 1)[0]
        if "-" in first and first.replace("-", "").isdigit():
            a, b = map(int, first.split("-"))
            assert 1 <= a < b <= len(ids), line


def test_partut_ordinals_are_joined_into_one_word(prep, partut):
    counter = collections.Counter()
    joined = [prep.join_ordinals(s, counter) for s in partut]
    changed = [(a, b) for a, b in zip(partut, joined) if a != b]
    assert counter["ordinals_joined"] >= 5 and changed
    for before, after in changed:
        assert_well_formed(after)
        assert surface(after) == surface(before)
        assert len(after) < len(before)
        forms = [l.split("\t")[1] for l in after if l.split("\t")[0].isdigit()]
        assert any(f[:-2].isdigit() and f[-2:].lower() in prep.ORDINAL_SUFFIXES for f in forms)
    # no number followed by a bare suffix is left
    for sent in joined:
        words = [c for c in (l.split("\t") for l in sent) if len(c) == 10 and c[0].isdigit()]
        assert not any(a[1].isdigit() and "SpaceAfter=No" in a[9] and b[1].lower() in prep.ORDINAL_SUFFIXES
                       for a, b in zip(words, words[1:]))


def test_joined_ordinal_keeps_the_tree_around_it(prep):
    sent = ["# text = In the 20th century.",
            "1\tIn\tin\tADP\tIN\t_\t5\tcase\t_\t_",
            "2\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_",
            "3\t20\t20\tNUM\tCD\tNumType=Card\t5\tnummod\t_\tSpaceAfter=No",
            "4\tth\tth\tADJ\tJJ\tDegree=Pos\t3\tamod\t_\t_",
            "5\tcentury\tcentury\tNOUN\tNN\tNumber=Sing\t0\troot\t_\tSpaceAfter=No",
            "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_"]
    out = prep.join_ordinals(sent, collections.Counter())
    rows = [l.split("\t") for l in out[1:]]
    assert [r[1] for r in rows] == ["In", "the", "20th", "century", "."]
    assert rows[2][3] == "ADJ" and rows[2][6] == "4" and rows[2][7] == "amod"
    assert [r[6] for r in rows] == ["4", "4", "4", "0", "4"]


def test_hyphen_splitting_keeps_text_and_tree(prep, lines_train):
    counter = collections.Counter()
    keep_whole = {"e", "non", "re", "pre", "anti"}
    changed = 0
    for sent in lines_train:
        out = prep.split_hyphens(sent, keep_whole, counter)
        if out != sent:
            changed += 1
            assert_well_formed(out)
            assert surface(out) == surface(sent)
            forms = [l.split("\t")[1] for l in out if l.split("\t")[0].isdigit()]
            assert "-" in forms
            assert not any(prep.HYPHENATED.match(f) and f.split("-", 1)[0].lower() not in keep_whole for f in forms)
    assert changed > 50 and counter["hyphenated_words_split"] >= changed


def test_currency_variants_copy_dollar_sentences_with_pound_and_euro(prep, shared_dir):
    sents = [prep.clean(s) for s in prep.read_sents(shared_dir / "ud" / "en_gum-ud-dev.conllu")]
    counter = collections.Counter()
    variants = prep.currency_variants(sents, counter)
    assert variants and len(variants) == counter["currency_variants"]
    assert variants[0][0].startswith("# newdoc")
    signs = collections.Counter()
    for sent in variants:
        assert_well_formed(sent)
        text = next(l for l in sent if l.startswith("# text = "))[len("# text = "):]
        assert "$" not in text and surface(sent) == text
        assert not any(l.startswith("# sent_id") for l in sent)
        signs.update(ch for ch in text if ch in prep.CURRENCY_VARIANTS)
    assert set(signs) == set(prep.CURRENCY_VARIANTS)


def test_partut_punctuation_is_reattached_by_the_guidelines_and_nothing_else_changes(prep, partut):
    sample = partut[:200]
    counter = collections.Counter()
    fixed = prep.fix_punct(sample, counter)
    assert len(fixed) == len(sample) and counter["punct_heads_fixed"] > 20
    changed_upos = collections.Counter()
    for before, after in zip(sample, fixed):
        assert_well_formed(after)
        assert len(before) == len(after)
        for a, b in zip(before, after):
            ca, cb = a.split("\t"), b.split("\t")
            assert ca[:6] + ca[7:] == cb[:6] + cb[7:]
            if ca != cb:
                changed_upos[ca[3]] += 1
    assert set(changed_upos) == {"PUNCT"}
    again = collections.Counter()
    prep.fix_punct(fixed, again)
    assert again["punct_heads_fixed"] == 0
