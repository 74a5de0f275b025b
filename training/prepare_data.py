"""Assemble train/dev data for the compact English Stanza model.

Held-out files (en_ewt-ud-test, en_pud-ud-test) are NEVER read here.

Outputs (under training/work/data/):
  en_compact.train.gold.conllu / en_compact.dev.gold.conllu   (conllu for mwt/pos/lemma/depparse)
  en_compact.{train,dev}.txt, en_compact-ud-{train,dev}.toklabels, en_compact-ud-{train,dev}-mwt.json (tokenizer)
  data_stats.json
"""
import json
import os
import re
import sys

# the treebanks in ../shared/ud beside the checkout (UD_DIR to read them elsewhere)
UD = os.environ.get("UD_DIR", os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), os.pardir, os.pardir, "shared", "ud")))
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


# LinES and ParTUT annotate some frequent words by conventions of their own: ParTUT tags possessive
# pronouns DET and lemmatizes "would" as "will"; LinES tags "when" SCONJ and lemmatizes "his" as
# "he".  Mixed with EWT and GUM, they teach the tagger and the lemmatizer two answers for one word.
# Their tokens take the EWT/GUM answer wherever EWT and GUM (the reference, never the dev slice)
# give one answer nearly always.  The UPOS table covers closed-class tags only (open-class
# tags differ by content, not by convention); the lemma table covers any (word, UPOS) pair but
# proper nouns.
CONVENTION_MIN_COUNT = {"upos": 20, "lemma": 10}
CONVENTION_MIN_SHARE = 0.97
CLOSED_UPOS = {"ADP", "AUX", "CCONJ", "DET", "PART", "PRON", "SCONJ", "ADV", "NUM", "INTJ"}


def _tokens(sents):
    for sent in sents:
        for l in sent:
            cols = l.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                yield cols


def convention_tables(reference_sents):
    """(form -> UPOS, (form, UPOS) -> lemma) where the reference treebanks nearly always agree."""
    import collections
    upos_counts = collections.defaultdict(collections.Counter)
    lemma_counts = collections.defaultdict(collections.Counter)
    for cols in _tokens(reference_sents):
        low = cols[1].lower()
        upos_counts[low][cols[3]] += 1
        lemma_counts[(low, cols[3])][cols[2]] += 1

    def dominant(counts, min_count):
        total = sum(counts.values())
        value, n = counts.most_common(1)[0]
        return value if total >= min_count and n / total >= CONVENTION_MIN_SHARE else None

    upos = {w: t for w, c in upos_counts.items()
            if (t := dominant(c, CONVENTION_MIN_COUNT["upos"])) in CLOSED_UPOS}
    lemma = {k: v for k, c in lemma_counts.items()
             if k[1] != "PROPN" and (v := dominant(c, CONVENTION_MIN_COUNT["lemma"])) is not None}
    return upos, lemma


def harmonize(sent, upos_table, lemma_table, changes):
    """The sentence with EWT/GUM conventions for UPOS, then lemma; counts what changed."""
    out = []
    for l in sent:
        cols = l.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            low = cols[1].lower()
            tag = upos_table.get(low)
            if tag and cols[3] != tag and cols[3] != "PROPN":
                changes["upos"] += 1
                cols[3] = tag
            lemma = lemma_table.get((low, cols[3]))
            if lemma and cols[2] != lemma:
                changes["lemma"] += 1
                cols[2] = lemma
            l = "\t".join(cols)
        out.append(l)
    return out


# Hyphenated words: EWT and GUM (and so the dev set and the news we parse) split "long-term" into
# long / - / term and keep only prefixed words whole ("e-mail", "non-European", "re-entry");
# LinES and most of ParTUT keep every hyphenated word whole.  Trained on both, the tokenizer
# guesses, and its misses were the largest group of token errors on dev.  The tokenizer's own
# training copy (``*.train.tok.conllu``; the other stages keep the treebanks' words) splits
# those words the EWT way, keeping whole the ones whose first part EWT/GUM keep whole.
HYPHENATED = re.compile(r"^[^\W_]+(?:-[^\W_]+)+$")


HYPHEN_PREFIX_MIN_COUNT = 2   # a first part kept whole once ("twisty-ness") is no convention


def hyphen_prefixes(reference_sents):
    """First parts of the hyphenated words the reference treebanks keep whole ("e", "non", "re")."""
    import collections
    counts = collections.Counter(
        cols[1].split("-", 1)[0].lower() for cols in _tokens(reference_sents) if HYPHENATED.match(cols[1])
    )
    return {prefix for prefix, n in counts.items() if n >= HYPHEN_PREFIX_MIN_COUNT}


def _range_ids(sent):
    """Ids of the words inside multi-word tokens ("don't" = do + n't): never split or joined."""
    ids = set()
    for l in sent:
        first = l.split("\t", 1)[0]
        if "-" in first and first.replace("-", "").isdigit():
            a, b = map(int, first.split("-"))
            ids.update(range(a, b + 1))
    return ids


