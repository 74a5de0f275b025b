#!/usr/bin/env python
"""Finalize models/en-compact: resources.json, manifest.json, MODEL_CARD.md.

Collects per-stage status and dev scores from training/logs, runs
benchmarks/eval_parser.py end-to-end on the dev set and on the held-out test sets
(en_ewt-ud-test, en_pud-ud-test: evaluation only, never training), and writes the
manifest and model card.  Safe to re-run at any time (e.g. on a partial model).

    python training/finalize.py [--no_eval]
"""
import argparse
import datetime
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import train_compact_model as T  # noqa: E402
import prepare_data as P  # noqa: E402

STAGES = ["tokenize", "mwt", "pos", "lemma", "depparse"]
SIZE_BUDGET_MB = 60   # all processors together (issue #4); a larger model is not to be committed


def log_scores(stage):
    last = T.last_run_log(stage)   # only the last run in the log
    if last is None:
        return None
    info = {}
    best = re.findall(r"(Best dev[^\n]*|Ensemble dev F1[^\n]*)", last)
    if best:
        info["best_lines"] = best[-3:]
    vals = [float(v) for v in re.findall(r"dev_score = ([0-9.]+)", last)]
    vals += [float(v) for v in re.findall(r"Dev score: ([0-9.]+)", last)]
    if vals:
        info["max_dev_score"] = round(100 * max(vals) if max(vals) <= 1 else max(vals), 2)
    steps = re.findall(r"(?:STEP|Step)\s+(\d+)\s*/", last)
    if steps:
        info["last_logged_step"] = int(steps[-1])
    tok = re.findall(r"token F1 = ([0-9.]+), sentence F1 = ([0-9.]+), mwt F1 = ([0-9.]+)", last)
    if tok:
        info["tokenizer_dev_evals"] = len(tok)
    return info


file_sha256 = T.file_sha256


