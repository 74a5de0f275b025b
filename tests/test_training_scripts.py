"""The training script's bookkeeping that decides whether a continuation is kept.

A continuation (``--continue``) keeps the model it started from when its own best dev score is
lower. On a fresh clone training/work is empty, so the score of the committed model must come
from its manifest, or every continuation would be kept however badly it scored.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
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


def test_a_status_file_of_an_older_run_does_not_describe_the_committed_model(trainer_module):
    """After a pull brings a new model, the status file left from a local run is stale: the
    manifest names the model file now in models/ by its sha256, and its record wins."""
    module, model_dir, ckpt = trainer_module
    (model_dir / "pos.pt").write_bytes(b"the tagger that came with the checkout")
    sha = module.file_sha256(str(model_dir / "pos.pt"))
    (model_dir / "manifest.json").write_text(json.dumps(
        {"processors": {"pos": {"best_dev": 0.9301, "sha256": sha}}}))
    ckpt.mkdir()
    (ckpt / "pos.status.json").write_text(json.dumps({"best_dev": 0.9255}))
    assert module.model_record("pos") == ({"best_dev": 0.9301, "sha256": sha}, False)
    (model_dir / "pos.pt").write_bytes(b"a tagger trained here since")
    assert module.model_record("pos") == ({"best_dev": 0.9255}, True)


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
    status = _finalize(module, monkeypatch).stage_status("tokenize")
    assert status["device"] == "cuda" and status["best_dev"] == 0.93912
    assert status["dev_log"] == {"note": "kept"} and status["cmd"] == record["cmd"]
    assert status["size_bytes"] == 5 and status["model_exists"]


def _continue_with_stand_in(trainer_module, monkeypatch, record, stage_code):
    """Continue the tagger from a committed model whose manifest holds ``record``, with a stand-in
    for Stanza's tagger (python -c stage_code MODEL_FILE) that overwrites the model file."""
    module, model_dir, ckpt = trainer_module
    (model_dir / "manifest.json").write_text(json.dumps({"processors": {"pos": record}}))
    (model_dir / "pos.pt").write_bytes(b"the committed tagger")
    ckpt.mkdir()
    monkeypatch.setattr(module, "LOGS", str(ckpt))
    monkeypatch.setattr(module, "stage_args",
                        lambda stage, cont=None: ["-c", stage_code, str(model_dir / "pos.pt")])
    assert module.run_stage("pos", force=True, cont=True) == 0
    return (model_dir / "pos.pt").read_bytes(), json.loads((ckpt / "pos.status.json").read_text())


def test_a_worse_continuation_is_discarded_and_the_model_keeps_its_record(trainer_module, monkeypatch):
    model, status = _continue_with_stand_in(
        trainer_module, monkeypatch, {"stage": "pos", "device": "cuda", "best_dev": 0.9301},
        "import sys; open(sys.argv[1], 'wb').write(b'a worse tagger'); print('dev_score = 0.9250')")
    assert model == b"the committed tagger"
    assert status["device"] == "cuda" and status["best_dev"] == 0.9301
    assert status["discarded_run"]["best_dev"] == 0.925
    assert "0.925" in status["kept_previous_model"]


def test_a_better_continuation_replaces_the_model(trainer_module, monkeypatch):
    model, status = _continue_with_stand_in(
        trainer_module, monkeypatch, {"best_dev": 0.9301},
        "import sys; open(sys.argv[1], 'wb').write(b'a better tagger'); print('dev_score = 0.9340')")
    assert model == b"a better tagger"
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


