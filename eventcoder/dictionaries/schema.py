"""Dictionary entries as values: what the YAML files mean once loaded and validated.

Each entry remembers the file and line it came from, so that a validation message, an
``explain`` trace or an event's provenance can point a user at the line to edit.
The formats themselves are documented in ``docs/dictionaries.md``.
"""

from __future__ import annotations

import datetime as _dt
from typing import Optional

import attrs


def _tuple(value) -> tuple:
    return tuple(value)


@attrs.frozen
class Origin:
    """Where an entry was written: ``file:line``."""

    file: str = ""
    line: int = 0

    def __str__(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file


@attrs.frozen
class DatedCode:
    """An actor code valid from ``start`` to ``end`` (both inclusive; ``None`` = open)."""

    code: str
    start: Optional[_dt.date] = None
    end: Optional[_dt.date] = None

    @property
    def is_default(self) -> bool:
        return self.start is None and self.end is None

    def covers(self, day: _dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@attrs.frozen
class ActorEntry:
    """A named actor: several names, one or more (dated) codes."""

    id: str
    names: tuple[str, ...] = attrs.field(converter=_tuple)
    codes: tuple[DatedCode, ...] = attrs.field(converter=_tuple)
    origin: Origin = Origin()

    def code_on(self, day: Optional[_dt.date]) -> Optional[str]:
        """The code valid on ``day``: a dated code that covers it, else the undated default.

        With no date (an undated story), an actor without a default that is a country today
        (an open-ended bare country code: Kuwait since 1991, Uzbekistan since its
        independence) is that country; one whose dated codes all begin alike is what they
        share, as no one can say which office an undated story means (Suharto, IDNMIL then
        IDNGOV: IDN; an official with one office: that office)."""
        if day is not None:
            for dated in self.codes:
                if not dated.is_default and dated.covers(day):
                    return dated.code
        for dated in self.codes:
            if dated.is_default:
                return dated.code
        if day is None:
            for dated in self.codes:
                if dated.end is None and len(dated.code) == 3:
                    return dated.code
            return _shared_units([dated.code for dated in self.codes])
        if not any(" " in name for name in self.names):
            return None  # a bare single name ("Abdullah") is trusted only within its dates
        return _former_office(self.codes, day)


# Offices whose former holder is of his country's elite (ELI), as the dictionaries' own
# carefully dated entries write it ("[USAGOV 010120-090120] [USAELI >090120]").
HELD_OFFICES = frozenset({"GOV", "LEG", "JUD"})


def _former_office(codes: tuple[DatedCode, ...], day: _dt.date) -> Optional[str]:
    """A person out of office on ``day`` (his last office before it ended, none covers it) is of
    the elite (``FRAGOVJUD`` until 2009 -> ``FRAELI`` in 2016): many entries stop at the
    office's end where the careful ones go on as ELI. Not before the first office (what he was
    then, no entry says), nor for an entry that is ever a bare country (Kuwait) or of an
    organisation (``IGOUNO``: a former UN official is no country's elite), nor for an entry
    of one bare name ("Abdullah", King Abdullah of Saudi Arabia until his death in 2015):
    such a name is too ambiguous to stand for him outside his dates."""
    if any(dated.is_default or len(dated.code) <= 3 for dated in codes):
        return None
    ended = [dated for dated in codes if dated.end is not None and dated.end < day]
    if not ended:
        return None
    last = max(ended, key=lambda dated: dated.end or day)
    country, office = last.code[:3], last.code[3:6]
    if office not in HELD_OFFICES or country in _KIND_UNITS:
        return None
    return country + "ELI"


# First code units that say only what kind of actor follows (an IGO, NGO ...), not whose.
_KIND_UNITS = frozenset({"IGO", "NGO", "IMG", "MNC"})


def _shared_units(codes: list[str]) -> Optional[str]:
    """The leading 3-letter units all codes share (``IDNMIL``, ``IDNGOV`` -> ``IDN``), or
    None when they share none or only a kind of actor (``IGOUNO``, ``IGOWST`` -> None)."""
    if not codes:
        return None
    units = min(len(code) for code in codes) // 3
    shared = 0
    while shared < units and len({code[shared * 3:shared * 3 + 3] for code in codes}) == 1:
        shared += 1
    prefix = codes[0][:shared * 3]
    if not prefix or prefix in _KIND_UNITS:
        return None
    return prefix


@attrs.frozen
class AgentEntry:
    """A role noun that composes with a country: ``troops`` + ``TUR`` -> ``TURMIL``.

    ``prefix`` agents go before the country code (``NGO`` + ``ARN`` -> ``NGOARN``).
    A ``qualifier`` names a role only alone: right before another role word it only ranks
    that role ("a deputy" is a legislator, "a deputy foreign minister" a minister).
    """

    id: str
    names: tuple[str, ...] = attrs.field(converter=_tuple)
    code: str
    prefix: bool = False
    origin: Origin = Origin()
    qualifier: bool = False


@attrs.frozen
class DiscardEntry:
    """A phrase that puts a sentence (or the whole story) out of scope."""

    phrase: str
    scope: str = "sentence"  # "sentence" or "story"
    origin: Origin = Origin()


@attrs.frozen
class IssueEntry:
    """A phrase that tags the events of a sentence with an issue (NUCLEAR, REFUGEES, ...)."""

    phrase: str
    issue: str
    category: str = ""
    exclude: bool = False  # a phrase that must NOT trigger the issue ("a head start")
    origin: Origin = Origin()
    scope: str = "sentence"  # of an exclusion: "sentence", or "story" (PETRARCH's ``~~``)


@attrs.frozen
class Synset:
    """A named set of words or phrases, referenced in patterns as ``&NAME``."""

    name: str
    words: tuple[str, ...] = attrs.field(converter=_tuple)
    origin: Origin = Origin()
    # Words added to an earlier layer's synset of the same name instead of replacing it
    # (``NAME: {amend: true, words: [...]}``, docs/layering.md).
    amend: bool = False


@attrs.frozen
class VerbForm:
    """A verb lemma (or phrasal verb ``break down``) of a block, with an optional own code."""

    lemma: str
    code: Optional[str] = None
    origin: Origin = Origin()
    # A form listed under ``forms:`` ("rang" of "ring"): it matches a word as written, never a
    # parser's lemma, which may be a wrong one ("ranging" lemmatised "rang").
    inflected: bool = False


@attrs.frozen
class PatternSpec:
    """A pattern as written: the pattern text and the code it assigns."""

    text: str
    code: str
    origin: Origin = Origin()


@attrs.frozen
class VerbBlock:
    """A CAMEO verb block: verbs sharing a default code and a list of refining patterns."""

    id: str
    code: Optional[str]
    verbs: tuple[VerbForm, ...] = attrs.field(converter=_tuple)
    patterns: tuple[PatternSpec, ...] = attrs.field(default=(), converter=_tuple)
    origin: Origin = Origin()
    # A correction layered onto an earlier block of the same id: its verbs and patterns are
    # added to that block's instead of replacing it (``amend: true``, docs/layering.md).
    amend: bool = False
