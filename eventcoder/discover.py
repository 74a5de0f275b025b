"""What a corpus needs that the dictionaries lack: unknown actors and uncovered verbs.

    from eventcoder import load_dictionaries
    from eventcoder.discover import discover_files, render_text, draft_actors, draft_verbs

    found = discover_files(load_dictionaries(), ["parses/"], date="2020-02-28")
    print(render_text(found))                     # ranked, with counts and example sentences
    open("actors.draft.yaml", "w").write(draft_actors(found))

Two lists, each ranked by how often it occurs:

- **phrases**: noun phrases in the source or target position of a coded verb (its subject,
  passive by-phrase, direct object, or first non-locative prepositional object) that
  resolve to no actor. Phrases with a proper noun are candidate *actors*; phrases of common
  nouns only are candidate *agents* (role nouns such as ``mercenaries``). A phrase whose
  name is in the dictionaries but has no code on the story date is not reported.
- **verbs**: verbs that no verb entry covers but whose subject and object both resolve to
  actors (at least one a named actor): the events the dictionaries miss.

The drafts are YAML in the dictionary formats with two locks, so that nothing is merged
without review: the top-level kind is ``actors_draft`` / ``agents_draft`` / ``verbs_draft``,
which the loader refuses (a draft put in a dictionary folder stops loading rather than
coding with it), and every entry's code is ``"???"``, which the validator rejects at the
entry's ``file:line`` until a person writes a real code. Counts and examples are comments.

Everything here reuses the coder's own machinery (subject search, actor resolution, verb
lookup); nothing here prints or writes files except ``discover_files``, which reads them.
"""

from __future__ import annotations

import collections
import datetime as _dt
import json
from pathlib import Path
from typing import Iterable, Optional, Union

import attrs

from .coder import DateLike, EventCoder, to_date
from .dictionaries.compiled import Dictionaries
from .dictionaries.petrarch_actors import default_id
from .match.actors import Actor
from .match.events import LOCATIVE_PREPS, SentenceMatcher, StoryMemory
from .match.graph import Graph
from .match.verbs import CodedVerb, lookup, regions
from .model import Sentence, Story

__all__ = [
    "Discovery",
    "Example",
    "UncoveredVerb",
    "UnknownPhrase",
    "discover",
    "discover_files",
    "discover_stories",
    "discovery_to_dict",
    "draft_actors",
    "draft_agents",
    "draft_verbs",
    "render_text",
]

PLACEHOLDER = "???"
_NOT_NAME = frozenset({"det", "det:poss", "punct", "case", "cc", "nummod", "advmod"})
_TEMPORAL = frozenset({"obl:tmod", "nmod:tmod", "obl:npmod", "nmod:npmod"})
_TIME_PREPS = frozenset({"since", "during", "after", "before", "until", "till", "ago", "throughout", "amid"})
_GLUE = frozenset({"-", ".", "'", "&"})  # written inside names: "al-Sadr", "U.S.", "AT&T"


@attrs.frozen
class Example:
    """Where a phrase or verb was seen."""

    where: str  # "file.conllu#12" (story or file, and sentence id)
    text: str  # the sentence
    verb: str  # the verb's form
    detail: str  # "source of 'warned'", or "IRN -> TUR (obj)"


@attrs.frozen
class UnknownPhrase:
    """A noun phrase that sat where an actor should be and resolved to none."""

    key: str  # normalised: folded words ("military advisory center") or head lemma ("mercenary")
    text: str  # the most frequent way it was written
    kind: str  # "actor" (has a proper noun) or "agent" (common nouns only)
    count: int
    as_source: int
    as_target: int
    verbs: tuple[tuple[str, int], ...]  # verb lemmas it went with, most frequent first
    role: str = ""  # a known role noun that came with it ("militia"), if any
    examples: tuple[Example, ...] = ()


@attrs.frozen
class UncoveredVerb:
    """A verb no entry covers, seen with actors on both sides."""

    lemma: str  # with its particle: "pull out"
    count: int
    pairs: tuple[tuple[str, int], ...]  # "IRN -> TUR" with counts
    frames: tuple[tuple[str, int], ...]  # how the target was attached: "obj", "with", ...
    examples: tuple[Example, ...] = ()


