"""Where an event happened, as the text says it: place phrases and datelines.

Pure functions over a sentence graph (or a story's first line of text): they find the words
that name a place and say nothing about where that place is. Resolving the words to a
gazetteer entry is ``eventcoder.geocode``'s job; choosing between an event's own place, the
story's dateline and the story's most frequent place is ``eventcoder.coder``'s.

A place phrase is a proper name in a locative adjunct: an ``obl`` or ``nmod`` opened by
"in", "at", "near", ... ("clashed with rebels in Idlib"), also inside a common noun that
names the kind of place ("in the provinces of Idlib and Aleppo", "in Idlib province", "in
the capital, Damascus"). Conjoined names are separate places, in order. A bare common noun
("in the capital"), a demonym ("Syrian") or a date ("in March") is no place.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

import attrs

from .graph import TIME_WORDS, Graph

# Prepositions that put an event somewhere (lemmas; "from" and "to" give origins and goals).
PLACE_CASES = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "on"})
# "on" only before a kind of place ("on the island of Crete"), never "on Friday" or "on Iran".
_ON_NOUNS = frozenset({"island", "border", "outskirts", "frontier", "coast", "bank", "shore"})

# Common nouns that say what kind of place a name inside them is.
_CITY_NOUNS = frozenset({"city", "town", "village", "capital", "port", "suburb", "outskirts", "neighbourhood", "neighborhood"})
_REGION_NOUNS = frozenset({
    "province", "region", "state", "governorate", "district", "county", "prefecture", "territory",
    "department", "oblast", "area", "enclave", "canton", "emirate", "island", "valley", "border", "coast",
})
KIND_NOUNS = _CITY_NOUNS | _REGION_NOUNS

# Proper nouns that head time expressions, not places.
_NAME_PARTS = frozenset({"compound", "flat", "amod", "nmod"})  # only PROPN children of these join a name


@attrs.frozen
class PlaceMention:
    """A place named in one sentence: its words, and the kind the text gives it, if any.

    ``kind`` is "city" or "region" when a common noun says so ("the province of Idlib"),
    else "". ``qualifier`` is an apposed name that narrows it ("Aleppo, Syria" -> "Syria"),
    at ``qualifier_ids``.
    """

    token_ids: tuple[int, ...]
    text: str
    kind: str = ""
    qualifier: str = ""
    qualifier_ids: tuple[int, ...] = ()


def verb_places(graph: Graph, verb_ids: Iterable[int], exclude: Iterable[int] = ()) -> list[PlaceMention]:
    """The places of the locative adjuncts of an event's verb, in sentence order.

    ``verb_ids`` are the verb's tokens (a multi-word verb has several); ``exclude`` are token
    ids that cannot be the place (the event's source and target: in "fired at Israel",
    Israel is the target, not where it happened)."""
    verbs = set(verb_ids)
    skip = set(exclude)
    out: list[PlaceMention] = []
    for verb in sorted(verbs):
        for child in graph.children[verb]:
            if child in verbs or graph.rels[child] not in ("obl", "nmod"):
                continue
            out.extend(m for m in _adjunct_places(graph, child) if not skip.intersection(m.token_ids))
    if out or not verbs:
        return out
    # A verb in a clause that only adds to its governor ("when they arrested ...", "went
    # there to meet ...") happened where the governor did ("In Fallujah, crowds came out
    # when troops arrested a bride"); never through reported speech (ccomp).
    head_verb = next((v for v in sorted(verbs) if graph.heads[v] not in verbs), min(verbs))
    if graph.rels[head_verb] in _SHARED_CLAUSES and graph.heads[head_verb]:
        return verb_places(graph, [graph.heads[head_verb]], exclude)
    return out


_SHARED_CLAUSES = frozenset({"advcl", "xcomp", "conj"})


def sentence_places(graph: Graph) -> list[PlaceMention]:
    """Every place of a locative adjunct anywhere in the sentence (for a story's most frequent
    place), less "at" phrases, which name targets as often as places ("fired at Israel")."""
    out: list[PlaceMention] = []
    if _STORY_CASES.isdisjoint(graph.words) or "PROPN" not in graph.upos_:
        return out  # no place preposition or no proper noun: no place (most sentences)
    # Only the nominals that a place preposition opens: found from the prepositions.
    lemmas, rels, heads = graph.lemmas, graph.rels, graph.heads
    nominals = sorted({heads[t] for t in range(1, graph.n + 1) if lemmas[t] in _STORY_CASES and rels[t] == "case"})
    for token in nominals:
        if rels[token] in ("obl", "nmod"):
            out.extend(_adjunct_places(graph, token, _STORY_CASES))
    return out


_STORY_CASES = PLACE_CASES - {"at"}


def _adjunct_places(graph: Graph, nominal: int, place_cases: frozenset = PLACE_CASES) -> list[PlaceMention]:
    """The places of one obl/nmod dependent, if a place preposition opens it."""
    cases = [graph.lemmas[c] for c in graph.children[nominal] if graph.rels[c] == "case"]
    if not cases or cases[-1] not in place_cases:
        return []
    if cases[-1] == "on" and graph.lemmas[nominal] not in _ON_NOUNS:
        return []
    return _places_of(graph, nominal)


def _places_of(graph: Graph, nominal: int) -> list[PlaceMention]:
    """A nominal's places: itself when it is a name, else the names a kind noun holds;
    and its conjuncts' places."""
    out: list[PlaceMention] = []
    if _is_name(graph, nominal):
        out.append(_mention(graph, nominal, ""))
    elif graph.upos_[nominal] == "NOUN" and graph.lemmas[nominal] in KIND_NOUNS:
        kind = "city" if graph.lemmas[nominal] in _CITY_NOUNS else "region"
        named, compounds = [], []
        for child in graph.children[nominal]:
            rel = graph.rels[child]
            if rel == "compound" and _is_name(graph, child):  # "Idlib province"
                compounds.append(_mention(graph, child, kind))
            elif rel in ("nmod", "appos") and _is_name(graph, child):  # "province of Idlib", "the capital, Damascus"
                if rel == "appos" or "of" in _cases(graph, child):
                    named.append(_mention(graph, child, kind))
                    named.extend(_mention(graph, c, kind) for c in graph.children[child] if graph.rels[c] == "conj" and _is_name(graph, c))
        # "the West Bank town of Ramallah": the town is Ramallah; West Bank only narrows it.
        if named and compounds:
            named = [attrs.evolve(m, qualifier=compounds[0].text, qualifier_ids=compounds[0].token_ids) for m in named]
        out.extend(named or compounds)
    for child in graph.children[nominal]:
        if graph.rels[child] == "conj" and graph.upos_[child] in ("PROPN", "NOUN"):
            out.extend(m for m in _places_of(graph, child) if m not in out)
    return out


