"""Where eventcoder's shipped data lives: the YAML dictionaries and the compact parser model.

The dictionaries (MIT) are package data of eventcoder (``eventcoder._dictionaries``, mapped from
the repository's ``dictionaries/``), found through importlib.resources; in a plain source
checkout, the repository folder is used.

The compact model (CC BY-NC-SA 4.0) is a distribution of its own, ``eventcoder-model-en-compact``
(``pip install ./models/en-compact`` from a clone), so the MIT wheel carries no model. A model
package advertises its folder through an entry point in the ``eventcoder.models`` group
(``en-compact = eventcoder_model_en_compact``); the folder is located with
``importlib.util.find_spec``, so no package is imported and no code from it runs. In a source
checkout without the package installed, ``models/en-compact`` is used.
"""

from __future__ import annotations

import importlib.util
import logging
from importlib import metadata, resources
from pathlib import Path
from typing import Optional

__all__ = [
    "MODEL_ENTRY_POINT_GROUP",
    "COMPACT_MODEL",
    "default_dictionary_dir",
    "default_model_dir",
    "installed_models",
    "model_places",
]

log = logging.getLogger(__name__)

_REPO = Path(__file__).resolve().parent.parent

MODEL_ENTRY_POINT_GROUP = "eventcoder.models"
COMPACT_MODEL = "en-compact"


def _package_dir(name: str, fallback: Path) -> Path:
    """``eventcoder/<name>`` inside an installed package, else the repository folder."""
    installed = resources.files("eventcoder") / name
    if installed.is_dir():
        return Path(str(installed))
    return fallback


def default_dictionary_dir() -> Path:
    """The folder of the shipped YAML dictionaries."""
    return _package_dir("_dictionaries", _REPO / "dictionaries")


def _module_folder(module: str) -> Optional[Path]:
    """The folder of top-level package ``module``, found without importing it."""
    if not module.isidentifier():  # "pkg.sub" or "pkg:attr" would import or run code: refused
        return None
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def installed_models() -> dict[str, Path]:
    """Model name -> folder, for every installed package in the ``eventcoder.models`` group."""
    found: dict[str, Path] = {}
    for entry in metadata.entry_points(group=MODEL_ENTRY_POINT_GROUP):
        folder = _module_folder(entry.value)
        if folder is None:
            log.warning(
                "eventcoder: ignoring model entry point %s = %s: not an installed top-level package",
                entry.name, entry.value,
            )
            continue
        found.setdefault(entry.name, folder)
    return found


def model_places(name: str = COMPACT_MODEL) -> list[tuple[str, Path]]:
    """Where model ``name`` is looked for, in order: (what the place is, the folder)."""
    places = []
    installed = installed_models().get(name)
    if installed is not None:
        places.append((f"installed package ({MODEL_ENTRY_POINT_GROUP} entry point {name!r})", installed))
    places.append(("source checkout", _REPO / "models" / name))
    return places


def _is_complete(folder: Path) -> bool:
    return all((folder / f"{part}.pt").exists() for part in ("tokenize", "pos", "lemma", "depparse"))


def default_model_dir() -> Path:
    """The folder of the compact offline model: the installed package's, else the checkout's.

    The first place of ``model_places()`` that holds a complete model; when none does, the
    source-checkout folder (which the caller then finds incomplete).
    """
    places = model_places()
    for _, folder in places:
        if _is_complete(folder):
            return folder
    return places[-1][1]
