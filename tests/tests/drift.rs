//! The drift test a catalog's crate keeps: `in_step` and `assert_in_step` pass where a catalog
//! says what its page says, in English and in a (partial) translation, and otherwise name every
//! difference, one line each.

use std::panic;

use avsession_codes::kits::AbilityError;
use avsession_codes::page::{assert_in_step, in_step, Drift};
use avsession_codes::AVSessionError;
use avsession_codes_tests::fixture;

#[test]
fn a_catalog_is_in_step_with_its_pages_in_each_language() {
    assert_in_step(
        AVSessionError::CATALOG,
        &fixture("errorcode-avsession-current.md"),
    );
    assert_in_step(
        AVSessionError::CATALOG,
        &fixture("zh-cn/errorcode-avsession.md"),
    );
    // zh-CN is partial in the ability kit: its Chinese page lacks codes the English one has.
    let english = fixture("pages/en/errorcode-ability.md");
    let chinese = fixture("pages/zh-cn/errorcode-ability.md");
    let count = |page: &str| page.lines().filter(|l| l.starts_with("## ")).count();
    assert_ne!(count(&english), count(&chinese));
    assert!(AbilityError::CATALOG.locales[0].partial);
    assert_in_step(AbilityError::CATALOG, &english);
    assert_in_step(AbilityError::CATALOG, &chinese);
}

#[test]
fn drift_names_every_difference_one_line_each() {
    let page = fixture("errorcode-avsession-current.md")
        .replace("Session service exception.", "The session service failed.")
        .replace("## 6600102 ", "## 6600199 ");
    let drift = in_step(AVSessionError::CATALOG, &page).unwrap_err();
    let Drift::Differences {
        catalog,
        language,
        ref differences,
    } = drift
    else {
        panic!("the page reads: {drift}");
    };
    assert_eq!((catalog, language), ("AVSession", "en"));
    let text = drift.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        format!(
            "the AVSession catalog and its en page differ in {} places:",
            differences.len()
        )
    );
    assert!(lines.contains(&"  6600101 message: changed: the page says \"The session service failed.\", the catalog says \"Session service exception.\""), "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("  6600199 code: only on the page")),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("  6600102 code: only in the catalog")),
        "{text}"
    );
    // One line per difference, then how to take the page's texts.
    assert_eq!(lines.len(), differences.len() + 2);
    assert!(lines
        .last()
        .unwrap()
        .contains("avsession-codes import PAGE -o FILE"));
    // `Debug` (what `unwrap` and a test's `Err` print) is the same lines.
    assert_eq!(format!("{drift:?}"), text);

    // The assertion panics with the same lines, at the caller.
    let panicked = panic::catch_unwind(|| assert_in_step(AVSessionError::CATALOG, &page));
    let payload = panicked.unwrap_err();
    let message = payload.downcast_ref::<String>().unwrap();
    assert_eq!(*message, text);
}

#[test]
fn a_page_that_cannot_be_read_says_where() {
    let drift = in_step(AVSessionError::CATALOG, "no heading here\n").unwrap_err();
    assert!(matches!(drift, Drift::Page(_)));
    assert!(drift.differences().is_empty());
    assert!(
        drift.to_string().starts_with("the page cannot be read: "),
        "{drift}"
    );
}