def _cases(graph: Graph, token: int) -> list[str]:
    return [graph.lemmas[c] for c in graph.children[token] if graph.rels[c] == "case"]


def _is_name(graph: Graph, token: int) -> bool:
    return graph.upos_[token] == "PROPN" and graph.forms[token] not in TIME_WORDS


def _mention(graph: Graph, head: int, kind: str) -> PlaceMention:
    """The name headed by ``head``: it and the proper nouns joined to it ("Gaza City",
    "the United States" without "the"), as one contiguous run of words."""
    ids = {head}
    stack = [head]
    while stack:
        current = stack.pop()
        for child in graph.children[current]:
            if graph.rels[child] in _NAME_PARTS and _name_part(graph, child) and _no_case(graph, child):
                ids.add(child)
                stack.append(child)
    # Keep the contiguous run around the head ("Gaza City", not "Gaza ... Palestine").
    lo = hi = head
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    run = tuple(range(lo, hi + 1))
    qualifier: tuple[int, ...] = ()
    for child in graph.children[head]:
        # "Aleppo, Syria": an apposed name after a comma (parsers attach it as appos or nmod)
        if graph.rels[child] in ("appos", "nmod") and child > hi and _is_name(graph, child) and _no_case(graph, child):
            qualifier = _mention(graph, child, "").token_ids
            break
    return PlaceMention(run, _run_text(graph, run), kind, _run_text(graph, qualifier), qualifier)


def _name_part(graph: Graph, token: int) -> bool:
    """A word that can be part of a place's name: a proper noun, or a capitalised adjective
    tagged as one ("New" in "New Orleans", NNP) or a compass word ("West" in "West Bank")."""
    if graph.upos_[token] == "PROPN":
        return True
    form = graph.tokens[token - 1].form
    return graph.upos_[token] == "ADJ" and form[:1].isupper() and (
        graph.tokens[token - 1].xpos in ("NNP", "NNPS") or graph.forms[token] in _COMPASS
    )


_COMPASS = frozenset({"new", "west", "east", "north", "south", "upper", "lower", "greater", "central"})


def _no_case(graph: Graph, token: int) -> bool:
    return not any(graph.rels[c] == "case" for c in graph.children[token])


def _run_text(graph: Graph, ids: Iterable[int]) -> str:
    return " ".join(graph.tokens[i - 1].form for i in ids)


# ----- datelines ------------------------------------------------------------------------------

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
# "GAZA CITY, Palestinian Territories:", "BEIRUT (Reuters) -", "KABUL, Jan 5 (AP) —",
# "WASHINGTON --": a place in capitals at the very start, an optional qualifier and date,
# an optional agency in brackets, then a colon or a dash. Tokenised text ("GAZA CITY ,")
# has spaces before the punctuation.
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*)*)"
    r"(?:\s*,\s*(?P<qualifier>[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,3}))?"
    r"(?:\s*,?\s*" + _MONTH + r")?"
    r"(?:\s*\(\s*[^()]{1,40}?\s*\))?"
    r"\s*(?::|—|–|--|-)(?=\s|$)"
)


@attrs.frozen
class Dateline:
    """The place a story's dateline names; ``words`` is how many of its words it spans."""

    text: str
    qualifier: str
    words: int


def dateline(text: str) -> Optional[Dateline]:
    """The dateline at the start of a story's first line, or None.

    The place must be written in capitals ("GAZA CITY"), as news agencies do; a qualifier
    after a comma ("Palestinian Territories") narrows it."""
    found = _DATELINE.match(text)
    if found is None:
        return None
    place = found.group("place").strip()
    if len(place.replace(".", "")) < 2 or place.lower() in TIME_WORDS:
        return None
    qualifier = (found.group("qualifier") or "").strip()
    if qualifier and re.fullmatch(_MONTH, qualifier):
        qualifier = ""
    return Dateline(place, qualifier, len(place.split()))


def dateline_tokens(forms: list[str], line: Dateline) -> tuple[int, ...]:
    """Token ids (1-based) of the dateline's place among a sentence's words: the leading
    words whose letters spell it (the parser may split "GAZA CITY" or keep it whole)."""
    want = line.text.replace(" ", "")
    got = ""
    ids: list[int] = []
    for index, form in enumerate(forms, start=1):
        if len(got) >= len(want):
            break
        got += form.replace(" ", "")
        ids.append(index)
    return tuple(ids) if got == want else ()
