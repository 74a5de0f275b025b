"""Per-process caches stay bounded however long a process codes (benchmarks/memory_soak.py
measures the whole; these pin the bounds)."""

from __future__ import annotations

import pytest

from eventcoder import conllu
from eventcoder.conllu import ConlluError, read_conllu


def sentence(length: int, swap: bool = False) -> str:
    ids = list(range(1, length + 1))
    if swap:
        ids[-1], ids[-2] = ids[-2], ids[-1]
    rows = [f"{i}\tw{i}\tw{i}\tNOUN\t_\t_\t{0 if i == 1 else 1}\t{'root' if i == 1 else 'dep'}\t_\t_" for i in ids]
    return "# sent_id = s\n" + "\n".join(rows) + "\n\n"


def test_word_id_cache_holds_only_short_sentences():
    """The ids of every sentence length read used to be kept for the life of the process:
    n^2/2 strings for lengths up to n (270 MB at n = 3,000)."""
    conllu._cached_word_ids.cache_clear()
    text = "".join(sentence(n) for n in range(1, 700))
    sentences = read_conllu(text)
    assert [len(s.tokens) for s in sentences] == list(range(1, 700))
    assert conllu._cached_word_ids.cache_info().currsize <= conllu._CACHED_IDS


@pytest.mark.parametrize("length", [5, conllu._CACHED_IDS + 44])
def test_word_ids_out_of_order_are_still_refused_in_long_sentences(length):
    with pytest.raises(ConlluError):
        read_conllu(sentence(length, swap=True))
