"""The coped-train sentences (GPL-3) and the texts of the Universal Dependencies treebanks
(each under its own licence), both in ../shared, are measured with, never copied into the
project: no project text repeats eight or more consecutive words of one of their sentences.

Examples in docs, the changelog, code comments, dictionary notes and tests are written by
the project (or describe the measured sentence in other words). The actors' name lists are
left out: an organisation's official name is a fact, not a quotation. So is counting: a run
of number words ("one two three ...") is no one's sentence.
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
# Number words: a window of nothing else counts, it quotes no one (the UD treebanks hold a
# count, and a list of number words in code matches it).
NUMBER_WORDS = frozenset("eight eleven five four nine one seven six ten three twelve two zero".split())


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


@pytest.fixture(scope="module")
def ud_windows(shared_dir) -> set[str]:
    folder = shared_dir / "ud"
    if not folder.is_dir():
        pytest.skip(f"the UD treebanks (ud/*.conllu) not found in {shared_dir}")
    found: set[str] = set()
    for path in sorted(folder.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                found |= _windows(_words(line[len("# text = "):]))
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


def _quoted(windows: set[str]) -> list[str]:
    """Each project line that repeats one of the windows, as "path:line: window"."""
    hits = []
    lines = _project_lines()
    for index, (path, number, line) in enumerate(lines):
        # a quotation may run over a line break: read each line with the next one
        following = lines[index + 1][2] if index + 1 < len(lines) and lines[index + 1][0] == path else ""
        words = _words(line)
        joined = words + _words(following)
        for start in range(len(words)):
            window = " ".join(joined[start:start + WINDOW])
            if len(joined) - start >= WINDOW and window in windows \
                    and not set(joined[start:start + WINDOW]) <= NUMBER_WORDS:
                hits.append(f"{path.relative_to(ROOT)}:{number}: {window}")
                break
    return hits


def test_no_project_text_quotes_a_coped_sentence(coped_windows):
    hits = _quoted(coped_windows)
    assert not hits, "coped-train words copied into the project:\n" + "\n".join(hits[:20])


def test_no_project_text_quotes_a_treebank_sentence(ud_windows):
    hits = _quoted(ud_windows)
    assert not hits, "UD treebank words copied into the project:\n" + "\n".join(hits[:20])
