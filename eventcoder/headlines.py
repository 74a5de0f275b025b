"""Headlines in title case: "Iran Warns Turkey, Says Do Not Test Our Patience".

A parser trained on running text reads a line of capitalised words as a string of proper
nouns, and then finds neither verb nor subject. Before parsing, such a line is written in
sentence case, keeping the words that start a known name ("Iran", "Turkey"); after parsing,
the words get their original spelling back (only ASCII letters change case, so every
character keeps its offset). Nothing here knows the parser: ``parse`` calls ``sentence_case``
with the names it is given.
"""

from __future__ import annotations

import re
from typing import Iterable

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Small words a headline may leave in lower case ("War in the Gulf").
_SMALL = frozenset("a an and as at but by for from in into of on or the to with vs via".split())


def is_headline(line: str) -> bool:
    """A line of four or more words of which nearly every word of four letters or more is
    capitalised (or the whole line is in capitals), and which does not end as a sentence."""
    words = _WORD.findall(line)
    if len(words) < 4 or line.rstrip().endswith((".", "?", "!", '."', ".”")):
        return False
    longer = [w for w in words if len(w) >= 4]
    if len(longer) < 3:
        return False
    if all(w.isupper() for w in longer):
        return True
    capitalised = sum(1 for w in longer if w[0].isupper())
    lowered = [w for w in words if w[0].islower() and w.lower() not in _SMALL]
    return capitalised >= 0.8 * len(longer) and not lowered


def sentence_case(text: str, names: "NameWords") -> str:
    """``text`` with each headline line in sentence case: its first word capitalised, the
    words of known names (``NameWords``) and short all-capital words
    in a mixed-case line ("US", "UN") as they are, every other word in lower case. Other
    lines, and every character that is not an ASCII letter, are unchanged."""
    if not any(is_headline(line) for line in text.splitlines()):
        return text
    out = []
    for line in text.splitlines(keepends=True):
        out.append(_sentence_case_line(line, names) if is_headline(line) else line)
    return "".join(out)


def _sentence_case_line(line: str, names: "NameWords") -> str:
    all_caps = all(w.isupper() for w in _WORD.findall(line) if len(w) >= 4)
    pieces = []
    last = 0
    kept = ""  # the word before, if it was kept (with only spaces since)
    for index, match in enumerate(_WORD.finditer(line)):
        word = match.group()
        previous = kept if not line[last:match.start()].strip() else ""
        if index == 0:
            new = word[0] + word[1:].lower() if all_caps and len(word) > 4 else word
            kept = word if names.keep(word, "") or (word.isupper() and len(word) <= 4) else ""
        elif names.keep(word, previous):
            new = word[0] + word[1:].lower() if all_caps and len(word) > 3 else word
            kept = word
        elif not all_caps and word.isupper() and len(word) <= 4:
            new = word  # an acronym in a mixed-case headline: "US", "NATO"
            kept = word
        else:
            new = word.lower()
            kept = ""
        pieces.append(line[last:match.start()])
        pieces.append(new)
        last = match.end()
    pieces.append(line[last:])
    return "".join(pieces)


class NameWords:
    """Which words of a headline to keep capitalised: a word that starts a known name, and
    the next word of a known name right after a kept one ("United Nations Security
    Council"), less common words that also start some name ("says", "new", "our") and role
    nouns ("troops", "police"), which are common nouns in any line."""

    def __init__(self, names: Iterable[str], roles: Iterable[str] = ()):
        drop = _SMALL | _COMMON | {w.lower() for w in roles}
        firsts: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for name in names:
            words = name.lower().split()
            if words:
                firsts.add(words[0])
                pairs.update(zip(words, words[1:]))
        self.firsts = frozenset(firsts - drop)
        self.pairs = frozenset(pairs)

    def keep(self, word: str, previous: str) -> bool:
        """``previous``: the kept word right before, or ""."""
        folded = word.lower()
        return folded in self.firsts or (bool(previous) and (previous.lower(), folded) in self.pairs)


# Common words that occur in some actor name but are not names by themselves in a headline.
_COMMON = frozenset(
    "new old all more most says said say will would can could not no do does did is are was were be has have had "
    "our your their his her its we you they he she it this that these those after before over under against amid "
    "about first last top chief free warns urges calls meets talks attack attacks war peace test time day near "
    "shell shells strike strikes hit hits kill kills bomb bombs fire fires raid raids seize seizes target targets "
    "march marches protest protests sign signs back backs ban bans block blocks plan plans deal deals vote votes "
    "head heads lead leads press presses push pushes warn reject rejects deny denies accuse accuses slam slams "
    "condemn condemns hail hails welcome welcomes mark marks host hosts visit visits open opens close closes end "
    "ends move moves".split()
)


class HeadlineParser:
    """Any parser (``parse(text)``, ``parse_many(texts)``) that reads headline lines in
    sentence case and gives their words back their spelling: the parse is the sentence-case
    line's, the text and forms are the original's."""

    def __init__(self, parser, names: NameWords):
        self.inner = parser
        self.names = names
        self.batch_size = getattr(parser, "batch_size", 1)

    def parse(self, text: str):
        return next(iter(self.parse_many([text])))

    def parse_many(self, texts):
        originals = list(texts)
        cased = [sentence_case(t, self.names) for t in originals]
        for original, text, sentences in zip(originals, cased, self.inner.parse_many(cased)):
            yield sentences if text == original else restore_spelling(sentences, text, original)


def restore_spelling(sentences, cased: str, original: str):
    """The parsed ``sentences`` of ``cased`` with each word and sentence text spelled as in
    ``original`` (the same text but for letter case): words are found in order in ``cased``,
    and the same characters of ``original`` replace them."""
    import attrs

    out = []
    at = 0
    for sentence in sentences:
        tokens = []
        first = None
        for token in sentence.tokens:
            where = cased.find(token.form, at)
            if where < 0 or cased[at:where].strip():
                tokens.append(token)  # not found right here (a split contraction): as parsed
                continue
            if first is None:
                first = where
            at = where + len(token.form)
            tokens.append(attrs.evolve(token, form=original[where:at]))
        text = sentence.text
        if first is not None and sentence.text:
            start = cased.find(sentence.text, first)
            if start == first:
                text = original[start:start + len(sentence.text)]
        comments = tuple(f"# text = {text}" if c.startswith("# text = ") else c for c in sentence.comments)
        out.append(attrs.evolve(sentence, tokens=tuple(tokens), text=text, comments=comments))
    return out
