"""What an actor says it will, threatens to, refuses to do, or demands of another: CAMEO's
codes for an event under an intention, a threat, a refusal or a demand.

"The US is willing to provide economic aid to Ukraine" does not provide aid (071); it
expresses the intent to (0331). "Russia threatened to invade Ukraine" is 1384, not 130;
"Hamas refused to lift the ban" is 1241. CAMEO gives most actions a counterpart under each of
the three roots (03, 13, 12), and a demand for it under 10; these tables spell them out,
most specific code first. An action without a counterpart keeps the governing verb's own
code.
"""

from __future__ import annotations

from typing import Optional

from .graph import Graph

# Words that state an intention, a threat or a refusal of what their complement says, with
# or without a code of their own ("is willing to", "agreed to", "vowed to").
INTENT_WORDS = frozenset({
    "agree", "willing", "ready", "prepared", "plan", "intend", "vow", "promise", "pledge",
    "offer", "commit", "committed", "undertake", "aim", "want",
})
THREAT_WORDS = frozenset({"threaten"})
# Words that demand of someone what their complement says ("pressured the lecturers to
# cancel the strike" demands the easing of dissent, 1052).
DEMAND_WORDS = frozenset({"pressure", "press", "demand"})
REFUSAL_WORDS = frozenset({"refuse", "decline"})

# Action code (or its 3-digit or root prefix) -> intent to do it (CAMEO 03).
INTENT = {
    "04": "036", "045": "039", "044": "038",  # meet or negotiate; mediate; accept mediation
    "05": "032", "056": "037",  # diplomatic cooperation; settle a dispute
    "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341", "0832": "0342",
    "0833": "0343", "0834": "0344", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
}
# Action -> threat to do it (CAMEO 13).
THREAT = {
    "14": "133",
    "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
    "17": "137", "172": "132", "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324",
    "18": "1383",
    "19": "1384", "191": "1381", "192": "1382",
    "20": "1383", "204": "1385",
}
# Action -> a demand that it be done (CAMEO 10).
DEMAND = {
    "04": "108", "045": "105", "046": "108",  # meet or negotiate; mediate
    "05": "102",
    "06": "101", "061": "1011", "062": "1012", "063": "1013", "064": "1014",
    "07": "103", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
    "08": "100", "081": "1051", "082": "1052", "083": "1041", "084": "1053", "085": "1054",
    "086": "1055", "087": "1056", "0871": "107", "0874": "106",
}
# An appeal (CAMEO 02) -> the demand for the same (10): CAMEO gives each its counterpart,
# but for settling a dispute (027, a plain demand).
APPEAL_TO_DEMAND = {
    "02": "100", "021": "101", "0211": "1011", "0212": "1012", "0213": "1013", "0214": "1014",
    "022": "102", "023": "103", "0231": "1031", "0232": "1032", "0233": "1033", "0234": "1034",
    "024": "104", "0241": "1041", "0242": "1042", "0243": "1043", "0244": "1044",
    "025": "105", "0251": "1051", "0252": "1052", "0253": "1053", "0254": "1054", "0255": "1055",
    "0256": "1056", "026": "108", "028": "105",
}
# Action -> refusal to do it (CAMEO 12).
REFUSAL = {
    "04": "125", "045": "126", "046": "125",
    "057": "127",
    "06": "121", "061": "1211", "062": "1212",
    "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "083": "123", "084": "1243", "085": "1244",
    "086": "1245", "087": "1246",
}
_TABLES = {"03": INTENT, "13": THREAT, "12": REFUSAL, "10": DEMAND}
_WORDS = ((INTENT_WORDS, "03"), (THREAT_WORDS, "13"), (REFUSAL_WORDS, "12"), (DEMAND_WORDS, "10"))


def stance(graph: Graph, governor: int, governor_code: str) -> str:
    """The root (03, 13, 12 or 10) of what a governing word says of its complement, or ""."""
    lemma, form = graph.lemmas[governor], graph.forms[governor].lower()
    for words, root in _WORDS:
        if lemma in words or form in words:  # "willing" is often lemmatised "will"
            return root
    root = governor_code.partition(":")[0][:2]
    return root if root in _TABLES else ""


def chain_code(root: str, code: str) -> Optional[str]:
    """The code of an action under an intention, threat or refusal (``root`` 03, 13 or 12),
    or None when CAMEO gives that action no counterpart there."""
    table = _TABLES.get(root)
    if table is None or not code:
        return None
    code = code.partition(":")[0]  # one side's intention, threat or refusal: no reverse event
    if not code:
        return None
    for prefix in (code, code[:3], code[:2]):
        found = table.get(prefix)
        if found is not None:
            return found
    return None


# An intent (CAMEO 03) -> the action intended, to refuse it: "will not accept any such
# proposal" (032 negated) rejects it; an intent with no action of its own is a plain
# rejection (120).
_INTENDED = {intent: action for action, intent in INTENT.items()}
REJECT = "120"


def refused_intent(code: str) -> Optional[str]:
    """The refusal (CAMEO 12) of what an intent code (03) intends, when the intent is
    negated as what the subject will do ("France says it will not accept the proposal":
    032 -> 120); None for other codes."""
    if not code.startswith("03") or ":" in code:
        return None
    action = _INTENDED.get(code) or _INTENDED.get(code[:3])
    return (chain_code("12", action) if action else None) or REJECT


def appeal_demanded(code: str) -> Optional[str]:
    """The demand (CAMEO 10) for what an appeal code (02) asks, for a word that demands
    ("demanded talks": 026 -> 108); None for other codes."""
    if not code.startswith("02") or ":" in code:
        return None
    return APPEAL_TO_DEMAND.get(code) or APPEAL_TO_DEMAND.get(code[:3]) or APPEAL_TO_DEMAND["02"]
