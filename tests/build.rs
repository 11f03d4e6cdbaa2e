//! Generates the catalogs of `tests/large_catalog.rs`: 10,000 variants, half dense runs of
//! codes and half sparse blocks with gaps, the way OpenHarmony's seven-digit codes look; and
//! 2,000 and 300 variants whose discriminants are their codes, isolated and spread over the
//! whole `i32` range, as a binding of a C enum has them.

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
    // Above 256 variants `from_code` finds the row from the code; above 1,024 a variant's row
    // goes back to the variant through a `match`, and below through `ALL`.
    mirrored(&mut src, "Mirrored", 2_000);
    mirrored(&mut src, "MirroredMid", 300);
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("large.rs");
    std::fs::write(out, src).unwrap();
    println!("cargo::rerun-if-changed=build.rs");
}

/// `name`: `n` isolated codes from `i32::MIN` up, spread evenly up to near `i32::MAX`, each
/// with its code as its discriminant, declared from the highest down; `i32::MAX` and `0` left
/// out, so that both ends and zero are misses. Its codes, in declaration order, are
/// `<NAME>_CODES`.
fn mirrored(src: &mut String, name: &str, n: usize) {
    let step = i64::from(u32::MAX) / i64::try_from(n).unwrap();
    let code = |i: usize| {
        let i = i64::try_from(i).unwrap();
        i32::try_from(i64::from(i32::MIN) + 1 + step * i + 7).unwrap()
    };
    let upper = name.to_uppercase();
    writeln!(
        src,
        "/// A generated catalog of {n} codes, each its variant's discriminant.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]\n\
         #[catalog(name = \"{name}\")]\n\
         #[repr(i32)]\n\
         pub enum {name} {{"
    )
    .unwrap();
    let mut codes = format!(
        "/// The codes of `{name}`, in declaration order.\npub static {upper}_CODES: [i32; {n}] = ["
    );
    for i in (0..n).rev() {
        let code = code(i);
        assert_ne!(code, 0);
        writeln!(
            src,
            "    #[code({code}, message = \"{name} {i}.\")]\n    M{i} = {code},"
        )
        .unwrap();
        write!(codes, "{code},").unwrap();
    }
    src.push_str("}\n");
    codes.push_str("];\n");
    src.push_str(&codes);
}
