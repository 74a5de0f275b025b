"""The verb pattern language: compiled once from text, matched against a verb's phrase.

A pattern describes the words around a coded verb, PETRARCH-2 style:

    * {new &TIETYPES relations}      a noun ``relations`` after the verb, with the modifiers
                                     ``new`` and a word of synset TIETYPES among its dependents
    * (on resolution)                a dependent ``resolution`` introduced by ``on``
    recently *                       a word before the verb (subject side)
    + * (from $)                     target on the subject side, source after ``from``
    % *                              a compound subject: events between its members
    * iftar (in ^) +                 skip the actor after ``in``; the target is the object

Words match a token's lemma or form, case- and diacritic-insensitively; ``a_b`` means the
words ``a b`` next to each other; a hyphenated word also matches its pieces as the parser
splits them (``cease-fire``: ``cease - fire``); a date's day or month ("in March", a
proper noun) matches no word. Matching works on the dependency tree: "after the verb"
means tokens in the verb's own phrase (not in its subordinate clauses) following it.
"""

from __future__ import annotations

import itertools
import re
from typing import AbstractSet, Iterable, Optional

import attrs

from ..dictionaries.schema import PatternSpec
from .graph import TIME_NOUNS, TIME_WORDS, Graph, fold

_TOKEN = re.compile(r"[{}()]|[^\s{}()]+")
MARKERS = {"$": "source", "+": "target", "%": "compound", "^": "skip"}
_MAX_ALTERNATIVES = 5000


class PatternSyntaxError(ValueError):
    pass


@attrs.frozen
class Term:
    """One word slot: alternative word sequences (a plain word has one, a synset many)."""

    alternatives: frozenset[tuple[str, ...]]
    text: str
    # first word -> its alternatives, longest first: looked up by a token's form and lemma.
    by_first: dict = attrs.field(factory=dict, eq=False, hash=False)

    @classmethod
    def of(cls, alternatives: set[tuple[str, ...]], text: str) -> "Term":
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for alt in sorted(alternatives, key=lambda a: (-len(a), a)):
            by_first.setdefault(alt[0], []).append(alt)
        return cls(frozenset(alternatives), text, {k: tuple(v) for k, v in by_first.items()})

    @property
    def first_words(self) -> frozenset[str]:
        return frozenset(a[0] for a in self.alternatives)


@attrs.frozen
class Phrase:
    """A noun phrase: a head term and modifier terms that must depend on the head."""

    head: Term
    modifiers: tuple[Term, ...] = ()


@attrs.frozen
class Marker:
    role: str  # source, target, compound, skip


@attrs.frozen
class Prep:
    """A prepositional dependent: the preposition and what its object must be."""

    prep: Term
    items: tuple = ()  # Phrase | Marker


@attrs.frozen
class Pattern:
    spec: PatternSpec
    upper: tuple = ()
    lower: tuple = ()
    weight: int = 0  # number of word constraints: more specific patterns win
    required: frozenset[str] = frozenset()  # words that must occur in the sentence: a quick filter
    # For each term with several alternatives (a synset), the words one of which must occur.
    choices: tuple[frozenset[str], ...] = ()

    @property
    def code(self) -> str:
        return self.spec.code


