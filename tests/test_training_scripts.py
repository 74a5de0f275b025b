"""The training script's bookkeeping that decides whether a continuation is kept.

A continuation (``--continue``) keeps the model it started from when its own best dev score is
lower. On a fresh clone training/work is empty, so the score of the committed model must come
from its manifest, or every continuation would be kept however badly it scored.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPT = REPO_ROOT / "training" / "train_compact_model.py"


@pytest.fixture
def trainer_module(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("train_compact_model_under_test", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    model_dir = tmp_path / "model"
    model_dir.mkdir()
    monkeypatch.setattr(module, "CKPT", str(tmp_path / "ckpt"))
    monkeypatch.setattr(module, "MODEL_DIR", str(model_dir))
    return module, model_dir, tmp_path / "ckpt"


def test_best_dev_comes_from_the_manifest_on_a_fresh_clone(trainer_module):
    module, model_dir, _ = trainer_module
    (model_dir / "manifest.json").write_text(json.dumps(
        {"processors": {"pos": {"best_dev": 0.9301}, "mwt": {"status": "finished"}}}))
    assert module.model_best_dev("pos") == 0.9301
    assert module.model_best_dev("mwt") is None          # no score recorded
    assert module.model_best_dev("depparse") is None     # processor absent


def test_status_file_outranks_the_manifest(trainer_module):
    module, model_dir, ckpt = trainer_module
    (model_dir / "manifest.json").write_text(json.dumps({"processors": {"pos": {"best_dev": 0.9301}}}))
    ckpt.mkdir()
    (ckpt / "pos.status.json").write_text(json.dumps({"best_dev": 0.9355}))
    assert module.model_best_dev("pos") == 0.9355


def test_nothing_recorded_means_no_baseline(trainer_module):
    module, _, _ = trainer_module
    assert module.model_best_dev("pos") is None


def test_the_committed_manifest_gives_every_continued_stage_a_baseline():
    manifest = json.loads((REPO_ROOT / "models" / "en-compact" / "manifest.json").read_text())
    for stage in ("pos", "depparse"):
        assert isinstance(manifest["processors"][stage].get("best_dev"), float), stage
