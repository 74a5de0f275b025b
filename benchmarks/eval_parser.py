#!/usr/bin/env python
"""Evaluate the compact offline Stanza pipeline on the held-out English test sets.

Runs the full pipeline (tokenize, mwt, pos, lemma, depparse) on the RAW TEXT of
en_ewt-ud-test and en_pud-ud-test (reconstructed from the "# text" comments) and
scores the output against the gold CoNLL-U with the CoNLL 2018 UD evaluation
(udeval, as bundled/used by stanza: stanza.models.common.utils.ud_scores).

Usage:
    python benchmarks/eval_parser.py [MODEL_DIR] [--ud_dir ../shared/ud]
        [--sets en_ewt-ud-test en_pud-ud-test] [--out_dir DIR] [--json FILE]

Text reconstruction: sentences of one paragraph ("# newpar") or, where a file has no
paragraph marks, of one document ("# newdoc") are joined with a space; paragraphs and
documents are separated by a blank line (which Stanza's tokenizer treats as a
paragraph break).
"""
import argparse
import io
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_MODEL = os.path.join(ROOT, "models", "en-compact")
METRICS = ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS"]


def load_pipeline(model_dir, use_gpu=False):
    """Load the compact pipeline fully offline. Mirrors training/README.md."""
    import stanza
    processors = "tokenize,mwt,pos,lemma,depparse"
    kwargs = dict(
        lang="en",
        dir=model_dir,
        download_method=None,
        processors=processors,
        tokenize_model_path=os.path.join(model_dir, "tokenize.pt"),
        mwt_model_path=os.path.join(model_dir, "mwt.pt"),
        pos_model_path=os.path.join(model_dir, "pos.pt"),
        lemma_model_path=os.path.join(model_dir, "lemma.pt"),
        depparse_model_path=os.path.join(model_dir, "depparse.pt"),
        pos_pretrain_path=None,
        depparse_pretrain_path=None,
        use_gpu=use_gpu,
        logging_level="WARN",
    )
    return stanza.Pipeline(**kwargs)


def raw_text(conllu_path):
    """Rebuild raw text from '# text' comments, with paragraph/document breaks."""
    with open(conllu_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    has_par = any(l.startswith("# newpar") for l in lines)
    blocks, cur = [], []
    for l in lines:
        if l.startswith("# newdoc") or (has_par and l.startswith("# newpar")):
            if cur:
                blocks.append(" ".join(cur))
            cur = []
        elif l.startswith("# text ="):
            cur.append(l[len("# text ="):].strip())
    if cur:
        blocks.append(" ".join(cur))
    return "\n\n".join(blocks)


def score(gold_path, system_conllu_str):
    from stanza.models.common.utils import ud_scores
    ev = ud_scores(gold_path, io.StringIO(system_conllu_str))
    out = {}
    for m in METRICS:
        if m in ev:
            out[m] = {"f1": round(100 * ev[m].f1, 2),
                      "aligned_accuracy": (round(100 * ev[m].aligned_accuracy, 2)
                                           if ev[m].aligned_accuracy is not None else None)}
    return out


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("model_dir", nargs="?", default=DEFAULT_MODEL)
    ap.add_argument("--ud_dir", default=os.path.normpath(os.path.join(ROOT, os.pardir, "shared", "ud")))
    ap.add_argument("--sets", nargs="*", default=["en_ewt-ud-test", "en_pud-ud-test"])
    ap.add_argument("--out_dir", default=None, help="write predicted .conllu files here")
    ap.add_argument("--json", default=None, help="write the scores as JSON here")
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's choice)")
    args = ap.parse_args(argv)

    import torch
    if args.threads:
        torch.set_num_threads(args.threads)
    from stanza.utils.conll import CoNLL

    t0 = time.time()
    nlp = load_pipeline(args.model_dir)
    load_s = time.time() - t0
    results = {"model_dir": os.path.abspath(args.model_dir), "load_seconds": round(load_s, 1), "sets": {}}
    for name in args.sets:
        gold = os.path.join(args.ud_dir, name + ".conllu")
        text = raw_text(gold)
        t0 = time.time()
        doc = nlp(text)
        secs = time.time() - t0
        buf = io.StringIO()
        CoNLL.write_doc2conll(doc, buf)
        sys_conllu = buf.getvalue()
        if args.out_dir:
            os.makedirs(args.out_dir, exist_ok=True)
            with open(os.path.join(args.out_dir, name + ".pred.conllu"), "w", encoding="utf-8") as f:
                f.write(sys_conllu)
        try:
            s = score(gold, sys_conllu)
        except Exception as exc:  # e.g. the tokenizer wrote <UNK> for a very long URL
            print(f"{name}: cannot be scored: {str(exc).splitlines()[0]}", file=sys.stderr)
            s = {"error": str(exc).splitlines()[0]}
        ntok = doc.num_tokens
        s["_runtime"] = {"seconds": round(secs, 1), "tokens": ntok, "tokens_per_second": round(ntok / max(secs, 1e-6))}
        results["sets"][name] = s

    print("%-16s" % "metric (F1)" + "".join("%18s" % n for n in args.sets))
    for m in ["Tokens", "Sentences", "Words", "UPOS", "XPOS", "Lemmas", "UAS", "LAS"]:
        row = "%-16s" % m
        for n in args.sets:
            v = results["sets"][n].get(m)
            row += "%18s" % ("%.2f" % v["f1"] if isinstance(v, dict) else "-")
        print(row)
    for n in args.sets:
        r = results["sets"][n]["_runtime"]
        print("%s: %d tokens in %.1fs (%d tok/s)" % (n, r["tokens"], r["seconds"], r["tokens_per_second"]))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=2)
    return results


if __name__ == "__main__":
    main()