def compile_pattern(spec: PatternSpec, synsets: dict[str, tuple[str, ...]]) -> Pattern:
    """Parse the pattern text of ``spec``; raises PatternSyntaxError with a reason."""
    tokens = _TOKEN.findall(spec.text)
    upper: list = []
    lower: list = []
    target = upper
    seen_verb = False
    i = 0

    def term(word: str) -> Term:
        return Term.of(_expand(word, synsets), word)

    def read_braces(start: int) -> tuple[Phrase, int]:
        words = []
        j = start
        while j < len(tokens) and tokens[j] != "}":
            if tokens[j] in "{()" or tokens[j] in MARKERS or tokens[j] == "*":
                raise PatternSyntaxError(f"unexpected {tokens[j]!r} inside {{...}}")
            words.append(tokens[j])
            j += 1
        if j >= len(tokens):
            raise PatternSyntaxError("unclosed '{'")
        if not words:
            raise PatternSyntaxError("empty {}")
        terms = [term(w) for w in words]
        return Phrase(terms[-1], tuple(terms[:-1])), j + 1

    while i < len(tokens):
        tok = tokens[i]
        if tok == "*":
            if seen_verb:
                raise PatternSyntaxError("more than one '*'")
            seen_verb = True
            target = lower
            i += 1
        elif tok in MARKERS:
            target.append(Marker(MARKERS[tok]))
            i += 1
        elif tok == "{":
            phrase, i = read_braces(i + 1)
            target.append(phrase)
        elif tok == "(":
            j = i + 1
            if j >= len(tokens) or tokens[j] in "{}()":
                raise PatternSyntaxError("'(' must be followed by a preposition")
            prep = term(tokens[j])
            items: list[Marker | Phrase] = []
            j += 1
            while j < len(tokens) and tokens[j] != ")":
                if tokens[j] in MARKERS:
                    items.append(Marker(MARKERS[tokens[j]]))
                    j += 1
                elif tokens[j] == "{":
                    phrase, j = read_braces(j + 1)
                    items.append(phrase)
                elif tokens[j] in "(*":
                    raise PatternSyntaxError(f"unexpected {tokens[j]!r} inside (...)")
                else:
                    items.append(Phrase(term(tokens[j])))
                    j += 1
            if j >= len(tokens):
                raise PatternSyntaxError("unclosed '('")
            target.append(Prep(prep, tuple(items)))
            i = j + 1
        elif tok in "})":
            raise PatternSyntaxError(f"unbalanced {tok!r}")
        else:
            target.append(Phrase(term(tok)))
            i += 1
    if not seen_verb:
        raise PatternSyntaxError("no verb position '*'")
    weight = sum(_weight(e) for e in itertools.chain(upper, lower))
    choices = {t.first_words for t in _terms(itertools.chain(upper, lower)) if len(t.alternatives) > 1}
    return Pattern(spec, tuple(upper), tuple(lower), weight, frozenset(_required(itertools.chain(upper, lower))),
                   tuple(sorted(choices, key=len)))


def _terms(elements) -> Iterable[Term]:
    """Every term of the elements; each must match a token for the pattern to match."""
    for element in elements:
        if isinstance(element, Phrase):
            yield element.head
            yield from element.modifiers
        elif isinstance(element, Prep):
            yield element.prep
            yield from _terms(element.items)


def _required(elements) -> Iterable[str]:
    for element in elements:
        terms = []
        if isinstance(element, Phrase):
            terms = [element.head, *element.modifiers]
        elif isinstance(element, Prep):
            terms = [element.prep]
            yield from _required(element.items)
        for term in terms:
            if len(term.alternatives) == 1:
                yield from next(iter(term.alternatives))


def _weight(element) -> int:
    if isinstance(element, Phrase):
        return 1 + len(element.modifiers)
    if isinstance(element, Prep):
        return 1 + sum(_weight(e) for e in element.items)
    return 0


def _expand(word: str, synsets: dict[str, tuple[str, ...]], depth: int = 0) -> set[tuple[str, ...]]:
    """All word sequences a pattern word stands for: ``a_b`` joins, ``&SET`` expands (recursively)."""
    if depth > 8:
        raise PatternSyntaxError(f"synset nesting too deep at {word!r}")
    parts = [p for p in word.split("_") if p]
    options: list[set[tuple[str, ...]]] = []
    for part in parts:
        if part.startswith("&"):
            name = part[1:].upper()
            if name not in synsets and name + "_" in synsets:
                name = name + "_"
            if name not in synsets:
                raise PatternSyntaxError(f"undefined synset &{name}")
            alts: set[tuple[str, ...]] = set()
            for member in synsets[name]:
                alts |= _expand(member.replace(" ", "_"), synsets, depth + 1)
            options.append(alts)
        else:
            word = fold(part)
            pieces = word.split("-")
            if len(pieces) > 1 and all(piece.isalpha() for piece in pieces):
                # The parser splits "cease-fire" into "cease - fire" (not "f-16" or "ak-47").
                options.append({(word,), tuple(" - ".join(pieces).split())})
            else:
                options.append({(word,)})
    result: set[tuple[str, ...]] = {()}
    for opt in options:
        result = {a + b for a in result for b in opt}
        if len(result) > _MAX_ALTERNATIVES:
            raise PatternSyntaxError(f"{word!r} expands to too many alternatives")
    return result


