"""An explain trace as a picture: one self-contained HTML page for people who would rather
look at the parse than read a tree.

    from eventcoder.explain import explain_conllu
    from eventcoder.explain_html import render_html

    traces = explain_conllu(coder, "story.conllu")
    Path("explain.html").write_text(render_html(traces), encoding="utf-8")

For each sentence the page draws the dependency arcs (``eventcoder.depsvg``) with the
source, verb and target of every event highlighted, lists each event with its CAMEO name,
the verb entry, the pattern and their ``file:line``, and for a sentence that codes nothing
says why, in the trace's own words: the page only lays out what ``eventcoder.explain``
recorded, it decides nothing. Inline CSS and SVG, no script, no external resources, so the
file can be mailed or archived as it is. Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional, Union

from .depsvg import ROLES, Mark, dependency_svg, escape
from .explain import ActorTrace, Trace, VerbTrace, _short
from .model import ActorMatch, Event
from .writers import dictionary_location

__all__ = ["render_html", "sentence_marks", "why_no_event"]

_CSS = """
body { font-family: sans-serif; margin: 1.5em; color: #111; max-width: 100%; }
h1 { font-size: 1.4em; margin: 0 0 .3em; }
h2 { font-size: 1.1em; margin: 0 0 .4em; }
h3 { font-size: .95em; margin: .8em 0 .3em; }
.summary { color: #444; margin: 0 0 .6em; }
.legend { display: flex; flex-wrap: wrap; gap: 1.2em; align-items: center; margin: .4em 0 1.2em; font-size: .9em; }
.swatch { display: inline-block; width: 1.4em; height: 1em; border-radius: 3px; vertical-align: middle; margin-right: .35em;
  border: 1.5px solid; }
section.sentence { border: 1px solid #ccc; border-radius: 6px; padding: .8em 1em; margin: 0 0 1.5em; }
.text { font-size: 1.05em; overflow-wrap: anywhere; }
.parse-box { overflow-x: auto; border: 1px solid #eee; background: #fff; padding: 4px 0; }
table { border-collapse: collapse; font-size: .9em; }
th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #f4f4f4; }
code { font-family: monospace; font-size: .95em; }
.triple { font-family: monospace; font-weight: bold; white-space: nowrap; }
.role { padding: 0 .3em; border-radius: 3px; border: 1px solid; white-space: nowrap; }
.role.source { background: #bcd7f5; border-color: #1f5fa8; }
.role.verb { background: #ffd38a; border-color: #b36200; }
.role.target { background: #b9e6b0; border-color: #2b7a1f; }
.where { color: #555; font-family: monospace; font-size: .85em; }
.why li, .verbs li { margin: .15em 0; }
.nothing { color: #8a1f11; font-weight: bold; }
details { margin-top: .5em; }
summary { cursor: pointer; color: #333; }
"""


# ----------------------------------------------------------------------------- what to mark


def sentence_marks(trace: Trace) -> dict[int, list[Mark]]:
    """Token id -> highlights: each event's source, verb and target (numbered as the events
    are listed), and the other coded verbs, which gave no event, as ``considered``."""
    marks: dict[int, list[Mark]] = {}

    def add(ids, mark: Mark) -> None:
        for tid in ids:
            if mark not in marks.setdefault(tid, []):
                marks[tid].append(mark)

    eventful: set[int] = set()
    for number, event in enumerate(trace.events, 1):
        p = event.provenance
        if p.source is not None:
            add(p.source.span.token_ids, Mark("source", f"source {p.source.code} #{number}"))
        add(p.verb.token_ids, Mark("verb", f"verb {event.code} #{number}"))
        eventful.update(p.verb.token_ids)
        if p.target is not None:
            add(p.target.span.token_ids, Mark("target", f"target {p.target.code} #{number}"))
    for verb in trace.verbs:
        if verb.status in ("coded", "no code") and not eventful.intersection(verb.tokens or (verb.token,)):
            add(verb.tokens or (verb.token,), Mark("considered", f"{verb.code or '---'}, no event"))
    return marks


def why_no_event(trace: Trace, ontology=None) -> list[str]:
    """The trace's reasons that words of the sentence gave no event, one line each
    (``ontology`` adds the CAMEO name of each verb's code)."""
    if trace.discarded:
        return [f"not coded: {trace.discarded}"]
    lines = []
    if not trace.verbs:
        lines.append("no word of the sentence is a verb the coder considers (a VERB, or a noun or adjective with a subject)")
    for v in trace.verbs:
        name = f"{v.form!r} [{v.token}]"
        if v.status not in ("coded", "no code"):
            lines.append(f"{name}: {v.status}: {v.reason}")
            continue
        if v.events:
            continue
        stops = [s for s in v.steps if s.what in ("skipped", "dropped") or (s.what == "emitted" and "already coded" in s.detail)]
        if stops:
            lines.extend(f"{name} ({v.entry} {v.code or '---'}{_code_name(v.code, ontology, ', {}')}): {s.detail}" for s in stops)
        elif not v.code:
            lines.append(f"{name} ({v.entry}): {v.reason}")
    lines.extend(f"note: {note}" for note in trace.notes)
    return lines


# ----------------------------------------------------------------------------- page


def render_html(trace: Union[Trace, Iterable[Trace]], *, title: str = "eventcoder explain", ontology=None) -> str:
    """A trace, or several, as one HTML page (a string). ``ontology`` (an
    ``eventcoder.ontology.Ontology``, e.g. ``coder.dictionaries.ontology``) names the codes of
    verbs that gave no event; events carry their names themselves."""
    traces = [trace] if isinstance(trace, Trace) else list(trace)
    events = sum(len(t.events) for t in traces)
    plural = "" if len(traces) == 1 else "s"
    legend = "".join(
        f'<span class="key {role}"><span class="swatch" style="background:{fill};border-color:{line}'
        f'{";border-style:dashed" if role == "considered" else ""}"></span>{escape(name)}</span>'
        for role, (fill, line, name) in ROLES.items()
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"/>',
        '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{len(traces)} sentence{plural}, {events} event{"" if events == 1 else "s"}. '
        "Arcs run from each head to its dependent, labelled with the UD relation; UPOS under each word. "
        "Hover a word for its lemma, id and relation.</p>",
        f'<div class="legend">{legend}<span class="key">#n: the event of that number below</span></div>',
    ]
    parts += [_section(t, ontology) for t in traces]
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _section(trace: Trace, ontology) -> str:
    where = ", ".join(x for x in (f"story {trace.story_id}" if trace.story_id else "", f"sentence {trace.sentence_id}") if x)
    date = trace.date.isoformat() if trace.date else "no date (undated actor codes only)"
    anchor = escape(re.sub(r"\s+", "_", f"s-{trace.story_id}-{trace.sentence_id}"))  # an id has no spaces
    out = [f'<section class="sentence" id="{anchor}">', f"<h2>{escape(where)} <small>{escape(date)}</small></h2>",
           f'<p class="text">{escape(trace.text)}</p>']
    if trace.sentence is not None:
        svg = dependency_svg(trace.sentence, sentence_marks(trace), title=f"dependency parse of {where}")
        out.append(f'<div class="parse-box">{svg}</div>')
    if trace.events:
        out.append(_events_table(trace))
        others = why_no_event(trace, ontology)
        if others:
            out.append(f"<details><summary>Other words that gave no event ({len(others)})</summary>{_list('why', others)}</details>")
    else:
        out.append('<h3 class="nothing">No event</h3>')
        out.append(_list("why", why_no_event(trace, ontology)))
    if trace.verbs:
        out.append(f"<details><summary>Every verb considered ({len(trace.verbs)}): entries, patterns, actors</summary>"
                   f'<ul class="verbs">{"".join(_verb_item(v, ontology) for v in trace.verbs)}</ul></details>')
    out.append("</section>")
    return "\n".join(out)


def _list(cls: str, lines: list[str]) -> str:
    return f'<ul class="{cls}">' + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def _where(text: str) -> str:
    return f' <span class="where">{escape(text)}</span>' if text else ""


def _events_table(trace: Trace) -> str:
    rows = ['<table class="events"><thead><tr><th>#</th><th>event</th><th>source</th><th>verb</th><th>target</th>'
            "<th>entry, pattern</th></tr></thead><tbody>"]
    for number, event in enumerate(trace.events, 1):
        p = event.provenance
        verb = _verb_of(trace, event)
        pattern = f"pattern <code>{escape(p.pattern)}</code>" if p.pattern else "no pattern (the entry's code)"
        location = _short(dictionary_location(p.pattern_file, p.pattern_line)) if p.pattern_file else ""
        if verb is not None and location == verb.entry_origin and not p.pattern:
            location = ""  # the entry's own line, shown beside the entry
        entry = f"entry <b>{escape(p.verb_entry)}</b>"
        if verb is not None and verb.verb:
            entry += f", verb <code>{escape(verb.verb)}</code>{_where(verb.entry_origin)}"
        notes = f"<br/>notes: {escape('; '.join(p.notes))}" if p.notes else ""
        issues = f"<br/>issues: {escape(', '.join(event.issues))}" if event.issues else ""
        rows.append(
            f'<tr class="event" data-event="{number}"><td>{number}</td>'
            f'<td><span class="triple">{escape(event.short())}</span><br/>{escape(event.name)}<br/>'
            f'<small>{escape(event.readable())}</small></td>'
            f"<td>{_actor_cell(trace, event, 'source', p.source)}</td>"
            f'<td><span class="role verb">{escape(p.verb.text)}</span></td>'
            f"<td>{_actor_cell(trace, event, 'target', p.target)}</td>"
            f"<td>{entry}<br/>{pattern}{_where(location)}{notes}{issues}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "".join(rows)


def _verb_of(trace: Trace, event: Event) -> Optional[VerbTrace]:
    ids = set(event.provenance.verb.token_ids)
    return next((v for v in trace.verbs if v.token in ids and v.status in ("coded", "no code")), None)


def _actor_of(trace: Trace, event: Event, role: str, match: ActorMatch) -> Optional[ActorTrace]:
    """The trace's record of how this event's source or target was found."""
    verb = _verb_of(trace, event)
    if verb is None:
        return None
    ids = set(match.span.token_ids)
    for step in verb.steps:
        if step.what == role:
            for actor in step.actors:
                if actor.code == match.code and (set(actor.tokens) & ids or not ids):
                    return actor
    return None


def _actor_cell(trace: Trace, event: Event, role: str, match: Optional[ActorMatch]) -> str:
    if match is None:
        return "none"
    out = f'<span class="role {role}">{escape(match.span.text)}</span> <b>{escape(match.code)}</b>'
    actor = _actor_of(trace, event, role, match)
    if match.how and match.how != role:
        out += f"<br/><small>{escape(match.how)}</small>"
    if actor is not None:
        out += f"<br/><small>path <code>{escape(actor.path)}</code></small>"
        if actor.entry:
            out += f"<br/><small>actor {escape(actor.entry)}</small>{_where(actor.entry_origin)}"
        if actor.composition:
            out += f"<br/><small>{escape(actor.composition)}</small>"
    elif match.entry:
        out += f"<br/><small>actor {escape(match.entry)}</small>"
    return out


def _code_name(code: str, ontology, form: str = " ({})") -> str:
    kind = ontology.get(code) if ontology is not None and code else None
    return form.format(kind.name) if kind is not None else ""


def _verb_item(v: VerbTrace, ontology) -> str:
    head = f"<b>{escape(v.form)}</b> [{v.token}] <small>lemma {escape(v.lemma)}</small>"
    if v.status not in ("coded", "no code"):
        return f"<li>{head}: {escape(v.status)}: {escape(v.reason)}</li>"
    lines = [f"entry <b>{escape(v.entry)}</b>, verb <code>{escape(v.verb)}</code>{_where(v.entry_origin)}, "
             f"code {escape(v.entry_code or '---')}{escape(_code_name(v.entry_code, ontology))}"]
    if v.pattern:
        lines.append(f"pattern <code>{escape(v.pattern)}</code> gives {escape(v.code)}{escape(_code_name(v.code, ontology))}"
                     f"{_where(v.pattern_origin)}")
    for p in v.patterns:
        if p.result != "chosen":
            lines.append(f"pattern <code>{escape(p.pattern)}</code> ({escape(p.code)}): {escape(p.result)}{_where(p.origin)}")
    for step in v.steps:
        found = ", ".join(f"{a.code} {a.text!r} ({a.path})" for a in step.actors)
        lines.append(f"{escape(step.what)}: {escape(step.detail)}" + (f" &#8594; {escape(found)}" if found else ""))
    return f"<li>{head}: " + "<br/>".join(lines) + "</li>"
