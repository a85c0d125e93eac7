#!/usr/bin/env python3
"""check_page_lexicon.py ROOT — fails when code linked into the page asks for a lexicon class the page lacks.

The page (storylens-web) links a cut lexicon: only the classes named by the files in `_page_lexicon_users`
(web/CMakeLists.txt, gen_lexicon.py --only-used-by). Any other class is an empty table there, silently. This
check reads every source the page compiles itself (the viewer and its host, not app/inline) and the core modules
it calls to show an analysis (PAGE_CORE_MODULES below), and names each `TableId::X` they use that the users'
files do not: add the file to `_page_lexicon_users`, or keep the lookup out of the page.
"""
import os
import re
import sys

# Core modules the page's viewer runs itself (reading snapshots, re-ranking check-worthiness, corrections, story
# linking, view models); the analysis stages run in the worker core, which links the whole lexicon.
PAGE_CORE_MODULES = ["core/src/snapshot", "core/src/checkworthy", "core/src/corrections", "core/src/story",
                     "core/src/view_model", "core/src/index"]
PAGE_OWN_DIRS = ["ui/app", "ui/views", "web/host"]
SKIP_DIRS = {"inline"}  # App::load's inline analysis: desktop and tests only


def sources(root, rel):
    top = os.path.join(root, rel)
    for base, dirs, files in os.walk(top):
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for f in sorted(files):
            if f.endswith((".cpp", ".hpp")):
                yield os.path.join(base, f)


def table_ids(path):
    with open(path, encoding="utf-8") as f:
        return set(re.findall(r"TableId::(\w+)", f.read()))


def page_lexicon_users(root):
    with open(os.path.join(root, "web/CMakeLists.txt"), encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"set\(_page_lexicon_users(.*?)\)", text, re.S)
    if not m:
        raise SystemExit("check_page_lexicon: no _page_lexicon_users in web/CMakeLists.txt")
    return [p.replace("${PROJECT_SOURCE_DIR}", root) for p in re.findall(r'"([^"]+)"', m.group(1))]


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../.."))
    users = page_lexicon_users(root)
    missing_files = [u for u in users if not os.path.exists(u)]
    if missing_files:
        print("check_page_lexicon: _page_lexicon_users names missing files: " + ", ".join(missing_files))
        return 1
    in_page = set().union(*(table_ids(u) for u in users))
    problems = []
    for rel in PAGE_OWN_DIRS + PAGE_CORE_MODULES:
        for path in sources(root, rel):
            for name in sorted(table_ids(path) - in_page):
                problems.append(f"{os.path.relpath(path, root)}: TableId::{name} is not in the page lexicon")
    for p in problems:
        print("check_page_lexicon: " + p + " (add the file to _page_lexicon_users in web/CMakeLists.txt)")
    if problems:
        return 1
    print(f"check_page_lexicon: {len(in_page)} classes in the page lexicon cover every lookup the page links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
