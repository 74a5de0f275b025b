"""Why a sentence was coded the way it was: a structured trace of the coder's decisions.

    from eventcoder import EventCoder, load_dictionaries, read_conllu
    from eventcoder.explain import explain_sentence, render_text, trace_to_json

    coder = EventCoder(load_dictionaries())
    trace = explain_sentence(coder, read_conllu("one.conllu")[0], "2020-02-28")
    print(render_text(trace))           # the parse tree, every verb, every decision, the events
    html = render_html(trace)           # the same as a page: the parse drawn, roles highlighted

A trace holds: the parse as an indented dependency tree; every verb the coder considered,
with the dictionary entry that matched it (or why none did), the patterns of its block
that could apply and why each did or did not win; how the source and target were found
(the rule, the relation path from the verb, the actor entry with the date-restricted code
chosen, the agents composed into the code); what stopped an event (negation, no target,
...); and the final events, exactly as ``EventCoder`` codes them.

The trace is built from the engine's own decisions (``SentenceMatcher(record=True)``), not
by re-deriving them, so what it says is what the coder did. Pure: no I/O, no printing.
"""

from __future__ import annotations

import datetime as _dt
import functools
import json
import os
from typing import Iterable, Optional, Union

import attrs

from .coder import DateLike, EventCoder, to_date
from .dictionaries.compiled import Dictionaries
from .match.actors import Actor
from .match.events import SentenceMatcher, StoryMemory
from .match.graph import Graph
from .match.patterns import Marker, Pattern, Phrase, Prep, _upper_adjacent, match
from .match.verbs import CodedVerb, aid_outranks, lookup
from .model import Event, Sentence, Story
from .writers import dictionary_location, event_record

__all__ = [
    "ActorTrace",
    "PatternTrace",
    "StepTrace",
    "Trace",
    "VerbTrace",
    "explain_conllu",
    "explain_sentence",
    "explain_sentences",
    "explain_story",
    "explain_text",
    "relation_path",
    "render_html",
    "render_text",
    "trace_to_dict",
    "trace_to_json",
]

MAX_PATTERNS_SHOWN = 12  # in the text rendering; the JSON has all


@attrs.frozen
class ActorTrace:
    """One actor found for a verb: its code and every piece of evidence for it."""

    code: str
    text: str
    tokens: tuple[int, ...]
    head: int
    path: str  # relation path from the verb, e.g. "warned -obj-> Turkey"
    entry: str = ""  # actor entry id ("" when only role nouns were found)
    entry_origin: str = ""  # file:line of the entry
    dated: str = ""  # which of the entry's codes applies on the date, and why
    agents: tuple[str, ...] = ()  # "FOREIGN_MINISTER: GOVFRM (suffix) at file:line"
    composition: str = ""  # "IRN + GOV -> IRNGOV"


@attrs.frozen
class StepTrace:
    """One decision about a verb: ``source``/``target`` (by which rule, and what it found),
    ``skipped``, ``negated``, ``dropped`` (why no event) or ``emitted``."""

    what: str
    detail: str
    actors: tuple[ActorTrace, ...] = ()


@attrs.frozen
class PatternTrace:
    """A pattern of the verb's block whose words all occur in the sentence, and its fate."""

    pattern: str
    code: str
    origin: str
    result: str  # "chosen", "matched, but ...", "needs a compound subject", "did not match: ..."


@attrs.frozen
class VerbTrace:
    """A verb the coder looked at: what the dictionary said and what became of it."""

    token: int
    form: str
    lemma: str
    status: str  # "coded", "no code", "no entry", "no match", "part of a multi-word verb"
    reason: str = ""  # for status other than coded: why
    entry: str = ""  # verb block id
    verb: str = ""  # the dictionary verb that matched ("break down")
    entry_origin: str = ""
    tokens: tuple[int, ...] = ()
    entry_code: str = ""  # the code of the verb or block ("" = no code)
    pattern: str = ""  # the pattern that matched ("" = none)
    pattern_origin: str = ""
    code: str = ""  # the resulting code before negation ("" = none)
    patterns_in_block: int = 0
    patterns: tuple[PatternTrace, ...] = ()
    steps: tuple[StepTrace, ...] = ()
    events: tuple[str, ...] = ()  # "IRN 130 TUR" for each event this verb gave


