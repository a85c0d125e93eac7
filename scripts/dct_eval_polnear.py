#!/usr/bin/env python3
"""Publication-date inference on modern news: PolNeAR train (2015-16 US political articles), each run WITHOUT
--dct; the truth is the article's own `dct` field. A second corpus beside dct_eval.py's TE3 (1989-98 texts).

usage (from the project root):
  python3 scripts/dct_eval_polnear.py build/native/shell/storylens ../shared/data/polnear-train [--limit N] [--bad]
  --bad   list the documents whose range excludes the true date or whose value is more than 7 days off

Measures (shares over all documents): a value, exact day, within 7 / 31 days, a bounded range (earliest or latest
set), and the true date inside [earliest, latest] (an unbounded side always holds). Exit status: always 0.
"""
import datetime as dt
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor


def run(cli, path):
    doc = json.load(open(path, encoding="utf-8"))
    truth = doc["dct"][:10]
    p = subprocess.run([cli, "analyze", "-", "--format", "json", "--input", "text"], input=doc["text"].encode(),
                       capture_output=True)
    try:
        d = json.loads(p.stdout)["source"]["dct"]
    except (ValueError, KeyError):
        return os.path.basename(path), truth, None, None, None
    return os.path.basename(path), truth, d.get("value"), d.get("earliest"), d.get("latest")


def main():
    args = sys.argv[1:]
    bad = "--bad" in args and not args.remove("--bad")
    limit = None
    if "--limit" in args:
        i = args.index("--limit"); limit = int(args[i + 1]); del args[i:i + 2]
    if len(args) != 2:
        print(__doc__); return
    cli, folder = args
    files = sorted(os.path.join(folder, f) for f in os.listdir(folder) if f.endswith(".json") and f != "firsts.json")
    files = files[:limit] if limit else files
    with ThreadPoolExecutor(max_workers=2) as ex:
        rows = list(ex.map(lambda f: run(cli, f), files))
    n = len(rows)
    c = dict(value=0, exact=0, w7=0, w31=0, bounded=0, inside=0)
    wrong = []
    for name, truth, value, earliest, latest in rows:
        t = dt.date.fromisoformat(truth)
        c["bounded"] += bool(earliest or latest)
        inside = (not earliest or earliest <= truth) and (not latest or truth <= latest)
        c["inside"] += inside
        off = None
        if value:
            off = abs((dt.date.fromisoformat(value) - t).days)
            c["value"] += 1; c["exact"] += off == 0; c["w7"] += off <= 7; c["w31"] += off <= 31
        if not inside or (off is not None and off > 7):
            wrong.append((name, truth, value, earliest, latest))
    share = lambda k: f"{c[k]}/{n} ({100 * c[k] / n:.0f} %)" if n else "0/0"
    print(f"PolNeAR, no --dct, {n} documents: value {share('value')}, exact {share('exact')}, within 7 d "
          f"{share('w7')}, within 31 d {share('w31')}, bounded {share('bounded')}, true date inside range "
          f"{share('inside')}")
    if bad:
        for w in wrong: print("  %s truth %s value %s range [%s, %s]" % w)


if __name__ == "__main__":
    main()
