#!/usr/bin/env python3
"""How two CLIs type the entities of PolNeAR train differently: for each article, every entity name whose type
changed (or that appeared or went), counted by (old type, new type) with the most frequent names.

usage (from the project root): python3 scripts/entity_type_diff.py OLD_CLI NEW_CLI [POLNEAR_DIR]
'-' stands for "no entity of that name". A measuring tool: exit 0 always.
"""
import collections, glob, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def types(cli, doc):
    out = subprocess.run([cli, "analyze", "-", "--dct", doc["dct"]], input=doc["text"].encode(), capture_output=True)
    return {e["name"]: e["type"] for e in json.loads(out.stdout)["entities"]}


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return
    old, new = sys.argv[1], sys.argv[2]
    gold = sys.argv[3] if len(sys.argv) > 3 else os.path.join(ROOT, "..", "shared", "data", "polnear-train")
    changes, names = collections.Counter(), collections.defaultdict(collections.Counter)

    def both(path):
        doc = json.load(open(path, encoding="utf-8"))
        return types(old, doc), types(new, doc)

    with ThreadPoolExecutor(2) as pool:
        for before, after in pool.map(both, sorted(glob.glob(os.path.join(gold, "*.json")))):
            for name in set(before) | set(after):
                change = (before.get(name, "-"), after.get(name, "-"))
                if change[0] != change[1]:
                    changes[change] += 1
                    names[change][name] += 1
    for change, count in changes.most_common():
        print(count, "%s -> %s" % change, ", ".join("%s %d" % kv for kv in names[change].most_common(12)))


main()
