//! `ENTRIES`, `ALL`, `variants()`, `CATALOG` and the metadata of each entry.

use avsession_codes::{AVSessionApiError, AVSessionError, Catalog, ErrorCatalog, FromCode};
use avsession_codes_tests::{Data, Storage};

#[test]
fn entries_follow_declaration_order() {
    let codes: Vec<i32> = Storage::ENTRIES.iter().map(|e| e.code).collect();
    assert_eq!(codes, [13900001, 13900002, -1]);
    let names: Vec<&str> = Data::ENTRIES.iter().map(|e| e.name).collect();
    assert_eq!(names, ["Read", "BadValue", "Overflow", "Closed"]);
}

#[test]
fn all_lists_every_unit_variant() {
    assert_eq!(
        Storage::ALL,
        [Storage::DiskFull, Storage::NotFound, Storage::Internal]
    );
    for (variant, entry) in Storage::ALL.iter().zip(Storage::ENTRIES) {
        assert!(std::ptr::eq(variant.entry(), entry));
    }
}

#[test]
fn metadata() {
    let disk = Storage::DiskFull.entry();
    assert_eq!(disk.since, Some(9));
    assert!(!disk.system_api);
    assert_eq!(Storage::NotFound.entry().since, None);
    assert!(Storage::NotFound.entry().system_api);
}

#[test]
fn catalog_describes_the_enum() {
    let catalog: &Catalog = Storage::CATALOG;
    assert_eq!(catalog.name, "Storage");
    assert_eq!(catalog.title, Some("Storage Error Codes"));
    assert_eq!(
        catalog.note,
        Some("Invented for the tests.\n\nSecond paragraph.")
    );
    assert_eq!(catalog.range, Some(-100..=13999999));
    assert_eq!(catalog.url, Some("https://docs.example/storage#{code}"));
    assert_eq!(catalog.entries, Storage::ENTRIES);
    assert_eq!(catalog.lookup(-1), Storage::lookup(-1));
    assert!(!catalog.contains(0));
    assert_eq!(<Storage as ErrorCatalog>::ENTRIES.len(), 3);
}

#[test]
fn name_defaults_to_the_enum_name() {
    #[derive(Debug, ErrorCatalog)]
    enum Unnamed {
        #[code(1, message = "One.")]
        One,
    }
    assert_eq!(Unnamed::CATALOG.name, "Unnamed");
    assert_eq!(Unnamed::CATALOG.title, None);
    assert_eq!(Unnamed::CATALOG.range, None);
    assert_eq!(Unnamed::One.code(), 1);
}

/// Unit variants only, neither `Copy` nor `Clone` nor `PartialEq`: `variants()` yields them by
/// value all the same.
#[derive(Debug, avsession_codes::ErrorCatalog)]
#[catalog(name = "Owned")]
enum Owned {
    #[code(30, message = "Thirty.")]
    Thirty,
    #[code(10, message = "Ten.")]
    Ten,
    #[code(20, message = "Twenty.")]
    Twenty,
}

#[test]
fn variants_yield_every_variant_by_value_in_declaration_order() {
    assert!(Storage::variants().eq(Storage::ALL.iter().copied()));
    assert!(Storage::variants()
        .rev()
        .eq(Storage::ALL.iter().rev().copied()));
    let codes: Vec<i32> = Owned::variants().map(|v| v.code()).collect();
    assert_eq!(codes, [30, 10, 20]);

    let mut variants = Owned::variants();
    assert_eq!(variants.len(), 3);
    assert_eq!(variants.size_hint(), (3, Some(3)));
    assert_eq!(variants.next_back().map(|v| v.code()), Some(20));
    assert_eq!(variants.len(), 2);
    assert_eq!(variants.clone().count(), 2);
    assert_eq!(format!("{variants:?}"), "Variants { remaining: 2 }");
    assert_eq!(variants.nth(1).map(|v| v.code()), Some(10));
    assert_eq!(variants.len(), 0);
    assert!(variants.next().is_none() && variants.next_back().is_none());
    assert_eq!(Owned::variants().nth(3).map(|v| v.code()), None);
    assert_eq!(Owned::variants().nth_back(2).map(|v| v.code()), Some(30));
    assert_eq!(Owned::variants().last().map(|v| v.code()), Some(20));
}

#[test]
fn variants_through_the_trait_match_the_entries() {
    fn codes<C: FromCode>() -> Vec<i32> {
        C::variants().map(|v| v.code()).collect()
    }
    fn entry_codes<C: FromCode>() -> Vec<i32> {
        C::ENTRIES.iter().map(|e| e.code).collect()
    }
    assert_eq!(codes::<Storage>(), entry_codes::<Storage>());
    assert_eq!(codes::<AVSessionError>(), entry_codes::<AVSessionError>());
    // A composed catalog: its own variants and the wrapped ones, in the order of its entries.
    assert_eq!(
        codes::<AVSessionApiError>(),
        entry_codes::<AVSessionApiError>()
    );
    assert_eq!(
        AVSessionApiError::variants().len(),
        AVSessionApiError::ENTRIES.len()
    );
}
