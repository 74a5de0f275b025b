#!/usr/bin/env python
"""Train the compact offline English Stanza pipeline (tokenize, mwt, pos, lemma, depparse).

One command (from the repo root):
    python training/train_compact_model.py --gpu     # the committed model: one CUDA GPU, ~30 min
    python training/train_compact_model.py           # CPU plan: ~100 min on 2 idle cores, weaker

What it does
  1. training/prepare_data.py: assembles train/dev data from ../shared/ud
     (held-out en_ewt-ud-test and en_pud-ud-test are never read).
  2. Trains with Stanza's own training modules (stanza.models.tokenizer, mwt_expander,
     tagger, lemmatizer, parser), no pretrained word vectors, no charlm, 1 torch thread each.
     Two tracks run concurrently (2 processes max):
       track A: depparse (the expensive one)
       track B: tokenize -> mwt -> lemma -> pos
     Each stage has a wall-clock limit; Stanza saves the best-on-dev model as it goes,
     so a stage that hits its limit still leaves a usable model.
     With --gpu, all stages share one GPU in rounds instead (see main()): tokenize, mwt,
     lemma and pos side by side; retag the parser's data with that tagger; the tagger
     continues while the parser trains on the predicted tags; both continue once more.
  3. Writes models/en-compact/resources.json and manifest.json (finalize step).

Re-running resumes: stages whose final .pt exists are skipped unless --force is given;
the parser also resumes from its checkpoint (training/work/ckpt).

Options:  --stage NAME [NAME ...]  run only these stages (tokenize mwt lemma pos depparse finalize)
          --force                  retrain even if the model file exists
          --scale F                multiply every wall-clock limit by F
          --gpu                    the GPU recipe (GPU_ARGS, GPU_LIMITS, rounds)
          --parser_tags gold|predicted   what tags the parser learns from (GPU default: predicted)
          --continue               pos/depparse start from the current model files
          --short                  with --gpu: retag, then pos and depparse continue side by side
                                   (a 10-minute device call with --scale 0.7; training/device/)
          --no_finalize            leave finalize.py (manifest, card, test scores) for later
"""
import argparse
import datetime
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PY = sys.executable
DATA = os.path.join(HERE, "work", "data")
CKPT = os.path.join(HERE, "work", "ckpt")
LOGS = os.path.join(HERE, "logs")
MODEL_DIR = os.path.join(ROOT, "models", "en-compact")
SHORT = "en_compact"

def d(name):
    return os.path.join(DATA, name)

TRAIN_CONLLU = d(f"{SHORT}.train.gold.conllu")
DEV_CONLLU = d(f"{SHORT}.dev.gold.conllu")
DEV_UPOS_CONLLU = d(f"{SHORT}.dev.upos.conllu")   # XPOS/FEATS blanked: tagger model selection by UPOS

MODEL_FILES = {
    "tokenize": "tokenize.pt",
    "mwt": "mwt.pt",
    "pos": "pos.pt",
    "lemma": "lemma.pt",
    "depparse": "depparse.pt",
}

# wall-clock limits in seconds (stage is stopped with SIGTERM after this; best model so far is kept)
LIMITS = {"tokenize": 20 * 60, "mwt": 6 * 60, "lemma": 20 * 60, "pos": 45 * 60, "depparse": 100 * 60,
          "retag": 60 * 60}

COMMON = ["--cpu", "--seed", "1234"]

# --gpu: the same stages on one CUDA GPU, all five at once, with Stanza's larger default sizes
# and step counts that a GPU gets through in minutes (the committed model was trained so; see
# run_history.json).  Values here replace the CPU plan's values of the same flags.
GPU = False
GPU_LIMITS = {"tokenize": 480, "mwt": 240, "lemma": 480, "pos": 480, "depparse": 500, "retag": 300}
GPU_ARGS = {
    "tokenize": {"--steps": "20000", "--eval_steps": "500", "--max_steps_before_stop": "6000"},
    "mwt": {"--num_epoch": "30"},
    "lemma": {"--hidden_dim": "200", "--num_epoch": "30", "--decay_epoch": "15", "--batch_size": "200"},
    "pos": {"--batch_size": "250", "--max_steps": "50000", "--max_steps_before_stop": "3000",
            "--eval_interval": "100"},
    "depparse": {"--hidden_dim": "300", "--deep_biaff_hidden_dim": "200", "--batch_size": "5000",
                 "--max_steps": "50000", "--second_optim_start_step": "1000",
                 "--max_steps_before_stop": "2000", "--eval_interval": "100"},
}
# --parser_tags predicted: train and select the parser on the tags the trained tagger predicts
# (stage "retag"), as Stanza's own English models are trained, so that it learns to live with
# tagging errors instead of meeting them first at run time.
PARSER_TAGS = "gold"
CONTINUE = False   # --continue: pos and depparse start from the weights of the current model files
TRAIN_RETAG = d(f"{SHORT}.train.retag.conllu")
DEV_RETAG = d(f"{SHORT}.dev.retag.conllu")


