#!/usr/bin/env python3
"""Compile time of the benchmark catalogs: `cargo check` and `cargo build` of one generated crate
per way of writing the catalog, shape of its codes and size, its dependencies already built.

For each crate and repetition:
  check        `cargo check` after `cargo clean -p` of that crate (dependencies stay built)
  build        `cargo build` (dev profile) after `cargo clean -p`
and with `--incr` also
  check_incr   `cargo check` again after touching the unchanged source
  build_incr   `cargo build` again after touching the unchanged source
`check` and `build` run with `CARGO_INCREMENTAL=0` (a clean build writes no incremental
cache); the `_incr` measures with cargo's default, incremental. Wall time and peak memory
(maximum resident set size of the largest process, i.e. rustc) are taken for each; the median
of the repetitions is reported. A repetition measures every crate once, in turn, so that a slow
spell of the machine falls on all contestants alike.

The crates come from `gen/main.rs` (the same generator as the run-time benchmark), compiled
with plain `rustc`, and are written with their own workspace and target directory under
`bench/target/compile-time/`, never committed. `plot.py` draws the JSON this writes.

Usage:
  python3 bench/compile_time.py            # every shape; sizes 9, 100, 1000, 10000; median of 3
  python3 bench/compile_time.py --quick    # the mix shape; sizes 9, 1000; 1 repetition
Python 3 standard library only.
"""

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
CODES = BENCH.parent / "avsession-codes"
KINDS = ["derive", "derive_debug", "hand", "peers"]
# Also written by `gen`, timed with `--kinds`: the derive on the peers' enum (`#[repr(i32)]`, the
# codes as discriminants).
EXTRA_KINDS = ["derive_repr"]
# The derive's ways of writing the catalog, each held to the targets where it is timed.
OURS = ["derive", "derive_repr"]
SHAPES = ["mix", "isolated", "dense", "runs", "wide", "split"]
MEASURES = ["check", "build"]
INCR_MEASURES = ["check_incr", "build_incr"]
# The targets: at 10,000 variants `derive` (and `derive_repr`) at most hand's time and 0.5x the
# peers', at most the peers' memory; from 1,000 to 10,000 variants `derive_debug` grows at most
# 12x.
BIG, SMALL_SIZE = 10000, 1000
TIME = "/usr/bin/time"

PEER_DEPS = """num_enum = "0.7"
strum = { version = "0.28", features = ["derive"] }
thiserror = "2"
"""


def run(cmd, cwd, env=None):
    env = None if env is None else {**os.environ, **env}
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}")
    return result


