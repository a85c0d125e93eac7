#!/usr/bin/env python3
"""Scores `storylens story` against the hand-made gold of tests/story/polnear_gold.json.

usage: story_eval.py CLI [GOLD] [--data DIR] [--verbose] [--min-p P] [--min-r R] [--min-event-p P]

For each gold story the script writes the articles' texts (from the PolNeAR JSON files in DIR, default the
gold's "data", relative to the working directory) to a temporary folder with a manifest of their dates and
publishers, runs `CLI story ... --dct-from MANIFEST`, and compares:
  - cross-article entity merges: every pair of gold mentions in different articles is a gold merge when both
    carry the same gold entity id, a system merge when both fall in one story entity (a gold mention is found
    when a member mention of a story entity overlaps its character span). Precision and recall over pairs.
  - merged events: every pair of reports of one story event from different articles is looked up in the gold's
    "event_pairs" judgements (report = article + character start of the event's span); an unjudged pair counts
    as wrong. Precision over pairs; recall over the pairs judged the same event.
Exit 0 with the figures, 1 when a figure is below its --min-* floor; 3 when DIR is missing (the data is not shipped with the project).
"""
import json, os, subprocess, sys, tempfile

def main():
    floors = {}
    argv = sys.argv[1:]
    for flag in ("--min-p", "--min-r", "--min-event-p", "--data"):
        if flag in argv:
            k = argv.index(flag)
            floors[flag] = argv[k + 1]
            del argv[k:k + 2]
    args = [a for a in argv if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    if not args:
        sys.exit(__doc__)
    cli = args[0]
    gold_path = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "..", "tests", "story", "polnear_gold.json")
    gold = json.load(open(gold_path, encoding="utf-8"))
    data = gold["data"]
    data = floors.pop("--data", data)
    if not os.path.isdir(data):
        print(f"story_eval: no data at {data}; skipped")
        sys.exit(3)
    totals = {"gold": 0, "sys": 0, "both": 0, "ev_pairs": 0, "ev_right": 0, "ev_unjudged": 0, "ev_gold": 0, "ev_found": 0}
    judged = {}
    for p in gold.get("event_pairs", []):
        a, b = (p["a"]["article"], p["a"]["start"]), (p["b"]["article"], p["b"]["start"])
        judged[(a, b)] = judged[(b, a)] = p["same"]
    for story in gold["stories"]:
        with tempfile.TemporaryDirectory() as tmp:
            manifest = []
            texts = {}
            for name in story["articles"]:
                doc = json.load(open(os.path.join(data, name + ".json"), encoding="utf-8"))
                texts[name] = doc["text"]
                with open(os.path.join(tmp, name + ".txt"), "w", encoding="utf-8") as f:
                    f.write(doc["text"])
                manifest.append(f"{name}.txt\t{doc['dct']}\t{doc['publisher']}")
            with open(os.path.join(tmp, "manifest.tsv"), "w") as f:
                f.write("\n".join(manifest) + "\n")
            files = [os.path.join(tmp, n + ".txt") for n in story["articles"]]
            run = subprocess.run([cli, "story"] + files + ["--dct-from", os.path.join(tmp, "manifest.tsv")],
                                 capture_output=True, timeout=600)
            if run.returncode != 0:
                sys.exit(f"story_eval: {cli} failed: {run.stderr.decode(errors='replace')}")
            out = json.loads(run.stdout)
        names = [a["label"][:-4] for a in out["articles"]]
        def chars(name, byte):
            return len(texts[name].encode("utf-8")[:byte].decode("utf-8", "ignore"))
        spans = {}  # article name -> [(start, end, story entity id)]
        for e in out["entities"]:
            for m in e["members"]:
                n = names[m["article"]]
                for mm in m["mentions"]:
                    spans.setdefault(n, []).append((chars(n, mm["start"]), chars(n, mm["end"]), e["id"], e["name"]))
        found = []
        for g in story["mentions"]:
            hit = [s for s in spans.get(g["article"], []) if s[0] < g["end"] and g["start"] < s[1]]
            found.append(hit[0] if hit else None)
        ms = story["mentions"]
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                if ms[i]["article"] == ms[j]["article"]:
                    continue
                same_gold = ms[i]["entity"] == ms[j]["entity"]
                same_sys = found[i] is not None and found[j] is not None and found[i][2] == found[j][2]
                totals["gold"] += same_gold
                totals["sys"] += same_sys
                totals["both"] += same_gold and same_sys
                if verbose and same_gold != same_sys:
                    kind = "missed" if same_gold else "wrong"
                    print(f"  {kind}: {ms[i]['name']} ({ms[i]['article'][:30]}) ~ {ms[j]['name']} ({ms[j]['article'][:30]})")
        for e in out["events"]:
            reps = e["reports"]
            for i in range(len(reps)):
                for j in range(i + 1, len(reps)):
                    if reps[i]["article"] == reps[j]["article"]:
                        continue
                    a = (names[reps[i]["article"]], chars(names[reps[i]["article"]], reps[i]["start"]))
                    b = (names[reps[j]["article"]], chars(names[reps[j]["article"]], reps[j]["start"]))
                    totals["ev_pairs"] += 1
                    verdict = judged.get((a, b))
                    if verdict is None:
                        totals["ev_unjudged"] += 1
                        if verbose:
                            print(f"  unjudged event pair: {reps[i]['text']!r} {a} ~ {reps[j]['text']!r} {b}")
                    totals["ev_right"] += bool(verdict)
        # recall: the judged same-event pairs of this story that land in one story event
        event_of = {}
        for e in out["events"]:
            for rep in e["reports"]:
                n = names[rep["article"]]
                event_of[(n, chars(n, rep["start"]))] = e["id"]
        for pair in gold.get("event_pairs", []):
            a, b = (pair["a"]["article"], pair["a"]["start"]), (pair["b"]["article"], pair["b"]["start"])
            if not pair["same"] or a[0] not in texts or b[0] not in texts:
                continue
            totals["ev_gold"] += 1
            hit = a in event_of and event_of.get(a) == event_of.get(b)
            totals["ev_found"] += hit
            if verbose and not hit:
                print(f"  missed event pair: {pair.get('what', '')} {a} ~ {b}")
    p = totals["both"] / totals["sys"] if totals["sys"] else 0.0
    r = totals["both"] / totals["gold"] if totals["gold"] else 0.0
    print(f"entity merge pairs: gold {totals['gold']} system {totals['sys']} right {totals['both']}  P {p:.3f} R {r:.3f}")
    if totals["ev_pairs"]:
        print(f"merged-event pairs: {totals['ev_pairs']} right {totals['ev_right']} unjudged {totals['ev_unjudged']}  "
              f"P {totals['ev_right'] / totals['ev_pairs']:.3f}")
        ep = totals["ev_right"] / totals["ev_pairs"]
    else:
        ep = 1.0
        print("merged-event pairs: 0 (no event merged across articles; precision undefined)")
    if totals["ev_gold"]:
        print(f"judged same-event pairs found merged: {totals['ev_found']} of {totals['ev_gold']}  "
              f"R {totals['ev_found'] / totals['ev_gold']:.3f}")
    low = [f"{name} {value:.3f} < {floors[flag]}" for flag, name, value in
           (("--min-p", "entity merge P", p), ("--min-r", "entity merge R", r), ("--min-event-p", "merged-event P", ep))
           if flag in floors and value < float(floors[flag])]
    if low:
        print("story_eval: below the floor: " + "; ".join(low))
        sys.exit(1)

if __name__ == "__main__":
    main()