@attrs.frozen
class Trace:
    """Everything about one sentence: parse tree, verbs, decisions, events."""

    story_id: str
    sentence_id: str
    date: Optional[_dt.date]
    text: str
    tree: tuple[str, ...]
    verbs: tuple[VerbTrace, ...] = ()
    events: tuple[Event, ...] = ()
    discarded: str = ""  # why the sentence was not coded at all ("" = it was)
    notes: tuple[str, ...] = ()  # events the engine found but the coder dropped, and why
    sentence: Optional[Sentence] = None  # the parse itself, for pictures (not in the JSON: ``tree`` is)


# ----------------------------------------------------------------------------- building


def _coder(coder_or_dictionaries: Union[EventCoder, Dictionaries]) -> EventCoder:
    if isinstance(coder_or_dictionaries, EventCoder):
        return coder_or_dictionaries
    return EventCoder(coder_or_dictionaries)


def explain_sentence(
    coder_or_dictionaries: Union[EventCoder, Dictionaries],
    sentence: Sentence,
    date: DateLike = None,
    *,
    story_id: str = "",
) -> Trace:
    """Explain one sentence coded as a story of its own on ``date``."""
    return explain_story(coder_or_dictionaries, Story(story_id, to_date(date), (sentence,)))[0]


def explain_sentences(
    coder_or_dictionaries: Union[EventCoder, Dictionaries], sentences: Iterable[Sentence], date: DateLike = None, *, story_id: str = ""
) -> list[Trace]:
    """Explain sentences coded together as one story (pronouns see earlier sentences)."""
    return explain_story(coder_or_dictionaries, Story(story_id, to_date(date), tuple(sentences)))


def explain_story(coder_or_dictionaries: Union[EventCoder, Dictionaries], story: Story) -> list[Trace]:
    """One trace per sentence of a story, following ``EventCoder.iter_story`` step by step,
    so the events of the traces are exactly the coder's events."""
    coder = _coder(coder_or_dictionaries)
    d = coder.dictionaries
    memory = StoryMemory()
    graphs = [Graph(s) for s in story.sentences]
    story_hit = coder.story_discard(graphs)
    story_discard = _discard_reason(story_hit, "story") if story_hit is not None else ""
    issues = coder.sentence_issues(graphs)
    where = None  # placed on the first event, as the coder does
    traces = []
    for index, (sentence, graph) in enumerate(zip(story.sentences, graphs)):
        sentence_id = sentence.sent_id or str(index + 1)
        trace = functools.partial(Trace, story_id=story.story_id, sentence_id=sentence_id, date=story.date, text=sentence.words(), sentence=sentence)
        if story_discard:
            traces.append(trace(tree=_tree(graph, {}), discarded=story_discard))
            continue
        hit = coder.sentence_discard(graph)
        if hit is not None:
            traces.append(trace(tree=_tree(graph, {}), discarded=_discard_reason(hit, "sentence")))
            continue
        matcher = SentenceMatcher(graph, d, story.date, memory, coder.require_target, record=True)
        raw = matcher.events()
        if raw and where is None:
            where = coder.locator(story, graphs)
        events, dropped = coder.sentence_events(raw, graph, story, sentence_id, issues[index], where)
        notes = [f"{r.source_code} {r.code} {r.target_code}: code {r.code} is not in the CAMEO table, dropped" for r in dropped]
        verbs = _verb_traces(matcher, graph, raw, story.date)
        traces.append(
            trace(tree=_tree(graph, _marks(graph, verbs, events)), verbs=tuple(verbs), events=tuple(events), notes=tuple(notes))
        )
    return traces


