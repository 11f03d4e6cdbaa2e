//! A page whose codes are the rows of a table (`| Error Code | Name | Description |`): read,
//! imported as a catalog (the name as the C constant, the description as the message),
//! rendered back byte for byte in English and Chinese, and diffed.

use avsession_codes::page::{diff, import, DifferenceKind, ImportOptions, Page};
use avsession_codes::{render_page, render_page_in};
use avsession_codes_tests::demo_kernel::DemoKernelError;
use avsession_codes_tests::fixture;

const EN: &str = "tables/errorcode-demo-kernel.md";
const ZH: &str = "tables/errorcode-demo-kernel.zh-cn.md";

fn options() -> ImportOptions {
    let mut options = ImportOptions::default();
    options
        .translations
        .push(("zh-CN".to_owned(), Page::parse(&fixture(ZH)).unwrap()));
    options
}

#[test]
fn the_rows_of_a_code_table_are_its_codes() {
    let page = Page::parse(&fixture(EN)).unwrap();
    assert!(page.sections().is_empty());
    let rows = page.rows();
    assert_eq!(rows.len(), 5);
    assert_eq!(
        (
            rows[0].code(),
            rows[0].name(),
            rows[0].description(),
            rows[0].line()
        ),
        (1, Some("EPERM"), Some("Operation not permitted."), 9)
    );
    // Cells without spaces around them, and an escaped pipe inside one.
    assert_eq!(rows[3].name(), Some("EREMOTEIO"));
    assert_eq!(rows[4].description(), Some("Remote I/O error \\| again."));
    assert_eq!(page.to_string(), fixture(EN));
    // The Chinese header names nothing the reader knows: the cells tell the columns.
    let zh = Page::parse(&fixture(ZH)).unwrap();
    assert_eq!(zh.rows()[1].description(), Some("没有这个文件或目录。"));
}

#[test]
fn a_code_twice_in_a_table_is_an_error_naming_both_lines() {
    let err =
        Page::parse("# Codes\n\n| Code | Name |\n|---|---|\n| 1 | A |\n| 1 | B |\n").unwrap_err();
    assert_eq!(err.line(), 6);
    assert_eq!(
        err.kind(),
        avsession_codes::page::PageErrorKind::DuplicateCode { first_line: 5 }
    );
}

#[test]
fn the_shipped_module_is_what_import_prints() {
    let imported = import(&Page::parse(&fixture(EN)).unwrap(), &options()).unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/demo_kernel.rs");
    if std::env::var_os("AVSESSION_CODES_REGENERATE").is_some() {
        std::fs::write(path, &imported.source).unwrap();
    }
    assert_eq!(std::fs::read_to_string(path).unwrap(), imported.source);
    // The constant and the message come from the row; a row shaped like most is written once,
    // as the catalog's section layout.
    assert!(imported
        .source
        .contains("section = \"| {code} | {constant} | {message} |\\n\""));
    assert_eq!(imported.source.matches("layout = \"|{code}|").count(), 2);
}

#[test]
fn the_catalog_renders_both_pages_byte_for_byte_and_has_no_drift() {
    assert_eq!(DemoKernelError::Eperm.entry().constants, ["EPERM"]);
    assert_eq!(
        DemoKernelError::Eperm.to_string(),
        "Operation not permitted."
    );
    assert_eq!(DemoKernelError::Eperm.title(), None);
    let mut en = String::new();
    render_page(DemoKernelError::CATALOG, &mut en).unwrap();
    assert_eq!(en, fixture(EN));
    let mut zh = String::new();
    render_page_in(DemoKernelError::CATALOG, "zh-CN", &mut zh).unwrap();
    assert_eq!(zh, fixture(ZH));
    // 121 is not on the Chinese page, and has no translation (zh-CN is partial): no drift.
    assert!(DemoKernelError::CATALOG.locales[0].partial);
    for page in [EN, ZH] {
        let found = diff(
            DemoKernelError::CATALOG,
            &Page::parse(&fixture(page)).unwrap(),
        );
        assert!(found.is_empty(), "{page}: {found:#?}");
    }
    // A code that has a translation and is gone from the Chinese page is drift.
    let without = fixture(ZH).replace("| 3 | ESRCH | 没有这个进程。 |\n", "");
    let found = diff(DemoKernelError::CATALOG, &Page::parse(&without).unwrap());
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(
        (found[0].code(), found[0].kind()),
        (3, DifferenceKind::OnlyInCatalog)
    );
}

#[test]
fn diff_reports_a_changed_description_and_name() {
    let changed = fixture(EN)
        .replace("No such process.", "No such task.")
        .replace("| 2 | ENOENT |", "| 2 | ENOFILE |");
    let found = diff(DemoKernelError::CATALOG, &Page::parse(&changed).unwrap());
    let fields: Vec<(i32, &str)> = found.iter().map(|d| (d.code(), d.field())).collect();
    assert_eq!(fields, [(2, "constant"), (3, "message")]);
    assert!(found.iter().all(|d| d.kind() == DifferenceKind::Changed));
}
