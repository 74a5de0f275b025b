"""Compare two codings of the same corpus: which events appeared, disappeared or changed.

    from eventcoder.diff import diff_files, render_text
    result = diff_files("events-before.jsonl", "events-after.jsonl")
    print(render_text(result))

Inputs are JSON Lines event files as ``eventcoder code`` writes them
(``eventcoder.writers.event_record``). Events are matched by where they come from: story,
sentence, the verb's tokens, source and target. The same place with another code is a
*changed code*; the same place and code with other actors is a *changed actors*; anything
else is *appeared* or *disappeared*. Changes are summed up by event code and by the
dictionary entry (verb block, pattern, ``file:line``) that made the event, so that a
dictionary edit can be reviewed before a corpus is re-coded.
"""

from __future__ import annotations

import collections
import os
from pathlib import Path
from typing import Iterable, Optional, Union

import attrs

from .inputs import json_lines

__all__ = ["Change", "EventDiff", "diff_events", "diff_files", "diff_to_dict", "entry_key", "entry_label", "load_events", "provenance_warnings", "render_text"]

APPEARED = "appeared"
DISAPPEARED = "disappeared"
CHANGED_CODE = "changed code"
CHANGED_ACTORS = "changed actors"
KINDS = (CHANGED_CODE, CHANGED_ACTORS, APPEARED, DISAPPEARED)


@attrs.frozen
class Change:
    """One difference: ``old`` and/or ``new`` are event records as written by ``eventcoder code``."""

    kind: str
    old: Optional[dict] = None
    new: Optional[dict] = None

    @property
    def record(self) -> dict:
        return self.new if self.new is not None else self.old  # type: ignore[return-value]

    @property
    def where(self) -> str:
        r = self.record
        return f"{r.get('story_id', '')}#{r.get('sentence_id', '')}"


@attrs.frozen
class EventDiff:
    old_count: int
    new_count: int
    unchanged: int
    changes: tuple[Change, ...]
    old_name: str = ""
    new_name: str = ""
    entries_added: tuple = ()  # (entry label, events in the new coding)
    entries_removed: tuple = ()  # (entry label, events in the old coding)
    recoded: tuple = ()  # (entry label, old code, new code, events)

    def of_kind(self, kind: str) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind == kind)

    @property
    def counts(self) -> dict[str, int]:
        counter = collections.Counter(c.kind for c in self.changes)
        return {kind: counter.get(kind, 0) for kind in KINDS}

    def by_code(self) -> dict[str, dict[str, int]]:
        """Per event code: appeared, disappeared, changed into it, changed away from it."""
        table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for c in self.changes:
            if c.kind == APPEARED:
                table[_code(c.new)]["appeared"] += 1
            elif c.kind == DISAPPEARED:
                table[_code(c.old)]["disappeared"] += 1
            elif c.kind == CHANGED_CODE:
                table[_code(c.new)]["changed into"] += 1
                table[_code(c.old)]["changed away"] += 1
            else:
                table[_code(c.new)]["changed actors"] += 1
        return {code: dict(counter) for code, counter in sorted(table.items())}

    def transitions(self) -> list[tuple[str, str, int]]:
        """(old code, new code, count) of the changed codes, most frequent first."""
        counter = collections.Counter((_code(c.old), _code(c.new)) for c in self.changes if c.kind == CHANGED_CODE)
        return [(a, b, n) for (a, b), n in sorted(counter.items(), key=lambda item: (-item[1], item[0]))]

    def by_entry(self) -> dict[str, dict[str, int]]:
        """Per verb entry and pattern (``entry_key``) that made the events; where each is
        written: ``entry_locations``."""
        table: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        for c in self.changes:
            if c.kind == APPEARED:
                table[entry_key(c.new)]["appeared"] += 1
            elif c.kind == DISAPPEARED:
                table[entry_key(c.old)]["disappeared"] += 1
            else:
                old, new = entry_key(c.old), entry_key(c.new)
                if old == new:
                    table[new][c.kind] += 1
                else:
                    table[new][c.kind + " (now from here)"] += 1
                    table[old][c.kind + " (was from here)"] += 1
        return {label: dict(counter) for label, counter in sorted(table.items(), key=lambda item: (-sum(item[1].values()), item[0]))}

    def entry_locations(self) -> dict[str, str]:
        """``file:line`` of each entry key of ``by_entry``, as the newer coding names it."""
        out: dict[str, str] = {}
        for c in self.changes:
            for record in (c.old, c.new):  # the new record last: it wins
                if record is not None and _prov(record).get("dictionary"):
                    out[entry_key(record)] = _relative(_prov(record)["dictionary"])
        return out

    def by_actor_entry(self) -> dict[str, list]:
        """Actor and agent entries behind the changes: entries found in events of only one of
        the two codings (``added``, ``removed``: a new or deleted entry, or a name that now
        matches or no longer does), and entries whose code changed (``recoded``)."""
        return {"added": list(self.entries_added), "removed": list(self.entries_removed), "recoded": list(self.recoded)}