def explain_text(coder_or_dictionaries: Union[EventCoder, Dictionaries], text: str, date: DateLike = None, *, story_id: str = "") -> list[Trace]:
    """Parse raw text (one story) with the coder's parser and explain every sentence;
    ``eventcoder.parse.ParserUnavailable`` when there is no parsing model."""
    coder = _coder(coder_or_dictionaries)
    return explain_story(coder, Story(story_id, to_date(date), tuple(coder.parser.parse(text))))


def explain_conllu(coder_or_dictionaries: Union[EventCoder, Dictionaries], paths, date: DateLike = None) -> list[Trace]:
    """Explain every sentence of CoNLL-U files or folders (saved parses included), story by
    story as ``eventcoder code`` reads them; ``date`` is for stories without their own."""
    from .inputs import iter_inputs, read_story_parse  # noqa: WPS433 - the input reader shared with `eventcoder code`

    coder = _coder(coder_or_dictionaries)
    default = to_date(date)
    traces: list[Trace] = []
    for item in iter_inputs([paths] if isinstance(paths, (str, os.PathLike)) else list(paths), input_format="conllu"):
        if item.error is not None or item.conllu is None:
            raise ValueError(f"{item.origin}: {item.error or 'not CoNLL-U'}")
        sentences, problems = read_story_parse(item)
        if problems:
            raise ValueError(problems[0])
        day = to_date(item.date) if item.date else default
        traces.extend(explain_story(coder, Story(item.story_id, day, tuple(sentences))))
    return traces


def _discard_reason(hit, scope: str) -> str:
    entry = hit.value
    what = "no sentence of the story is coded" if scope == "story" else "the sentence is not coded"
    return f"{scope} discard {entry.phrase!r} ({_where(entry.origin)}): {what}"


def _where(origin) -> str:
    """``file:line`` as event provenance writes it (shipped files as ``dictionaries/...``),
    other files relative to the working folder when they lie below it."""
    if origin is None or not origin.file:
        return ""
    return _short(dictionary_location(origin.file, origin.line))


def _considered(graph: Graph, token: int) -> bool:
    """The coder's own test for a word that may be a verb (``SentenceMatcher.coded_verbs``)."""
    upos = graph.upos(token)
    return upos == "VERB" or (upos in ("NOUN", "ADJ") and bool(graph.kids(token, "nsubj", "nsubj:pass")))


def _verb_traces(matcher: SentenceMatcher, graph: Graph, raw, date) -> list[VerbTrace]:
    d = matcher.d
    coded = {v.token: v for v in matcher.coded_verbs()}
    part_of = {t: v for v in coded.values() for t in v.tokens if t != v.token}
    final = {(r.verb.token, r.source_code, r.code, r.target_code) for r in raw}
    out = []
    for tok in graph.tokens:
        tid = tok.id
        if tid in coded:
            out.append(_coded_trace(matcher, graph, coded[tid], final, date))
        elif tid in part_of:
            head = part_of[tid]
            out.append(VerbTrace(tid, tok.form, tok.lemma, "part of a multi-word verb",
                                 f"a word of {head.entry.form.lemma!r} at {graph.tok(head.token).form!r} [{head.token}]"))
        elif _considered(graph, tid):
            out.append(VerbTrace(tid, tok.form, tok.lemma, *_why_no_entry(graph, tid, d)))
    return out


def _why_no_entry(graph: Graph, tid: int, d: Dictionaries) -> tuple[str, str]:
    keys = [graph.forms[tid], graph.lemmas[tid]]
    entries = [e for k in dict.fromkeys(keys) for e in d.verb_index.get(k, ())]
    if not entries:
        return "no entry", f"neither {graph.tok(tid).form!r} nor its lemma {graph.tok(tid).lemma!r} is a verb of the dictionaries"
    if lookup(graph, tid, d.verb_index) is None:
        wanted = sorted({e.form.lemma.replace("+", "") for e in entries})
        shown = ", ".join(repr(w) for w in wanted[:8]) + (" ..." if len(wanted) > 8 else "")
        return "no match", f"the dictionaries have this word only in multi-word verbs whose other words are not here: {shown}"
    return "no match", "taken by a neighbouring multi-word verb"


