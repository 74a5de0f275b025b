"""Title-case headlines are parsed in sentence case and keep their spelling
(eventcoder/headlines.py), with headlines written for these tests."""

from __future__ import annotations

import pytest

from eventcoder import EventCoder, load_dictionaries
from eventcoder.headlines import HeadlineParser, NameWords, is_headline, sentence_case
from eventcoder.model import Sentence, Token

NAMES = NameWords(["Iran", "Turkey", "United Nations Security Council", "North Korea"], ["troops", "police"])


@pytest.mark.parametrize(
    "line, headline",
    [
        ("Iran Warns Turkey, Says Do Not Test Our Patience", True),
        ("IRAN WARNS TURKEY OVER SYRIA OPERATION", True),
        ("Iran warned Turkey on Friday to halt its operations.", False),  # running text
        ("Iran Warns Turkey.", False),  # too short, and it ends as a sentence
        ("Turkish troops shelled Syrian Army Positions near Idlib", False),  # lower-case words
    ],
)
def test_what_a_headline_is(line, headline):
    assert is_headline(line) is headline


def test_a_headline_is_put_in_sentence_case_keeping_known_names():
    assert sentence_case("Iran Warns Turkey, Says Do Not Test Our Patience", NAMES) == (
        "Iran warns Turkey, says do not test our patience"
    )
    assert sentence_case("The United Nations Security Council Warns Iran", NAMES) == (
        "The United Nations Security Council warns Iran"
    )
    # Role nouns are common nouns, an acronym stays, running text is left alone.
    assert sentence_case("Turkish Troops Enter Syria As US Watches", NAMES) == "Turkish troops enter syria as US watches"
    text = "Iran warned Turkey on Friday."
    assert sentence_case(text, NAMES) is text


class _WordParser:
    """A stand-in parser: one sentence per line, one token per word; it records its input."""

    batch_size = 2

    def __init__(self):
        self.seen: list[str] = []

    def parse_many(self, texts):
        for text in texts:
            self.seen.append(text)
            yield [
                Sentence([Token(i + 1, w, w.lower(), "X", head=0 if i == 0 else 1) for i, w in enumerate(line.split())],
                         text=line, comments=(f"# text = {line}",))
                for line in text.splitlines() if line.strip()
            ]

    def parse(self, text):
        return next(iter(self.parse_many([text])))


def test_the_parser_reads_sentence_case_and_the_words_keep_their_spelling():
    inner = _WordParser()
    parser = HeadlineParser(inner, NAMES)
    text = "Iran Warns Turkey Over Syria Offensive\nIran warned Turkey."
    (headline, sentence) = parser.parse(text)
    assert inner.seen == ["Iran warns Turkey over syria offensive\nIran warned Turkey."]
    assert [t.form for t in headline.tokens] == ["Iran", "Warns", "Turkey", "Over", "Syria", "Offensive"]
    assert [t.lemma for t in headline.tokens][1] == "warns"  # the parse is the sentence-case line's
    assert headline.text == "Iran Warns Turkey Over Syria Offensive"
    assert "# text = Iran Warns Turkey Over Syria Offensive" in headline.comments  # as a saved parse writes it
    assert [t.form for t in sentence.tokens] == ["Iran", "warned", "Turkey."]


@pytest.fixture(scope="module")
def coder_pair(parsing_model):
    from eventcoder.parse import StanzaParser

    d = load_dictionaries()
    parser = StanzaParser(device="cpu", batch_size=4, torch_threads=1)
    return EventCoder(d, parser=parser), EventCoder(d, parser=parser, headlines=False)


def test_a_title_case_headline_codes_its_event(coder_pair):
    with_headlines, as_written = coder_pair
    text = "Iran Warns Turkey Over Syria Offensive"
    events = with_headlines.code_text(text, date="2020-02-28")
    assert [e.triple for e in events] == [("IRN", "130", "TUR")]
    assert events[0].provenance.verb.text == "Warns"
    # Read as written, the headline is a string of proper nouns with no verb.
    assert as_written.code_text(text, date="2020-02-28") == []
