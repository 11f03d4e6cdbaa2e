//! Writes the run-time benchmark's catalogs, every size and way, to `OUT_DIR/catalogs.rs`.

#[path = "gen/lib.rs"]
#[allow(dead_code)]
mod gen;

use std::fmt::Write as _;

/// How many copies of each 9-variant catalog the benchmark times; `src/lib.rs` and
/// `benches/runtime.rs` list them.
const COPIES: usize = 4;

fn main() {
    println!("cargo::rerun-if-changed=gen/lib.rs");
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=CARGO_ENCODED_RUSTFLAGS");
    // Timed runs (`cargo bench` builds with the release profile) align every loop to 64 bytes,
    // so that a loop's speed does not depend on where the code before it ended (BENCHMARKS.md).
    let flags = std::env::var("CARGO_ENCODED_RUSTFLAGS").unwrap_or_default();
    if std::env::var("PROFILE").as_deref() == Ok("release") && !flags.contains("-align-loops=") {
        println!(
            "cargo::warning=timing without RUSTFLAGS=\"-C llvm-args=-align-loops=64\": \
             the 9-variant figures move with code layout (see BENCHMARKS.md)"
        );
    }
    let mut sizes = vec![9, 1000];
    if std::env::var_os("CARGO_FEATURE_LARGE").is_some() {
        sizes.push(10_000);
    }
    let mut out = String::new();
    for &size in &sizes {
        for kind in gen::Kind::ALL {
            let _ = writeln!(
                out,
                "pub mod {}_{size} {{\n{}}}",
                kind.name(),
                gen::catalog(kind, size)
            );
        }
    }
    // What both run-time benchmarks time (`every_bench.rs`, one block: `include!` in a
    // function body takes one expression): the 9-variant catalogs and their copies (below),
    // `mix` at 1,000 (and 10,000 with `large`), then every shape at 100 and 1,000 variants.
    let mut bench = String::from("{\nlet nine = Inputs::new(9);\n");
    bench.push_str("contestants!(c, &nine, \"\", derive_9, derive_repr_9, hand_9, peers_9);\n");
    for copy in 2..=COPIES {
        // Each copy with the stack 16 bytes deeper than the one before (`runtime.rs`).
        let _ = writeln!(
            bench,
            "copy!(c, &nine, \"_c{copy}\", {}, derive_9_c{copy}, derive_repr_9_c{copy}, \
             hand_9_c{copy}, peers_9_c{copy});",
            16 * (copy - 1)
        );
    }
    for size in &sizes[1..] {
        let _ = writeln!(
            bench,
            "contestants!(c, &Inputs::new({size}), \"\", derive_{size}, derive_repr_{size}, \
             hand_{size}, peers_{size});"
        );
    }
    // Every shape of codes at 100 and 1,000 variants (but `mix` at 1,000, above): module
    // `derive_isolated_1000` and so on. `shapes.rs` makes them contestants (`src/lib.rs`).
    let mut contestants = String::new();
    for shape in gen::Shape::ALL {
        for size in [100, 1000] {
            if (shape, size) == (gen::Shape::Mix, 1000) {
                continue;
            }
            let suffix = format!("{}_{size}", shape.name());
            for kind in gen::Kind::ALL {
                let _ = writeln!(
                    out,
                    "pub mod {}_{suffix} {{\n{}}}",
                    kind.name(),
                    gen::catalog_of(kind, shape, size)
                );
            }
            let _ = writeln!(
                contestants,
                "table_contestant!(derive_{suffix} => Entry, variants, \
                 derive_repr_{suffix} => Entry, variants, \
                 hand_{suffix} => hand_{suffix}::Entry, array);\npeers_contestant!(peers_{suffix});"
            );
            let _ = writeln!(
                bench,
                "contestants!(c, &Inputs::of(Shape::{shape:?}, {size}), \"\", \
                 derive_{suffix}, derive_repr_{suffix}, hand_{suffix}, peers_{suffix});"
            );
        }
    }
    // The 9-variant catalogs again, at other addresses in the binary (see `src/lib.rs`).
    for copy in 2..=COPIES {
        for kind in gen::Kind::ALL {
            let _ = writeln!(
                out,
                "pub mod {}_9_c{copy} {{\n{}}}",
                kind.name(),
                gen::catalog(kind, 9)
            );
        }
    }
    let dir = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    std::fs::write(dir.join("catalogs.rs"), out).unwrap();
    std::fs::write(dir.join("shapes.rs"), contestants).unwrap();
    bench.push_str("}\n");
    std::fs::write(dir.join("every_bench.rs"), bench).unwrap();
}
