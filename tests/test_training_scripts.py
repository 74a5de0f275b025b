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


def test_finalize_keeps_the_committed_record_of_a_stage_not_trained_here(trainer_module, monkeypatch):
    module, model_dir, _ = trainer_module
    record = {"stage": "tokenize", "device": "cuda", "best_dev": 0.93912,
              "dev_log": {"note": "kept"}, "cmd": ["stanza.models.tokenizer", "--mode", "train"]}
    (model_dir / "manifest.json").write_text(json.dumps({"processors": {"tokenize": record}}))
    (model_dir / "tokenize.pt").write_bytes(b"12345")
    monkeypatch.syspath_prepend(str(REPO_ROOT / "training"))
    spec = importlib.util.spec_from_file_location("finalize_under_test", REPO_ROOT / "training" / "finalize.py")
    finalize = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(finalize)
    monkeypatch.setattr(finalize, "T", module)
    status = finalize.stage_status("tokenize")
    assert status["device"] == "cuda" and status["best_dev"] == 0.93912
    assert status["dev_log"] == {"note": "kept"} and status["cmd"] == record["cmd"]
    assert status["size_bytes"] == 5 and status["model_exists"]


def test_a_worse_continuation_is_discarded_and_the_model_keeps_its_record(trainer_module, monkeypatch):
    module, model_dir, ckpt = trainer_module
    record = {"stage": "pos", "device": "cuda", "best_dev": 0.9301}
    (model_dir / "manifest.json").write_text(json.dumps({"processors": {"pos": record}}))
    (model_dir / "pos.pt").write_bytes(b"the committed tagger")
    ckpt.mkdir()
    monkeypatch.setattr(module, "LOGS", str(ckpt))
    # a stand-in for Stanza's tagger: overwrites the model file and logs a lower dev score
    fake = ("import sys; open(sys.argv[1], 'wb').write(b'a worse tagger'); "
            "print('dev_score = 0.9250')")
    monkeypatch.setattr(module, "stage_args",
                        lambda stage, cont=None: ["-c", fake, str(model_dir / "pos.pt")])
    assert module.run_stage("pos", force=True, cont=True) == 0
    assert (model_dir / "pos.pt").read_bytes() == b"the committed tagger"
    status = json.loads((ckpt / "pos.status.json").read_text())
    assert status["device"] == "cuda" and status["best_dev"] == 0.9301
    assert status["discarded_run"]["best_dev"] == 0.925
    assert "0.925" in status["kept_previous_model"]


def test_a_better_continuation_replaces_the_model(trainer_module, monkeypatch):
    module, model_dir, ckpt = trainer_module
    (model_dir / "manifest.json").write_text(json.dumps({"processors": {"pos": {"best_dev": 0.9301}}}))
    (model_dir / "pos.pt").write_bytes(b"the committed tagger")
    ckpt.mkdir()
    monkeypatch.setattr(module, "LOGS", str(ckpt))
    fake = ("import sys; open(sys.argv[1], 'wb').write(b'a better tagger'); "
            "print('dev_score = 0.9340')")
    monkeypatch.setattr(module, "stage_args",
                        lambda stage, cont=None: ["-c", fake, str(model_dir / "pos.pt")])
    assert module.run_stage("pos", force=True, cont=True) == 0
    assert (model_dir / "pos.pt").read_bytes() == b"a better tagger"
    status = json.loads((ckpt / "pos.status.json").read_text())
    assert status["best_dev"] == 0.934 and "kept_previous_model" not in status


def test_the_committed_model_is_within_its_size_budget():
    # issue #4: all processors together at most 60 MB
    spec = importlib.util.spec_from_file_location("finalize_budget", REPO_ROOT / "training" / "finalize.py")
    sys.path.insert(0, str(REPO_ROOT / "training"))
    try:
        finalize = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(finalize)
    finally:
        sys.path.remove(str(REPO_ROOT / "training"))
    model_dir = REPO_ROOT / "models" / "en-compact"
    files = [model_dir / f"{stage}.pt" for stage in finalize.STAGES]
    assert all(f.exists() for f in files)
    assert sum(f.stat().st_size for f in files) / 1e6 <= finalize.SIZE_BUDGET_MB
