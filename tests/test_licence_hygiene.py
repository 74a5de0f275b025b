"""The coped-train sentences (GPL-3, in ../shared) are measured with, never copied into the
project: no project text repeats eight or more consecutive words of one of them.

Examples in docs, the changelog, code comments, dictionary notes and tests are written by
the project (or describe the measured sentence in other words). The actors' name lists are
left out: an organisation's official name is a fact, not a quotation.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WINDOW = 8
# Project text that examples live in (the actor dictionaries: their comments only).
TEXT_FILES = ("README.md", "CHANGELOG.md", "docs/**/*.md", "eventcoder/**/*.py", "tests/**/*.py",
              "benchmarks/**/*.py", "dictionaries/overrides/*.yaml", "dictionaries/*.md", "examples/**/*.txt",
              "examples/**/*.yaml", "examples/**/*.conllu")
COMMENTED_FILES = ("dictionaries/actors/**/*.yaml",)


def _words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"[^a-z0-9' ]+", " ", text).split()


def _windows(words: list[str]) -> set[str]:
    return {" ".join(words[i:i + WINDOW]) for i in range(len(words) - WINDOW + 1)}


@pytest.fixture(scope="module")
def coped_windows(shared_dir) -> set[str]:
    folder = shared_dir / "validation" / "coped-train"
    if not folder.is_dir():
        pytest.skip(f"coped-train not found in {shared_dir}")
    found: set[str] = set()
    for line in (folder / "class_train.tsv").read_text(encoding="utf-8").splitlines():
        found |= _windows(_words(line.split("\t")[0]))
    for sentence in (folder / "ner_train.txt").read_text(encoding="utf-8").split("\n\n"):
        found |= _windows(_words(" ".join(row.split()[0] for row in sentence.splitlines() if row.split())))
    return found


def _project_lines() -> list[tuple[Path, int, str]]:
    out = []
    for pattern in TEXT_FILES + COMMENTED_FILES:
        for path in sorted(ROOT.glob(pattern)):
            if not path.is_file() or path == Path(__file__):
                continue
            lines = path.read_text(encoding="utf-8").splitlines()
            if pattern in COMMENTED_FILES:
                lines = [line if line.lstrip().startswith("#") else "" for line in lines]
            for number, line in enumerate(lines, 1):
                out.append((path, number, re.sub(r"^\s*#\s?", "", line)))
    return out


def test_no_project_text_quotes_a_coped_sentence(coped_windows):
    hits = []
    lines = _project_lines()
    for index, (path, number, line) in enumerate(lines):
        # a quotation may run over a line break: read each line with the next one
        following = lines[index + 1][2] if index + 1 < len(lines) and lines[index + 1][0] == path else ""
        words = _words(line)
        joined = words + _words(following)
        for start in range(len(words)):
            window = " ".join(joined[start:start + WINDOW])
            if len(joined) - start >= WINDOW and window in coped_windows:
                hits.append(f"{path.relative_to(ROOT)}:{number}: {window}")
                break
    assert not hits, "coped-train words copied into the project:\n" + "\n".join(hits[:20])
