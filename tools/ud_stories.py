#!/usr/bin/env python3
"""Split a UD treebank file into dated stories, for trying corpus runs on real parsed text.

Each ``# newdoc id`` document whose id carries a date (``..._20040404101100_...``: EWT's web
logs and newsgroups) becomes ``OUT/<doc id>.conllu`` with ``# story_id`` and ``# date``
comments, the form `eventcoder code` reads; documents without a date in their id are left
out. The texts stay where they are licensed: write OUT outside the repository.

    python tools/ud_stories.py ../shared/ud/en_ewt-ud-dev.conllu -o /tmp/ewt-stories
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

_DATE = re.compile(r"_((?:19|20)\d{2})(\d{2})(\d{2})")
_NEWDOC = re.compile(r"^# newdoc id = (\S+)$", re.M)


def split(treebank: Path, out: Path) -> tuple[int, int]:
    """Write the dated documents; returns (written, left out for lack of a date)."""
    documents: list[tuple[str, list[str]]] = []
    for block in treebank.read_text(encoding="utf-8").split("\n\n"):
        match = _NEWDOC.search(block)
        if match:
            documents.append((match.group(1), []))
            block = _NEWDOC.sub("", block).strip("\n")
        if documents and block.strip():
            documents[-1][1].append(block.strip("\n"))
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for doc, blocks in documents:
        date = _DATE.search(doc)
        if date is None:
            continue
        name = re.sub(r"[^\w.-]", "_", doc)
        body = "\n\n".join(blocks)
        (out / f"{name}.conllu").write_text(f"# story_id = {doc}\n# date = {'-'.join(date.groups())}\n{body}\n\n",
                                           encoding="utf-8")
        written += 1
    return written, len(documents) - written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("treebank", help="a UD .conllu file with # newdoc id comments")
    parser.add_argument("-o", "--output", required=True, help="folder for the story files")
    args = parser.parse_args()
    written, undated = split(Path(args.treebank), Path(args.output))
    print(f"{args.output}: {written} dated stories ({undated} documents without a date in their id left out)")
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
