//! Writes the run-time benchmark's catalogs, every size and way, to `OUT_DIR/catalogs.rs`.

#[path = "gen/lib.rs"]
#[allow(dead_code)]
mod gen;

use std::fmt::Write as _;

fn main() {
    println!("cargo::rerun-if-changed=gen/lib.rs");
    println!("cargo::rerun-if-changed=build.rs");
    let mut sizes = vec![9, 1000];
    if std::env::var_os("CARGO_FEATURE_LARGE").is_some() {
        sizes.push(10_000);
    }
    let mut out = String::new();
    for size in sizes {
        for kind in gen::Kind::ALL {
            let _ = writeln!(out, "pub mod {}_{size} {{\n{}}}", kind.name(), gen::catalog(kind, size));
        }
    }
    let path = std::path::Path::new(&std::env::var_os("OUT_DIR").unwrap()).join("catalogs.rs");
    std::fs::write(path, out).unwrap();
}
