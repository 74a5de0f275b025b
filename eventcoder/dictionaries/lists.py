"""Load and validate discards and issues YAML into ``DiscardEntry`` / ``IssueEntry`` values.

Same rules as the actor loader: every problem is collected with ``file:line`` and raised
together as a ``DictionaryError``; warnings alone do not stop loading.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Optional

from .actors import Checker
from .yamlio import read_yaml
from .petrarch_actors import fold
from .schema import DiscardEntry, IssueEntry, Origin
from .yamlio import Problem, line_of

_ISSUE_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_\-]*$")
_ISSUE_KEYS = {"issue", "category", "phrases", "exclude", "exclude_story", "note"}


def load_discards(path: str | Path, problems: Optional[list[Problem]] = None, *, data: Any = None) -> list[DiscardEntry]:
    """Read one discards file (``sentence:`` and ``story:`` phrase lists)."""
    check = Checker(path, read_yaml(path) if data is None else data)
    if not check.top("discards", ("sentence", "story")):
        check.raise_if_errors(problems)
    entries: list[DiscardEntry] = []
    seen: dict[str, tuple[str, int]] = {}
    for scope in ("sentence", "story"):
        if scope not in check.data:
            continue
        node = check.data[scope]
        phrases = check.text_list(check.data, scope, "discards", required=False)
        raw = node if isinstance(node, list) else []
        lines = {id(p): line_of(p, line_of(node, line_of(check.data, 1))) for p in raw}
        for phrase, original in zip(phrases, [p for p in raw if isinstance(p, str) and p.strip()]):
            where = lines[id(original)]
            key = fold(phrase)
            if key in seen:
                other, line = seen[key]
                if other == scope:
                    check.warning(node, f"discard {phrase!r} is listed twice in {scope} (also line {line})", where)
                else:
                    check.error(node, f"discard {phrase!r} is both {scope}- and {other}-level (line {line})", where)
                continue
            seen[key] = (scope, where)
            entries.append(DiscardEntry(phrase, scope, Origin(check.file, where)))
    check.raise_if_errors(problems)
    return entries


def load_issues(path: str | Path, problems: Optional[list[Problem]] = None, *, data: Any = None) -> list[IssueEntry]:
    """Read one issues file.

    An item with ``issue:`` lists ``phrases`` that tag events with it, and may list
    ``exclude`` / ``exclude_story`` phrases that cancel it; an item with only ``category:``
    lists exclusions for every issue of that category (PETRARCH's ``~``/``~~`` lines).
    """
    check = Checker(path, read_yaml(path) if data is None else data)
    if not check.top("issues", ("issues",)):
        check.raise_if_errors(problems)
    entries: list[IssueEntry] = []
    seen: dict[str, tuple[str, int]] = {}
    value = check.data.get("issues")
    items = []
    if value is not None and not isinstance(value, list):
        check.error(value, "`issues:` must be a list of {issue: ..., phrases: [...]}")
    for item in value or []:
        if not isinstance(item, dict):
            check.error(value, f"each issue must be a mapping (issue: ..., phrases: [...]), got {item!r}")
            continue
        items.append(item)
    for node in items:
        check.keys(node, _ISSUE_KEYS, "issue")
        issue = _code(check, node, "issue")
        category = _code(check, node, "category")
        what = f"issue {issue}" if issue else f"category {category or '(all)'} exclusions"
        if not issue and "issue" not in node and "phrases" in node:
            check.error(node, "`phrases:` need an `issue:` (only exclusions may stand for a whole category)")
        phrases = check.text_list(node, "phrases", what, required=False)
        excludes = check.text_list(node, "exclude", what, required=False)
        story = check.text_list(node, "exclude_story", what, required=False)
        if not (phrases or excludes or story) and not any(k in node for k in ("phrases", "exclude", "exclude_story")):
            check.error(node, f"{what}: no `phrases:`, `exclude:` or `exclude_story:`")
        origin = check.origin(node)
        if issue or "issue" in node:
            for phrase in phrases:
                key = fold(phrase)
                if key in seen:
                    other, line = seen[key]
                    if other == issue:
                        check.warning(node, f"phrase {phrase!r} is listed twice for {issue} (also line {line})")
                    else:
                        check.error(node, f"phrase {phrase!r} is {issue} here but {other} at line {line}")
                    continue
                seen[key] = (issue, line_of(node))
                entries.append(IssueEntry(phrase, issue, category, False, origin))
        for scope, listed in (("sentence", excludes), ("story", story)):
            for phrase in dict.fromkeys(listed):
                entries.append(IssueEntry(phrase, issue, category, True, origin, scope))
    check.raise_if_errors(problems)
    return entries


def _code(check: Checker, node: dict, key: str) -> str:
    value = node.get(key)
    if value is None or (key == "category" and value == ""):
        return ""
    if not isinstance(value, str) or not _ISSUE_CODE.match(value.strip()):
        check.error(node, f"`{key}:` {value!r} must be an upper-case code (A-Z, 0-9, _ and -)")
        return ""
    return value.strip()


__all__ = ["load_discards", "load_issues"]
