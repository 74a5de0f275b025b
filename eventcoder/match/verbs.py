"""Coded verbs of a sentence: dictionary lookup by lemma, multi-word verbs, pattern choice."""

from __future__ import annotations

from bisect import bisect_left
from typing import Callable, Optional, Union

import attrs

from ..dictionaries.schema import VerbBlock, VerbForm
from .graph import CLAUSES, TIME_PREPS, Graph, fold
from .patterns import Pattern, PatternMatch, match

VERB_UPOS = frozenset({"VERB"})
# Relations that can hold the other words of a multi-word verb ("cordon off", "break down").
_PHRASE_STOP = CLAUSES - {"xcomp"}  # the verb's own phrase: its subordinate clauses but xcomp
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_BEFORE_OR_AFTER = TIME_PREPS - {"during"}
PARTICLE_RELS = frozenset({"compound", "advmod", "obj", "dobj", "obl", "nmod", "dep", "xcomp", "case", "mark"})
# Aid that says nothing of its kind (070) or only its money (071), and the kinds that outrank
# them: military (072), humanitarian (073), peacekeeping (074).
PLAIN_AID = frozenset({"070", "071"})
AID_KINDS = frozenset({"072", "073", "074"})


@attrs.frozen
class VerbEntry:
    """One verb of the dictionary, indexed by its head word."""

    block: VerbBlock
    form: VerbForm
    before: tuple[str, ...]  # words of a multi-word verb before its head ("wire" of "wire +tap")
    after: tuple[str, ...]  # words after the head ("down" of "break down")
    # The block's verbs as lemmas ("find" of DISCOVER, whose "found" is listed as written).
    block_lemmas: frozenset[str] = frozenset()

    @property
    def code(self) -> Optional[str]:
        return self.form.code or self.block.code

    @property
    def length(self) -> int:
        return 1 + len(self.before) + len(self.after)


def verb_entry(block: VerbBlock, form: VerbForm, lemmas: frozenset[str] = frozenset()) -> tuple[str, VerbEntry]:
    """Split ``wire +tap`` into (head word, entry); the head is the ``+`` word, else the first."""
    words = form.lemma.split()
    head_index = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    words = [fold(w.lstrip("+")) for w in words]
    entry = VerbEntry(block, form, tuple(words[:head_index]), tuple(words[head_index + 1:]), lemmas)
    return words[head_index], entry


def block_lemmas(block: VerbBlock) -> frozenset[str]:
    """A block's one-word verbs as lemmas, once per block: which of the blocks that list one
    written word the parser's lemma means (``lookup``)."""
    return frozenset(fold(form.lemma) for form in block.verbs if not form.inflected and " " not in form.lemma)


@attrs.frozen
class CodedVerb:
    """A verb token with the dictionary entry, the pattern that matched and the resulting code."""

    token: int
    tokens: tuple[int, ...]  # all tokens of the verb (multi-word verbs)
    entry: VerbEntry
    code: Optional[str]
    pattern: Optional[PatternMatch]
    upper: frozenset[int]
    lower: frozenset[int]


def _multiword_tokens(graph: Graph, tid: int, entry: VerbEntry) -> Optional[tuple[int, ...]]:
    """Token ids of a multi-word verb around tid: adjacent words, or particles attached to it."""
    ids = [tid]
    pos = tid
    for word in reversed(entry.before):
        pos -= 1
        if pos < 1 or not graph.words_match(pos, word):
            return None
        ids.append(pos)
    pos = tid
    for word in entry.after:
        nxt = pos + 1
        if nxt <= len(graph) and graph.words_match(nxt, word):
            pos = nxt
            ids.append(nxt)
            continue
        # A separated particle: "cordoned the roads off".
        found = None
        for child in graph.children[tid]:
            if child not in ids and graph.rel(child) == "compound" and graph.words_match(child, word):
                found = child
                break
        if found is None:
            return None
        ids.append(found)
    return tuple(sorted(ids))