def _coded_trace(matcher: SentenceMatcher, graph: Graph, verb: CodedVerb, final, date) -> VerbTrace:
    d = matcher.d
    entry = verb.entry
    tok = graph.tok(verb.token)
    patterns = d.patterns.get(entry.block.id, [])
    pm = verb.pattern
    spec = pm.pattern.spec if pm is not None else None
    steps = []
    events = []
    for step in matcher.steps:
        if step.verb != verb.token:
            continue
        detail = step.detail
        if step.what == "emitted":
            source_code, code, target_code = detail.split(" ")
            if (verb.token, source_code, code, target_code) in final:
                events.append(detail)
            else:
                detail += " (the same triple was already coded from another verb: not repeated)"
        actors = tuple(_actor_trace(graph, verb, a, date) for a in step.actors) if step.what in ("source", "target") else ()
        steps.append(StepTrace(step.what, detail, actors))
    status = "coded" if verb.code else "no code"
    return VerbTrace(
        token=verb.token,
        form=tok.form,
        lemma=tok.lemma,
        status=status,
        reason="" if verb.code else "the entry's code is --- (no event) and no pattern of its block gave a code",
        entry=entry.block.id,
        verb=entry.form.lemma,
        entry_origin=_where(entry.form.origin),
        tokens=verb.tokens,
        entry_code=entry.code or "",
        pattern=spec.text if spec else "",
        pattern_origin=_where(spec.origin) if spec else "",
        code=verb.code or "",
        patterns_in_block=len(patterns),
        patterns=tuple(_pattern_traces(matcher, graph, verb, patterns)),
        steps=tuple(steps),
        events=tuple(events),
    )


# ----------------------------------------------------------------------------- patterns


def _element_text(element) -> str:
    if isinstance(element, Marker):
        return {"source": "$", "target": "+", "compound": "%", "skip": "^"}[element.role]
    if isinstance(element, Phrase):
        if not element.modifiers:
            return element.head.text
        return "{" + " ".join(t.text for t in (*element.modifiers, element.head)) + "}"
    if isinstance(element, Prep):
        return "(" + " ".join([element.prep.text, *(_element_text(e) for e in element.items)]) + ")"
    return str(element)


def _pattern_traces(matcher: SentenceMatcher, graph: Graph, verb: CodedVerb, patterns: list[Pattern]) -> list[PatternTrace]:
    """Each pattern whose plain words all occur in the sentence: chosen, beaten, or where it failed."""
    chosen = verb.pattern.pattern if verb.pattern is not None else None
    compound = len(matcher._subject_heads(verb.token)) > 1
    upper, lower = set(verb.upper), set(verb.lower)
    out = []
    for pattern in patterns:
        if not pattern.required <= graph.words:
            continue
        spec = pattern.spec
        if pattern is chosen:
            result = "chosen"
        else:
            hit = match(pattern, graph, verb.token, upper, lower)
            if hit is not None and hit.compound and not compound:
                result = "matched, but % needs a compound subject"
            elif hit is not None and chosen is None:
                # Only a light verb ("carried out strikes") has patterns that were never
                # tried: its code is its event noun's entry code.
                result = "matches here, but a light verb takes its event noun's entry code, not its patterns"
            elif hit is not None and chosen is not None and aid_outranks(chosen.code, pattern.code):
                result = f"matched, but {chosen.spec.text!r} won: a kind of aid outranks plain or economic aid"
            elif hit is not None and chosen is not None:
                result = (f"matched, but {chosen.spec.text!r} won: more word constraints ({chosen.weight} to {pattern.weight})"
                          if chosen.weight > pattern.weight else f"matched, but {chosen.spec.text!r} is written first")
            else:
                result = "did not match: " + _failure(pattern, graph, verb.token, upper, lower)
        out.append(PatternTrace(spec.text, spec.code, _where(spec.origin), result))
    return out


