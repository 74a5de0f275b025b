#!/usr/bin/env bash
# Here (no GPU needed): pack what a GPU device machine needs and does not have into .devpack/,
# which the device tool carries (carry: [".devpack"]): the training treebanks, xz-compressed (the
# held-out test files stay here), and wheels of Stanza and the packages the device image lacks.
# Run it with the project environment active (. .venv/bin/activate). See training/README.md,
# "On a lent GPU machine".
set -euo pipefail
# a UD_DIR given relative is read from where the script was started; the default from the repo root
if [ -n "${UD_DIR:-}" ]; then UD_DIR="$(cd "$UD_DIR" && pwd)"; fi
cd "$(dirname "$0")/../.."
UD_DIR="${UD_DIR:-../shared/ud}"
PACK=.devpack
grep -qxF "/$PACK/" .git/info/exclude 2>/dev/null || echo "/$PACK/" >> .git/info/exclude
rm -rf "$PACK" && mkdir -p "$PACK/wheels"
files=$(python -c 'import sys; sys.path.insert(0, "training"); import prepare_data as P; print(" ".join(P.TRAIN_FILES + [P.DEV_SOURCE]))')
tar -cJf "$PACK/ud.tar.xz" -C "$UD_DIR" $files
stanza_version=$(python -c 'import stanza; print(stanza.__version__)')
# the device image has torch, numpy, protobuf, requests, tqdm, networkx and huggingface-hub already
python -m pip download --quiet --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
    --platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 \
    -d "$PACK/wheels" "stanza==$stanza_version" emoji orjson udtools udapi termcolor platformdirs
du -sh "$PACK" "$PACK"/* | sed 's/^/packed: /'
