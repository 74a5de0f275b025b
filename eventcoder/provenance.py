"""How an output was made: coder version, dictionaries, parsing model (issue #15).

    from eventcoder.provenance import RunProvenance
    p = RunProvenance.of(coder, parsed=True)
    print(p.describe())   # eventcoder 0.1.0; dictionaries sha256:e264c61b5128 (38 files); model en-compact sha256:a18339ff2ea6

A dataset can only be reproduced or cited when it says which coder, which dictionary files
and which parsing model produced it. ``eventcoder code`` writes this value into every output
(``OUT.meta.json`` beside JSON Lines and CSV/TSV files, the Parquet file's schema metadata,
the first line of its summary) and ``eventcoder diff`` compares it.

Fingerprints hash file *contents* (sizes and times say nothing about what a file holds):
the dictionaries' fingerprint is a sha256 over each loaded file's name and bytes, in the
order loaded (the order layers them); the model's over its files, read once per process.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Iterable, Optional, Union

import attrs

__all__ = ["META_SUFFIX", "RunProvenance", "dictionary_fingerprint", "meta_path", "model_fingerprint", "read_provenance"]

META_SUFFIX = ".meta.json"
PARQUET_KEY = b"eventcoder"  # the Parquet schema metadata key holding the meta record
SAVED_PARSES = "saved parses"  # the model of a run that parsed nothing (CoNLL-U input)


def meta_path(output: Union[str, os.PathLike]) -> Path:
    """The provenance file beside an output: ``OUT.meta.json``."""
    return Path(str(output) + META_SUFFIX)


def _hash_file(digest, path: Path) -> None:
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)


def _shown_name(file: str) -> str:
    """A dictionary file's name as recorded: shipped files as ``dictionaries/...`` (the same on
    every machine), others as given when loaded."""
    from .writers import dictionary_location

    return dictionary_location(file)


def _stat_key(files: Iterable[str]) -> tuple:
    key = []
    for file in files:
        try:
            stat = os.stat(file)
            key.append((file, stat.st_size, stat.st_mtime_ns, stat.st_ino))
        except OSError:
            key.append((file, -1, -1, -1))
    return tuple(key)


@functools.lru_cache(maxsize=16)
def _dictionary_hash(key: tuple) -> str:
    digest = hashlib.sha256()
    for file, *_ in key:
        name = _shown_name(file)
        # A user's file is identified by its name, not the folder it sits in on this machine.
        if not name.startswith("dictionaries/"):
            name = Path(name).name
        digest.update(name.encode("utf-8") + b"\0")
        path = Path(file)
        if path.is_file():
            _hash_file(digest, path)
        digest.update(b"\0")
    return digest.hexdigest()


def dictionary_fingerprint(files: Iterable[str]) -> str:
    """sha256 over the loaded dictionary files (name and contents, in loading order); cached
    per process while the files are unchanged."""
    return _dictionary_hash(_stat_key(files))


def _model_files(kind: str, folder: Path) -> list[Path]:
    if kind == "stanza":  # a Stanza resources folder: its index and the English models
        files = [folder / "resources.json"] + sorted(p for p in (folder / "en").rglob("*") if p.is_file())
    else:
        files = sorted(p for p in folder.iterdir() if p.is_file())
    return [p for p in files if p.is_file()]


@functools.lru_cache(maxsize=8)
def _model_hash(kind: str, folder: str) -> str:
    digest = hashlib.sha256()
    root = Path(folder)
    for path in _model_files(kind, root):
        digest.update(str(path.relative_to(root)).replace(os.sep, "/").encode("utf-8") + b"\0")
        _hash_file(digest, path)
        digest.update(b"\0")
    return digest.hexdigest()


def model_fingerprint(model_dir=None, choice=None) -> tuple[str, str]:
    """(name, sha256) of the parsing model ``model_dir`` resolves to (``parse.choose_model``),
    or of a ``StanzaParser``'s ``choice``. The files are hashed once per process (the compact
    model: ~45 MB, well under a second)."""
    from .parse import choose_model

    choice = choice if choice is not None else choose_model(model_dir)
    folder = choice.path.resolve()
    name = folder.name if choice.kind == "compact" else f"stanza-en ({folder.name})"
    return name, _model_hash(choice.kind, str(folder))


def _version(distribution: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(distribution)
    except PackageNotFoundError:
        return ""


@attrs.frozen
class RunProvenance:
    """What produced an output. ``model`` is the parsing model's name, or ``"saved parses"``
    when every story came as CoNLL-U (then ``model_sha256`` is empty)."""

    coder_version: str
    dictionaries_sha256: str
    dictionary_files: tuple[str, ...] = ()
    model: str = SAVED_PARSES
    model_sha256: str = ""
    parser_version: str = ""  # the Stanza library's version, when a model parsed

    @classmethod
    def of(cls, coder, *, parsed: bool, model_dir=None) -> "RunProvenance":
        """The provenance of coding with ``coder``; ``parsed``: whether any raw text was parsed
        (by the model ``model_dir``, default the coder's)."""
        from . import __version__

        files = tuple(coder.dictionaries.files)
        model, checksum, parser = SAVED_PARSES, "", ""
        if parsed:
            inner = getattr(coder, "_parser", None)  # a parser given to or built by the coder
            choice = getattr(inner, "choice", None)
            if inner is not None and choice is None:  # not eventcoder's Stanza parser: no files to hash
                model = f"custom parser {type(inner).__module__}.{type(inner).__qualname__}"
            else:
                model, checksum = model_fingerprint(model_dir if model_dir is not None else coder.model_dir, choice)
                parser = "stanza " + _version("stanza")
        return cls(__version__, dictionary_fingerprint(files), tuple(_shown_name(f) for f in files), model, checksum, parser)

    def to_dict(self) -> dict:
        return attrs.asdict(self, value_serializer=lambda _, __, v: list(v) if isinstance(v, tuple) else v)

    @classmethod
    def from_dict(cls, data: dict) -> "RunProvenance":
        known = {f.name for f in attrs.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["dictionary_files"] = tuple(values.get("dictionary_files") or ())
        return cls(**{k: v for k, v in values.items() if v is not None})

    def describe(self) -> str:
        """One line: ``eventcoder 0.1.0; dictionaries sha256:e264c61b5128 (38 files); model ...``."""
        model = self.model if not self.model_sha256 else f"{self.model} sha256:{self.model_sha256[:12]}"
        return (f"eventcoder {self.coder_version}; dictionaries sha256:{self.dictionaries_sha256[:12]} "
                f"({len(self.dictionary_files)} files); model {model}")

    def differences(self, other: "RunProvenance") -> list[str]:
        """What differs between two outputs' provenance, as sentences (empty: made alike)."""
        found = []
        if self.coder_version != other.coder_version:
            found.append(f"coder versions differ: {self.coder_version} and {other.coder_version}")
        if self.dictionaries_sha256 != other.dictionaries_sha256:
            mine, theirs = set(self.dictionary_files), set(other.dictionary_files)
            detail = ""
            if mine != theirs:
                detail = f" (files only in the first: {len(mine - theirs)}, only in the second: {len(theirs - mine)})"
            found.append(f"dictionaries differ: sha256:{self.dictionaries_sha256[:12]} and "
                         f"sha256:{other.dictionaries_sha256[:12]}{detail}")
        if (self.model, self.model_sha256) != (other.model, other.model_sha256):
            found.append(f"parsing models differ: {self.model} {self.model_sha256[:12]} and "
                         f"{other.model} {other.model_sha256[:12]}")
        return found


def read_meta(output: Union[str, os.PathLike]) -> Optional[dict]:
    """The meta record of an output (``OUT.meta.json``, or a Parquet file's schema metadata);
    None when it has none (written by an older eventcoder, or not by eventcoder)."""
    output = Path(output)
    if output.suffix.lower() == ".parquet" and output.is_file():
        try:
            import pyarrow.parquet as pq

            metadata = pq.read_schema(str(output)).metadata or {}
        except Exception:  # not Parquet, or no pyarrow: no provenance to read
            return None
        raw = metadata.get(PARQUET_KEY)
        return json.loads(raw) if raw else None
    path = meta_path(output)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{path}: not valid JSON: {exc}") from None
    return data if isinstance(data, dict) else None


def read_provenance(output: Union[str, os.PathLike]) -> Optional[RunProvenance]:
    """The provenance recorded with an output file, or None when there is none."""
    meta = read_meta(output)
    if not meta or not isinstance(meta.get("provenance"), dict):
        return None
    return RunProvenance.from_dict(meta["provenance"])


def write_meta(output: Union[str, os.PathLike], meta: dict) -> Path:
    """Write ``OUT.meta.json`` (to a temporary file, then renamed: complete or absent)."""
    path = meta_path(output)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(temporary, path)
    return path
