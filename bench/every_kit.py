#!/usr/bin/env python3
"""Compile time of the real thing: `avsession-codes` with every kit's catalog on, and a crate
that composes the kits into one catalog (`#[code(transparent)]` per kit).

Measured, each after `cargo clean -p` of the crate timed (its dependencies stay built), with
`CARGO_INCREMENTAL=0`, wall time and peak RSS (as `compile_time.py`), median of `--reps`:
  runtime        `cargo check` / `cargo build` of avsession-codes without features
  runtime+kits   the same with `--features kits` (132 kits, 1,124 codes)
  composed       a crate whose one enum wraps every kit that can join (see below)

A composed catalog refuses a code two of its parts document (the derive's duplicate check),
and 18 codes are documented by two kits' pages (`explain` shows both); so the composed enum
takes the kits in `imports.tsv` order and leaves out a kit that would repeat a code of one
already in. The report names the kits left out.

The crates are written under `bench/target/every-kit/`, never committed.

Usage:
  python3 bench/every_kit.py [--reps N] [--json PATH]
Python 3 standard library only.
"""

import argparse
import json
import re
import statistics
from pathlib import Path

from compile_time import measured, run

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CODES = ROOT / "avsession-codes"
CATALOGS = CODES / "src" / "catalogs"


def kits():
    """(module, enum, codes) of every kit, in `imports.tsv` order."""
    index = (CATALOGS / "kits" / "mod.rs").read_text()
    enums = dict(re.findall(r"^pub use (\w+)::(\w+);$", index, re.M))
    out = []
    for line in (CATALOGS / "imports.tsv").read_text().splitlines():
        if line.startswith("#") or line.startswith("module\t"):
            continue
        path = line.split("\t")[0]
        if not path.startswith("kits/"):
            continue
        module = path[len("kits/"):-len(".rs")]
        source = (CATALOGS / path).read_text()
        codes = {int(c) for c in re.findall(r"^    #\[code\(\s*(-?\d+)", source, re.M)}
        out.append((module, enums[module], codes))
    return out


def composed_crate(work):
    """Writes the composed crate; returns (kits in, their codes, kits left out with the code they
    repeat)."""
    taken, joined, left_out = {}, [], []
    for module, enum, codes in kits():
        clash = sorted(c for c in codes if c in taken)
        if clash:
            left_out.append((module, clash[0], taken[clash[0]]))
            continue
        for code in codes:
            taken[code] = module
        joined.append((module, enum))
    crate = work / "every_kit"
    (crate / "src").mkdir(parents=True, exist_ok=True)
    (crate / "Cargo.toml").write_text(
        '[package]\nname = "every_kit"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        f'[dependencies]\navsession-codes = {{ path = "{CODES}", features = ["kits"] }}\n'
    )
    variants = "".join(
        f"    #[code(transparent)]\n    K{i}(::avsession_codes::kits::{enum}),\n"
        for i, (_, enum) in enumerate(joined)
    )
    text = (
        "#![allow(missing_docs)]\n"
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, ::avsession_codes::ErrorCatalog)]\n"
        '#[catalog(name = "Every kit")]\n'
        f"pub enum EveryKit {{\n{variants}}}\n\n"
        "pub fn exercise(codes: &[i32]) -> usize {\n"
        "    use ::avsession_codes::ErrorCatalog as _;\n"
        "    codes.iter().filter_map(|&c| EveryKit::from_code(c)).map(|e| e.message().len() + e.causes().len()).sum()\n"
        "}\n"
    )
    lib = crate / "src" / "lib.rs"
    if not lib.exists() or lib.read_text() != text:
        lib.write_text(text)
    (work / "Cargo.toml").write_text('[workspace]\nresolver = "2"\nmembers = ["every_kit"]\n')
    return joined, len(taken), left_out


def timed(samples, name, verb, cmd, cwd, clean):
    run(clean, cwd)
    samples.setdefault(name, {}).setdefault(verb, []).append(
        measured(cmd, cwd, {"CARGO_INCREMENTAL": "0"})
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reps", type=int, default=1)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    work = BENCH / "target" / "every-kit"
    work.mkdir(parents=True, exist_ok=True)
    joined, codes, left_out = composed_crate(work)
    target = ["--target-dir", str(work / "target-runtime")]
    manifest = ["--manifest-path", str(CODES / "Cargo.toml")]
    # Dependencies first, outside the measures.
    for features in ([], ["--features", "kits"]):
        run(["cargo", "build", "--quiet", *manifest, *target, *features], ROOT)
    run(["cargo", "build", "--quiet"], work)
    samples = {}
    clean_runtime = ["cargo", "clean", "--quiet", *manifest, *target, "-p", "avsession-codes"]
    for _ in range(args.reps):
        for verb in ("check", "build"):
            for name, features in (("runtime", []), ("runtime+kits", ["--features", "kits"])):
                cmd = ["cargo", verb, "--quiet", *manifest, *target, *features]
                timed(samples, name, verb, cmd, ROOT, clean_runtime)
            timed(samples, "composed", verb, ["cargo", verb, "--quiet"], work,
                  ["cargo", "clean", "--quiet", "-p", "every_kit"])
    result = {
        name: {verb: {"wall_s": statistics.median(w for w, _ in s),
                      "rss_mib": statistics.median(r for _, r in s), "samples": s}
               for verb, s in verbs.items()}
        for name, verbs in samples.items()
    }
    print(f"composed: {len(joined)} kits, {codes} codes; left out (a code already in): "
          + ", ".join(f"{m} ({code}, in {other})" for m, code, other in left_out))
    print("\n| crate | check | build |\n|---|---:|---:|")
    for name in ("runtime", "runtime+kits", "composed"):
        cells = [f"{result[name][v]['wall_s']:.2f} s / {result[name][v]['rss_mib']:.0f} MiB"
                 for v in ("check", "build")]
        print(f"| {name} | " + " | ".join(cells) + " |")
    if args.json:
        args.json.write_text(json.dumps({"kits": len(joined), "codes": codes,
                                         "left_out": left_out, "results": result}, indent=1))


if __name__ == "__main__":
    main()
