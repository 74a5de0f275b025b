"""Multi-word name lookup: a trie keyed by folded words, so matching never scans a dictionary.

Names are matched on consecutive tokens; a dictionary word matches a token's form or lemma,
or several tokens glued together (``al-Qaeda`` parsed as ``al - Qaeda``, ``K.U.`` as ``K. U.``).
"""

from __future__ import annotations

import re
from typing import Generic, Iterable, Optional, TypeVar

import attrs

from ..model import _maker
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


_name_hit = _maker(NameHit)  # NameHit(...) without attrs' per-call overhead

_SHORT_ABBREVIATION = 3  # letters: see ``NameIndex.add``
_END = ""  # key of a node's entries: no word is empty
# Hyphens a tokenizer splits off as tokens of their own. One between two words of a proper
# name is passed over: "Guinea - Bissau" is the name "Guinea Bissau", not Guinea; not in a
# role's name: "a cruise-missile attack" is no attack on a cruise missile (an agent, MIL).
HYPHENS = frozenset({"-", "\u2010", "\u2011", "\u2013"})
_GLUE = " "  # key of a node's split words: no word contains a blank


class NameIndex(Generic[T]):
    """A trie of names by folded word: matching walks only as far as the sentence agrees.

    A node is a dict from word to child node; ``node[_END]`` holds the entries whose name
    ends there as (insertion order, words, value, written in capitals only), and
    ``node[_GLUE]`` the words of that
    node a tokenizer may split ("al-qaeda" -> "al", "-", "qaeda"), by first piece.
    """

    # Every word a name can start with (see ``_first_words``), and the count it was made at.
    _firsts: frozenset = frozenset()
    _firsts_count = -1

    def __init__(self, proper_names: bool = False) -> None:
        # Proper names (actors) never start on a lower-case common word: "males" is not Male.
        self.proper_names = proper_names
        self._root: dict = {}
        self._count = 0

    def add(self, name: str, value: T) -> None:
        words = name_words(name)
        if not words:
            return
        node = self._root
        for word in words:
            pieces = _PIECES.findall(word)
            if len(pieces) > 1:
                # A split word starts with its first piece, or its first two ("k." of "k.u.").
                glue = node.setdefault(_GLUE, {})
                glue.setdefault(pieces[0], set()).add(word)
                glue.setdefault(pieces[0] + pieces[1], set()).add(word)
            node = node.setdefault(word, {})
        # A short abbreviation names its bearer only in capitals: "ANA" (Albanian National
        # Army) is not "Ana", "ISA" is not "Isa"; longer ones are written "Nato", "Farc". So
        # for roles: the agent "NGO" is not the surname "Ngo" ("Ngo Dinh Diem"); a title
        # written with its full stop ("LT.") is no acronym.
        capitals = len(words) == 1 and len(word) <= _SHORT_ABBREVIATION and name.strip().isupper() and (
            self.proper_names or word.isalpha())
        node.setdefault(_END, []).append((self._count, words, value, capitals))
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def one_word(self, word: str) -> Optional[T]:
        """The value of the last-added one-word name ``word`` (folded), or None: a name
        found inside a word ("American" of "anti-American")."""
        entries = self._root.get(fold(word), {}).get(_END)
        return entries[-1][2] if entries else None

    @staticmethod
    def _glued(node: dict, words: set[str], graph: Graph, tid: int, allowed: Optional[set[int]]):
        """(child node, next token id) for each split word of ``node`` that the tokens from
        ``tid`` spell when glued together ("al - qaeda")."""
        form = graph.forms[tid]
        for word in sorted(words):
            glued, nxt = form, tid + 1
            while len(glued) < len(word) and nxt <= graph.n and (allowed is None or nxt in allowed):
                glued += graph.forms[nxt]
                nxt += 1
                if not word.startswith(glued):
                    break
            if glued == word:
                yield node[word], nxt

    def match_at(self, graph: Graph, tid: int, allowed: Optional[set[int]] = None) -> Optional[NameHit[T]]:
        """The longest name starting at token ``tid`` (most words, then the last added: a
        user's layer, loaded after the shipped files, wins over them)."""
        if self.proper_names and not graph.named[tid]:
            return None
        if tid > graph.n or (allowed is not None and tid not in allowed):
            return None
        root = self._root
        form = graph.forms[tid]
        if form not in root and graph.lemmas[tid] not in root and form not in root.get(_GLUE, ()):
            return None  # no name starts with this word (the usual case): skip the walk
        best = None  # ((end, words count, order), words, value)
        forms, lemmas, n = graph.forms, graph.lemmas, graph.n
        stack = [(root, tid)]
        while stack:
            node, pos = stack.pop()
            if pos > n or (allowed is not None and pos not in allowed):
                continue
            # Each way the word at ``pos`` continues ``node``: its form, its lemma, or glued
            # to the next words as a split name ("al - qaeda").
            form, lemma = forms[pos], lemmas[pos]
            steps = []
            child = node.get(form)
            if child is not None:
                steps.append((child, pos + 1))
            if lemma != form:
                child = node.get(lemma)
                if child is not None:
                    steps.append((child, pos + 1))
            glue = node.get(_GLUE)
            if glue is not None and form in glue:
                steps.extend(self._glued(node, glue[form], graph, pos, allowed))
            if form in HYPHENS and node is not root and pos < n and self.proper_names:
                stack.append((node, pos + 1))  # a name may go on after it; none ends on it
            for child, nxt in steps:
                entries = child.get(_END)
                if entries:
                    order, words, value, capitals = entries[-1]
                    if capitals and not graph.tok(pos).form.isupper():
                        written = [e for e in entries if not e[3]]
                        if not written:
                            stack.append((child, nxt))
                            continue
                        order, words, value, _ = written[-1]
                    key = (nxt - 1, len(words), order)
                    if best is None or key > best[0]:
                        best = (key, words, value)
                stack.append((child, nxt))
        if best is None:
            return None
        (end, _, _), words, value = best
        return _name_hit(tid, end, value, words)

    def _first_words(self) -> frozenset:
        """The words (and split-word pieces) a name can start with: a sentence without any of
        them has no name of this index, found by one set operation."""
        if self._firsts_count != self._count:
            self._firsts = frozenset(self._root).union(self._root.get(_GLUE, ()))
            self._firsts_count = self._count
        return self._firsts

    def starts(self, graph: Graph) -> set[int]:
        """Token ids where some name could start: a cheap filter before matching."""
        if graph.words.isdisjoint(self._first_words()):
            return set()
        root = self._root
        glued = root.get(_GLUE, {})
        forms, lemmas = graph.forms, graph.lemmas
        if self.proper_names:  # the cheap test first: most words are not capitalised
            named = graph.named
            return {
                tid for tid in range(1, graph.n + 1)
                if named[tid] and (forms[tid] in root or lemmas[tid] in root or forms[tid] in glued)
            }
        return {tid for tid in range(1, graph.n + 1) if forms[tid] in root or lemmas[tid] in root or forms[tid] in glued}

    def find_all(self, graph: Graph, token_ids: Iterable[int]) -> list[NameHit[T]]:
        """Non-overlapping longest matches among token_ids, left to right."""
        root = self._root
        if not root:
            return []
        ordered: Iterable[int]
        if type(token_ids) is range and token_ids.step == 1 and token_ids.start == 1 and token_ids.stop == graph.n + 1:
            # The whole sentence (the usual call): most sentences have no word to start with.
            if graph.words.isdisjoint(self._first_words()):
                return []
            allowed, ordered = None, token_ids
        else:
            allowed = set(token_ids)
            ordered = sorted(allowed)
        hits = []
        skip_until = 0
        glued = root.get(_GLUE, {})
        forms, lemmas = graph.forms, graph.lemmas
        for tid in ordered:
            if tid <= skip_until:
                continue
            if forms[tid] not in root and lemmas[tid] not in root and forms[tid] not in glued:
                continue
            hit = self.match_at(graph, tid, allowed)
            if hit is not None:
                hits.append(hit)
                skip_until = hit.end
        return hits
