"""Navigation over one UD sentence: children, subtrees, normalised words.

Built once per sentence and shared by every matcher, so that no matcher re-scans the
token list to find a token's dependents.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..model import Sentence, Token

SUBJECTS = ("nsubj", "csubj")
# Clauses below a verb that are coded on their own, not as part of the verb's phrase.
CLAUSES = frozenset({"advcl", "acl", "parataxis", "ccomp", "csubj", "xcomp", "conj", "list"})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of a word: ``Erdoğan`` -> ``erdogan``."""
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


class Graph:
    """Read-only index over a sentence's dependency tree."""

    __slots__ = ("sentence", "tokens", "children", "forms", "lemmas", "n", "words", "deprels", "rels", "heads", "upos_", "named", "_subtrees")

    def __init__(self, sentence: Sentence):
        self.sentence = sentence
        self.tokens: tuple[Token, ...] = sentence.tokens
        self.n = len(self.tokens)
        self.children: list[list[int]] = [[] for _ in range(len(self.tokens) + 1)]
        for tok in self.tokens:
            self.children[tok.head].append(tok.id)
        self.forms = [""] + [fold(t.form) for t in self.tokens]
        self.lemmas = [""] + [fold(t.lemma if t.lemma not in ("", "_") else t.form) for t in self.tokens]
        self.words = frozenset(self.forms) | frozenset(self.lemmas)  # every word, either way
        # Columns by token id (index 0 is the root), read far more often than tokens change.
        self.deprels = [""] + [t.deprel for t in self.tokens]
        self.rels = [""] + [t.deprel.split(":", 1)[0] for t in self.tokens]
        self.heads = [0] + [t.head for t in self.tokens]
        self.upos_ = [""] + [t.upos for t in self.tokens]
        # Could this token start a proper name? ("Male" the capital, not "males").
        self.named = [False] + [t.upos == "PROPN" or not t.form.islower() for t in self.tokens]
        self._subtrees: dict[tuple[int, frozenset], list[int]] = {}

    def __len__(self) -> int:
        return self.n

    def tok(self, token_id: int) -> Token:
        return self.tokens[token_id - 1]

    def deprel(self, token_id: int) -> str:
        return self.deprels[token_id]

    def rel(self, token_id: int) -> str:
        return self.rels[token_id]

    def head(self, token_id: int) -> int:
        return self.heads[token_id]

    def upos(self, token_id: int) -> str:
        return self.upos_[token_id]

    def kids(self, token_id: int, *rels: str) -> list[int]:
        """Children of a token, optionally only those whose relation (or its universal part) is in rels."""
        if not rels:
            return self.children[token_id]
        return [c for c in self.children[token_id] if self.deprels[c] in rels or self.rels[c] in rels]

    def subtree(self, token_id: int, stop: frozenset[str] = frozenset()) -> list[int]:
        """Token ids under (and including) token_id, not descending into relations in ``stop``.

        Memoised per sentence: the same phrases are asked for again and again. Callers must
        not change the returned list."""
        key = (token_id, stop)
        cached = self._subtrees.get(key)
        if cached is not None:
            return cached
        out = [token_id]
        stack = [token_id]
        children, deprels, rels = self.children, self.deprels, self.rels
        while stack:
            for child in children[stack.pop()]:
                if stop and (deprels[child] in stop or rels[child] in stop):
                    continue
                out.append(child)
                stack.append(child)
        out.sort()
        self._subtrees[key] = out
        return out

    def parent_is(self, token_id: int, parent: int) -> bool:
        return self.heads[token_id] == parent

    def words_match(self, token_id: int, word: str) -> bool:
        return self.lemmas[token_id] == word or self.forms[token_id] == word

    def case_words(self, token_id: int) -> list[str]:
        """Prepositions (case/mark children, with their fixed parts) of a token: ``because of``."""
        out = []
        for child in self.children[token_id]:
            if self.rels[child] in ("case", "mark"):
                parts = [self.lemmas[child]] + [self.lemmas[f] for f in self.kids(child, "fixed")]
                out.append(" ".join(parts))
        return out

    def is_negated(self, token_id: int) -> bool:
        for child in self.children[token_id]:
            if self.lemmas[child] in ("not", "n't", "never", "no") and self.rels[child] in ("advmod", "neg", "det", "aux"):
                return True
        return False

    def ancestors(self, token_id: int) -> list[int]:
        out = []
        current = self.head(token_id)
        seen = set()
        while current and current not in seen:
            seen.add(current)
            out.append(current)
            current = self.head(current)
        return out