# --set STAGE:FLAG=VALUE: one Stanza flag of one stage, over both plans (e.g. more tokenizer
# steps on a CPU with time to spare); recorded with the stage's command in its status file.
SET_ARGS: dict = {}


def with_overrides(stage, args):
    """Apply the GPU plan (replace flag values, drop --cpu), then any --set values."""
    over = dict(GPU_ARGS.get(stage, {})) if GPU else {}
    over.update(SET_ARGS.get(stage, {}))
    out = []
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--cpu" and GPU:
            i += 1
            continue
        if a in over and i + 1 < len(args):
            out += [a, over.pop(a)]
            i += 2
            continue
        out.append(a)
        i += 1
    for k, v in over.items():
        out += [k, v]
    return out
# every stage runs as `python training/run_module.py stanza.models.X ...` (= python -m stanza.models.X
# with faster CPU backward passes for nn.Bilinear and packed LSTMs; see run_module.py)
RUN = os.path.join(HERE, "run_module.py")

def stage_args(stage, cont=None):
    cont = CONTINUE if cont is None else cont
    args = with_overrides(stage, _stage_args(stage))
    if cont and stage == "depparse":
        # Stanza's own --continue_from; straight into the second optimizer (Adam)
        args += ["--continue_from", init_copy(stage), "--second_optim_start_step", "1"]
    return args


def init_copy(stage):
    """A copy of the current model file to start from (the run overwrites the original)."""
    return os.path.join(CKPT, f"{stage}_init.pt")