def _failure(pattern: Pattern, graph: Graph, verb: int, upper: set[int], lower: set[int]) -> str:
    """The first part of a pattern that finds nothing in the verb's phrase."""
    if not _upper_adjacent(graph, pattern, verb, upper):
        words = " ".join(_element_text(e) for e in pattern.upper)
        return f"{words!r} must stand right before the verb"
    if pattern.upper and match(attrs.evolve(pattern, lower=()), graph, verb, upper, lower) is None:
        words = " ".join(_element_text(e) for e in pattern.upper)
        return f"nothing before the verb (in its own clause) matches {words!r}"
    for k in range(1, len(pattern.lower) + 1):
        if match(attrs.evolve(pattern, lower=pattern.lower[:k]), graph, verb, upper, lower) is None:
            return f"nothing after the verb (in its own clause) matches {_element_text(pattern.lower[k - 1])!r}"
    return "no consistent way to match all its parts together"


# ----------------------------------------------------------------------------- actors


def relation_path(graph: Graph, start: int, end: int) -> str:
    """The dependency path between two words: ``threatened -xcomp-> attack -obj-> Turkey``;
    going up is written ``attack <-xcomp- threatened``."""
    if start == end:
        return graph.tok(start).form
    up_start = [start] + graph.ancestors(start)
    up_end = [end] + graph.ancestors(end)
    common = next((t for t in up_start if t in up_end), None)
    if common is None:
        return f"{graph.tok(start).form} ... {graph.tok(end).form} (not connected)"
    parts = [graph.tok(start).form]
    for t in up_start[: up_start.index(common)]:
        parts.append(f"<-{graph.deprel(t)}- {graph.tok(graph.head(t)).form}")
    for t in reversed(up_end[: up_end.index(common)]):
        parts.append(f"-{graph.deprel(t)}-> {graph.tok(t).form}")
    return " ".join(parts)


def _dated(actor: Actor, date) -> str:
    entry = actor.actor
    if entry is None:
        return ""
    code = entry.code_on(date)
    codes = entry.codes
    if len(codes) == 1 and codes[0].is_default:
        return f"code {code} (the entry's only code)"
    chosen = next((c for c in codes if not c.is_default and date is not None and c.covers(date)), None)
    if chosen is not None and code is not None:
        others = ", ".join(_span(c) for c in codes if c is not chosen)
        return f"code {code}: its range {_span(chosen)[len(code) + 1:]} covers {date.isoformat()} (other codes: {others})"
    when = f"no dated range covers {date.isoformat()}" if date is not None else "there is no story date"
    others = ", ".join(_span(c) for c in codes if not c.is_default)
    if code:
        return f"code {code}: the undated code, as {when} (dated codes: {others})"
    return f"no code: {when} and the entry has no undated code ({others})"


def _span(dated) -> str:
    if dated.is_default:
        return f"{dated.code} (undated)"
    start = dated.start.isoformat() if dated.start else "..."
    end = dated.end.isoformat() if dated.end else "..."
    return f"{dated.code} {start} to {end}"


def _actor_trace(graph: Graph, verb: CodedVerb, actor: Actor, date) -> ActorTrace:
    agents = tuple(
        f"{a.id}: {a.code} ({'prefix' if a.prefix else 'suffix'}) at {_where(a.origin)}" for a in actor.agents
    )
    composition = ""
    if actor.agents:
        base = actor.actor.code_on(date) if actor.actor else None
        prefixes = [a.code for a in actor.agents if a.prefix]
        suffixes = [a.code for a in actor.agents if not a.prefix]
        parts = [*(f"{p}~" for p in prefixes), base or "(no country: ---)", *suffixes]
        composition = " + ".join(parts) + f" -> {actor.code}"
    return ActorTrace(
        code=actor.code,
        text=actor.text,
        tokens=tuple(actor.token_ids),
        head=actor.head,
        path=relation_path(graph, verb.token, actor.head),
        entry=actor.entry_id,
        entry_origin=_where(actor.actor.origin) if actor.actor else "",
        dated=_dated(actor, date),
        agents=agents,
        composition=composition,
    )


