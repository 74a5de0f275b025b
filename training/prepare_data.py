"""Assemble train/dev data for the compact English Stanza model.

Held-out files (en_ewt-ud-test, en_pud-ud-test) are NEVER read here.

Outputs (under training/work/data/):
  en_compact.train.gold.conllu / en_compact.dev.gold.conllu   (conllu for mwt/pos/lemma/depparse)
  en_compact.{train,dev}.txt, en_compact-ud-{train,dev}.toklabels, en_compact-ud-{train,dev}-mwt.json (tokenizer)
  data_stats.json
"""
import json
import os
import sys

UD = os.environ.get("UD_DIR", "/work/shared/ud")
HELD_OUT = {"en_ewt-ud-test.conllu", "en_pud-ud-test.conllu"}
TRAIN_FILES = [
    "en_gum-ud-dev.conllu", "en_gum-ud-test.conllu",
    "en_lines-ud-train.conllu", "en_lines-ud-dev.conllu", "en_lines-ud-test.conllu",
    "en_partut-ud-train.conllu", "en_partut-ud-dev.conllu", "en_partut-ud-test.conllu",
]
DEV_SOURCE = "en_ewt-ud-dev.conllu"   # every DEV_EVERY-th document -> dev, rest -> train
DEV_EVERY = 4
SHORT = "en_compact"


def read_sents(path):
    """Return list of sentences, each a list of lines (comments + token lines)."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    sents.append(cur)
                cur = []
            else:
                cur.append(line)
    if cur:
        sents.append(cur)
    return sents


def has(sent, prefix):
    return any(l.startswith(prefix) for l in sent)


def clean(sent):
    # drop enhanced deps (column 9) to keep files small/simple; keep everything else
    out = []
    for l in sent:
        if l.startswith("#"):
            out.append(l)
            continue
        cols = l.split("\t")
        if len(cols) == 10:
            cols[8] = "_"
        out.append("\t".join(cols))
    return out


def add_doc_markers(sents, fname, chunk=10):
    """Make sure every file starts a new document; for files with no doc/par
    structure (ParTUT), start a new doc every `chunk` sentences so the tokenizer
    sees paragraph-sized blocks."""
    any_doc = any(has(s, "# newdoc") for s in sents)
    any_par = any(has(s, "# newpar") for s in sents)
    out = []
    for i, s in enumerate(sents):
        s = list(s)
        if i == 0 and not has(s, "# newdoc"):
            s.insert(0, "# newdoc id = %s" % fname)
        elif not any_doc and not any_par and i % chunk == 0 and not has(s, "# newdoc"):
            s.insert(0, "# newdoc id = %s-%d" % (fname, i // chunk))
        out.append(s)
    return out


def split_docs(sents):
    docs, cur = [], []
    for s in sents:
        if has(s, "# newdoc") and cur:
            docs.append(cur)
            cur = []
        cur.append(s)
    if cur:
        docs.append(cur)
    return docs


def write(path, sents):
    with open(path, "w", encoding="utf-8") as f:
        for s in sents:
            f.write("\n".join(s) + "\n\n")


def count(sents):
    toks = sum(1 for s in sents for l in s if not l.startswith("#") and l.split("\t")[0].isdigit())
    return len(sents), toks


def main(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    train, dev = [], []
    stats = {"train_files": {}, "dev_source": DEV_SOURCE, "dev_every": DEV_EVERY}
    for fn in TRAIN_FILES:
        assert fn not in HELD_OUT
        s = add_doc_markers([clean(x) for x in read_sents(os.path.join(UD, fn))], fn)
        stats["train_files"][fn] = count(s)
        train.extend(s)
    docs = split_docs(add_doc_markers([clean(x) for x in read_sents(os.path.join(UD, DEV_SOURCE))], DEV_SOURCE))
    ewt_train, ewt_dev = [], []
    for i, d in enumerate(docs):
        (ewt_dev if i % DEV_EVERY == 0 else ewt_train).extend(d)
    # make sure the ewt part starts a new document in the concatenation
    stats["train_files"][DEV_SOURCE + " (docs not in dev)"] = count(ewt_train)
    train.extend(ewt_train)
    dev = ewt_dev
    stats["train"] = count(train)
    stats["dev"] = count(dev)
    for shard, sents in (("train", train), ("dev", dev)):
        conllu = os.path.join(out_dir, f"{SHORT}.{shard}.gold.conllu")
        write(conllu, sents)
        txt = os.path.join(out_dir, f"{SHORT}.{shard}.txt")
        from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data
        conllu_to_text.main([conllu, txt])
        prepare_tokenizer_data.main([txt, conllu,
                                     "-o", os.path.join(out_dir, f"{SHORT}-ud-{shard}.toklabels"),
                                     "-m", os.path.join(out_dir, f"{SHORT}-ud-{shard}-mwt.json")])
    # dev copy with XPOS and FEATS blanked: the tagger then selects its best model by UPOS
    # (stanza.models.tagger scores only the columns present in the dev file); with the mixed
    # PTB/LinES XPOS inventory, AllTags-based selection picked a clearly worse UPOS model.
    upos_dev = []
    for s_ in dev:
        out = []
        for l in s_:
            cols = l.split("\t")
            if len(cols) == 10:
                cols[4] = "_"
                cols[5] = "_"
            out.append("\t".join(cols))
        upos_dev.append(out)
    write(os.path.join(out_dir, f"{SHORT}.dev.upos.conllu"), upos_dev)
    with open(os.path.join(out_dir, "data_stats.json"), "w") as f:
        json.dump(stats, f, indent=2)
    print(json.dumps(stats, indent=2))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "work", "data"))