def _code(record: Optional[dict]) -> str:
    return str(record.get("code", "")) if record else ""


def _prov(record: Optional[dict]) -> dict:
    return (record or {}).get("provenance") or {}


def entry_key(record: Optional[dict]) -> str:
    """The verb entry and pattern that made an event: ``WARN pattern '* (of consequence)'``
    or ``WARN (entry code)``; stable when lines move in the dictionary file."""
    p = _prov(record)
    pattern = f"pattern {p.get('pattern')!r}" if p.get("pattern") else "(entry code)"
    return f"{p.get('verb_entry', '?')} {pattern}"


def entry_label(record: Optional[dict]) -> str:
    """``entry_key`` with the ``file:line`` the event names: ``WARN (entry code) at verbs.yaml:12``."""
    where = _relative(_prov(record).get("dictionary") or "")
    return entry_key(record) + (f" at {where}" if where else "")


def _relative(where: str) -> str:
    """``file:line`` with an absolute file below the working folder made relative."""
    if not os.path.isabs(where):
        return where
    try:
        rel = os.path.relpath(where)
    except ValueError:  # another drive on Windows
        return where
    return where if rel.startswith("..") else rel


def _actor_entries(record: Optional[dict]) -> list[tuple[str, str]]:
    """(``actor IRAN`` / ``agent TROOPS``, the code of that side) of an event record."""
    out = []
    p = _prov(record)
    for side in ("source", "target"):
        actor = p.get(side) or {}
        for key, what in (("entry", "actor"), ("agent", "agent")):
            if actor.get(key):
                for part in str(actor[key]).split("+"):
                    out.append((f"{what} {part}", str(actor.get("code", ""))))
    return out


def _entry_summary(old: list[dict], new: list[dict], changes: list[Change]):
    def counts(records):
        counter: collections.Counter[str] = collections.Counter()
        for r in records:
            for label in {label for label, _ in _actor_entries(r)}:
                counter[label] += 1
        return counter

    before, after = counts(old), counts(new)
    added = tuple(sorted(((k, n) for k, n in after.items() if k not in before), key=lambda x: (-x[1], x[0])))
    removed = tuple(sorted(((k, n) for k, n in before.items() if k not in after), key=lambda x: (-x[1], x[0])))
    recoded: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for c in changes:
        if c.kind != CHANGED_ACTORS:
            continue
        was = dict(_actor_entries(c.old))
        for label, code in _actor_entries(c.new):
            if label.startswith("actor ") and label in was and was[label] != code:
                recoded[(label, was[label], code)] += 1
    return added, removed, tuple((k[0], k[1], k[2], n) for k, n in sorted(recoded.items(), key=lambda x: (-x[1], x[0])))


def _verb_tokens(record: dict) -> tuple:
    verb = _prov(record).get("verb") or {}
    return tuple(verb.get("tokens") or ())


def _place(record: dict) -> tuple:
    return (str(record.get("story_id", "")), str(record.get("sentence_id", "")), _verb_tokens(record))


