"""Find, load, validate, layer and compile dictionary files.

Files are YAML with a ``kind:`` key; a folder is read recursively in name order. Later
paths are layered on top of earlier ones (see ``docs/layering.md``). All problems of all
files are collected and raised together as one DictionaryError.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Optional, Union

import attrs

from ..ontology import Ontology
from ..resources import default_dictionary_dir
from .compiled import Dictionaries, regular_forms
from . import cache as dictionary_cache
from .yamlio import DictionaryError, Problem, read_yaml

PathLike = Union[str, Path]
_KIND = re.compile(r"^kind:\s*['\"]?([a-z_]+)", re.MULTILINE)
KINDS = ("cameo", "actors", "agents", "verbs", "discards", "issues")
# The shipped folder of hand-maintained corrections to the generated (converted) files.
OVERRIDES = "overrides"


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
    """The ``kind:`` of a dictionary file, read from its text without parsing it all.

    A byte that is not UTF-8 does not hide the kind: the file is then read as its kind and
    ``read_yaml`` reports the bad byte at its line (not "unknown or missing `kind:`")."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    found = _KIND.search(head)
    return found.group(1) if found else None


def load_dictionaries(*paths: PathLike, defaults: bool = True, cache: bool = True) -> Dictionaries:
    """Load dictionaries: the shipped defaults (unless ``defaults=False``) plus ``paths`` on top.

    ``load_dictionaries()`` gives the full shipped set; ``load_dictionaries("my/")`` layers a
    user's files over it; ``load_dictionaries("validate/", defaults=False)`` uses only those.
    The shipped CAMEO table is always the base of the ontology. Layering (docs/layering.md):
    an entry whose ``id`` repeats an earlier entry's id replaces it, and a file's top-level
    ``remove: [ID, ...]`` removes earlier entries. The compiled result is cached (see
    ``eventcoder.dictionaries.cache``) and rebuilt whenever any file changes.

    Every entry remembers its file as named in this call (a folder's files under the folder
    as given: relative stays relative), and so do coded events' provenance, ``files`` and
    ``warnings``, whether or not the result came from the cache. Shipped files are named by
    their absolute path (written out as ``dictionaries/...``).
    """
    sources: list[PathLike] = []
    if defaults:
        sources.append(default_dictionary_dir())
    sources.extend(paths)
    if not sources:
        raise DictionaryError([Problem("", 0, "no dictionary files given")])
    layered: list[tuple[Path, float]] = []  # (file, layer); the override layer is 0.5
    for layer, source in enumerate(sources):
        for path in dictionary_files([source]):
            if defaults and layer == 0 and OVERRIDES in path.relative_to(sources[0]).parts[:1]:
                # The maintained override layer sits between the generated files and the
                # user's own (docs/layering.md): its entries replace or shadow generated ones.
                layered.append((path, 0.5))
            else:
                layered.append((path, layer))
    layered.sort(key=lambda item: item[1])  # stable: file order kept within a layer
    base_cameo = default_dictionary_dir() / "cameo.yaml"
    if base_cameo not in [path for path, _ in layered]:
        layered.insert(0, (base_cameo, -1))
    # The key holds each file's resolved path (cache.cache_key) and also its path as given
    # here: entries remember their file as given (``Origin.file``, the provenance of events,
    # problems), so the same files named another way ("validate/" and "/abs/.../validate/")
    # are a separate cache entry rather than reporting the spelling of whichever run built it.
    spelling = repr([(str(path), layer) for path, layer in layered])
    key = dictionary_cache.cache_key([path for path, _ in layered], spelling) if cache else ""
    if cache:
        cached = dictionary_cache.load(key)
        if isinstance(cached, Dictionaries):
            return cached
    result = _load_files(layered)
    if cache:
        dictionary_cache.store(key, result)
    return result


