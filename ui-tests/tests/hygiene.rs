//! The catalogs of the hygiene crates work, not only build.

use std::error::Error as _;

use avsession_codes_ui_tests::{
    renamed, Composed, Data, Generic, Manual, Mirrored, MirroredSpread, Nested, Unit,
};

#[test]
fn without_the_prelude() {
    assert_eq!(avsession_codes_ui_tests::FIRST, 101);
    assert_eq!(avsession_codes_ui_tests::COMPOSED_LEN, 6);
    const { assert!(avsession_codes_ui_tests::FOUND) };
    assert_eq!(avsession_codes_ui_tests::FROM_CODE, Some(Composed::Own));
    assert_eq!(Unit::CATALOG.range, Some(100..=199));
    assert_eq!(Unit::First.causes(), ["One cause.", "Another cause."]);
    // `Second` is deprecated: the derive's own uses of it do not warn, this one does.
    #[allow(deprecated)]
    let second = Unit::Second;
    assert_eq!(Unit::from_code(102), Some(second));
    assert!(second.entry().deprecated);
    assert_eq!(
        Unit::First
            .entry()
            .localized("zh-CN")
            .title()
            .map(|t| t.text),
        Some("第一")
    );
    assert_eq!(Unit::First.entry().constants, ["HYGIENE_FIRST"]);
    assert_eq!(Unit::from_code(110), Some(Unit::Tenth));
    assert_eq!(Unit::from_code(103), None);
    assert_eq!(Unit::Third.to_string(), "Third, first case.");
    assert_eq!(Unit::Third.title(), None);
    assert_eq!(Unit::Third.entry().cases[1].title, "2. The second case");
    assert_eq!(
        Unit::Third.entry().localized("zh-CN").cases().cases[0].title,
        "1. 第一种情况"
    );
    assert!(avsession_codes_ui_tests::VARIANTS.eq(Unit::ALL.iter().copied()));
    assert_eq!(
        Composed::from_code(-1),
        Some(Composed::Nested {
            inner: Nested::Negative
        })
    );
    let format = Data::Format {
        what: "x",
        source: std::fmt::Error,
    };
    assert_eq!(
        format.to_string(),
        "formatting x failed: an error occurred when formatting an argument"
    );
    assert!(format.source().is_some());
    assert_eq!(Data::Tuple(1, "a").to_string(), "tuple 1 of \"a\"");
    assert_eq!(Data::Plain { detail: 0 }.to_string(), "Plain.");
    let generic: Generic<'_, u8, 1> = Generic::Value { value: 3 };
    assert_eq!(generic.to_string(), "value 3");
    assert_eq!(Manual::Only.to_string(), "[501] Manual.");
    assert_eq!(avsession_codes_ui_tests::MIRRORED, Some(602));
    assert_eq!(Mirrored::from_code(601), Some(Mirrored::SixHundredOne));
    assert_eq!(Mirrored::from_code(603), None);
    assert_eq!(
        Mirrored::SixHundredTwo as i32,
        Mirrored::SixHundredTwo.code()
    );
    assert_eq!(avsession_codes_ui_tests::SPREAD, "One thousand.");
    for variant in MirroredSpread::ALL {
        assert_eq!(variant.entry().code, variant.code());
        assert_eq!(variant.entry().code, *variant as i32);
        assert_eq!(variant.message(), variant.entry().message);
        assert_eq!(MirroredSpread::from_code(variant.code()), Some(*variant));
    }
}

#[test]
fn under_another_name() {
    assert_eq!(renamed::Renamed::Two.code(), 2);
    assert_eq!(renamed::Composed::ENTRIES.len(), 3);
    assert_eq!(
        renamed::FROM_CODE,
        Some(renamed::Composed::Renamed(renamed::Renamed::Two))
    );
    let failed = renamed::ThroughModule::Failed {
        what: "w",
        source: std::fmt::Error,
    };
    assert!(failed.to_string().starts_with("w failed: "));
    assert_eq!(renamed::Manual::Only.to_string(), "Manual.");
    assert_eq!(renamed::Renamed::CATALOG.name, "Renamed");
}
