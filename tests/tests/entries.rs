//! `ENTRIES`, `ALL`, `CATALOG` and the metadata of each entry.

use avsession_codes::{Catalog, ErrorCatalog};
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
