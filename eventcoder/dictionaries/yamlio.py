"""Safe YAML reading that remembers line numbers, and the error type for bad dictionaries.

Only PyYAML's safe loader is used: a dictionary file can never make eventcoder execute or
import anything. Mappings and sequences come back as ``LineDict``/``LineList``, which behave
like dict/list but know the line they started on, so validation can say ``file:line``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

import attrs
import yaml


class LineDict(dict):
    line: int = 0


class LineList(list):
    line: int = 0


class LineStr(str):
    line: int = 0


class _LineSafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The safe loader (no python/* tags; libyaml's when installed, ten times faster) that
    records the 1-based start line of each node."""


def _mapping(loader: _LineSafeLoader, node: yaml.MappingNode) -> LineDict:
    result = LineDict(loader.construct_mapping(node, deep=True))
    result.line = node.start_mark.line + 1
    return result


def _sequence(loader: _LineSafeLoader, node: yaml.SequenceNode) -> LineList:
    result = LineList(loader.construct_sequence(node, deep=True))
    result.line = node.start_mark.line + 1
    return result


def _string(loader: _LineSafeLoader, node: yaml.ScalarNode) -> LineStr:
    result = LineStr(loader.construct_scalar(node))
    result.line = node.start_mark.line + 1
    return result


_LineSafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_LineSafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
_LineSafeLoader.add_constructor("tag:yaml.org,2002:str", _string)


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


def load_yaml(path: str | Path):
    """Parse one YAML file with line numbers; YAML syntax errors become a DictionaryError."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError([Problem(str(path), 0, f"cannot read: {exc}")]) from None
    try:
        return yaml.load(text, Loader=_LineSafeLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        reason = getattr(exc, "problem", None) or str(exc)
        raise DictionaryError([Problem(str(path), line, f"invalid YAML: {reason}")]) from None
