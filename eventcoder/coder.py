"""EventCoder: stories through the matcher, out as Event records with provenance.

The coder does no I/O of its own beyond what the caller hands it: ``code_conllu`` accepts
CoNLL-U text or a path for convenience and delegates reading to ``eventcoder.conllu``.
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping, Optional, Union

from .conllu import read_conllu
from .dictionaries.compiled import Dictionaries
from .locations import StoryLocator
from .match.actors import UNKNOWN, Actor
from .match.events import RawEvent, SentenceMatcher, StoryMemory
from .match.graph import Graph
from .model import ActorMatch, Event, Provenance, Sentence, Span, Story, _maker

if TYPE_CHECKING:  # imported when headlines are first parsed, not on import
    from .headlines import HeadlineParser

DateLike = Union[_dt.date, _dt.datetime, str, int, None]


def to_date(value: DateLike | object) -> Optional[_dt.date]:
    """Accept ``date``, ``datetime``, ``"2020-03-01"``, ``"20200301"`` or ``20200301``
    (anything else is read as its text, as a value from a JSON field may be)."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    if len(text) == 8 and text.isdigit():
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    try:
        return _dt.date.fromisoformat(text)
    except ValueError:
        pass
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%Y/%m/%d"):
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unreadable date {value!r}: use YYYY-MM-DD or YYYYMMDD")


