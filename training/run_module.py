#!/usr/bin/env python
"""Run a stanza training module (python -m MODULE ARGS...) with a faster torch bilinear backward.

torch's CPU backward for torch.bilinear / nn.Bilinear is pathologically slow (torch 2.13 CPU:
~8 s for one 1900x201 . 47x201x51 . 1900x51 product, ~25 s per tagger step in total), and Stanza's
POS tagger uses nn.Bilinear (via BiaffineScorer) for every tag column.  This wrapper replaces
torch.nn.functional.bilinear by a mathematically identical two-matmul formulation whose backward
is ordinary matmuls.  Parameters, shapes and saved models are unchanged, so models trained this
way load in an unpatched Stanza.

    python training/run_module.py stanza.models.tagger --mode train ...
"""
import runpy
import sys

import torch
import torch.nn.functional as F


def fast_bilinear(input1, input2, weight, bias=None):
    # y[..., o] = sum_ij x1[..., i] W[o, i, j] x2[..., j] + b[o]
    o, i, j = weight.shape
    lead = input1.shape[:-1]
    x1 = input1.reshape(-1, i)
    x2 = input2.reshape(-1, j)
    tmp = (x1 @ weight.permute(1, 0, 2).reshape(i, o * j)).view(-1, o, j)   # (N, o, j)
    y = torch.bmm(tmp, x2.unsqueeze(2)).squeeze(2)                          # (N, o)
    if bias is not None:
        y = y + bias
    return y.view(*lead, o)


F.bilinear = fast_bilinear


def init_pos_from(path):
    """Start tagger training from the weights of an earlier tagger model (same data -> same vocab).
    Enabled with the environment variable STANZA_POS_INIT_FROM=/path/to/pos.pt."""
    from stanza.models.pos import trainer as pos_trainer
    orig_init = pos_trainer.Trainer.__init__

    def patched(self, *args, **kwargs):
        orig_init(self, *args, **kwargs)
        if kwargs.get("model_file") is None and getattr(self, "model", None) is not None:
            ckpt = torch.load(path, map_location="cpu", weights_only=False)
            missing, unexpected = self.model.load_state_dict(ckpt["model"], strict=False)
            print("STANZA_POS_INIT_FROM: loaded %s (missing %d, unexpected %d)" % (path, len(missing), len(unexpected)), flush=True)
    pos_trainer.Trainer.__init__ = patched

if __name__ == "__main__":
    import os
    if os.environ.get("STANZA_POS_INIT_FROM"):
        init_pos_from(os.environ["STANZA_POS_INIT_FROM"])
    module = sys.argv[1]
    sys.argv = [module] + sys.argv[2:]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
