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
    for size in sizes {
        for kind in gen::Kind::ALL {
            let _ = writeln!(
                out,
                "pub mod {}_{size} {{\n{}}}",
                kind.name(),
                gen::catalog(kind, size)
            );
        }
    }
    // The derive on the peers' enum, at 9 variants only (larger catalogs get the same code as
    // the plain derive's).
    let repr = gen::Kind::DeriveRepr;
    let _ = writeln!(
        out,
        "pub mod {}_9 {{\n{}}}",
        repr.name(),
        gen::catalog(repr, 9)
    );
    // The 9-variant catalogs again, at other addresses in the binary (see `src/lib.rs`).
    for copy in 2..=COPIES {
        for kind in gen::Kind::ALL.into_iter().chain([repr]) {
            let _ = writeln!(
                out,
                "pub mod {}_9_c{copy} {{\n{}}}",
                kind.name(),
                gen::catalog(kind, 9)
            );
        }
    }
    let path = std::path::Path::new(&std::env::var_os("OUT_DIR").unwrap()).join("catalogs.rs");
    std::fs::write(path, out).unwrap();
}
