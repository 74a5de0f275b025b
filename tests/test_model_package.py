"""The two distributions (MIT core, CC BY-NC-SA model) and how the library finds the model.

The wheels are built for real from copies of the working tree (``pip wheel --no-deps
--no-build-isolation``), and the model wheel is installed for real (``pip install --target``)
into a folder that a fresh Python process then has on its path: the entry point lookup is
tested on what a user's ``pip install`` leaves behind, not on a stand-in.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from eventcoder import parse
from eventcoder.parse import ENV_MODEL_DIR, ParserUnavailable, choose_model

ROOT = Path(__file__).resolve().parent.parent
MODEL = ROOT / "models" / "en-compact"
PARTS = ("tokenize", "mwt", "pos", "lemma", "depparse")
LEGAL_CODE_TITLE = "Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International Public License"

needs_model = pytest.mark.skipif(
    not all((MODEL / f"{part}.pt").exists() for part in PARTS),
    reason="models/en-compact has no complete model in this checkout",
)
_SKIP = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__",
                               ".pytest_cache", ".mypy_cache", ".eventcoder-cache", "models", "work")


def _wheel(folder: Path, out: Path) -> Path:
    before = set(out.glob("*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
                    "-w", str(out), str(folder)], check=True, capture_output=True, text=True)
    (built,) = set(out.glob("*.whl")) - before
    return built


@pytest.fixture(scope="module")
def wheels(tmp_path_factory) -> dict[str, Path]:
    """Both wheels, built from copies of this checkout (the build leaves nothing in it)."""
    if not all((MODEL / f"{part}.pt").exists() for part in PARTS):
        pytest.skip("models/en-compact has no complete model in this checkout")
    work = tmp_path_factory.mktemp("wheels")
    shutil.copytree(ROOT, work / "core", ignore=_SKIP)
    shutil.copytree(MODEL, work / "model", ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    out = work / "out"
    out.mkdir()
    return {"core": _wheel(work / "core", out), "model": _wheel(work / "model", out)}


def _metadata(wheel: zipfile.ZipFile) -> str:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return wheel.read(name).decode("utf-8")


def test_the_core_wheel_is_small_mit_and_carries_no_model(wheels):
    path = wheels["core"]
    assert path.stat().st_size < 5_000_000, f"{path.name}: {path.stat().st_size} bytes"
    with zipfile.ZipFile(path) as wheel:
        names = wheel.namelist()
        metadata = _metadata(wheel)
    assert not [n for n in names if n.endswith(".pt")]
    assert "License-Expression: MIT" in metadata.splitlines()
    assert any(n.endswith("dist-info/licenses/LICENSE") for n in names)
    assert any(n.startswith("eventcoder/_dictionaries/verbs/") and n.endswith(".yaml") for n in names)
    assert "eventcoder/py.typed" in names


def test_the_model_wheel_is_cc_by_nc_sa_with_its_licence_card_and_entry_point(wheels):
    path = wheels["model"]
    with zipfile.ZipFile(path) as wheel:
        names = set(wheel.namelist())
        metadata = _metadata(wheel)
        licence = wheel.read("eventcoder_model_en_compact/LICENSE").decode("utf-8")
        (entry_points,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
        advertised = wheel.read(entry_points).decode("utf-8")
        manifest = json.loads(wheel.read("eventcoder_model_en_compact/manifest.json"))
    assert "License-Expression: CC-BY-NC-SA-4.0" in metadata.splitlines()
    assert "Name: eventcoder-model-en-compact" in metadata.splitlines()
    assert LEGAL_CODE_TITLE in licence and "non-commercial" in licence.lower()
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "eventcoder_model_en_compact/MODEL_CARD.md" in names
    assert {f"eventcoder_model_en_compact/{part}.pt" for part in PARTS} <= names
    assert "eventcoder_model_en_compact/resources.json" in names
    assert "[eventcoder.models]" in advertised and "en-compact = eventcoder_model_en_compact" in advertised
    assert manifest["name"] == "en-compact"
    # The model card is the package's long description, so an index shows the licence first thing.
    assert "CC BY-NC-SA 4.0" in metadata


def _choose_in_fresh_python(site: Path, home: Path, env_model: str | None = None, explicit: str | None = None):
    """choose_model() in a new process that has ``site`` (a pip --target folder) on its path."""
    code = (
        "import json, sys; from eventcoder.parse import choose_model; from eventcoder import resources;"
        f"c = choose_model({explicit!r});"
        "print(json.dumps([str(c.path), c.reason, str(resources.default_model_dir()),"
        " {k: str(v) for k, v in resources.installed_models().items()}]))"
    )
    env = {k: v for k, v in os.environ.items() if k not in (ENV_MODEL_DIR, "STANZA_RESOURCES_DIR")}
    env.update(HOME=str(home), PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]))
    if env_model:
        env[ENV_MODEL_DIR] = env_model
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _linked_model(folder: Path) -> Path:
    """A model folder holding the real model files (symlinks, or copies where links fail)."""
    folder.mkdir(parents=True)
    for source in MODEL.iterdir():
        if source.suffix in (".pt", ".json"):
            try:
                (folder / source.name).symlink_to(source)
            except OSError:
                shutil.copy2(source, folder / source.name)
    return folder


@pytest.fixture(scope="module")
def installed_site(wheels, tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("site")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(site),
                    str(wheels["model"])], check=True, capture_output=True, text=True)
    return site


def test_an_installed_model_package_is_found_through_its_entry_point(installed_site, tmp_path):
    path, reason, default, installed = _choose_in_fresh_python(installed_site, tmp_path)
    package = installed_site / "eventcoder_model_en_compact"
    assert installed == {"en-compact": str(package)}
    assert Path(path) == package and Path(default) == package and reason == "compact model"


def test_the_environment_variable_wins_over_the_installed_package(installed_site, tmp_path):
    mine = _linked_model(tmp_path / "my-model")
    path, reason, _, _ = _choose_in_fresh_python(installed_site, tmp_path, env_model=str(mine))
    assert Path(path) == mine and reason == "given"


def test_an_explicit_folder_wins_over_the_environment_variable(installed_site, tmp_path):
    mine = _linked_model(tmp_path / "explicit")
    other = _linked_model(tmp_path / "from-env")
    path, reason, _, _ = _choose_in_fresh_python(installed_site, tmp_path, env_model=str(other), explicit=str(mine))
    assert Path(path) == mine and reason == "given"


@needs_model
def test_without_the_package_a_source_checkout_uses_its_own_folder(tmp_path):
    path, reason, default, installed = _choose_in_fresh_python(tmp_path / "empty-site", tmp_path)
    if installed:  # this environment has a model package installed itself
        pytest.skip(f"a model package is installed here: {installed}")
    assert Path(path) == MODEL and Path(default) == MODEL and reason == "compact model"


def test_an_entry_point_naming_more_than_a_package_is_not_imported(tmp_path):
    """An entry point value such as ``os:system`` or ``pkg.sub`` is refused, never imported."""
    site = tmp_path / "site"
    info = site / "rogue_model-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: rogue-model\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[eventcoder.models]\nrogue = os:system\nnested = xml.dom\n", encoding="utf-8")
    code = ("import json, sys; from eventcoder import resources;"
            "print(json.dumps({k: str(v) for k, v in resources.installed_models().items()}));"
            "print('xml.dom' in sys.modules)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(site), str(ROOT)]))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    found, imported = result.stdout.splitlines()
    assert "rogue" not in json.loads(found) and "nested" not in json.loads(found)
    assert imported == "False"
    assert "ignoring model entry point rogue = os:system" in result.stderr


def test_no_model_anywhere_names_every_place_looked_at(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_MODEL_DIR, raising=False)
    monkeypatch.delenv("STANZA_RESOURCES_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    missing = tmp_path / "no-compact-model"
    monkeypatch.setattr(parse, "default_model_dir", lambda: missing)
    with pytest.raises(ParserUnavailable) as info:
        choose_model()
    message = str(info.value)
    assert str(missing) in message and str(tmp_path / "stanza_resources") in message
    assert "installed model packages (eventcoder.models" in message and ENV_MODEL_DIR in message
    assert "pip install ./models/en-compact" in message and "CC BY-NC-SA 4.0" in message
