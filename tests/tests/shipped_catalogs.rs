//! Every shipped catalog is what `avsession-codes import` prints from its page, with the
//! options `avsession-codes/src/catalogs/imports.tsv` gives, and says what its page says.
//!
//! After a page changes: `AVSESSION_CODES_REGENERATE=1 cargo test -p avsession-codes-tests
//! --test shipped_catalogs` rewrites the modules; read the diff before committing it.

use std::path::{Path, PathBuf};

use avsession_codes::page::{diff, import, Constants, ImportOptions, Page};
use avsession_codes::{render_markdown, render_page, Catalog, CATALOGS};

struct Import {
    module: PathBuf,
    page: PathBuf,
    options: ImportOptions,
}

fn imports() -> Vec<Import> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let catalogs = root.join("../avsession-codes/src/catalogs");
    let fixtures = root.join("fixtures");
    let table = std::fs::read_to_string(catalogs.join("imports.tsv")).unwrap();
    let given = |field: &str| (field != "-").then(|| field.to_owned());
    table
        .lines()
        .filter(|line| !line.starts_with('#') && !line.starts_with("module\t"))
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let [module, page, enum_name, name, constants, translations, lock] = fields[..] else {
                panic!("imports.tsv: seven fields expected: {line}");
            };
            let mut options = ImportOptions::default();
            options.enum_name = given(enum_name);
            options.name = given(name);
            for table in given(constants).iter().flat_map(|t| t.split(';')) {
                let text = std::fs::read_to_string(root.join("..").join(table)).unwrap();
                options
                    .constants
                    .extend(Constants::parse_tsv(&text).unwrap());
            }
            for pair in given(translations).iter().flat_map(|t| t.split(';')) {
                let (tag, path) = pair.split_once('=').expect("TAG=PAGE");
                let text = std::fs::read_to_string(fixtures.join(path)).unwrap();
                let page = Page::parse(&text).unwrap();
                options.translations.push((tag.to_owned(), page));
            }
            if let Some(lock) = given(lock) {
                let text =
                    std::fs::read_to_string(root.join("../avsession-codes").join(&lock)).ok();
                options.lock = Some((lock, text));
            }
            Import {
                module: catalogs.join(module),
                page: fixtures.join(page),
                options,
            }
        })
        .collect()
}

#[test]
fn every_shipped_module_is_what_import_prints() {
    let regenerate = std::env::var_os("AVSESSION_CODES_REGENERATE").is_some();
    let imports = imports();
    assert!(imports.len() > 2, "imports.tsv lists the shipped catalogs");
    for Import {
        module,
        page,
        options,
    } in &imports
    {
        let text = std::fs::read_to_string(page).unwrap();
        let imported = import(&Page::parse(&text).unwrap(), options).unwrap();
        let shipped = std::fs::read_to_string(module).unwrap_or_default();
        if regenerate {
            std::fs::write(module, &imported.source).unwrap();
        } else {
            assert!(
                shipped == imported.source,
                "{} is not what `import` prints from {}: regenerate it \
                 (AVSESSION_CODES_REGENERATE=1, see this file's docs)",
                module.display(),
                page.display()
            );
        }
    }
}

/// The shipped catalog a page was imported into: the one with its title (two kits may
/// document one code: UI context's and drag event's 190001).
fn catalog_of(page: &Page) -> &'static Catalog {
    avsession_codes_tests::catalog_of_page(page)
}

#[test]
fn every_shipped_catalog_says_what_its_page_says() {
    for Import { page, .. } in imports() {
        let text = std::fs::read_to_string(&page).unwrap();
        let parsed = Page::parse(&text).unwrap();
        let catalog = catalog_of(&parsed);
        let differences = diff(catalog, &parsed);
        assert!(
            differences.is_empty(),
            "{}: {differences:#?}",
            page.display()
        );
        assert_eq!(catalog.entries.len(), parsed.sections().len());
        // In the page's own layout, the page comes back byte for byte.
        let mut rendered = String::new();
        render_page(catalog, &mut rendered).unwrap();
        assert!(
            rendered == text,
            "render_page of {} is not its page",
            catalog.name
        );
        // In the regular layout, it parses to a page without differences either.
        let mut regular = String::new();
        render_markdown(catalog, &mut regular).unwrap();
        let reparsed = Page::parse(&regular).unwrap();
        assert!(
            diff(catalog, &reparsed).is_empty(),
            "{}: {:#?}",
            catalog.name,
            diff(catalog, &reparsed)
        );
    }
}

#[test]
fn explain_knows_every_code_of_every_kit() {
    for Import { page, .. } in imports() {
        let text = std::fs::read_to_string(&page).unwrap();
        for section in Page::parse(&text).unwrap().sections() {
            assert!(
                CATALOGS.iter().any(|c| c.contains(section.code())),
                "{}: {}",
                page.display(),
                section.code()
            );
        }
    }
}
