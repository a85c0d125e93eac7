#!/usr/bin/env python3
"""How far a text's own words can date it: for each document, whether its text writes a date near its true
publication date at all. A ceiling for publication-date inference without metadata (dct_eval.py,
dct_eval_polnear.py): a document that names no recent day, and not even its year, cannot be dated from its text.

usage (from the project root):
  python3 scripts/dct_text_clue_ceiling.py ../shared/data/te3             # TimeML: the DCT element is the truth
  python3 scripts/dct_text_clue_ceiling.py ../shared/data/polnear-train   # JSON: the `dct` field is the truth

Per document, read off the text with patterns (month names and numbers only; no tagger):
  full date near     a month-day-year date in the 31 days up to the truth ("Feb. 9, 1998", "9 February 1998")
  year-less near     a month-day without year in those 31 days ("Feb. 9"), and the truth's year or the year
                     before written somewhere (without a year, the month-day fits every year)
  year only          the truth's year or the year before written, no near day
  nothing            neither
"within 31 days" is possible at most for the first two rows; an exact day needs them too (plus weekday or
"yesterday" clues to pick the day). Exit status: always 0 (a measuring tool).
"""
import collections
import datetime as dt
import json
import os
import re
import sys

sys.dont_write_bytecode = True
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
MONTH_DAY = re.compile(r"\b" + MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?", re.I)
DAY_MONTH = re.compile(r"\b(\d{1,2})\s+" + MONTH + r"(?:,?\s+(\d{4})\b)?", re.I)


def documents(folder):
    if any(f.endswith(".tml") for f in os.listdir(folder)):
        here = os.path.dirname(os.path.abspath(__file__))
        sys.path.insert(0, os.path.join(here, "..", "..", "shared", "eval"))
        from timex_eval import load_tml
        for f in sorted(os.listdir(folder)):
            if f.endswith(".tml"):
                text, dct, _ = load_tml(os.path.join(folder, f))
                yield text, dct
    else:
        for f in sorted(os.listdir(folder)):
            if f.endswith(".json"):
                doc = json.load(open(os.path.join(folder, f), encoding="utf-8"))
                if doc.get("dct"): yield doc["text"], doc["dct"][:10]


def dates_written(text):
    """(month, day, year or None) for every month-day the text writes."""
    for m in MONTH_DAY.finditer(text):
        yield MONTHS.index(m.group(1).lower()[:3]) + 1, int(m.group(2)), int(m.group(3)) if m.group(3) else None
    for m in DAY_MONTH.finditer(text):
        yield MONTHS.index(m.group(2).lower()[:3]) + 1, int(m.group(1)), int(m.group(3)) if m.group(3) else None


def near(truth, year, month, day):
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return False
    return 0 <= (truth - d).days <= 31


def category(text, dct):
    truth = dt.date.fromisoformat(dct)
    years = {int(y) for y in re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)}
    has_year = truth.year in years or truth.year - 1 in years
    written = list(dates_written(text))
    if any(y and near(truth, y, m, d) for m, d, y in written): return "full date near"
    if has_year and any(not y and (near(truth, truth.year, m, d) or near(truth, truth.year - 1, m, d))
                        for m, d, y in written):
        return "year-less near"
    return "year only" if has_year else "nothing"


def main():
    if len(sys.argv) != 2:
        print(__doc__); return
    counts = collections.Counter(category(t, d) for t, d in documents(sys.argv[1]))
    total = sum(counts.values())
    for k in ("full date near", "year-less near", "year only", "nothing"):
        print(f"{k:16} {counts[k]:4} ({100 * counts[k] / max(total, 1):.0f} %)")
    ceiling = counts["full date near"] + counts["year-less near"]
    print(f"ceiling: {ceiling}/{total} ({100 * ceiling / max(total, 1):.0f} %) of {sys.argv[1]} can be dated "
          f"within 31 days from their text")


if __name__ == "__main__":
    main()