def committed_evaluation(processors):
    """The evaluation in the manifest on disk, if it scored these very model files: their sha256
    as that manifest records them, or (a manifest from before hashes) the files as committed."""
    previous = T.committed_manifest()
    if "evaluation" not in previous:
        return None
    recorded = {s: previous.get("processors", {}).get(s, {}).get("sha256") for s in STAGES}
    if all(recorded.values()):
        same = all(recorded[s] == processors[s]["sha256"] for s in STAGES)
    else:
        files = [os.path.join(T.MODEL_DIR, T.MODEL_FILES[s]) for s in STAGES]
        same = subprocess.call(["git", "diff", "--quiet", "HEAD", "--"] + files, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0
    return previous["evaluation"] if same else None


def stage_status(stage):
    st, trained_here = T.model_record(stage)
    mp = os.path.join(T.MODEL_DIR, T.MODEL_FILES[stage])
    st["model_file"] = os.path.relpath(mp, ROOT)
    st["model_exists"] = os.path.exists(mp)
    st["size_bytes"] = os.path.getsize(mp) if os.path.exists(mp) else None
    st["sha256"] = file_sha256(mp) if os.path.exists(mp) else None
    st["cmd"] = st.get("cmd") or T.stage_args(stage)
    st.setdefault("time_limit_s", T.LIMITS[stage])
    if trained_here or "dev_log" not in st:
        st["dev_log"] = log_scores(stage)
    if trained_here and "kept_previous_model" in st:   # the log's last run was discarded: its scores are not the model's
        st["dev_log"] = {"note": "last run discarded (" + st["kept_previous_model"] + "); best_dev is the kept model's"}
    return st


def compress_finished_models():
    """Store float32 weights as float16 (see compress_fp16.py) for every stage that has ended.
    The float32 originals are kept in training/work/fp32/ (gitignored)."""
    import shutil
    import torch
    from compress_fp16 import compress
    done = {}
    os.makedirs(os.path.join(HERE, "work", "fp32"), exist_ok=True)
    for s in STAGES:
        mp = os.path.join(T.MODEL_DIR, T.MODEL_FILES[s])
        ended = os.path.exists(os.path.join(T.CKPT, f"{s}.status.json"))
        if not os.path.exists(mp):
            continue
        ck = torch.load(mp, map_location="cpu", weights_only=False)
        sd = ck.get("model") if isinstance(ck, dict) else None
        if not isinstance(sd, dict) or not any(torch.is_tensor(v) and v.dtype == torch.float32 for v in sd.values()):
            done[s] = "fp16" if isinstance(sd, dict) else "unchanged"   # e.g. the committed file
            continue
        if not ended:
            continue
        shutil.copy2(mp, os.path.join(HERE, "work", "fp32", T.MODEL_FILES[s]))
        compress(mp, mp)
        done[s] = "fp16"
    return done


def patch_tokenizer_seqlen(value=1000):
    """The tokenizer is trained on 100-character chunks (--max_seqlen 100), and Stanza's pipeline
    takes max_seqlen from the model config: it then replaces every token longer than that with
    '<UNK>' (tokenize_processor.TOKEN_TOO_LONG_REPLACEMENT), which destroys long URLs and breaks
    CoNLL 2018 evaluation. Store Stanza's pipeline default (1000) in the model config instead
    (tokenization of the dev set is identical)."""
    import torch
    mp = os.path.join(T.MODEL_DIR, T.MODEL_FILES["tokenize"])
    if not os.path.exists(mp):
        return
    ck = torch.load(mp, map_location="cpu", weights_only=False)
    if ck.get("config", {}).get("max_seqlen") != value:
        ck["config"]["max_seqlen"] = value
        torch.save(ck, mp)


def versions():
    import stanza, torch
    return {"stanza": stanza.__version__, "torch": torch.__version__, "python": sys.version.split()[0]}


def fmt(v):
    return "-" if v is None else ("%.2f" % v)


def write_card(man):
    ev = man.get("evaluation", {}).get("sets", {})
    names = [n for n in ["en_compact.dev.gold", "en_ewt-ud-test", "en_pud-ud-test"] if n in ev]
    rows = []
    for m in ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "Lemmas", "UAS", "LAS"]:
        rows.append("| %s | %s |" % (m, " | ".join(fmt(ev[n].get(m, {}).get("f1")) for n in names)))
    table = ("| metric (F1, raw text in) | %s |\n|---|%s\n" % (" | ".join(names), "---|" * len(names)) + "\n".join(rows)) if names else "(not evaluated yet)"
    stages = []
    for s in STAGES:
        st = man["processors"][s]
        stages.append("| %s | %s | %s | %s |" % (s, st["model_file"], "%.1f MB" % (st["size_bytes"] / 1e6) if st["size_bytes"] else "missing",
                                               st.get("status", "not run / running")))
    data = man["data"]
    changed = data["stats"].get("harmonized_tokens", {})   # prepare_data's counts of rewritten tokens
    train_rows = "\n".join("| %s | %d | %d |" % (k, v[0], v[1]) for k, v in data["stats"]["train_files"].items())
    targets = {"LAS": 80, "UPOS": 94, "Lemmas": 96, "Sentences": 85}
    pud = ev.get("en_pud-ud-test", {})
    tlines = []
    for m, t in targets.items():
        v = pud.get(m, {}).get("f1")
        if v is not None:
            tlines.append("* %s on PUD: %.2f (target %d): %s" % (m, v, t, "met" if v >= t else "**not met**"))
    target_txt = "\n".join(tlines) if tlines else "(not evaluated yet)"
    card = f"""# en-compact: compact offline English Stanza pipeline

Processors: tokenize, mwt, pos, lemma, depparse. Trained with Stanza {man['versions']['stanza']}'s own
training code (`stanza.models.tokenizer`, `mwt_expander`, `tagger`, `lemmatizer`, `parser`)
on one GPU (`train_compact_model.py --gpu`; the same script trains on CPU without `--gpu`),
**without pretrained word vectors, charlm or transformers**.
Generated by `training/finalize.py` on {man['date']}.

## Licence

**CC BY-NC-SA 4.0 (non-commercial).** The model is trained on GUM, LinES and ParTUT
(CC BY-NC-SA 4.0) and part of EWT dev (CC BY-SA 4.0), so the model inherits the
non-commercial, share-alike terms of the NC-licensed treebanks and the attribution/share-alike
terms of EWT. Do not use it commercially. The licence's legal code and the treebanks'
attribution: `LICENSE` in this folder (the treebanks' own licence files: `../shared/ud/LICENSE-*.txt`).

This folder is also the distribution `eventcoder-model-en-compact` (`pyproject.toml`), kept
apart from the MIT `eventcoder` wheel: `pip install ./models/en-compact` from a clone, and
eventcoder finds it through the `eventcoder.models` entry point.

## Training data

Training = concatenation of the files below ({data['stats']['train'][0]} sentences, {data['stats']['train'][1]} tokens).
Dev = every {P.DEV_EVERY}th document of `{P.DEV_SOURCE}` ({data['stats']['dev'][0]} sentences, {data['stats']['dev'][1]} tokens);
the other EWT-dev documents are in training.
**Held out, never trained on:** `en_ewt-ud-test.conllu`, `en_pud-ud-test.conllu` (used only for the test scores below).

| file | sentences | tokens |
|---|---|---|
{train_rows}

LinES and ParTUT have their own XPOS inventories; their XPOS column is rebuilt as Penn Treebank
tags from UPOS, FEATS and the word (`prepare_data.ptb_xpos`, which agrees with the gold PTB tags
of EWT and GUM on 98.1% of their tokens), so the tagger predicts one tag set. The parser is
trained and selected on the tags the trained tagger predicts (stage `retag`), not on gold tags.

LinES and ParTUT also follow conventions of their own for some frequent words (ParTUT: possessive
pronouns as DET, "would" lemmatized "will"; LinES: "when" as SCONJ, "his" lemmatized "he"; both
keep hyphenated words such as "long-term" whole where EWT and GUM split them). Their tokens take
the EWT/GUM answer where EWT and GUM nearly always agree (`prepare_data.harmonize`:
{changed.get('upos', 0)} UPOS and {changed.get('lemma', 0)} lemmas changed), and the tokenizer's copy of the training
data splits {changed.get('hyphenated_words_split', 0)} hyphenated words the EWT way (`prepare_data.split_hyphens`).
ParTUT's split ordinals ("20 / th") are joined into one word as EWT writes them
({changed.get('ordinals_joined', 0)}, `prepare_data.join_ordinals`); ParTUT's and LinES's punctuation is re-attached as
the UD guidelines (and EWT and GUM) attach it, with udapi's `ud.FixPunct`
({changed.get('punct_heads_fixed', 0)} heads, `prepare_data.fix_punct`); and the tokenizer's copy repeats the sentences with a
separate "$" with "£" and with "€" ({changed.get('currency_variants', 0)} sentences, `prepare_data.currency_variants`).
{man.get('run_history', {}).get('data_of_shipped_processors', 'Which shipped processors were trained on which data:')}
Round by round: `training/run_history.json` (part of `manifest.json`).

## Processors

| processor | file | size | training status |
|---|---|---|---|
{chr(10).join(stages)}

Weights are stored as float16 on disk (`training/compress_fp16.py`, after training; Stanza loads them into
float32 modules via `load_state_dict`, so nothing changes at load time).

How this particular model was trained (rounds on the GPU, continuations of tagger and parser):
`run_history` in `manifest.json` (from `training/run_history.json`).

Total size: {man['total_size_mb']:.1f} MB (budget {SIZE_BUDGET_MB} MB{'' if man['total_size_mb'] <= SIZE_BUDGET_MB else ': OVER BUDGET, do not commit'}). Exact training commands and time limits: `manifest.json`.

## Scores

End-to-end from raw text (the "# text" comments joined into documents), CoNLL 2018 UD
evaluation (udeval as used by `stanza.models.common.utils.ud_scores`), via
`benchmarks/eval_parser.py`:

{table}

### Targets

{target_txt}

### Known weaknesses

* No pretrained word vectors or charlm (by design, for a small offline model), and no EWT or
  GUM training files (not among the open treebanks at hand): about 230k training tokens, much
  of them fiction and legal text (LinES, ParTUT). Stanza's official English models are more
  accurate; `eventcoder download-model` fetches them where there is internet.
* Tokenization errors cap every later score: {100 - pud.get('Tokens', {}).get('f1', 100):.1f}% of PUD tokens (mostly "it’s", "don’t" with a
  curly apostrophe, which PUD writes as two tokens and the model as one multi-word token, so its words still agree).
* The tagger and the parser were still improving on dev when their time ran out; longer
  training is the cheapest next gain.

## Loading (offline)

```python
import stanza
d = "models/en-compact"
nlp = stanza.Pipeline("en", dir=d, download_method=None,
                      processors="tokenize,mwt,pos,lemma,depparse",
                      tokenize_model_path=f"{{d}}/tokenize.pt", mwt_model_path=f"{{d}}/mwt.pt",
                      pos_model_path=f"{{d}}/pos.pt", lemma_model_path=f"{{d}}/lemma.pt",
                      depparse_model_path=f"{{d}}/depparse.pt",
                      pos_pretrain_path=None, depparse_pretrain_path=None)
```

Retrain: `python training/train_compact_model.py` (see `training/README.md`).
"""
    with open(os.path.join(T.MODEL_DIR, "MODEL_CARD.md"), "w") as f:
        f.write(card)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--no_eval", action="store_true")
    ap.add_argument("--no_compress", action="store_true", help="do not convert finished models to fp16 storage")
    args = ap.parse_args()
    T.write_resources()
    storage = {} if args.no_compress else compress_finished_models()
    patch_tokenizer_seqlen()
    stats = json.load(open(os.path.join(T.DATA, "data_stats.json")))
    man = {
        "name": "en-compact",
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "versions": versions(),
        "licence": "CC BY-NC-SA 4.0 (inherited from GUM, LinES, ParTUT; EWT dev part CC BY-SA 4.0)",
        "data": {
            "ud_dir": P.UD,
            "train_files": P.TRAIN_FILES + [P.DEV_SOURCE + f" (documents i with i % {P.DEV_EVERY} != 0)"],
            "dev": P.DEV_SOURCE + f" (documents i with i % {P.DEV_EVERY} == 0)",
            "held_out_never_trained": sorted(P.HELD_OUT),
            "stats": stats,
        },
        "settings": {"pretrained_word_vectors": None, "charlm": None, "torch_threads_per_process": 1,
                     "device": "cuda (one NVIDIA H100) for mwt, pos, lemma, depparse; cpu for tokenize (see run_history)", "seed": 1234,
                     "command": "training/train_compact_model.py --gpu",
                     "schedule": "rounds: [tokenize, mwt, lemma, pos] -> retag -> [pos continued, depparse on predicted tags] -> [pos continued, depparse continued]",
                     "gpu_args": T.GPU_ARGS, "gpu_limits_s": T.GPU_LIMITS},
        "processors": {s: stage_status(s) for s in STAGES},
        "tokenizer_inference_max_seqlen": "1000 (stored in tokenize.pt config; trained with 100)",
        "weight_storage": "float16 on disk for finished processors (training/compress_fp16.py); loaded into float32 modules by Stanza",
    }
    hist = os.path.join(HERE, "run_history.json")
    if os.path.exists(hist):
        man["run_history"] = json.load(open(hist))
    for s in STAGES:
        man["processors"][s]["stored_as"] = storage.get(s, "float32 (not compressed: stage not finished)")
    sizes = [man["processors"][s]["size_bytes"] or 0 for s in STAGES]
    man["total_size_mb"] = sum(sizes) / 1e6
    if not args.no_eval and all(man["processors"][s]["model_exists"] for s in STAGES):
        out_json = os.path.join(T.CKPT, "eval.json")
        env = dict(os.environ, OMP_NUM_THREADS="1")
        rc = subprocess.call([sys.executable, os.path.join(ROOT, "benchmarks", "eval_parser.py"), T.MODEL_DIR,
                              "--threads", "1", "--json", out_json], env=env)
        rc2 = subprocess.call([sys.executable, os.path.join(ROOT, "benchmarks", "eval_parser.py"), T.MODEL_DIR,
                               "--threads", "1", "--ud_dir", T.DATA, "--sets", "en_compact.dev.gold",
                               "--json", out_json + ".dev"], env=env)
        ev = json.load(open(out_json)) if rc == 0 else {"sets": {}}
        if rc2 == 0:
            ev["sets"].update(json.load(open(out_json + ".dev"))["sets"])
        ev.pop("model_dir", None)
        man["evaluation"] = ev
        man["evaluation"]["note"] = "end-to-end from raw text; en_compact.dev.gold = dev slice of en_ewt-ud-dev"
    elif args.no_eval:
        # keep the last evaluation if it is newer than every model file
        out_json = os.path.join(T.CKPT, "eval.json")
        newest_model = max([os.path.getmtime(os.path.join(T.MODEL_DIR, T.MODEL_FILES[s])) for s in STAGES
                            if os.path.exists(os.path.join(T.MODEL_DIR, T.MODEL_FILES[s]))] or [0])
        if os.path.exists(out_json) and os.path.getmtime(out_json) >= newest_model:
            ev = json.load(open(out_json))
            if os.path.exists(out_json + ".dev"):
                ev["sets"].update(json.load(open(out_json + ".dev"))["sets"])
            ev.pop("model_dir", None)
            ev["note"] = "end-to-end from raw text; en_compact.dev.gold = dev slice of en_ewt-ud-dev (reused from %s)" % (
                datetime.datetime.fromtimestamp(os.path.getmtime(out_json)).isoformat(timespec="seconds"))
            man["evaluation"] = ev
        else:   # e.g. a fresh clone with the committed files
            kept = committed_evaluation(man["processors"])
            if kept is not None:
                man["evaluation"] = kept
    with open(os.path.join(T.MODEL_DIR, "manifest.json"), "w") as f:
        json.dump(man, f, indent=2)
    write_card(man)
    print(json.dumps({s: (man["processors"][s]["status"] if "status" in man["processors"][s] else None,
                          man["processors"][s]["size_bytes"]) for s in STAGES}, indent=1))
    print("total MB: %.1f" % man["total_size_mb"])
    if man["total_size_mb"] > SIZE_BUDGET_MB:
        print(f"finalize: the model is {man['total_size_mb']:.1f} MB, over the {SIZE_BUDGET_MB} MB budget: "
              "shrink a processor (hidden sizes, deep biaffine sizes) before committing it", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
