#!/usr/bin/env python3
"""Bucket the value misses of the temporal tagger on TimeML files by category.

usage: timex_value_misses.py CLI DIR [--no-dct] [--show N] [--bucket NAME]
Runs the CLI like ../shared/eval/timex_eval.py does, matches system and gold timexes the same way (relaxed,
first overlap) and sorts every relaxed match with a wrong value, and every unmatched gold timex, into a bucket
named after the family of expression it belongs to (weekday, year-less month, this week, part of day, ...).
"""
import os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
from timex_eval import load_tml, run_cli  # noqa: E402

WEEKDAY = r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
MONTH = r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b"
PARTS = r"\b(morning|afternoon|evening|night|tonight)\b"
BUCKETS = [
    ("set", lambda t, g, s: g[2] == "SET" or (s and s[2] == "SET")),
    ("quarter/fiscal", lambda t, g, s: re.search(r"quarter|fiscal|half", t)),
    ("part of day", lambda t, g, s: re.search(PARTS, t)),
    ("weekday", lambda t, g, s: re.search(WEEKDAY, t)),
    ("this/next/last week|month|year", lambda t, g, s: re.search(r"\b(this|next|last|past|coming|current)\b.*\b(week|month|year)s?\b", t) and not re.search(r"\d|\b(two|three|four|five|six|seven|eight|nine|ten|several|few)\b", t)),
    ("the past N units", lambda t, g, s: re.search(r"\b(past|last|next|coming)\b", t)),
    ("earlier/later/ago", lambda t, g, s: re.search(r"\b(earlier|later|ago|before|after|since)\b", t)),
    ("year-less month", lambda t, g, s: re.search(MONTH, t) and not re.search(r"\b\d{4}\b", t)),
    ("duration", lambda t, g, s: g[2] == "DURATION"),
    ("present ref/now", lambda t, g, s: g[3] in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")),
    ("explicit", lambda t, g, s: re.search(r"\d", t)),
    ("other", lambda t, g, s: True),
]

def main():
    args = sys.argv[1:]
    no_dct = "--no-dct" in args and not args.remove("--no-dct")
    show, only = 3, None
    if "--show" in args:
        i = args.index("--show"); show = int(args[i + 1]); del args[i:i + 2]
    if "--bucket" in args:
        i = args.index("--bucket"); only = args[i + 1]; del args[i:i + 2]
    cli, d = args
    files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".tml"))
    buckets = {}
    for f in files:
        text, dct, gold = load_tml(f)
        sysx = run_cli(cli, text, None if no_dct else dct)
        used = set()
        for g in gold:
            match = next((i for i, s in enumerate(sysx) if i not in used and s[0] < g[1] and g[0] < s[1]), None)
            s = None
            if match is not None:
                used.add(match); s = sysx[match]
                if s[3] == g[3]: continue
            words = text[g[0]:g[1]].lower()
            name = next(n for n, test in BUCKETS if test(words, g, s))
            ctx = text[max(0, g[0] - 60):g[1] + 40].replace("\n", " ")
            line = f"{os.path.basename(f)} dct {dct} [{text[g[0]:g[1]]}] gold {g[2]} {g[3]} system {s[2:] if s else 'MISS'}  …{ctx}…"
            buckets.setdefault(name, []).append(line)
    for name, lines in sorted(buckets.items(), key=lambda kv: -len(kv[1])):
        if only and name != only: continue
        print(f"{len(lines):4d} {name}")
        for l in lines[:show if not only else 10**6]: print("       " + l)

if __name__ == "__main__":
    main()
