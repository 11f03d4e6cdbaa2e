//! Translations: the shipped zh-CN texts equal their pages where the codes meet, the Chinese
//! AVSession page comes back byte for byte, tags reach locales along their fallback chain, and
//! a partial locale falls back to English for the codes it lacks.

use std::path::Path;

use avsession_codes::locale::{is_valid_tag, ENGLISH};
use avsession_codes::page::{diff, DifferenceKind, Page};
use avsession_codes::{
    render_markdown_in, render_page_in, AVSessionError, UniversalError, CATALOGS,
};
use avsession_codes_tests::fixture;

#[test]
fn every_shipped_translation_equals_its_page_where_the_codes_meet() {
    // Every translated page `imports.tsv` names.
    let imports =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../avsession-codes/src/catalogs/imports.tsv");
    let pages: Vec<String> = std::fs::read_to_string(imports)
        .unwrap()
        .lines()
        .filter_map(|line| {
            line.split('\t')
                .nth(5)?
                .strip_prefix("zh-CN=")
                .map(str::to_owned)
        })
        .collect();
    let translated = CATALOGS
        .iter()
        .filter(|catalog| catalog.locale("zh-CN").is_some())
        .count();
    assert_eq!(pages.len(), translated);
    let mut byte_for_byte = 0;
    for name in pages {
        let page = Page::parse(&fixture(&name)).unwrap();
        assert_eq!(page.language().tag(), "zh-CN");
        let catalog = avsession_codes_tests::catalog_of_page(&page);
        assert!(
            catalog.locale("zh-CN").is_some(),
            "{name}: {} has zh-CN",
            catalog.name
        );
        // Only the codes the Chinese page has and the English one has not (another revision)
        // differ: the catalog cannot hold a code without its English text.
        let differences = diff(catalog, &page);
        let other: Vec<String> = differences
            .iter()
            .filter(|d| d.kind() != DifferenceKind::OnlyOnPage)
            .map(ToString::to_string)
            .collect();
        assert!(other.is_empty(), "{name}: {other:#?}");
        // Where both pages hold the same codes, the Chinese page comes back byte for byte.
        if differences.is_empty() && !catalog.locale("zh-CN").unwrap().partial {
            let mut rendered = String::new();
            render_page_in(catalog, "zh-CN", &mut rendered).unwrap();
            assert!(rendered == page.to_string(), "{name} does not come back");
            byte_for_byte += 1;
        }
    }
    assert!(byte_for_byte >= 2, "{byte_for_byte}");
}

#[test]
fn the_chinese_avsession_page_comes_back_byte_for_byte() {
    let expected = fixture("zh-cn/errorcode-avsession.md");
    let mut page = String::new();
    render_page_in(AVSessionError::CATALOG, "zh-CN", &mut page).unwrap();
    assert!(
        page == expected,
        "render_page_in(zh-CN) is not the zh-cn page"
    );
    // In the regular layout, in Chinese: its labels and note, and it parses back to the same
    // translations.
    let mut regular = String::new();
    render_markdown_in(AVSessionError::CATALOG, "zh-CN", &mut regular).unwrap();
    assert!(regular.contains("\n> **说明：**\n>\n"));
    assert!(regular.contains("\n**错误信息**\n\nSession service exception.\n\n**错误描述**\n"));
    assert!(diff(AVSessionError::CATALOG, &Page::parse(&regular).unwrap()).is_empty());
}

#[test]
fn tags_reach_zh_cn_along_their_fallback_chain() {
    let entry = AVSessionError::SessionServiceException.entry();
    for tag in [
        "zh-CN",
        "zh-cn",
        "ZH-CN",
        "zh_CN",
        "zh_CN.UTF-8",
        "zh_CN.utf8@pinyin",
        "zh-Hans-CN",
        "zh-Hans",
        "zh",
        "zh-SG",
    ] {
        assert_eq!(entry.localized(tag).locale(), "zh-CN", "{tag}");
        assert_eq!(
            entry.localized(tag).title().unwrap().text,
            "会话服务端异常",
            "{tag}"
        );
    }
    // Traditional Chinese is not Simplified: English, as for any tag no locale fits.
    for tag in [
        "zh-TW",
        "zh-HK",
        "zh-Hant",
        "zh-Hant-TW",
        "fr",
        "fr-FR",
        "en",
        "en-US",
        "C",
        "POSIX",
        "C.UTF-8",
    ] {
        assert_eq!(entry.localized(tag).locale(), ENGLISH, "{tag}");
        assert_eq!(
            entry.localized(tag).title().unwrap().text,
            "Session Service Exception",
            "{tag}"
        );
    }
    for tag in [
        "zh-CN",
        "zh_CN.UTF-8",
        "C",
        "POSIX",
        "en",
        "sr-Latn-RS",
        "es-419",
    ] {
        assert!(is_valid_tag(tag), "{tag}");
    }
    for tag in ["", "zh CN", "z", "zh--CN", "中文", "zh-CN-toolongsubtag"] {
        assert!(!is_valid_tag(tag), "{tag}");
    }
}

#[test]
fn texts_fall_back_to_english_field_by_field() {
    let zh = AVSessionError::SessionServiceException
        .entry()
        .localized("zh-CN");
    // The zh-cn page keeps the English message, the one the system returns.
    assert_eq!(
        (zh.message().text, zh.message().locale),
        ("Session service exception.", "en")
    );
    assert_eq!(zh.description().unwrap().locale, "zh-CN");
    assert_eq!(zh.solutions().texts.len(), 2);
    assert_eq!(zh.solutions().locale, "zh-CN");
    // Display stays English in every locale.
    assert_eq!(
        AVSessionError::SessionServiceException.to_string(),
        "Session service exception."
    );
}

#[test]
fn a_partial_locale_leaves_codes_in_english() {
    // The zh-cn universal page is another revision: it has 501 and 803, which the English
    // page has not, so zh-CN is partial there; AVSession's two pages have the same codes.
    let universal = UniversalError::CATALOG.locale("zh-CN").unwrap();
    assert!(universal.partial);
    assert!(!AVSessionError::CATALOG.locale("zh-CN").unwrap().partial);
    // The account kit's zh-cn page lacks 12300017..12300019: those stay English.
    let account = CATALOGS.iter().find(|c| c.contains(12300017)).unwrap();
    assert!(account.locale("zh-CN").unwrap().partial);
    let entry = account.lookup(12300017).unwrap();
    assert!(entry.translations.is_empty());
    assert_eq!(entry.localized("zh-CN").locale(), ENGLISH);
    assert_eq!(entry.localized("zh-CN").title().unwrap().locale, ENGLISH);
    let translated = account.lookup(12300001).unwrap();
    assert_eq!(translated.localized("zh-CN").locale(), "zh-CN");
}
