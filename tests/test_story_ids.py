"""StoryIds: every id a corpus run has seen, in bounded memory (eventcoder/storyids.py)."""

from __future__ import annotations

import os

from eventcoder.storyids import StoryIds


def test_ids_past_the_limit_move_to_disk_and_are_still_found():
    with StoryIds(limit=100) as ids:
        for n in range(1_000):
            ids.add(f"story-{n}", f"corpus.jsonl:{n + 1}")
        assert len(ids) == 1_000
        assert len(ids._recent) < 100  # the rest went to the table
        assert ids.get("story-5") == "corpus.jsonl:6" and ids.get("story-999") == "corpus.jsonl:1000"
        assert "story-1000" not in ids and ids.get("nope") is None
        ids.add("story-5", "elsewhere:1")  # the first origin stays
        assert ids.get("story-5") == "corpus.jsonl:6" and len(ids) == 1_000
        path = ids._path
        assert path and os.path.exists(path)
    assert not os.path.exists(path)  # closing removes the temporary table


class _NoParse:
    """A parser stand-in: every text is one sentence of one noun (this test is about ids only)."""

    batch_size = 8

    def parse(self, text):
        from eventcoder.model import Sentence, Token

        return [Sentence([Token(1, "Story", "story", "NOUN", head=0, deprel="root")], text="Story")]

    def parse_many(self, texts):
        return (self.parse(t) for t in texts)


def test_a_run_reports_a_repeated_id_found_after_the_limit(tmp_path, monkeypatch):
    import json

    from eventcoder import EventCoder, load_dictionaries, storyids
    from eventcoder.runner import code_corpus

    monkeypatch.setattr(storyids.StoryIds.__init__, "__defaults__", (10,))  # spill after 10 ids
    lines = [json.dumps({"id": f"s{n}", "date": "2020-01-01", "text": f"Story {n}."}) for n in range(30)]
    lines.append(json.dumps({"id": "s3", "date": "2020-01-01", "text": "Again."}))  # s3 again, after the spill
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    summary = code_corpus([corpus], out, coder=EventCoder(load_dictionaries(), parser=_NoParse()))
    errors = [json.loads(line) for line in (tmp_path / "events.jsonl.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert summary.stories == 31 and summary.failed == 1
    (error,) = errors
    assert error["story_id"] == "s3" and "story id already used at" in error["reason"] and error["reason"].endswith("corpus.jsonl:4")
