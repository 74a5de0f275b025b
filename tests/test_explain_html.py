"""``eventcoder explain --html``: the parse pictured, source, verb and target highlighted.

The page is checked as data: it is well-formed XML (so every text was escaped), and its SVG
and tables are read back and compared with the parse, the coder's events and the trace's
reasons. Parses: the project's example story (examples/turkey-iran.conllu) with the shipped
dictionaries, our own rows with the feature dictionaries, and the UD EWT dev treebank from
../shared for the layout. The last tests open the page in headless Chromium.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest

from eventcoder import EventCoder, Sentence, Token, load_dictionaries, read_conllu
from eventcoder.cli import main
from eventcoder.depsvg import ROLES, Mark, dependency_svg
from eventcoder.explain import explain_conllu, explain_sentence, render_html, trace_to_dict
from eventcoder.explain_html import why_no_event
from eventcoder.writers import dictionary_location

from ud_rows import conllu

HERE = Path(__file__).parent
REPO = HERE.parent
FEATURES = HERE / "data" / "features"
EXAMPLE = REPO / "examples" / "turkey-iran.conllu"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def shipped() -> EventCoder:
    return EventCoder(load_dictionaries())


@pytest.fixture(scope="module")
def features() -> EventCoder:
    return EventCoder(load_dictionaries(FEATURES, defaults=False))


@pytest.fixture(scope="module")
def example(shipped):
    traces = explain_conllu(shipped, EXAMPLE, "2020-02-28")
    return traces, render_html(traces, ontology=shipped.dictionaries.ontology)


def page_tree(page: str) -> ET.Element:
    """The page read as XML: it only parses when every text and attribute is escaped."""
    return ET.fromstring(page.split("\n", 1)[1])  # after <!DOCTYPE html>


def classes(element: ET.Element) -> set[str]:
    return set(element.get("class", "").split())


def find_class(root: ET.Element, tag: str, cls: str) -> list[ET.Element]:
    return [e for e in root.iter(tag) if cls in classes(e)]


def text_of(element: ET.Element) -> str:
    return "".join(element.itertext())


def sections(root: ET.Element) -> list[ET.Element]:
    return find_class(root, "section", "sentence")


def tokens_by_role(section: ET.Element) -> dict[str, list[str]]:
    """Role -> the words drawn with that highlight, in sentence order."""
    out: dict[str, list[str]] = {}
    for group in find_class(section, f"{SVG}g", "token"):
        form = next(t for t in group.iter(f"{SVG}text") if "form" in classes(t)).text
        for role in group.get("data-roles", "").split():
            out.setdefault(role, []).append(form)
    return out


def words(event_match) -> list[str]:
    return event_match.span.text.split()


def test_every_word_and_relation_is_drawn(example):
    traces, page = example
    root = page_tree(page)
    assert len(sections(root)) == len(traces) == 7
    for trace, section in zip(traces, sections(root)):
        (svg,) = section.iter(f"{SVG}svg")
        drawn = [text_of(t) for t in svg.iter(f"{SVG}text") if "form" in classes(t)]
        assert drawn == [t.form for t in trace.sentence.tokens]
        upos = [text_of(t) for t in svg.iter(f"{SVG}text") if "upos" in classes(t)]
        assert upos == [t.upos for t in trace.sentence.tokens]
        arcs = {(int(a.get("data-head")), int(a.get("data-dep")), a.get("data-rel")) for a in find_class(svg, f"{SVG}g", "arc")}
        assert arcs == {(t.head, t.id, t.deprel) for t in trace.sentence.tokens}
        labels = sorted(text_of(t) for t in svg.iter(f"{SVG}text") if "rel" in classes(t))
        assert labels == sorted(t.deprel for t in trace.sentence.tokens)


def test_events_are_highlighted_and_listed_with_their_evidence(example, shipped):
    traces, page = example
    events = shipped.code_conllu(str(EXAMPLE), date="2020-02-28", story_id="turkey-iran")
    assert [e for t in traces for e in t.events] == events and len(events) == 7
    for trace, section in zip(traces, sections(page_tree(page))):
        rows = find_class(section, "tr", "event")
        assert len(rows) == len(trace.events)
        roles = tokens_by_role(section)
        for row, event in zip(rows, trace.events):
            p = event.provenance
            cells = [text_of(td) for td in row.iter("td")]
            assert event.short() in cells[1] and event.name in cells[1] and event.readable() in cells[1]
            assert p.source.span.text in cells[2] and p.source.code in cells[2]
            assert cells[3] == p.verb.text
            assert p.target.span.text in cells[4] and p.target.code in cells[4]
            assert p.verb_entry in cells[5]
            assert dictionary_location(p.pattern_file, p.pattern_line) in text_of(row).replace(" ", "")
            for role, match in (("source", p.source), ("verb", p.verb), ("target", p.target)):
                span = match if role == "verb" else match.span
                for tid in span.token_ids:
                    assert trace.sentence.tokens[tid - 1].form in roles[role]
        # A target inferred from an earlier sentence ("rejected the accusation") has no word here.
        shown = {"source", "verb"} | ({"target"} if any(e.provenance.target.span.token_ids for e in trace.events) else set())
        assert set(roles) - {"considered"} == (shown if trace.events else set())
    first = sections(page_tree(page))[0]
    assert tokens_by_role(first)["source"] == ["Iran"] and tokens_by_role(first)["target"] == ["Turkey"]
    legend = text_of(find_class(page_tree(page), "div", "legend")[0])
    assert all(name in legend for _, _, name in ROLES.values())


def test_a_sentence_without_an_event_says_why_in_the_traces_words(example, shipped):
    traces, page = example
    for trace, section in zip(traces, sections(page_tree(page))):
        if trace.events:
            continue
        why = [text_of(li) for ul in find_class(section, "ul", "why") for li in ul.iter("li")]
        assert why and why == why_no_event(trace, shipped.dictionaries.ontology)
        dropped = [s.detail for v in trace.verbs for s in v.steps if s.what in ("dropped", "skipped")]
        assert dropped and all(any(d in line for line in why) for d in dropped)
        considered = tokens_by_role(section)["considered"]
        assert {v.form for v in trace.verbs if v.status == "coded"} <= set(considered)


def test_a_discarded_sentence_is_drawn_with_its_discard(features):
    trace = explain_sentence(features, read_conllu(conllu("""
        Iran Iran PROPN 2 nsubj
        attacked attack VERB 0 root
        Turkey Turkey PROPN 2 obj
        in in ADP 6 case
        a a DET 6 det
        football football NOUN 7 compound
        match match NOUN 2 obl
        . . PUNCT 2 punct
    """))[0], "2020-03-01")
    section = sections(page_tree(render_html(trace)))[0]
    assert text_of(find_class(section, "h3", "nothing")[0]) == "No event"
    (why,) = [text_of(li) for li in find_class(section, "ul", "why")[0]]
    assert why == f"not coded: {trace.discarded}" and "football match" in why
    assert len(find_class(section, f"{SVG}g", "token")) == 8 and not tokens_by_role(section)


def test_text_is_escaped_everywhere(features):
    rows = """
        Iran Iran PROPN 2 nsubj
        warned warn VERB 0 root
        Turkey Turkey PROPN 2 obj
        : : PUNCT 5 punct
        <q>&amp;"it's"</q> <q>&amp;"it's"</q> X 2 parataxis
        . . PUNCT 2 punct
    """
    sentence = read_conllu(conllu(rows))[0]
    trace = explain_sentence(features, sentence, "2020-03-01", story_id='a<b>&"c\'')
    page = render_html(trace, title="<script>alert(1)</script> & co")
    assert "<q>" not in page and "&amp;amp;" in page and "<script>" not in page
    root = page_tree(page)  # would fail on any unescaped <, & or quote
    assert root.find("head/title").text == "<script>alert(1)</script> & co"
    section = sections(root)[0]
    assert section.get("id") == "s-a<b>&\"c'-1"
    forms = [text_of(t) for t in section.iter(f"{SVG}text") if "form" in classes(t)]
    assert forms[4] == '<q>&amp;"it\'s"</q>'
    assert text_of(find_class(section, "p", "text")[0]) == sentence.words()
    assert [e.short() for e in trace.events] == ["IRN 130 TUR"]


def test_control_characters_keep_the_page_well_formed():
    sentence = Sentence([Token(1, "A\x0bB", "a", "X", deprel="root\x01")])
    svg = ET.fromstring(dependency_svg(sentence, {1: [Mark("verb", "verb\x1f")]}))
    assert [text_of(t) for t in svg.iter(f"{SVG}text")] == ["root\ufffd", "A\ufffdB", "X", "verb\ufffd"]
    with pytest.raises(ValueError, match="unknown mark role 'actor'"):
        Mark("actor")


def test_json_has_no_parse_object_and_the_trace_keeps_its_sentence(features):
    sentence = read_conllu(conllu("""
        Iran Iran PROPN 2 nsubj
        warned warn VERB 0 root
        Turkey Turkey PROPN 2 obj
    """))[0]
    trace = explain_sentence(features, sentence, "2020-03-01")
    assert trace.sentence == sentence and "sentence" not in trace_to_dict(trace)


def _arc_geometry(svg: ET.Element):
    """(low x, high x, top y, label) of every arc but the root's, from the drawn path."""
    out = []
    for arc in find_class(svg, f"{SVG}g", "arc"):
        if "root" in classes(arc):
            continue
        d = next(arc.iter(f"{SVG}path")).get("d")
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)]
        label = text_of(next(t for t in arc.iter(f"{SVG}text") if "rel" in classes(t)))
        out.append((numbers[0], numbers[-3], numbers[4], label))  # M x,base V .. Q x,top .. Q x2,top x2,.. V base
    return out