def split_hyphens(sent, keep_whole, counter):
    """The sentence with hyphenated words split into parts and hyphens, for tokenizer data:
    ids, heads and multi-word ranges renumbered, the last part heading the others."""
    in_range = _range_ids(sent)

    def parts_of(cols):
        form = cols[1]
        if int(cols[0]) in in_range or not HYPHENATED.match(form) or form.split("-", 1)[0].lower() in keep_whole:
            return [form]
        counter["hyphenated_words_split"] += 1
        pieces = form.split("-")
        return [x for piece in pieces for x in (piece, "-")][:-1]

    split = {}   # word id -> its parts
    new_id = {"0": 0}
    next_id = 1
    for l in sent:
        cols = l.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            split[cols[0]] = parts_of(cols)
            next_id += len(split[cols[0]])
            new_id[cols[0]] = next_id - 1  # the last part stands for the word

    def rows_of(cols):
        parts = split[cols[0]]
        last = new_id[cols[0]]
        first_id = last - len(parts) + 1
        rows = []
        for i, piece in enumerate(parts[:-1]):
            rel, upos = ("punct", "PUNCT") if piece == "-" else ("compound", "X")
            rows.append([str(first_id + i), piece, piece, upos, "_", "_", str(last), rel, "_", "SpaceAfter=No"])
        cols[0], cols[6] = str(last), str(new_id.get(cols[6], cols[6]))
        if len(parts) > 1:
            cols[1] = cols[2] = parts[-1]
        return rows + [cols]

    return _renumbered(sent, new_id, rows_of)


def _renumbered(sent, new_id, rows_of):
    """The sentence with comments kept, multi-word ranges renumbered by ``new_id`` (old word id ->
    new id) and each word line replaced by the rows ``rows_of(columns)`` returns (none drops it)."""
    out = []
    for l in sent:
        cols = l.split("\t")
        if len(cols) != 10:
            out.append(l)
        elif not cols[0].isdigit():
            if "-" in cols[0]:
                a, b = cols[0].split("-")
                cols[0] = f"{new_id[a]}-{new_id[b]}"
            out.append("\t".join(cols))
        else:
            out.extend("\t".join(row) for row in rows_of(cols))
    return out


# Ordinals: EWT, GUM (and the news we parse) write "20th" as one word; ParTUT splits it into
# 20 / th.  Trained on both, the tokenizer learns to cut "8th" in two, and the tagger and
# parser learn a word the tokenizer should never produce.  ParTUT's ordinals are joined.
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}


def join_ordinals(sent, counter):
    """The sentence with "20" + "th" (no space between) joined into "20th", EWT-style:
    the suffix's tags, the number's head (amod where it was nummod), ids renumbered."""
    words = list(_tokens([sent]))
    in_range = {str(i) for i in _range_ids(sent)}
    suffix_of = {}   # number id -> its suffix's columns
    for num, suf in zip(words, words[1:]):
        if (num[1].isdigit() and suf[1].lower() in ORDINAL_SUFFIXES and "SpaceAfter=No" in num[9]
                and not {num[0], suf[0]} & in_range and num[0] not in suffix_of.values()):
            suffix_of[num[0]] = suf
    if not suffix_of:
        return sent
    counter["ordinals_joined"] += len(suffix_of)
    absorbed = {suf[0]: num for num, suf in suffix_of.items()}
    new_id = {"0": "0"}
    for c in words:
        if c[0] not in absorbed:
            new_id[c[0]] = str(len(new_id))
    for suf, num in absorbed.items():
        new_id[suf] = new_id[num]

    def rows_of(cols):
        if cols[0] in absorbed:
            return []
        suf = suffix_of.get(cols[0])
        if suf:
            head = cols[6] if cols[6] != suf[0] else suf[6]
            cols = [cols[0], cols[1] + suf[1], cols[1] + suf[1].lower(), suf[3], suf[4], suf[5], head,
                    "amod" if cols[7] == "nummod" else cols[7], "_", suf[9]]
        cols[0], cols[6] = new_id[cols[0]], new_id.get(cols[6], cols[6])
        return [cols]

    return _renumbered(sent, new_id, rows_of)


# Punctuation: EWT and GUM attach punctuation as the UD guidelines say (projectively, to the head
# of the neighbouring phrase; udapi's ud.FixPunct changes 0.7% and 0.0% of their punctuation
# heads), ParTUT and LinES do not (ud.FixPunct changes 19.9% and 2.2%).  A parser trained on the
# mix attached 22% of the dev set's punctuation to the wrong head, its largest error group.
# ParTUT's and LinES's punctuation is re-attached with ud.FixPunct (udapi comes with Stanza).


