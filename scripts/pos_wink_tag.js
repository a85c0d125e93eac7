// pos_wink_tag.js — tags tokenised sentences with wink-nlp's English model (npm wink-nlp 2.4.0 and
// wink-eng-lite-web-model 1.8.1, both MIT), which writes universal (UPOS) tags, for scripts/train_pos.py's
// silver-data experiment. Only retraining uses it; scripts/setup.sh unpacks the packages into .cache/wink_modules
// with STORYLENS_POS_SOURCES=1.
//
//   node scripts/pos_wink_tag.js IN OUT     IN: one sentence a line, tokens split by single spaces
//                                           OUT: the same lines as token\tTAG pairs split by spaces ("" when
//                                                wink split the sentence differently: the line is skipped)
//   node scripts/pos_wink_tag.js --conllu FILE   wink's accuracy on a UD file's gold tokens (joined by spaces)
//
// The tokens go in joined by spaces; a wink token counts only where it starts and ends where a given token does.
const fs = require('fs');
const path = require('path');
const modules = process.env.STORYLENS_WINK_MODULES || path.join(__dirname, '..', '.cache', 'wink_modules', 'node_modules');
const nlp = require(path.join(modules, 'wink-nlp'))(require(path.join(modules, 'wink-eng-lite-web-model')));
const its = nlp.its;

function tagTokens(words) {  // the wink tag of each token, or null where wink's tokens do not line up
  const text = words.join(' ');
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out(its.value), tags = doc.tokens().out(its.pos);
  const byStart = new Map();
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const k = text.indexOf(values[i], at);
    if (k < 0) continue;
    byStart.set(k, [tags[i], values[i].length]); at = k + values[i].length;
  }
  const out = []; let start = 0;
  for (const w of words) {
    const m = byStart.get(start);
    out.push(m && m[1] === w.length ? m[0] : null); start += w.length + 1;
  }
  return out;
}

function readConllu(file) {
  const sentences = []; let words = [], tags = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) { if (words.length) sentences.push([words, tags]); words = []; tags = []; continue; }
    if (line[0] === '#') continue;
    const c = line.split('\t');
    if (c[0].includes('-') || c[0].includes('.')) continue;
    words.push(c[1]); tags.push(c[3]);
  }
  if (words.length) sentences.push([words, tags]);
  return sentences;
}

const args = process.argv.slice(2);
if (args[0] === '--conllu') {
  let right = 0, total = 0;
  for (const [words, gold] of readConllu(args[1])) {
    tagTokens(words).forEach((t, i) => { right += t === gold[i]; total++; });
  }
  console.log(`wink (${path.basename(args[1])}, gold tokens): accuracy ${(right / total).toFixed(4)} on ${total} tokens`);
} else {
  const lines = fs.readFileSync(args[0], 'utf8').split('\n').filter((l) => l.length);
  const out = lines.map((l) => {
    const words = l.split(' '), tags = tagTokens(words);
    return tags.includes(null) ? '' : words.map((w, i) => w + '\t' + tags[i]).join(' ');
  });
  fs.writeFileSync(args[1], out.join('\n') + '\n');
}
