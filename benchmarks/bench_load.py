"""Load time and memory of the full shipped dictionaries: cold (no cache) and warm (cached).

    python benchmarks/bench_load.py

Each measurement runs in a fresh Python process with its own cache folder, so the figures
are what a user sees on the first and on every later `import eventcoder; load_dictionaries()`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

CHILD = """
import json, resource, sys, time
start = time.perf_counter()
import eventcoder
imported = time.perf_counter() - start
start = time.perf_counter()
d = eventcoder.load_dictionaries()
loaded = time.perf_counter() - start
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"import_s": imported, "load_s": loaded, "max_rss_mb": rss_mb, "stats": d.stats(),
                  "torch_imported": "torch" in sys.modules}))
"""


def run(cache_dir: str) -> dict:
    env = {**os.environ, "EVENTCODER_CACHE_DIR": cache_dir}
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        cold = run(cache)
        warm = [run(cache) for _ in range(3)]
    best = min(warm, key=lambda r: r["load_s"])
    print(f"entries: {cold['stats']}")
    print(f"import eventcoder: {cold['import_s']:.2f} s (torch imported: {cold['torch_imported']})")
    print(f"cold load (no cache yet): {cold['load_s']:.2f} s, peak memory {cold['max_rss_mb']:.0f} MB")
    print(f"warm load (cached), best of 3: {best['load_s']:.2f} s, peak memory {best['max_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