def load_events(path: Union[str, Path]) -> list[dict]:
    """Event records of a JSON Lines file; a bad line raises ValueError naming file and line."""
    path = Path(path)
    records = []
    for number, record, error in json_lines(path):
        if error is not None:
            raise ValueError(f"{path}:{number}: {error}")
        if not isinstance(record, dict) or "code" not in record or "source" not in record:
            raise ValueError(f"{path}:{number}: not an event record (needs source, code, target)")
        records.append(record)
    return records


def diff_events(old: Iterable[dict], new: Iterable[dict], *, old_name: str = "", new_name: str = "") -> EventDiff:
    """Compare two lists of event records (see the module's docstring)."""
    old, new = list(old), list(new)
    by_key_old: dict[tuple, list[dict]] = collections.defaultdict(list)
    by_key_new: dict[tuple, list[dict]] = collections.defaultdict(list)
    for r in old:
        by_key_old[_place(r) + (r.get("source"), r.get("target"))].append(r)
    for r in new:
        by_key_new[_place(r) + (r.get("source"), r.get("target"))].append(r)
    unchanged = 0
    changes: list[Change] = []
    left_old: list[dict] = []
    left_new: list[dict] = []
    for key in list(dict.fromkeys([*by_key_old, *by_key_new])):
        olds = sorted(by_key_old.get(key, []), key=_code)
        news = sorted(by_key_new.get(key, []), key=_code)
        # Same place, same actors: equal codes are unchanged, the rest pair up as changed codes.
        news_left = list(news)
        olds_left = []
        for r in olds:
            same = next((n for n in news_left if _code(n) == _code(r)), None)
            if same is not None:
                news_left.remove(same)
                unchanged += 1
            else:
                olds_left.append(r)
        while olds_left and news_left:
            changes.append(Change(CHANGED_CODE, olds_left.pop(0), news_left.pop(0)))
        left_old.extend(olds_left)
        left_new.extend(news_left)
    # Same place and code, other actors.
    pending = collections.defaultdict(list)
    for r in left_new:
        pending[_place(r) + (_code(r),)].append(r)
    for r in left_old:
        candidates = pending.get(_place(r) + (_code(r),))
        if candidates:
            changes.append(Change(CHANGED_ACTORS, r, candidates.pop(0)))
        else:
            changes.append(Change(DISAPPEARED, r, None))
    for rest in pending.values():
        changes.extend(Change(APPEARED, None, r) for r in rest)
    changes.sort(key=lambda c: (KINDS.index(c.kind), _sort_key(c.record)))
    added, removed, recoded = _entry_summary(old, new, changes)
    return EventDiff(len(old), len(new), unchanged, tuple(changes), old_name, new_name, added, removed, recoded)


def _sort_key(record: dict) -> tuple:
    def natural(value) -> tuple:
        text = str(value)
        return (0, int(text), "") if text.isdigit() else (1, 0, text)

    return (natural(record.get("story_id", "")), natural(record.get("sentence_id", "")), _verb_tokens(record), _code(record))


def diff_files(old_path: Union[str, Path], new_path: Union[str, Path]) -> EventDiff:
    return diff_events(load_events(old_path), load_events(new_path), old_name=str(old_path), new_name=str(new_path))


def provenance_warnings(old_path: Union[str, Path], new_path: Union[str, Path]) -> list[str]:
    """Why two outputs may differ for reasons other than a change under review: another coder
    version, other dictionaries or another parsing model (``OUT.meta.json``,
    ``eventcoder.provenance``), or no record of how one of them was made."""
    from .provenance import read_provenance

    old, new = read_provenance(old_path), read_provenance(new_path)
    missing = [str(p) for p, value in ((old_path, old), (new_path, new)) if value is None]
    if missing or old is None or new is None:
        return [f"no record of how {' and '.join(missing)} {'was' if len(missing) == 1 else 'were'} made "
                f"(its .meta.json is missing): coder version and dictionaries cannot be compared"]
    return [f"{text} ({old_path}, {new_path})" for text in old.differences(new)]