def _stage_args(stage):
    if stage == "retag":
        # the tagger's predict mode rewrites UPOS/XPOS/FEATS and keeps heads and relations
        return [RUN, "stanza.models.tagger", "--mode", "predict", "--lang", "en", "--shorthand", SHORT,
                "--no_pretrain", "--save_dir", MODEL_DIR, "--save_name", MODEL_FILES["pos"]] + COMMON
    if stage == "tokenize":
        return [RUN, "stanza.models.tokenizer", "--mode", "train", "--lang", "en", "--shorthand", SHORT,
                "--txt_file", d(f"{SHORT}.train.txt"), "--label_file", d(f"{SHORT}-ud-train.toklabels"),
                "--mwt_json_file", d(f"{SHORT}-ud-train-mwt.json"),
                "--dev_txt_file", d(f"{SHORT}.dev.txt"), "--dev_label_file", d(f"{SHORT}-ud-dev.toklabels"),
                "--dev_conll_gold", DEV_CONLLU, "--conll_file", os.path.join(CKPT, "tokenize_dev_pred.conllu"),
                "--use_mwt",
                "--steps", "6000", "--eval_steps", "300", "--max_steps_before_stop", "3000",
                "--save_dir", MODEL_DIR, "--save_name", MODEL_FILES[stage]] + COMMON
    if stage == "mwt":
        return [RUN, "stanza.models.mwt_expander", "--mode", "train", "--lang", "en", "--shorthand", SHORT,
                "--train_file", TRAIN_CONLLU, "--eval_file", DEV_CONLLU,
                "--output_file", os.path.join(CKPT, "mwt_dev_pred.conllu"), "--gold_file", DEV_CONLLU,
                "--num_epoch", "15",
                "--save_dir", MODEL_DIR, "--save_name", MODEL_FILES[stage]] + COMMON
    if stage == "lemma":
        return [RUN, "stanza.models.lemmatizer", "--mode", "train", "--shorthand", SHORT,
                "--train_file", TRAIN_CONLLU, "--eval_file", DEV_CONLLU,
                "--output_file", os.path.join(CKPT, "lemma_dev_pred.conllu"),
                "--hidden_dim", "100", "--num_epoch", "5", "--decay_epoch", "3", "--batch_size", "100",
                "--save_dir", MODEL_DIR, "--save_name", MODEL_FILES[stage]] + COMMON
    if stage == "pos":
        return [RUN, "stanza.models.tagger", "--mode", "train", "--lang", "en", "--shorthand", SHORT,
                "--train_file", TRAIN_CONLLU, "--eval_file", DEV_UPOS_CONLLU,
                "--output_file", os.path.join(CKPT, "pos_dev_pred.conllu"),
                "--no_pretrain", "--word_emb_dim", "100", "--hidden_dim", "200", "--char_hidden_dim", "150",
                "--deep_biaff_hidden_dim", "200", "--composite_deep_biaff_hidden_dim", "100",
                "--batch_size", "100", "--max_steps", "2000", "--eval_interval", "100", "--fix_eval_interval",
                "--max_steps_before_stop", "600",
                "--save_dir", MODEL_DIR, "--save_name", MODEL_FILES[stage]] + COMMON
    if stage == "depparse":
        train, dev = (TRAIN_RETAG, DEV_RETAG) if PARSER_TAGS == "predicted" else (TRAIN_CONLLU, DEV_CONLLU)
        return [RUN, "stanza.models.parser", "--mode", "train", "--lang", "en", "--shorthand", SHORT,
                "--train_file", train, "--eval_file", dev,
                "--output_file", os.path.join(CKPT, "depparse_dev_pred.conllu"),
                "--no_pretrain", "--word_emb_dim", "100", "--hidden_dim", "200", "--char_hidden_dim", "150",
                "--deep_biaff_hidden_dim", "200", "--deep_biaff_output_dim", "100", "--num_layers", "3",
                "--batch_size", "2000", "--max_steps", "2000", "--eval_interval", "100",
                "--second_optim_start_step", "1200", "--max_steps_before_stop", "800",
                "--checkpoint_save_name", os.path.join(CKPT, "depparse_checkpoint.pt"),
                "--save_dir", MODEL_DIR, "--save_name", MODEL_FILES[stage]] + COMMON
    raise ValueError(stage)


# Set by SIGTERM (a device call's time guard, a user's kill): running stages are stopped as at
# their time limit, so their records and the keep-the-better-model check still happen, and no
# further stage starts.
STOP = threading.Event()


def wait_for(p, limit):
    """Wait for a stage process until it ends, its limit passes or STOP is set; then stop it
    (SIGTERM: Stanza keeps its best-on-dev model).  Returns (rc, why)."""
    deadline = time.time() + limit
    while p.poll() is None and time.time() < deadline and not STOP.is_set():
        time.sleep(0.5)
    if p.poll() is not None:
        if p.returncode == -signal.SIGTERM and STOP.is_set():   # the same SIGTERM reached it (timeout)
            return 0, "stopped on request (SIGTERM)"
        return p.returncode, "finished" if p.returncode == 0 else f"failed rc={p.returncode}"
    why = "stopped on request (SIGTERM)" if STOP.is_set() else "stopped at time limit"
    p.send_signal(signal.SIGTERM)
    try:
        p.wait(timeout=60)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
    return 0, why


def run_retag():
    """Tag the parser's train and dev files with the trained tagger (stage "retag")."""
    rc = 0
    for src, dst in ((TRAIN_CONLLU, TRAIN_RETAG), (DEV_CONLLU, DEV_RETAG)):
        if STOP.is_set():
            return 1
        cmd = [PY] + stage_args("retag") + ["--eval_file", src, "--output_file", dst]
        with open(os.path.join(LOGS, "retag.log"), "a") as lf:
            lf.write("\n# CMD: " + " ".join(cmd) + "\n")
            lf.flush()
            p = subprocess.Popen(cmd, stdout=lf, stderr=subprocess.STDOUT, cwd=ROOT,
                                 env=dict(os.environ, PYTHONUNBUFFERED="1"))
            code, why = wait_for(p, (GPU_LIMITS if GPU else LIMITS)["retag"])
            rc |= 1 if why.startswith("stopped") else code   # a retag cut short is a failed one
    print(f"[retag] rc={rc}", flush=True)
    return rc


