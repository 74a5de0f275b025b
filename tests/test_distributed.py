"""Coding on a Dask cluster (the optional `dask` extra), on local clusters.

CoNLL-U stories need no parser; raw-text stories run once the compact model is complete.
The events must equal what the corpus runner writes for the same stories.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag", reason="dask is not installed (pip install 'eventcoder[dask]')")
pytest.importorskip("dask.dataframe", reason="dask[dataframe] is not installed (pip install 'eventcoder[dask]')")
distributed = pytest.importorskip("dask.distributed", reason="distributed is not installed (pip install 'eventcoder[dask]')")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

import eventcoder.distributed as ecd  # noqa: E402
from eventcoder.distributed import code_bag, code_dataframe  # noqa: E402
from eventcoder.inputs import iter_inputs  # noqa: E402
from eventcoder.runner import code_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "turkey-iran.conllu"


def stories(count: int) -> list[dict]:
    blocks = [b.strip() + "\n" for b in EXAMPLE.read_text(encoding="utf-8").split("\n\n") if b.strip()]
    out = []
    for i in range(count):
        k = i % len(blocks)
        chosen = (blocks[k:] + blocks[:k])[: 2 + i % 5]
        out.append({"story_id": f"s{i:03d}", "date": f"2020-03-{i % 28 + 1:02d}", "conllu": "\n".join(chosen)})
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The stories as dicts, and the runner's JSON Lines events for them."""
    folder = tmp_path_factory.mktemp("dask")
    items = stories(24)
    path = folder / "corpus.conllu"
    path.write_text(
        "\n".join(f"# story_id = {s['story_id']}\n# date = {s['date']}\n{s['conllu']}" for s in items), encoding="utf-8"
    )
    out = folder / "events.jsonl"
    code_corpus(path, out)
    assert len(list(iter_inputs(path))) == len(items)
    return items, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0")
    with cluster, distributed.Client(cluster) as client:
        yield client


def test_code_bag_equals_the_runner(client, corpus):
    items, expected = corpus
    bad = {"story_id": "no-date", "conllu": items[0]["conllu"]}
    bag = db.from_sequence(items + [bad], npartitions=4)
    records = code_bag(bag).compute()
    assert records[:-1] == expected
    assert records[-1]["story_id"] == "no-date" and records[-1]["error"].startswith("no date")
    assert code_bag(db.from_sequence([bad]), errors="skip").compute() == []
    with pytest.raises(Exception, match="no-date"):
        code_bag(db.from_sequence([bad]), errors="raise").compute()
    # One coder per worker process and configuration, built once, used by every task.
    assert len(ecd._WORKERS) == 1


def test_code_dataframe_gives_event_data_columns(client, corpus):
    items, expected = corpus
    frame = pd.DataFrame(items)
    frame["date"] = pd.to_datetime(frame["date"])
    events = code_dataframe(dd.from_pandas(frame, npartitions=3), conllu_col="conllu", text_col=None).compute()
    assert list(events.columns)[:7] == ["date", "source", "target", "code", "root_code", "quad_class", "goldstein"]
    assert "error" in events.columns and set(events["error"]) == {""}
    got = [(r.story_id, r.sentence_id, r.date, r.source, r.code, r.target, r.quad_class, r.goldstein) for r in events.itertuples()]
    assert got == [
        (e["story_id"], e["sentence_id"], e["date"], e["source"], e["code"], e["target"], e["quad_class"], e["goldstein"])
        for e in expected
    ]


def test_a_two_process_cluster(corpus):
    items, expected = corpus
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        with distributed.Client(cluster) as client:
            records = code_bag(db.from_sequence(items, npartitions=4)).compute()
            coders = client.run(lambda: len(__import__("eventcoder.distributed").distributed._WORKERS))
    assert records == expected
    assert set(coders.values()) <= {0, 1} and sum(coders.values()) >= 1


def test_raw_text_on_a_cluster(client, parsing_model):
    text = (ROOT / "examples" / "turkey-iran.txt").read_text(encoding="utf-8")
    bag = db.from_sequence([{"id": "turkey-iran", "published": "2020-02-28T08:00:00Z", "body": text}], npartitions=1)
    records = code_bag(bag, id_key="id", date_key="published", text_key="body").compute()
    assert records and {r["story_id"] for r in records} == {"turkey-iran"}
    assert {r["date"] for r in records} == {"2020-02-28"}