def measured(cmd, cwd, env=None):
    """Runs `cmd`; returns (wall seconds, peak RSS in MiB) of that one run."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        if os.access(TIME, os.X_OK):
            wrapped = [TIME, "-f", "%M", "-o", out.name, *cmd]
        else:
            # A fresh child per measurement, so RUSAGE_CHILDREN holds this run's peak only.
            probe = (
                "import resource, subprocess, sys\n"
                "code = subprocess.run(sys.argv[2:]).returncode\n"
                "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\n"
                "sys.exit(code)\n"
            )
            wrapped = [sys.executable, "-c", probe, out.name, *cmd]
        start = time.perf_counter()
        run(wrapped, cwd, env)
        wall = time.perf_counter() - start
        kib = int(out.read().strip().splitlines()[-1])
    return wall, kib / 1024


def crate_name(kind, shape, size):
    return f"c_{kind}_{shape}_{size}"


def generate(work, kinds, shapes, sizes):
    gen = work / "gen"
    run(["rustc", "--edition", "2021", "-O", str(BENCH / "gen" / "main.rs"), "-o", str(gen)], BENCH)
    members = []
    for size, shape, kind in ((z, h, k) for z in sizes for h in shapes for k in kinds):
        name = crate_name(kind, shape, size)
        members.append(name)
        src = work / name / "src"
        src.mkdir(parents=True, exist_ok=True)
        deps = PEER_DEPS if kind == "peers" else ""
        if kind.startswith("derive"):
            deps += f'avsession-codes = {{ path = "{CODES}" }}\n'
        (work / name / "Cargo.toml").write_text(
            f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
            f"[dependencies]\n{deps}"
        )
        text = run([str(gen), kind, str(size), shape], work).stdout
        lib = src / "lib.rs"
        if not lib.exists() or lib.read_text() != text:
            lib.write_text(text)
    (work / "Cargo.toml").write_text(
        '[workspace]\nresolver = "2"\nmembers = [' + ", ".join(f'"{m}"' for m in members) + "]\n"
    )
    if (BENCH / "Cargo.lock").exists() and not (work / "Cargo.lock").exists():
        shutil.copy(BENCH / "Cargo.lock", work / "Cargo.lock")
    return members


def measure_once(work, name, incr, samples):
    """One repetition of every measure of crate `name`, appended to `samples`."""
    cargo = ["cargo", "--quiet"]
    lib = work / name / "src" / "lib.rs"
    for verb in ("check", "build"):
        run(["cargo", "clean", "--quiet", "-p", name], work)
        sample = measured([*cargo, verb, "-p", name], work, {"CARGO_INCREMENTAL": "0"})
        samples.setdefault(verb, []).append(sample)
        if incr:
            # The incremental cache of a clean build, then the no-change rebuild it serves.
            run([*cargo, verb, "-p", name], work, {"CARGO_INCREMENTAL": "1"})
            lib.touch()
            sample = measured([*cargo, verb, "-p", name], work, {"CARGO_INCREMENTAL": "1"})
            samples.setdefault(f"{verb}_incr", []).append(sample)


def summary(samples):
    return {
        m: {
            "wall_s": statistics.median(w for w, _ in s),
            "rss_mib": statistics.median(r for _, r in s),
            "samples": s,
        }
        for m, s in samples.items()
    }


def ratio(a, b):
    return f"{a / b:.2f}x" if b else "n/a"


def report(results, kinds, shapes, sizes, measures):
    """Markdown: per measure and shape, the figures of every size and kind, the derive's ratios
    to the baselines, and the growth from 1,000 to 10,000 variants; then the targets."""
    lines = []
    ours = [k for k in OURS if k in kinds]
    pairs = [(o, b) for o in ours for b in ("hand", "peers")]
    for measure in measures:
        lines.append(f"\n#### `{measure}`: median wall time (s) / peak RSS (MiB)\n")
        lines.append("| shape | size | " + " | ".join(kinds) + " | "
                     + " | ".join(f"{o} / {b}" for o, b in pairs) + " |")
        lines.append("|---|---:|" + "---:|" * (len(kinds) + len(pairs)))
        for shape in shapes:
            for size in sizes:
                row = results[shape][str(size)]
                cells = [f"{row[k][measure]['wall_s']:.2f} s / {row[k][measure]['rss_mib']:.0f} MiB"
                         for k in kinds]
                for o, base in pairs:
                    if o in row and base in row:
                        a, b = row[o][measure], row[base][measure]
                        cells.append(f"{ratio(a['wall_s'], b['wall_s'])}, {ratio(a['rss_mib'], b['rss_mib'])}")
                    else:
                        cells.append("n/a")
                lines.append(f"| {shape} | {size} | " + " | ".join(cells) + " |")
    if str(SMALL_SIZE) in results[shapes[0]] and str(BIG) in results[shapes[0]]:
        lines.append(f"\n#### Growth from {SMALL_SIZE:,} to {BIG:,} variants (wall time ratio)\n")
        lines.append("| shape | measure | " + " | ".join(kinds) + " |")
        lines.append("|---|---|" + "---:|" * len(kinds))
        for shape in shapes:
            for measure in measures:
                r = results[shape]
                cells = [ratio(r[str(BIG)][k][measure]["wall_s"], r[str(SMALL_SIZE)][k][measure]["wall_s"])
                         for k in kinds]
                lines.append(f"| {shape} | {measure} | " + " | ".join(cells) + " |")
    lines.extend(targets(results, kinds, shapes))
    return "\n".join(lines)


def targets(results, kinds, shapes):
    """One line per target and shape: the figure and whether it is met."""
    out = []
    for shape in shapes:
        r = results[shape]
        big, small = r.get(str(BIG)), r.get(str(SMALL_SIZE))
        if big is None or not {"hand", "peers"} <= set(big):
            continue
        for measure, ours in ((m, o) for m in ("check", "build") for o in OURS if o in big):
            d, h, p = (big[k][measure] for k in (ours, "hand", "peers"))
            name = "" if ours == "derive" else f" ({ours})"
            checks = [
                (f"{measure} / hand{name}", d["wall_s"] / h["wall_s"], 1.0),
                (f"{measure} / peers{name}", d["wall_s"] / p["wall_s"], 0.5),
                (f"{measure} memory / peers{name}", d["rss_mib"] / p["rss_mib"], 1.0),
            ]
            if ours == "derive" and small is not None and "derive_debug" in big:
                grow = big["derive_debug"][measure]["wall_s"] / small["derive_debug"][measure]["wall_s"]
                checks.append((f"{measure} growth (derive_debug)", grow, 12.0))
            for what, value, limit in checks:
                verdict = "met" if value <= limit else "MISSED"
                out.append(f"{shape}: {what} {value:.2f}x (target <= {limit:g}x): {verdict}")
    if out:
        out.insert(0, "\n#### Targets\n")
        out[1:] = [f"- {line}" for line in out[1:]]
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="the mix shape, sizes 9 and 1000, 1 repetition")
    parser.add_argument("--sizes", type=int, nargs="+")
    parser.add_argument("--reps", type=int)
    parser.add_argument("--kinds", nargs="+", choices=KINDS + EXTRA_KINDS, default=KINDS)
    parser.add_argument("--shapes", nargs="+", choices=SHAPES)
    parser.add_argument("--incr", action="store_true", help="also the no-change rebuilds")
    parser.add_argument("--work", type=Path, default=BENCH / "target" / "compile-time")
    parser.add_argument("--json", type=Path, help="also write the results here (for plot.py)")
    args = parser.parse_args()
    sizes = args.sizes or ([9, 1000] if args.quick else [9, 100, 1000, 10000])
    shapes = args.shapes or (["mix"] if args.quick else SHAPES)
    reps = args.reps or (1 if args.quick else 3)
    measures = MEASURES + (INCR_MEASURES if args.incr else [])

    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    members = generate(work, args.kinds, shapes, sizes)
    rustc = run(["rustc", "--version"], work).stdout.strip()
    print(f"# {platform.node()}: {os.cpu_count()} cores, {rustc}; shapes {shapes}, "
          f"sizes {sizes}, median of {reps}", flush=True)
    # The dependencies, checked and built, through the smallest crate of each kind, so that
    # each measurement compiles one crate only.
    start = time.perf_counter()
    warm = [arg for kind in args.kinds for arg in ("-p", crate_name(kind, shapes[0], min(sizes)))]
    for verb in ("build", "check"):
        run(["cargo", verb, "--quiet", *warm], work, {"CARGO_INCREMENTAL": "0"})
    print(f"# dependencies and warm-up: {time.perf_counter() - start:.0f} s", flush=True)

    samples = {}
    crates = [(shape, size, kind) for shape in shapes for size in sizes for kind in args.kinds]
    for rep in range(reps):
        for shape, size, kind in crates:
            name = crate_name(kind, shape, size)
            got = samples.setdefault((shape, size, kind), {})
            measure_once(work, name, args.incr, got)
            print(f"[{rep + 1}/{reps}] {name}: " + ", ".join(
                f"{m} {got[m][-1][0]:.2f} s {got[m][-1][1]:.0f} MiB" for m in measures), flush=True)
    assert set(members) == {crate_name(k, h, z) for h, z, k in crates}
    results = {}
    for (shape, size, kind), got in samples.items():
        results.setdefault(shape, {}).setdefault(str(size), {})[kind] = summary(got)
    if args.json:
        meta = {"rustc": rustc, "host": platform.node(), "cores": os.cpu_count(), "reps": reps,
                "kinds": args.kinds, "shapes": shapes, "sizes": sizes, "measures": measures}
        args.json.write_text(json.dumps({"meta": meta, "results": results}, indent=1))
    print(report(results, args.kinds, shapes, sizes, measures))


if __name__ == "__main__":
    main()
