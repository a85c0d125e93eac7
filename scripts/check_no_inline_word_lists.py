#!/usr/bin/env python3
"""Fails when a stage keeps a private word list instead of asking the lexicon (core/lexicon/*.tsv).

Three shapes are refused: a call of `one_of(` anywhere in core/src outside core/src/lexicon (the old inline
matcher), and in the analysis stages a brace list of string literals passed as an argument of a call, as in
`matches(w, {"said", "told"})` or `for (auto w : {"said", "told"})`, or an array of string literals
(`constexpr std::string_view kTitles[] = {"gov", ...}`); KNOWN_ARRAYS names the files allowed to keep one, and why. The format readers and writers
(core/src/ingest, core/src/export) pass brace lists of JSON key paths, meta names and CSV headers: those are
names of a format, not words of the language, so only `one_of(` is refused there. Data tables
(`{{"christmas", "day"}, 12, 25}`) and JSON literals are not call arguments and pass.
  usage: scripts/check_no_inline_word_lists.py [root]     exit 0 when none, 1 when some (each printed)
         scripts/check_no_inline_word_lists.py --self-test  the patterns catch what they must and nothing else
"""
import pathlib
import re
import sys

STRING = r'"(?:[^"\\]|\\.)*"'
LITERAL_LIST = r'\{\s*' + STRING + r'(?:\s*,\s*' + STRING + r')*\s*\}'
# a call `name(` whose arguments, up to the brace list, open no other brace and end no statement
CALL_WITH_LIST = re.compile(r'\b[A-Za-z_]\w*\s*\([^;{}()]*(?:\([^;{}()]*\)[^;{}()]*)*' + LITERAL_LIST)
WORD_ARRAY = re.compile(r'(?:string_view|char\s*\*(?:\s*const)?)\s+\w+\s*\[\s*\w*\s*\]\s*=\s*\{\s*"')
ONE_OF = re.compile(r'(?<![\w.:])one_of\s*\(|(?<=::)one_of\s*\(')


def code_only(text: str) -> str:
    """The text without // and /* */ comments (string literals kept), so a comment quoting code passes."""
    return re.sub(r'//[^\n]*|/\*.*?\*/|(' + STRING + r')', lambda m: m.group(1) or '', text, flags=re.S)


FORMAT_DIRS = ('ingest', 'export', 'corrections')  # their literals name fields of a format (see above)
# Files that still keep a word array, each with its reason; the list only shrinks.
KNOWN_ARRAYS = {
    'events/interval.cpp': 'granularity names of TIMEX values, gone when intervals read typed dates (issue 15)',
    'index/fold.cpp': 'a character table (the letters U+00C0..U+00FF fold to), not words',
    'view_model/axis_ticks.cpp': "the axis's month labels, text the view writes as the exporters do, not words it reads",
}


def findings(text: str, is_stage: bool = True, arrays_allowed: bool = False):
    code = code_only(text)
    checks = [(ONE_OF, 'one_of(')]
    if is_stage: checks.append((CALL_WITH_LIST, 'a brace list of string literals passed to a call'))
    if is_stage and not arrays_allowed: checks.append((WORD_ARRAY, 'an array of string literals'))
    for pattern, what in checks:
        for m in pattern.finditer(code):
            yield code.count('\n', 0, m.start()) + 1, what


def self_test() -> bool:
    caught = ['if (one_of(w, {"a", "b"})) x();', 'return text::one_of(t.text, {".", "!"});',
              'close_in_scope("li", {"ul", "ol"});', 'f(toks_[k].lower, {"of"})',
              'for (std::string_view w : {"said", "told"}) n += w == t;',
              'constexpr std::string_view kTitles[] = {"gov", "sen"};', 'static const char* const names[] = {"Monday"};']
    passed = ['json r = {{"@type", "Rating"}};', '{{"christmas", "day"}, 12, 25, 0, 0, 0},',
              'return std::none_of(a.begin(), a.end(), pred);', '// one_of(w, {"a"}) was here',
              'f("a", "b");', 'constexpr Entry<int> kMonths[] = {\n {"january", 1}};']
    ok = True
    for line in caught:
        if not list(findings(line)): print(f'self-test: not caught: {line}'); ok = False
    for line in passed:
        if list(findings(line)): print(f'self-test: wrongly caught: {line}'); ok = False
    return ok


def main() -> int:
    if sys.argv[1:] == ['--self-test']:
        return 0 if self_test() else 1
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
    src = root / 'core' / 'src'
    bad = 0
    for path in sorted(list(src.rglob('*.cpp')) + list(src.rglob('*.hpp'))):
        if (src / 'lexicon') in path.parents: continue
        is_stage = not any((src / d) in path.parents for d in FORMAT_DIRS)
        # generated files (the POS model's tag names and word list) are data compiled from their sources
        arrays_allowed = path.relative_to(src).as_posix() in KNOWN_ARRAYS or path.name.startswith('generated_')
        for line, what in findings(path.read_text(encoding='utf-8', errors='replace'), is_stage, arrays_allowed):
            print(f'{path.relative_to(root)}:{line}: {what}: put the words in core/lexicon/*.tsv and ask the lexicon')
            bad += 1
    if bad: print(f'{bad} inline word list(s) in core/src')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
