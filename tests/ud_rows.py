"""Hand-written UD parses for tests: compact rows -> CoNLL-U text."""

from __future__ import annotations


def conllu(rows: str, sent_id: str = "1") -> str:
    """Rows of ``form lemma UPOS head deprel [FEATS]`` -> CoNLL-U text (ids numbered in order)."""
    lines = [f"# sent_id = {sent_id}"]
    forms = []
    for index, row in enumerate(r for r in rows.strip().splitlines() if r.strip()):
        form, lemma, upos, head, deprel, *feats = row.split()
        forms.append(form)
        lines.append(f"{index + 1}\t{form}\t{lemma}\t{upos}\t_\t{feats[0] if feats else '_'}\t{head}\t{deprel}\t_\t_")
    lines.insert(1, "# text = " + " ".join(forms))
    return "\n".join(lines) + "\n\n"
