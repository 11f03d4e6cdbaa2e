//! The generated catalogs (see `build.rs`) build, and every code round-trips: 10,000 variants
//! numbered by the compiler, and 1,000 whose discriminants are their codes.

use avsession_codes::ErrorCatalog;

include!(concat!(env!("OUT_DIR"), "/large.rs"));

#[test]
fn every_code_round_trips() {
    assert_eq!(Large::ALL.len(), 10_000);
    assert_eq!(Large::ENTRIES.len(), 10_000);
    for (i, (variant, code)) in Large::ALL.iter().zip(CODES.iter().copied()).enumerate() {
        assert_eq!(variant.code(), code);
        assert_eq!(Large::from_code(code), Some(*variant));
        assert_eq!(Large::try_from(code), Ok(*variant));
        let entry = Large::lookup(code).expect("known code");
        assert_eq!(entry.name, format!("V{i}"));
        assert_eq!(variant.message(), format!("Message {i}."));
        assert_eq!(variant.to_string(), format!("Message {i}."));
        assert!(std::ptr::eq(entry, variant.entry()));
    }
    // `variants()` reads the split `match` from row to variant (more than 512 arms).
    assert!(Large::variants().eq(Large::ALL.iter().copied()));
    assert!(Large::variants().rev().eq(Large::ALL.iter().rev().copied()));
    assert_eq!(Large::variants().nth(9_999), Some(Large::V9999));
    assert_eq!(Large::variants().nth(10_000), None);
}

#[test]
fn gaps_between_codes_are_misses() {
    let mut sorted = CODES;
    sorted.sort_unstable();
    let mut checked = 0;
    // Both ends and the middle of every gap, and the codes just outside the whole set.
    let gaps = sorted.windows(2).filter(|pair| pair[1] - pair[0] > 1);
    let probes = gaps.flat_map(|pair| [pair[0] + 1, i32::midpoint(pair[0], pair[1]), pair[1] - 1]);
    for code in probes.chain([sorted[0] - 1, sorted[9_999] + 1, 0, -1, i32::MIN, i32::MAX]) {
        assert_eq!(Large::from_code(code), None, "{code}");
        assert!(Large::lookup(code).is_none(), "{code}");
        checked += 1;
    }
    assert!(checked > 5_000, "{checked} misses checked");
}

/// Every code of a catalog whose discriminants are its codes round-trips, and the codes
/// around them are misses.
macro_rules! mirrored_round_trip {
    ($name:ident, $codes:ident, $label:literal) => {{
        let n = $codes.len();
        assert_eq!($name::ALL.len(), n);
        for (row, (variant, code)) in $name::ALL.iter().zip($codes.iter().copied()).enumerate() {
            assert_eq!(variant.code(), code);
            assert_eq!(*variant as i32, code);
            assert_eq!($name::from_code(code), Some(*variant));
            let i = n - 1 - row;
            assert_eq!(variant.message(), format!(concat!($label, " {}."), i));
            assert_eq!(variant.to_string(), format!(concat!($label, " {}."), i));
            assert_eq!(variant.entry().name, format!("M{i}"));
            assert!(std::ptr::eq(
                $name::lookup(code).expect("known code"),
                variant.entry()
            ));
            assert!(std::ptr::eq(
                variant.entry(),
                $name::ENTRIES.get(row).unwrap()
            ));
            assert_eq!($name::variants().nth(row), Some(*variant));
        }
        assert!($name::variants().eq($name::ALL.iter().copied()));
        assert!($name::variants().rev().eq($name::ALL.iter().rev().copied()));
        let mut sorted = $codes;
        sorted.sort_unstable();
        let gaps = sorted.windows(2);
        let probes = gaps.flat_map(|p| [p[0] + 1, i32::midpoint(p[0], p[1]), p[1] - 1]);
        for code in probes.chain([0, i32::MIN, i32::MAX, sorted[0] - 1, sorted[n - 1] + 1]) {
            assert_eq!($name::from_code(code), None, "{code}");
            assert!($name::lookup(code).is_none(), "{code}");
        }
    }};
}

#[test]
fn discriminants_that_are_codes_round_trip() {
    // 2,000 variants: `code()` is a `match` that rustc folds to the discriminant, the row of a
    // variant is found from its code, and back to the variant through a `match` of rows.
    mirrored_round_trip!(Mirrored, MIRRORED_CODES, "Mirrored");
    // 300: the same, but back through `ALL`.
    mirrored_round_trip!(MirroredMid, MIRROREDMID_CODES, "MirroredMid");
}
