"""Loading and validating actors, agents, discards and issues YAML.

The shipped files load cleanly and fast; every validation error is reported with
``file:line`` (and all of a file's problems together), never as a traceback.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Optional

import pytest
import yaml

from eventcoder.dictionaries.actors import load_actors, load_agents
from eventcoder.dictionaries.yamlio import _CLineLoader, fast_load, read_yaml
from eventcoder.dictionaries.lists import load_discards, load_issues
from eventcoder.dictionaries.schema import ActorEntry, AgentEntry, DatedCode, DiscardEntry, IssueEntry
from eventcoder.dictionaries.yamlio import DictionaryError, Problem

REPO = Path(__file__).resolve().parent.parent
DICT = REPO / "dictionaries"
VALIDATE = REPO / "tests" / "data" / "validate"
D = dt.date


# ------------------------------------------------------------------ the shipped files


def test_shipped_actor_files_load():
    # How fast they load is measured by benchmarks/, not asserted here.
    counts = {}
    for name in ("countries", "international", "nonstate"):
        problems: list[Problem] = []
        entries = load_actors(DICT / "actors" / f"{name}.yaml", problems)
        assert problems == []
        assert all(isinstance(e, ActorEntry) and e.names and e.codes for e in entries)
        counts[name] = len(entries)
    assert counts["countries"] > 15000 and counts["international"] > 5000 and counts["nonstate"] > 900


# Country adjectives and plurals news writes, as the project lists them (not the converted
# lists' own names): each must name its country in the shipped set (row 81: "Kazakh oil
# workers" and "Swedish" coded nothing).
COUNTRY_ADJECTIVES = {
    "KAZ": "Kazakh Kazakhs Kazakhstani", "UZB": "Uzbek Uzbeks", "KGZ": "Kyrgyz", "TJK": "Tajik Tajiks",
    "TKM": "Turkmen", "AZE": "Azerbaijani Azeri", "ARM": "Armenian Armenians", "GEO": "Georgian",
    "ARE": "Emirati Emiratis", "QAT": "Qatari", "BHR": "Bahraini", "OMN": "Omani", "YEM": "Yemeni Yemenis",
    "SAU": "Saudi Saudis", "KWT": "Kuwaiti", "MLI": "Malian Malians", "NER": "Nigerien", "TCD": "Chadian",
    "SDN": "Sudanese", "ERI": "Eritrean", "SOM": "Somali Somalis", "DJI": "Djiboutian", "ETH": "Ethiopian",
    "KEN": "Kenyan", "UGA": "Ugandan", "RWA": "Rwandan", "BDI": "Burundian", "AGO": "Angolan",
    "ZMB": "Zambian", "ZWE": "Zimbabwean", "MOZ": "Mozambican", "MWI": "Malawian", "TZA": "Tanzanian",
    "NAM": "Namibian", "BWA": "Botswanan", "CMR": "Cameroonian", "GAB": "Gabonese", "NGA": "Nigerian Nigerians",
    "BEN": "Beninese", "TGO": "Togolese", "GHA": "Ghanaian", "LBR": "Liberian", "SEN": "Senegalese",
    "MRT": "Mauritanian", "MAR": "Moroccan", "DZA": "Algerian", "TUN": "Tunisian", "LBY": "Libyan Libyans",
    "EGY": "Egyptian Egyptians", "ISR": "Israeli Israelis", "LBN": "Lebanese", "SYR": "Syrian Syrians",
    "JOR": "Jordanian", "IRQ": "Iraqi Iraqis", "IRN": "Iranian Iranians", "AFG": "Afghan Afghans",
    "PAK": "Pakistani Pakistanis", "IND": "Indian Indians", "NPL": "Nepali Nepalese Nepalis", "BTN": "Bhutanese",
    "BGD": "Bangladeshi", "MDV": "Maldivian", "MMR": "Burmese", "THA": "Thai", "LAO": "Lao Laotian",
    "KHM": "Cambodian", "VNM": "Vietnamese", "MYS": "Malaysian", "SGP": "Singaporean", "IDN": "Indonesian",
    "PHL": "Filipino Philippine", "CHN": "Chinese", "TWN": "Taiwanese", "MNG": "Mongolian",
    "JPN": "Japanese", "RUS": "Russian Russians", "UKR": "Ukrainian Ukrainians", "BLR": "Belarusian",
    "MDA": "Moldovan", "ROU": "Romanian", "BGR": "Bulgarian", "SRB": "Serbian", "HRV": "Croatian",
    "BIH": "Bosnian", "MNE": "Montenegrin", "ALB": "Albanian", "GRC": "Greek", "TUR": "Turkish Turks",
    "CYP": "Cypriot", "MLT": "Maltese", "ITA": "Italian", "SVN": "Slovenian", "AUT": "Austrian",
    "HUN": "Hungarian", "SVK": "Slovak", "CZE": "Czech", "POL": "Polish", "LTU": "Lithuanian",
    "LVA": "Latvian", "EST": "Estonian", "FIN": "Finnish", "SWE": "Swedish Swedes", "NOR": "Norwegian",
    "DNK": "Danish", "ISL": "Icelandic", "DEU": "German Germans", "NLD": "Dutch", "BEL": "Belgian",
    "FRA": "French", "CHE": "Swiss", "ESP": "Spanish", "PRT": "Portuguese", "IRL": "Irish",
    "GBR": "British Scottish Welsh", "USA": "American Americans", "CAN": "Canadian", "MEX": "Mexican",
    "GTM": "Guatemalan", "HND": "Honduran", "SLV": "Salvadoran", "NIC": "Nicaraguan", "PAN": "Panamanian",
    "CUB": "Cuban Cubans", "HTI": "Haitian", "JAM": "Jamaican", "COL": "Colombian", "VEN": "Venezuelan Venezuelans",
    "ECU": "Ecuadorian", "PER": "Peruvian", "BOL": "Bolivian", "CHL": "Chilean", "ARG": "Argentine Argentinian",
    "URY": "Uruguayan", "PRY": "Paraguayan", "BRA": "Brazilian", "GUY": "Guyanese", "AUS": "Australian",
    "FJI": "Fijian",
}


def _miscoded(table: dict[str, str], units) -> dict[str, object]:
    """Words of ``table`` (code unit -> words) whose shipped code on 2020-01-01 does not
    hold their unit where ``units(code)`` says it should be."""
    from eventcoder.dictionaries.loader import load_dictionaries
    from eventcoder.dictionaries.tools import lookup

    shipped = load_dictionaries()
    codes = {word: lookup(shipped, word, D(2020, 1, 1)).code or "" for words in table.values() for word in words.split()}
    return {word: codes[word] or None for unit, words in table.items() for word in words.split() if unit not in units(codes[word])}


def test_country_adjectives_code_their_country():
    wrong = _miscoded(COUNTRY_ADJECTIVES, lambda code: [code[:3]])
    assert not wrong, wrong


# Role words of news, as the project lists them, with the role each must code (row 82).
ROLE_WORDS = {
    "MIL": "soldiers troops army navy military", "COP": "police policemen",
    # titles abbreviated, of monarchies, delegations and negotiators (row 168)
    "GOV": "government minister officials Gov. Pres. Amb. emir queen sultan vice-president delegation negotiators"
           " presidency municipality",  # a state's presidency and local councils (row 296)
    # not "opposition" alone: "voiced opposition to"
    "OPP": "protesters demonstrators activists opponents dissidents", "REB": "rebels insurgents separatists secessionists ex-rebels",
    "ELI": "ex-president ex-ministers",  # former office holders (row 173)
    "CVL": "civilians residents villagers people women men", "AGR": "farmers herders", "LAB": "workers employees miners strikers truckers unionists",
    "EDU": "students teachers", "MED": "journalists reporters", "LEG": "lawmakers legislators parliament MPs Sen. Rep.",
    "JUD": "judges court prosecutors", "REF": "refugees", "BUS": "businessmen companies contractors banks executives firms lenders insurers",
    "REL": "cleric clerics imam imams mullah clergy",  # clergy are REL, not the community MUS (row 106)
}


def test_role_words_code_their_role():
    wrong = _miscoded(ROLE_WORDS, lambda code: [code[i:i + 3] for i in range(3, len(code), 3)])
    assert not wrong, wrong


@pytest.mark.parametrize("phrase", ["Muslim cleric", "Islamic clerics", "Moslem cleric", "Shiite Muslim cleric"])
def test_muslim_clerics_are_clergy(phrase):
    from eventcoder.dictionaries.loader import load_dictionaries
    from eventcoder.dictionaries.tools import lookup

    assert lookup(load_dictionaries(), phrase, D(2004, 4, 4)).code == "---REL"


@pytest.mark.parametrize("phrase, code", [("humanitarian workers", "NGO"), ("aid workers", "NGO"),
                                          ("relief agencies", "NGO"), ("Sudanese aid workers", "NGOSDN")])
def test_humanitarian_workers_are_ngos_not_labour(phrase, code):
    # row 113: "workers" alone is labour (LAB)
    from eventcoder.dictionaries.loader import load_dictionaries
    from eventcoder.dictionaries.tools import lookup

    assert lookup(load_dictionaries(), phrase, D(2010, 1, 1)).code == code


# ------------------------------------------------------------------ companies (actors/updates)

COMPANIES = DICT / "actors" / "updates" / "companies-2026.yaml"


@pytest.fixture(scope="module")
def shipped():
    from eventcoder.dictionaries.loader import load_dictionaries

    return load_dictionaries()


# A sample of companies-2026.yaml: the home country + BUS (Phoenix's code for another spelling), spellings news writes.
@pytest.mark.parametrize("phrase, code", [
    ("Huawei", "CHNBUS"), ("ZTE", "CHNBUS"), ("Alibaba Group", "CHNBUS"), ("TikTok", "CHNBUS"),
    ("ByteDance", "CHNBUS"), ("Foxconn", "TWNBUS"), ("TSMC", "TWNBUS"), ("Facebook", "USABUS"),
    ("Meta Platforms", "USABUS"), ("Twitter", "USABUS"), ("Tesla", "USABUS"), ("Uber", "USABUS"),
    ("IBM", "USABUS"), ("Ericsson", "SWEBUS"), ("Kaspersky Lab", "RUSBUS"), ("ExxonMobil", "MNCUSA"),
    ("Shell plc", "GBRBUS"), ("TotalEnergies", "FRABUS"), ("Eni", "MNCITA"), ("Equinor", "NORBUS"),
    ("Statoil", "NORBUS"), ("Gazprom", "RUSBUS"), ("Rosneft", "RUSBUS"), ("Aramco", "SAUBUS"),
    ("Pemex", "MEXBUS"), ("PDVSA", "VENBUS"), ("Sinopec", "MNCCHN"), ("CNPC", "CHNBUS"),
    ("Glencore", "CHEBUS"), ("BHP", "MNCAUS"), ("Freeport-McMoRan", "USABUS"), ("General Motors", "USABUS"),
    ("Volkswagen", "DEUBUS"), ("Nissan", "JPNBUS"), ("Airbus", "FRABUS"), ("BAE Systems", "GBRBUS"),
    ("Rolls-Royce", "MNCGBR"), ("JPMorgan Chase", "MNCUSA"), ("HSBC", "GBRBUS"), ("Barclays", "GBRBUS"),
    ("Sberbank", "RUSBUS"), ("Moderna", "USABUS"), ("Johnson & Johnson", "USABUS"), ("Sanofi", "FRABUS"),
    ("Bayer", "DEUBUS"), ("Merck KGaA", "DEUBUS"), ("Walmart", "MNCUSA"), ("Nestle", "CHEBUS"),
    ("Nestlé", "CHEBUS"), ("Unilever", "MNCGBR"), ("McDonald's", "USABUS"), ("Tata Group", "MNCIND"),
    ("Siemens", "MNCDEU"), ("CK Hutchison", "HKGBUS"), ("Lufthansa", "DEUBUS"), ("Aeroflot", "RUSBUS"),
    ("Maersk", "DNKBUS"), ("A.P. Moller-Maersk", "DNKBUS"), ("COSCO", "CHNBUS"),
])
def test_companies_code_mnc_and_home_country(shipped, phrase, code):
    from eventcoder.dictionaries.tools import lookup

    assert lookup(shipped, phrase, D(2020, 1, 1)).code == code


# Bare words companies-2026.yaml leaves out (its header says why): words, places, surnames,
# acronyms with other senses. They must still code nothing.
LEFT_OUT = ("Amazon Apple Shell Total Ford Meta Intel Oracle Visa Target Orange Vale Alphabet Gilead "
            "Santander Emirates Mercedes Kia Saab Lotte Didi Dangote Dassault Roche Bosch Philips "
            "Raiffeisen Tata Adani Freeport Leonardo Merck Sukhoi Kalashnikov "
            "GE GM HP AMD AWS SLB RTX EDF ING MSC MOL SK LG MTN PSA UPS").split()


@pytest.mark.parametrize("word", LEFT_OUT)
def test_ambiguous_company_words_code_nothing(shipped, word):
    from eventcoder.dictionaries.tools import lookup

    found = lookup(shipped, word, D(2020, 1, 1))
    assert found.code is None and not found.actors and not found.agents, found


def _new_entries(shipped, path: Path, code_ok) -> list[ActorEntry]:
    """The entries of a file written for eventcoder, checked: each has an id of its own and one
    undated code that ``code_ok(code, countries)`` accepts; its names are no other entry's,
    and each resolves to it."""
    import re

    from eventcoder.dictionaries.tools import lookup
    from eventcoder.match.names import name_words

    countries = {c.code for a in shipped.actors for c in a.codes if re.fullmatch(r"[A-Z]{3}", c.code or "")}
    entries = load_actors(path)
    ids = [a.id for a in shipped.actors]
    owners: dict[tuple, set] = {}
    for actor in shipped.actors:
        for name in actor.names:
            owners.setdefault(name_words(name), set()).add(actor.id)
    for entry in entries:
        assert ids.count(entry.id) == 1, entry.id
        assert len(entry.codes) == 1 and entry.codes[0].is_default, entry.id
        code = entry.codes[0].code
        assert code_ok(code, countries), (entry.id, code)
        for name in entry.names:
            assert owners[name_words(name)] == {entry.id}, (name, owners[name_words(name)])
            assert lookup(shipped, name, D(2020, 1, 1)).code == code, name
    return entries


def test_company_entries_are_well_formed_and_new(shipped):
    """Every entry of companies-2026.yaml: a country code the shipped set uses + BUS (or
    Phoenix's MNC code of the company's other spelling)."""
    entries = _new_entries(shipped, COMPANIES, lambda code, countries: (
        code.endswith("BUS") and code[:3] in countries and len(code) == 6) or (
        code.startswith("MNC") and code[3:6] in countries))
    assert 120 <= len(entries) <= 200


# ------------------------------------------------------------------ news media (actors/updates)

MEDIA = DICT / "actors" / "updates" / "media-2026.yaml"


# A sample of media-2026.yaml (row 365): the country an outlet is published from + MED, where
# the shipped set had no code, MED alone, a bare country (the outlet as a state) or another actor.
@pytest.mark.parametrize("phrase, code", [
    ("Time magazine", "USAMED"), ("USA Today", "USAMED"), ("the Voice of America", "USAMED"),
    ("Los Angeles Times", "USAMED"), ("Fox News", "USAMED"), ("France 24", "FRAMED"), ("Le Monde", "FRAMED"),
    ("Deutsche Welle", "DEUMED"), ("TASS", "RUSMED"), ("People's Daily", "CHNMED"), ("Global Times", "CHNMED"),
    ("KCNA", "PRKMED"), ("Yonhap", "KORMED"), ("Kyodo", "JPNMED"), ("IRNA", "IRNMED"),
    ("Fars News Agency", "IRNMED"), ("WAM", "AREMED"), ("Anadolu Agency", "TURMED"), ("Daily Sabah", "TURMED"),
    ("Associated Press of Pakistan", "PAKMED"), ("Press Trust of India", "INDMED"), ("Ariana News", "AFGMED"),
    ("South China Morning Post", "HKGMED"), ("Al Manar", "LBNMED"), ("Mail & Guardian", "ZAFMED"),
])
def test_news_media_code_their_country(shipped, phrase, code):
    from eventcoder.dictionaries.tools import lookup

    assert lookup(shipped, phrase, D(2015, 1, 1)).code == code


# Bare words and acronyms media-2026.yaml leaves out (its header says why): no outlet of it.
MEDIA_LEFT_OUT = "Time Bloomberg Anadolu Fars Sputnik CCTV RT RIA ISNA APS MENA DW CNA ABC Folha".split()


@pytest.mark.parametrize("word", MEDIA_LEFT_OUT)
def test_ambiguous_media_words_are_no_outlet(shipped, word):
    from eventcoder.dictionaries.tools import lookup

    outlets = {a.id for a in load_actors(MEDIA)}
    found = lookup(shipped, word, D(2015, 1, 1))
    assert not ({a.id for a in found.actors} & outlets) and not (found.code or "").endswith("MED"), found


def test_media_entries_are_well_formed_and_new(shipped):
    """Every entry of media-2026.yaml: a country code the shipped set uses + MED."""
    entries = _new_entries(shipped, MEDIA, lambda code, countries: (
        len(code) == 6 and code.endswith("MED") and code[:3] in countries))
    assert 100 <= len(entries) <= 200


def test_shipped_lists_load():
    agents = load_agents(DICT / "agents.yaml")
    assert len(agents) > 2000 and any(a.prefix for a in agents)
    discards = load_discards(DICT / "discards.yaml")
    assert {d.scope for d in discards} == {"sentence", "story"}
    issues = load_issues(DICT / "issues.yaml")
    assert any(i.exclude and i.scope == "story" for i in issues)
    assert all(i.issue for i in issues if not i.exclude)


def test_validate_files_load():
    actors = {n: a for a in load_actors(VALIDATE / "actors.yaml") for n in a.names}
    gollum = actors["Slinker"]
    assert gollum.id == "GOLLUM"
    assert gollum.code_on(D(1995, 5, 31)) == "HOB"
    assert gollum.code_on(D(1995, 6, 1)) == "HOBGOV"
    assert gollum.code_on(D(1999, 8, 16)) == "HOBREB"
    assert actors["Gondor"].origin.file.endswith("actors.yaml") and actors["Gondor"].origin.line > 5
    agents = {n: a for a in load_agents(VALIDATE / "agents.yaml") for n in a.names}
    assert agents["MSF"].prefix and agents["MSF"].code == "NGO"
    assert len(load_discards(VALIDATE / "discards.yaml")) == 9


def _plain(x):
    if isinstance(x, dict):
        return {k: _plain(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_plain(v) for v in x]
    return x


def _lines(x, acc):
    if isinstance(x, (dict, list)):
        acc.append((type(x).__name__, getattr(x, "line", None)))
    for v in x.values() if isinstance(x, dict) else x if isinstance(x, list) else ():
        _lines(v, acc)
    return acc


@pytest.mark.parametrize(
    "path",
    [
        DICT / "actors" / "countries.yaml",
        DICT / "actors" / "international.yaml",
        DICT / "agents.yaml",
        DICT / "discards.yaml",
        DICT / "issues.yaml",
        VALIDATE / "actors.yaml",
    ],
    ids=lambda p: p.name,
)
def test_fast_reader_equals_yaml(path: Path):
    """The fast reader gives exactly what PyYAML's safe loader gives, line numbers included."""
    text = path.read_text(encoding="utf-8")
    fast = fast_load(text)
    slow = yaml.load(text, Loader=_CLineLoader)  # noqa: S506 - safe loader subclass
    assert _plain(fast) == _plain(slow)
    assert _lines(fast, []) == _lines(slow, [])


