#!/usr/bin/env python3
"""Where `cargo build` of a generated catalog goes, for every shape of codes: rustc's
`-Z time-passes` (the passes that grow with the catalog) and the size of the LLVM IR it emits.

For each crate of `compile_time.py`'s work directory (run that first, or pass `--generate`):
  cargo rustc -p NAME -- -Z time-passes --emit=llvm-ir,link
with `RUSTC_BOOTSTRAP=1` (so `-Z` works on a stable toolchain) and `CARGO_INCREMENTAL=0`, in a
target directory of its own (`target-passes`, so the timed builds' stay as they are). Prints
one Markdown table: per shape, size and kind, the wall time of the passes below and the lines
and functions of the IR. Whether codegen depends on how the codes are spread shows as rows of
one size and kind that differ by shape.

Usage:
  python3 bench/codegen.py [--kinds derive derive_debug] [--sizes 1000 10000] [--shapes ...]
Python 3 standard library only.
"""

import argparse
import re
from pathlib import Path

from compile_time import BENCH, KINDS, SHAPES, crate_name, generate, run

PASSES = ["expand_crate", "type_check_crate", "MIR_borrow_checking", "codegen_to_LLVM_IR",
          "LLVM_passes", "total"]


def passes(work, name, target):
    """{pass: seconds} of the crate's own rustc, and (IR lines, IR functions)."""
    run(["cargo", "clean", "--quiet", "-p", name, "--target-dir", str(target)], work)
    result = run(
        ["cargo", "rustc", "--quiet", "-p", name, "--lib", "--target-dir", str(target), "--",
         "-Z", "time-passes", "--emit=llvm-ir,link"],
        work, {"RUSTC_BOOTSTRAP": "1", "CARGO_INCREMENTAL": "0"})
    found = {}
    for line in result.stderr.splitlines():
        m = re.match(r"time:\s+([0-9.]+);.*\s(\S+)$", line)
        if m and m.group(2) in PASSES:
            # The last `total` is the crate's own rustc (the others are its children).
            found[m.group(2)] = float(m.group(1))
    ir = sorted((target / "debug" / "deps").glob(f"{name}-*.ll"), key=lambda p: p.stat().st_mtime)
    lines = functions = 0
    if ir:
        with ir[-1].open() as f:
            for line in f:
                lines += 1
                functions += line.startswith("define ")
    return found, lines, functions


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kinds", nargs="+", choices=KINDS, default=["derive", "derive_debug"])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--shapes", nargs="+", choices=SHAPES, default=SHAPES)
    parser.add_argument("--work", type=Path, default=BENCH / "target" / "compile-time")
    parser.add_argument("--generate", action="store_true", help="write the crates first")
    args = parser.parse_args()
    work = args.work.resolve()
    if args.generate or not (work / "Cargo.toml").exists():
        work.mkdir(parents=True, exist_ok=True)
        generate(work, args.kinds, args.shapes, args.sizes)
    target = work / "target-passes"
    print("| shape | size | kind | " + " | ".join(f"`{p}` (s)" for p in PASSES) + " | IR lines | IR functions |")
    print("|---|---:|---|" + "---:|" * (len(PASSES) + 2))
    for shape in args.shapes:
        for size in args.sizes:
            for kind in args.kinds:
                found, lines, functions = passes(work, crate_name(kind, shape, size), target)
                cells = [f"{found[p]:.2f}" if p in found else "-" for p in PASSES]
                print(f"| {shape} | {size} | {kind} | " + " | ".join(cells) + f" | {lines:,} | {functions:,} |",
                      flush=True)


if __name__ == "__main__":
    main()
