//! `page::import` and `page::diff`: what a page becomes, what import warns about, and the drift
//! a changed page shows.

use avsession_codes::kits::WindowError;
use avsession_codes::page::{diff, import, DifferenceKind, ImportOptions, Page};
use avsession_codes::AVSessionError;
use avsession_codes_tests::fixture;

fn imported(name: &str) -> avsession_codes::page::Imported {
    import(
        &Page::parse(&fixture(name)).unwrap(),
        &ImportOptions::default(),
    )
    .unwrap()
}

#[test]
fn names_come_from_the_titles() {
    let page = Page::parse("# Audio Error Codes\n\n## 6800101 Invalid Parameter\n\n**Error Message**\n\nInvalid parameter.\n").unwrap();
    let module = import(&page, &ImportOptions::default()).unwrap();
    assert_eq!(module.enum_name, "AudioError");
    assert!(module.source.contains("pub enum AudioError {\n"));
    assert!(module.source.contains(
        "#[catalog(name = \"Audio\", title = \"Audio Error Codes\", range = 6800000..=6899999)]\n"
    ));
    assert!(module.source.contains("    #[code(6800101, title = \"Invalid Parameter\", message = \"Invalid parameter.\")]\n    InvalidParameter,\n"));
    assert!(module.warnings.is_empty());

    // Articles dropped, acronyms as words, markup left out, each name unique.
    let window = imported("pages/en/errorcode-window.md").source;
    assert!(window.contains("    WindowNullPointerException,\n"));
    let telephony = imported("pages/en/errorcode-telephony.md").source;
    let mut names: Vec<&str> = telephony
        .lines()
        .filter_map(|l| l.strip_prefix("    ")?.strip_suffix(','))
        .filter(|name| name.chars().all(|c| c.is_ascii_alphanumeric()))
        .collect();
    let count = names.len();
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), count, "unique variant names");
}

#[test]
fn a_page_that_gives_no_name_needs_enum() {
    let page =
        Page::parse("# 音频错误码\n\n## 6800101 无效参数\n\n**错误信息**\n\nInvalid parameter.\n")
            .unwrap();
    let err = import(&page, &ImportOptions::default()).unwrap_err();
    assert!(
        err.to_string().contains("name the enum with `--enum NAME`"),
        "{err}"
    );
    let mut options = ImportOptions::default();
    options.enum_name = Some("Audio Error".to_owned());
    let err = import(&page, &options).unwrap_err();
    assert!(
        err.to_string().contains("is not a Rust identifier"),
        "{err}"
    );
    options.enum_name = Some("AudioError".to_owned());
    let module = import(&page, &options).unwrap();
    // A title without ASCII words names its variant by the code.
    assert!(module.source.contains("    Code6800101,\n"));
}

#[test]
fn deprecated_codes_are_deprecated_variants() {
    let window = imported("pages/en/errorcode-window.md").source;
    assert_eq!(window.matches("    #[deprecated = ").count(), 6);
    #[allow(deprecated)]
    let entry = WindowError::WindowNullPointerException.entry();
    assert!(entry.deprecated);
    assert_eq!(entry.code, 1001);
    assert!(!WindowError::lookup(1300001).unwrap().deprecated);
}

#[test]
fn import_warns_for_each_place_only_the_layout_holds() {
    let files = imported("pages/en/errorcode-filemanagement.md");
    let groups: Vec<usize> = files
        .warnings
        .iter()
        .filter(|w| w.message.starts_with("the group heading"))
        .map(|w| w.line)
        .collect();
    assert_eq!(groups.len(), 5, "{:#?}", files.warnings);
    assert!(files
        .warnings
        .iter()
        .any(|w| w.message.starts_with("an introduction paragraph")));

    // A code's subsections are its cases: data, not layout, so nothing to warn about.
    let geo = imported("pages/en/errorcode-geoLocationManager.md");
    assert!(geo.warnings.is_empty(), "{:#?}", geo.warnings);
    assert_eq!(geo.source.matches("    #[case(\n").count(), 4);

    let paste = imported("pages/en/errorcode-pasteboard.md");
    assert_eq!(
        paste
            .warnings
            .iter()
            .filter(|w| w.message.contains("a paragraph before the labels"))
            .count(),
        4
    );
    // A regular page has nothing to warn about.
    assert!(imported("pages/en/errorcode-sensor.md").warnings.is_empty());
}