def last_run_log(stage):
    """The stage's log of its latest run (the segment after the last '# CMD:'), or None."""
    path = os.path.join(LOGS, f"{stage}.log")
    if not os.path.exists(path):
        return None
    return open(path, encoding="utf-8", errors="replace").read().rsplit("# CMD:", 1)[-1]


def last_run_best_dev(stage):
    """Best dev score (``dev_score = ``) of the stage's latest run."""
    import re
    scores = [float(v) for v in re.findall(r"dev_score = ([0-9.]+)", last_run_log(stage) or "")]
    return max(scores) if scores else None


def last_run_start_dev(stage):
    """Dev score of the model a parser continuation started from, on this run's dev file: Stanza
    reloads it when it switches to Adam at step 1 and logs ``Reloaded model with dev score``.
    After a retag the dev tags differ from those the recorded score was measured on (the
    committed parser: 0.7697 recorded, 0.7827 on the current tagger's dev tags), so this, not the
    record, is the score a continuation must beat."""
    import re
    scores = re.findall(r"Reloaded model with dev score ([0-9.]+)", last_run_log(stage) or "")
    return float(scores[0]) if scores else None


def stage_done(stage):
    """Finished earlier (marker and model file): skipped unless --force."""
    return os.path.exists(os.path.join(CKPT, f"{stage}.done")) and os.path.exists(os.path.join(MODEL_DIR, MODEL_FILES[stage]))


def committed_manifest():
    """models/en-compact/manifest.json as it is on disk (before finalize rewrites it), or {}."""
    path = os.path.join(MODEL_DIR, "manifest.json")
    return json.load(open(path)) if os.path.exists(path) else {}


def committed_status(stage):
    """The stage's entry in the committed manifest: how the model file in models/ was made.
    It stands in for the status file on a fresh clone, where training/work is empty."""
    return dict(committed_manifest().get("processors", {}).get(stage, {}))


def file_sha256(path):
    import hashlib
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def model_record(stage):
    """(record, trained_here): the record of the current model file.  The local status file is
    the record of the last local run, unless the committed manifest names this very file by its
    sha256: then that file came with the checkout (a pull, a checkout of another model) or was
    already finalized, and a status file left in training/work from an older run is stale."""
    path = os.path.join(CKPT, f"{stage}.status.json")
    committed = committed_status(stage)
    model = os.path.join(MODEL_DIR, MODEL_FILES[stage])
    if os.path.exists(path) and not (committed.get("sha256") and os.path.exists(model)
                                     and committed["sha256"] == file_sha256(model)):
        return json.load(open(path)), True
    return committed, False


def model_status(stage):
    """The record of the current model file (see model_record)."""
    return model_record(stage)[0]


def model_best_dev(stage):
    """The dev score recorded for the current model file, if any."""
    return model_status(stage).get("best_dev")


