#!/usr/bin/env python
"""Store the float32 weights of Stanza .pt model files as float16 (halves the file size).

Stanza loads model weights with nn.Module.load_state_dict, which copies the stored tensors into
the float32 parameters of the freshly built model, so an fp16-stored file loads and runs in
float32 exactly like the original (weights are just rounded to fp16 precision).

    python training/compress_fp16.py IN.pt OUT.pt
"""
import sys
import torch


def compress(src, dst):
    ckpt = torch.load(src, map_location="cpu", weights_only=False)
    n = 0

    def conv(sd):
        nonlocal n
        for k, v in list(sd.items()):
            if torch.is_tensor(v) and v.dtype == torch.float32:
                sd[k] = v.half()
                n += 1
    if isinstance(ckpt.get("model"), dict):
        conv(ckpt["model"])
    # tokenizer / seq2seq models may keep extra state dicts under other keys
    for key in ("optimizer",):
        ckpt.pop(key, None)
    torch.save(ckpt, dst, _use_new_zipfile_serialization=True)
    return n


if __name__ == "__main__":
    print(compress(sys.argv[1], sys.argv[2]), "tensors converted")