# ----------------------------------------------------------------------------- tree


def _marks(graph: Graph, verbs: list[VerbTrace], events: list[Event]) -> dict[int, list[str]]:
    marks: dict[int, list[str]] = {}
    for verb in verbs:
        if verb.status in ("coded", "no code"):
            skipped = any(s.what == "skipped" for s in verb.steps)
            marks.setdefault(verb.token, []).append(f"verb {verb.entry} {verb.code or '---'}" + (" (no event)" if skipped or not verb.events else ""))
    for event in events:
        verb_form = event.provenance.verb.text
        for role, match_ in (("source", event.provenance.source), ("target", event.provenance.target)):
            if match_ is None:
                continue
            head = _head_of(graph, match_.span.token_ids)
            label = f"{role} {match_.code} of {verb_form!r}"
            if head and label not in marks.get(head, []):
                marks.setdefault(head, []).append(label)
    return marks


def _head_of(graph: Graph, ids) -> int:
    ids = set(ids)
    for t in sorted(ids):
        if graph.head(t) not in ids:
            return t
    return min(ids) if ids else 0


def _tree(graph: Graph, marks: dict[int, list[str]]) -> tuple[str, ...]:
    """The parse as indented lines, children under their head in word order."""
    rows: list[tuple[str, str]] = []

    def visit(tid: int, depth: int, seen: set[int]) -> None:
        if tid in seen:  # a malformed cycle: never loop
            return
        seen.add(tid)
        tok = graph.tok(tid)
        lemma = f" ({tok.lemma})" if tok.lemma and tok.lemma.lower() != tok.form.lower() and tok.lemma != "_" else ""
        left = f"{'  ' * depth}{tok.form}{lemma} [{tid}] {tok.upos} {tok.deprel}"
        rows.append((left, "; ".join(marks.get(tid, []))))
        for child in graph.children[tid]:
            visit(child, depth + 1, seen)

    seen: set[int] = set()
    for root in graph.children[0]:
        visit(root, 0, seen)
    for tok in graph.tokens:  # words not reachable from a root (a broken parse)
        if tok.id not in seen:
            visit(tok.id, 0, seen)
    width = max((len(left) for left, _ in rows), default=0)
    return tuple(f"{left:<{width}}  <- {mark}" if mark else left for left, mark in rows)


# ----------------------------------------------------------------------------- output


def render_text(trace: Union[Trace, Iterable[Trace]]) -> str:
    """A trace (or several) as plain text for a terminal."""
    if not isinstance(trace, Trace):
        return "\n\n".join(render_text(t) for t in trace)
    t = trace
    where = " ".join(x for x in (f"story {t.story_id}" if t.story_id else "", f"sentence {t.sentence_id}") if x)
    date = t.date.isoformat() if t.date else "no date (undated actor codes only)"
    lines = [f"== {where}, {date}", t.text, "", "parse:"]
    lines += [f"  {row}" for row in t.tree]
    if t.discarded:
        lines += ["", f"not coded: {t.discarded}"]
        return "\n".join(lines)
    lines += ["", "verbs:"]
    if not t.verbs:
        lines.append("  (no verbs)")
    for v in t.verbs:
        lines += _render_verb(v)
    for note in t.notes:
        lines.append(f"  note: {note}")
    lines += ["", "events:" if t.events else "events: none"]
    for e in t.events:
        p = e.provenance
        pattern = f"pattern {p.pattern!r}" if p.pattern else "no pattern (the entry's code)"
        where_ = dictionary_location(p.pattern_file, p.pattern_line)
        lines.append(f"  {e}  [verb {p.verb.text!r} {p.verb_entry}, {pattern}, {_short(where_)}]")
        if p.notes:
            lines.append(f"      notes: {'; '.join(p.notes)}")
    return "\n".join(lines)