def run_stage(stage, force=False, scale=1.0, cont=None):
    if stage == "retag":
        return run_retag()
    cont = CONTINUE if cont is None else cont
    if STOP.is_set():
        print(f"[{stage}] not started: stop requested", flush=True)
        return 1
    out = os.path.join(MODEL_DIR, MODEL_FILES[stage])
    done_marker = os.path.join(CKPT, f"{stage}.done")
    if stage_done(stage) and not force:
        print(f"[{stage}] already done ({out}); skipping", flush=True)
        return 0
    if force and os.path.exists(done_marker):
        os.remove(done_marker)
    threads = os.environ.get("TRAIN_THREADS", "1")   # torch threads per stage process (2 plans: 1)
    env = dict(os.environ, OMP_NUM_THREADS=threads, MKL_NUM_THREADS=threads, OPENBLAS_NUM_THREADS=threads,
               PYTHONUNBUFFERED="1")
    previous, baseline = {}, None
    if cont and stage in ("pos", "depparse"):
        previous = model_status(stage)     # the model we start from, and what it scored
        baseline = previous.get("best_dev")
        shutil.copy2(out, init_copy(stage))
        env["STANZA_VOCAB_FROM"] = init_copy(stage)   # see run_module.use_vocab_from
        if stage == "pos":   # see run_module.init_pos_from
            env["STANZA_POS_INIT_FROM"] = init_copy(stage)
    if stage == "depparse" and (cont or force):
        # Stanza's parser resumes from an existing checkpoint before anything else (even
        # before --continue_from): a run that must not resume starts without one.
        ckpt = os.path.join(CKPT, "depparse_checkpoint.pt")
        if os.path.exists(ckpt):
            os.remove(ckpt)
    log = os.path.join(LOGS, f"{stage}.log")
    cmd = [PY] + stage_args(stage, cont)
    limit = (GPU_LIMITS if GPU else LIMITS)[stage] * scale
    t0 = time.time()
    print(f"[{stage}] start {datetime.datetime.now().isoformat(timespec='seconds')} limit={limit:.0f}s log={log}", flush=True)
    with open(log, "a") as lf:
        lf.write("\n# CMD: " + " ".join(cmd) + "\n")
        lf.flush()
        p = subprocess.Popen(cmd, stdout=lf, stderr=subprocess.STDOUT, env=env, cwd=ROOT)
        rc, status = wait_for(p, limit)
    elapsed = time.time() - t0
    ok = os.path.exists(out)
    info = {"stage": stage, "status": status, "elapsed_s": round(elapsed), "model_exists": ok,
            "device": "cuda" if GPU else "cpu", "time_limit_s": round(limit),
            "finished_at": datetime.datetime.now().isoformat(timespec="seconds"), "cmd": cmd[1:],
            "best_dev": last_run_best_dev(stage)}
    start_dev = last_run_start_dev(stage) if cont else None
    if start_dev is not None:
        baseline = info["start_dev"] = start_dev
    if ok and cont and baseline is not None and (info["best_dev"] or 0) < baseline:
        # a continuation restarts Stanza's dev history: keep the model it started from, which
        # scored better on dev (for a parser after a retag, on dev tags of another tagger: close,
        # not the same file); its record stays the model's record
        shutil.copy2(init_copy(stage), out)
        discarded = info
        reached = (f"reached dev {discarded['best_dev']}, under the {baseline} of this model"
                   if discarded["best_dev"] is not None else "ended before its first dev score")
        info = dict(previous, kept_previous_model=f"a continuation ({discarded['device']}, finished "
                    f"{discarded['finished_at']}) {reached}, and was discarded", discarded_run=discarded)
    with open(os.path.join(CKPT, f"{stage}.status.json"), "w") as f:
        json.dump(info, f, indent=2)
    if ok and rc == 0:
        open(done_marker, "w").close()
    print(f"[{stage}] {status} after {elapsed:.0f}s; model exists: {ok}", flush=True)
    return 0 if ok else 1


