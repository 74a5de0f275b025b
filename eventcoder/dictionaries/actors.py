"""Load and validate actors and agents YAML into ``ActorEntry`` / ``AgentEntry`` values.

Every problem of a file is collected (``file:line: message``) and raised together as one
``DictionaryError``; warnings alone do not stop loading (pass ``problems=[]`` to receive
them). Bad content never surfaces as a traceback.

Files are read with ``yamlio.read_yaml`` (a fast reader for the converter's simple layout,
PyYAML's safe loader for anything else).
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from pathlib import Path
from typing import Any, Callable, Optional



from .petrarch_actors import default_id, fold
from .schema import ActorEntry, AgentEntry, DatedCode, Origin
from .yamlio import DictionaryError, Problem, line_of, read_yaml

CODE = re.compile(r"^(?:---|[A-Z0-9]+(?:/[A-Z0-9]+)*)$")
_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")


class Checker:
    """Collects the problems of one file with ``file:line`` and builds origins."""

    def __init__(self, path: str | Path, data: Any):
        self.file = str(path)
        self.data = data
        self.problems: list[Problem] = []

    def error(self, node: Any, message: str, line: int = 0) -> None:
        self.problems.append(Problem(self.file, line or line_of(node, line_of(self.data, 1)), message, "error"))

    def warning(self, node: Any, message: str, line: int = 0) -> None:
        self.problems.append(Problem(self.file, line or line_of(node, line_of(self.data, 1)), message, "warning"))

    def origin(self, node: Any) -> Origin:
        return Origin(self.file, line_of(node, line_of(self.data, 1)))

    def top(self, kind: str, allowed: tuple[str, ...]) -> bool:
        """Check ``kind:`` and the top-level keys; False when the file cannot be read further."""
        if not isinstance(self.data, dict):
            self.error(self.data, f"not a {kind} file: expected a mapping with `kind: {kind}`", 1)
            return False
        if self.data.get("kind") != kind:
            self.error(self.data, f"not a {kind} file (expected `kind: {kind}`, found {self.data.get('kind')!r})")
            return False
        for key in self.data:
            if key != "kind" and key not in allowed:
                self.unknown(self.data, key, ("kind",) + allowed)
        return True

    def unknown(self, node: Any, key: Any, allowed: tuple[str, ...] | set[str]) -> None:
        hint = difflib.get_close_matches(str(key), list(allowed), n=1)
        also = f" (did you mean {hint[0]!r}?)" if hint else f" (expected one of: {', '.join(sorted(allowed))})"
        self.error(node, f"unknown key {key!r}{also}")

    def keys(self, node: dict, allowed: set[str], what: str) -> None:
        for key in node:
            if key not in allowed:
                self.unknown(node, key, allowed)

    def text_list(self, node: dict, key: str, what: str, required: bool = True) -> list[str]:
        """A list of non-empty strings under ``key`` (errors for anything else)."""
        value = node.get(key)
        if value is None:
            if required:
                self.error(node, f"{what}: missing `{key}:` (a list of names)")
            return []
        if isinstance(value, str):
            self.error(node, f"{what}: `{key}:` must be a list, e.g. {key}: [{value}]")
            return []
        if not isinstance(value, list):
            self.error(node, f"{what}: `{key}:` must be a list of text, got {type(value).__name__}")
            return []
        out = []
        for item in value:
            if not isinstance(item, str):
                self.error(value, f"{what}: {key} entry {item!r} is {type(item).__name__}, not text (quote it)")
                continue
            if not item.strip():
                self.error(value, f"{what}: empty name in `{key}:`")
                continue
            out.append(" ".join(item.split()))
        if required and not value:
            self.error(node, f"{what}: `{key}:` is empty")
        return out

    def code(self, node: Any, value: Any, what: str, allow_null: bool = True) -> Optional[str]:
        if not isinstance(value, str):
            self.error(node, f"{what}: code {value!r} must be text (quote numbers)")
            return None
        code = value.strip()
        if code == "---" and not allow_null:
            self.error(node, f"{what}: code '---' is not allowed here")
            return None
        if not CODE.match(code):
            hint = " (codes are upper case)" if CODE.match(code.upper()) else ""
            self.error(node, f"{what}: bad code {value!r}: use A-Z, 0-9, '/' between codes, or ---{hint}")
            return None
        return code

    def date(self, node: Any, value: Any, what: str) -> Optional[_dt.date]:
        if isinstance(value, _dt.datetime):
            self.error(node, f"{what}: {value!r} is a time stamp; write a date YYYY-MM-DD")
            return None
        if isinstance(value, _dt.date):
            return value
        if isinstance(value, str):
            try:
                return _dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.error(node, f"{what}: cannot read date {value!r} (write YYYY-MM-DD)")
        return None

    def raise_if_errors(self, problems: Optional[list[Problem]]) -> None:
        if problems is not None:
            problems.extend(self.problems)
        if any(p.severity == "error" for p in self.problems):
            raise DictionaryError(self.problems)


def _entries(check: Checker, key: str, what: str) -> list:
    value = check.data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        check.error(value, f"`{key}:` must be a list of {what}s")
        return []
    out = []
    for item in value:
        if not isinstance(item, dict):
            check.error(value, f"each {what} must be a mapping (names: [...], code: ...), got {item!r}")
            continue
        out.append(item)
    return out


class _Names:
    """Duplicate names across entries: same meaning twice -> warning, another meaning -> error."""

    def __init__(self, check: Checker, what: str):
        self.check = check
        self.what = what
        self.seen: dict[str, tuple[Any, int, str]] = {}

    def add(self, node: Any, name: str, meaning: Any, shown: Callable[[], str], entry_id: str) -> None:
        key = fold(name)
        if key in self.seen:
            other, line, other_id = self.seen[key]
            if other == meaning:
                self.check.warning(node, f"{self.what} name {name!r} is listed twice (also {other_id}, line {line})")
            else:
                self.check.error(
                    node,
                    f"{self.what} name {name!r} means {shown()} here but something else in {other_id} (line {line})",
                )
            return
        self.seen[key] = (meaning, line_of(node), entry_id)


class _Ids:
    def __init__(self, check: Checker):
        self.check = check
        self.seen: dict[str, int] = {}

    def take(self, node: dict, names: list[str], what: str) -> str:
        raw = node.get("id")
        if raw is None:
            entry_id = default_id(names[0]) if names else ""
            explicit = False
        else:
            explicit = True
            entry_id = str(raw).strip() if isinstance(raw, (str, int)) else ""
            if not entry_id or not _ID.match(entry_id):
                self.check.error(node, f"{what}: bad id {raw!r} (letters, digits, _ . -)")
        if entry_id and entry_id in self.seen:
            how = "" if explicit else f" (the default id, from the first name {names[0]!r}; set `id:`)"
            self.check.error(node, f"{what}: duplicate id {entry_id!r}{how}; first used at line {self.seen[entry_id]}")
        elif entry_id:
            self.seen[entry_id] = line_of(node)
        return entry_id


# ----------------------------------------------------------------------------- actors

_ACTOR_KEYS = {"id", "names", "code", "codes", "note"}
_CODE_KEYS = {"code", "from", "until", "note"}


def _span(d: DatedCode) -> str:
    if d.start and d.end:
        return f"{d.code} {d.start}..{d.end}"
    if d.start:
        return f"{d.code} from {d.start}"
    return f"{d.code} until {d.end}"


def load_actors(path: str | Path, problems: Optional[list[Problem]] = None, *, data: Any = None) -> list[ActorEntry]:
    """Read one actors file; every problem is collected and raised together as a DictionaryError.

    Warnings (a name listed twice with the same codes) do not stop loading; when ``problems``
    is given, every problem found - warnings included - is appended to it.
    """
    check = Checker(path, read_yaml(path) if data is None else data)
    if not check.top("actors", ("actors",)):
        check.raise_if_errors(problems)
    entries: list[ActorEntry] = []
    ids = _Ids(check)
    names_seen = _Names(check, "actor")
    for node in _entries(check, "actors", "actor"):
        check.keys(node, _ACTOR_KEYS, "actor")
        names = check.text_list(node, "names", "actor")
        what = f"actor {names[0]!r}" if names else "actor"
        entry_id = ids.take(node, names, what)
        codes: list[DatedCode] = []
        if "code" in node:
            code = check.code(node, node["code"], what)
            if code:
                codes.append(DatedCode(code))
        raw_codes = node.get("codes")
        if raw_codes is not None and not isinstance(raw_codes, list):
            check.error(node, f"{what}: `codes:` must be a list of {{code: ..., from: ..., until: ...}}")
            raw_codes = None
        for item in raw_codes or []:
            item_node = item if isinstance(item, dict) else raw_codes
            if isinstance(item, str):
                item = {"code": item}
            if not isinstance(item, dict):
                check.error(raw_codes, f"{what}: each dated code must be a mapping {{code: ..., from: ..., until: ...}}")
                continue
            check.keys(item, _CODE_KEYS, "dated code")
            if "code" not in item:
                check.error(item_node, f"{what}: dated code without `code:`")
                continue
            code = check.code(item_node, item["code"], what)
            start = check.date(item_node, item["from"], what) if item.get("from") is not None else None
            end = check.date(item_node, item["until"], what) if item.get("until") is not None else None
            bad_date = (item.get("from") is not None and start is None) or (item.get("until") is not None and end is None)
            if start and end and start > end:
                check.error(item_node, f"{what}: {code} from {start} is after until {end}")
                continue
            if code and not bad_date:
                codes.append(DatedCode(code, start, end))
        if "code" not in node and raw_codes is None:
            check.error(node, f"{what}: no code (write `code: XXX`, or `codes:` with dates; `---` = known, not coded)")
        undated = [c for c in codes if c.is_default]
        if len(undated) > 1:
            check.error(node, f"{what}: {len(undated)} undated codes ({', '.join(c.code for c in undated)}); only one may apply")
        dated = sorted((c for c in codes if not c.is_default), key=lambda c: (c.start is not None, c.start or _dt.date.min))
        for a, b in zip(dated, dated[1:]):
            if a.end is None or (b.start is not None and a.end >= b.start) or b.start is None:
                check.error(node, f"{what}: date ranges overlap: {_span(a)} and {_span(b)}")
        meaning = tuple(codes)

        def shown(codes=codes) -> str:
            return ", ".join(_span(c) if not c.is_default else c.code for c in codes) or "no code"

        for name in names:
            names_seen.add(node, name, meaning, shown, entry_id)
        if names and codes:
            entries.append(ActorEntry(entry_id, names, codes, check.origin(node)))
    check.raise_if_errors(problems)
    return entries


# ----------------------------------------------------------------------------- agents

_AGENT_KEYS = {"id", "names", "code", "prefix", "qualifier", "note"}


def load_agents(path: str | Path, problems: Optional[list[Problem]] = None, *, data: Any = None) -> list[AgentEntry]:
    """Read one agents file; every problem is collected and raised together as a DictionaryError."""
    check = Checker(path, read_yaml(path) if data is None else data)
    if not check.top("agents", ("agents",)):
        check.raise_if_errors(problems)
    entries: list[AgentEntry] = []
    ids = _Ids(check)
    names_seen = _Names(check, "agent")
    for node in _entries(check, "agents", "agent"):
        check.keys(node, _AGENT_KEYS, "agent")
        names = check.text_list(node, "names", "agent")
        what = f"agent {names[0]!r}" if names else "agent"
        entry_id = ids.take(node, names, what)
        code = None
        if "code" not in node:
            check.error(node, f"{what}: no code (write `code: GOV`)")
        else:
            code = check.code(node, node["code"], what, allow_null=False)
        prefix = node.get("prefix", False)
        if not isinstance(prefix, bool):
            check.error(node, f"{what}: `prefix:` must be true or false, got {prefix!r}")
            prefix = False
        qualifier = node.get("qualifier", False)
        if not isinstance(qualifier, bool):
            check.error(node, f"{what}: `qualifier:` must be true or false, got {qualifier!r}")
            qualifier = False

        def shown(code=code, prefix=prefix) -> str:
            return f"{code}{' (prefix)' if prefix else ''}"

        for name in names:
            names_seen.add(node, name, (code, prefix), shown, entry_id)
        if names and code:
            entries.append(AgentEntry(entry_id, names, code, prefix, check.origin(node), qualifier))
    check.raise_if_errors(problems)
    return entries


__all__ = ["load_actors", "load_agents", "Checker", "CODE"]