def test_unusual_yaml_falls_back_to_pyyaml(tmp_path: Path):
    path = tmp_path / "a.yaml"
    path.write_text(
        "kind: actors\nactors:\n- names: [Gondor]   # a trailing comment\n  code: &c GON\n"
        "- names:\n  - 'Minas Tirith'\n  code: *c\n",
        encoding="utf-8",
    )
    entries = load_actors(path)
    assert [(e.names, e.codes[0].code, e.origin.line) for e in entries] == [
        (("Gondor",), "GON", 3),
        (("Minas Tirith",), "GON", 5),
    ]


def test_fast_reader_scalars(tmp_path: Path):
    path = tmp_path / "a.yaml"
    path.write_text(
        'kind: actors\nactors:\n  - names: [Côte d\'Ivoire, "1914", "yes", "a, b", "q\\"uote"]\n'
        "    code: CIV\n  - names: [Abc,\n      Def]\n    codes:\n      - {code: \"---\", until: 1999-01-01}\n"
        "      - {code: X, from: 1999-01-02}\n",
        encoding="utf-8",
    )
    data = read_yaml(path)
    assert data["actors"][0]["names"] == ["Côte d'Ivoire", "1914", "yes", "a, b", 'q"uote']
    assert data["actors"][1]["codes"][0] == {"code": "---", "until": D(1999, 1, 1)}
    assert data["actors"][1].line == 5
    assert _plain(data) == _plain(yaml.safe_load(path.read_text(encoding="utf-8")))


