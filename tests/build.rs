//! Generates the 10,000-variant catalog of `tests/large_catalog.rs`: half dense runs of codes,
//! half sparse blocks with gaps, the way OpenHarmony's seven-digit codes look.

use std::fmt::Write as _;
use std::path::PathBuf;

/// Variants of the generated catalog.
const VARIANTS: usize = 10_000;

fn code(i: usize) -> usize {
    if i < VARIANTS / 2 {
        // Dense: 6600101, 6600102, ... in runs of 100 per block.
        6_600_101 + (i / 100) * 1000 + i % 100
    } else {
        // Sparse: blocks of 50 codes, 7 apart, in blocks 10,000 apart.
        let j = i - VARIANTS / 2;
        7_000_000 + (j / 50) * 10_000 + (j % 50) * 7
    }
}

fn main() {
    let mut src = String::from(
        "/// A generated catalog of 10,000 codes.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]\n\
         #[catalog(name = \"Large\", range = 6600000..=7999999)]\n\
         pub enum Large {\n",
    );
    let mut codes = String::from(
        "/// The codes of `Large`, in declaration order.\npub static CODES: [i32; 10_000] = [",
    );
    for i in 0..VARIANTS {
        let code = code(i);
        writeln!(
            src,
            "    #[code({code}, title = \"Title {i}\", message = \"Message {i}.\", solution = \"Step {i}.\")]\n    V{i},"
        )
        .unwrap();
        write!(codes, "{code},").unwrap();
    }
    src.push_str("}\n");
    codes.push_str("];\n");
    src.push_str(&codes);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("large.rs");
    std::fs::write(out, src).unwrap();
    println!("cargo::rerun-if-changed=build.rs");
}
