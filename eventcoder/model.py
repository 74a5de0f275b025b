"""The values that flow through eventcoder: sentence graphs in, events out.

Everything here is a frozen attrs class, so a parsed sentence or a coded event can be
shared, hashed, cached and compared without anyone mutating it behind the engine's back.
Nothing here knows Stanza or YAML: the parser adapter and the CoNLL-U reader produce these,
the matcher consumes them, and the writers serialise them.
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional

import attrs


def _tuple(value) -> tuple:
    return tuple(value)


def _maker(cls):
    """A fast positional constructor of a frozen attrs class, for the engine's hot paths:
    it sets every field in order and skips converters, validators and post-init checks, so
    callers pass final values (tuples where the field converts to a tuple) that are known
    valid. Produces the same value as ``cls(...)`` would."""
    names = [field.name for field in attrs.fields(cls)]
    namespace = {"_new": object.__new__, "_cls": cls}
    lines = [f"def make({', '.join(names)}):", "    obj = _new(_cls)"]
    for index, name in enumerate(names):
        namespace[f"_set{index}"] = cls.__dict__[name].__set__
        lines.append(f"    _set{index}(obj, {name})")
    lines.append("    return obj")
    exec("\n".join(lines), namespace)  # noqa: S102 - generated from the class's own field names
    make = namespace["make"]
    make.__qualname__ = make.__name__ = f"make_{cls.__name__}"
    return make


@attrs.frozen
class Token:
    """One syntactic word of a UD sentence (CoNLL-U columns, 1-based ``id``; ``head`` 0 = root)."""

    id: int
    form: str
    lemma: str
    upos: str
    xpos: str = "_"
    feats: str = "_"
    head: int = 0
    deprel: str = "dep"
    misc: str = "_"

    @property
    def relation(self) -> str:
        """The universal part of the relation (``nmod:poss`` -> ``nmod``)."""
        return self.deprel.split(":", 1)[0]


@attrs.frozen
class Sentence:
    """A dependency-parsed sentence; ``tokens[i].id == i + 1`` always holds."""

    tokens: tuple[Token, ...] = attrs.field(converter=_tuple)
    sent_id: str = ""
    text: str = ""
    comments: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    # Multi-word token ranges ("3-4 don't") kept for faithful round-tripping.
    multiword: tuple[tuple[int, int, str], ...] = attrs.field(default=(), converter=_tuple)

    def __attrs_post_init__(self) -> None:
        for index, token in enumerate(self.tokens):
            if token.id != index + 1:
                raise ValueError(
                    f"sentence {self.sent_id or '?'}: token ids must run 1..n, got {token.id} at position {index + 1}"
                )
            if not 0 <= token.head <= len(self.tokens):
                raise ValueError(
                    f"sentence {self.sent_id or '?'}: token {token.id} has head {token.head} outside the sentence"
                )

    def token(self, token_id: int) -> Token:
        return self.tokens[token_id - 1]

    def words(self) -> str:
        return self.text or " ".join(t.form for t in self.tokens)


@attrs.frozen
class Story:
    """A dated document: the unit whose date resolves actor codes and whose sentences share pronouns."""

    story_id: str
    date: Optional[_dt.date]  # None: the story has no date
    sentences: tuple[Sentence, ...] = attrs.field(converter=_tuple)


@attrs.frozen
class Span:
    """A contiguous or scattered set of token ids in one sentence, with the words they cover."""

    token_ids: tuple[int, ...] = attrs.field(converter=_tuple)
    text: str = ""


@attrs.frozen
class ActorMatch:
    """How an actor code was found: which words, which dictionary entries, which dated code."""

    code: str
    span: Span
    entry: str = ""  # dictionary entry id of the actor ("" for an agent with no country)
    agent: str = ""  # dictionary entry id of a composed agent, if any
    how: str = ""  # short free text: "subject", "passive agent", "pronoun -> Iran", ...


@attrs.frozen
class Provenance:
    """Why an event was coded: the evidence a user needs to trust or debug it."""

    verb: Span
    verb_entry: str  # verb block id, e.g. "ABANDON"
    pattern: str  # the pattern that matched, as written in the dictionary ("" = block default)
    pattern_file: str = ""
    pattern_line: int = 0
    source: Optional[ActorMatch] = None
    target: Optional[ActorMatch] = None
    notes: tuple[str, ...] = attrs.field(default=(), converter=_tuple)


@attrs.frozen
class Location:
    """Where an event happened: the words that say so, their gazetteer entry, and why.

    ``rule`` is "adjunct" (a place phrase of the event's verb: "in Idlib"), "dateline" (the
    story's dateline: "GAZA CITY, Palestinian Territories:") or "story" (the place the
    story names most often); ``span`` holds those words in sentence ``sentence_id``.
    ``precision`` is "city", "region" or "country"; ``country`` is ISO 3166 alpha-3.
    """

    name: str  # the gazetteer's name: "Kyiv" for "Kiev"
    geonameid: int
    country: str
    latitude: Optional[float]
    longitude: Optional[float]
    precision: str
    rule: str
    sentence_id: str
    span: Span


@attrs.frozen
class Event:
    """One coded event: ``source code target`` on a date, with its CAMEO meaning and evidence."""

    source: str
    code: str
    target: str
    root_code: str
    name: str  # name of the event code, e.g. "Threaten"
    root_name: str  # name of the root category, e.g. "THREATEN"
    quad_class: int
    goldstein: float
    story_id: str
    sentence_id: str
    date: _dt.date
    provenance: Provenance
    issues: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    location: Optional[Location] = None  # see docs/locations.md

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.source, self.code, self.target)

    @property
    def plover(self):
        """PLOVER event type, mode and context of the code (``eventcoder.plover.PloverType``),
        or None where PLOVER has none (CAMEO 01, 02); derived, a cached lookup."""
        from .plover import plover_type

        return plover_type(self.code)

    def __str__(self) -> str:
        """``IRN 130 TUR (IRN THREATEN TUR)``: the code and the form users quote, in one call."""
        return f"{self.source} {self.code} {self.target} ({self.source} {self.root_name} {self.target})"

    def short(self) -> str:
        return f"{self.source} {self.code} {self.target}"

    def readable(self) -> str:
        return f"{self.source} {self.root_name} {self.target}"