# ------------------------------------------------------------------ validation errors


def _load(tmp_path: Path, loader, body: str, name: str = "d.yaml"):
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path, loader


def _errors(tmp_path: Path, loader, body: str) -> tuple[Path, list[Problem]]:
    path, loader = _load(tmp_path, loader, body)
    with pytest.raises(DictionaryError) as info:
        loader(path)
    return path, info.value.problems


def _expect(tmp_path: Path, loader, body: str, line: int, text: str) -> None:
    """Loading fails, and one problem is at ``file:line`` and says ``text``."""
    path, problems = _errors(tmp_path, loader, body)
    shown = [str(p) for p in problems]
    assert any(s.startswith(f"{path}:{line}: error: ") and text in s for s in shown), shown


ACTOR_HEAD = "kind: actors\nactors:\n"


@pytest.mark.parametrize(
    "entry,line,text",
    [
        ("  - code: GON\n", 3, "missing `names:`"),
        ("  - names: []\n    code: GON\n", 3, "`names:` is empty"),
        ("  - names: Gondor\n    code: GON\n", 3, "must be a list"),
        ('  - names: ["   "]\n    code: GON\n', 3, "empty name"),
        ("  - names: [1914]\n    code: GON\n", 3, "not text (quote it)"),
        ("  - nmes: [Gondor]\n    code: GON\n", 3, "unknown key 'nmes' (did you mean 'names'?)"),
        ("  - names: [Gondor]\n", 3, "no code"),
        ("  - names: [Gondor]\n    code: gon\n", 3, "(codes are upper case)"),
        ("  - names: [Gondor]\n    code: G+N\n", 3, "bad code"),
        ("  - names: [Gondor]\n    code: 123\n", 3, "must be text"),
        ("  - names: [Gondor]\n    codes: GON\n", 3, "`codes:` must be a list"),
        ("  - names: [Gondor]\n    codes:\n      - {code: GON, from: 1995-13-01}\n", 5, "cannot read date"),
        ("  - names: [Gondor]\n    codes:\n      - {code: GON, from: 19950601}\n", 5, "cannot read date"),
        ("  - names: [Gondor]\n    codes:\n      - {code: GON, until: 2001-01-01 10:00:00}\n", 5, "time stamp"),
        ("  - names: [Gondor]\n    codes:\n      - {code: GON, from: 2001-01-02, until: 2001-01-01}\n", 5, "after until"),
        ("  - names: [Gondor]\n    codes:\n      - {code: GON, form: 2001-01-02}\n", 5, "unknown key 'form'"),
        ("  - names: [Gondor]\n    codes:\n      - {from: 2001-01-02}\n", 5, "without `code:`"),
        (
            "  - names: [Gondor]\n    codes:\n      - {code: A, until: 2001-01-02}\n      - {code: B, from: 2001-01-02}\n",
            3,
            "date ranges overlap: A until 2001-01-02 and B from 2001-01-02",
        ),
        (
            "  - names: [Gondor]\n    codes:\n      - {code: A, from: 2001-01-01, until: 2001-12-31}\n"
            "      - {code: B, from: 2001-06-01, until: 2001-06-30}\n",
            3,
            "date ranges overlap",
        ),
        ("  - names: [Gondor]\n    code: A\n    codes:\n      - {code: B}\n", 3, "2 undated codes"),
        ("  - names: [Gondor]\n    code: A\n  - names: [gondor]\n    code: B\n", 5, "means B here but something"),
        ("  - names: [Gondor]\n    code: A\n  - names: [Gondor Army]\n    id: GONDOR\n    code: B\n", 5, "duplicate id"),
        ("  - names: [Gondor]\n    code: A\n  - names: [Gondor!]\n    code: B\n", 5, "the default id"),
        ("  - names: [Gondor]\n    id: 'a b'\n    code: A\n", 3, "bad id"),
        ("  - Gondor\n", 3, "must be a mapping"),
    ],
)
def test_actor_errors(tmp_path: Path, entry: str, line: int, text: str):
    _expect(tmp_path, load_actors, ACTOR_HEAD + entry, line, text)


