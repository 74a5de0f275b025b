"""Aggregate and look: event counts per period and group, and a plot of the busiest series.

    from eventcoder.aggregate import aggregate, plot
    table = aggregate("events.csv", by=("source", "target"), freq="W")
    plot("events.csv", "dyads.png", freq="M", top=5)            # or actors=("IRN", "TUR")

For each period (``freq``: D, W, M, Q or Y, pandas period aliases) and each group of the
``by`` columns: the number of events, the counts per quad class (``quad1`` verbal
cooperation .. ``quad4`` material conflict) and per CAMEO root (``root01`` .. ``root20``),
and the Goldstein sum and mean. Reads the event files of ``eventcoder code`` (JSON Lines,
CSV, TSV, Parquet; CAMEO records, or PLOVER records whose root, quad class and Goldstein
value are looked up from their CAMEO code). Needs pandas, and matplotlib for plots:
``pip install "eventcoder[analysis]"``; both are imported only when used.
"""

from __future__ import annotations

import html
import io
import os
from pathlib import Path
from typing import Optional, Sequence

from .eventfiles import event_rows
from .writers import format_for

__all__ = ["aggregate", "needs_analysis", "plot", "read_event_table", "write_table"]

QUADS = (1, 2, 3, 4)
ROOTS = tuple(f"{n:02d}" for n in range(1, 21))
_FREQS = {"D": "D", "W": "W", "M": "M", "Q": "Q", "Y": "Y", "A": "Y"}
_FREQ_WORDS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year"}
_NEEDED = ("date", "source", "target", "code", "root_code", "quad_class", "goldstein", "reports")


def needs_analysis(what: str = "pandas") -> str:
    return f"this needs {what}: pip install 'eventcoder[analysis]' (pandas and matplotlib)"


def _pandas():
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(needs_analysis("pandas")) from exc
    return pd


def read_event_table(events, columns: Sequence[str] = ()):
    """A DataFrame of an event file (or of a DataFrame / list of records), with ``date`` as
    datetime, codes as strings, and root, quad class and Goldstein filled in from the CAMEO
    code where the file has none (PLOVER records)."""
    pd = _pandas()
    wanted = list(dict.fromkeys([*_NEEDED, *columns]))
    if isinstance(events, pd.DataFrame):
        frame = events.copy()
    elif isinstance(events, (list, tuple)):
        frame = pd.DataFrame(list(events))
    else:
        path = Path(events)
        fmt = format_for(path)
        if fmt == "jsonl":
            rows = [{k: record.get(k) for k in wanted if k in record} for _, record in event_rows(Path(path), "jsonl")]
            frame = pd.DataFrame(rows)
        elif fmt in ("csv", "tsv"):
            frame = pd.read_csv(path, sep="\t" if fmt == "tsv" else ",", dtype=str, keep_default_na=False,
                                usecols=lambda c: c in wanted)
        else:
            import pyarrow.parquet as pq

            names = pq.ParquetFile(str(path)).schema_arrow.names
            frame = pd.read_parquet(path, columns=[c for c in wanted if c in names])
    where = str(events) if isinstance(events, (str, os.PathLike)) else "events"
    missing = [c for c in ("date", "code", *columns) if c not in frame.columns]
    if missing:
        raise ValueError(f"{where}: no column {', '.join(missing)} (columns: {', '.join(map(str, frame.columns))})")
    for name in ("source", "target", "code", "root_code"):
        if name in frame.columns:
            frame[name] = frame[name].fillna("").astype(str)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    if frame["date"].isna().any():
        raise ValueError(f"{where}: {int(frame['date'].isna().sum())} event(s) without a readable date")
    _fill_from_code(frame)
    frame["quad_class"] = pd.to_numeric(frame["quad_class"], errors="coerce").fillna(0).astype(int)
    frame["goldstein"] = pd.to_numeric(frame["goldstein"], errors="coerce")
    return frame


