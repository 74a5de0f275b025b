"""Load and validate actors and agents YAML into ``ActorEntry`` / ``AgentEntry`` values.

Every problem of a file is collected (``file:line: message``) and raised together as one
``DictionaryError``; warnings alone do not stop loading (pass ``problems=[]`` to receive
them). Bad content never surfaces as a traceback.

The shipped Phoenix actor files hold tens of thousands of entries, and PyYAML (even its C
parser) needs seconds for them, so ``read_yaml`` first tries a strict line-based reader for
the simple layout the converter writes (and users keep when editing: one ``- key: value``
entry after another, flow lists, ``{code: ..., from: ..., until: ...}`` items). Anything
outside that layout - an anchor, a multi-line string, a tab, an unusual scalar - makes it
hand the whole file to PyYAML's safe loader instead, so the result is always what YAML says.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from pathlib import Path
from typing import Any, Callable, Optional

import yaml

from .petrarch_actors import default_id, fold
from .schema import ActorEntry, AgentEntry, DatedCode, Origin
from .yamlio import DictionaryError, LineDict, LineList, LineStr, Problem, line_of

# ----------------------------------------------------------------------------- reading


class _NotSimple(Exception):
    """The text leaves the simple layout: let PyYAML read it."""


_TOP = re.compile(r"^([A-Za-z_][\w-]*):(?: +(.*))?$")
_ITEM = re.compile(r"^  - ([A-Za-z_][\w-]*):(?: +(.*))?$")
_ITEM_SCALAR = re.compile(r"^  - (.+)$")
_FIELD = re.compile(r"^    ([A-Za-z_][\w-]*):(?: +(.*))?$")
_SUB = re.compile(r"^      - (.+)$")
_PLAIN = re.compile(r"^[^\W\d_][\w .'()/&+\-]*$")
_NESTED = re.compile(r"[\[\]{}]")
_KEY = re.compile(r"^[A-Za-z_][\w-]*$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_RESERVED = {"yes", "no", "on", "off", "null", "y", "n"}
_FLOW_ITEM = re.compile(r'\s*([^,\[\]{}"]*?(?:"(?:[^"\\]|\\.)*")?)\s*(,|\]|\})')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "t": "\t", "n": "\n", "r": "\r", "0": "\0"}


def _plain(text: str):
    """A plain scalar as YAML's safe loader resolves it, for the few shapes we accept."""
    if _DATE.match(text):
        try:
            return _dt.date.fromisoformat(text)
        except ValueError:
            raise _NotSimple from None
    if text in ("true", "True", "TRUE"):
        return True
    if text in ("false", "False", "FALSE"):
        return False
    if _PLAIN.match(text) and text.lower() not in _RESERVED and text.lower() not in ("true", "false"):
        return text
    raise _NotSimple


def _quoted(text: str) -> str:
    body = text[1:-1]
    if "\\" not in body:
        return body
    out = []
    i = 0
    while i < len(body):
        ch = body[i]
        if ch != "\\":
            out.append(ch)
            i += 1
            continue
        nxt = body[i + 1 : i + 2]
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt in ("x", "u", "U"):
            size = {"x": 2, "u": 4, "U": 8}[nxt]
            digits = body[i + 2 : i + 2 + size]
            if len(digits) != size or not all(c in "0123456789abcdefABCDEF" for c in digits):
                raise _NotSimple
            out.append(chr(int(digits, 16)))
            i += 2 + size
        else:
            raise _NotSimple
    return "".join(out)


def _scalar(text: str):
    text = text.strip()
    if not text:
        raise _NotSimple
    if text[0] == '"':
        if len(text) < 2 or text[-1] != '"' or re.search(r'(?<!\\)"', text[1:-1].replace("\\\\", "")):
            raise _NotSimple
        return _quoted(text)
    return _plain(text)


def _flow(text: str, line: int):
    """``[a, "b", c]`` -> LineList; ``{k: v, ...}`` -> LineDict (scalars only)."""
    closer = "]" if text[0] == "[" else "}"
    body = text[1:].rstrip()
    if not body.endswith(closer):
        raise _NotSimple
    if body.strip() == closer:
        result: Any = LineList() if closer == "]" else LineDict()
        result.line = line
        return result
    if '"' not in body and not _NESTED.search(body, 0, len(body) - 1):
        items = body[:-1].split(",")  # the common case: no quotes, no nesting
    else:
        items = _split_flow(body, closer)
    if closer == "]":
        result = LineList(_scalar(i) for i in items)
    else:
        result = LineDict()
        for item in items:
            key, sep, value = item.strip().partition(": ")
            if not sep or not _KEY.match(key):
                raise _NotSimple
            result[key] = _scalar(value)
    result.line = line
    return result


def _split_flow(body: str, closer: str) -> list[str]:
    items = []
    pos = 0
    while True:
        m = _FLOW_ITEM.match(body, pos)
        if not m:
            raise _NotSimple
        items.append(m.group(1))
        pos = m.end()
        if m.group(2) != ",":
            if m.group(2) != closer or body[pos:].strip():
                raise _NotSimple
            return items


def _depth(text: str, depth: int = 0) -> int:
    """Bracket depth after ``text`` (brackets inside double quotes do not count)."""
    if '"' not in text:
        return depth + text.count("[") + text.count("{") - text.count("]") - text.count("}")
    in_quote = False
    escaped = False
    for ch in text:
        if in_quote:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_quote = False
        elif ch == '"':
            in_quote = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    if in_quote:
        raise _NotSimple  # a quoted string running over lines: YAML's folding rules apply
    return depth