def test_actor_file_level_errors(tmp_path: Path):
    _expect(tmp_path, load_actors, "kind: agents\nagents: []\n", 1, "not a actors file")
    _expect(tmp_path, load_actors, "kind: actors\nactors: {a: 1}\n", 2, "must be a list")
    _expect(tmp_path, load_actors, "kind: actors\nactor:\n  - names: [A]\n    code: A\n", 1, "unknown key 'actor'")
    _expect(tmp_path, load_actors, "kind: actors\nactors:\n  - names: [A\n    code: A\n", 4, "invalid YAML")
    _expect(tmp_path, load_actors, "- just a list\n", 1, "not a actors file")


def test_all_problems_are_reported_together(tmp_path: Path):
    path, problems = _errors(
        tmp_path,
        load_actors,
        ACTOR_HEAD + "  - names: [A]\n    code: a\n  - nmes: [B]\n    code: B\n  - names: [C]\n    codes:\n"
        "      - {code: C, from: nope}\n",
    )
    assert [(p.line, p.severity) for p in problems if p.severity == "error"][:4] == [
        (3, "error"),
        (5, "error"),
        (5, "error"),
        (9, "error"),
    ]


def test_duplicate_with_same_code_is_a_warning(tmp_path: Path):
    path, loader = _load(tmp_path, load_actors, ACTOR_HEAD + "  - names: [A]\n    code: X\n  - names: [B, a]\n    code: X\n")
    problems: list[Problem] = []
    entries = loader(path, problems)
    assert len(entries) == 2
    assert [(p.line, p.severity) for p in problems] == [(5, "warning")]
    assert f"{path}:5: warning: actor name 'a' is listed twice" in str(problems[0])


