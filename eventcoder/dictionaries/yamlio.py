"""Safe YAML reading that remembers line numbers, and the error type for bad dictionaries.

Only PyYAML's safe loader is used, or a stricter line-based reader for the simple layout
our files use: a dictionary file can never make eventcoder execute or import anything.
Mappings and sequences come back as ``LineDict``/``LineList``, which behave like dict/list
but know the line they started on, so validation can say ``file:line``.

The shipped Phoenix actor files hold tens of thousands of entries, and PyYAML (even its C
parser) needs seconds for them, so ``read_yaml`` first tries a strict line-based reader for
the simple layout the converter writes (and users keep when editing: one ``- key: value``
entry after another, flow lists, ``{code: ..., from: ..., until: ...}`` items). Anything
outside that layout - an anchor, a multi-line string, a tab, an unusual scalar - makes it
hand the whole file to PyYAML's safe loader instead, so the result is always what YAML says.
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path
from typing import Any, Iterable, Optional

import attrs
import yaml


class LineDict(dict):
    line: int = 0


class LineList(list):
    line: int = 0


class LineStr(str):
    line: int = 0


@attrs.frozen
class Problem:
    """One thing wrong with a dictionary file, located at ``file:line``."""

    file: str
    line: int
    message: str
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.severity}: {self.message}"


class DictionaryError(ValueError):
    """Raised when dictionaries fail validation; carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        shown = "\n".join(str(p) for p in self.problems[:50])
        more = len(self.problems) - 50
        if more > 0:
            shown += f"\n... and {more} more"
        super().__init__(f"{len(self.problems)} problem(s) in dictionaries:\n{shown}")


def line_of(value, default: int = 0) -> int:
    return getattr(value, "line", default) or default


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

    def __init__(self, text: str):
        super().__init__(text)
        self.text = text
        # YAML also breaks lines at U+0085, U+2028 and U+2029, which editors and the fast
        # reader do not: with one of them in the file, lines are counted from the text.
        self.odd_breaks = any(ch in text for ch in "\x85\u2028\u2029")

    def line_of(self, mark) -> int:
        """The 1-based line (counted at ``\\n``) of a YAML mark; 0 without one."""
        if mark is None:
            return 0
        if self.odd_breaks:
            return self.text.count("\n", 0, mark.index) + 1
        return mark.line + 1


def _mapping(loader, node):
    result = LineDict(loader.construct_mapping(node, deep=True))
    result.line = loader.line_of(node.start_mark)
    return result


def _sequence(loader, node):
    result = LineList(loader.construct_sequence(node, deep=True))
    result.line = loader.line_of(node.start_mark)
    return result


_CLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
def _string(loader, node):
    result = LineStr(loader.construct_scalar(node))
    result.line = loader.line_of(node.start_mark)
    return result


