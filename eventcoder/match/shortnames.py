"""Short names of persons: "Musharraf" after "Pervez Musharraf", "Bush" in a 2004 story.

News names a person in full once and by surname after that, and names the best-known office
holders by surname alone. Two sources resolve a bare surname, in this order:

1. the story's memory: the surname of a full name already matched in the story;
2. the dictionary's dated office holders: the person of that surname whose dated code on the
   story date is an office (a role other than ELI, "elite", which any former official keeps
   for life); of several, the best known (``office_holder``), else nobody. With no story
   date, the person who ever held an office (``past_office_holder``), only after an
   office's title ("President Atambayev": ``ActorFinder._titled_office``).

Only a name whose words look like a person's ("George W. Bush", "Ariel Sharon": capitalised
words or initials, no title, no "the") gives a surname.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Iterable, Optional

from ..dictionaries.schema import ActorEntry
from .graph import fold

# First words that make a name a title or a description, not a person's name.
_NOT_GIVEN_NAMES = frozenset(
    "the a an mr mr. mrs mrs. ms ms. dr dr. president prime minister secretary senator gov gov. governor general gen. gen "
    "king queen prince princess sheikh ambassador chancellor premier vice deputy foreign defense defence us u.s. american "
    "british former acting chief head leader lord lady sir judge justice colonel col. major maj. captain capt. admiral "
    "mayor speaker spokesman spokeswoman commander pope saint st. st".split()
)
# Last words that end a description rather than a person's name.
_NOT_SURNAMES = frozenset(
    "administration government cabinet regime party movement army forces council front group organization organisation "
    "brigade brigades committee ministry office family jr jr. sr sr. ii iii iv".split()
)
_NAME_WORD = re.compile(r"^(?:[A-Z][a-z]*\.|[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*|[A-Z]\.(?:[A-Z]\.)*)$")
_SURNAME = re.compile(r"^[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*$")


def person_surname(name: str) -> Optional[str]:
    """The folded surname of a name shaped like a person's ("George W. Bush" -> "bush"), else None."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return None
    if fold(words[0]) in _NOT_GIVEN_NAMES or not all(_NAME_WORD.match(w) for w in words):
        return None
    last = words[-1]
    if not _SURNAME.match(last) or len(last) < 3 or fold(last) in _NOT_SURNAMES:
        return None
    return fold(last)


def surname_index(actors: Iterable[ActorEntry]) -> dict[str, tuple[ActorEntry, ...]]:
    """Folded surname -> the actors with a person's name ending in it that have dated codes
    (only they can be office holders on a date). A word the dictionaries' person names use
    more often as a given name than as a surname ("Bill", "John", "Jose", "David") is left
    out: alone in a story it is someone's first name far more often than a minister's
    surname ("Bill or Melinda are going to die" is not Micha Ondo Bill of Equatorial Guinea);
    a full name the story gave still resolves it (the story's memory)."""
    index: dict[str, list[ActorEntry]] = {}
    given: dict[str, int] = {}
    last: dict[str, int] = {}
    dated_surnames: list[tuple[ActorEntry, set[str]]] = []  # each name read once
    for actor in actors:
        surnames: set[str] = set()
        for name in actor.names:
            surname = person_surname(name)
            if surname:
                surnames.add(surname)
                last[surname] = last.get(surname, 0) + 1
                first = fold(name.split()[0])
                given[first] = given.get(first, 0) + 1
        if surnames and any(not dated.is_default for dated in actor.codes):
            dated_surnames.append((actor, surnames))
    for actor, surnames in dated_surnames:
        for surname in surnames:
            if given.get(surname, 0) > last[surname]:
                continue
            entries = index.setdefault(surname, [])
            if actor not in entries:
                entries.append(actor)
    return {surname: tuple(entries) for surname, entries in index.items()}


def is_office(code: Optional[str]) -> bool:
    """A code that holds an office: a country or group with a role, and the role is not ELI."""
    return code is not None and len(code) > 3 and code[3:6] != "ELI"


def office_holder(candidates: tuple[ActorEntry, ...], day: Optional[_dt.date]) -> Optional[ActorEntry]:
    """The candidate who holds an office on ``day``; None if none does or it is ambiguous.

    Of several office holders of one surname, the best known wins: the dictionary lists
    many names for a head of state and one for a provincial minister, so one with at least
    twice as many names as every other is taken; else nobody is.
    """
    if day is None:
        return None
    return _best_known([actor for actor in candidates if is_office(
        next((d.code for d in actor.codes if not d.is_default and d.covers(day)), None))])


def past_office_holder(candidates: tuple[ActorEntry, ...]) -> Optional[ActorEntry]:
    """The candidate who ever held an office, the best known of several (as
    ``office_holder``): with no story date, whom a title before a surname names."""
    return _best_known([actor for actor in candidates if any(
        not d.is_default and is_office(d.code) for d in actor.codes)])


def _best_known(holders: list[ActorEntry]) -> Optional[ActorEntry]:
    if len(holders) <= 1:
        return holders[0] if holders else None
    ranked = sorted(holders, key=lambda actor: -len(actor.names))
    return ranked[0] if len(ranked[0].names) >= 2 * len(ranked[1].names) else None
