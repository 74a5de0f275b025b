#!/usr/bin/env python
"""Run a stanza training module (python -m MODULE ARGS...) with faster CPU training passes.

1. torch's CPU backward for torch.bilinear / nn.Bilinear is pathologically slow (torch 2.13 CPU:
   ~8 s for one 1900x201 . 47x201x51 . 1900x51 product, ~25 s per tagger step in total), and
   Stanza's POS tagger uses nn.Bilinear (via BiaffineScorer) for every tag column.  This wrapper
   replaces torch.nn.functional.bilinear by a mathematically identical two-matmul formulation
   whose backward is ordinary matmuls.
2. torch's CPU LSTM over a PackedSequence slices the packed data once per time step, and the
   backward of every slice fills and copies a tensor the size of the whole batch: about three
   quarters of the character model's training time (one char LSTM call on 4,700 words: 3.2 s
   forward and backward, 0.7 s as below).  While gradients are on, on the CPU, Stanza's
   PackedLSTM runs its nn.LSTM once per distinct sequence length instead (``lstm_by_length``):
   each group is a dense batch with no padding, so outputs, final states and gradients are those
   of the packed call (tests/test_training_scripts.py checks them), for one or both directions.
3. torch's pack_sequence, which the character model calls on one sequence per sentence, pads
   through one slice copy per sequence, and the backward of each copy clones the whole gradient;
   ``pack_sequence_by_rows`` builds the same PackedSequence with one row gather.
4. Stanza's CharacterModel embeds, drops out and sums over the padded [words x longest word]
   block; ``character_model_forward`` does the same on the packed characters alone.

Measured on the 2-core machine, 1 thread, steps 3-8 of a run: a tagger step (250 sentences)
6.15 -> 3.27 s, a parser step (5,000 tokens, hidden 300) 9.12 -> 6.30 s.

Parameters, shapes and saved models are unchanged, so models trained this way load in an
unpatched Stanza, and inference (no gradients) is Stanza's own code path.

    python training/run_module.py stanza.models.tagger --mode train ...
"""
import runpy
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
from stanza.models.common import char_model, packed_lstm
from stanza.models.common.utils import tensor_unsort
from torch.nn.utils.rnn import PackedSequence, pack_padded_sequence, pad_packed_sequence

STANZA_CHARACTER_MODEL_FORWARD = char_model.CharacterModel.forward   # before any patch


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


def lstm_by_length(lstm, packed, hx=None):
    """``lstm(packed, hx)`` for an nn.LSTM, as one dense call per distinct sequence length.

    Same outputs (a PackedSequence in the same row order), same (h_n, c_n) in the caller's batch
    order, same gradients; only the grouping of the arithmetic differs."""
    data, batch_sizes = packed.data, packed.batch_sizes
    sorted_idx, unsorted_idx = packed.sorted_indices, packed.unsorted_indices
    steps = batch_sizes.to(torch.long)
    n_seq = int(steps[0])
    # the r-th sequence (sorted order) lasts as many steps as have a batch larger than r, and its
    # row at step t of the packed data is starts[t] + r
    lengths = (steps.unsqueeze(0) > torch.arange(n_seq).unsqueeze(1)).sum(1)
    starts = torch.zeros_like(steps)
    starts[1:] = torch.cumsum(steps, 0)[:-1]
    groups = [(int(l), (lengths == l).nonzero().squeeze(1)) for l in torch.unique(lengths).tolist()]
    rows = torch.cat([(starts[:l].unsqueeze(0) + ranks.unsqueeze(1)).reshape(-1) for l, ranks in groups])
    inputs = data.index_select(0, rows).split([len(ranks) * l for l, ranks in groups], 0)
    if hx is not None and sorted_idx is not None:    # nn.LSTM takes hx in the caller's order
        hx = (hx[0].index_select(1, sorted_idx), hx[1].index_select(1, sorted_idx))
    outs, hs, cs = [], [], []
    for (l, ranks), x in zip(groups, inputs):
        x = x.view(len(ranks), l, -1)
        if not lstm.batch_first:
            x = x.transpose(0, 1)
        state = None if hx is None else (hx[0].index_select(1, ranks), hx[1].index_select(1, ranks))
        out, (h, c) = lstm(x, state)
        if not lstm.batch_first:
            out = out.transpose(0, 1)
        outs.append(out.reshape(len(ranks) * l, -1))
        hs.append(h)
        cs.append(c)
    back = torch.empty_like(rows)                     # packed row k is output row back[k]
    back[rows] = torch.arange(len(rows))
    output = PackedSequence(torch.cat(outs, 0).index_select(0, back), batch_sizes, sorted_idx, unsorted_idx)
    order = torch.cat([ranks for _, ranks in groups])
    rank_back = torch.empty_like(order)
    rank_back[order] = torch.arange(n_seq)
    h_n = torch.cat(hs, 1).index_select(1, rank_back)
    c_n = torch.cat(cs, 1).index_select(1, rank_back)
    if unsorted_idx is not None:
        h_n, c_n = h_n.index_select(1, unsorted_idx), c_n.index_select(1, unsorted_idx)
    return output, (h_n, c_n)


def packed_lstm_forward(self, input, lengths, hx=None):
    """Stanza's PackedLSTM.forward, with lstm_by_length for a training step on the CPU."""
    if not isinstance(input, PackedSequence):
        input = pack_padded_sequence(input, lengths, batch_first=self.batch_first)
    if isinstance(self.lstm, nn.LSTM) and cpu_training(input.data):
        res = lstm_by_length(self.lstm, input, hx)
    else:
        res = self.lstm(input, hx)
    if self.pad:
        res = (pad_packed_sequence(res[0], batch_first=self.batch_first)[0], res[1])
    return res


