"""Political parties, international organisations and armed groups of
dictionaries/actors/updates/parties-and-organisations-2026.yaml.

Tested through the real loaded dictionaries, as tests/test_actor_dictionaries.py and
tests/test_world_leaders.py test the shipped files: a sample of names resolves to its code (on
dates before and after a rebel group became a party), the ambiguous words the file leaves out
still code what they did, the superseded Phoenix entries are gone and documented, every entry is
well-formed and new, and `eventcoder dictionaries check` reports nothing about the file.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from eventcoder.dictionaries.loader import load_dictionaries
from eventcoder.dictionaries.tools import lookup
from eventcoder.match.names import name_words

from actor_updates import assert_check_silent_about, assert_says_what_it_left_out, assert_superseded_documented, codes_of

REPO = Path(__file__).resolve().parent.parent
ACTORS = REPO / "dictionaries" / "actors"
UPDATES = ACTORS / "updates"
FILE = UPDATES / "parties-and-organisations-2026.yaml"
D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def shipped():
    return load_dictionaries()


@pytest.fixture(scope="module")
def data():
    return yaml.safe_load(FILE.read_text(encoding="utf-8"))


def _ours(actor) -> bool:
    return Path(str(actor.origin.file)).name == FILE.name


# (phrase, date, code)
CASES = [
    # parties: country + PTY
    ("BJP", "2020-01-01", "INDPTY"),
    ("Bharatiya Janata Party", "2020-01-01", "INDPTY"),
    ("Indian National Congress", "2020-01-01", "INDPTY"),  # was INDLEG (Indian + Congress)
    ("Congress party", "2020-01-01", "INDPTY"),
    ("Aam Aadmi Party", "2020-01-01", "INDPTY"),
    ("Likud", "2020-01-01", "ISRPTY"),
    ("Yisrael Beiteinu", "2020-01-01", "ISRPTY"),  # was ISR (Yisrael)
    ("ANC", "2020-01-01", "ZAFPTY"),
    ("African National Congress", "2020-01-01", "ZAFPTY"),  # was ---LEG
    ("African National Congress", "1985-06-01", "ZAFREB"),
    ("Labour Party", "2020-01-01", "GBRPTY"),
    # government bodies known by a name of their own
    ("Home Office", "2020-01-01", "GBRGOV"),
    ("Department for International Development", "2005-06-01", "GBRGOV"),
    ("DFID", "2005-06-01", "GBRGOV"),
    ("Bundeswehr", "2020-01-01", "DEUMIL"),
    ("IRGC", "2020-01-01", "IRNMIL"),
    ("Research and Analysis Wing", "2020-01-01", "INDSPY"),
    ("Hezb-e-Islami", "2005-06-01", "AFGREB"),  # nonstate.yaml spells it Hizb-E-Islami
    ("Conservative Party", "2020-01-01", "GBRPTY"),
    ("Tories", "2020-01-01", "GBRPTY"),
    ("Liberal Democrats", "2020-01-01", "GBRPTY"),  # was USAPTY (Democrats)
    ("SNP", "2020-01-01", "GBRPTY"),
    ("New Zealand Labour Party", "2020-01-01", "NZLPTY"),
    ("Conservative Party of Canada", "2020-01-01", "CANPTY"),
    ("AKP", "2020-01-01", "TURPTY"),
    ("Justice and Development Party", "2020-01-01", "TURPTY"),
    ("CHP", "2020-01-01", "TURPTY"),
    ("Peoples' Democratic Party", "2020-01-01", "TURPTY"),
    ("CDU", "2020-01-01", "DEUPTY"),
    ("SPD", "2020-01-01", "DEUPTY"),
    ("AfD", "2020-01-01", "DEUPTY"),
    ("Alternative für Deutschland", "2020-01-01", "DEUPTY"),
    ("National Rally", "2020-01-01", "FRAPTY"),
    ("En Marche", "2020-01-01", "FRAPTY"),  # was ITA (Marche)
    ("Five Star Movement", "2020-01-01", "ITAPTY"),
    ("PSOE", "2020-01-01", "ESPPTY"),
    ("Golden Dawn", "2020-01-01", "GRCPTY"),  # was NGODEV (Dawn)
    ("Law and Justice party", "2020-01-01", "POLPTY"),
    ("Fidesz", "2020-01-01", "HUNPTY"),
    ("United Russia", "2020-01-01", "RUSPTY"),  # was RUS
    ("Liberal Democratic Party of Russia", "2020-01-01", "RUSPTY"),
    ("Servant of the People", "2020-01-01", "UKRPTY"),
    ("Pakistan Tehreek-e-Insaf", "2020-01-01", "PAKPTY"),
    ("PML-N", "2020-01-01", "PAKPTY"),
    ("Pakistan Peoples Party", "2020-01-01", "PAKPTY"),  # was PAKCVL
    ("Awami League", "2020-01-01", "BGDPTY"),
    ("BNP", "2020-01-01", "BGDPTY"),
    ("BNP Paribas", "2020-01-01", "MNCFRA"),  # the bank keeps its own entry
    ("Nepali Congress", "2020-01-01", "NPLPTY"),  # was NPLLEG
    ("Liberal Democratic Party", "2020-01-01", "JPNPTY"),
    ("LDP", "2020-01-01", "JPNPTY"),
    ("Democratic Party of Korea", "2020-01-01", "KORPTY"),
    ("Kuomintang", "2020-01-01", "TWNPTY"),
    ("Cambodian People's Party", "2020-01-01", "KHMPTY"),  # was KHMCVL
    ("CNRP", "2017-06-01", "KHMPTY"),
    ("Sam Rainsy Party", "2010-06-01", "KHMPTY"),  # the person is KHMGOVLEG
    ("NLD", "2020-01-01", "MMRPTY"),
    ("USDP", "2020-01-01", "MMRPTY"),
    ("UMNO", "2020-01-01", "MYSPTY"),
    ("Pheu Thai", "2020-01-01", "THAPTY"),
    ("ZANU-PF", "2020-01-01", "ZWEPTY"),
    ("Movement for Democratic Change", "2020-01-01", "ZWEPTY"),
    ("National Resistance Movement", "2020-01-01", "UGAPTY"),  # was SLVREB (National Resistance)
    ("NRM", "1984-06-01", "UGAREB"),
    ("Prosperity Party", "2020-01-01", "ETHPTY"),
    ("EPRDF", "1990-06-01", "ETHREB"),
    ("All Progressives Congress", "2020-01-01", "NGAPTY"),
    ("Peoples Democratic Party", "2020-01-01", "NGAPTY"),
    ("Kurdistan Democratic Party", "2020-01-01", "IRQPTY"),
    ("Kurdistan Democratic Party", "1995-06-01", "IRQREB"),
    ("Kurdistan Democratic Party of Iran", "2020-01-01", "IRNREB"),
    ("Ennahda", "2020-01-01", "TUNPTY"),
    ("Freedom and Justice Party", "2012-06-01", "EGYPTY"),
    ("United Socialist Party of Venezuela", "2020-01-01", "VENPTY"),
    ("Morena", "2020-01-01", "MEXPTY"),
    ("Renamo", "1985-06-01", "MOZREB"),
    ("Renamo", "2020-01-01", "MOZPTY"),
    # ruling parties of one-party states: country + GOV, as Phoenix's Communist Party of China
    ("CCP", "2020-01-01", "CHNGOV"),
    ("Communist Party of Vietnam", "2020-01-01", "VNMGOV"),
    ("Workers' Party of Korea", "2020-01-01", "PRKGOV"),
    # organisations
    ("African Union", "2020-01-01", "IGOAFRAFU"),
    ("AMISOM", "2015-06-01", "IGOAFRAFU"),
    ("OSCE", "2020-01-01", "IGOEURSCE"),
    ("Organization for Security and Cooperation in Europe", "2020-01-01", "IGOEURSCE"),  # was IGO
    ("Gulf Cooperation Council", "2020-01-01", "IGOPGSGCC"),
    ("GCC", "2020-01-01", "IGOPGSGCC"),
    ("Shanghai Cooperation Organisation", "2020-01-01", "IGOCAS"),  # was CHN (Shanghai)
    ("International Organization for Migration", "2020-01-01", "IGOUNOREF"),
    ("IOM", "2020-01-01", "IGOUNOREF"),
    ("UNRWA", "2020-01-01", "IGOUNOREF"),
    ("UNSCOM", "1998-06-01", "IGOUNO"),
    ("World Health Organisation", "2020-01-01", "IGOUNOHLHWHO"),
    ("UNFPA", "2020-01-01", "IGOUNOHLH"),
    ("United Nations Development Programme", "2020-01-01", "IGOUNODEV"),
    ("UN human rights office", "2020-01-01", "IGOUNOHRIHCH"),
    ("UNAMA", "2020-01-01", "IGOUNO"),
    ("MONUSCO", "2020-01-01", "IGOUNO"),
    ("UNIFIL", "2020-01-01", "IGOUNO"),
    ("CARICOM", "2020-01-01", "IGOCRB"),
    ("Mercosur", "2020-01-01", "IGOSAMBUS"),
    ("G7", "2020-01-01", "IGOGOS"),
    ("G20", "2020-01-01", "IGOBUS"),
    ("WTO", "2020-01-01", "IGOBUSWTO"),
    ("OECD", "2020-01-01", "IGOWSTBUS"),
    ("Frontex", "2020-01-01", "IGOEUREEC"),
    ("European Central Bank", "2020-01-01", "IGOEUREEC"),  # was ---GOVBUS
    ("International Criminal Court", "2020-01-01", "IGOJUDICC"),  # was ---CRMJUD
    ("Organisation of Islamic Cooperation", "2020-01-01", "IGOMOSOIC"),  # was ---MUS
    # armed groups
    ("Tigray People's Liberation Front", "2021-06-01", "ETHREB"),  # was ---CVLREB
    ("TPLF", "1988-06-01", "ETHREB"),
    ("TPLF", "2010-06-01", "ETHPTY"),
    ("TPLF", "2024-06-01", "ETHPTY"),
    ("Oromo Liberation Front", "2010-06-01", "ETHREB"),  # was EAFREB
    ("Oromo Liberation Front", "2020-06-01", "ETHPTY"),
    ("Oromo Liberation Army", "2022-06-01", "ETHREB"),
    ("Fano", "2024-06-01", "ETHREB"),
    ("Karen National Union", "2022-06-01", "MMRREB"),  # was SEAREB
    ("Arakan Army", "2024-06-01", "MMRREB"),  # was ---MIL
    ("Kachin Independence Army", "2024-06-01", "MMRREB"),
    ("FDLR", "2015-06-01", "RWAREB"),  # was KKLREB
    ("Democratic Forces for the Liberation of Rwanda", "2015-06-01", "RWAREB"),
    ("Communist Party of Nepal (Maoist)", "2000-06-01", "NPLREB"),
    ("Communist Party of Nepal (Maoist Centre)", "2020-06-01", "NPLPTY"),
    ("CODECO", "2022-06-01", "CODREB"),
    ("Cooperative for the Development of Congo", "2022-06-01", "CODREB"),  # was COG
    ("Ambazonia Defence Forces", "2020-06-01", "CMRREB"),
    ("Janjaweed", "2005-06-01", "SDNMIL"),
    ("Janjaweed", "2024-06-01", "SDNREB"),
    ("Justice and Equality Movement", "2010-06-01", "SDNREB"),
    ("SPLM-N", "2020-06-01", "SDNREB"),
    ("Polisario", "2020-06-01", "NAFREB"),  # Phoenix's "Polisario Front" code
    ("National Resistance Front", "2022-06-01", "AFGREB"),
    ("Sinaloa Cartel", "2020-06-01", "MEXCRM"),
    ("Tren de Aragua", "2025-06-01", "VENCRM"),
]


@pytest.mark.parametrize("phrase, day, code", CASES, ids=[f"{p}@{d}" for p, d, _ in CASES])
def test_code_on_date(shipped, phrase, day, code):
    assert lookup(shipped, phrase, D(day)).code == code


# Names whose Phoenix entries the file supersedes: every loaded entry that carries the name
# gives the expected code, so a surviving old entry would show up here.
SUPERSEDED = [
    ("Tigray Peoples Liberation Front", "2021-06-01", "ETHREB"),
    ("Tigrai Peoples Liberation Front", "2015-06-01", "ETHPTY"),
    ("Oromo Liberation Front", "2020-06-01", "ETHPTY"),
    ("Kayin National Union (KNU)", "2020-06-01", "MMRREB"),
    ("Interahamwe", "2020-06-01", "RWAREB"),
    ("Army for the Liberation of Rwanda", "2000-06-01", "RWAREB"),
    ("Communist Party of Nepal-Maoist (CPN-M)", "2010-06-01", "NPLPTY"),
    ("Puk", "2010-06-01", "IRQPTY"),
    ("Patriotic Union of Kurdistan", "1995-06-01", "IRQREB"),
    ("Sandinistas", "2020-06-01", "NICPTY"),
    ("Sandinista National Liberation Front", "1978-06-01", "NICREB"),
    ("Farabundo Marti National Liberation Front", "2020-06-01", "SLVPTY"),
    ("FMLN-FDR", "1985-06-01", "SLVREB"),
    ("UNITA", "1995-06-01", "AGOREB"),
    ("UNITA", "2020-06-01", "AGOPTY"),
    ("Popular Movement for the Liberation of Angola", "2020-06-01", "AGOPTY"),
    ("Organisation for Security and Co-Operation in Europe", "2020-06-01", "IGOEURSCE"),
    ("Organization for Security and Cooperation in Europe", "2020-06-01", "IGOEURSCE"),
]


@pytest.mark.parametrize("name, day, code", SUPERSEDED, ids=[f"{n}@{d}" for n, d, _ in SUPERSEDED])
def test_superseded_names_have_one_coding(shipped, name, day, code):
    assert codes_of(shipped, name, day) == {code}


def test_superseded_entries_are_removed_and_documented(shipped, data):
    assert len(assert_superseded_documented(shipped, FILE, data, "international|nonstate")) == 14
    notes = (UPDATES / "SUPERSEDES.md").read_text(encoding="utf-8")
    assert "Left out of `parties-and-organisations-2026.yaml`" in notes


def test_extra_names_agree_with_the_kept_phoenix_entries(shipped):
    for extra, phoenix in [("CCP", "Communist Party of China"), ("Polisario", "Polisario Front"),
                           ("Frente Polisario", "Polisario Front")]:
        for day in ("2005-06-01", "2024-06-01"):
            assert codes_of(shipped, extra, day) == codes_of(shipped, phoenix, day)


# Words the file leaves out because news uses them in other senses: each still codes what it
# coded before the file (None: no code) and is no name of the file.
LEFT_OUT = [
    ("Labour", None), ("Labor Party", None), ("Congress", "---LEG"), ("Conservatives", None), ("Tory", None),
    ("Greens", None), ("Democratic Party", "---PTY"), ("Socialist Party", None), ("Workers' Party", None),
    ("Liberal Party", None), ("National Front", None), ("Podemos", None), ("Vox", None), ("Lega", None),
    ("Who", None), ("AU", None), ("PTI", None), ("PPP", None), ("PP", None), ("PDP", None), ("APC", None),
    ("NPA", None), ("ADF", None), ("CPP", None), ("MAS", None), ("PAN", None), ("EFF", None), ("MDC", None),
    ("NPP", None), ("NDP", None), ("FDP", None), ("KIA", None), ("OLA", None), ("RPF", None), ("CIS", None),
    ("EAC", None), ("Commonwealth", None), ("CBI", None), ("ISI", None), ("RAW", None), ("NIA", None),
    ("Majlis", None), ("the Treasury", None), ("Muslim Brotherhood", "---MUS"), ("Jamaat-e-Islami", None),
    ("Baath Party", None), ("Fatah", "PSE"), ("Amal", "LBNREB"), ("Lebanese Forces", "LBNMIL"),
    # kept entries of other files: the file does not take them over
    ("Allied Democratic Forces", "UGAREB"), ("Kurdistan Workers' Party", "TURREB"), ("ELN", "COLREB"),
    ("Seleka", "CAFREB"), ("Polisario Front", "NAFREB"), ("Resistencia Nacional", "SLVREB"),
    ("World Health Organization", "IGOUNOHLHWHO"), ("Hezbollah", "LBNREB"),
]


@pytest.mark.parametrize("word, code", LEFT_OUT, ids=[w for w, _ in LEFT_OUT])
def test_left_out_words_keep_their_old_code(shipped, data, word, code):
    assert lookup(shipped, word, D("2020-01-01")).code == code
    names = {name_words(n) for item in data["actors"] for n in item["names"]}
    assert name_words(word) not in names


def test_file_says_what_it_left_out_and_is_large(data):
    assert_says_what_it_left_out(FILE, data, 250)


def _units(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def test_every_entry_is_well_formed_and_new(shipped, data):
    ids = [item["id"] for item in data["actors"]]
    assert len(ids) == len(set(ids))
    others = [a for a in shipped.actors if not _ours(a)]
    assert not set(ids) & {a.id for a in others}
    # no name twice in the file, none a name of an entry of another file
    names = [name_words(n) for item in data["actors"] for n in item["names"]]
    assert len(names) == len(set(names))
    assert not set(names) & {name_words(n) for a in others for n in a.names}
    # codes use only the units the shipped lists use (countries, regions, roles, the specific
    # units of international.yaml such as AFU, GCC, SCE, WTO)
    used = set()
    for name in ("countries", "international", "nonstate"):
        for code in re.findall(r"code: ([A-Z]{3,})", (ACTORS / f"{name}.yaml").read_text(encoding="utf-8")):
            used.update(_units(code))
    used |= set(shipped.ontology.roles)
    for item in data["actors"]:
        codes = [item["code"]] if "code" in item else [c["code"] for c in item["codes"]]
        for code in codes:
            assert re.fullmatch(r"(?:[A-Z]{3})+", code), (item["id"], code)
            assert set(_units(code)) <= used, (item["id"], code)
        # dated entries: one undated default, disjoint dated ranges of real dates
        if "codes" in item:
            assert sum(1 for c in item["codes"] if "from" not in c and "until" not in c) <= 1, item["id"]
            spans = sorted((c.get("from") or dt.date.min, c.get("until") or dt.date.max)
                           for c in item["codes"] if "from" in c or "until" in c)
            assert spans, item["id"]
            for c in item["codes"]:
                for key in ("from", "until"):
                    if key in c:
                        assert isinstance(c[key], dt.date), (item["id"], c)
            for (_, end), (start, _) in zip(spans, spans[1:]):
                assert end < start, item["id"]


def test_every_name_resolves_to_its_entry(shipped):
    ours = [a for a in shipped.actors if _ours(a)]
    assert ours
    for day in ("1985-06-01", "2020-01-01", "2024-06-01"):
        for actor in ours:
            for name in actor.names:
                assert lookup(shipped, name, D(day)).code == actor.code_on(D(day)), (name, day)


def test_dictionaries_check_reports_nothing_about_the_file():
    assert_check_silent_about(FILE)