@attrs.frozen
class Discovery:
    sentences: int
    coded_verbs: int
    phrases: tuple[UnknownPhrase, ...]
    verbs: tuple[UncoveredVerb, ...]
    known_without_code: int = 0  # phrases naming an actor that has no code on the date
    discarded: int = 0  # sentences left out by discard phrases
    errors: tuple[str, ...] = ()  # malformed sentences skipped
    sources: tuple[str, ...] = ()  # what was read
    date: Optional[_dt.date] = None

    @property
    def actors(self) -> tuple[UnknownPhrase, ...]:
        return tuple(p for p in self.phrases if p.kind == "actor")

    @property
    def agents(self) -> tuple[UnknownPhrase, ...]:
        return tuple(p for p in self.phrases if p.kind == "agent")


# ----------------------------------------------------------------------------- collecting


class _Collector:
    def __init__(self, coder: EventCoder, date: Optional[_dt.date], examples: int):
        self.coder = coder
        self.d = coder.dictionaries
        self.date = date
        self.max_examples = examples
        self.sentences = 0
        self.coded_verbs = 0
        self.known_without_code = 0
        self.discarded = 0
        self.errors: list[str] = []
        self.phrases: dict[str, dict] = {}
        self.verbs: dict[str, dict] = {}

    # -- one sentence

    def add(self, sentence: Sentence, where: str, date: Optional[_dt.date] = None) -> None:
        self.sentences += 1
        d = self.d
        graph = Graph(sentence)
        everything = range(1, len(graph) + 1)
        if d.sentence_discards.find_all(graph, everything) or d.story_discards.find_all(graph, everything):
            self.discarded += 1
            return
        day = date if date is not None else self.date
        matcher = SentenceMatcher(graph, d, day, StoryMemory(), self.coder.require_target)
        coded = matcher.coded_verbs()
        taken = {t for v in coded for t in v.tokens}
        seen: set[int] = set()
        text = sentence.words()
        for verb in coded:
            if not verb.code:
                continue
            self.coded_verbs += 1
            passive = matcher._is_passive(verb.token)
            subjects = matcher._subject_heads(verb.token)
            objects = [h for h, _ in _target_heads(matcher, verb, passive)]
            sources, targets = (_agent_heads(matcher, verb), subjects) if passive else (subjects, objects)
            for role, heads in (("source", sources), ("target", targets)):
                for head in heads:
                    if head in seen:
                        continue
                    found = self._unknown(matcher, graph, head)
                    if found is None:
                        continue
                    seen.add(head)
                    key, shown, kind, agent = found
                    lemma = graph.tok(verb.token).lemma
                    self._add_phrase(key, shown, kind, agent, role, lemma,
                                     Example(where, text, graph.tok(verb.token).form, f"{role} of {graph.tok(verb.token).form!r}"))
        for tok in graph.tokens:
            if tok.upos != "VERB" or tok.id in taken or lookup(graph, tok.id, d.verb_index) is not None:
                continue
            self._uncovered(matcher, graph, tok.id, where, text)

    def _unknown(self, matcher: SentenceMatcher, graph: Graph, head: int):
        """(key, text, kind, role noun) for a head that names no actor, or None."""
        if graph.upos(head) not in ("NOUN", "PROPN"):
            return None
        tokens = matcher.finder.name_tokens(head)
        actors = matcher._resolve_heads([head])
        role = ""
        covered: set[int] = set()
        if actors:
            if any(a.actor is not None for a in actors):
                return None
            role = "+".join(dict.fromkeys(a.agent_id for a in actors if a.agent_id))
            covered = {t for a in actors for t in a.token_ids}
        if self.d.actor_index.find_all(graph, tokens):
            self.known_without_code += 1  # a known name with no code on this date
            return None
        words = [t for t in tokens if graph.deprel(t) not in _NOT_NAME and graph.upos(t) not in ("PRON", "NUM", "PUNCT", "DET")]
        proper = [t for t in words if graph.upos(t) == "PROPN"]
        if any(t not in covered for t in proper):
            # The name: the words from the first to the last proper noun ("Hezbollah" of
            # "Hezbollah militia", "Allawi" of "Allawi's aged cousin", all of "Coalition
            # Provisional Authority"), with the hyphens and dots written inside it.
            first, last = min(proper), max(proper)
            ids = [t for t in tokens if first <= t <= last and (t in words or graph.tok(t).form in _GLUE)]
            ids += _of_name(matcher, graph, head) if last == head else []
            shown = _join(graph, ids)
            return " ".join(graph.forms[t] for t in ids), shown, "actor", role
        if actors:
            return None  # a known role noun with nothing else: "the government"
        # Common nouns: the head's lemma with its compounds ("security force").
        ids = [t for t in words if graph.rel(t) == "compound" and graph.head(t) == head] + [head]
        key = " ".join([graph.lemmas[t] for t in sorted(ids)])
        return key, key, "agent", ""

    def _add_phrase(self, key, shown, kind, role, side, verb_lemma, example) -> None:
        item = self.phrases.setdefault(
            key, {"texts": collections.Counter(), "kind": kind, "count": 0, "source": 0, "target": 0,
                  "verbs": collections.Counter(), "roles": collections.Counter(), "examples": []}
        )
        item["texts"][shown] += 1
        item["count"] += 1
        item[side] += 1
        item["verbs"][verb_lemma] += 1
        if role:
            item["roles"][role] += 1
        if len(item["examples"]) < self.max_examples and all(e.text != example.text for e in item["examples"]):
            item["examples"].append(example)

    def _uncovered(self, matcher: SentenceMatcher, graph: Graph, tid: int, where: str, text: str) -> None:
        upper, lower = regions(graph, tid, (tid,))
        # No dictionary entry: that is what makes it uncovered; what follows reads only its tokens and regions.
        verb = CodedVerb(tid, (tid,), None, None, None, upper, lower)  # type: ignore[arg-type]
        passive = matcher._is_passive(tid)
        subject_heads = matcher._subject_heads(tid)
        targets_found = _target_heads(matcher, verb, passive)
        if passive:
            source_heads, target_heads = _agent_heads(matcher, verb), subject_heads
            frame = "passive"
        else:
            source_heads = subject_heads
            target_heads = [h for h, _ in targets_found[:1]]
            frame = targets_found[0][1] if targets_found else ""
        sources = matcher._resolve_heads(source_heads) if source_heads else []
        targets = matcher._resolve_heads(matcher._expand(target_heads)) if target_heads else []
        pairs = [(s, t) for s in sources for t in targets if s.code != t.code and (s.actor is not None or t.actor is not None)]
        if not pairs:
            return
        lemma = graph.tok(tid).lemma.lower()
        particles = [graph.tok(c).form.lower() for c in graph.children[tid] if graph.deprel(c) == "compound:prt"]
        key = " ".join([lemma, *particles])
        item = self.verbs.setdefault(key, {"count": 0, "pairs": collections.Counter(), "frames": collections.Counter(), "examples": []})
        item["count"] += 1
        for s, t in pairs:
            item["pairs"][f"{s.code} -> {t.code}"] += 1
        item["frames"][frame] += 1
        if len(item["examples"]) < self.max_examples and all(e.text != text for e in item["examples"]):
            s, t = pairs[0]
            item["examples"].append(Example(where, text, graph.tok(tid).form, f"{_short(s)} -> {_short(t)}" + (f" ({frame})" if frame else "")))

    # -- result

    def result(self, sources: tuple[str, ...] = ()) -> Discovery:
        phrases = []
        for key, item in self.phrases.items():
            phrases.append(UnknownPhrase(
                key=key,
                text=item["texts"].most_common(1)[0][0],
                kind=item["kind"],
                count=item["count"],
                as_source=item["source"],
                as_target=item["target"],
                verbs=tuple(item["verbs"].most_common()),
                role=item["roles"].most_common(1)[0][0] if item["roles"] else "",
                examples=tuple(item["examples"]),
            ))
        verbs = [
            UncoveredVerb(key, item["count"], tuple(item["pairs"].most_common()), tuple(item["frames"].most_common()), tuple(item["examples"]))
            for key, item in self.verbs.items()
        ]
        # Common nouns only ever seen as targets are mostly things ("see the attached file"):
        # a role noun is listed once it has been the source of a coded verb.
        phrases = [p for p in phrases if p.kind == "actor" or p.as_source]
        phrases.sort(key=lambda p: (-p.count, p.key))
        verbs.sort(key=lambda v: (-v.count, v.lemma))
        return Discovery(self.sentences, self.coded_verbs, tuple(phrases), tuple(verbs), self.known_without_code,
                         self.discarded, tuple(self.errors), tuple(sources), self.date)