def cpu_training(tensor):
    """The patches below serve CPU training steps; elsewhere (CUDA, inference) Stanza's own code runs."""
    return tensor.device.type == "cpu" and torch.is_grad_enabled()


def pack_sequence_by_rows(sequences, enforce_sorted=True):
    """torch's pack_sequence as one row gather: same PackedSequence, same gradients.  torch's own
    pads first, copying each sequence into a slice of one tensor, and the backward of every such
    copy clones the whole gradient: for the character model (one sequence per sentence, 250
    sentences a batch) that was the largest cost of a tagger step."""
    if not cpu_training(sequences[0]):
        return torch.nn.utils.rnn.pack_sequence(sequences, enforce_sorted=enforce_sorted)
    lengths = torch.tensor([len(x) for x in sequences])
    if enforce_sorted:
        if bool((lengths[1:] > lengths[:-1]).any()):
            raise RuntimeError("pack_sequence_by_rows: sequences must be sorted by length, longest first")
        order, sorted_idx, unsorted_idx = torch.arange(len(sequences)), None, None
    else:
        order = torch.sort(lengths, descending=True, stable=True).indices
        sorted_idx, unsorted_idx = order, torch.empty_like(order)
        unsorted_idx[order] = torch.arange(len(order))
    offsets = torch.zeros_like(lengths)
    offsets[1:] = torch.cumsum(lengths, 0)[:-1]
    steps = torch.arange(int(lengths.max()))
    present = lengths[order].unsqueeze(0) > steps.unsqueeze(1)                  # [T, B], sorted order
    rows = (offsets[order].unsqueeze(0) + steps.unsqueeze(1))[present]          # time-major
    data = torch.cat(list(sequences), 0).index_select(0, rows)
    return PackedSequence(data, present.sum(1), sorted_idx, unsorted_idx)


def character_model_forward(self, chars, chars_mask, word_orig_idx, sentlens, wordlens):
    """Stanza's CharacterModel.forward on the characters alone.  Stanza embeds and drops out the
    padded [words x longest word] block, so one 66-character URL makes a batch's dropout 12 times
    the work, and it sums the attended outputs through a padded copy; here the character ids are
    packed first and each word's sum is one index_add over the packed rows.  Same function (an
    elementwise dropout draws from the same distribution), same parameters."""
    if not cpu_training(chars):
        return STANZA_CHARACTER_MODEL_FORWARD(self, chars, chars_mask, word_orig_idx, sentlens, wordlens)
    ids = pack_padded_sequence(chars, wordlens, batch_first=True)
    embs = PackedSequence(self.dropout(self.char_emb(ids.data)), ids.batch_sizes, ids.sorted_indices, ids.unsorted_indices)
    batch_size = chars.size(0)
    layers = self.num_dir * self.args['char_num_layers']
    hx = (self.charlstm_h_init.expand(layers, batch_size, self.args['char_hidden_dim']).contiguous(),
          self.charlstm_c_init.expand(layers, batch_size, self.args['char_hidden_dim']).contiguous())
    output = self.charlstm(embs, wordlens, hx=hx)
    if self.attn:
        reps = output[0].data
        weights = torch.sigmoid(self.char_attn(self.dropout(reps)))
        word = torch.cat([torch.arange(int(n)) for n in output[0].batch_sizes]).to(reps.device)
        res = reps.new_zeros(batch_size, reps.size(1)).index_add(0, word, reps * weights)
    else:
        h, c = output[1]
        res = h[-2:].transpose(0, 1).contiguous().view(batch_size, -1)
    res = tensor_unsort(res, word_orig_idx)
    res = char_model.pack_sequence(res.split(sentlens))
    if self.pad:
        res = pad_packed_sequence(res, batch_first=True)[0]
    return res


def patch_packed_lstm():
    packed_lstm.PackedLSTM.forward = packed_lstm_forward
    char_model.pack_sequence = pack_sequence_by_rows
    char_model.CharacterModel.forward = character_model_forward


def use_vocab_from(path):
    """Map the training data with the vocabulary of an earlier model of the same processor.

    A continuation starts from a model whose embeddings and classifiers were sized and ordered by
    the vocabulary of its own training data; Stanza builds a new one from the new data (the
    parser's --continue_from too), and data with another tag inventory (the parser's retagged
    files: more feature types) then indexes past the model's embeddings.  With the model's own
    vocabulary a unit it never saw maps to <UNK>.  Enabled with STANZA_VOCAB_FROM=/path/model.pt."""
    from stanza.models.depparse import data as depparse_data
    from stanza.models.pos import data as pos_data
    from stanza.models.pos.vocab import MultiVocab
    vocab = MultiVocab.load_state_dict(torch.load(path, map_location="cpu", weights_only=False)["vocab"])
    print("STANZA_VOCAB_FROM: the vocabulary of %s" % path, flush=True)
    pos_data.Dataset.init_vocab = staticmethod(lambda docs, args, tag_columns=None: vocab)
    depparse_data.Dataset.init_vocab = lambda self, data: vocab


def init_pos_from(path):
    """Start tagger training from the weights of an earlier tagger model (with STANZA_VOCAB_FROM
    naming the same file, so that the model is built to the shapes of those weights).
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
    F.bilinear = fast_bilinear
    patch_packed_lstm()
    if os.environ.get("STANZA_VOCAB_FROM"):
        use_vocab_from(os.environ["STANZA_VOCAB_FROM"])
    if os.environ.get("STANZA_POS_INIT_FROM"):
        init_pos_from(os.environ["STANZA_POS_INIT_FROM"])
    module = sys.argv[1]
    sys.argv = [module] + sys.argv[2:]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
