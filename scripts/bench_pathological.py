#!/usr/bin/env python3
"""Time per MB of pathological inputs beside a normal article, through the `storylens analyze` CLI.

Shapes: one huge line without punctuation, text thick with invalid UTF-8 (a fifth of its bytes, the most that
is still analysed as text; more is refused as binary), a million quotation marks (straight and curly), HTML
nested to any depth, and a normal article (scripts/gen_corpus.py) as the reference. Each shape is run at
1x, 2x and 4x of --mb so a super-linear stage shows as a growing CPU s/MB; 'x normal' is CPU s/MB over the
normal article's at the same size (the goal: within 10x natively). CPU time (user + system) rather than wall
time, so a loaded machine does not inflate the figures; peak RSS is the child's own maxrss.
  usage: scripts/bench_pathological.py [--cli build/native/shell/storylens] [--mb 1] [--scales 1,2,4]
                                       [--timeout 300] [--dir build/corpus/pathological] [--jsonl results.jsonl]
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def repeat(piece: bytes, size: int) -> bytes:
    return (piece * (size // len(piece) + 1))[:size]


def shapes(size: int, normal: bytes):
    return {
        'normal article': normal[:size],
        'one line, no punctuation': repeat(b'officials said the talks had failed and the minister told reporters ', size),
        'invalid UTF-8 (1 byte in 5)': repeat(b'said \xff ', size),
        'straight quotes': b'"' * size,
        'curly quotes': repeat('\u201c\u201d'.encode(), size - size % 6),
        'said-quotes': repeat(b'he said "we will " and ', size),
        'deep HTML': b'<html><body>' + repeat(b'<div><span>', size) + b'<p>Police said on 6 March 2025.</p>',
    }


def run(cli: str, path: pathlib.Path, timeout: float):
    """Wall seconds, CPU seconds (user + system: what a loaded machine does not inflate), peak RSS in MB
    (this child's own, from wait4) and a status word."""
    started = time.monotonic()
    child = subprocess.Popen([cli, 'analyze', str(path), '-o', os.devnull], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    timer = threading.Timer(timeout, child.kill)
    timer.start()
    _, status, usage = os.wait4(child.pid, 0)
    timer.cancel()
    seconds = time.monotonic() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if seconds >= timeout:
        return None, None, None, 'timeout'
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, 'ok' if child.returncode == 0 else f'exit {child.returncode}'


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument('--cli', default=str(ROOT / 'build/native/shell/storylens'))
    p.add_argument('--mb', type=float, default=1.0)
    p.add_argument('--scales', default='1,2,4')
    p.add_argument('--timeout', type=float, default=300)
    p.add_argument('--dir', default=str(ROOT / 'build/corpus/pathological'))
    p.add_argument('--jsonl', default='')
    args = p.parse_args()
    scales = [float(s) for s in args.scales.split(',')]
    out_dir = pathlib.Path(args.dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    biggest = int(args.mb * max(scales) * 2**20)
    normal_path = out_dir / f'normal-{biggest}.txt'
    if not normal_path.exists():
        subprocess.run([sys.executable, str(ROOT / 'scripts/gen_corpus.py'), '--mb', str(max(1, -(-biggest // 2**20))),
                        str(normal_path)], check=True, stdout=subprocess.DEVNULL)
    normal = normal_path.read_bytes()

    print(f'{"shape":28} {"MB":>6} {"wall s":>7} {"CPU s":>7} {"CPU s/MB":>9} {"peak MB":>8} {"peak/in":>8} '
          f'{"x normal":>9}  status')
    reference = {}
    failed = False
    for scale in scales:
        size = int(args.mb * scale * 2**20)
        for name, data in shapes(size, normal).items():
            slug = ''.join(c if c.isalnum() else '_' for c in name)
            path = out_dir / f'{slug}-{size}.txt'
            if not path.exists():
                path.write_bytes(data)
            mb = len(data) / 2**20
            seconds, cpu, peak, status = run(args.cli, path, args.timeout)
            if seconds is None:
                print(f'{name:28} {mb:6.2f} {">" + str(int(args.timeout)):>7} {"-":>7} {"-":>9} {"-":>8} {"-":>8} '
                      f'{"-":>9}  {status}')
                failed = True
                continue
            per_mb = cpu / mb  # CPU time: a busy machine stretches the wall time, not this
            if name == 'normal article':
                reference[scale] = per_mb
            ratio = per_mb / reference[scale] if reference.get(scale) else float('nan')
            print(f'{name:28} {mb:6.2f} {seconds:7.2f} {cpu:7.2f} {per_mb:9.2f} {peak:8.0f} {peak / mb:8.1f} '
                  f'{ratio:9.1f}  {status}')
            if args.jsonl:
                with open(args.jsonl, 'a') as f:
                    f.write(json.dumps({'runner': 'pathological', 'cli': args.cli, 'shape': name, 'mb': mb,
                                        'wall_s': seconds, 'cpu_s': cpu, 'cpu_s_per_mb': per_mb, 'peak_mb': peak,
                                        'over_normal': ratio, 'status': status}) + '\n')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