def test_actor_values_and_origins(tmp_path: Path):
    path, loader = _load(
        tmp_path,
        load_actors,
        ACTOR_HEAD
        + "  # a comment\n  - names: [Minas  Tirith, Gondor]\n    code: GON/ARN\n    note: compound\n"
        + '  - id: GOLLUM\n    names: [Gollum]\n    codes:\n      - {code: "---", until: 1995-05-31}\n'
        + "      - {code: HOBGOV, from: 1995-06-01, until: '1999-08-15'}\n      - HOB\n",
    )
    first, gollum = loader(path)
    assert first.id == "MINAS_TIRITH" and first.names == ("Minas Tirith", "Gondor")
    assert first.codes[0].code == "GON/ARN" and first.origin.line == 4 and first.origin.file == str(path)
    assert gollum.origin.line == 7
    assert gollum.code_on(D(1990, 1, 1)) == "---"
    assert gollum.code_on(D(1999, 8, 15)) == "HOBGOV"
    assert gollum.code_on(D(1999, 8, 16)) == "HOB"


AGENT_HEAD = "kind: agents\nagents:\n"


@pytest.mark.parametrize(
    "entry,line,text",
    [
        ("  - names: [police]\n", 3, "no code"),
        ('  - names: [police]\n    code: "---"\n', 3, "not allowed"),
        ("  - names: [police]\n    code: COP\n    prefix: yes please\n", 3, "true or false"),
        ("  - names: [deputy]\n    code: LEG\n    qualifier: 1\n", 3, "`qualifier:` must be true or false"),
        ("  - names: [police]\n    code: COP\n    prefx: true\n", 3, "did you mean 'prefix'"),
        ("  - names: [police]\n    code: COP\n  - names: [Police]\n    code: COP\n    prefix: true\n", 5, "(prefix) here"),
        ("  - names: [police]\n    code: cop\n", 3, "upper case"),
    ],
)
def test_agent_errors(tmp_path: Path, entry: str, line: int, text: str):
    _expect(tmp_path, load_agents, AGENT_HEAD + entry, line, text)


