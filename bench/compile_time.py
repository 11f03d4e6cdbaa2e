#!/usr/bin/env python3
"""Compile time of the benchmark catalogs: `cargo check` and `cargo build` of one generated crate
per way of writing the catalog and size, its dependencies already built.

For each crate and repetition, four measurements:
  check        `cargo check` after `cargo clean -p` of that crate (dependencies stay built)
  check_incr   `cargo check` again after touching the unchanged source
  build        `cargo build` (dev profile) after `cargo clean -p`
  build_incr   `cargo build` again after touching the unchanged source
Wall time and peak memory (maximum resident set size of the largest process, i.e. rustc) are
taken for each; the median of the repetitions is reported.

The crates come from `gen/main.rs` (the same generator as the run-time benchmark), compiled
with plain `rustc`, and are written with their own workspace and target directory under
`bench/target/compile-time/`, never committed.

Usage:
  python3 bench/compile_time.py            # sizes 9, 1000, 10000; median of 5
  python3 bench/compile_time.py --quick    # sizes 9, 1000; 1 repetition
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
# Also written by `gen`, not timed by default (same code as `derive` above 256 variants).
EXTRA_KINDS = ["derive_repr"]
MEASURES = ["check", "check_incr", "build", "build_incr"]
TIME = "/usr/bin/time"

PEER_DEPS = """num_enum = "0.7"
strum = { version = "0.28", features = ["derive"] }
thiserror = "2"
"""


def run(cmd, cwd, env=None):
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"failed: {' '.join(map(str, cmd))}")
    return result


def measured(cmd, cwd):
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
        run(wrapped, cwd)
        wall = time.perf_counter() - start
        kib = int(out.read().strip().splitlines()[-1])
    return wall, kib / 1024


def generate(work, kinds, sizes):
    gen = work / "gen"
    run(["rustc", "--edition", "2021", "-O", str(BENCH / "gen" / "main.rs"), "-o", str(gen)], BENCH)
    members = []
    for size in sizes:
        for kind in kinds:
            name = f"c_{kind}_{size}"
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
            text = run([str(gen), kind, str(size)], work).stdout
            lib = src / "lib.rs"
            if not lib.exists() or lib.read_text() != text:
                lib.write_text(text)
    (work / "Cargo.toml").write_text(
        '[workspace]\nresolver = "2"\nmembers = [' + ", ".join(f'"{m}"' for m in members) + "]\n"
    )
    if (BENCH / "Cargo.lock").exists() and not (work / "Cargo.lock").exists():
        shutil.copy(BENCH / "Cargo.lock", work / "Cargo.lock")
    return members


def measure_crate(work, name, reps):
    samples = {m: [] for m in MEASURES}
    cargo = ["cargo", "--quiet"]
    lib = work / name / "src" / "lib.rs"
    for _ in range(reps):
        for verb in ("check", "build"):
            run(["cargo", "clean", "--quiet", "-p", name], work)
            samples[verb].append(measured([*cargo, verb, "-p", name], work))
            lib.touch()
            samples[f"{verb}_incr"].append(measured([*cargo, verb, "-p", name], work))
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


def report(results, kinds, sizes):
    lines = []
    for measure in MEASURES:
        lines.append(f"\n### `{measure}`: median wall time (s) / peak RSS (MiB)\n")
        lines.append("| size | " + " | ".join(kinds) + " |")
        lines.append("|---:|" + "---:|" * len(kinds))
        for size in sizes:
            cells = []
            for kind in kinds:
                r = results[str(size)][kind][measure]
                cells.append(f"{r['wall_s']:.2f} s / {r['rss_mib']:.0f} MiB")
            lines.append(f"| {size} | " + " | ".join(cells) + " |")
        for ours in [k for k in kinds if k.startswith("derive")]:
            lines.append(f"\n`{ours}` against the baselines (time, memory):\n")
            lines.append("| size | vs peers | vs hand |")
            lines.append("|---:|---:|---:|")
            for size in sizes:
                row = results[str(size)]
                o = row[ours][measure]
                cells = []
                for base in ("peers", "hand"):
                    if base in row:
                        b = row[base][measure]
                        cells.append(f"{ratio(o['wall_s'], b['wall_s'])}, {ratio(o['rss_mib'], b['rss_mib'])}")
                    else:
                        cells.append("n/a")
                lines.append(f"| {size} | " + " | ".join(cells) + " |")
    if "1000" in results and "10000" in results:
        lines.append("\n### Growth from 1,000 to 10,000 variants (wall time ratio)\n")
        lines.append("| measure | " + " | ".join(kinds) + " |")
        lines.append("|---|" + "---:|" * len(kinds))
        for measure in MEASURES:
            cells = [
                ratio(results["10000"][k][measure]["wall_s"], results["1000"][k][measure]["wall_s"])
                for k in kinds
            ]
            lines.append(f"| {measure} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="sizes 9 and 1000, 1 repetition")
    parser.add_argument("--sizes", type=int, nargs="+")
    parser.add_argument("--reps", type=int)
    parser.add_argument("--kinds", nargs="+", choices=KINDS + EXTRA_KINDS, default=KINDS)
    parser.add_argument("--work", type=Path, default=BENCH / "target" / "compile-time")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    sizes = args.sizes or ([9, 1000] if args.quick else [9, 1000, 10000])
    reps = args.reps or (1 if args.quick else 5)

    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    members = generate(work, args.kinds, sizes)
    print(f"# {platform.node()}: {os.cpu_count()} cores, "
          f"{run(['rustc', '--version'], work).stdout.strip()}; sizes {sizes}, median of {reps}",
          flush=True)
    # Dependencies (and every crate once), so each measurement compiles one crate only.
    start = time.perf_counter()
    run(["cargo", "build", "--quiet", "--workspace"], work)
    run(["cargo", "check", "--quiet", "--workspace"], work)
    print(f"# dependencies and warm-up: {time.perf_counter() - start:.0f} s", flush=True)

    results = {}
    for size in sizes:
        for kind in args.kinds:
            name = f"c_{kind}_{size}"
            r = measure_crate(work, name, reps)
            results.setdefault(str(size), {})[kind] = r
            print(f"{name}: " + ", ".join(
                f"{m} {r[m]['wall_s']:.2f} s {r[m]['rss_mib']:.0f} MiB" for m in MEASURES), flush=True)
    assert set(members) == {f"c_{k}_{s}" for k in args.kinds for s in sizes}
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    print(report(results, args.kinds, sizes))


if __name__ == "__main__":
    main()
