"""Each event's location: its verb's place phrase, else the story's dateline, else the
place the story names most often (docs/locations.md).

The words come from the pure finders of ``eventcoder.match.places``; the gazetteer
(``eventcoder.geocode``) resolves them, preferring places in the event's source and target
countries. One ``StoryLocator`` serves one story; the dateline and the story's most frequent
place are worked out once, on the first event that needs them.
"""

from __future__ import annotations

import collections
from typing import Optional, Sequence

from .geocode import Gazetteer, Place
from .match.graph import Graph
from .match.places import PlaceMention, dateline, dateline_tokens, sentence_places, verb_places
from .model import Location, Span, Story

# (mention, preferred countries, sentence id) of a dateline; (place, sentence id, mention)
# of a story's most frequent place.
_Dateline = tuple[PlaceMention, tuple[str, ...], str]
_StoryPlace = tuple[Place, str, PlaceMention]


class StoryLocator:
    """Locates the events of one story."""

    def __init__(self, story: Story, graphs: Sequence[Graph], gazetteer: Gazetteer):
        self.story = story
        self.graphs = graphs
        self.gazetteer = gazetteer
        self._dateline: Optional[_Dateline] = None
        self._dateline_read = False
        self._story_place: Optional[_StoryPlace] = None
        self._story_read = False

    def locate(self, graph: Graph, sentence_id: str, verb_ids: Sequence[int], source: str, target: str,
               actor_ids: Sequence[int] = ()) -> Optional[Location]:
        """The location of an event whose verb is ``verb_ids`` in ``graph``; ``source`` and
        ``target`` are its actor codes (their first three letters name the countries to prefer),
        ``actor_ids`` the tokens of its actors (never its place)."""
        countries = self._countries(source, target)
        mentions = verb_places(graph, verb_ids, actor_ids)
        for mention in mentions:
            place = self._resolve(mention, countries)
            if place is not None:
                return _location(place, "adjunct", sentence_id, mention)
        for mention in mentions:  # "near Tal Abyad, Syria", the town unknown: Syria
            place = self._qualifier(mention)
            if place is not None:
                return _location(place, "adjunct", sentence_id, PlaceMention(mention.qualifier_ids, mention.qualifier))
        if not self._dateline_read:
            self._dateline, self._dateline_read = self._find_dateline(), True
        if self._dateline is not None:
            mention, qualifier, line_id = self._dateline
            place = self.gazetteer.lookup(mention.text, qualifier or countries, "")
            if place is not None:
                return _location(place, "dateline", line_id, mention)
        if not self._story_read:
            self._story_place, self._story_read = self._most_frequent(), True
        if self._story_place is not None:
            place, line_id, mention = self._story_place
            if countries:  # the same words, read in the event's countries ("Tripoli" in Lebanon)
                place = self._resolve(mention, countries) or place
            return _location(place, "story", line_id, mention)
        return None

    def _countries(self, *codes: str) -> tuple[str, ...]:
        """ISO alpha-3 codes among the actors' country parts ("SYRREB" -> "SYR")."""
        out = []
        for code in codes:
            country = (code or "")[:3]
            if country in self.gazetteer.iso2 and country not in out:
                out.append(country)
        return tuple(out)

    def _resolve(self, mention: PlaceMention, countries: tuple[str, ...]) -> Optional[Place]:
        qualifier = self._qualifier(mention)
        if qualifier is not None:
            countries = (qualifier.country,)
        return self.gazetteer.lookup(mention.text, countries, mention.kind)

    def _qualifier(self, mention: PlaceMention) -> Optional[Place]:
        """The country an apposed name gives ("Aleppo, Syria"), or None."""
        if not mention.qualifier:
            return None
        place = self.gazetteer.lookup(mention.qualifier)
        return place if place is not None and place.precision == "country" else None

    def _find_dateline(self) -> Optional[_Dateline]:
        """(mention, preferred countries, sentence id) of the story's dateline, or None."""
        if not self.story.sentences:
            return None
        first = self.story.sentences[0]
        line = dateline(first.words())
        if line is None:
            return None
        ids = dateline_tokens([t.form for t in first.tokens], line)
        qualifier: tuple[str, ...] = ()
        if line.qualifier:
            country = self.gazetteer.lookup(line.qualifier)
            if country is not None and country.precision == "country":
                qualifier = (country.country,)
        return PlaceMention(ids, line.text), qualifier, first.sent_id or "1"

    def _most_frequent(self) -> Optional[_StoryPlace]:
        """(place, sentence id, first mention) of the place the story's locative phrases name
        most often (the first named, on a tie), or None."""
        counts: collections.Counter = collections.Counter()
        first: dict[int, tuple[Place, str, PlaceMention]] = {}
        for index, (sentence, graph) in enumerate(zip(self.story.sentences, self.graphs)):
            for mention in sentence_places(graph):
                place = self._resolve(mention, ())
                if place is None:
                    continue
                counts[place.geonameid] += 1
                first.setdefault(place.geonameid, (place, sentence.sent_id or str(index + 1), mention))
        if not counts:
            return None
        best = max(counts.values())
        return next(first[key] for key in first if counts[key] == best)


def _location(place: Place, rule: str, sentence_id: str, mention: PlaceMention) -> Location:
    return Location(place.name, place.geonameid, place.country, place.latitude, place.longitude, place.precision,
                    rule, sentence_id, Span(mention.token_ids, mention.text))