def _short(actor: Actor) -> str:
    return f"{actor.code} ({actor.text})" if actor.text else actor.code


def _join(graph: Graph, ids: list[int]) -> str:
    out = ""
    for t in sorted(ids):
        form = graph.tok(t).form
        glued = graph.tok(t - 1).misc and "SpaceAfter=No" in graph.tok(t - 1).misc if t > 1 else False
        if out and not (glued or form.startswith("'") or form in _GLUE or out[-1] in _GLUE):
            out += " "
        out += form
    return out


def _of_name(matcher: SentenceMatcher, graph: Graph, head: int) -> list[int]:
    """The ``of`` part of a name right after its head: "Ministry" + "of Magic"."""
    for child in graph.children[head]:
        if child > head and graph.rel(child) == "nmod" and graph.case_words(child) == ["of"] and graph.upos(child) == "PROPN":
            inner = [t for t in matcher.finder.name_tokens(child) if graph.upos(t) in ("PROPN", "ADP") or graph.tok(t).form in _GLUE]
            if inner and inner[0] == head + 1 and inner == list(range(inner[0], inner[-1] + 1)):
                return inner
    return []


def _agent_heads(matcher: SentenceMatcher, verb: CodedVerb) -> list[int]:
    """The by-phrase of a passive verb (the logical subject)."""
    g = matcher.g
    for child in g.children[verb.token]:
        if g.deprel(child) in ("obl:agent", "nmod:agent") or (g.rel(child) in ("obl", "nmod") and "by" in g.case_words(child)):
            return matcher._expand([child])
    return []


