"""Find, load, validate, layer and compile dictionary files.

Files are YAML with a ``kind:`` key; a folder is read recursively in name order. Later
paths are layered on top of earlier ones (see ``docs/layering.md``). All problems of all
files are collected and raised together as one DictionaryError.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Optional, Union

from ..ontology import Ontology
from ..resources import default_dictionary_dir
from .compiled import Dictionaries
from .yamlio import DictionaryError, Problem

PathLike = Union[str, Path]
_KIND = re.compile(r"^kind:\s*['\"]?([a-z_]+)", re.MULTILINE)
KINDS = ("cameo", "actors", "agents", "verbs", "discards", "issues")


def dictionary_files(paths: Iterable[PathLike]) -> list[Path]:
    """Expand folders into their YAML files (sorted, recursive); keep files as given."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()))
        elif path.exists():
            out.append(path)
        else:
            raise DictionaryError([Problem(str(path), 0, "no such file or folder")])
    return out


def file_kind(path: Path) -> Optional[str]:
    """The ``kind:`` of a dictionary file, read from its text without parsing it all."""
    try:
        with open(path, encoding="utf-8") as handle:
            head = handle.read(4096)
    except (OSError, UnicodeDecodeError):
        return None
    found = _KIND.search(head)
    return found.group(1) if found else None


def load_dictionaries(*paths: PathLike, defaults: bool = True) -> Dictionaries:
    """Load dictionaries: the shipped defaults (unless ``defaults=False``) plus ``paths`` on top.

    ``load_dictionaries()`` gives the full shipped set; ``load_dictionaries("my/", )`` adds a
    user's files over it; ``load_dictionaries("validate/", defaults=False)`` uses only those.
    The shipped CAMEO table is always the base of the ontology.
    """
    from .actors import load_actors, load_agents  # noqa: WPS433 - keeps import of eventcoder light
    from .lists import load_discards, load_issues
    from .verbs import load_verbs

    sources: list[PathLike] = []
    if defaults:
        sources.append(default_dictionary_dir())
    sources.extend(paths)
    if not sources:
        raise DictionaryError([Problem("", 0, "no dictionary files given")])
    files = dictionary_files(sources)
    base_cameo = default_dictionary_dir() / "cameo.yaml"
    if base_cameo not in files:
        files.insert(0, base_cameo)

    result = Dictionaries()
    problems: list[Problem] = []
    ontology: Optional[Ontology] = None
    for path in files:
        kind = file_kind(path)
        if kind not in KINDS:
            problems.append(Problem(str(path), 1, f"unknown or missing `kind:` (expected one of {', '.join(KINDS)})"))
            continue
        try:
            if kind == "cameo":
                ontology = Ontology.load(path, base=ontology)
            elif kind == "actors":
                result.actors.extend(load_actors(path))
            elif kind == "agents":
                result.agents.extend(load_agents(path))
            elif kind == "verbs":
                synsets, blocks = load_verbs(path)
                result.synsets.extend(synsets)
                result.verbs.extend(blocks)
            elif kind == "discards":
                result.discards.extend(load_discards(path))
            elif kind == "issues":
                result.issues.extend(load_issues(path))
        except DictionaryError as exc:
            problems.extend(exc.problems)
        result.files.append(str(path))
    result.ontology = ontology
    if ontology is not None:
        result.negations = dict(ontology.negations)
    if ontology is not None:
        problems.extend(_unknown_codes(result, ontology))
    problems.extend(result.compile())
    errors = [p for p in problems if p.severity == "error"]
    result.warnings = [p for p in problems if p.severity != "error"]
    if errors:
        raise DictionaryError(problems)
    return result


def _unknown_codes(result: Dictionaries, ontology: Ontology) -> list[Problem]:
    """Every event code a verb block or pattern can produce must be in the ontology."""
    problems = []

    def check(code: Optional[str], origin, what: str) -> None:
        if not code:
            return
        for part in code.split(":"):
            if part and part != "---" and part not in ontology:
                problems.append(Problem(origin.file, origin.line, f"{what}: unknown CAMEO code {part!r}"))

    for block in result.verbs:
        check(block.code, block.origin, f"verb block {block.id}")
        for form in block.verbs:
            check(form.code, form.origin, f"verb {form.lemma!r}")
        for pattern in block.patterns:
            check(pattern.code, pattern.origin, f"pattern {pattern.text!r}")
    return problems