def _short(location: str) -> str:
    """A ``file[:line]`` with an absolute file below the working folder made relative."""
    if not os.path.isabs(location):
        return location
    try:
        rel = os.path.relpath(location)
    except ValueError:  # another drive on Windows
        return location
    return location if rel.startswith("..") else rel


def _render_verb(v: VerbTrace) -> list[str]:
    head = f"  {v.form} [{v.token}] (lemma {v.lemma})"
    if v.status not in ("coded", "no code"):
        return [f"{head}: {v.status}: {v.reason}"]
    lines = [f"{head}: entry {v.entry}, verb {v.verb!r} at {v.entry_origin}, code {v.entry_code or '---'}"]
    if v.pattern:
        lines.append(f"    pattern {v.pattern!r} -> {v.code} at {v.pattern_origin}")
    elif v.patterns_in_block:
        lines.append(f"    no pattern of the block's {v.patterns_in_block} matched: code {v.code or '---'} from the entry")
    shown = v.patterns[:MAX_PATTERNS_SHOWN]
    if v.patterns_in_block:
        lines.append(f"    patterns whose words are all in the sentence: {len(v.patterns)} of {v.patterns_in_block}")
    for p in shown:
        lines.append(f"      {p.pattern!r} -> {p.code}: {p.result}")
    if len(v.patterns) > len(shown):
        lines.append(f"      ... {len(v.patterns) - len(shown)} more (see --json)")
    if not v.code:
        lines.append(f"    no event: {v.reason}")
    for step in v.steps:
        if step.what in ("source", "target"):
            found = ", ".join(f"{a.code} {a.text!r}" for a in step.actors) or "nothing"
            lines.append(f"    {step.what}: {step.detail} -> {found}")
            for a in step.actors:
                lines.append(f"        path {a.path}")
                if a.entry:
                    lines.append(f"        actor {a.entry} at {a.entry_origin}: {a.dated}")
                for agent in a.agents:
                    lines.append(f"        agent {agent}")
                if a.composition:
                    lines.append(f"        composed {a.composition}")
        elif step.what == "emitted":
            lines.append(f"    event: {step.detail}")
        elif step.what == "dropped":
            lines.append(f"    no event: {step.detail}")
        else:
            lines.append(f"    {step.what}: {step.detail}")
    return lines


def render_html(trace: Union[Trace, Iterable[Trace]], **options) -> str:
    """A trace (or several) as one self-contained HTML page with a picture of each parse;
    see ``eventcoder.explain_html.render_html`` for the options."""
    from .explain_html import render_html as page  # noqa: WPS433 - the page imports this module

    return page(trace, **options)


def trace_to_dict(trace: Trace) -> dict:
    """A JSON-ready dict of a trace; events as ``writers.event_record`` writes them."""
    fields = attrs.fields(Trace)
    data = attrs.asdict(trace, recurse=True, filter=attrs.filters.exclude(fields.events, fields.sentence))
    data["date"] = trace.date.isoformat() if trace.date else None
    data["events"] = [event_record(e) for e in trace.events]
    return json.loads(json.dumps(data, ensure_ascii=False))  # plain lists, as JSON gives them back


def trace_to_json(trace: Union[Trace, Iterable[Trace]], indent: Optional[int] = 2) -> str:
    """A trace (or a list of traces) as JSON text."""
    if isinstance(trace, Trace):
        return json.dumps(trace_to_dict(trace), ensure_ascii=False, indent=indent)
    return json.dumps([trace_to_dict(t) for t in trace], ensure_ascii=False, indent=indent)
