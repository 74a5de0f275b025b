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


# Treebanks whose XPOS column is not Penn Treebank (LinES: its own tag set; ParTUT: Italian-style
# TUT tags).  Mixed with the PTB tags of EWT/GUM they gave the tagger and the parser an
# inconsistent XPOS inventory, so their XPOS is rebuilt from UPOS + FEATS + form below.
NON_PTB_XPOS = ("en_lines-", "en_partut-")
MODALS = {"can", "could", "will", "would", "shall", "should", "may", "might", "must", "ought", "'ll", "'d", "wo", "ca"}
PUNCT_XPOS = {",": ",", ".": ".", "?": ".", "!": ".", ":": ":", ";": ":", "...": ":", "…": ":",
              "(": "-LRB-", "[": "-LRB-", "{": "-LRB-", ")": "-RRB-", "]": "-RRB-", "}": "-RRB-",
              "\"": "``", "``": "``", "“": "``", "‘": "``", "''": "''", "”": "''", "’": "''", "'": "''",
              "-": "HYPH", "‐": "HYPH", "--": ":", "–": ":", "—": ":"}


def ptb_xpos(form, lemma, upos, feats, deprel):
    """Penn Treebank tag for a UD token, the way EWT tags it (deterministic from UPOS/FEATS)."""
    f = dict(kv.split("=", 1) for kv in feats.split("|") if "=" in kv) if feats != "_" else {}
    low = form.lower()
    degree = f.get("Degree")
    if upos == "NOUN":
        return "NNS" if f.get("Number") == "Plur" else "NN"
    if upos == "PROPN":
        return "NNPS" if f.get("Number") == "Plur" else "NNP"
    if upos == "ADJ":
        return {"Cmp": "JJR", "Sup": "JJS"}.get(degree, "JJ")
    if upos == "ADV":
        if f.get("PronType") in ("Int", "Rel"):
            return "WRB"
        return {"Cmp": "RBR", "Sup": "RBS"}.get(degree, "RB")
    if upos in ("VERB", "AUX"):
        if upos == "AUX" and (f.get("VerbType") == "Mod" or lemma.lower() in MODALS or low in MODALS):
            return "MD"
        vf, tense = f.get("VerbForm"), f.get("Tense")
        if vf == "Ger" or (vf == "Part" and tense == "Pres"):
            return "VBG"
        if vf == "Part":
            return "VBN"
        if vf == "Inf" or f.get("Mood") == "Imp":
            return "VB"
        if tense == "Past":
            return "VBD"
        if tense == "Pres":
            return "VBZ" if f.get("Person") == "3" and f.get("Number") == "Sing" else "VBP"
        return "VB"
    if upos == "PRON":
        if f.get("Poss") == "Yes":
            return "WP$" if f.get("PronType") in ("Int", "Rel") else "PRP$"
        if deprel == "expl" and low == "there":
            return "EX"
        if f.get("PronType") in ("Int", "Rel"):
            return "WDT" if low in ("which", "that") else "WP"
        if f.get("PronType") == "Dem":
            return "DT"
        if f.get("PronType") in ("Ind", "Neg", "Tot") and not low.endswith(("one", "body", "thing")):
            return "DT"
        if low.endswith(("one", "body", "thing")) and f.get("PronType") != "Prs":
            return "NN"
        return "PRP"
    if upos == "DET":
        if f.get("Poss") == "Yes":
            return "PRP$"
        if f.get("PronType") in ("Int", "Rel"):
            return "WDT"
        if deprel == "det:predet":
            return "PDT"
        return "DT"
    if upos == "NUM":
        return "CD"
    if upos == "ADP":
        return "RP" if deprel == "compound:prt" else "IN"
    if upos == "SCONJ":
        return "IN"
    if upos == "CCONJ":
        return "CC"
    if upos == "PART":
        if low == "to":
            return "TO"
        if low in ("not", "n't", "nt"):
            return "RB"
        if low in ("'s", "'", "’s", "’"):
            return "POS"
        return "RP"
    if upos == "INTJ":
        return "UH"
    if upos == "PUNCT":
        return PUNCT_XPOS.get(form, "NFP")
    if upos == "SYM":
        return "$" if form in ("$", "€", "£", "¥") else ("#" if form == "#" else "SYM")
    if upos == "X":
        return "FW"
    return "XX"


def to_ptb(sent):
    out = []
    for l in sent:
        cols = l.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            cols[4] = ptb_xpos(cols[1], cols[2], cols[3], cols[5], cols[7])
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
        sents = [clean(x) for x in read_sents(os.path.join(UD, fn))]
        if fn.startswith(NON_PTB_XPOS):
            sents = [to_ptb(x) for x in sents]
        s = add_doc_markers(sents, fn)
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