def test_layout_of_real_treebank_sentences(shared_dir):
    """Words never overlap, nor relation labels on one level, nested arcs stay under the arcs that span them, and long
    sentences make wide pictures in a scrolling box (the CSS), on 300 EWT dev sentences."""
    path = shared_dir / "ud" / "en_ewt-ud-dev.conllu"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    sentences = read_conllu(path.read_text(encoding="utf-8"))[:300]
    for sentence in sentences:
        svg = ET.fromstring(dependency_svg(sentence))
        forms = [t for t in svg.iter(f"{SVG}text") if "form" in classes(t)]
        xs = [float(t.get("x")) for t in forms]
        for (a, x1), (b, x2) in zip(zip(sentence.tokens, xs), zip(sentence.tokens[1:], xs[1:])):
            assert x2 - x1 >= (len(a.form) + len(b.form)) / 2 * 8, (sentence.sent_id, a.form, b.form)
        assert float(svg.get("width")) >= xs[-1]
        arcs = _arc_geometry(svg)
        for lo1, hi1, top1, label in arcs:
            assert hi1 - lo1 >= len(label) * 6, (sentence.sent_id, label)  # the label sits on its own arc
            for lo2, hi2, top2, _ in arcs:
                if lo1 < lo2 and hi2 < hi1:  # arc 2 strictly inside arc 1
                    assert top1 < top2, sentence.sent_id
    longest = max(sentences, key=lambda s: len(s.tokens))
    assert float(ET.fromstring(dependency_svg(longest)).get("width")) > 2000
    assert "overflow-x: auto" in render_html([])


