#!/usr/bin/env python
"""Adopt an already-running stage process: wait for it (up to a deadline), stop it with SIGTERM
at the deadline, then write training/work/ckpt/<stage>.status.json (+ .done) like run_stage does.

    python training/watch_stage.py STAGE PID DEADLINE_EPOCH_SECONDS
"""
import datetime
import json
import os
import signal
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import train_compact_model as T  # noqa: E402


def alive(pid):
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    try:  # zombie check
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except OSError:
        return False


def main(stage, pid, deadline):
    t0 = time.time()
    status = "finished"
    while alive(pid):
        if time.time() > deadline:
            os.kill(pid, signal.SIGTERM)
            status = "stopped at time limit"
            for _ in range(60):
                if not alive(pid):
                    break
                time.sleep(1)
            break
        time.sleep(15)
    out = os.path.join(T.MODEL_DIR, T.MODEL_FILES[stage])
    info = {"stage": stage, "status": status, "model_exists": os.path.exists(out),
            "finished_at": datetime.datetime.now().isoformat(timespec="seconds"),
            "cmd": T.stage_args(stage),
            "note": "process adopted by watch_stage.py (wall-clock limit extended to %s)" %
                    datetime.datetime.fromtimestamp(deadline).isoformat(timespec="seconds")}
    with open(os.path.join(T.CKPT, f"{stage}.status.json"), "w") as f:
        json.dump(info, f, indent=2)
    if info["model_exists"]:
        open(os.path.join(T.CKPT, f"{stage}.done"), "w").close()
    print(stage, status, "after", round(time.time() - t0), "s")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), float(sys.argv[3]))
