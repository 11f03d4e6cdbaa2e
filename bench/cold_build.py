#!/usr/bin/env python3
"""Cold build: what depending on the derive costs a new user, against depending on the peers.

Two small crates in `bench/cold-build/` hold the nine seed AVSession codes (title, message,
description, causes, solutions) wrapped in a `thiserror` enum:
  derive   `#[derive(ErrorCatalog)]` (avsession-codes, default features) + thiserror
  peers    thiserror + num_enum + strum, the causes and solutions written by hand
Each is built with `cargo build` (dev profile) from an empty target directory, the registry
already downloaded and the lock file checked in, the two alternated, `--reps` times each. The
report gives the median wall time of each and the ratio derive/peers, from the same run.

`--timings` then builds each once more with `cargo build --timings` and lists every unit's
compile time (from the HTML report cargo writes), which is each dependency's share.

Usage:
  python3 bench/cold_build.py               # 5 builds of each, alternated
  python3 bench/cold_build.py --timings     # and the per-dependency table
Python 3 standard library only.
"""

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
KINDS = ["derive", "peers"]


def run(cmd, cwd, **kw):
    result = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, **kw)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}")
    return result


def cold_build(kind, target, extra=()):
    """One `cargo build` of `kind` from an empty target directory; its wall time in seconds."""
    shutil.rmtree(target, ignore_errors=True)
    cmd = ["cargo", "build", "--quiet", "--offline", "--locked", "--target-dir", str(target), *extra]
    start = time.perf_counter()
    run(cmd, BENCH / "cold-build" / kind)
    return time.perf_counter() - start


def unit_times(target):
    """(unit, seconds) of every compiled unit, from the report of `cargo build --timings`."""
    report = max((target / "cargo-timings").glob("cargo-timing-*.html"), key=os.path.getmtime)
    match = re.search(r"const UNIT_DATA = (\[.*?\]);", report.read_text(), re.S)
    if not match:
        raise SystemExit(f"no UNIT_DATA in {report}: has cargo's timings format changed?")
    units = json.loads(match.group(1))
    rows = []
    for unit in units:
        name = f"{unit['name']} {unit['version']}"
        if unit.get("target", "").strip():
            name += f" ({unit['target'].strip()})"
        rows.append((name, float(unit["duration"])))
    return sorted(rows, key=lambda row: -row[1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=5, help="builds of each crate (default 5)")
    parser.add_argument("--timings", action="store_true", help="also each unit's compile time")
    parser.add_argument("--work", type=Path, default=BENCH / "target" / "cold-build")
    args = parser.parse_args()
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)

    for kind in KINDS:
        run(["cargo", "fetch", "--locked"], BENCH / "cold-build" / kind)
    print(f"# {platform.node()}: {os.cpu_count()} cores, "
          f"{run(['rustc', '--version'], work).stdout.strip()}, {run(['cargo', '--version'], work).stdout.strip()}; "
          f"cargo build from an empty target directory, alternated, {args.reps} of each", flush=True)

    samples = {kind: [] for kind in KINDS}
    for rep in range(args.reps):
        for kind in KINDS:
            wall = cold_build(kind, work / kind)
            samples[kind].append(wall)
            print(f"{rep + 1}/{args.reps} {kind}: {wall:.2f} s", flush=True)

    median = {kind: statistics.median(s) for kind, s in samples.items()}
    print("\n| crate | builds (s) | median (s) |")
    print("|---|---|---:|")
    for kind in KINDS:
        print(f"| {kind} | {', '.join(f'{s:.2f}' for s in samples[kind])} | {median[kind]:.2f} |")
    print(f"\nderive / peers: {median['derive'] / median['peers']:.2f}x")

    if args.timings:
        for kind in KINDS:
            cold_build(kind, work / kind, ["--timings"])
            print(f"\n`{kind}`: compile time of each unit (`cargo build --timings`, one build)\n")
            print("| unit | s |")
            print("|---|---:|")
            for name, seconds in unit_times(work / kind):
                print(f"| {name} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