def _fill_from_code(frame) -> None:
    """Root, quad class and Goldstein from the CAMEO code where a column is absent or empty."""
    needs = [c for c in ("root_code", "quad_class", "goldstein") if c not in frame.columns
             or frame[c].isna().any() or (frame[c].astype(str) == "").any()]
    if not needs:
        return
    from .ontology import Ontology

    ontology = Ontology.load()

    def value(code: str, field: str):
        kind = ontology.get(code) or ontology.get(code[:3]) or ontology.get(code[:2])
        if kind is None:
            return code[:2] if field == "root_code" else None
        return {"root_code": kind.root_code, "quad_class": kind.quad_class, "goldstein": kind.goldstein}[field]

    for column in needs:
        filled = frame["code"].map(lambda code, c=column: value(code, c))
        if column in frame.columns:
            blank = frame[column].isna() | (frame[column].astype(str) == "")
            frame[column] = frame[column].where(~blank, filled)
        else:
            frame[column] = filled


def _period(frame, freq: str):
    key = _FREQS.get(str(freq).upper())
    if key is None:
        raise ValueError(f"unknown --freq {freq!r}: use D (day), W (week), M (month), Q (quarter) or Y (year)")
    return frame["date"].dt.to_period(key), key


def aggregate(events, by: Sequence[str] = ("source", "target"), freq: str = "W"):
    """Per period and group of ``by``: events, quad1-4, root01-20, goldstein_sum, goldstein_mean
    (and reports, the one-a-day filter's count, where the file has it). ``period`` is the
    first day of the period (ISO date). ``events``: a file, a DataFrame or a list of records."""
    pd = _pandas()
    by = [b for b in by if b]
    frame = read_event_table(events, by)
    periods, _ = _period(frame, freq)
    frame = frame.assign(period=periods.dt.start_time.dt.strftime("%Y-%m-%d"))
    for quad in QUADS:
        frame[f"quad{quad}"] = (frame["quad_class"] == quad).astype(int)
    roots = frame["root_code"].astype(str).str[:2]
    for root in ROOTS:
        frame[f"root{root}"] = (roots == root).astype(int)
    keys = ["period", *by]
    sums = {f"quad{q}": "sum" for q in QUADS} | {f"root{r}": "sum" for r in ROOTS}
    grouped = frame.groupby(keys, sort=True, dropna=False)
    table = grouped.size().rename("events").to_frame()
    table = table.join(grouped.agg(sums))
    table["goldstein_sum"] = grouped["goldstein"].sum()
    table["goldstein_mean"] = grouped["goldstein"].mean()
    if "reports" in frame.columns:
        table["reports"] = grouped["reports"].apply(lambda r: pd.to_numeric(r, errors="coerce").fillna(1).sum()).astype(int)
    return table.reset_index()


def write_table(table, output: Optional[os.PathLike | str], format: Optional[str] = None) -> None:
    """Write an aggregate table: CSV/TSV/JSON Lines/Parquet by suffix; standard output (CSV) without a path."""
    import sys

    fmt = format_for(output, format) if output is not None else (format or "csv")
    if output is None:
        if fmt == "parquet":
            raise ValueError("Parquet needs an output file (-o FILE.parquet)")
        target = sys.stdout
    else:
        target = output
    if fmt in ("csv", "tsv"):
        table.to_csv(target, sep="\t" if fmt == "tsv" else ",", index=False, float_format="%.6g")
    elif fmt == "jsonl":
        table.to_json(target, orient="records", lines=True, force_ascii=False)
        if output is None:
            sys.stdout.write("\n")
    else:
        table.to_parquet(target, index=False)


def _series(frame, freq: str, by: Sequence[str], top: int, actors: Sequence[str]):
    """{label: (counts, goldstein means)} over the full period range, and the period index."""
    pd = _pandas()
    periods, key = _period(frame, freq)
    frame = frame.assign(period=periods)
    full = pd.period_range(periods.min(), periods.max(), freq=key)
    if actors:
        groups = {}
        for actor in actors:
            involved = frame["source"].str.startswith(actor) | frame["target"].str.startswith(actor)
            groups[actor] = frame[involved]
    else:
        by = [b for b in by if b]
        if not by:
            groups = {"all events": frame}
        else:
            sizes = frame.groupby(by).size().sort_values(ascending=False, kind="stable")
            groups = {}
            for values in list(sizes.index)[:top]:
                values = values if isinstance(values, tuple) else (values,)
                mask = pd.Series(True, index=frame.index)
                for column, value in zip(by, values):
                    mask &= frame[column] == value
                groups["→".join(str(v) or "---" for v in values)] = frame[mask]
    series = {}
    for label, rows in groups.items():
        counts = rows.groupby("period").size().reindex(full, fill_value=0)
        means = rows.groupby("period")["goldstein"].mean().reindex(full)
        series[label] = (counts, means)
    return series, full, key


