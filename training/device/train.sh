#!/usr/bin/env bash
# On the GPU device machine (device tool `run`, carry [".devpack"], from the repo root):
#     bash training/device/train.sh [train_compact_model.py options, e.g. --short --scale 0.7]
# Installs the packed wheels, unpacks the treebanks, trains with --gpu (never finalize: the held-out
# test files stay on the developer's machine), and leaves the new model files, logs and stage
# status in $OUT as parts of at most 15 MB (the tool returns 8 files of 16 MiB at most).
# Back here: bash training/device/unpack.sh FILES_AT, then python training/finalize.py.
set -uo pipefail
cd "$(dirname "$0")/../.."
: "${OUT:?OUT is not set: run this through the device tool}"
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .devpack/wheels/*.whl || exit 1
export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
mkdir -p /tmp/ud && tar -xJf .devpack/ud.tar.xz -C /tmp/ud || exit 1
UD_DIR=/tmp/ud PYTHONUNBUFFERED=1 python3 training/train_compact_model.py --gpu --no_finalize "$@" 2>&1 | tee training/logs-device.out
rc=${PIPESTATUS[0]}
mkdir -p training/logs && mv training/logs-device.out training/logs/device.out
tar -czf /tmp/result.tgz models/en-compact training/logs $(ls training/work/ckpt/*.status.json 2>/dev/null)
split -b 15m -d /tmp/result.tgz "$OUT/result.tgz.part"
ls -la "$OUT"
exit $rc