def test_cli_writes_the_page(tmp_path, capsys):
    out = tmp_path / "explain.html"
    args = ["explain", "--conllu", str(EXAMPLE), "--date", "2020-02-28", "--sentence-id", "1"]
    assert main([*args, "--html", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == "" and f"wrote 1 sentence(s) to {out}" in captured.err
    section = sections(page_tree(out.read_text(encoding="utf-8")))
    assert len(section) == 1 and tokens_by_role(section[0])["verb"] == ["warned"]
    assert main([*args, "--html", "-"]) == 0
    assert capsys.readouterr().out == out.read_text(encoding="utf-8")
    assert main([*args, "--html", "-", "--json"]) == 2
    assert "both write to standard output" in capsys.readouterr().err
    assert main([*args, "--html", str(tmp_path / "no-such-folder" / "x.html")]) == 2
    assert "cannot write" in capsys.readouterr().err


# ----------------------------------------------------------------------------- a real browser


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("no chromium on PATH (Debian: apt-get install chromium; .ci/run installs it)")
    return found


def _run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
    command = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and rows of RGB(A) bytes of an 8-bit, non-interlaced PNG."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, chunks, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    size = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * size
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - size] if i >= size else 0
            up, corner = previous[i], previous[i - size] if i >= size else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        rows.append(bytes(b for k in range(0, stride, size) for b in line[k:k + 3]))
        previous = line
    return width, height, rows


def test_chromium_renders_the_highlighted_parse(tmp_path, example):
    _chromium()
    traces, page = example
    html = tmp_path / "explain.html"
    html.write_text(page, encoding="utf-8")
    dom = _run_chromium(tmp_path, "--dump-dom", html.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    # The DOM as Chromium built it: the SVG elements, the highlighted words and the labels.
    assert dom.stdout.count("<svg") == len(traces)
    for role, words_ in (("source", "Iran"), ("verb", "warned"), ("target", "Turkey")):
        assert re.search(rf'<g class="token {role}"[^>]*>(?:(?!</g>).)*>{words_}</text>', dom.stdout, re.S), role
    assert ">nsubj</text>" in dom.stdout and ">IRN 130 TUR</span>" in dom.stdout and "No event" in dom.stdout


def test_chromium_screenshot_shows_the_colours(tmp_path, example):
    _chromium()
    _, page = example
    html = tmp_path / "explain.html"
    html.write_text(page, encoding="utf-8")
    png = tmp_path / "shot.png"
    shot = _run_chromium(tmp_path, f"--screenshot={png}", "--window-size=900,700", "--hide-scrollbars", html.as_uri())
    assert shot.returncode == 0 and png.is_file(), shot.stderr[-2000:]
    width, height, rows = _png_pixels(png.read_bytes())
    assert (width, height) == (900, 700)
    pixels = [row[i:i + 3] for row in rows for i in range(0, len(row), 3)]
    assert len(set(pixels)) > 50  # not blank
    for role in ("source", "verb", "target"):
        fill = bytes.fromhex(ROLES[role][0][1:])
        assert pixels.count(fill) > 200, f"no {role} highlight ({ROLES[role][0]}) in the screenshot"


def test_chromium_draws_the_highlights_in_the_svg_itself(tmp_path, example):
    """The picture alone (no page CSS, no table): its own fills colour the words."""
    _chromium()
    traces, _ = example
    from eventcoder.explain_html import sentence_marks

    svg = tmp_path / "parse.svg"
    svg.write_text(dependency_svg(traces[0].sentence, sentence_marks(traces[0])), encoding="utf-8")
    png = tmp_path / "parse.png"
    shot = _run_chromium(tmp_path, f"--screenshot={png}", "--window-size=1100,300", "--hide-scrollbars", svg.as_uri())
    assert shot.returncode == 0 and png.is_file(), shot.stderr[-2000:]
    width, height, rows = _png_pixels(png.read_bytes())
    assert (width, height) == (1100, 300)
    pixels = [row[i:i + 3] for row in rows for i in range(0, len(row), 3)]
    for role in ("source", "verb", "target"):
        assert pixels.count(bytes.fromhex(ROLES[role][0][1:])) > 200, role