def _target_heads(matcher: SentenceMatcher, verb: CodedVerb, passive: bool) -> list[tuple[int, str]]:
    """Heads in target position: direct objects, else the first prepositional object that is
    neither a place (in, at, near ...), a time, nor a passive's by-phrase."""
    g = matcher.g
    objects = [c for c in g.children[verb.token] if g.deprel(c) in ("obj", "iobj") and c not in verb.tokens]
    if objects:
        return [(h, "obj") for h in matcher._expand(objects)]
    for child in sorted(g.children[verb.token]):
        if child in verb.tokens or g.rel(child) not in ("obl", "nmod") or g.deprel(child) in _TEMPORAL:
            continue
        preps = g.case_words(child)
        if not preps or set(preps) & (LOCATIVE_PREPS | _TIME_PREPS) or (passive and "by" in preps) or g.deprel(child) in ("obl:agent", "nmod:agent"):
            continue
        return [(h, preps[0]) for h in matcher._expand([child])]
    return []


def _coder(coder_or_dictionaries: Union[EventCoder, Dictionaries]) -> EventCoder:
    if isinstance(coder_or_dictionaries, EventCoder):
        return coder_or_dictionaries
    return EventCoder(coder_or_dictionaries)


def discover(
    coder_or_dictionaries: Union[EventCoder, Dictionaries],
    sentences: Iterable[Union[Sentence, tuple[str, Sentence]]],
    date: DateLike = None,
    *,
    examples: int = 3,
) -> Discovery:
    """Unknown phrases and uncovered verbs of parsed sentences; items may be ``Sentence`` or
    ``(where, Sentence)`` with ``where`` naming the sentence in examples."""
    collector = _Collector(_coder(coder_or_dictionaries), to_date(date), examples)
    for index, item in enumerate(sentences, start=1):
        where, sentence = item if isinstance(item, tuple) else ("", item)
        collector.add(sentence, where or f"#{sentence.sent_id or index}")
    return collector.result()


def discover_stories(
    coder_or_dictionaries: Union[EventCoder, Dictionaries],
    stories: Iterable[Story],
    date: DateLike = None,
    *,
    examples: int = 3,
) -> Discovery:
    """``discover`` over parsed stories, each coded on its own date (``date`` when it has none)."""
    collector = _Collector(_coder(coder_or_dictionaries), to_date(date), examples)
    for story in stories:
        for index, sentence in enumerate(story.sentences, start=1):
            collector.add(sentence, f"{story.story_id}#{sentence.sent_id or index}", story.date)
    return collector.result()