@attrs.frozen
class PatternMatch:
    """Which tokens a pattern used, and where it says the source and target are."""

    pattern: Pattern
    tokens: tuple[int, ...]
    source: Optional[tuple[str, int]] = None  # ("upper"|"lower", token id or 0 for "the object")
    target: Optional[tuple[str, int]] = None
    compound: bool = False
    skips: tuple[int, ...] = ()


def _term_at(graph: Graph, term: Term, token_id: int, allowed: AbstractSet[int]) -> Optional[tuple[int, ...]]:
    """Token ids matched by ``term`` starting at token_id (consecutive words), or None;
    the longest alternative wins, so the result never depends on set order."""
    if token_id > graph.n or token_id not in allowed:
        return None
    form, lemma = graph.forms[token_id], graph.lemmas[token_id]
    if form in TIME_WORDS and graph.upos_[token_id] == "PROPN":
        return None  # a date: "detained in March" holds no march
    candidates = term.by_first.get(form, ())
    if lemma != form and lemma in term.by_first:
        candidates = sorted(set(candidates) | set(term.by_first[lemma]), key=lambda a: (-len(a), a))
    for alt in candidates:
        ids = []
        ok = True
        for offset, word in enumerate(alt):
            tid = token_id + offset
            if tid > graph.n or tid not in allowed or not graph.words_match(tid, word):
                ok = False
                break
            ids.append(tid)
        if ok:
            return tuple(ids)
    return None


# Nouns of persons: a word in front of one only says what kind of person ("an aid worker",
# "the defence minister", "a peace activist"), and is no pattern's word of what is done.
PERSON_HEADS = frozenset({
    "worker", "official", "minister", "activist", "leader", "spokesman", "spokeswoman", "spokesperson",
    "member", "envoy", "delegate", "officer", "expert", "chief", "adviser", "advisor", "negotiator",
    "correspondent", "commander", "secretary", "campaigner", "volunteer", "veteran",
})


def _names_a_person(graph: Graph, token: int) -> bool:
    """Whether a word is a compound modifier of a noun of persons ("aid" of "aid worker")."""
    head = graph.heads[token]
    return bool(head) and graph.rels[token] == "compound" and graph.lemmas[head] in PERSON_HEADS


def _phrase_matches(graph: Graph, phrase: Phrase, region: AbstractSet[int], used: set[int]) -> Iterable[tuple[int, tuple[int, ...]]]:
    """Yield (head token, all tokens used) for each way the phrase matches in region."""
    first, forms, lemmas = phrase.head.by_first, graph.forms, graph.lemmas
    for tid in sorted(region):
        if tid in used or (forms[tid] not in first and lemmas[tid] not in first):
            continue  # (the second: no alternative of the head starts here, see _term_at)
        ids = _term_at(graph, phrase.head, tid, region)
        if ids is None or used.intersection(ids):
            continue
        if not phrase.modifiers:
            if not _names_a_person(graph, ids[-1]):
                yield tid, ids
            continue
        taken = set(ids) | used
        head = ids[0]
        mod_ids: list[int] = []
        dependents = set(graph.subtree(ids[-1])) - set(ids)
        # Modifiers depend on the head and come in the written order; no other noun of the
        # head stands between the last one and the head ("new economic relations", not
        # "new economic trade relations"; adjectives may: "cultural internal assurances").
        ok = True
        limit = head
        for index, mod in enumerate(reversed(phrase.modifiers)):
            found = None
            for cand in sorted(dependents, reverse=True):
                if cand in taken or cand >= limit:
                    continue
                got = _term_at(graph, mod, cand, dependents)
                if got is None or taken.intersection(got):
                    continue
                if index == 0 and any(
                    graph.head(t) == head and graph.upos(t) in ("NOUN", "PROPN") for t in range(got[-1] + 1, head)
                ):
                    continue  # no other noun of the head between: "economic trade relations"
                found = got
                break
            if found is None:
                ok = False
                break
            taken.update(found)
            mod_ids.extend(found)
            limit = found[0]
        if ok:
            yield head, tuple(ids) + tuple(mod_ids)


