//! `UniversalError` says exactly what its source page says.

use avsession_codes::page::{diff, Page};
use avsession_codes::{render_page, UniversalError};

const UNIVERSAL: &str = include_str!("../fixtures/errorcode-universal.md");

#[test]
fn universal_renders_its_page_byte_for_byte() {
    let mut rendered = String::new();
    render_page(UniversalError::CATALOG, &mut rendered).unwrap();
    assert!(rendered == UNIVERSAL, "{rendered}");
    assert!(diff(UniversalError::CATALOG, &Page::parse(UNIVERSAL).unwrap()).is_empty());
}

#[test]
fn universal_codes_and_texts() {
    let codes: Vec<i32> = UniversalError::ALL
        .iter()
        .map(UniversalError::code)
        .collect();
    assert_eq!(codes, [201, 202, 203, 204, 401, 801]);
    for entry in UniversalError::ENTRIES {
        let heading = format!("## {} {}\n", entry.code, entry.title.unwrap());
        let at = UNIVERSAL.find(&heading).expect("section in the page");
        let section = &UNIVERSAL[at..];
        let section = &section[..section[3..].find("\n## ").map_or(section.len(), |n| n + 3)];
        assert!(section.contains(&format!("**Error Message**\n\n{}\n", entry.message)));
        assert!(section.contains(&format!(
            "**Description**\n\n{}\n",
            entry.description.unwrap()
        )));
        for (n, cause) in entry.causes.iter().enumerate() {
            let numbered = format!("{}. {cause}", n + 1);
            assert!(
                section.contains(cause) && (entry.causes.len() == 1 || section.contains(&numbered))
            );
        }
        for (n, step) in entry.solutions.iter().enumerate() {
            let numbered = format!("{}. {step}", n + 1);
            assert!(
                section.contains(step)
                    && (entry.solutions.len() == 1 || section.contains(&numbered))
            );
        }
    }
}

#[test]
fn universal_204_is_system_only_and_keeps_its_lists() {
    let entry = UniversalError::AccessDeniedByUserAccessControlPolicy.entry();
    assert!(entry.system_api);
    assert_eq!(entry.causes.len(), 2);
    assert_eq!(entry.solutions.len(), 3);
    assert!(entry
        .message
        .contains("\n1. The operation is prohibited by OS-account constraints.\n2. "));
    let others = UniversalError::ENTRIES
        .iter()
        .filter(|e| e.system_api)
        .count();
    assert_eq!(others, 1);
    assert_eq!(UniversalError::ParameterCheckFailed.causes().len(), 6);
}
