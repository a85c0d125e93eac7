#!/usr/bin/env python3
"""Bucket the misses and false positives of claims_eval.py by the form of the attribution, not by sentence.

usage (from the project root):
  python3 ../shared/eval/claims_eval.py build/native/shell/storylens ../shared/data/polnear-train --dump /tmp/rows.json
  python3 scripts/claims_buckets.py /tmp/rows.json [--show BUCKET [N]]
Each miss goes to the first bucket whose test holds (order below); false positives are bucketed by their cue.
"""
import json, re, sys, collections, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def lexicon_words(name):
    words = set()
    for line in open(os.path.join(ROOT, "core", "lexicon", name + ".tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip(): continue
        for cell in line.rstrip("\n").split("\t"):
            if cell != "-": words.add(cell.lower())
    return words


VERBS = lexicon_words("reporting_verbs")
QUOTES = "\"\u201c\u201d\u00ab\u00bb"


def cue_words(cue):
    return re.findall(r"[\w'\u2019]+", (cue or "").lower())


def miss_bucket(r):
    g = r["gold"]
    cue = (g.get("cue") or {}).get("text") or ""
    cw = cue_words(cue)
    sent = r["sentence"]
    content = r["gold_content"]
    if r["why"] != "miss": return r["why"]
    if r["coverage"] > 0: partial = "partial/"
    else: partial = ""
    if cue.strip() == ":": return partial + "colon"
    if "according" in cw: return partial + "according to"
    if any(w in ("asked", "ask", "asks", "asking", "wondered", "question", "questioned") for w in cw):
        return partial + "question"
    if not any(w in VERBS for w in cw):
        return partial + "cue not in lexicon: " + (" ".join(cw[-2:]) if cw else "(none)")
    src = g.get("source") or {}
    cs = (g.get("cue") or {}).get("start", 0)
    order = "content-first" if content and sent.find(content[:30]) >= 0 and sent.find(content[:30]) < sent.find(cue) else "cue-first"
    direct = g.get("kind")
    return f"{partial}lexicon cue, {direct}, {order}"


def fp_bucket(r):
    s = r["system"]
    cw = cue_words(s.get("cue"))
    return f"{r['why']}: {' '.join(cw) or '(none)'} / {s.get('kind')}"


def main():
    rows = json.load(open(sys.argv[1], encoding="utf-8"))
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    n_show = int(sys.argv[sys.argv.index("--show") + 2]) if show and len(sys.argv) > sys.argv.index("--show") + 2 else 15
    misses = collections.Counter(); fps = collections.Counter(); ex = collections.defaultdict(list)
    for r in rows:
        if r["why"] in ("false_positive", "fragment_of_missed"):
            b = fp_bucket(r); fps[b] += 1
        else:
            b = miss_bucket(r); misses[b] += 1
        ex[b].append(r)
    if show:
        for r in ex[show][:n_show]:
            print(json.dumps({k: r.get(k) for k in ("gold", "gold_content", "system", "sentence", "coverage")}, ensure_ascii=False))
        return
    print(f"misses and wrong parts: {sum(misses.values())}")
    for b, n in misses.most_common(40): print(f"  {n:5} {b}")
    print(f"false positives: {sum(fps.values())}")
    for b, n in fps.most_common(30): print(f"  {n:5} {b}")


if __name__ == "__main__":
    main()
