#!/usr/bin/env python3
"""Several runs of `benches/paired.rs`, each its own process, combined into one table per way
of the derive: a cell is the median of the runs' medians, with the lowest and highest in
parentheses where they differ by 0.05 or more; over the 1.10x target in bold.

Usage: python3 bench/paired_runs.py [--runs 3] [--rounds 101] [FILTER]
Builds and runs `cargo bench --bench paired` with `RUSTFLAGS="-C llvm-args=-align-loops=64"`
(as BENCHMARKS.md's figures), prints each run's last line, then the combined tables. Python 3
standard library only.
"""

import argparse
import os
import re
import statistics
import subprocess
from pathlib import Path

BENCH = Path(__file__).resolve().parent
TARGET = 1.10


def run_once(rounds, filter_):
    env = dict(os.environ, RUSTFLAGS="-C llvm-args=-align-loops=64")
    cmd = ["cargo", "bench", "--quiet", "--bench", "paired", "--", "--rounds", str(rounds)]
    out = subprocess.run(cmd + ([filter_] if filter_ else []), cwd=BENCH, env=env,
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"`{' '.join(cmd)}` failed:\n{out.stderr}")
    return out.stdout


def tables(text):
    """{(way, size, shape): [ratio per operation]} and the operations, from one run's output."""
    found, ops, way = {}, [], None
    for line in text.splitlines():
        if m := re.match(r"^`(\w+)` over `(\w+)`", line):
            way = (m.group(1), m.group(2))
        elif line.startswith("| size"):
            ops = [c.strip().strip("`") for c in line.strip().strip("|").split("|")][2:]
        elif way and (m := re.match(r"^\| (\d+) \| (\w+) \|(.*)\|$", line.strip())):
            cells = [c.strip().strip("*").rstrip("x") for c in m.group(3).split("|")]
            found[(way, int(m.group(1)), m.group(2))] = [float(c) if c else None for c in cells]
    return found, ops


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=101)
    parser.add_argument("filter", nargs="?")
    args = parser.parse_args()
    runs, ops = [], []
    for _ in range(args.runs):
        text = run_once(args.rounds, args.filter)
        print(text.strip().splitlines()[0])
        found, ops = tables(text)
        runs.append(found)
    print("\n".join(combined(runs, ops)))


def combined(runs, ops):
    """The combined tables of `runs` (each `tables()`'s first value), as lines."""
    lines = []
    for way in dict.fromkeys(k[0] for k in runs[0]):
        lines.append(f"\n`{way[0]}` over `{way[1]}` (the same enum), median of {len(runs)} runs\n")
        lines.append("| size | shape | " + " | ".join(f"`{op}`" for op in ops) + " |")
        lines.append("|---:|---|" + "---:|" * len(ops))
        for key in (k for k in runs[0] if k[0] == way):
            cells = []
            for i in range(len(ops)):
                values = [r[key][i] for r in runs if r.get(key) and r[key][i] is not None]
                if not values:
                    cells.append("")
                    continue
                mid = statistics.median(values)
                cell = f"{mid:.2f}x" if mid <= TARGET else f"**{mid:.2f}x**"
                if max(values) - min(values) >= 0.05:
                    cell += f" ({min(values):.2f}–{max(values):.2f})"
                cells.append(cell)
            lines.append(f"| {key[1]} | {key[2]} | " + " | ".join(cells) + " |")
    return lines

if __name__ == "__main__":
    main()