def test_agent_values(tmp_path: Path):
    path, loader = _load(tmp_path, load_agents, AGENT_HEAD + "  - names: [MSF]\n    code: NGO\n    prefix: true\n")
    (msf,) = loader(path)
    assert msf == AgentEntry("MSF", ("MSF",), "NGO", True, msf.origin) and msf.origin.line == 3
    path, loader = _load(tmp_path, load_agents, AGENT_HEAD + "  - names: [deputy]\n    code: LEG\n    qualifier: true\n")
    (deputy,) = loader(path)
    assert deputy.qualifier and not deputy.prefix and not msf.qualifier


DISCARD_HEAD = "kind: discards\n"


def test_discards(tmp_path: Path):
    path, loader = _load(tmp_path, load_discards, DISCARD_HEAD + "sentence:\n  - months later\n  - baseball\nstory: [ESPN2]\n")
    entries = loader(path)
    assert entries == [
        DiscardEntry("months later", "sentence", entries[0].origin),
        DiscardEntry("baseball", "sentence", entries[1].origin),
        DiscardEntry("ESPN2", "story", entries[2].origin),
    ]
    assert [e.origin.line for e in entries] == [3, 4, 5]
    _expect(tmp_path, load_discards, DISCARD_HEAD + "sentence:\n  - a\n  - b\nstory:\n  - B\n", 6, "both story- and sentence")
    _expect(tmp_path, load_discards, DISCARD_HEAD + "sentence: [a, 1914]\n", 2, "not text (quote it)")
    _expect(tmp_path, load_discards, DISCARD_HEAD + "sentense: [a]\n", 1, "did you mean 'sentence'")
    _expect(tmp_path, load_discards, DISCARD_HEAD + "sentence: baseball\n", 1, "must be a list")
    path, loader = _load(tmp_path, load_discards, DISCARD_HEAD + "sentence:\n  - a\n  - A\n")
    problems: list[Problem] = []
    assert len(loader(path, problems)) == 1
    assert [(p.line, p.severity) for p in problems] == [(4, "warning")]