#[test]
fn drift_a_changed_message() {
    let page = fixture("errorcode-avsession-current.md").replace(
        "\nSession service exception.\n",
        "\nThe session service is not available.\n",
    );
    let found = diff(AVSessionError::CATALOG, &Page::parse(&page).unwrap());
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].code(), found[0].kind(), found[0].field()),
        (6600101, DifferenceKind::Changed, "message")
    );
    assert_eq!(
        found[0].page_text(),
        Some("The session service is not available.")
    );
    assert_eq!(found[0].catalog_text(), Some("Session service exception."));
    assert_eq!(
        found[0].to_string(),
        "6600101 message: changed: the page says \"The session service is not available.\", \
         the catalog says \"Session service exception.\""
    );
}

#[test]
fn drift_a_removed_section_and_an_added_code() {
    let page = fixture("errorcode-avsession-current.md");
    let start = page.find("## 6600103 ").unwrap();
    let end = page.find("<!--Del-->\n## 6600104").unwrap();
    let mut changed = format!("{}{}", &page[..start], &page[end..]);
    changed.push_str("\n## 6699999 A New Code\n\n**Error Message**\n\nSomething new.\n");
    let found = diff(AVSessionError::CATALOG, &Page::parse(&changed).unwrap());
    let kinds: Vec<(i32, DifferenceKind)> = found.iter().map(|d| (d.code(), d.kind())).collect();
    assert_eq!(
        kinds,
        [
            (6699999, DifferenceKind::OnlyOnPage),
            (6600103, DifferenceKind::OnlyInCatalog)
        ]
    );
    assert!(found[0]
        .to_string()
        .starts_with("6699999 code: only on the page: the page says \"A New Code\""));
}

#[test]
fn drift_a_changed_step_and_a_system_api() {
    let page = fixture("errorcode-avsession-current.md")
        .replace(
            "2. Destroy the current session or session controller",
            "2. Remove the current session or session controller",
        )
        .replacen("<!--Del-->\n## 6600108", "## 6600108", 1);
    let found = diff(AVSessionError::CATALOG, &Page::parse(&page).unwrap());
    let fields: Vec<String> = found
        .iter()
        .map(|d| format!("{} {}", d.code(), d.field()))
        .collect();
    assert_eq!(fields, ["6600101 solution 2", "6600108 system_api"]);
    assert!(found.iter().all(|d| d.kind() == DifferenceKind::Changed));
}

#[test]
fn a_translated_page_is_compared_with_what_the_translation_says() {
    // The zh-cn page gives 6600101 no description, and neither does the translation: no
    // difference, though the English entry has one.
    let page = fixture("zh-cn/errorcode-avsession.md");
    let start = page.find("## 6600101").unwrap();
    let section_end = start + page[start..].find("\n## ").unwrap();
    let section = &page[start..section_end];
    let description = section.find("**错误描述**").unwrap();
    let causes = section.find("**可能原因**").unwrap();
    let without = format!(
        "{}{}{}",
        &page[..start + description],
        &section[causes..],
        &page[section_end..]
    );
    let found = diff(AVSessionError::CATALOG, &Page::parse(&without).unwrap());
    assert!(
        found
            .iter()
            .all(|d| d.code() != 6600101 || d.field() == "description"),
        "{found:#?}"
    );
    // The translation has a description, the page has none: that is a difference.
    assert!(AVSessionError::SessionServiceException
        .entry()
        .localized("zh-CN")
        .translation()
        .unwrap()
        .description
        .is_some());
    assert_eq!(
        found.iter().filter(|d| d.code() == 6600101).count(),
        1,
        "{found:#?}"
    );

    // A label with a full-width colon and a leading space is a label.
    let colon = page.replacen("**可能原因**", " **可能原因：**", 1);
    assert!(diff(AVSessionError::CATALOG, &Page::parse(&colon).unwrap()).is_empty());
}

#[test]
fn a_field_neither_the_translated_page_nor_the_translation_has_is_no_difference() {
    use avsession_codes::ErrorCatalog;

    #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
    #[catalog(name = "Demo", locales = ["zh-CN"])]
    enum Demo {
        #[code(
            2900001,
            title = "Failed",
            message = "Failed.",
            description = "It failed.",
            solution = "Retry."
        )]
        #[translation("zh-CN", title = "失败")]
        Failed,
    }

    let zh = "# 演示错误码\n\n## 2900001 失败\n\n**错误信息**\n\nFailed.\n";
    assert!(diff(Demo::CATALOG, &Page::parse(zh).unwrap()).is_empty());
    // Where the page has the field, the catalog's text in that language is compared: here
    // the English fallback.
    let with = format!("{zh}\n**处理步骤**\n\n请重试。\n");
    let found = diff(Demo::CATALOG, &Page::parse(&with).unwrap());
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].field(), "solution 1");
    assert_eq!(found[0].catalog_text(), Some("Retry."));
}
