"""Multi-word name lookup: a trie keyed by folded words, so matching never scans a dictionary.

Names are matched on consecutive tokens; a dictionary word matches a token's form or lemma,
or several tokens glued together (``al-Qaeda`` parsed as ``al - Qaeda``, ``K.U.`` as ``K. U.``).
"""

from __future__ import annotations

import re
from typing import Generic, Iterable, Optional, TypeVar

import attrs

from .graph import Graph, fold

T = TypeVar("T")
_SPLIT = re.compile(r"\s+")
_PIECES = re.compile(r"\w+|[^\w\s]")


def name_words(name: str) -> tuple[str, ...]:
    """``"Minas  Tirith"`` -> ``("minas", "tirith")``; the possessive ``'s`` is its own word."""
    words = []
    for word in _SPLIT.split(fold(name).strip()):
        if not word:
            continue
        if word.endswith("'s") and len(word) > 2:
            words.extend([word[:-2], "'s"])
        else:
            words.append(word)
    return tuple(words)


@attrs.frozen
class NameHit(Generic[T]):
    start: int  # first token id
    end: int  # last token id
    value: T
    name: tuple[str, ...]

    @property
    def token_ids(self) -> tuple[int, ...]:
        return tuple(range(self.start, self.end + 1))


class NameIndex(Generic[T]):
    """First word -> [(words, value)], longest names first."""

    def __init__(self, proper_names: bool = False) -> None:
        # Proper names (actors) never start on a lower-case common word: "males" is not Male.
        self.proper_names = proper_names
        self._by_first: dict[str, list[tuple[tuple[str, ...], T]]] = {}
        # First words a tokenizer may split ("al-qaeda" -> "al", "-", "qaeda"), by first piece.
        self._glued: dict[str, set[str]] = {}
        self._count = 0
        self._sorted = True

    def add(self, name: str, value: T) -> None:
        words = name_words(name)
        if not words:
            return
        self._by_first.setdefault(words[0], []).append((words, value))
        self._count += 1
        pieces = _PIECES.findall(words[0])
        if len(pieces) > 1:
            self._glued.setdefault(pieces[0], set()).add(words[0])
        self._sorted = False

    def __len__(self) -> int:
        return self._count

    def freeze(self) -> "NameIndex[T]":
        for entries in self._by_first.values():
            entries.sort(key=lambda item: -len(item[0]))
        self._sorted = True
        return self

    def _advance(self, graph: Graph, word: str, tid: int, allowed: Optional[set[int]]) -> int:
        """Token id after matching ``word`` at tid, or 0 when it does not match there."""
        if tid > graph.n or (allowed is not None and tid not in allowed):
            return 0
        if graph.forms[tid] == word or graph.lemmas[tid] == word:
            return tid + 1
        glued = graph.forms[tid]
        if not glued or not word.startswith(glued):
            return 0
        nxt = tid + 1
        while len(glued) < len(word) and nxt <= graph.n and (allowed is None or nxt in allowed):
            glued += graph.forms[nxt]
            nxt += 1
            if glued == word:
                return nxt
            if not word.startswith(glued):
                return 0
        return 0

    def match_at(self, graph: Graph, tid: int, allowed: Optional[set[int]] = None) -> Optional[NameHit[T]]:
        """The longest name starting at token ``tid``."""
        if not self._sorted:
            self.freeze()
        if self.proper_names and not graph.named[tid]:
            return None
        form, lemma = graph.forms[tid], graph.lemmas[tid]
        candidates = self._by_first.get(form)
        if lemma != form and lemma in self._by_first:
            candidates = (candidates or []) + self._by_first[lemma]
            candidates.sort(key=lambda item: -len(item[0]))
        glued = self._glued.get(form)
        if glued:
            # A token that is only the start of a split first word ("al" of "al-qaeda").
            candidates = list(candidates or [])
            for word in glued:
                candidates.extend(self._by_first[word])
            candidates.sort(key=lambda item: -len(item[0]))
        if not candidates:
            return None
        best: Optional[NameHit[T]] = None
        for words, value in candidates:
            pos = tid
            for word in words:
                pos = self._advance(graph, word, pos, allowed)
                if not pos:
                    break
            if pos:
                hit = NameHit(tid, pos - 1, value, words)
                if best is None or hit.end > best.end:
                    best = hit
        return best

    def starts(self, graph: Graph) -> set[int]:
        """Token ids where some name could start: a cheap filter before matching."""
        by_first, glued = self._by_first, self._glued
        forms, lemmas = graph.forms, graph.lemmas
        named = graph.named if self.proper_names else None
        return {
            tid for tid in range(1, graph.n + 1)
            if (forms[tid] in by_first or lemmas[tid] in by_first or forms[tid] in glued)
            and (named is None or named[tid])
        }

    def find_all(self, graph: Graph, token_ids: Iterable[int]) -> list[NameHit[T]]:
        """Non-overlapping longest matches among token_ids, left to right."""
        allowed = set(token_ids)
        hits = []
        skip_until = 0
        by_first, glued = self._by_first, self._glued
        forms, lemmas = graph.forms, graph.lemmas
        for tid in sorted(allowed):
            if tid <= skip_until:
                continue
            if forms[tid] not in by_first and lemmas[tid] not in by_first and forms[tid] not in glued:
                continue
            hit = self.match_at(graph, tid, allowed)
            if hit is not None:
                hits.append(hit)
                skip_until = hit.end
        return hits
