#!/usr/bin/env python3
"""What a wasm file is made of: its sections (bytes and gzip -9 bytes each); with a name section (a link with
--profiling-funcs) the code by C++ namespace and the largest functions; and the data section sizes of the object
files of a build folder (what each object would add, before the linker drops what nothing uses).

usage: scripts/wasm_size.py FILE.wasm [--objects BUILD_DIR] [--top N]
       scripts/wasm_size.py --relink build/wasm TARGET [--objects build/wasm/core]
         (relinks TARGET once with --profiling-funcs into a temp dir, then reports on that wasm)
"""
import argparse
import collections
import gzip
import os
import re
import shlex
import subprocess
import sys
import tempfile

SECTION_NAMES = {0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
                 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount", 13: "tag"}


def leb128(data, pos):
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos


def sections(data):
    if data[:4] != b"\0asm":
        sys.exit("not a wasm file")
    pos = 8
    while pos < len(data):
        sid = data[pos]
        size, body = leb128(data, pos + 1)
        name = SECTION_NAMES.get(sid, str(sid))
        if sid == 0:
            length, at = leb128(data, body)
            name = "custom:" + data[at:at + length].decode("utf-8", "replace")
        yield name, data[body:body + size]
        pos = body + size


def gz(raw):
    return len(gzip.compress(raw, 9))


def report_sections(path):
    data = open(path, "rb").read()
    print(f"{path}: {len(data):,} bytes, gzip -9 {gz(data):,}")
    print(f"  {'section':<22}{'bytes':>12}{'gzip -9':>12}")
    for name, body in sections(data):
        print(f"  {name:<22}{len(body):>12,}{gz(body):>12,}")


def read_name(data, pos):
    length, pos = leb128(data, pos)
    return data[pos:pos + length].decode("utf-8", "replace"), pos + length


def imported_functions(body):
    count, pos = leb128(body, 0)
    functions = 0
    for _ in range(count):
        _, pos = read_name(body, pos)
        _, pos = read_name(body, pos)
        kind = body[pos]
        pos += 1
        if kind == 0:
            _, pos = leb128(body, pos)
            functions += 1
        elif kind in (1, 2):
            if kind == 1:
                pos += 1  # reference type
            flags = body[pos]
            _, pos = leb128(body, pos + 1)
            if flags & 1:
                _, pos = leb128(body, pos)
        elif kind == 3:
            pos += 2
        else:
            _, pos = leb128(body, pos)
    return functions


def function_sizes(data):
    """{function name: code bytes} from the code and name sections, or {} without a name section."""
    parts = dict(sections(data))
    names_section = parts.get("custom:name")
    if not names_section:
        return {}
    _, pos = read_name(names_section, 0)
    names = {}
    while pos < len(names_section):
        sub = names_section[pos]
        size, pos = leb128(names_section, pos + 1)
        if sub == 1:
            count, at = leb128(names_section, pos)
            for _ in range(count):
                index, at = leb128(names_section, at)
                names[index], at = read_name(names_section, at)
        pos += size
    first = imported_functions(parts["import"]) if "import" in parts else 0
    code = parts["code"]
    count, pos = leb128(code, 0)
    sizes = {}
    for i in range(count):
        size, body = leb128(code, pos)
        name = names.get(first + i, f"function {first + i}")
        sizes[name] = sizes.get(name, 0) + size
        pos = body + size
    return sizes


def demangle(names):
    try:
        out = subprocess.run(["c++filt"], input="\n".join(names), capture_output=True, text=True, check=True).stdout
        return out.split("\n")[:len(names)]
    except (OSError, subprocess.CalledProcessError):
        return names


def namespace_of(name):
    """'storylens::temporal::(anonymous namespace)::f(...)' -> 'storylens::temporal'; ImGui, std, nlohmann alike."""
    head = name.split("(")[0]
    parts = [p for p in head.replace("(anonymous namespace)", "").split("::") if p]
    if len(parts) <= 1:
        return "(global)" if not parts or not parts[0].startswith("Im") else "ImGui"
    if parts[0] == "std" and "nlohmann" in name:
        return "nlohmann"
    return "::".join(parts[:2]) if parts[0] == "storylens" else parts[0]


def report_functions(data, top):
    sizes = function_sizes(data)
    if not sizes:
        print("  (no name section: relink with --profiling-funcs, or use --relink)")
        return
    names = list(sizes)
    readable = dict(zip(names, demangle(names)))
    by_space = collections.Counter()
    for name, size in sizes.items():
        by_space[namespace_of(readable[name])] += size
    total = sum(sizes.values())
    print(f"\ncode by namespace, {total:,} bytes of function bodies:")
    for space, size in by_space.most_common(top):
        print(f"  {size:>10,}  {100 * size / total:5.1f} %  {space}")
    print(f"\nthe {top} largest functions:")
    for name, size in sorted(sizes.items(), key=lambda kv: -kv[1])[:top]:
        print(f"  {size:>10,}  {readable[name][:110]}")


def report_objects(build_dir, top):
    rows = []
    for folder, _, files in os.walk(build_dir):
        for f in files:
            if f.endswith(".o"):
                raw = open(os.path.join(folder, f), "rb").read()
                if raw[:4] == b"\0asm":
                    data = dict(sections(raw)).get("data", b"")
                    rows.append((len(data), gz(data), os.path.relpath(os.path.join(folder, f), build_dir)))
    rows.sort(reverse=True)
    print(f"\ndata section of each object in {build_dir} (before the linker drops what nothing uses), the {top} largest:")
    print(f"  {'bytes':>10}  {'gzip -9':>10}  object")
    for size, packed, name in rows[:top]:
        print(f"  {size:>10,}  {packed:>10,}  {name}")


def relink(build_dir, target):
    """The target's link command from ninja, run again with a map and into a temp dir."""
    commands = subprocess.run(["ninja", "-C", build_dir, "-t", "commands", target], check=True,
                              capture_output=True, text=True).stdout.strip().splitlines()
    link = commands[-1]
    out = tempfile.mkdtemp(prefix="wasm-size-")
    words = shlex.split(next(part for part in link.split("&&") if "em++" in part or "emcc" in part))
    o = words.index("-o")
    words[o + 1] = os.path.join(out, "relinked.js")
    env = dict(os.environ, NODE_PATH=os.environ.get("NODE_PATH", "/usr/share/nodejs"))
    subprocess.run(words + ["--profiling-funcs"], check=True, cwd=build_dir, env=env)
    return os.path.join(out, "relinked.wasm")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("wasm", nargs="?")
    parser.add_argument("--objects", metavar="BUILD_DIR")
    parser.add_argument("--relink", nargs=2, metavar=("BUILD_DIR", "TARGET"))
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    wasm = relink(*args.relink) if args.relink else args.wasm
    if not wasm:
        parser.error("a wasm file or --relink")
    report_sections(wasm)
    report_functions(open(wasm, "rb").read(), args.top)
    if args.objects:
        report_objects(args.objects, args.top)


if __name__ == "__main__":
    main()
