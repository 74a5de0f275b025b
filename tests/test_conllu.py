"""CoNLL-U reading, v1 -> v2 normalisation, errors and round-trips."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventcoder.conllu import V1_TO_V2, ConlluError, iter_conllu, read_conllu, write_conllu
from eventcoder.model import Sentence, Token


def conllu(*rows: str) -> str:
    """Rows written with single spaces between columns -> tab-separated CoNLL-U lines."""
    return "\n".join(row if row.startswith("#") or not row else "\t".join(row.split(" ")) for row in rows) + "\n"


# A v2 sentence with a multi-word token, an empty node, comments and a misc column.
V2 = conllu(
    "# newdoc id = d1",
    "# sent_id = s1",
    "# text = Arnor's envoys don't deny it.",
    "1 Arnor Arnor PROPN NNP Number=Sing 3 nmod:poss _ SpaceAfter=No",
    "2 's 's PART POS _ 1 case _ _",
    "3 envoys envoy NOUN NNS Number=Plur 6 nsubj _ _",
    "4-5 don't _ _ _ _ _ _ _ _",
    "4 do do AUX VBP Mood=Ind 6 aux _ _",
    "5 n't not PART RB Polarity=Neg 6 advmod _ _",
    "5.1 deny deny VERB VB _ _ _ 3:nsubj _",
    "6 deny deny VERB VB VerbForm=Inf 0 root _ _",
    "7 it it PRON PRP Case=Acc 6 obj _ SpaceAfter=No",
    "8 . . PUNCT . _ 6 punct _ _",
    "",
    "# sent_id = s2",
    "1 Quiet _ ADJ JJ _ 0 root _ _",
)

# The same kind of sentence with UD v1 labels, as UDPipe 1 writes them.
V1 = conllu(
    "1 Gondor Gondor PROPN NNP _ 5 nsubjpass _ _",
    "2 Minas Minas PROPN NNP _ 1 name _ _",
    "3 was be AUX VBD _ 5 auxpass _ _",
    "4 not not PART RB _ 5 neg _ _",
    "5 attacked attack VERB VBN _ 0 root _ _",
    "6 by by ADP IN _ 7 case _ _",
    "7 Mordor Mordor PROPN NNP _ 5 nmod _ _",
    "8 on on ADP IN _ 9 case _ _",
    "9 Monday Monday PROPN NNP _ 5 nmod:tmod _ _",
    "10 of of ADP IN _ 11 case _ _",
    "11 Rohan Rohan PROPN NNP _ 7 nmod _ _",
    "12 Rohan Rohan PROPN NNP _ 13 nmod:poss _ _",
    "13 army army NOUN NN _ 5 dobj _ _",
)


def test_v2_sentence_fields_multiword_and_empty_nodes():
    first, second = read_conllu(V2)
    assert first.sent_id == "s1" and first.text == "Arnor's envoys don't deny it."
    assert first.comments == ("# newdoc id = d1", "# sent_id = s1", "# text = Arnor's envoys don't deny it.")
    assert first.multiword == ((4, 5, "don't"),)
    assert [t.form for t in first.tokens] == ["Arnor", "'s", "envoys", "do", "n't", "deny", "it", "."]
    assert first.token(1).misc == "SpaceAfter=No" and first.token(7).misc == "SpaceAfter=No"
    assert first.token(6).deprel == "root" and first.token(7).deprel == "obj"
    assert second.sent_id == "s2" and second.text == "" and second.token(1).lemma == "quiet"  # '_' lemma


def test_v1_labels_are_normalised():
    (sentence,) = read_conllu(V1)
    labels = {t.form: t.deprel for t in sentence.tokens}
    assert labels["Gondor"] == "nsubj:pass"
    assert labels["Minas"] == "flat"
    assert labels["was"] == "aux:pass"
    assert labels["army"] == "obj"
    assert labels["Mordor"] == "obl"  # nmod under a verb
    assert labels["Monday"] == "obl:tmod"  # subtype kept
    assert labels["Rohan"] == "nmod:poss"  # the second Rohan; nmod:poss never changes
    assert sentence.token(11).deprel == "nmod"  # nmod under a noun stays nmod
    negation = sentence.token(4)
    assert negation.deprel == "advmod" and negation.feats == "Polarity=Neg"
    raw = read_conllu(V1, normalise=False)[0]
    assert [t.deprel for t in raw.tokens][:4] == ["nsubjpass", "name", "auxpass", "neg"]


def test_neg_feature_is_merged_in_order():
    text = conllu("1 never never ADV RB Degree=Pos 2 neg _ _", "2 stops stop VERB VBZ _ 0 root _ _")
    assert read_conllu(text)[0].token(1).feats == "Degree=Pos|Polarity=Neg"


def test_v2_sentence_is_left_alone_even_with_nmod_under_adjective():
    text = conllu(
        "1 full full ADJ JJ _ 0 root _ _",
        "2 of of ADP IN _ 3 case _ _",
        "3 water water NOUN NN _ 1 nmod _ _",
        "4 left leave VERB VBD _ 1 obl _ _",
    )
    assert read_conllu(text)[0].token(3).deprel == "nmod"


def test_ambiguous_sentence_converts_nmod_under_verbs_only():
    text = conllu(
        "1 proud proud ADJ JJ _ 3 amod _ _",
        "2 of of ADP IN _ 1 case _ _",
        "3 people people NOUN NNS _ 4 nsubj _ _",
        "4 left leave VERB VBD _ 0 root _ _",
        "5 for for ADP IN _ 6 case _ _",
        "6 Bree Bree PROPN NNP _ 4 nmod _ _",
        "7 home home NOUN NN _ 1 nmod _ _",
    )
    sentence = read_conllu(text)[0]
    assert sentence.token(6).deprel == "obl" and sentence.token(7).deprel == "nmod"


@pytest.mark.parametrize(
    "rows, line, words",
    [
        (("# sent_id = x", "1 a a X _ _ 0 root _"), 2, "10 tab-separated columns, got 9"),
        (("1 a a X _ _ 0 root _ _", "x b b X _ _ 1 dep _ _"), 2, "word id"),
        (("1 a a X _ _ 0 root _ _", "3 b b X _ _ 1 dep _ _"), 2, "expected 2, got 3"),
        (("1 a a X _ _ 0 root _ _", "2 b b X _ _ one dep _ _"), 2, "head must be a non-negative integer"),
        (("1 a a X _ _ 0 root _ _", "2 b b X _ _ 7 dep _ _"), 2, "head 7 of word 2 is outside"),
        (("1 a a X _ _ 0 root _ _", "2 b b X _ _ 2 dep _ _"), 2, "its own head"),
        (("1 a a X _ _ 0 root _ _", "2 b b X _ _ 3 dep _ _", "3 c c X _ _ 2 dep _ _"), 2, "words 2, 3 form a cycle"),
        (("1 a a X _ _ 0 root _ _", "2-4 bc _ _ _ _ _ _ _ _", "2 b b X _ _ 1 dep _ _"), 2, "runs past"),
        (("1-1 a _ _ _ _ _ _ _ _", "1 a a X _ _ 0 root _ _"), 1, "span 2+ words"),
        (("1 a a X _ _ 0 root _ _", "# late comment"), 2, "comment line after"),
        (("# only = comments",), 1, "no word lines"),
    ],
)
def test_malformed_input_names_source_and_line(rows, line, words):
    text = "# first = sentence\n1\tok\tok\tX\t_\t_\t0\troot\t_\t_\n\n" + conllu(*rows)
    with pytest.raises(ConlluError) as caught:
        read_conllu(text, source_name="bad.conllu")
    error = caught.value
    assert error.line == line + 3 and error.source == "bad.conllu"
    assert str(error).startswith(f"bad.conllu:{line + 3}: ") and words in str(error)


def test_errors_in_files_name_the_path(tmp_path: Path):
    path = tmp_path / "broken.conllu"
    path.write_text("1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n2\tb\n", encoding="utf-8")
    with pytest.raises(ConlluError, match=re.escape(f"{path}:2: expected 10")):
        read_conllu(path)
    with pytest.raises(ValueError, match=r"<string>:2:"):  # ConlluError is a ValueError
        read_conllu(path.read_text())


def test_on_error_reports_and_skips_only_the_bad_sentence():
    good = conllu("1 a a X _ _ 0 root _ _")
    bad = conllu("1 a a X _ _ 5 root _ _")
    errors: list[ConlluError] = []
    sentences = read_conllu(good + "\n" + bad + "\n" + good, on_error=errors.append)
    assert len(sentences) == 2 and [e.line for e in errors] == [3]


def test_lines_end_at_newlines_only():
    # U+2028 and U+0085 can sit inside a word; str.splitlines would cut the line there.
    text = "1\ta\u2028b\ta\tX\t_\t_\t0\troot\t_\tx\u0085y\r\n\r\n1\tc\tc\tX\t_\t_\t0\troot\t_\t_\n"
    first, second = read_conllu(text)
    assert first.tokens[0].form == "a\u2028b" and first.tokens[0].misc == "x\u0085y"
    assert second.tokens[0].form == "c"


def test_text_or_path_detection(tmp_path: Path):
    path = tmp_path / "one.conllu"
    path.write_bytes(("\ufeff" + conllu("1 a a X _ _ 0 root _ _")).replace("\n", "\r\n").encode("utf-8"))
    assert len(read_conllu(path)) == 1  # Path; BOM and CRLF tolerated
    assert len(read_conllu(str(path))) == 1  # str without newline or tab: a path
    assert read_conllu("1\ta\ta\tX\t_\t_\t0\troot\t_\t_") != []  # has a tab: text, no trailing newline
    assert read_conllu("") == [] and read_conllu("\n\n") == []
    with pytest.raises(FileNotFoundError):
        read_conllu(str(tmp_path / "missing.conllu"))


def test_iter_conllu_is_lazy():
    def lines():
        yield from conllu("1 a a X _ _ 0 root _ _").splitlines()
        yield ""
        raise AssertionError("read past the first sentence")

    first = next(iter_conllu(lines(), "gen"))
    assert first.token(1).form == "a"


def test_write_adds_missing_id_and_text_and_round_trips():
    sentence = Sentence(tokens=[Token(1, "Hi", "hi", "INTJ")], sent_id="p1", text="Hi")
    written = write_conllu([sentence])
    assert written == "# sent_id = p1\n# text = Hi\n1\tHi\thi\tINTJ\t_\t_\t0\tdep\t_\t_\n\n"
    assert write_conllu([]) == ""
    again = read_conllu(written)[0]
    assert again.sent_id == "p1" and again.text == "Hi" and again.tokens == sentence.tokens
    for text in (V1, V2):
        once = read_conllu(text)
        assert read_conllu(write_conllu(once)) == once


# ---- real data -------------------------------------------------------------------------


def readme_counts(ud: Path) -> dict[str, tuple[int, int]]:
    """``file -> (sentences, tokens)`` from the README table; ``a-{x,y}.conllu`` rows are summed groups."""
    counts = {}
    for match in re.finditer(r"^\| (\S+\.conllu) \| (\d+) \| (\d+) \|", (ud / "README.md").read_text(), re.M):
        counts[match.group(1)] = (int(match.group(2)), int(match.group(3)))
    return counts


def expand(pattern: str) -> list[str]:
    match = re.fullmatch(r"(.*)\{(.*)\}(.*)", pattern)
    return [match.group(1) + part + match.group(3) for part in match.group(2).split(",")] if match else [pattern]


def test_every_ud_file_matches_the_readme_counts(shared_dir: Path):
    ud = shared_dir / "ud"
    counts = readme_counts(ud)
    assert len(counts) >= 3
    for pattern, (want_sentences, want_tokens) in counts.items():
        sentences = [s for name in expand(pattern) for s in read_conllu(ud / name)]
        assert (len(sentences), sum(len(s.tokens) for s in sentences)) == (want_sentences, want_tokens), pattern
        assert all(s.sent_id and s.text for s in sentences)


def test_ud_multiword_tokens_and_v2_labels_kept(shared_dir: Path):
    path = shared_dir / "ud" / "en_ewt-ud-dev.conllu"
    raw = path.read_text(encoding="utf-8")
    sentences = read_conllu(path)
    assert sum(len(s.multiword) for s in sentences) == len(re.findall(r"^\d+-\d+\t", raw, re.M))
    assert re.search(r"^\d+\.\d+\t", raw, re.M)  # the file has empty nodes, which are skipped
    untouched = read_conllu(path, normalise=False)
    for fixed, original in zip(sentences, untouched):
        for a, b in zip(fixed.tokens, original.tokens):
            # v2 input: the only possible change is nmod -> obl in a sentence with no v2-only label
            assert a == b or (b.relation == "nmod" and a.deprel == "obl" + b.deprel[4:])
    assert sum(s != u for s, u in zip(sentences, untouched)) < 5


def test_ud_round_trip(shared_dir: Path):
    sentences = read_conllu(shared_dir / "ud" / "en_pud-ud-test.conllu")
    assert read_conllu(write_conllu(sentences)) == sentences


def test_validation_records_v1_parses_are_normalised(shared_dir: Path):
    records = [json.loads(line) for line in (shared_dir / "validation" / "petr-unit-dev.jsonl").open(encoding="utf-8")]
    assert records
    for record in records:
        (sentence,) = read_conllu(record["conllu"], source_name=record["id"])
        (raw,) = read_conllu(record["conllu"], normalise=False)
        assert len(sentence.tokens) == len(record["conllu"].strip().splitlines())
        assert not {t.deprel for t in sentence.tokens} & set(V1_TO_V2)
        for new, old in zip(sentence.tokens, raw.tokens):
            if old.deprel in V1_TO_V2:
                assert new.deprel == V1_TO_V2[old.deprel]
            if old.deprel == "neg":
                assert "Polarity=Neg" in new.feats
            if old.relation == "nmod" and old.deprel != "nmod:poss" and old.head and sentence.token(old.head).upos == "VERB":
                assert new.relation == "obl"