def _lined(value, number: int):
    """Block-list scalars remember their line (so each discard phrase has its own origin)."""
    if type(value) is str:
        value = LineStr(value)
        value.line = number
    return value


def fast_load(text: str):
    """Parse the simple dictionary layout, or raise ``_NotSimple`` for anything else.

    The layout: ``key: value`` lines at the top; under a key, ``  - key: value`` items with
    ``    key: value`` fields; under a field, ``      - value`` items; values are plain or
    double-quoted scalars, dates, booleans, or flow lists/mappings (which may continue on
    lines indented by six blanks).
    """
    top = LineDict()
    top.line = 1
    lines = text.split("\n")
    count = len(lines)
    current: Optional[list] = None  # the block list of the current top-level key
    current_key: Optional[str] = None
    item: Optional[LineDict] = None
    field: Optional[str] = None  # item key whose nested block list we are in
    first = True
    i = 0

    def value_of(value: Optional[str], number: int):
        nonlocal i
        if value is None:
            return None
        if value[0] in "[{":
            depth = _depth(value)
            if depth <= 0:
                return _flow(value, number)
            parts = [value]
            while depth > 0:
                if i >= count:
                    raise _NotSimple
                nxt = lines[i]
                i += 1
                if not nxt.startswith("      ") or "\t" in nxt or " #" in nxt or nxt.endswith(" "):
                    raise _NotSimple
                nxt = nxt.strip()
                depth = _depth(nxt, depth)
                parts.append(nxt)
            return _flow(" ".join(parts), number)
        if value[0] in "'|>&*!%@`?:-,#":
            raise _NotSimple
        return _scalar(value)

    while i < count:
        raw = lines[i]
        i += 1
        if not raw or raw.isspace() or raw.lstrip().startswith("#"):
            continue
        if "\t" in raw or " #" in raw or raw[-1] == " ":
            raise _NotSimple  # tabs, trailing comments, trailing blanks: leave them to YAML
        number = i
        indent = len(raw) - len(raw.lstrip(" "))
        if indent == 6:
            m = _SUB.match(raw)
            if m is None or item is None or field is None:
                raise _NotSimple
            target = item[field]
            if target is None:
                target = item[field] = LineList()
                target.line = number
            target.append(_lined(value_of(m.group(1), number), number))
        elif indent == 4:
            m = _FIELD.match(raw)
            if m is None or item is None:
                raise _NotSimple
            key, value = m.group(1), m.group(2)
            item[key] = value_of(value, number)
            field = key if value is None else None
        elif indent == 2:
            if current_key is None:
                raise _NotSimple
            if current is None:
                if top[current_key] is not None:
                    raise _NotSimple
                current = top[current_key] = LineList()
                current.line = number
            m = _ITEM.match(raw)
            if m:
                item = LineDict()
                item.line = number
                key, value = m.group(1), m.group(2)
                item[key] = value_of(value, number)
                field = key if value is None else None
                current.append(item)
                continue
            m = _ITEM_SCALAR.match(raw)
            if m is None or m.group(1)[0] in "[{":
                raise _NotSimple
            current.append(_lined(value_of(m.group(1), number), number))
            item, field = None, None
        elif indent == 0:
            m = _TOP.match(raw)
            if m is None:
                raise _NotSimple
            if first:
                top.line = number
                first = False
            current_key = m.group(1)
            top[current_key] = value_of(m.group(2), number)
            current, item, field = None, None, None
        else:
            raise _NotSimple
    return top


class _CLineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader (C when available) recording the line of mappings and sequences."""


def _mapping(loader, node):
    result = LineDict(loader.construct_mapping(node, deep=True))
    result.line = node.start_mark.line + 1
    return result


def _sequence(loader, node):
    result = LineList(loader.construct_sequence(node, deep=True))
    result.line = node.start_mark.line + 1
    return result


_CLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
def _string(loader, node):
    result = LineStr(loader.construct_scalar(node))
    result.line = node.start_mark.line + 1
    return result


def _timestamp(loader, node):
    """A date YAML cannot build (``1995-13-01``) stays text, so validation can say where it is."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return _string(loader, node)


_CLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
_CLineLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_CLineLoader.add_constructor("tag:yaml.org,2002:str", _string)


def read_yaml(path: str | Path):
    """Read a dictionary file quickly (simple layout) or with PyYAML's safe loader.

    Mappings and lists come back as ``LineDict``/``LineList`` carrying their line number;
    YAML syntax errors become a ``DictionaryError`` with ``file:line``.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError([Problem(str(path), 0, f"cannot read: {exc}")]) from None
    try:
        return fast_load(text)
    except _NotSimple:
        pass
    try:
        return yaml.load(text, Loader=_CLineLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        reason = getattr(exc, "problem", None) or str(exc)
        raise DictionaryError([Problem(str(path), line, f"invalid YAML: {reason}")]) from None
    except Exception as exc:  # a value PyYAML cannot build: still a report, never a traceback
        raise DictionaryError([Problem(str(path), 0, f"invalid YAML: {exc}")]) from None


# ----------------------------------------------------------------------------- checking

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

_AGENT_KEYS = {"id", "names", "code", "prefix", "note"}


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

        def shown(code=code, prefix=prefix) -> str:
            return f"{code}{' (prefix)' if prefix else ''}"

        for name in names:
            names_seen.add(node, name, (code, prefix), shown, entry_id)
        if names and code:
            entries.append(AgentEntry(entry_id, names, code, prefix, check.origin(node)))
    check.raise_if_errors(problems)
    return entries


__all__ = ["load_actors", "load_agents", "read_yaml", "fast_load", "Checker", "CODE"]