def plot(events, output: os.PathLike | str, *, by: Sequence[str] = ("source", "target"), freq: str = "W",
         top: int = 5, actors: Sequence[str] = (), title: str = "") -> Path:
    """Draw events per period (top panel) and mean Goldstein value (bottom) for the ``top``
    busiest groups of ``by`` (dyads by default), or for each actor of ``actors`` (events it
    is source or target of; ``IRN`` also covers ``IRNGOV``). ``output``: ``.png`` or ``.html``
    (a self-contained page with the plot as inline SVG). Returns the path written."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as exc:
        raise ImportError(needs_analysis("matplotlib")) from exc
    output = Path(output)
    kind = output.suffix.lower()
    if kind not in (".png", ".html", ".htm", ".svg"):
        raise ValueError(f"--plot {output}: use a .png or .html file")
    frame = read_event_table(events, [b for b in by if b] if not actors else ())
    if frame.empty:
        raise ValueError("no events to plot")
    series, full, key = _series(frame, freq, by, top, actors)
    x = full.start_time
    figure = Figure(figsize=(10, 6.5), layout="constrained")
    FigureCanvasAgg(figure)
    counts_axis, mean_axis = figure.subplots(2, 1, sharex=True, height_ratios=(3, 2))
    for label, (counts, means) in series.items():
        line, = counts_axis.plot(x, counts.values, marker="o", markersize=3, label=f"{label} ({int(counts.sum())})")
        mean_axis.plot(x, means.values, marker="o", markersize=3, linestyle="-", color=line.get_color())
    word = _FREQ_WORDS[key]
    what = "actors" if actors else ("dyads" if list(by) == ["source", "target"] else " + ".join(by) or "events")
    counts_axis.set_title(title or f"Events per {word}: " + (", ".join(actors) if actors else f"top {len(series)} {what}"))
    counts_axis.set_ylabel(f"events per {word}")
    counts_axis.legend(loc="upper left", fontsize="small", title="series (total events)")
    counts_axis.grid(alpha=0.3)
    mean_axis.axhline(0, color="grey", linewidth=0.8)
    mean_axis.set_ylabel("mean Goldstein")
    mean_axis.set_ylim(-10.5, 10.5)
    mean_axis.grid(alpha=0.3)
    figure.autofmt_xdate()
    output.parent.mkdir(parents=True, exist_ok=True)
    if kind == ".png":
        figure.savefig(output, dpi=110)
    else:
        buffer = io.StringIO()
        figure.savefig(buffer, format="svg")
        svg = buffer.getvalue()
        svg = svg[svg.index("<svg"):]
        if kind == ".svg":
            output.write_text(buffer.getvalue(), encoding="utf-8")
        else:
            output.write_text(_page(counts_axis.get_title(), svg, series, full), encoding="utf-8")
    return output


def _page(title: str, svg: str, series: dict, full) -> str:
    """A self-contained HTML page: the plot inline, and the plotted numbers as a table."""
    head = "".join(f"<th>{html.escape(label)}</th>" for label in series)
    rows = []
    for index, period in enumerate(full):
        cells = "".join(
            f"<td>{int(counts.iloc[index])}</td>" for counts, _ in series.values()
        )
        rows.append(f"<tr><td>{period.start_time.date().isoformat()}</td>{cells}</tr>")
    return (
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:1000px;margin:1em auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}</style>"
        f"</head><body><h1>{html.escape(title)}</h1>\n{svg}\n"
        f"<h2>Events per period</h2><table><tr><th>period</th>{head}</tr>\n" + "\n".join(rows) +
        "</table><p>Made by eventcoder aggregate.</p></body></html>\n"
    )