class EventCoder:
    """Codes stories with one set of compiled dictionaries; reusable and thread-compatible."""

    def __init__(
        self,
        dictionaries: Dictionaries,
        *,
        require_target: bool = True,
        parser=None,
        model_dir: Optional[Union[str, os.PathLike]] = None,
        headlines: bool = True,
        locations: bool = True,
    ):
        """``require_target=False`` also codes events with no identifiable target (``IRN 010 ---``).

        ``parser`` turns raw text into sentences for ``code_text``/``code_stories``: any object
        with ``parse(text)`` and ``parse_many(texts)`` (default: a ``StanzaParser`` on
        ``model_dir``, built on first use, so coding CoNLL-U never loads Stanza).
        ``headlines=False`` parses title-case lines as they are written (see ``parser``).
        ``locations=False`` leaves every event's ``location`` None (docs/locations.md).
        """
        self.dictionaries = dictionaries
        self.require_target = require_target
        self._parser = parser
        self.model_dir = model_dir
        self.headlines = headlines
        self.locations = locations
        self._headline_parser: Optional[HeadlineParser] = None

    @property
    def gazetteer(self):
        """The gazetteer that places events (``eventcoder.geocode``), loaded on first use."""
        from .geocode import default_gazetteer

        return default_gazetteer()

    @property
    def parser(self):
        """The parser, built on first use (``eventcoder.parse.ParserUnavailable`` without a model),
        reading title-case headline lines in sentence case (``eventcoder.headlines``) unless
        the coder was made with ``headlines=False``."""
        if self._parser is None:
            from .parse import StanzaParser  # noqa: WPS433 - Stanza/torch load only when text is coded

            self._parser = StanzaParser(model_dir=self.model_dir)
        if not self.headlines:
            return self._parser
        if self._headline_parser is None or self._headline_parser.inner is not self._parser:
            from .headlines import HeadlineParser, NameWords

            d = self.dictionaries
            names = NameWords((n for a in d.actors for n in a.names), (n for a in d.agents for n in a.names if " " not in n.strip()))
            self._headline_parser = HeadlineParser(self._parser, names)
        return self._headline_parser

    # ----- entry points ------------------------------------------------------------------

    def code_conllu(self, text_or_path: Union[str, Path], *, date: DateLike, story_id: str = "") -> list[Event]:
        """Code CoNLL-U (text, or a path to a file) as one story of the given date."""
        sentences = read_conllu(text_or_path)
        if not story_id and isinstance(text_or_path, Path):
            story_id = text_or_path.stem
        return self.code_story(Story(story_id, to_date(date), sentences))

    def code_sentences(self, sentences: Iterable[Sentence], *, date: DateLike, story_id: str = "") -> list[Event]:
        return self.code_story(Story(story_id, to_date(date), tuple(sentences)))

    def code_story(self, story: Story) -> list[Event]:
        """All events of a story, in sentence order; pronouns see earlier sentences."""
        return [event for _, events in self.iter_story(story) for event in events]

    def code_text(self, text: str, *, date: DateLike, story_id: str = "") -> list[Event]:
        """Parse raw text (one story) and code it."""
        day = to_date(date)
        return self.code_story(Story(story_id, day, tuple(self.parser.parse(text))))

    def code_stories(self, stories: Iterable) -> Iterator[tuple[Story, list[Event]]]:
        """Stream (story, events) pairs in input order; memory stays bounded by one batch.

        Items are ``Story`` objects (already parsed) or raw-text stories: mappings with
        ``story_id`` (or ``id``), ``date`` and ``text``, or objects with those attributes.
        Raw texts are parsed in batches of ``parser.batch_size`` through Stanza's bulk
        processing; the yielded story holds the parsed sentences.
        """
        pending: list[tuple[str, Optional[_dt.date], str]] = []
        for item in stories:
            if isinstance(item, Story):
                yield from self._code_texts(pending)
                pending = []
                yield item, self.code_story(item)
                continue
            pending.append(_text_story(item))
            if len(pending) >= getattr(self.parser, "batch_size", 1):
                yield from self._code_texts(pending)
                pending = []
        yield from self._code_texts(pending)

    def _code_texts(self, pending: list[tuple[str, Optional[_dt.date], str]]) -> Iterator[tuple[Story, list[Event]]]:
        if not pending:
            return
        parsed = self.parser.parse_many([text for _, _, text in pending])
        for (story_id, day, _), sentences in zip(pending, parsed):
            story = Story(story_id, day, tuple(sentences))
            yield story, self.code_story(story)

    def code_frame(self, frame, *, text: str = "text", date: Optional[str] = "date", id: Optional[str] = None,
                   default_date: DateLike = None):
        """Code a pandas DataFrame of raw-text stories into a DataFrame of events (one row per
        event, with its ``story_id``); rows that cannot be coded are listed in the result's
        ``attrs["errors"]``, not raised. See ``eventcoder.frames.code_frame``."""
        from .frames import code_frame

        return code_frame(self, frame, text=text, date=date, id=id, default_date=default_date)

    def iter_story(self, story: Story) -> Iterator[tuple[Sentence, list[Event]]]:
        d = self.dictionaries
        memory = StoryMemory()
        graphs = [Graph(s) for s in story.sentences]
        # Story-wide discards and issue phrases are looked up only once some sentence has
        # an event: until then every sentence yields no event either way.
        issues: Optional[list[tuple[str, ...]]] = None
        where: Optional[StoryLocator] = None
        for index, (sentence, graph) in enumerate(zip(story.sentences, graphs)):
            if self.sentence_discard(graph) is not None:
                yield sentence, []
                continue
            matcher = SentenceMatcher(graph, d, story.date, memory, self.require_target)
            raw = matcher.events()
            if not raw:
                yield sentence, []
                continue
            if issues is None:
                if self.story_discard(graphs) is not None:
                    for rest in story.sentences[index:]:
                        yield rest, []
                    return
                issues = self.sentence_issues(graphs)
                where = self.locator(story, graphs)
            events, _ = self.sentence_events(raw, graph, story, sentence.sent_id or str(index + 1), issues[index], where)
            yield sentence, events

    def locator(self, story: Story, graphs: list[Graph]) -> Optional[StoryLocator]:
        """What places the events of a story (None when ``locations=False``)."""
        return StoryLocator(story, graphs, self.gazetteer) if self.locations else None

    def sentence_issues(self, graphs: list[Graph]) -> list[tuple[str, ...]]:
        """The issues each sentence of a story names (``dictionaries/issues.yaml``), less the
        categories an exclusion phrase switches off in that sentence or, for story-level
        exclusions, anywhere in the story."""
        index = self.dictionaries.issue_index
        if not len(index):
            return [() for _ in graphs]
        hits = [index.find_all(g, range(1, len(g) + 1)) for g in graphs]
        story_off = {h.value.category for sentence in hits for h in sentence if h.value.exclude and h.value.scope == "story"}
        out = []
        for sentence in hits:
            off = story_off | {h.value.category for h in sentence if h.value.exclude}
            found: list[str] = []
            for hit in sentence:
                entry = hit.value
                if not entry.exclude and entry.category not in off and entry.issue not in found:
                    found.append(entry.issue)
            out.append(tuple(found))
        return out

    def sentence_events(
        self, raw: list[RawEvent], graph: Graph, story: Story, sentence_id: str, issues: tuple[str, ...],
        where: Optional[StoryLocator] = None,
    ) -> tuple[list[Event], list[RawEvent]]:
        """The matcher's events of one sentence as ``Event`` records, and those left out
        because their code is not in the CAMEO table; ``where`` locates them (None: no
        locations)."""
        events: list[Event] = []
        dropped: list[RawEvent] = []
        for r in raw:
            if self._known(r):
                events.append(self._event(r, graph, story, sentence_id, issues, where))
            else:
                dropped.append(r)
        return events, dropped

    # ----- helpers -----------------------------------------------------------------------

    def sentence_discard(self, graph: Graph):
        """The first sentence-level discard phrase in the sentence (it codes nothing), or None."""
        hits = self.dictionaries.sentence_discards.find_all(graph, range(1, len(graph) + 1))
        return hits[0] if hits else None

    def story_discard(self, graphs: list[Graph]):
        """The first story-level discard phrase in any sentence (no sentence of the story is
        coded), or None."""
        index = self.dictionaries.story_discards
        if not len(index):
            return None
        for g in graphs:
            hits = index.find_all(g, range(1, len(g) + 1))
            if hits:
                return hits[0]
        return None

    def _known(self, raw: RawEvent) -> bool:
        return self.dictionaries.event_type(raw.code) is not None or self.dictionaries.ontology is None

    def _event(self, raw: RawEvent, graph: Graph, story: Story, sentence_id: str, issues: tuple[str, ...],
               where: Optional[StoryLocator] = None) -> Event:
        d = self.dictionaries
        etype = d.event_type(raw.code)
        verb_ids = tuple(raw.verb.tokens)
        pattern = raw.verb.pattern
        spec = pattern.pattern.spec if pattern is not None else None
        # Built with the fast constructors: every value below is final (tuples where the
        # field converts to one).
        provenance = _provenance(
            _span(verb_ids, " ".join([graph.tokens[i - 1].form for i in verb_ids])),
            raw.verb.entry.block.id,
            spec.text if spec else "",
            spec.origin.file if spec else raw.verb.entry.form.origin.file,
            spec.origin.line if spec else raw.verb.entry.form.origin.line,
            _actor_match(raw.source, "source"),
            _actor_match(raw.target, "target"),
            tuple(raw.notes),
        )
        if etype is not None:
            root_code, name, root_name, quad_class, goldstein = (
                etype.root_code, etype.name, etype.root_name, etype.quad_class, etype.goldstein
            )
        else:
            root_code, name, root_name, quad_class, goldstein = raw.code[:2], "", "", 0, 0.0
        return _new_event(
            raw.source_code,
            raw.code,
            raw.target_code,
            root_code,
            name,
            root_name,
            quad_class,
            goldstein,
            story.story_id,
            sentence_id,
            story.date,
            provenance,
            tuple(issues),
            _locate(where, raw, graph, sentence_id, verb_ids),
        )