def _prep_matches(graph: Graph, prep: Prep, region: AbstractSet[int], verb: int, used: set[int]):
    """Yield (object token, tokens used, marker roles bound to the object)."""
    children, rels = graph.children, graph.rels
    for tid in sorted(region):
        if tid in used:
            continue
        cases = [c for c in children[tid] if rels[c] == "case" or rels[c] == "mark"]
        case_ids = None
        for case in cases:
            words = [case] + graph.kids(case, "fixed")
            got = _term_at(graph, prep.prep, case, set(words) | region)
            if got is not None:
                case_ids = got
                break
        if case_ids is None:
            # A bare particle: "break off" -> (off); only when the pattern names no object.
            if not prep.items and graph.parent_is(tid, verb) and graph.rel(tid) in ("compound", "advmod", "obl", "dep"):
                got = _term_at(graph, prep.prep, tid, region)
                if got is not None:
                    yield tid, got, ()
            continue
        phrases = [e for e in prep.items if isinstance(e, Phrase)]
        markers = tuple(e.role for e in prep.items if isinstance(e, Marker))
        if not phrases:
            if _a_time(graph, tid):
                continue  # "called Erdogan on Wednesday (evening)" is no "called on"
            if _in_complement(graph, tid, verb):
                continue  # "called Erdogan to apologize for the case" is no "called for"
            yield tid, case_ids, markers
            continue
        obj_region = set(graph.subtree(tid)) - set(case_ids)
        ok = True
        used_ids = list(case_ids)
        taken = set(used) | set(case_ids)
        for phrase in phrases:
            hit = next(iter(_phrase_matches(graph, phrase, obj_region, taken)), None)
            if hit is None:
                ok = False
                break
            taken.update(hit[1])
            used_ids.extend(hit[1])
        if ok:
            yield tid, tuple(used_ids), markers


def _in_complement(graph: Graph, token: int, verb: int) -> bool:
    """Whether a phrase belongs to a ``to`` complement of the verb (its ``xcomp``), not to the
    verb itself: a preposition alone ("* (for)", "* (on)") is the verb's own."""
    rels, heads = graph.rels, graph.heads
    while token and heads[token] != verb:
        token = heads[token]
    return bool(token) and rels[token] == "xcomp" and graph.upos_[token] == "VERB"


def _a_time(graph: Graph, tid: int) -> bool:
    """Whether a phrase's noun names a time, not a party: a day or month, a time of day
    ("Thursday evening"), a date ("on 3 February", the number its head)."""
    if graph.lemmas[tid] in TIME_WORDS or graph.forms[tid] in TIME_WORDS or graph.lemmas[tid] in TIME_NOUNS:
        return True
    return any(graph.forms[c] in TIME_WORDS for c in graph.children[tid] if graph.rels[c] in ("compound", "amod", "flat"))