def _timestamp(loader, node):
    """A date YAML cannot build (``1995-13-01``) stays text, so validation can say where it is."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return _string(loader, node)


def _int(loader, node):
    """An integer too long for Python to convert (over 4,300 digits) is a YAML error at its
    line, not a ValueError with no place."""
    try:
        return loader.construct_yaml_int(node)
    except ValueError as exc:
        raise yaml.constructor.ConstructorError(None, None, f"unreadable number: {exc}", node.start_mark) from None


_CLineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
_CLineLoader.add_constructor("tag:yaml.org,2002:int", _int)
_CLineLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_CLineLoader.add_constructor("tag:yaml.org,2002:str", _string)


# Bounds on what a dictionary file may make the reader build. Real dictionaries nest a few
# levels deep and use anchors, if at all, for a shared list or two; a file from elsewhere
# could nest thousands of levels (the constructor recurses: RecursionError) or expand a few
# lines of aliases into billions of values ("billion laughs": the aliases share one Python
# object, but every validation message or walk over them sees the whole expansion).
MAX_DEPTH = 100
MAX_ALIAS_EXPANSION = 100_000  # values that aliases may add beyond those written in the file


def _check_node(root, path: Path, loader: "_CLineLoader") -> None:
    """Refuse a composed YAML document that nests deeper than ``MAX_DEPTH`` (aliases
    included) or whose aliases expand to more than ``MAX_ALIAS_EXPANSION`` values beyond the
    nodes written, naming the line; iterative, so the check itself cannot recurse too deep."""
    measured: dict[int, tuple[int, int]] = {}  # id(node) -> (values in its expansion, levels)
    written = 0
    stack = [(root, 1, False)]
    while stack:
        node, depth, done = stack.pop()
        key = id(node)
        children = node.value if isinstance(node.value, list) else []
        if isinstance(node, yaml.MappingNode):
            children = [part for pair in children for part in pair]
        if done:
            parts = [measured.get(id(child), (1, 1)) for child in children]
            measured[key] = (1 + sum(size for size, _ in parts), 1 + max((levels for _, levels in parts), default=0))
            continue
        if key in measured:  # an alias of a node already measured (or of one being measured: recursive)
            continue
        written += 1
        if depth > MAX_DEPTH:
            raise DictionaryError([Problem(str(path), loader.line_of(node.start_mark),
                                           f"invalid YAML: nested more than {MAX_DEPTH} levels deep")])
        measured[key] = (1, 1)
        stack.append((node, depth, True))
        stack.extend((child, depth + 1, False) for child in children)
    total, levels = measured[id(root)]
    line = next((loader.line_of(n.start_mark) for n in _aliased(root)), 0) if total > written else 0
    if levels > MAX_DEPTH:
        raise DictionaryError([Problem(str(path), line, f"invalid YAML: its aliases nest more than {MAX_DEPTH} levels deep")])
    if total > written + MAX_ALIAS_EXPANSION:
        raise DictionaryError([Problem(str(path), line, f"invalid YAML: its aliases expand to {total:,} values "
                                                        f"(more than {MAX_ALIAS_EXPANSION:,} beyond the {written:,} written)")])


def _aliased(root):
    """Nodes reached more than once (anchored and aliased), in document order."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            yield node
            continue
        seen.add(id(node))
        children = node.value if isinstance(node.value, list) else []
        if isinstance(node, yaml.MappingNode):
            children = [part for pair in children for part in pair]
        stack.extend(reversed(children))


def _decode(data: bytes, path: Path) -> str:
    """UTF-8 text (a byte-order mark dropped, line ends made ``\\n`` as in text mode); a byte
    that is not UTF-8 is reported at its line."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start + (3 if data.startswith(b"\xef\xbb\xbf") else 0)
        line = data.count(b"\n", 0, start) + 1
        bad = data[start:start + 1].hex()
        raise DictionaryError([Problem(str(path), line, f"cannot read: not UTF-8 (byte 0x{bad})")]) from None
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _character(character) -> str:
    code = character if isinstance(character, int) else ord(character[:1] or "\0")
    return f"character U+{code:04X}"


def read_yaml(path: str | Path):
    """Read a dictionary file quickly (simple layout) or with PyYAML's safe loader.

    Mappings and lists come back as ``LineDict``/``LineList`` carrying their line number;
    YAML syntax errors, bytes that are not UTF-8, nesting deeper than ``MAX_DEPTH`` and
    alias expansions past ``MAX_ALIAS_EXPANSION`` become a ``DictionaryError`` with
    ``file:line``.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DictionaryError([Problem(str(path), 0, f"cannot read: {exc.strerror or exc}")]) from None
    text = _decode(data, path)
    try:
        return fast_load(text)
    except _NotSimple:
        pass
    loader = _CLineLoader(text)  # noqa: S506 - a SafeLoader subclass
    node = None
    try:
        node = loader.get_single_node()
        if node is None:  # an empty document
            return None
        _check_node(node, path, loader)
        return loader.construct_document(node)
    except yaml.reader.ReaderError as exc:  # a character YAML does not allow: no mark, a position
        line = text.count("\n", 0, exc.position) + 1
        raise DictionaryError([Problem(str(path), line, f"invalid YAML: {_character(exc.character)} is not allowed")]) from None
    except yaml.YAMLError as exc:
        line = loader.line_of(getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None))
        reason = getattr(exc, "problem", None) or str(exc)
        raise DictionaryError([Problem(str(path), line, f"invalid YAML: {reason}")]) from None
    except DictionaryError:
        raise
    except Exception as exc:  # a value PyYAML cannot build: still a report, never a traceback
        line = loader.line_of(node.start_mark) if node is not None else 0
        raise DictionaryError([Problem(str(path), line, f"invalid YAML: {type(exc).__name__}: {exc}")]) from None
    finally:
        loader.dispose()


load_yaml = read_yaml
