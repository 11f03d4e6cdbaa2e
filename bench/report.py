#!/usr/bin/env python3
"""Ratio tables of the run-time benchmark, from criterion's results.

Usage: python3 bench/report.py [ROOT] [--runs NAME ...]
Reads each benchmark's `benchmark.json` and `estimates.json` (median, in ns per iteration;
the median, not the mean, because the machine may be shared) of the criterion baselines
NAME (default `new`, the last run; runs saved with `cargo bench ... -- --save-baseline
NAME`) under ROOT (default `bench/target/criterion`), and prints one Markdown table per
catalog size and shape of codes: the time of each way of writing the catalog, and the ratio
of the derive to hand-written code and to the peers. The target (issue 26) is at most 1.10x the
baseline on the same representation: the derive on a plain enum against hand-written code, the
derive on the peers' `#[repr(i32)]` enum against the peers. A figure
is the median over the runs and, for the 9-variant catalogs, which are in the benchmark
several times (function ids `derive`, `derive_c2`, ...), over the copies too. Python 3
standard library only.
"""

import argparse
import json
import statistics
from collections import defaultdict
from pathlib import Path

OPS = [
    "from_code_mixed", "from_code_in_order", "lookup_mixed", "lookup_in_order",
    "code", "message", "display", "iter_all", "variants",
]
# The derive's ways of writing the catalog, each with the baseline on the same representation.
OURS = {
    "derive": ("the derive on a plain enum", "hand"),
    "derive_repr": ("the derive on the peers' enum (`#[repr(i32)]`, the codes as discriminants)",
                    "peers"),
}
TARGET = 1.10


def load(root, runs):
    """{(size, shape, op): {kind: [median of each copy in each run]}}: `derive_c2` is the second
    copy of `derive`; group `OP/SIZE` is the `mix` shape, `OP/SIZE-SHAPE` any other."""
    results = defaultdict(lambda: defaultdict(list))
    for run in runs:
        found = list(root.glob(f"*/*/{run}/benchmark.json"))
        if not found:
            raise SystemExit(f"no results of run `{run}` under {root}")
        for bench in found:
            meta = json.loads(bench.read_text())
            op, rest = meta["group_id"].rsplit("/", 1)
            size, _, shape = rest.partition("-")
            kind = meta["function_id"].split("_c")[0]
            est = json.loads((bench.parent / "estimates.json").read_text())
            results[(int(size), shape or "mix", op)][kind].append(est["median"]["point_estimate"])
    return results


def fmt_time(ns):
    return f"{ns / 1000:.2f} µs" if ns >= 1000 else f"{ns:.1f} ns"


def fmt_cell(times):
    """The median over the runs and copies, and their range when there are several."""
    cell = fmt_time(statistics.median(times))
    if len(times) > 1:
        cell += f" ({fmt_time(min(times))} to {fmt_time(max(times))})"
    return cell


def to_baseline(times, ours):
    """The medians of `ours`, hand and peers in `times`, and `ours` over its baseline."""
    row = {k: statistics.median(times[k]) for k in (ours, "hand", "peers")}
    return row, row[ours] / row[OURS[ours][1]]


def summary(results):
    """One table per way of the derive: a row per size and shape, a column per operation, each
    cell the derive over its baseline (medians over runs and copies)."""
    rows = sorted({(size, shape != "mix", shape) for size, shape, _ in results})
    for ours, (what, baseline) in OURS.items():
        if not any(ours in times for times in results.values()):
            continue
        print(f"\n`{ours}`, {what}: over `{baseline}`\n")
        print("| size | shape | " + " | ".join(f"`{op}`" for op in OPS) + " |")
        print("|---:|---|" + "---:|" * len(OPS))
        for size, _, shape in rows:
            cells = []
            for op in OPS:
                times = results.get((size, shape, op), {})
                if not all(k in times for k in (ours, "hand", "peers")):
                    cells.append("")
                    continue
                _, r = to_baseline(times, ours)
                cells.append(f"{r:.2f}x" if r <= TARGET else f"**{r:.2f}x**")
            print(f"| {size} | {shape} | " + " | ".join(cells) + " |")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", nargs="?", type=Path,
                        default=Path(__file__).parent / "target" / "criterion")
    parser.add_argument("--runs", nargs="+", default=["new"],
                        help="criterion baselines to combine (default: new, the last run)")
    parser.add_argument("--summary", action="store_true",
                        help="only the derive's ratios to its baseline, a table per way")
    args = parser.parse_args()
    results = load(args.root, args.runs)
    if args.summary:
        summary(results)
        return
    shapes = sorted({(size, shape != "mix", shape) for size, shape, _ in results})
    missed = []
    runs = len(args.runs)
    for size, _, shape in shapes:
        group = [row for (s, h, _), row in results.items() if (s, h) == (size, shape)]
        medians = max(len(times) for row in group for times in row.values())
        copies = medians // runs
        print(f"\n### {size} variants, shape `{shape}`: median time per iteration\n")
        if copies > 1 and runs > 1:
            print(f"Each catalog is in the binary {copies} times and ran in {runs} runs; a figure is "
                  f"the median of the {medians} medians, with the fastest and slowest in parentheses.\n")
        elif runs > 1:
            print(f"A figure is the median of the {runs} runs' medians, with the fastest and slowest "
                  "in parentheses.\n")
        elif copies > 1:
            print(f"Each catalog is in the binary {copies} times; a figure is the median of the copies' "
                  "medians, with the fastest and slowest copy in parentheses.\n")
        for ours, (what, baseline) in OURS.items():
            if not any(ours in row for row in group):
                continue
            if ours != "derive":
                print(f"\n`{ours}`: {what}\n")
            print(f"| operation | {ours} | hand | peers | {ours} / hand | {ours} / peers |")
            print("|---|---:|---:|---:|---:|---:|")
            for op in OPS:
                times = results.get((size, shape, op))
                if not times or not all(k in times for k in (ours, "hand", "peers")):
                    continue
                row, r = to_baseline(times, ours)
                cells = [fmt_cell(times[k]) for k in (ours, "hand", "peers")]
                if r > TARGET:
                    missed.append(f"{ours} {op}/{size} {shape}: {r:.2f}x")
                ratios = {k: f"{row[ours] / row[k]:.2f}x" for k in ("hand", "peers")}
                ratios[baseline] = f"**{ratios[baseline]}**" if r > TARGET else ratios[baseline]
                print(f"| `{op}` | " + " | ".join(cells) + " | " + " | ".join(ratios.values()) + " |")
    print("\nOver the target (at most 1.10x the baseline on the same enum: derive / hand, "
          "derive_repr / peers):", ", ".join(missed) or "none")


if __name__ == "__main__":
    main()