def discover_files(
    coder_or_dictionaries: Union[EventCoder, Dictionaries],
    paths: Iterable[Union[str, Path]],
    date: DateLike = None,
    *,
    examples: int = 3,
    limit: Optional[int] = None,
) -> Discovery:
    """``discover`` over CoNLL-U files or folders of them, such as the saved parses of a
    coding run (``eventcoder code --save-parses DIR``): stories and their dates are read as
    ``eventcoder code`` reads them (``# story_id``/``# newdoc`` and ``# date`` comments);
    ``date`` is for stories without one. Files that are not CoNLL-U and malformed stories
    are skipped and listed in ``errors``. ``limit`` stops after that many sentences."""
    from .inputs import iter_inputs, read_story_parse  # noqa: WPS433 - the input reader, shared with `eventcoder code`

    paths = [Path(p) for p in paths]
    collector = _Collector(_coder(coder_or_dictionaries), to_date(date), examples)
    for item in iter_inputs(paths, input_format="conllu"):
        if limit is not None and collector.sentences >= limit:
            break
        if item.error is not None or item.conllu is None:
            collector.errors.append(f"{item.origin}: {item.error or 'not a parse (discover reads CoNLL-U only)'}")
            continue
        try:
            day = to_date(item.date) if item.date else None
            sentences, problems = read_story_parse(item)
        except ValueError as exc:  # an unreadable date
            collector.errors.append(f"{item.origin}: {exc}")
            continue
        collector.errors.extend(problems)  # a malformed sentence is left out, as in `code`
        for index, sentence in enumerate(sentences, start=1):
            if limit is not None and collector.sentences >= limit:
                break
            collector.add(sentence, f"{item.story_id}#{sentence.sent_id or index}", day)
    return collector.result(tuple(str(p) for p in paths))


# ----------------------------------------------------------------------------- output


def render_text(found: Discovery, top: int = 25) -> str:
    """The ranked lists, with counts and example sentences, for a terminal."""
    date = f"stories without a date: {found.date.isoformat()}" if found.date else "dates from the stories"
    lines = [
        f"{found.sentences} sentences ({date}), {found.coded_verbs} coded verbs, "
        f"{found.discarded} sentences discarded, {len(found.errors)} malformed sentences skipped",
    ]
    if found.known_without_code:
        lines.append(f"{found.known_without_code} phrases named a known actor with no code on the date (not listed)")
    for title, items in (("unknown actors (phrases with a proper noun)", found.actors),
                         ("unknown role nouns (candidate agents)", found.agents)):
        lines += ["", f"{title}: {len(items)}"]
        for p in items[:top]:
            role = f", with role noun {p.role}" if p.role else ""
            verbs = ", ".join(f"{v} {n}" for v, n in p.verbs[:4])
            lines.append(f"  {p.count:4d}  {p.text}  (source {p.as_source}, target {p.as_target}; verbs: {verbs}{role})")
            for e in p.examples:
                lines.append(f"          {e.where}: {_clip(e.text)}")
        if len(items) > top:
            lines.append(f"  ... {len(items) - top} more")
    lines += ["", f"verbs no entry covers, with actors on both sides: {len(found.verbs)}"]
    for v in found.verbs[:top]:
        pairs = ", ".join(f"{p} {n}" for p, n in v.pairs[:3])
        frames = ", ".join(f"{f} {n}" for f, n in v.frames[:3])
        lines.append(f"  {v.count:4d}  {v.lemma}  ({pairs}; target by: {frames})")
        for e in v.examples:
            lines.append(f"          {e.where}: {e.detail}: {_clip(e.text)}")
    if len(found.verbs) > top:
        lines.append(f"  ... {len(found.verbs) - top} more")
    for error in found.errors[:5]:
        lines.append(f"skipped: {error}")
    return "\n".join(lines)


def _clip(text: str, width: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 3] + "..."


def discovery_to_dict(found: Discovery) -> dict:
    data = attrs.asdict(found, recurse=True)
    data["date"] = found.date.isoformat() if found.date else None
    return data


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _comment(text: str) -> str:
    return " ".join(str(text).split())


