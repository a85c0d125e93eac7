// pos_lexicon_dump.js — writes npm en-lexicon's words and Penn tags (MIT, Alex Corvi) as a TSV (word, tags joined
// by "|"), the tag dictionary scripts/train_pos.py reads with STORYLENS_ENLEX=FILE.
//   node scripts/pos_lexicon_dump.js .cache/en-lexicon/dist/lexicon.js > .cache/en-lexicon.tsv
const loaded = require(require("path").resolve(process.argv[2]));
const lexicon = loaded.lexicon || loaded.default || loaded;
process.stdout.write(Object.keys(lexicon).map((w) => w + "\t" + lexicon[w]).join("\n") + "\n");
