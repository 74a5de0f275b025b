"""A compiled-dictionary cache: load the full set in well under a second after the first time.

The cache holds the loaded and compiled ``Dictionaries`` object, keyed by the path, size and
modification time of every source file and by eventcoder's version, so any change to a
dictionary file (or an upgrade) rebuilds it. The loader adds the paths as the caller gave
them, which entries keep for provenance (see ``load_dictionaries``). It lives in ``$EVENTCODER_CACHE_DIR``, else
``$XDG_CACHE_HOME/eventcoder``, else ``~/.cache/eventcoder``; ``EVENTCODER_CACHE_DIR=off``
disables it.

The file is a pickle, read back with an unpickler that only admits eventcoder's own classes
and a few plain built-in types, so a tampered cache file cannot make eventcoder import or
run anything else.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import tempfile
from pathlib import Path
from typing import Optional

FORMAT = 1
_ALLOWED_BUILTINS = {
    ("builtins", "frozenset"),
    ("builtins", "set"),
    ("builtins", "dict"),
    ("builtins", "list"),
    ("builtins", "tuple"),
    ("builtins", "object"),
    ("datetime", "date"),
    ("copyreg", "_reconstructor"),
    ("copyreg", "__newobj__"),
}


class _RestrictedUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str):
        if module == "eventcoder" or module.startswith("eventcoder.") or (module, name) in _ALLOWED_BUILTINS:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"cache refers to {module}.{name}, which eventcoder never stores")


def cache_dir() -> Optional[Path]:
    setting = os.environ.get("EVENTCODER_CACHE_DIR")
    if setting and setting.lower() in ("off", "0", "none", "false"):
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventcoder"


# The modules whose classes the cache stores: editing one (a development checkout) changes
# the key just as a new release does.
_CODE = ("dictionaries/compiled.py", "dictionaries/schema.py", "match/names.py", "match/patterns.py",
         "match/shortnames.py", "match/verbs.py", "ontology.py")


def _stamp(path: Path) -> str:
    stat = path.stat()
    return f"|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}"


# Taken when eventcoder is imported, i.e. of the code this process actually runs.
_PACKAGE = Path(__file__).resolve().parent.parent
_CODE_STAMP = "".join(_stamp(_PACKAGE / name) for name in _CODE if (_PACKAGE / name).exists())


def cache_key(files: list[Path], extra: str = "") -> str:
    from .. import __version__

    digest = hashlib.sha256(f"{FORMAT}|{__version__}|{extra}{_CODE_STAMP}".encode())
    for path in files:
        digest.update(_stamp(path).encode())
    return digest.hexdigest()[:32]


def load(key: str):
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"dictionaries-{key}.pickle"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        return _RestrictedUnpickler(io.BytesIO(data)).load()
    except Exception:  # a stale or damaged cache is rebuilt, never fatal
        return None


def store(key: str, value) -> None:
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("dictionaries-*.pickle"):
            if old.stat().st_mtime < _now() - 30 * 86400:
                old.unlink(missing_ok=True)
        handle, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"dictionaries-{key}.pickle")
    except OSError:
        pass  # a read-only home directory just means no cache


def _now() -> float:
    import time

    return time.time()