def write_resources():
    os.makedirs(MODEL_DIR, exist_ok=True)
    with open(os.path.join(MODEL_DIR, "resources.json"), "w") as f:
        json.dump({"en": {"lang_name": "English"}}, f, indent=2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stage", nargs="*", default=None)
    ap.add_argument("--force", action="store_true")
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--skip_prepare", action="store_true")
    ap.add_argument("--wait_pid", type=int, default=None, help="wait for this process to exit before starting")
    ap.add_argument("--gpu", action="store_true", help="train on CUDA with the GPU plan (GPU_ARGS, GPU_LIMITS)")
    ap.add_argument("--parser_tags", choices=("gold", "predicted"), default=None,
                    help="train the parser on gold tags or on the trained tagger's (needs stage retag)")
    ap.add_argument("--set", action="append", default=[], metavar="STAGE:FLAG=VALUE",
                    help="override one Stanza flag of one stage, e.g. --set tokenize:--steps=20000")
    ap.add_argument("--continue", dest="cont", action="store_true",
                    help="pos and depparse continue training from the current model files")
    ap.add_argument("--short", action="store_true",
                    help="with --gpu, for a short lease: retag with the current tagger, then the current "
                         "tagger and parser continue side by side (no stage from scratch)")
    ap.add_argument("--no_finalize", action="store_true",
                    help="stop before finalize.py (e.g. on a machine without the held-out test files)")
    args = ap.parse_args()
    signal.signal(signal.SIGTERM, lambda signum, frame: STOP.set())
    if args.short and not args.gpu:
        ap.error("--short is a GPU recipe: add --gpu")
    if args.short and args.stage:
        ap.error("--short runs its own stages (retag, pos, depparse): leave out --stage")
    if args.short and args.parser_tags == "gold":
        ap.error("--short continues the parser on the current tagger's tags: leave out --parser_tags gold")
    global GPU, PARSER_TAGS, CONTINUE
    GPU, CONTINUE = args.gpu, args.cont
    for item in args.set:
        stage, sep, rest = item.partition(":")
        flag, eq, value = rest.partition("=")
        if not (sep and eq and flag.startswith("--")):
            ap.error(f"--set {item!r}: expected STAGE:--flag=VALUE")
        if stage not in MODEL_FILES and stage != "retag":
            ap.error(f"--set {item!r}: no stage {stage!r} (stages: {', '.join(MODEL_FILES)}, retag)")
        if args.stage and stage not in args.stage:
            ap.error(f"--set {item!r}: stage {stage!r} is not among --stage {' '.join(args.stage)}")
        if stage != "retag" and not args.force and stage_done(stage):
            ap.error(f"--set {item!r}: stage {stage!r} is already done and would be skipped; add --force")
        SET_ARGS.setdefault(stage, {})[flag] = value
    # the GPU recipe trains the parser on predicted tags; the CPU plan (no time for that) on gold
    PARSER_TAGS = args.parser_tags or ("predicted" if GPU else "gold")
    for p in (DATA, CKPT, LOGS, MODEL_DIR):
        os.makedirs(p, exist_ok=True)
    write_resources()
    if not args.skip_prepare and not (os.path.exists(os.path.join(DATA, "data_stats.json")) and os.path.exists(DEV_UPOS_CONLLU)):
        subprocess.check_call([PY, os.path.join(HERE, "prepare_data.py"), DATA])

    if args.wait_pid:
        while os.path.exists(f"/proc/{args.wait_pid}"):
            time.sleep(10)
    stages = args.stage
    if stages:
        rc = 0
        for s in stages:
            if s == "finalize":
                rc |= subprocess.call([PY, os.path.join(HERE, "finalize.py")])
            else:
                rc |= run_stage(s, args.force, args.scale)
        sys.exit(rc)

    results = {}
    if GPU:
        # One GPU holds several stages at once.  Rounds (what trained the committed model,
        # see run_history.json): (1) tokenize, mwt, lemma, pos side by side; (2) retag the
        # parser's data with that tagger; (3) the tagger goes on while the parser trains on
        # the predicted tags; (4) both go on for a shorter while (Adam for the parser).
        def parallel(jobs):
            out = {}
            threads = [threading.Thread(target=lambda j=j: out.__setitem__(j[0], run_stage(*j)))
                       for j in jobs]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print("round:", out, flush=True)
            return out
        f, sc = args.force, args.scale

        def retag_or_exit():
            if run_retag() != 0:
                print("retag failed: the parser is not trained on stale tags", flush=True)
                sys.exit(1)
        if args.short:
            retag_or_exit()
            failed = any(parallel([("pos", True, sc, True), ("depparse", True, sc, True)]).values())
            sys.exit(1 if failed else finish(args))
        failed = any(parallel([("tokenize", f, sc), ("mwt", f, sc), ("lemma", f, sc), ("pos", f, sc)]).values())
        if PARSER_TAGS == "gold":
            failed |= any(parallel([("depparse", f, sc)]).values())
        else:
            retag_or_exit()
            failed |= any(parallel([("pos", True, sc, True), ("depparse", True, sc, False)]).values())
            failed |= any(parallel([("pos", True, sc * 0.7, True), ("depparse", True, sc * 0.7, True)]).values())
        rc = finish(args)
        sys.exit(1 if failed else rc)
    def track(name, stage_list):
        results[name] = [run_stage(s, args.force, args.scale) for s in stage_list]
    ta = threading.Thread(target=track, args=("A", ["depparse"]))
    tb = threading.Thread(target=track, args=("B", ["tokenize", "mwt", "lemma", "pos"]))
    ta.start(); tb.start(); ta.join(); tb.join()
    print("results:", results, flush=True)
    sys.exit(finish(args))


def finish(args):
    """finalize.py (manifest, model card, evaluation), unless --no_finalize."""
    if args.no_finalize:
        print("finalize skipped (--no_finalize): run training/finalize.py where the test files are", flush=True)
        return 0
    return subprocess.call([PY, os.path.join(HERE, "finalize.py")])


if __name__ == "__main__":
    main()
