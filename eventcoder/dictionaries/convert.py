"""``eventcoder convert-petrarch``: PETRARCH/TABARI text dictionaries -> YAML files.

The kind of each source is told by its name (``*verbs*``, ``*actors*``, ``*agents*``,
``*discards*``, ``*Issue*``, ``*Ontology*``), as in the PETRARCH distribution; a verbs
file is also recognised by its ``VERB PATTERNS`` section.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from . import petrarch_actors
from .petrarch_pico import negation_pairs
from .petrarch_verbs import VerbConversionReport, convert_verbs
from .yamlio import Problem


def source_kind(path: Path) -> str:
    name = path.name.lower()
    for key, kind in (("verbs", "verbs"), ("actors", "actors"), ("agents", "agents"), ("discards", "discards"),
                      ("issue", "issues"), ("ontology", "negations")):
        if key in name:
            return kind
    try:
        if "VERB PATTERNS" in path.read_text(encoding="utf-8", errors="replace"):
            return "verbs"
    except OSError:
        pass
    return ""


class _NegationReport:
    def __init__(self, file: str, pairs: int):
        self.file = file
        self.pairs = pairs
        self.problems: list[Problem] = []

    def summary(self) -> str:
        return f"{self.file}: negations: {self.pairs} code pairs written"


def _convert_negations(path: Path, source_label: str | None = None):
    pairs = negation_pairs(path)
    lines = [
        f"# Negation pairs from {path.name} (PETRARCH internal coding ontology) by `eventcoder convert-petrarch`.",
        "# Copyright (c) 2015 Open Event Data Alliance, MIT License.",
        "kind: cameo",
        "negations:",
    ]
    lines += [f'  "{code}": "{negated}"' for code, negated in pairs.items()]
    return "\n".join(lines) + "\n", _NegationReport(source_label or path.name, len(pairs))


CONVERTERS: dict[str, Callable] = {
    "verbs": convert_verbs,
    "actors": petrarch_actors.convert_actors,
    "agents": petrarch_actors.convert_agents,
    "discards": petrarch_actors.convert_discards,
    "issues": petrarch_actors.convert_issues,
    "negations": _convert_negations,
}


def output_name(path: Path) -> str:
    """``PETR.Validate.actors.txt`` -> ``petr_validate_actors.yaml``."""
    stem = path.name[:-4] if path.name.lower().endswith(".txt") else path.name
    return re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_") + ".yaml"


def convert_file(path: Path) -> tuple[str, object]:
    """Convert one file; returns (yaml text, report with ``summary()`` and ``problems``)."""
    kind = source_kind(path)
    if not kind:
        raise ValueError(f"{path}: cannot tell what kind of PETRARCH dictionary this is from its name")
    return CONVERTERS[kind](path)


def convert_files(sources: list[Path], out_dir: Path) -> list:
    """Convert each source into ``out_dir``; returns the reports in order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    reports = []
    for path in sources:
        text, report = convert_file(path)
        (out_dir / output_name(path)).write_text(text, encoding="utf-8")
        reports.append(report)
    return reports


__all__ = ["convert_files", "convert_file", "source_kind", "output_name", "VerbConversionReport"]