# ----------------------------------------------------------------------------- output


def _triple(record: Optional[dict]) -> str:
    if not record:
        return "-"
    return f"{record.get('source')} {record.get('code')} {record.get('target')}"


def _verb(record: dict) -> str:
    verb = _prov(record).get("verb") or {}
    return str(verb.get("text", ""))


def describe(change: Change) -> str:
    """One line for a change: where, which verb, old -> new, and the entries behind them."""
    verb = _verb(change.record)
    head = f"{change.where} {verb!r}:"
    if change.kind == APPEARED:
        return f"{head} + {_triple(change.new)}  [{entry_label(change.new)}]"
    if change.kind == DISAPPEARED:
        return f"{head} - {_triple(change.old)}  [{entry_label(change.old)}]"
    old, new = entry_label(change.old), entry_label(change.new)
    entries = new if entry_key(change.old) == entry_key(change.new) else f"{old} -> {new}"
    return f"{head} {_triple(change.old)} -> {_triple(change.new)}  [{entries}]"


def render_text(result: EventDiff, limit: Optional[int] = 50) -> str:
    counts = result.counts
    lines = [
        f"old: {result.old_count} events{' (' + result.old_name + ')' if result.old_name else ''}; "
        f"new: {result.new_count} events{' (' + result.new_name + ')' if result.new_name else ''}",
        f"unchanged {result.unchanged}, changed code {counts[CHANGED_CODE]}, changed actors {counts[CHANGED_ACTORS]}, "
        f"appeared {counts[APPEARED]}, disappeared {counts[DISAPPEARED]}",
    ]
    if not result.changes:
        lines.append("no differences")
        return "\n".join(lines)
    lines += ["", "by code:"]
    for code, counter in result.by_code().items():
        lines.append(f"  {code:>5}  " + ", ".join(f"{k} {v}" for k, v in counter.items()))
    transitions = result.transitions()
    if transitions:
        lines += ["", "code changes:"]
        lines += [f"  {a} -> {b}: {n}" for a, b, n in transitions]
    lines += ["", "by verb entry and pattern:"]
    where = result.entry_locations()
    for label, counter in result.by_entry().items():
        at = f" at {where[label]}" if label in where else ""
        lines.append(f"  {label}{at}: " + ", ".join(f"{k} {v}" for k, v in counter.items()))
    if result.entries_added or result.entries_removed or result.recoded:
        lines += ["", "actor and agent entries:"]
        lines += [f"  now in events: {label} ({n})" for label, n in result.entries_added]
        lines += [f"  no longer in events: {label} ({n})" for label, n in result.entries_removed]
        lines += [f"  recoded: {label} {a} -> {b} ({n})" for label, a, b, n in result.recoded]
    for kind in KINDS:
        items = result.of_kind(kind)
        if not items:
            continue
        lines += ["", f"{kind} ({len(items)}):"]
        shown = items if limit is None else items[:limit]
        for change in shown:
            lines.append(f"  {describe(change)}")
            text = change.record.get("text")
            if text:
                lines.append(f"      {' '.join(str(text).split())[:160]}")
        if len(items) > len(shown):
            lines.append(f"  ... {len(items) - len(shown)} more (--limit 0 shows all)")
    return "\n".join(lines)


def diff_to_dict(result: EventDiff) -> dict:
    return {
        "old": {"file": result.old_name, "events": result.old_count},
        "new": {"file": result.new_name, "events": result.new_count},
        "unchanged": result.unchanged,
        "counts": result.counts,
        "by_code": result.by_code(),
        "code_changes": [{"old": a, "new": b, "count": n} for a, b, n in result.transitions()],
        "by_entry": result.by_entry(),
        "entry_locations": result.entry_locations(),
        "by_actor_entry": result.by_actor_entry(),
        "changes": [{"kind": c.kind, "old": c.old, "new": c.new} for c in result.changes],
    }