def lookup(graph: Graph, tid: int, index: dict[str, list[VerbEntry]]) -> Optional[tuple[VerbEntry, tuple[int, ...]]]:
    """The best dictionary verb at token tid: longest multi-word verb, then exact form, then
    the parser's lemma among the blocks that list the same written word: "found" is a verb
    of its own (to establish) and the past of "find"; the lemma "find" chooses."""
    best = None
    best_key = None
    lemma = graph.lemmas[tid]
    for key, exact in ((graph.forms[tid], 1), (lemma, 0)):
        for entry in index.get(key, ()):
            if not exact and entry.form.inflected:
                continue  # an inflected form matches as written: "ranging" is no "rang"
            before, after = entry.before, entry.after
            ids = _multiword_tokens(graph, tid, entry) if before or after else (tid,)
            if ids is None:
                continue
            rank = (1 + len(before) + len(after), exact, lemma in entry.block_lemmas)  # entry.length
            if best_key is None or rank > best_key:
                best, best_key = (entry, ids), rank
    return best


def regions(graph: Graph, verb: int, verb_ids: tuple[int, ...]) -> tuple[frozenset[int], frozenset[int]]:
    """Tokens before (upper) and after (lower) the verb, within the verb's own clause.

    An ``xcomp`` complement belongs to the lower phrase ("threatened to attack"), other
    subordinate clauses do not.
    """
    phrase = graph.subtree(verb, _PHRASE_STOP)  # sorted, the verb included
    # Conjoined nouns are one phrase ("handed over equipment and medicines to the Ministry"):
    # only a conjoined clause is another.
    rels, upos, children = graph.rels, graph.upos_, graph.children
    more = [c for t in phrase if t != verb for c in children[t] if rels[c] == "conj" and upos[c] in _NOMINAL] \
        if "conj" in rels else []
    if more:
        joined = set(phrase)
        for c in more:
            joined.update(graph.subtree(c, _PHRASE_STOP))
            more.extend(cc for t in graph.subtree(c, _PHRASE_STOP) for cc in children[t]
                        if rels[cc] == "conj" and upos[cc] in _NOMINAL and cc not in joined)
        phrase = sorted(joined)
    # What happened before or after says when, not what was done: "declined to resign after
    # allegations of harassment" is no denial of the allegations ("during" talks or a
    # meeting is often where it was done, and stays).
    # So does on whose word it is told, wherever in the phrase: "according to Chile" (whose
    # "according" is no accord, &TREATY's word).
    when = [] if _BEFORE_OR_AFTER.isdisjoint(graph.words) else [
        c for t in phrase if t == verb or rels[t] == "xcomp" for c in children[t]
        if rels[c] in ("obl", "nmod") and of_time(graph, c, _BEFORE_OR_AFTER)]
    if "accord" in graph.words:
        when += [t for t in phrase if t != verb and rels[t] in ("obl", "nmod") and attribution(graph, t)]
    if when:
        gone = {t for c in when for t in graph.subtree(c)}
        phrase = [t for t in phrase if t not in gone]
    if len(verb_ids) == 1:
        at = bisect_left(phrase, verb)
        return frozenset(phrase[:at]), frozenset(phrase[at + 1:])
    last = max(verb_ids)
    upper = frozenset(t for t in phrase if t < verb and t not in verb_ids)
    lower = frozenset(t for t in phrase if t > last and t not in verb_ids)
    # Auxiliaries and negation of a governing copula/adjective: "is about to restore".
    return upper, lower


def attribution(graph: Graph, phrase: int) -> bool:
    """Whether a phrase says on whose word something is told ("according to Chile"): it
    names no party to it."""
    return any(word.startswith("accord") for word in graph.case_words(phrase))


def of_time(graph: Graph, phrase: int, prepositions: frozenset[str] = TIME_PREPS) -> bool:
    """Whether a phrase's prepositions are all of time ("during ...", "after ..."): it names
    when, never whom nor what."""
    words = graph.case_words(phrase)
    return bool(words) and set(words) <= prepositions