def _load_files(files: list[tuple[Path, float]]) -> Dictionaries:
    from .actors import load_actors, load_agents  # noqa: WPS433 - keeps import of eventcoder light
    from .lists import load_discards, load_issues
    from .verbs import load_verbs

    layers = _Layers()
    problems: list[Problem] = []
    ontology: Optional[Ontology] = None
    result = Dictionaries()
    for path, layer in files:
        layers.layer = layer
        kind = file_kind(path)
        if kind and kind.endswith("_draft"):
            problems.append(Problem(str(path), 1, f"`kind: {kind}` is a draft written by `eventcoder discover`: review "
                                                  f"its entries, set their codes, then change it to `kind: {kind[:-6]}`"))
            continue
        if kind not in KINDS:
            problems.append(Problem(str(path), 1, f"unknown or missing `kind:` (expected one of {', '.join(KINDS)})"))
            continue
        try:
            if kind == "cameo":
                ontology = Ontology.load(path, base=ontology)
                result.files.append(str(path))
                continue
            data = read_yaml(path)
            removals = data.pop("remove", None) if isinstance(data, dict) else None
            if removals is not None:
                problems.extend(layers.remove(path, removals))
            if kind == "actors":
                layers.add("actors", load_actors(path, data=data), lambda e: e.id)
            elif kind == "agents":
                layers.add("agents", load_agents(path, data=data), lambda e: e.id)
            elif kind == "verbs":
                synsets, blocks = load_verbs(path, data)
                layers.add("synsets", synsets, lambda e: e.name)
                layers.add("verbs", blocks, lambda e: e.id)
            elif kind == "discards":
                layers.add("discards", load_discards(path, data=data), lambda e: e.phrase.lower())
            elif kind == "issues":
                layers.add("issues", load_issues(path, data=data), lambda e: (e.issue, e.phrase.lower()))
        except DictionaryError as exc:
            problems.extend(exc.problems)
        result.files.append(str(path))
    problems.extend(layers.problems)
    for name in ("actors", "agents", "synsets", "verbs", "discards", "issues"):
        setattr(result, name, layers.entries(name))
    result.ontology = ontology
    if ontology is not None:
        problems.extend(_unknown_codes(result, ontology))
    problems.extend(result.compile())
    errors = [p for p in problems if p.severity == "error"]
    result.warnings = [p for p in problems if p.severity != "error"]
    if errors:
        raise DictionaryError(problems)
    return result


class _Layers:
    """Entries by kind and id, in load order. Each path given to load_dictionaries is a
    layer: an id from a later layer replaces the earlier layer's entries with that id;
    within one layer entries with the same id are all kept. ``remove`` deletes by id."""

    def __init__(self) -> None:
        self._by_kind: dict[str, dict] = {}
        self._layer_of: dict[tuple[str, object], float] = {}
        self.layer: float = 0
        self.problems: list[Problem] = []

    def add(self, kind: str, entries, key) -> None:
        table = self._by_kind.setdefault(kind, {})
        if kind == "verbs":
            self._shadow_verbs(table, entries)
        for entry in entries:
            ident = key(entry)
            if getattr(entry, "amend", False):
                what = "synset" if kind == "synsets" else "verb block"
                if ident not in table:
                    self.problems.append(Problem(entry.origin.file, entry.origin.line,
                                                 f"amend: no earlier {what} has the {'name' if kind == 'synsets' else 'id'} {ident!r}"))
                    continue
                base = table[ident][-1]
                if kind == "synsets":
                    # An amending synset adds its words to the synset it names.
                    table[ident][-1] = attrs.evolve(base, words=base.words + tuple(
                        w for w in entry.words if w not in base.words))
                else:
                    # An amending verb block adds its verbs and patterns (first: they win
                    # ties) to the block it names.
                    table[ident][-1] = attrs.evolve(
                        base, verbs=base.verbs + entry.verbs, patterns=entry.patterns + base.patterns
                    )
                continue
            if ident in table and self._layer_of[(kind, ident)] == self.layer:
                table[ident].append(entry)
                continue
            table.pop(ident, None)  # re-insert: a replacing entry takes the later position
            table[ident] = [entry]
            self._layer_of[(kind, ident)] = self.layer

    def _shadow_verbs(self, table: dict, blocks) -> None:
        """A verb that a later layer lists is taken out of the earlier layers' blocks, so it
        codes as the later layer says ("reject" moved from an uncoded block to REJECT), with
        its regular inflections ("rejected"; list irregular forms in the later block too);
        the earlier blocks keep their other verbs and their patterns."""
        later = {word for block in blocks for form in block.verbs for word in (form.lemma, *regular_forms(form.lemma))}
        if not later:
            return
        for ident, group in table.items():
            if self._layer_of[("verbs", ident)] == self.layer:
                continue
            for i, block in enumerate(group):
                if any(form.lemma in later for form in block.verbs):
                    kept = tuple(form for form in block.verbs if form.lemma not in later)
                    group[i] = attrs.evolve(block, verbs=kept)

    def remove(self, path: Path, removals) -> list[Problem]:
        line = getattr(removals, "line", 1)
        if not isinstance(removals, list):
            return [Problem(str(path), line, "`remove:` must be a list of entry ids")]
        problems = []
        for ident in removals:
            found = False
            for table in self._by_kind.values():
                for key in (ident, str(ident).lower()):
                    if key in table:
                        del table[key]
                        found = True
            if not found:
                problems.append(Problem(str(path), line, f"remove: no earlier entry has the id {ident!r}"))
        return problems

    def entries(self, kind: str) -> list:
        return [entry for group in self._by_kind.get(kind, {}).values() for entry in group]


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