ISSUE_HEAD = "kind: issues\nissues:\n"


def test_issues(tmp_path: Path):
    path, loader = _load(
        tmp_path,
        load_issues,
        ISSUE_HEAD
        + "  - issue: REFUGEES\n    category: MIGRATION\n    phrases: [refugee, asylum seeker]\n"
        + "    exclude: [refugee status determination]\n"
        + "  - category: MIGRATION\n    exclude_story: [refugee camp hotel]\n",
    )
    entries = loader(path)
    assert entries == [
        IssueEntry("refugee", "REFUGEES", "MIGRATION", False, entries[0].origin),
        IssueEntry("asylum seeker", "REFUGEES", "MIGRATION", False, entries[0].origin),
        IssueEntry("refugee status determination", "REFUGEES", "MIGRATION", True, entries[0].origin, "sentence"),
        IssueEntry("refugee camp hotel", "", "MIGRATION", True, entries[3].origin, "story"),
    ]
    assert entries[0].origin.line == 3 and entries[3].origin.line == 7


@pytest.mark.parametrize(
    "entry,line,text",
    [
        ("  - issue: A\n    phrases: [x]\n  - issue: B\n    phrases: [X]\n", 5, "is B here but A at line 3"),
        ("  - issue: refugees\n    phrases: [x]\n", 3, "upper-case code"),
        ("  - category: C\n    phrases: [x]\n", 3, "need an `issue:`"),
        ("  - issue: A\n    phrase: [x]\n", 3, "did you mean 'phrases'"),
        ("  - issue: A\n", 3, "no `phrases:`"),
        ("  - issue: A\n    phrases: x\n", 3, "must be a list"),
    ],
)
def test_issue_errors(tmp_path: Path, entry: str, line: int, text: str):
    _expect(tmp_path, load_issues, ISSUE_HEAD + entry, line, text)


def test_unreadable_file_is_a_dictionary_error(tmp_path: Path):
    with pytest.raises(DictionaryError) as info:
        load_actors(tmp_path / "missing.yaml")
    assert "cannot read" in str(info.value)
    path = tmp_path / "bin.yaml"
    path.write_bytes(b"\xff\xfe\x00kind")
    with pytest.raises(DictionaryError):
        load_agents(path)


def _person(*codes: tuple[str, Optional[D], Optional[D]], names: tuple[str, ...] = ("Pedro Quispe",)) -> ActorEntry:
    return ActorEntry("P", names, tuple(DatedCode(code, start, end) for code, start, end in codes))


def test_a_person_out_of_office_is_of_the_elite():
    # A minister until 2009 with nothing after: a former official (ELI) of his country later,
    # as the carefully dated entries write it; nothing before his first office.
    minister = _person(("PERGOVJUD", D(2007, 6, 1), D(2009, 6, 30)))
    assert minister.code_on(D(2008, 1, 1)) == "PERGOVJUD"
    assert minister.code_on(D(2016, 11, 15)) == "PERELI"
    assert minister.code_on(D(2005, 1, 1)) is None
    # between two offices he is a former official too; a legislator or judge likewise
    twice = _person(("CHLGOV", D(2000, 1, 1), D(2004, 12, 31)), ("CHLLEG", D(2010, 1, 1), D(2014, 12, 31)))
    assert twice.code_on(D(2007, 1, 1)) == "CHLELI"
    assert twice.code_on(D(2020, 1, 1)) == "CHLELI"
    # an explicit later code still wins
    explicit = _person(("BOLGOV", D(2000, 1, 1), D(2004, 12, 31)), ("BOLOPP", D(2005, 1, 1), None))
    assert explicit.code_on(D(2007, 1, 1)) == "BOLOPP"
    # an entry of one bare name is too ambiguous to stand for him outside his dates
    bare = _person(("PERGOV", D(2000, 1, 1), D(2004, 12, 31)), names=("Quispe",))
    assert bare.code_on(D(2003, 1, 1)) == "PERGOV" and bare.code_on(D(2010, 1, 1)) is None


