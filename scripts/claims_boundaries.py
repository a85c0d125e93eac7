#!/usr/bin/env python3
"""Why a gold statement is missed: no claim near it, or a claim whose content boundaries are wrong.

usage (from the project root):
  python3 scripts/claims_boundaries.py build/native/shell/storylens ../shared/data/polnear-train [--show CLASS [N]]
Each missed gold statement (claims_eval.py's matching rule) goes to one class by the system claim that shares the
most content tokens with it: `none` (no claim touches it; split by whether some claim has the gold's cue), `too long` (a claim holds >= half of the gold but the gold
is < half of the claim: the claim ran on into other words), `too short` (the claim is mostly inside the gold but
covers < half of it), `shifted` (they overlap, neither rule holds). `too long` is split by what the claim's extra
words hold: another gold content (`merged`: two attributions read as one) or not (`ran on`).
"""
import json, os, sys, importlib.util
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_eval(shared):
    spec = importlib.util.spec_from_file_location("claims_eval", os.path.join(shared, "eval", "claims_eval.py"))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m


def classify(E, g, sysc):
    doc = E.Doc(g["text"])
    toks = lambda parts: set().union(*[doc.tokens(p["start"], p["end"]) for p in parts]) if parts else set()
    gt = [toks(c["content"]) for c in g["claims"]]
    st = [toks(c["content"]) for c in sysc]
    gv, _ = E.match_doc(g, sysc, doc)
    out = []
    for j, (c, v) in enumerate(zip(g["claims"], gv)):
        if c["category"] != "statement" or v["found"] or not gt[j]: continue
        best = max(range(len(sysc)), key=lambda i: len(st[i] & gt[j]), default=None)
        o = len(st[best] & gt[j]) if best is not None else 0
        if not o:
            gcue = doc.tokens(c["cue"]["start"], c["cue"]["end"])
            at_cue = any(s["cue"] and doc.tokens(s["cue"]["start"], s["cue"]["end"]) & gcue for s in sysc)
            cls = "none: a claim at the cue, content elsewhere" if at_cue else "none: no claim at the cue"
        elif o >= 0.5 * len(gt[j]) and o < 0.5 * len(st[best]):
            extra = st[best] - gt[j]
            other = any(k != j and len(extra & gt[k]) >= 0.5 * len(gt[k]) for k in range(len(gt)) if gt[k])
            cls = "too long: merged" if other else "too long: ran on"
        elif o < 0.5 * len(gt[j]) and o >= 0.5 * len(st[best]): cls = "too short"
        else: cls = "shifted"
        sys_text = " | ".join(p["text"] for p in sysc[best]["content"]) if best is not None and o else ""
        cue = (sysc[best].get("cue") or {}).get("text") if best is not None and o else None
        a, b = c["cue"]["start"], c["cue"]["end"]
        around = g["text"][max(0, a - 160):b + 160].replace("\n", " ")
        out.append((cls, g["document"], c["cue"]["text"], " ... ".join(p["text"] for p in c["content"]), cue, sys_text,
                    around))
    return out


def main():
    args = sys.argv[1:]
    show, n = None, 20
    if "--show" in args:
        k = args.index("--show"); show = args[k + 1]
        if k + 2 < len(args) and args[k + 2].isdigit(): n = int(args[k + 2]); del args[k + 2]
        del args[k:k + 2]
    cli, gold_dir = args[0], args[1]
    E = load_eval(os.path.join(os.path.dirname(os.path.abspath(gold_dir)), ".."))
    files = sorted(os.path.join(gold_dir, f) for f in os.listdir(gold_dir) if f.endswith(".json"))

    def one(path):
        g = E.load_gold(path)
        sysc, _ = E.cli_claims(cli, g["text"], g.get("dct"))
        return classify(E, g, sysc or [])

    rows = [r for rs in ThreadPoolExecutor(2).map(one, files) for r in rs]
    counts = {}
    for r in rows: counts[r[0]] = counts.get(r[0], 0) + 1
    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]): print(f"{v:6d}  {k}")
    if show:
        for r in [r for r in rows if r[0] == show][:n]:
            print(f"\n[{r[1]}] gold cue {r[2]!r}: {r[3][:200]}\n   system cue {r[4]!r}: {r[5][:300]}\n   text: {r[6]}")


if __name__ == "__main__":
    main()
