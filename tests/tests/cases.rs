//! Cases: a code's scenarios as data (the location kit's 3301200, four in English and five in
//! Chinese), found by the message the system returned, rendered, searched and diffed; and
//! codes whose heading has no title.

use avsession_codes::kits::LocationKitError;
use avsession_codes::page::{diff, import, DifferenceKind, ImportOptions, Page};
use avsession_codes::{render_markdown, render_page, render_page_in};
use avsession_codes_tests::fixture;

const NETWORK: &str = "The network locating is failed because the network cannot be accessed.";

#[test]
fn a_code_split_into_cases_shows_its_first_cases_message() {
    let error = LocationKitError::FailedToObtainPositioningResult;
    let entry = error.entry();
    assert!(entry.message_from_case);
    assert_eq!(error.to_string(), NETWORK);
    assert_eq!(entry.cases.len(), 4);
    assert_eq!(
        entry.cases[3].title,
        "4. Location failed due to other reasons."
    );
    assert_eq!(
        entry.cases[3].solutions,
        [
            "Move to an open area and initiate positioning again.",
            "Enable automatic setting on the **Time & Date** page."
        ]
    );
    // A code with a message of its own keeps it.
    assert!(
        !LocationKitError::QueryFailedDuringReverseGeocoding
            .entry()
            .message_from_case
    );
}

#[test]
fn the_message_the_system_returned_finds_the_case() {
    let (entry, case) = LocationKitError::CATALOG
        .lookup_case(3301200, " The system does not have a cache location.\n")
        .unwrap();
    assert_eq!(entry.code, 3301200);
    assert_eq!(
        case.unwrap().title,
        "3. Unable to obtain the cached location."
    );
    let (_, none) = LocationKitError::CATALOG
        .lookup_case(3301200, "Some other message.")
        .unwrap();
    assert_eq!(none, None);
    assert!(LocationKitError::CATALOG.lookup_case(1, NETWORK).is_none());
}

#[test]
fn cases_are_translated_as_their_page_gives_them() {
    let entry = LocationKitError::FailedToObtainPositioningResult.entry();
    let zh = entry.localized("zh-CN");
    let cases = zh.cases();
    assert_eq!((cases.locale, cases.cases.len()), ("zh-CN", 5));
    assert_eq!(cases.cases[4].title, "5. 其他原因导致定位失败");
    assert_eq!(zh.message().text, NETWORK);
    // English where the translation gives no cases.
    assert_eq!(entry.localized("fr").cases().cases.len(), 4);
}

#[test]
fn the_regular_layout_renders_each_case() {
    let mut page = String::new();
    render_markdown(LocationKitError::CATALOG, &mut page).unwrap();
    let section = page
        .split("\n## ")
        .find(|s| s.starts_with("3301200 "))
        .unwrap();
    assert!(
        section.starts_with(&format!(
            "3301200 Failed to Obtain the Positioning Result\n\n### 1. The positioning fails due to network unavailability.\n\n**Error Message**\n\n{NETWORK}\n"
        )),
        "{section}"
    );
    assert_eq!(section.matches("\n### ").count(), 4);
    // The code's own `Error Message` block is not written: it has none.
    assert_eq!(section.matches("**Error Message**").count(), 4);
    // The regular page reads back with the same cases.
    let reread = Page::parse(&page).unwrap();
    let cases = reread.section(3301200).unwrap().subsections();
    assert_eq!(cases.len(), 4);
    assert_eq!(cases[0].message().as_deref(), Some(NETWORK));
}

#[test]
fn the_pages_come_back_byte_for_byte_with_cases_as_data() {
    for (tag, name) in [
        ("en", "pages/en/errorcode-geoLocationManager.md"),
        ("zh-CN", "pages/zh-cn/errorcode-geoLocationManager.md"),
    ] {
        let mut page = String::new();
        render_page_in(LocationKitError::CATALOG, tag, &mut page).unwrap();
        assert_eq!(page, fixture(name), "{tag}");
        assert!(diff(LocationKitError::CATALOG, &Page::parse(&page).unwrap()).is_empty());
    }
    let mut page = String::new();
    render_page(LocationKitError::CATALOG, &mut page).unwrap();
    // No text of a case lives only in a layout: each layout holds placeholders, not texts.
    let index = LocationKitError::ENTRIES
        .iter()
        .position(|e| e.code == 3301200)
        .unwrap();
    let (_, layout) = LocationKitError::CATALOG
        .layouts
        .iter()
        .find(|(at, _)| *at == index)
        .unwrap();
    assert!(!layout.contains(NETWORK));
    assert!(!layout.contains("cached location"));
}

#[test]
fn diff_compares_cases_field_by_field() {
    let changed = fixture("pages/en/errorcode-geoLocationManager.md").replace(
        "\nThe system does not have a cache location.\n",
        "\nNo cached location.\n",
    );
    let found = diff(LocationKitError::CATALOG, &Page::parse(&changed).unwrap());
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].field(), "case 3 message");
    assert_eq!(found[0].kind(), DifferenceKind::Changed);
    assert_eq!(found[0].page_text(), Some("No cached location."));

    let dropped = fixture("pages/en/errorcode-geoLocationManager.md")
        .replace("### 4. Location failed due to other reasons.", "**Note**");
    let found = diff(LocationKitError::CATALOG, &Page::parse(&dropped).unwrap());
    assert!(
        found.iter().any(|d| d.field() == "case 4 title"),
        "{found:#?}"
    );
}

#[test]
fn a_code_without_a_title_has_none_and_is_named_from_its_message() {
    let text =
        "# Kernel Error Codes\n\n## 2900001\n\n**Error Message**\n\nOperation not permitted.\n\n\
                ## 2900002\n\n**Error Message**\n\nNo such file or directory.\n";
    let page = Page::parse(text).unwrap();
    let module = import(&page, &ImportOptions::default()).unwrap();
    assert!(!module.source.contains("title = \"\""), "{}", module.source);
    assert!(module.source.contains(
        "    #[code(2900001, message = \"Operation not permitted.\")]\n    OperationNotPermitted,\n"
    ));
    assert!(module.source.contains("    NoSuchFileOrDirectory,\n"));
    assert!(module.warnings.is_empty(), "{:#?}", module.warnings);
}