@pytest.mark.parametrize("codes, expected", [
    # a rebel or an elite before: no office to be a former holder of
    ((("PERREB", D(2000, 1, 1), D(2004, 12, 31)),), None),
    ((("PERELI", D(2000, 1, 1), D(2004, 12, 31)),), None),
    # an organisation's official is no country's elite
    ((("IGOUNO", D(2000, 1, 1), D(2004, 12, 31)),), None),
    # an entry that is a bare country for a while is no person (Kuwait under occupation)
    ((("PERGOV", D(2000, 1, 1), D(2004, 12, 31)), ("PER", D(2005, 6, 1), D(2006, 1, 1))), None),
    # an undated code says what the actor is whenever no dated one does
    ((("PERGOV", D(2000, 1, 1), D(2004, 12, 31)), ("PERBUS", None, None)), "PERBUS"),
])
def test_no_elite_without_a_held_office(codes, expected):
    assert _person(*codes).code_on(D(2010, 1, 1)) == expected


@pytest.mark.parametrize("phrase, date, code", [
    # row 301: the Holy See, its popes by pontificate, and seats of government
    ("the Vatican", D(2010, 1, 1), "VAT"),
    ("the Pope", D(2010, 1, 1), "VATGOV"),
    ("Pope Francis", D(2016, 1, 1), "VATGOV"),
    ("Pope Francis", D(2010, 1, 1), "VATELI"),  # before his pontificate
    ("Pope Benedict XVI", D(2010, 1, 1), "VATGOV"),
    ("Downing Street", D(2010, 1, 1), "GBRGOV"),
    ("the Élysée", D(2010, 1, 1), "FRAGOV"),
])
def test_the_holy_see_and_seats_of_government(phrase, date, code):
    from eventcoder.dictionaries.loader import load_dictionaries
    from eventcoder.dictionaries.tools import lookup

    assert lookup(load_dictionaries(), phrase, date).code == code


def test_a_surname_pope_is_no_pope():
    from eventcoder.dictionaries.loader import load_dictionaries
    from eventcoder.dictionaries.tools import lookup

    assert lookup(load_dictionaries(), "Alexander Pope", D(2010, 1, 1)).code is None


@pytest.mark.parametrize("phrase, date, code", [
    # row 305: bare "Congo" by date; Congo-Brazzaville by its qualified names on every date
    ("Congo", D(1965, 1, 1), "COD"),  # Congo-Leopoldville/Kinshasa
    ("Congo", D(1985, 1, 1), "COG"),  # while the other was Zaire
    ("Congo", D(2016, 1, 1), "COD"),
    ("Congo", None, "COD"),
    ("Republic of Congo", D(2016, 1, 1), "COG"),
    ("Brazzaville", D(2016, 1, 1), "COG"),
    ("Congolese", D(2016, 1, 1), "COD"),
])
def test_congo_by_date(phrase, date, code):
    from eventcoder.dictionaries.loader import load_dictionaries
    from eventcoder.dictionaries.tools import lookup

    assert lookup(load_dictionaries(), phrase, date).code == code


@pytest.mark.parametrize("phrase, code", [
    # row 307: places of the wars since 2011 give their country
    ("Mariupol", "UKR"), ("Tigray", "ETH"), ("Marib", "YEM"), ("El Fasher", "SDN"),
    ("Khan Younis", "PSEGZA"), ("Jenin", "PSE"), ("Cabo Delgado", "MOZ"), ("North Kivu", "COD"),
    ("Niger Delta", "NGA"),  # was Niger's, through the name "Niger"
])
def test_places_of_recent_wars(phrase, code):
    from eventcoder.dictionaries.loader import load_dictionaries
    from eventcoder.dictionaries.tools import lookup

    assert lookup(load_dictionaries(), phrase, D(2020, 1, 1)).code == code


@pytest.mark.parametrize("name, day, code", [
    # row 442: a politician's EU Council presidency no longer shadows his national offices
    ("George Papandreou", D(2010, 6, 1), "GRCGOV"),
    ("George Papandreou", D(2003, 3, 1), "IGOEUREEC"),
    ("George Papandreou", None, "GRCELI"),
    ("Leo Tindemans", D(1976, 1, 1), "BELGOV"),
    ("Baroness Ashton", D(2008, 1, 1), "GBRGOV"),
])
def test_a_presidency_does_not_shadow_national_offices(shipped, name, day, code):
    from eventcoder.dictionaries.tools import lookup

    assert lookup(shipped, name, day).code == code