def choose_pattern(
    graph: Graph,
    verb: int,
    patterns: list[Pattern],
    upper: frozenset[int],
    lower: frozenset[int],
    compound_subject: Union[bool, Callable[[], bool]],
) -> Optional[PatternMatch]:
    """The matching pattern with the most word constraints; among equals that match the same
    words, the one whose words the sentence writes as they are (not only as a lemma:
    "lifted sanctions" is "* sanctions", not "* sanction"); among others, the head of a
    noun phrase over its own modifier ("the EU withdrawal agreement" is "* &TREATY", not
    "* withdrawal"), then the one whose words lie nearest the verb (its object, not a word
    deep in a later phrase: "rejected an extradition request ... on the charge of
    rebellion" is "* request", not "* charge"); then the first written.

    A ``%`` pattern applies only where the subject is a compound; ``compound_subject`` may
    be a function, asked only when such a pattern matches.

    Money measures aid and its kind says what it is: where the choice is plain or economic
    aid (070, 071), a matching pattern of a kind of aid (072-074) wins ("provided 3 million
    euros in humanitarian funding" is 073, not "* million" 071).
    """
    best: Optional[PatternMatch] = None
    best_exact = 0
    best_reach = 0
    if not patterns:
        return best
    words = graph.words
    upper_ids, lower_ids = upper, lower  # read only: the frozensets as they are
    for pattern in patterns:
        if best is not None and pattern.weight < best.pattern.weight:
            continue
        if not pattern.required <= words or any(c.isdisjoint(words) for c in pattern.choices):
            continue
        hit = match(pattern, graph, verb, upper_ids, lower_ids)
        if hit is None:
            continue
        exact = _exact_words(graph, hit)
        reach = max((abs(t - verb) for t in hit.tokens), default=0)
        if best is not None and pattern.weight == best.pattern.weight and (
                (exact < best_exact or exact == best_exact and reach >= best_reach) if set(hit.tokens) & set(best.tokens)
                else not _heads(graph, hit, best) and (_heads(graph, best, hit) or reach >= best_reach)):
            # spelling decides between readings of the same words; else the head of a phrase
            # over its own modifier ("the EU withdrawal agreement" is an agreement), else nearness
            continue
        if hit.compound:
            if callable(compound_subject):
                compound_subject = compound_subject()
            if not compound_subject:
                continue
        best, best_exact, best_reach = hit, exact, reach
    if best is not None and best.pattern.code.partition(":")[0] in PLAIN_AID:
        # a kind of aid is never plain aid, so this asks once more at most
        kinds = [p for p in patterns if aid_outranks(p.code, best.pattern.code)]
        return choose_pattern(graph, verb, kinds, upper, lower, compound_subject) or best
    return best


def aid_outranks(code: str, other: str) -> bool:
    """Whether a pattern's code is a kind of aid and the other's plain or economic aid."""
    return code.partition(":")[0] in AID_KINDS and other.partition(":")[0] in PLAIN_AID


def _heads(graph: Graph, hit: PatternMatch, other: PatternMatch) -> bool:
    """Whether a hit's words head the phrase of the other's: a word of the other depends on
    one of the hit's within its noun phrase ("agreement" over "withdrawal")."""
    mine = set(hit.tokens)
    heads, rels = graph.heads, graph.rels
    for token in other.tokens:
        while rels[token] in _MODIFIER_RELS and heads[token]:
            token = heads[token]
            if token in mine:
                return True
    return False


# Relations of a word that modifies a noun inside its phrase.
_MODIFIER_RELS = frozenset({"compound", "amod", "nmod", "flat", "nummod"})


def _exact_words(graph: Graph, hit: PatternMatch) -> int:
    """How many of the pattern's required words the matched tokens spell as written."""
    forms = {graph.forms[t] for t in hit.tokens}
    return len(hit.pattern.required & forms)