def _run_module():
    spec = importlib.util.spec_from_file_location("run_module_under_test", REPO_ROOT / "training" / "run_module.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)     # importing patches nothing; only running it as a script does
    return module


def _step(fn, params, inputs, hx):
    """One forward and backward pass: outputs, final states and every gradient."""
    for p in list(params) + [inputs] + list(hx or ()):
        p.grad = None
    from torch.nn.utils.rnn import PackedSequence
    out, (h, c) = fn()
    data = out.data if isinstance(out, PackedSequence) else out
    ((data ** 2).sum() + 1.3 * h.sum() + 0.7 * c.sum()).backward()
    grads = [p.grad.clone() for p in params] + [inputs.grad.clone()] + [s.grad.clone() for s in (hx or ())]
    return [data.detach(), h.detach(), c.detach()] + grads


@pytest.mark.parametrize("bidirectional,batch_first,layers,with_hx", [
    (False, True, 1, False), (True, True, 1, False), (True, False, 2, True), (False, False, 1, True)])
def test_lstm_by_length_is_the_packed_lstm(bidirectional, batch_first, layers, with_hx):
    torch = pytest.importorskip("torch")
    from torch.nn.utils.rnn import pack_padded_sequence
    rm = _run_module()
    gen = torch.Generator().manual_seed(7)
    lengths = [5, 1, 9, 5, 3, 9, 2, 7, 1, 4, 6, 9]     # repeats, the longest twice, unsorted
    n, t, d, h = len(lengths), max(lengths), 6, 4
    torch.manual_seed(3)
    lstm = torch.nn.LSTM(d, h, layers, batch_first=batch_first, bidirectional=bidirectional)
    x = torch.randn((n, t, d) if batch_first else (t, n, d), generator=gen, requires_grad=True)
    dirs = layers * (2 if bidirectional else 1)
    hx = (torch.randn(dirs, n, h, generator=gen, requires_grad=True),
          torch.randn(dirs, n, h, generator=gen, requires_grad=True)) if with_hx else None

    def packed():
        return pack_padded_sequence(x, lengths, batch_first=batch_first, enforce_sorted=False)
    reference = _step(lambda: lstm(packed(), hx), list(lstm.parameters()), x, hx)
    grouped = _step(lambda: rm.lstm_by_length(lstm, packed(), hx), list(lstm.parameters()), x, hx)
    for a, b in zip(reference, grouped):
        assert a.shape == b.shape
        assert torch.allclose(a, b, atol=1e-5, rtol=1e-4)


def test_stanza_highway_lstm_trains_the_same_with_the_patch(monkeypatch):
    torch = pytest.importorskip("torch")
    pytest.importorskip("stanza")
    from stanza.models.common.hlstm import HighwayLSTM
    from stanza.models.common.packed_lstm import PackedLSTM
    rm = _run_module()
    torch.manual_seed(5)
    model = HighwayLSTM(8, 6, num_layers=2, batch_first=True, bidirectional=True, highway_func=torch.tanh, pad=True)
    lengths = [7, 7, 5, 3, 3, 1]                       # Stanza packs sentences sorted by length
    x = torch.randn(len(lengths), max(lengths), 8, requires_grad=True)
    params = list(model.parameters())
    reference = _step(lambda: model(x, lengths), params, x, None)
    monkeypatch.setattr(PackedLSTM, "forward", rm.packed_lstm_forward)
    patched = _step(lambda: model(x, lengths), params, x, None)
    for a, b in zip(reference, patched):
        assert torch.allclose(a, b, atol=1e-5, rtol=1e-4)


@pytest.mark.parametrize("enforce_sorted", [True, False])
def test_pack_sequence_by_rows_is_torchs_pack_sequence(enforce_sorted):
    torch = pytest.importorskip("torch")
    from torch.nn.utils.rnn import pack_sequence
    rm = _run_module()
    lengths = [6, 6, 4, 3, 3, 1] if enforce_sorted else [3, 6, 1, 4, 6, 3]
    base = torch.randn(sum(lengths), 5, requires_grad=True)
    weights = torch.randn(sum(lengths), 5)
    results = []
    for pack in (pack_sequence, rm.pack_sequence_by_rows):
        base.grad = None
        packed = pack(list(base.split(lengths)), enforce_sorted=enforce_sorted)
        (packed.data * weights[: len(packed.data)]).sum().backward()
        results.append((packed, base.grad.clone()))
    (ours, our_grad), (theirs, their_grad) = results[1], results[0]
    assert torch.equal(ours.data, theirs.data) and torch.equal(ours.batch_sizes, theirs.batch_sizes)
    for a, b in ((ours.sorted_indices, theirs.sorted_indices), (ours.unsorted_indices, theirs.unsorted_indices)):
        assert (a is None and b is None) or torch.equal(a, b)
    assert torch.equal(our_grad, their_grad)


def test_pack_sequence_by_rows_refuses_unsorted_input_as_torch_does():
    torch = pytest.importorskip("torch")
    rm = _run_module()
    with pytest.raises(RuntimeError):
        rm.pack_sequence_by_rows([torch.zeros(2, 3), torch.zeros(4, 3)])


def test_stanza_character_model_is_the_same_function_with_the_patches(monkeypatch):
    torch = pytest.importorskip("torch")
    pytest.importorskip("stanza")
    from stanza.models.common import char_model, packed_lstm
    rm = _run_module()
    torch.manual_seed(11)
    args = {"char_emb_dim": 7, "char_hidden_dim": 5, "char_num_layers": 1, "char_rec_dropout": 0, "dropout": 0.5}
    vocab = {"char": list(range(20))}
    for attention in (True, False):
        model = char_model.CharacterModel(args, vocab, pad=True, attention=attention)
        if attention:                      # Stanza starts the attention at zero: make it matter
            torch.nn.init.normal_(model.char_attn.weight)
        model.eval()                       # no dropout: both forwards are deterministic
        wordlens = [9, 6, 6, 4, 3, 3, 2, 1]                      # sorted, as Stanza batches them
        chars = torch.zeros(len(wordlens), max(wordlens), dtype=torch.long)
        for i, n in enumerate(wordlens):
            chars[i, :n] = torch.randint(1, 20, (n,))
        word_orig_idx = [3, 0, 7, 1, 5, 2, 6, 4]
        sentlens = [3, 3, 2]
        params = list(model.parameters())

        def run():
            for p in params:
                p.grad = None
            out = model(chars, chars == 0, word_orig_idx, sentlens, wordlens)
            (out ** 2).sum().backward()
            return [out.detach()] + [p.grad.clone() if p.grad is not None else torch.zeros_like(p) for p in params]
        with monkeypatch.context() as m:
            reference = run()
            m.setattr(packed_lstm.PackedLSTM, "forward", rm.packed_lstm_forward)
            m.setattr(char_model, "pack_sequence", rm.pack_sequence_by_rows)
            m.setattr(char_model.CharacterModel, "forward", rm.character_model_forward)
            patched = run()
        for a, b in zip(reference, patched):
            assert torch.allclose(a, b, atol=1e-5, rtol=1e-4)


CONLLU_WITH_NEW_TAGS = (
    "# text = Envoys met.\n"
    "1\tEnvoys\tenvoy\tNOUN\tNNS\tNumber=Plur|Madeup=Yes\t2\tnsubj\t_\t_\n"
    "2\tmet\tmeet\tVERB\tZZZ\tMood=Ind|Tense=Past|VerbForm=Fin\t0\troot\t_\t_\n"
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n")


def test_a_continued_parser_reads_new_data_with_its_own_vocabulary(monkeypatch):
    torch = pytest.importorskip("torch")
    pytest.importorskip("stanza")
    from stanza.models.depparse import data as depparse_data
    from stanza.models.pos import data as pos_data
    from stanza.utils.conll import CoNLL
    rm = _run_module()
    model_file = REPO_ROOT / "models" / "en-compact" / "depparse.pt"
    checkpoint = torch.load(model_file, map_location="cpu", weights_only=False)
    args = dict(checkpoint["config"])
    doc = CoNLL.conll2doc(input_str=CONLLU_WITH_NEW_TAGS)
    # Stanza alone builds the vocabulary from the new data: another size than the model's
    built = depparse_data.DataLoader(doc, 10, args, None, evaluation=False).vocab
    monkeypatch.setattr(depparse_data.Dataset, "init_vocab", depparse_data.Dataset.init_vocab)
    monkeypatch.setattr(pos_data.Dataset, "init_vocab", pos_data.Dataset.__dict__["init_vocab"])
    rm.use_vocab_from(str(model_file))
    used = depparse_data.DataLoader(doc, 10, args, None, evaluation=False).vocab
    sizes = {k: len(v["_id2unit"]) for k, v in checkpoint["vocab"].items() if isinstance(v, dict) and "_id2unit" in v}
    assert {k: len(used[k]) for k in sizes} == sizes
    assert {k: len(built[k]) for k in sizes} != sizes


def test_the_patches_leave_cuda_and_inference_to_stanza(monkeypatch):
    torch = pytest.importorskip("torch")
    pytest.importorskip("stanza")
    import torch.nn.utils.rnn as rnn
    rm = _run_module()
    calls = []
    torch_pack = rnn.pack_sequence
    monkeypatch.setattr(rnn, "pack_sequence", lambda seqs, enforce_sorted=True: calls.append("torch") or torch_pack(seqs, enforce_sorted=enforce_sorted))
    on_cpu = [torch.randn(3, 2, requires_grad=True), torch.randn(2, 2, requires_grad=True)]
    rm.pack_sequence_by_rows(on_cpu)
    assert calls == []                                        # a CPU training step: the row gather
    with torch.no_grad():
        rm.pack_sequence_by_rows(on_cpu)
    rm.pack_sequence_by_rows([torch.empty(3, 2, device="meta"), torch.empty(2, 2, device="meta")])
    assert calls == ["torch", "torch"]                        # inference, another device: torch's own
    seen = []
    monkeypatch.setattr(rm, "STANZA_CHARACTER_MODEL_FORWARD", lambda *a: seen.append(a[1].device.type) or "stanza")
    chars = torch.ones(2, 3, dtype=torch.long)
    with torch.no_grad():
        assert rm.character_model_forward(None, chars, None, [0, 1], [2], [3, 3]) == "stanza"
    assert seen == ["cpu"]


def test_a_stop_request_ends_a_stage_with_its_record_and_the_better_model_kept(trainer_module, monkeypatch):
    import threading
    import time
    module = trainer_module[0]
    monkeypatch.setattr(module, "STOP", threading.Event())
    threading.Timer(1.5, module.STOP.set).start()
    started = time.time()
    # the stand-in saves a worse model, then would train on for a minute
    model, status = _continue_with_stand_in(
        trainer_module, monkeypatch, {"best_dev": 0.9301, "device": "cuda"},
        "import sys, time; open(sys.argv[1], 'wb').write(b'a worse tagger'); "
        "print('dev_score = 0.9200', flush=True); time.sleep(60)")
    assert time.time() - started < 30
    assert model == b"the committed tagger"
    assert status["discarded_run"]["status"] == "stopped on request (SIGTERM)"
    assert module.run_stage("depparse", force=True) == 1          # nothing starts after a stop


def _finalize(module, monkeypatch):
    monkeypatch.syspath_prepend(str(REPO_ROOT / "training"))
    spec = importlib.util.spec_from_file_location("finalize_for_test", REPO_ROOT / "training" / "finalize.py")
    finalize = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(finalize)
    monkeypatch.setattr(finalize, "T", module)
    return finalize


def test_finalize_without_evaluation_keeps_the_scores_of_the_same_files_only(trainer_module, monkeypatch):
    module, model_dir, _ = trainer_module
    finalize = _finalize(module, monkeypatch)
    for stage in finalize.STAGES:
        (model_dir / f"{stage}.pt").write_bytes(stage.encode())
    hashes = {s: finalize.file_sha256(str(model_dir / f"{s}.pt")) for s in finalize.STAGES}
    evaluation = {"sets": {"en_pud-ud-test": {"LAS": {"f1": 78.06}}}}
    (model_dir / "manifest.json").write_text(json.dumps(
        {"evaluation": evaluation, "processors": {s: {"sha256": h} for s, h in hashes.items()}}))
    current = {s: {"sha256": h} for s, h in hashes.items()}
    assert finalize.committed_evaluation(current) == evaluation
    (model_dir / "pos.pt").write_bytes(b"a retrained tagger of the same size")
    current["pos"]["sha256"] = finalize.file_sha256(str(model_dir / "pos.pt"))
    assert finalize.committed_evaluation(current) is None     # other weights: those scores are not theirs


def test_a_continuation_must_beat_its_start_model_on_its_own_dev_file(trainer_module, monkeypatch):
    # after a retag the recorded score was measured on other dev tags; Stanza's reload at step 1
    # scores the start model on this run's dev file, and that is the score to beat
    model, status = _continue_with_stand_in(
        trainer_module, monkeypatch, {"stage": "pos", "best_dev": 0.7697},
        "import sys; print('Reloaded model with dev score 0.7827'); "
        "open(sys.argv[1], 'wb').write(b'a worse parser'); print('dev_score = 0.7801')")
    assert model == b"the committed tagger"
    assert status["discarded_run"]["start_dev"] == 0.7827
    assert "0.7827" in status["kept_previous_model"]


def test_the_short_gpu_recipe_refuses_gold_parser_tags():
    """--short retags and continues the parser on predicted tags; asking for gold tags with it
    was silently ignored before."""
    done = subprocess.run([sys.executable, str(SCRIPT), "--gpu", "--short", "--parser_tags", "gold"],
                          capture_output=True, text=True)
    assert done.returncode == 2
    assert "leave out --parser_tags gold" in done.stderr
