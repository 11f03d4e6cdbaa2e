#!/usr/bin/env python3
"""Ratio tables of the run-time benchmark, from criterion's results.

Usage: python3 bench/report.py [bench/target/criterion]
Reads each benchmark's `new/benchmark.json` and `new/estimates.json` (median, in ns per
iteration; the median, not the mean, because the machine may be shared) and prints one
Markdown table per catalog size: the time of each way of writing the catalog, and the ratio
of the derive to hand-written, to peers and to the faster of the two. The target
is at most 1.10x. The 9-variant catalogs are in the benchmark several times (function ids
`derive`, `derive_c2`, ...): their figure is the median over the copies. Python 3 standard
library only.
"""

import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path

OPS = [
    "from_code_mixed", "from_code_in_order", "lookup_mixed", "lookup_in_order",
    "code", "message", "display", "iter_all",
]
KINDS = ["derive", "hand", "peers"]
TARGET = 1.10


def load(root):
    """{(size, op): {kind: [median of each copy]}}: `derive_c2` is the second copy of `derive`."""
    results = defaultdict(lambda: defaultdict(list))
    for bench in root.glob("*/*/new/benchmark.json"):
        meta = json.loads(bench.read_text())
        op, size = meta["group_id"].rsplit("/", 1)
        kind = meta["function_id"].split("_c")[0]
        est = json.loads((bench.parent / "estimates.json").read_text())
        results[(int(size), op)][kind].append(est["median"]["point_estimate"])
    return results


def fmt_time(ns):
    return f"{ns / 1000:.2f} µs" if ns >= 1000 else f"{ns:.1f} ns"


def fmt_cell(times):
    """The median over the copies, and their range when there are several."""
    cell = fmt_time(statistics.median(times))
    if len(times) > 1:
        cell += f" ({fmt_time(min(times))} to {fmt_time(max(times))})"
    return cell


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "target" / "criterion"
    results = load(root)
    sizes = sorted({size for size, _ in results})
    missed = []
    for size in sizes:
        copies = max(len(times) for (s, _), row in results.items() if s == size for times in row.values())
        print(f"\n### {size} variants: median time per iteration\n")
        if copies > 1:
            print(f"Each catalog is in the binary {copies} times; a figure is the median of the copies' "
                  "medians, with the fastest and slowest copy in parentheses.\n")
        print("| operation | derive | hand | peers | derive / hand | derive / peers | derive / faster |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for op in OPS:
            times = results.get((size, op))
            if not times or not all(k in times for k in KINDS):
                continue
            row = {k: statistics.median(times[k]) for k in KINDS}
            best = min(row["hand"], row["peers"])
            cells = [fmt_cell(times[k]) for k in KINDS]
            r = row["derive"] / best
            ok = r <= TARGET
            if not ok:
                missed.append(f"{op}/{size}: {r:.2f}x")
            ratios = [f"{row['derive'] / row['hand']:.2f}x", f"{row['derive'] / row['peers']:.2f}x",
                      f"{r:.2f}x" + ("" if ok else " **missed**")]
            print(f"| `{op}` | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |")
    print("\nMissed (target at most 1.10x the faster baseline):", ", ".join(missed) or "none")


if __name__ == "__main__":
    main()