_span = _maker(Span)
_actor_match_value = _maker(ActorMatch)
_provenance = _maker(Provenance)
_new_event = _maker(Event)


def _text_story(item) -> tuple[str, Optional[_dt.date], str]:
    """(story id, date, text) of a raw-text story given as a mapping or an object."""
    get = item.get if isinstance(item, Mapping) else (lambda key, default=None: getattr(item, key, default))
    text = get("text")
    if not isinstance(text, str):
        raise TypeError(f"code_stories: expected a Story or a story with a 'text' string, got {type(item).__name__}")
    story_id = get("story_id")
    if story_id is None:
        story_id = get("id", "")
    return str(story_id), to_date(get("date")), text


def _locate(where: Optional[StoryLocator], raw: RawEvent, graph: Graph, sentence_id: str, verb_ids: tuple[int, ...]):
    if where is None:
        return None
    actors = [*(raw.source.token_ids if raw.source else ()), *(raw.target.token_ids if raw.target else ())]
    return where.locate(graph, sentence_id, verb_ids, raw.source_code, raw.target_code, actors)


def _actor_match(actor: Optional[Actor], how: str) -> Optional[ActorMatch]:
    if actor is None:
        return None
    return _actor_match_value(
        actor.code if actor.code else UNKNOWN, _span(tuple(actor.token_ids), actor.text), actor.entry_id, actor.agent_id, how
    )