def fix_punct(sents, counter):
    """The sentences with punctuation heads as udapi's ud.FixPunct re-attaches them; only
    heads change (the other columns are kept as they were)."""
    from udapi.block.ud.fixpunct import FixPunct
    from udapi.core.document import Document
    doc = Document()
    doc.from_conllu_string("".join("\n".join(s) + "\n\n" for s in sents))
    FixPunct().run(doc)
    fixed = [b.split("\n") for b in doc.to_conllu_string().strip("\n").split("\n\n")]
    assert len(fixed) == len(sents), "ud.FixPunct returned another number of sentences"
    out = []
    for sent, new in zip(sents, fixed):
        heads = {c[0]: c[6] for c in _tokens([new])}
        rows = []
        for l in sent:
            cols = l.split("\t")
            if len(cols) == 10 and cols[0].isdigit() and heads.get(cols[0], cols[6]) != cols[6]:
                counter["punct_heads_fixed"] += 1
                cols[6] = heads[cols[0]]
                l = "\t".join(cols)
            rows.append(l)
        out.append(rows)
    return out


# Currencies: the training text has a few dozen "$ 40" and almost no "£" or "€", so the tokenizer
# left "£760" whole in British news, which EWT-style treebanks write "£ 760".  The tokenizer's
# copy gets every sentence with a separate "$" word twice more, with "£" and with "€", as one
# extra document at the end.
CURRENCY_VARIANTS = ("£", "€")


def currency_variants(sents, counter):
    """Copies of the sentences whose every "$" is a word of its own, with "£" and "€" instead."""
    out = []
    for sent in sents:
        words = [c for c in (l.split("\t") for l in sent) if len(c) == 10]
        text = "".join(l for l in sent if l.startswith("# text"))
        if not any(c[1] == "$" for c in words) or text.count("$") != sum(c[1] == "$" for c in words):
            continue
        for sign in CURRENCY_VARIANTS:
            copy = [l.replace("$", sign) if l.startswith("# text") else l for l in sent
                    if not l.startswith(("# newdoc", "# newpar", "# sent_id"))]
            copy = [l if len(l.split("\t")) != 10 else "\t".join(
                sign if i in (1, 2) and x == "$" else x for i, x in enumerate(l.split("\t"))) for l in copy]
            out.append(copy)
            counter["currency_variants"] += 1
    if out:
        out[0].insert(0, "# newdoc id = currency-variants")
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
    import collections
    os.makedirs(out_dir, exist_ok=True)
    train, dev = [], []
    stats = {"train_files": {}, "dev_source": DEV_SOURCE, "dev_every": DEV_EVERY}
    docs = split_docs(add_doc_markers([clean(x) for x in read_sents(os.path.join(UD, DEV_SOURCE))], DEV_SOURCE))
    ewt_train, ewt_dev = [], []
    for i, d in enumerate(docs):
        (ewt_dev if i % DEV_EVERY == 0 else ewt_train).extend(d)
    sources = {fn: [clean(x) for x in read_sents(os.path.join(UD, fn))] for fn in TRAIN_FILES}
    reference = ewt_train + [s for fn, ss in sources.items() if not fn.startswith(NON_PTB_XPOS) for s in ss]
    upos_table, lemma_table = convention_tables(reference)
    keep_whole = hyphen_prefixes(reference)
    changes = collections.Counter()
    tok_train = []   # the tokenizer's copy of train: hyphenated words split the EWT way
    for fn in TRAIN_FILES:
        assert fn not in HELD_OUT
        sents = sources[fn]
        if fn.startswith(NON_PTB_XPOS):
            sents = [to_ptb(join_ordinals(harmonize(x, upos_table, lemma_table, changes), changes)) for x in sents]
            sents = fix_punct(sents, changes)
        s = add_doc_markers(sents, fn)
        stats["train_files"][fn] = count(s)
        train.extend(s)
        tok_train.extend([split_hyphens(x, keep_whole, changes) for x in s] if fn.startswith(NON_PTB_XPOS) else s)
    # make sure the ewt part starts a new document in the concatenation
    stats["train_files"][DEV_SOURCE + " (docs not in dev)"] = count(ewt_train)
    train.extend(ewt_train)
    tok_train.extend(ewt_train)
    tok_train.extend(currency_variants(tok_train, changes))
    stats["harmonized_tokens"] = dict(changes)
    dev = ewt_dev
    stats["train"] = count(train)
    stats["dev"] = count(dev)
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data
    write(os.path.join(out_dir, f"{SHORT}.train.gold.conllu"), train)
    write(os.path.join(out_dir, f"{SHORT}.dev.gold.conllu"), dev)
    write(os.path.join(out_dir, f"{SHORT}.train.tok.conllu"), tok_train)
    for shard, conllu in (("train", f"{SHORT}.train.tok.conllu"), ("dev", f"{SHORT}.dev.gold.conllu")):
        conllu = os.path.join(out_dir, conllu)
        txt = os.path.join(out_dir, f"{SHORT}.{shard}.txt")
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
