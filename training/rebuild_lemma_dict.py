#!/usr/bin/env python
"""Rebuild the frequency dictionary inside a trained Stanza lemmatizer from the current training data.

Stanza's lemmatizer looks a (word, UPOS) pair up in a dictionary built from the training data
before it asks its seq2seq model, so the dictionary alone decides the lemma of every word seen in
training.  When only the data's conventions change (prepare_data.harmonize), rebuilding that
dictionary with Stanza's own ``Trainer.train_dict`` brings the model in line without another
seq2seq training run.  The dev lemma score (gold UPOS) is printed before and after; the file is
replaced only when the score does not drop.

    python training/rebuild_lemma_dict.py            # models/en-compact/lemma.pt, training/work/data
"""
import argparse
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import train_compact_model as T  # noqa: E402


def dev_score(trainer, dev_file):
    """Lemma accuracy on the dev file with gold UPOS, the way stanza.models.lemmatizer scores it."""
    import io
    from stanza.models.common.doc import LEMMA, TEXT, UPOS
    from stanza.models.lemma import scorer
    from stanza.models.lemma.data import DataLoader
    from stanza.utils.conll import CoNLL

    doc = CoNLL.conll2doc(input_file=dev_file)
    batch = DataLoader(doc, 100, trainer.args, vocab=trainer.vocab, evaluation=True)
    preds, edits = [], []
    for b in batch:
        ps, es = trainer.predict(b, 1)
        preds += ps
        if es is not None:
            edits += es
    preds = trainer.postprocess(batch.doc.get([TEXT]), preds, edits=edits)
    preds = trainer.ensemble(batch.doc.get([TEXT, UPOS]), preds)
    batch.doc.set([LEMMA], preds)
    _, _, score = scorer.score(io.StringIO("{:C}\n\n".format(batch.doc)), dev_file)
    return score


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=os.path.join(T.MODEL_DIR, T.MODEL_FILES["lemma"]))
    ap.add_argument("--train_file", default=T.TRAIN_CONLLU)
    ap.add_argument("--dev_file", default=T.DEV_CONLLU)
    args = ap.parse_args()

    from stanza.models.common.doc import LEMMA, TEXT, UPOS
    from stanza.models.lemma.trainer import Trainer
    from stanza.utils.conll import CoNLL

    trainer = Trainer(model_file=args.model, device="cpu")
    before = dev_score(trainer, args.dev_file)
    doc = CoNLL.conll2doc(input_file=args.train_file)
    triples = doc.get([TEXT, UPOS, LEMMA])
    if trainer.caseless:
        triples = [(w.lower(), p, l) for w, p, l in triples]
    trainer.pos_dict = {}
    trainer.train_dict(triples)
    after = dev_score(trainer, args.dev_file)
    print(f"dev lemma accuracy (gold UPOS): before {before * 100:.2f}, after {after * 100:.2f}")
    if after < before:
        print("kept the old dictionary: the rebuilt one scores lower on dev")
        return 1
    backup = os.path.join(T.CKPT, "lemma_before_dict_rebuild.pt")
    shutil.copy2(args.model, backup)
    trainer.save(args.model)
    print(f"wrote {args.model} (previous file: {backup})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
