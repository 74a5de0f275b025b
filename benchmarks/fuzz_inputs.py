"""Fuzz every reader with generated inputs and count what happens (issue #17, item 1).

    python benchmarks/fuzz_inputs.py [--n 10000] [--seed 0] [--only conllu,dictionaries,...]

For each reader - the CoNLL-U reader, the YAML dictionary loaders (actors, agents, verbs,
discards files), the JSON Lines and plain-text corpus inputs, and the coder on well-formed
parses - it runs ``--n`` generated inputs: well-formed ones built from structure, the same
with realistic damage (a cut line, a missing column, a bad head, a byte that is not UTF-8,
a tab in YAML, a wrong type), and plain random bytes. Each input ends one of three ways:

- clean: read (or coded) without complaint;
- reported: the library's own error, located at ``file:line`` (``ConlluError``,
  ``DictionaryError`` whose every problem names the file and a line of it, or a corpus item
  carrying the reason it is unusable at ``file:line``);
- unexpected: any other exception, or an error that does not name the file and line.
  This must be 0; the script exits with status 1 otherwise and prints the first few.

It needs neither ``../shared`` nor a parsing model (the coder is fed CoNLL-U). Own random
generators (``random.Random(seed)``), so a run is reproducible; ``tests/test_properties.py``
checks the same properties with Hypothesis, which shrinks a failure to a small example.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import random
import re
import sys
import tempfile
import time
import traceback
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import eventcoder  # noqa: E402
from eventcoder import ConlluError, DictionaryError, read_conllu, write_conllu  # noqa: E402
from eventcoder.dictionaries.actors import load_actors, load_agents  # noqa: E402
from eventcoder.dictionaries.lists import load_discards  # noqa: E402
from eventcoder.dictionaries.verbs import load_verbs  # noqa: E402
from eventcoder.inputs import iter_inputs, read_story_parse  # noqa: E402

LINE_ENDS = re.compile(rb"\r\n|\r|\n")


class Unexpected(Exception):
    """An input was handled wrongly: the reason, and the input to reproduce it."""


# ----------------------------------------------------------------------------- generators

PRINTABLE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,'-_:;#=|/\\&*!?\"[]{}()"
ODD = "éğüß中文ـ\u200b\u00a0\u2028\u0085\x00\x0b\x1b\ufeff"
WORDS = {
    "PROPN": ["Iran", "Turkey", "Russia", "Syria", "Israel", "France", "Erdogan", "Putin", "Hamas", "NATO"],
    "NOUN": ["president", "troops", "police", "government", "minister", "rebels", "talks", "aid", "sanctions"],
    "VERB": ["warned", "accused", "urged", "met", "attacked", "said", "threatened", "criticized", "denied", "signed",
             "visited", "rejected", "killed", "arrested", "praised", "called", "agreed", "promised"],
    "PRON": ["he", "she", "it", "they", "who"],
    "ADP": ["with", "to", "on", "against", "of", "for", "in", "by"],
    "PART": ["not", "to"],
    "AUX": ["was", "had", "will", "did"],
    "DET": ["the", "a"],
    "PUNCT": [".", ","],
    "CCONJ": ["and", "but"],
    "ADJ": ["foreign", "military", "Iranian"],
}
LEMMAS = {"warned": "warn", "accused": "accuse", "urged": "urge", "met": "meet", "said": "say", "attacked": "attack"}
DEPRELS = ["nsubj", "obj", "iobj", "obl", "nmod", "nmod:poss", "amod", "det", "case", "compound", "flat", "conj", "cc",
           "ccomp", "xcomp", "advcl", "acl", "acl:relcl", "advmod", "aux", "cop", "mark", "punct", "appos",
           "parataxis", "nsubj:pass", "obl:agent", "aux:pass", "dep", "dobj", "nsubjpass", "auxpass", "neg", "name"]
FEATS = ["_", "Number=Sing", "Number=Plur", "Tense=Past|VerbForm=Fin", "Polarity=Neg", "Voice=Pass"]


def text(rng: random.Random, size: int = 10, odd: bool = True) -> str:
    alphabet = PRINTABLE + (ODD if odd else "")
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, size)))


def field(rng: random.Random) -> str:
    value = text(rng, 8).replace("\t", " ").replace("\n", " ").replace("\r", " ")
    return value or "x"


def tree(rng: random.Random, count: int) -> list[int]:
    """Heads of a well-formed sentence of ``count`` words (every word reaches a root)."""
    order = list(range(1, count + 1))
    rng.shuffle(order)
    heads = [0] * (count + 1)
    for index, word in enumerate(order):
        if index and rng.random() < 0.9:
            heads[word] = order[rng.randrange(index)]
    return heads[1:]


def sentence_lines(rng: random.Random, words: bool = False, max_words: int = 14) -> list[str]:
    heads = tree(rng, rng.randint(1, max_words))
    lines = []
    if rng.random() < 0.5:
        lines.append(f"# sent_id = {field(rng)}")
    if rng.random() < 0.5:
        lines.append(f"# text = {field(rng)}")
    for word, head in enumerate(heads, 1):
        upos = rng.choice(sorted(WORDS))
        form = rng.choice(WORDS[upos]) if words or rng.random() < 0.7 else field(rng)
        if not words and word < len(heads) and rng.random() < 0.05:
            lines.append(f"{word}-{word + 1}\t{field(rng)}\t_\t_\t_\t_\t_\t_\t_\t_")
        lemma = LEMMAS.get(form, rng.choice(["_", form.lower()]))
        deprel = "root" if head == 0 else rng.choice(DEPRELS)
        lines.append(f"{word}\t{form}\t{lemma}\t{upos}\t_\t{rng.choice(FEATS)}\t{head}\t{deprel}\t_\t_")
        if not words and rng.random() < 0.05:
            lines.append(f"{word}.1\t{field(rng)}\t_\t_\t_\t_\t_\t_\t{word}:dep\t_")
    return lines


def damage(rng: random.Random, lines: list[str]) -> list[str]:
    lines = list(lines)
    if not lines:
        return lines
    at = rng.randrange(len(lines))
    columns = lines[at].split("\t")
    how = rng.randrange(10)
    if how == 0:
        del lines[at]
    elif how == 1:
        lines.insert(at, text(rng, 30))
    elif how == 2 and len(columns) > 1:
        del columns[rng.randrange(len(columns))]
        lines[at] = "\t".join(columns)
    elif how == 3:
        columns[rng.randrange(len(columns))] = rng.choice(["", "0", "-1", "x", "99", "1-", "1.", "１", "1e3", "²"])
        lines[at] = "\t".join(columns)
    elif how == 4 and len(columns) > 6:
        columns[6] = str(rng.randint(0, 40))
        lines[at] = "\t".join(columns)
    elif how == 5:
        lines[at], lines[-1] = lines[-1], lines[at]
    elif how == 6:
        lines.insert(at, "# " + field(rng))
    elif how == 7:
        lines[at] = lines[at][: rng.randint(0, len(lines[at]))]
    elif how == 8:
        lines.insert(at, "\t".join([str(rng.randint(0, 30)) + rng.choice(["", "-2", ".1", "-x"])] + [field(rng) for _ in range(9)]))
    else:
        lines[at] += rng.choice(["\t", "\r", " ", "\t_", "\x00", "\u2028"])
    return lines


def conllu_text(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return text(rng, 200)
    blocks = [sentence_lines(rng) for _ in range(rng.randint(0, 4))]
    blocks = [damage(rng, block) if rng.random() < 0.4 else block for block in blocks]
    body = rng.choice(["\n\n", "\n\n\n", "\n \n"]).join("\n".join(block) for block in blocks)
    return body.replace("\n", rng.choice(["\n", "\n", "\r\n"])) + ("\n" if rng.random() < 0.8 else "")


def with_bad_bytes(rng: random.Random, data: bytes, chance: float = 0.2) -> bytes:
    if rng.random() < chance:
        at = rng.randint(0, len(data))
        data = data[:at] + rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xe2\x82", b"\x00", b"\r", b"\x80\x80"]) + data[at:]
    if rng.random() < 0.05:
        data = b"\xef\xbb\xbf" + data
    return data


def junk(rng: random.Random):
    return rng.choice([None, True, 0, -3, 10**7, 1.5, "", field(rng), [field(rng)], {"a": 1}, [[1]], "2020-13-01"])


def maybe(rng: random.Random, value):
    return junk(rng) if rng.random() < 0.12 else value


def names(rng: random.Random) -> list:
    return [rng.choice([field(rng), "Gondor", "Minas Tirith", "", "  ", "yes", "1914"]) for _ in range(rng.randint(0, 3))]


CODES = ["GON", "USAGOV", "G77", "---", "FRO/BIL", "gon", "", "1", "A B", "GOV", "MIL", "NGO"]
VERB_CODES = ["010", "0311", "130", "---", "190", "0", "9999", "abc", "010:020", "057", "1234567"]
DATES = ["1995-05-31", "1999-08-16", "2020-02-29", "1995-13-01", "2001-02-30", "yesterday", "2020-01-01 10:00:00", ""]
PATTERN_WORDS = ["*", "+", "$", "(", ")", "{", "}", "&CURRENCY", "&NOPE", "on", "with", "talks", "new", "relations",
                 "%", "^", "|", "=", "against", "from", "~x", "a+b"]


def dictionary_document(rng: random.Random) -> tuple[str, dict]:
    kind = rng.choice(["actors", "agents", "verbs", "discards"])
    if kind == "actors":
        entries = []
        for _ in range(rng.randint(0, 4)):
            entry = {"names": maybe(rng, names(rng))}
            if rng.random() < 0.4:
                entry["id"] = maybe(rng, rng.choice(["GONDOR", "A.B-1", "x y"]))
            if rng.random() < 0.5:
                entry["code"] = maybe(rng, rng.choice(CODES))
            else:
                entry["codes"] = maybe(rng, [
                    {k: rng.choice(v) for k, v in (("code", CODES), ("from", DATES), ("until", DATES)) if rng.random() < 0.7}
                    for _ in range(rng.randint(0, 3))
                ])
            entries.append(entry)
        document = {"kind": kind, "actors": maybe(rng, entries)}
    elif kind == "agents":
        entries = [{"names": maybe(rng, names(rng)), "code": maybe(rng, rng.choice(CODES)), "prefix": maybe(rng, rng.random() < 0.5)}
                   for _ in range(rng.randint(0, 4))]
        document = {"kind": kind, "agents": maybe(rng, entries)}
    elif kind == "verbs":
        blocks = []
        for _ in range(rng.randint(0, 3)):
            verbs = [rng.choice([field(rng), {"verb": field(rng), "code": rng.choice(VERB_CODES)},
                                 {"verb": field(rng), "forms": maybe(rng, [field(rng)])}]) for _ in range(rng.randint(0, 3))]
            patterns = [{"pattern": " ".join(rng.choice(PATTERN_WORDS) for _ in range(rng.randint(0, 7))),
                         "code": rng.choice(VERB_CODES)} for _ in range(rng.randint(0, 3))]
            blocks.append({"id": maybe(rng, rng.choice(["ABANDON", "WARN", "X1"])), "code": maybe(rng, rng.choice(VERB_CODES)),
                           "verbs": maybe(rng, verbs), "patterns": maybe(rng, patterns)})
        document = {"kind": kind, "verbs": maybe(rng, blocks)}
        if rng.random() < 0.5:
            document["synsets"] = maybe(rng, {"CURRENCY": maybe(rng, [field(rng) for _ in range(rng.randint(0, 3))])})
    else:
        document = {"kind": kind, "sentence": maybe(rng, [field(rng) for _ in range(rng.randint(0, 4))])}
        if rng.random() < 0.5:
            document["story"] = maybe(rng, [field(rng) for _ in range(rng.randint(0, 3))])
    if rng.random() < 0.05:
        document["kind"] = rng.choice(["actor", "cameo", "", "actors_draft"])
    if rng.random() < 0.05:
        document["remove"] = junk(rng)
    return kind, document


YAML_DAMAGE = ["#", "\t", ": :", "&a ", "*nope", "- ", "!!python/object/apply:os.system ['true']", " [", "{", '"',
               "? [a]\n: b", "<<: *x", "%YAML 9.9", "---", "@x", "&a [*a]", "!!binary x"]


def dictionary_file(rng: random.Random) -> tuple[str, bytes]:
    kind, document = dictionary_document(rng)
    style = rng.randrange(3)
    if style == 0:
        body = yaml.safe_dump(document, allow_unicode=True, sort_keys=False)
    elif style == 1:
        body = yaml.safe_dump(document, default_flow_style=None, sort_keys=False, width=rng.randint(20, 200))
    else:
        body = f"kind: {kind}\n" + text(rng, 200)
    lines = body.split("\n")
    if rng.random() < 0.3:
        at = rng.randrange(len(lines))
        mark = rng.choice(YAML_DAMAGE)
        lines[at] = rng.choice([mark + lines[at], lines[at] + mark, lines[at][: len(lines[at]) // 2]])
    return kind, with_bad_bytes(rng, "\n".join(lines).encode("utf-8", "surrogatepass"))


def jsonl_file(rng: random.Random) -> bytes:
    out = []
    for _ in range(rng.randint(0, 6)):
        how = rng.random()
        if how < 0.05:
            out.append(bytes(rng.randrange(256) for _ in range(rng.randint(0, 30))).replace(b"\n", b""))
            continue
        record = {}
        for key, values in (("id", [field(rng), "../x", "a/b", "a\nb", "\ud800", 7, None, "", [1]]),
                            ("date", ["2020-02-28", "20200228", "2020-02-28T09:30:00Z", "2020-13-45", 1e400, None, {}]),
                            ("text", [text(rng, 60), "", "  ", 3, None, "Iran warned Turkey.", "a\udfffb"])):
            if rng.random() < 0.85:
                record[key] = rng.choice(values)
        value = rng.choice([record, record, record, [record], "story", 3])
        line = json.dumps(value, ensure_ascii=rng.random() < 0.5)
        if rng.random() < 0.05:
            line = line.replace('"', "", 1)
        if rng.random() < 0.02:
            line = "[" * 5000 + "]" * 5000
        out.append(line.encode("utf-8", "surrogatepass"))
    return with_bad_bytes(rng, b"\n".join(out) + b"\n", 0.1)


def text_file(rng: random.Random) -> bytes:
    if rng.random() < 0.3:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 100)))
    return with_bad_bytes(rng, text(rng, 200).encode("utf-8", "surrogatepass"))


VERB_LEMMAS = {"warned": "warn", "accused": "accuse", "urged": "urge", "met": "meet", "attacked": "attack",
               "said": "say", "threatened": "threaten", "criticized": "criticize", "denied": "deny", "signed": "sign",
               "visited": "visit", "rejected": "reject", "killed": "kill", "arrested": "arrest", "praised": "praise",
               "called": "call", "agreed": "agree", "promised": "promise"}
# The relations a word of one part of speech usually takes under a head of another.
TYPED = {
    ("NOMINAL", "VERB"): ["nsubj", "obj", "obl", "iobj", "nsubj:pass", "obl:agent", "nsubj", "obj"],
    ("NOMINAL", "NOMINAL"): ["compound", "nmod", "conj", "appos", "flat", "nmod:poss"],
    ("VERB", "VERB"): ["ccomp", "xcomp", "conj", "advcl", "parataxis"],
    ("VERB", "NOMINAL"): ["acl", "acl:relcl"],
}
FUNCTION = {"ADP": "case", "DET": "det", "PART": "advmod", "AUX": "aux", "PUNCT": "punct", "CCONJ": "cc", "ADJ": "amod"}


def typed_sentence(rng: random.Random, max_words: int = 18) -> list[str]:
    """A parse shaped like news: verbs heading nominals, function words on their heads, the
    relation chosen from the parts of speech (so that verbs, actors and patterns do meet)."""
    count = rng.randint(2, max_words)
    heads = tree(rng, count)
    roots = {word for word, head in enumerate(heads, 1) if head == 0}
    parents = set(heads)
    upos = {}
    for word in range(1, count + 1):
        if word in roots:
            upos[word] = "VERB" if rng.random() < 0.9 else rng.choice(["NOUN", "PROPN"])
        elif word in parents:
            upos[word] = rng.choice(["VERB", "PROPN", "NOUN", "PROPN"])
        else:
            upos[word] = rng.choice(["PROPN", "PROPN", "NOUN", "PRON", "ADP", "DET", "PART", "AUX", "PUNCT", "ADJ", "VERB"])
    lines = []
    for word, head in enumerate(heads, 1):
        tag = upos[word]
        form = rng.choice(WORDS[tag])
        lemma = VERB_LEMMAS.get(form, form.lower() if tag != "PROPN" else form)
        if head == 0:
            deprel = "root"
        elif tag in FUNCTION:
            deprel = FUNCTION[tag] if rng.random() < 0.9 else rng.choice(DEPRELS)
        else:
            kind = "VERB" if tag == "VERB" else "NOMINAL"
            head_kind = "VERB" if upos[head] == "VERB" else "NOMINAL"
            deprel = rng.choice(TYPED[(kind, head_kind)]) if rng.random() < 0.9 else rng.choice(DEPRELS)
        feats = "Polarity=Neg" if form == "not" else rng.choice(FEATS)
        lines.append(f"{word}\t{form}\t{lemma}\t{tag}\t_\t{feats}\t{head}\t{deprel}\t_\t_")
    return lines


def coder_parse(rng: random.Random) -> str:
    """One story of 1-3 sentences: mostly news-shaped parses, some with any relation."""
    sentences = [typed_sentence(rng) if rng.random() < 0.8 else sentence_lines(rng, words=True, max_words=18)
                 for _ in range(rng.randint(1, 3))]
    return "\n\n".join("\n".join(lines) for lines in sentences) + "\n"


# ----------------------------------------------------------------------------- checks

def line_count(data: bytes) -> int:
    return len(LINE_ENDS.split(data))


def check_conllu(rng: random.Random, folder: Path) -> str:
    content = conllu_text(rng)
    if rng.random() < 0.25:  # a file, maybe with bytes that are not UTF-8
        data = with_bad_bytes(rng, content.encode("utf-8"), 0.5)
        path = folder / "input.conllu"
        path.write_bytes(data)
        source, lines, given = str(path), line_count(data), path
    else:
        if "\n" not in content and "\t" not in content:
            content += "\n"  # a one-line str without a tab is a file path (documented)
        source, lines, given = "story.conllu", content.count("\n") + 1, content
    reported: list[ConlluError] = []
    read_conllu(given, source_name=source, on_error=reported.append)
    try:
        sentences = read_conllu(given, source_name=source)
    except ConlluError as error:
        reported.append(error)
    else:
        if not isinstance(given, Path) and read_conllu(write_conllu(sentences)) != sentences:
            raise Unexpected("write_conllu did not read back identically")
    for error in reported:
        if error.source != source or not 1 <= error.line <= lines or not str(error).startswith(f"{source}:{error.line}: "):
            raise Unexpected(f"error not located at a line of {source}: {error}")
    return "reported" if reported else "clean"


LOADERS = {"actors": load_actors, "agents": load_agents, "discards": load_discards, "verbs": lambda p: load_verbs(p)}


def check_dictionary(rng: random.Random, folder: Path) -> str:
    kind, data = dictionary_file(rng)
    path = folder / f"{kind}.yaml"
    path.write_bytes(data)
    lines = line_count(data)
    try:
        if rng.random() < 0.1:  # through the whole loader: layering, compiling patterns
            eventcoder.load_dictionaries(path, defaults=False, cache=False)
        else:
            LOADERS[kind](path)
    except DictionaryError as error:
        for problem in error.problems:
            if problem.file.endswith("cameo.yaml") and problem.file != str(path):
                continue
            if problem.file != str(path) or not 1 <= problem.line <= lines + 1:
                raise Unexpected(f"problem not located at a line of {path}: {problem}")
        return "reported"
    return "clean"


def _check_items(items, path: Path, data: bytes) -> str:
    lines = line_count(data)
    result = "clean"
    for item in items:
        source, _, line = item.origin.rpartition(":")
        if source != str(path) or not 1 <= int(line) <= lines:
            raise Unexpected(f"story not located at a line of {path}: {item.origin}")
        item.story_id.encode("utf-8")
        if item.error is not None:
            result = "reported"
        elif not (item.text or item.conllu or "").strip():
            raise Unexpected(f"a story with neither text nor an error: {item}")
        else:
            (item.text or item.conllu).encode("utf-8")
            if item.conllu is not None:
                _, problems = read_story_parse(item)
                if problems:
                    result = "reported"
    return result


def check_jsonl(rng: random.Random, folder: Path) -> str:
    data = jsonl_file(rng)
    path = folder / "corpus.jsonl"
    path.write_bytes(data)
    items = list(iter_inputs(path))
    if len(items) != sum(1 for line in data.split(b"\n") if line.strip()):
        raise Unexpected("not one item per non-blank line")
    return _check_items(items, path, data)


def check_text(rng: random.Random, folder: Path) -> str:
    data = text_file(rng)
    path = folder / rng.choice(["story.txt", "2020-02-28-idlib.txt", "a b.text"])
    path.write_bytes(data)
    items = list(iter_inputs(path))
    if len(items) != 1:
        raise Unexpected(f"{len(items)} items for one text file")
    path.unlink()
    return _check_items(items, path, data)


def make_coder_check():
    coder = eventcoder.EventCoder(eventcoder.load_dictionaries())

    def check_coder(rng: random.Random, folder: Path) -> str:
        sentences = read_conllu(coder_parse(rng))
        day = _dt.date(rng.randint(1950, 2030), rng.randint(1, 12), rng.randint(1, 28))
        coder.require_target = rng.random() < 0.7
        events = coder.code_sentences(sentences, date=day, story_id="fuzz")
        check_coder.events += len(events)
        sizes: dict[str, int] = {}
        for i, s in enumerate(sentences):  # events name a sentence by its sent_id, else its number
            key = s.sent_id or str(i + 1)
            sizes[key] = max(sizes.get(key, 0), len(s.tokens))
        for event in events:
            size = sizes[event.sentence_id]
            spans = [event.provenance.verb] + [a.span for a in (event.provenance.source, event.provenance.target) if a]
            if not all(1 <= token <= size for span in spans for token in span.token_ids):
                raise Unexpected(f"event evidence outside its sentence: {event}")
        return "clean"

    check_coder.events = 0
    return check_coder


READERS = ["conllu", "dictionaries", "jsonl", "text", "coder"]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="inputs per reader (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--only", default=",".join(READERS), help=f"comma-separated readers (default: {','.join(READERS)})")
    args = parser.parse_args(argv)
    checks = {"conllu": check_conllu, "dictionaries": check_dictionary, "jsonl": check_jsonl, "text": check_text}
    wanted = [name for name in args.only.split(",") if name]
    print(f"{'reader':<14}{'inputs':>8}{'clean':>8}{'reported':>10}{'unexpected':>12}{'seconds':>9}")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="eventcoder-fuzz-") as tmp:
        folder = Path(tmp)
        for name in wanted:
            check = make_coder_check() if name == "coder" else checks[name]
            rng = random.Random(f"{args.seed}:{name}")
            counts = {"clean": 0, "reported": 0, "unexpected": 0}
            examples = []
            started = time.perf_counter()
            for index in range(args.n):
                state = rng.getstate()
                try:
                    counts[check(rng, folder)] += 1
                except Exception as exc:  # noqa: BLE001 - counting them is the point
                    counts["unexpected"] += 1
                    if len(examples) < 3:
                        examples.append((index, state, "".join(traceback.format_exception_only(type(exc), exc)).strip()))
            seconds = time.perf_counter() - started
            print(f"{name:<14}{args.n:>8}{counts['clean']:>8}{counts['reported']:>10}{counts['unexpected']:>12}{seconds:>9.1f}",
                  flush=True)
            if name == "coder":
                print(f"    ({check.events:,} events coded)")
            for index, _, message in examples:
                print(f"    input {index}: {message[:500]}")
            failures += counts["unexpected"]
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
