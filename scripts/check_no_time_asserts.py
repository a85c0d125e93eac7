#!/usr/bin/env python3
"""Fails when a test compares a duration with a constant (a wall-clock assertion).

A check like `EXPECT_LT(ms, 500)` or `assert.ok(gap < 500)` passes or fails with the load on the machine, so the
house rule is: tests never assert wall-clock times; a ratio of two runs in the same process is fine. This scans
the C++ and JavaScript tests for a comparison whose one side is a duration-named value and whose other side is
a number literal, and prints each one found.
  usage: scripts/check_no_time_asserts.py [root]      exit 0 when none, 1 when some
"""
import pathlib
import re
import sys

# An operand, and a number literal that is the whole other side of the comparison (`2 * x` is not a constant).
OPERAND = r'([A-Za-z_][\w.]*(?:\(\))?(?:\.count\(\))?)'
NUMBER = r'[0-9][0-9_.]*(?:e[0-9]+)?'
ALONE = r'\s*(?:[,)]|&&|\|\||$)'

# Words that name a duration, as a whole part of an identifier (`first_frame_ms`, `firstFrameMs`, `elapsed`);
# `claims` or `time_ratio` are not durations.
DURATION_WORDS = {'ms', 'msec', 'millis', 'milliseconds', 'us', 'micros', 'microseconds', 'ns', 'nanos', 's',
                  'sec', 'secs', 'seconds', 'elapsed', 'duration', 'longest', 'gap', 'latency', 'took', 'wall'}


def is_duration(operand: str) -> bool:
    name = operand.replace('.count()', '').rstrip('()').split('.')[-1]
    parts = [w.lower() for w in re.findall(r'[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])', name)]
    return bool(parts) and parts[-1] in DURATION_WORDS or any(w in ('elapsed', 'duration', 'latency') for w in parts)


CPP_PATTERNS = [
    # EXPECT_LT(ms, 500.0) / ASSERT_LE(elapsed.count(), 2) and the mirrored EXPECT_GT(500, ms)
    re.compile(r'\b(?:EXPECT|ASSERT)_(?:LT|LE|GT|GE)\s*\(\s*' + OPERAND + r'\s*,\s*' + NUMBER + r'\s*\)'),
    re.compile(r'\b(?:EXPECT|ASSERT)_(?:LT|LE|GT|GE)\s*\(\s*' + NUMBER + r'\s*,\s*' + OPERAND + r'\s*\)'),
    # EXPECT_TRUE(ms < 500)
    re.compile(r'\b(?:EXPECT|ASSERT)_(?:TRUE|FALSE)\s*\(\s*' + OPERAND + r'\s*[<>]=?\s*' + NUMBER + ALONE),
]
JS_PATTERNS = [
    # assert.ok(inWorker.longest < 500, ...) / assert.ok(500 > ms)
    re.compile(r'\bassert(?:\.ok)?\s*\(\s*' + OPERAND + r'\s*[<>]=?\s*' + NUMBER + ALONE),
    re.compile(r'\bassert(?:\.ok)?\s*\(\s*' + NUMBER + r'\s*[<>]=?\s*' + OPERAND + ALONE),
    # expect(ms).toBeLessThan(500)
    re.compile(r'\bexpect\s*\(\s*' + OPERAND + r'\s*\)\s*\.toBe(?:LessThan|GreaterThan)(?:OrEqual)?\s*\(\s*' + NUMBER),
]
SUFFIXES = {'.cpp': CPP_PATTERNS, '.cc': CPP_PATTERNS, '.hpp': CPP_PATTERNS,
            '.mjs': JS_PATTERNS, '.js': JS_PATTERNS, '.cjs': JS_PATTERNS}
SKIP_DIRS = {'node_modules', 'bench'}  # benchmarks print figures; they assert nothing


def findings(root: pathlib.Path):
    for path in sorted((root / 'tests').rglob('*')):
        patterns = SUFFIXES.get(path.suffix)
        if not patterns or SKIP_DIRS.intersection(path.relative_to(root).parts):
            continue
        for number, line in enumerate(path.read_text(errors='replace').splitlines(), 1):
            if any(is_duration(m.group(1)) for p in patterns for m in p.finditer(line)):
                yield f'{path.relative_to(root)}:{number}: {line.strip()}'


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
    found = list(findings(root))
    for f in found:
        print(f'wall-clock assertion (compare a ratio of two runs instead): {f}')
    if found:
        return 1
    print('no wall-clock assertions in tests/')
    return 0


if __name__ == '__main__':
    sys.exit(main())
