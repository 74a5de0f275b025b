#!/usr/bin/env bash
# Here, after training/device/train.sh ran on the device: unpack its result over the checkout
# (models/en-compact, training/logs, training/work/ckpt/*.status.json), after checking that the
# parts make a whole archive, so a part that did not come back changes nothing.
#     bash training/device/unpack.sh FILES_AT      # the folder the device tool's reply names
# Then: python training/finalize.py (size budget, manifest, model card, test scores).
set -euo pipefail
cd "$(dirname "$0")/../.."
from="${1:?usage: unpack.sh FILES_AT, the folder named by the device reply (files_at)}"
parts=$(ls "$from"/result.tgz.part* 2>/dev/null | sort)
[ -n "$parts" ] || { echo "unpack.sh: no result.tgz.part* in $from" >&2; exit 1; }
if ! cat $parts | tar -tzf - >/dev/null; then
    echo "unpack.sh: the parts in $from do not make a whole archive (one missing?): nothing unpacked" >&2
    exit 1
fi
cat $parts | tar -xzf -
git status --short models/en-compact