def _header(found: Discovery, kind: str, becomes: str, what: str) -> list[str]:
    sources = ", ".join(found.sources) or "the given sentences"
    date = f"default date {found.date.isoformat()}" if found.date else "dates from the stories"
    return [
        f"# DRAFT written by `eventcoder discover` from {_comment(sources)} ({found.sentences} sentences, {date}).",
        f"# {what}",
        "# Not a dictionary yet, on purpose: the loader refuses this `kind:`, and every",
        f'# code is "{PLACEHOLDER}", which validation rejects at its line. To use it: delete the',
        "# entries you do not want, fix the names, write real codes (see docs/dictionaries.md),",
        f"# then change the kind to `{becomes}` and load the file with -d.",
        f"kind: {kind}",
    ]


def _ids(existing: set[str]):
    used = set(existing)

    def make(name: str) -> str:
        base = default_id(name) or "ENTRY"
        candidate, n = base, 2
        while candidate in used:
            candidate, n = f"{base}_{n}", n + 1
        used.add(candidate)
        return candidate

    return make


def _phrase_comments(p: UnknownPhrase) -> list[str]:
    verbs = ", ".join(f"{v} {n}" for v, n in p.verbs[:5])
    role = f"; role noun {p.role}" if p.role else ""
    lines = [f"  # {p.count}x (source {p.as_source}, target {p.as_target}); verbs: {verbs}{role}"]
    lines += [f"  #   {_comment(e.where)}: {_clip(_comment(e.text), 160)}" for e in p.examples]
    return lines


def _draft_phrases(found: Discovery, phrases, kind: str, description: str, min_count: int,
                   limit: Optional[int], existing_ids: Iterable[str]) -> str:
    """A ``kind: <kind>_draft`` file of phrase entries, each with a placeholder code."""
    make_id = _ids(set(existing_ids))
    lines = _header(found, f"{kind}_draft", kind, description)
    lines.append(f"{kind}:")
    items = [p for p in phrases if p.count >= min_count][:limit]
    for p in items:
        lines += _phrase_comments(p)
        lines.append(f"  - id: {make_id(p.text)}")
        lines.append(f"    names: [{_q(p.text)}]")
        lines.append(f'    code: "{PLACEHOLDER}"')
    if not items:
        lines[-1] = f"{kind}: []"
    return "\n".join(lines) + "\n"


def draft_actors(found: Discovery, *, min_count: int = 1, limit: Optional[int] = None, existing_ids: Iterable[str] = ()) -> str:
    """Unknown actor phrases as a ``kind: actors_draft`` file (see the module's docstring)."""
    return _draft_phrases(found, found.actors, "actors",
                          "Noun phrases with a proper noun, in source/target position of coded verbs, known to no actor entry.",
                          min_count, limit, existing_ids)


def draft_agents(found: Discovery, *, min_count: int = 1, limit: Optional[int] = None, existing_ids: Iterable[str] = ()) -> str:
    """Unknown role nouns as a ``kind: agents_draft`` file."""
    return _draft_phrases(found, found.agents, "agents",
                          "Common-noun phrases in source/target position of coded verbs, known to no actor or agent entry.",
                          min_count, limit, existing_ids)


def draft_verbs(found: Discovery, *, min_count: int = 1, limit: Optional[int] = None, existing_ids: Iterable[str] = ()) -> str:
    """Uncovered verbs as a ``kind: verbs_draft`` file, one block per verb."""
    make_id = _ids(set(existing_ids))
    lines = _header(found, "verbs_draft", "verbs", "Verbs no verb entry covers, seen with actors as subject and object.")
    lines.append("verbs:")
    items = [v for v in found.verbs if v.count >= min_count][:limit]
    for v in items:
        pairs = ", ".join(f"{p} {n}" for p, n in v.pairs[:4])
        frames = ", ".join(f"{f} {n}" for f, n in v.frames[:4])
        lines.append(f"  # {v.count}x; actors: {pairs}; target by: {frames}")
        lines += [f"  #   {_comment(e.where)}: {_comment(e.detail)}: {_clip(_comment(e.text), 160)}" for e in v.examples]
        lines.append(f"  - id: {make_id(v.lemma)}")
        lines.append(f'    code: "{PLACEHOLDER}"')
        lines.append(f"    verbs: [{_q(v.lemma)}]")
    if not items:
        lines[-1] = "verbs: []"
    return "\n".join(lines) + "\n"