def match(pattern: Pattern, graph: Graph, verb: int, upper: AbstractSet[int], lower: AbstractSet[int]) -> Optional[PatternMatch]:
    """First way ``pattern`` matches around ``verb`` (greedy left to right), or None."""
    used: set[int] = set()
    source = target = None
    compound = False
    skips: list[int] = []
    if not _upper_adjacent(graph, pattern, verb, upper):
        return None
    for side, elements, region in (("upper", pattern.upper, upper), ("lower", pattern.lower, lower)):
        anchor = 0  # a marker right after a preposition or determiner word means that word's phrase
        for element in elements:
            if isinstance(element, Marker):
                where = (side, anchor)
                if element.role == "source":
                    source = where
                elif element.role == "target":
                    target = where
                elif element.role == "compound":
                    compound = True
                elif element.role == "skip" and anchor:
                    skips.append(anchor)
                anchor = 0
                continue
            anchor = 0
            if isinstance(element, Phrase):
                if _is_particle(element):
                    # "* up" is the verb's own particle ("gave up"), not any "up" in its
                    # phrase ("lend up to $1 billion").
                    hit = next((h for h in _phrase_matches(graph, element, region, used)
                                if graph.parent_is(h[0], verb) and not graph.children[h[0]]
                                and not graph.up_to_amount(h[0])), None)
                else:
                    hit = next(iter(_phrase_matches(graph, element, region, used)), None)
                if hit is None:
                    return None
                used.update(hit[1])
                token = hit[0]
                if not element.modifiers and graph.deprel(token) in ("case", "mark", "det", "nmod:poss", "det:poss"):
                    anchor = graph.head(token)
                continue
            hit = next(iter(_prep_matches(graph, element, region, verb, used)), None)
            if hit is None:
                return None
            obj, ids, roles = hit
            used.update(ids)
            for role in roles:
                if role == "source":
                    source = (side, obj)
                elif role == "target":
                    target = (side, obj)
                elif role == "skip":
                    skips.append(obj)
    return PatternMatch(pattern, tuple(sorted(used)), source, target, compound, tuple(skips))


# Words that, alone in a pattern, are a phrasal verb's particle.
PARTICLES = frozenset({"up", "down", "off", "out", "over", "back", "away", "in", "on", "around", "through", "along"})


def _is_particle(phrase: Phrase) -> bool:
    return not phrase.modifiers and all(len(alt) == 1 and alt[0] in PARTICLES for alt in phrase.head.alternatives)


def _upper_adjacent(graph: Graph, pattern: Pattern, verb: int, upper: AbstractSet[int]) -> bool:
    """Plain words before ``*`` must stand right before the verb, in order ("recently *"
    matches "recently allowed", not "recently did allow"); auxiliaries of a phrase such as
    ``have *`` are words like any other. The noun a subject ends in may stand before the
    verb's auxiliaries of tense and voice, as it does in a verb phrase ("&MILITARY *" matches
    "troops have arrived", not "troops would remain"), and a one-word pattern may be the head
    of an active verb's subject, however far from the verb."""
    words = [e for e in pattern.upper if isinstance(e, Phrase) and not e.modifiers]
    if not words or len(words) != len([e for e in pattern.upper if not isinstance(e, Marker)]):
        return True
    if _words_before(graph, words, verb):
        return True
    kids = graph.children[verb]
    if any(graph.rels[c] in _AUXILIARIES and graph.lemmas[c] not in _TENSE_AUXILIARIES for c in kids):
        return False
    position = verb
    while position > 1 and graph.heads[position - 1] == verb and graph.rels[position - 1] in _AUXILIARIES:
        position -= 1
    if position < verb and graph.upos_[position - 1] in ("NOUN", "PROPN") and _words_before(graph, words, position):
        return True
    # One word: the head of the subject, however far from the verb ("Chinese peacekeepers who
    # belong to the new unit ... arrived": "&PKO *").
    return len(words) == 1 and any(
        graph.deprels[c] in _SUBJECTS and graph.upos_[c] in ("NOUN", "PROPN") and _words_before(graph, words, c + 1)
        for c in kids if c < verb)


_AUXILIARIES = frozenset({"aux", "aux:pass"})
_SUBJECTS = frozenset({"nsubj"})  # a passive subject has its own way to the patterns (docs/dictionaries.md)
# Auxiliaries of tense and voice only ("troops have arrived"); a modal ("troops would remain")
# says what may be, and keeps the pattern's words apart as written.
_TENSE_AUXILIARIES = frozenset({"have", "be", "do"})


def _words_before(graph: Graph, words: list, verb: int) -> bool:
    """Whether the words stand, in order, right before token ``verb``."""
    position = verb
    for element in reversed(words):
        found = False
        for alt in element.head.alternatives:
            start = position - len(alt)
            if start >= 1 and all(graph.words_match(start + i, w) for i, w in enumerate(alt)):
                position = start
                found = True
                break
        if not found:
            return False
    return True
