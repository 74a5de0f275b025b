#!/usr/bin/env bash
# On the GPU device machine (device tool `run`, carry [".devpack"], from the repo root):
#     bash training/device/train.sh [train_compact_model.py options, e.g. --short --scale 0.7]
# Installs the packed wheels, unpacks the treebanks, trains with --gpu (never finalize: the held-out
# test files stay on the developer's machine), stores the model files as fp16, and leaves them,
# the logs and the stage status in $OUT as parts of at most 15 MB (the tool returns 8 files of
# 16 MiB at most), with the run's log as $OUT/train.log.  TRAIN_BUDGET_S (default 450) bounds the
# training (SIGTERM: the running stages stop as at their time limit, with their records; 90 s
# later anything left is killed) so that packing still happens inside the tool's 600-second call.
# Back here: bash training/device/unpack.sh FILES_AT, then python training/finalize.py.
set -uo pipefail
cd "$(dirname "$0")/../.."
: "${OUT:?OUT is not set: run this through the device tool}"
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .devpack/wheels/*.whl || exit 1
export PYTHONPATH=/tmp/site${PYTHONPATH:+:$PYTHONPATH}
mkdir -p /tmp/ud && tar -xJf .devpack/ud.tar.xz -C /tmp/ud || exit 1
UD_DIR=/tmp/ud PYTHONUNBUFFERED=1 timeout -k 90 "${TRAIN_BUDGET_S:-450}" \
    python3 training/train_compact_model.py --gpu --no_finalize "$@" 2>&1 | tee "$OUT/train.log"
rc=${PIPESTATUS[0]}
pkill -f training/run_module.py && sleep 3     # stages left running, if any
for f in models/en-compact/*.pt; do python3 training/compress_fp16.py "$f" "$f" >/dev/null || rc=1; done
tar -czf /tmp/result.tgz models/en-compact training/logs $(ls training/work/ckpt/*.status.json 2>/dev/null)
split -b 15m -d /tmp/result.tgz "$OUT/result.tgz.part"
parts=$(ls "$OUT"/result.tgz.part* | wc -l)
if [ "$parts" -gt 7 ]; then
    echo "train.sh: the result needs $parts parts; the tool returns 8 files with train.log" >&2
    rc=1
fi
ls -la "$OUT"
exit $rc
