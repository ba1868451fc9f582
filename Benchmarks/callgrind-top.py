#!/usr/bin/env python3
"""Top functions of a callgrind profile, merged by function name.

Reads `callgrind_annotate --auto=no` output (already demangled) for one
inclusivity on stdin. callgrind_annotate lists a function once per source file
its instructions came from (inlined code, `<compiler-generated>`, absolute and
relative paths), so entries are merged by name: self costs are summed (they
are disjoint and add up to the program total), inclusive costs take the largest
entry (the variants overlap, so a sum would count calls twice).

Usage: callgrind-top.py --mode self|inclusive [--top 25] [--skip-above PERCENT] [--per N]
  --skip-above  leaves out (and names) the call chain above the code of interest
                in the inclusive view: main → the row → CallbackDecoder.decode → xmlParseChunk.
  --per N       also prints instructions per decode (N decodes were profiled).

Thunks (protocol witnesses, partial applications, @objc entry points) are left
out of the inclusive view: each costs what the function it forwards to costs.
libxml2 ships without symbols for its static functions; those show as addresses.
"""

import argparse
import os
import re
import sys

LINE = re.compile(r"^\s*([\d,]+) \(\s*([\d.]+)%\)\s+(.*)$")


def split(entry):
    """(function, where) from 'file:function [object]'."""
    obj = ""
    match = re.search(r" \[([^\]]+)\]$", entry)
    if match:
        obj = os.path.basename(match.group(1))
        entry = entry[: match.start()]
    # The file part ends at the first ':' that follows a path-like prefix.
    file_part, _, function = entry.partition(":")
    if not function:
        function, file_part = entry, ""
    where = os.path.basename(file_part) if file_part not in ("???", "") else obj
    if where.startswith("<compiler-generated>") or where == "":
        where = obj
    return function.strip(), where, obj


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["self", "inclusive"], required=True)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--skip-above", type=float, default=101.0)
    parser.add_argument("--per", type=int, default=0)
    args = parser.parse_args()

    total = None
    merged = {}
    for line in sys.stdin:
        match = LINE.match(line)
        if not match:
            continue
        cost = int(match.group(1).replace(",", ""))
        entry = match.group(3)
        if "PROGRAM TOTALS" in entry:
            total = cost
            continue
        function, where, obj = split(entry)
        if args.mode == "inclusive" and function.startswith(("protocol witness for ", "partial apply for ", "@objc ")):
            continue  # thunks: the same cost as the function they forward to
        if function.startswith("0x") or function.startswith("???"):
            function = "%s static function @%s" % (obj.split(".so")[0], function.lstrip("?:"))
        current = merged.get(function)
        if current is None:
            merged[function] = [cost, where, cost]
        else:
            current[0] = current[0] + cost if args.mode == "self" else max(current[0], cost)
            if cost > current[2]:
                current[1], current[2] = where, cost
    if not total:
        sys.exit("no PROGRAM TOTALS line")
    ranked = sorted(merged.items(), key=lambda item: -item[1][0])
    skipped = [name for name, (cost, _, _) in ranked if cost * 100.0 / total > args.skip_above]
    if skipped:
        print("  (call chain above %.0f%% left out: %d frames, %s … %s)" % (
            args.skip_above, len(skipped), short(skipped[0]), short(skipped[-1])))
    shown = [item for item in ranked if item[0] not in skipped][: args.top]
    for name, (cost, where, _) in shown:
        per = "  %8.2fM/decode" % (cost / args.per / 1e6) if args.per else ""
        print("  %6.2f%%%s  %s  (%s)" % (cost * 100.0 / total, per, short(name, 150), where))


def short(name, width=60):
    return name if len(name) <= width else name[: width - 1] + "…"


if __name__ == "__main__":
    main()
