#!/usr/bin/env python3
"""train_pos.py — an averaged-perceptron part-of-speech tagger (the classic Honnibal design) over universal UPOS tags.

  train_pos.py [--train FILE.conllu] [--eval FILE.conllu] [--iterations N]

Trains on the UD English EWT dev file (the test file is only for scoring) and prints the token accuracy on the
--eval file. Pure Python 3 stdlib and deterministic: fixed seed and order. Features: the word, its lower-cased form,
suffixes 1-3, prefix, shape, the previous/next words, the two previous predicted tags, and the word's possible
classes in WordNet (/usr/share/wordnet, Debian wordnet-base) when it is installed.
"""
import collections, os, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EWT = os.path.join(HERE, "..", "..", "shared", "data", "ud-english-ewt")
WORDNET = "/usr/share/wordnet"


def read_conllu(path):
    sentences, words, tags = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if words: sentences.append((words, tags))
            words, tags = [], []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]: continue  # multiword ranges and empty nodes
            words.append(cols[1]); tags.append(cols[3])
    if words: sentences.append((words, tags))
    return sentences


def wordnet_classes():
    classes = collections.defaultdict(str)
    for pos, letter in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
        path = os.path.join(WORDNET, "index." + pos)
        if not os.path.exists(path): continue
        for line in open(path, encoding="latin-1"):
            if line.startswith(" "): continue
            lemma = line.split(" ", 1)[0]
            if "_" not in lemma: classes[lemma] += letter
    return classes


def shape(word):
    out = []
    for c in word[:6]:
        k = "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
        if not out or out[-1] != k: out.append(k)
    return "".join(out)


class Tagger:
    def __init__(self, wordnet):
        self.weights, self.totals, self.stamps = {}, collections.defaultdict(float), collections.defaultdict(int)
        self.classes, self.tagdict, self.wordnet, self.steps = [], {}, wordnet, 0

    def wn(self, lower):
        c = self.wordnet.get(lower)
        if c is None and lower.endswith("s"): c = self.wordnet.get(lower[:-1])
        if c is None and lower.endswith("ed"): c = self.wordnet.get(lower[:-2]) or self.wordnet.get(lower[:-1])
        if c is None and lower.endswith("ing"): c = self.wordnet.get(lower[:-3])
        return "".join(sorted(set(c))) if c else "-"

    def features(self, i, words, lowers, p1, p2):
        w, lw = words[i], lowers[i]
        prev_w = lowers[i - 1] if i > 0 else "<s>"
        next_w = lowers[i + 1] if i + 1 < len(words) else "</s>"
        f = ["b", "w=" + w, "lw=" + lw, "s1=" + lw[-1:], "s2=" + lw[-2:], "s3=" + lw[-3:], "p1=" + lw[:1],
             "sh=" + shape(w), "t1=" + p1, "t12=" + p1 + " " + p2, "t1w=" + p1 + " " + lw, "pw=" + prev_w,
             "pws=" + prev_w + " " + lw[-3:], "nw=" + next_w, "ns3=" + next_w[-3:],
             "wn=" + self.wn(lw), "wnt=" + self.wn(lw) + " " + p1, "first=" + str(i == 0) + shape(w)[:1],
             "s4=" + lw[-4:], "nn=" + (lowers[i + 2] if i + 2 < len(words) else "</s>"),
             "wnn=" + lw + " " + next_w, "nwn=" + self.wn(next_w), "t1s3=" + p1 + " " + lw[-3:]]
        return f

    def predict(self, feats):
        scores = collections.defaultdict(float)
        for f in feats:
            row = self.weights.get(f)
            if row:
                for tag, v in row.items(): scores[tag] += v
        return max(self.classes, key=lambda t: (scores[t], t))

    def update(self, truth, guess, feats):
        self.steps += 1
        if truth == guess: return
        for f in feats:
            row = self.weights.setdefault(f, {})
            for tag, delta in ((truth, 1.0), (guess, -1.0)):
                key = (f, tag)
                self.totals[key] += (self.steps - self.stamps[key]) * row.get(tag, 0.0)
                self.stamps[key] = self.steps
                row[tag] = row.get(tag, 0.0) + delta

    def average(self):
        for f, row in self.weights.items():
            for tag, v in list(row.items()):
                key = (f, tag)
                total = self.totals[key] + (self.steps - self.stamps[key]) * v
                averaged = round(total / max(self.steps, 1), 3)
                if averaged: row[tag] = averaged
                else: del row[tag]

    def tag(self, words):
        lowers = [w.lower() for w in words]
        p1, p2, out = "<s>", "<s2>", []
        for i, w in enumerate(words):
            t = self.tagdict.get(w) or self.predict(self.features(i, words, lowers, p1, p2))
            out.append(t); p2, p1 = p1, t
        return out

    def train(self, sentences, iterations):
        counts = collections.defaultdict(collections.Counter)
        for words, tags in sentences:
            for w, t in zip(words, tags): counts[w][t] += 1
        self.classes = sorted({t for _, tags in sentences for t in tags})
        for w, c in counts.items():  # frequent, (almost) unambiguous words skip the model
            tag, n = c.most_common(1)[0]
            if sum(c.values()) >= 20 and n / sum(c.values()) >= 0.97: self.tagdict[w] = tag
        order = list(sentences)
        rng = random.Random(13)
        for _ in range(iterations):
            for words, tags in order:
                lowers = [w.lower() for w in words]
                p1, p2 = "<s>", "<s2>"
                for i, w in enumerate(words):
                    guess = self.tagdict.get(w)
                    if not guess:
                        feats = self.features(i, words, lowers, p1, p2)
                        guess = self.predict(feats)
                        self.update(tags[i], guess, feats)
                    p2, p1 = p1, guess
            rng.shuffle(order)
        self.average()


def accuracy(tagger, sentences):
    right = total = 0
    for words, tags in sentences:
        for g, t in zip(tagger.tag(words), tags): right += g == t; total += 1
    return right / max(total, 1), total


def main():
    args = sys.argv[1:]
    opt = lambda name, default: args[args.index(name) + 1] if name in args else default
    train_file = opt("--train", os.path.join(EWT, "en_ewt-ud-dev.conllu"))
    eval_file = opt("--eval", os.path.join(EWT, "en_ewt-ud-test.conllu"))
    if os.path.basename(train_file) == os.path.basename(eval_file):
        print("train_pos.py: the scored file must not be the training file", file=sys.stderr); return 2
    tagger = Tagger(wordnet_classes())
    tagger.train(read_conllu(train_file), int(opt("--iterations", "10")))
    acc, n = accuracy(tagger, read_conllu(eval_file))
    print(f"pos (python averaged perceptron, trained on {os.path.basename(train_file)}): accuracy {acc:.4f} "
          f"on {n} tokens of {os.path.basename(eval_file)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
