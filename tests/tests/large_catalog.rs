//! A generated 10,000-variant catalog (see `build.rs`) builds, and every code round-trips.

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
