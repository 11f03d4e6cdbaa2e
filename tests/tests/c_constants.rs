//! The C API's constants tables (`avsession-codes/src/catalogs/constants/`, one per C enum):
//! each says where it was gathered from, reads without error, and every row it says a page
//! documents is an entry of that page's catalog, which carries the constant's name; every
//! kit such a row names imports the table (`imports.tsv`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use avsession_codes::page::{Constants, Meaning};
use avsession_codes::{Catalog, CATALOGS};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every table: its C enum (the file stem) and text.
fn tables() -> Vec<(String, String)> {
    let dir = root().join("avsession-codes/src/catalogs/constants");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            assert_eq!(path.extension().unwrap(), "tsv", "{}", path.display());
            (stem, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// The shipped catalogs' modules (`udmf`, `universal`) and enums, with the tables each imports.
fn modules() -> BTreeMap<String, (String, Vec<String>)> {
    let catalogs = root().join("avsession-codes/src/catalogs");
    let index = std::fs::read_to_string(catalogs.join("kits/mod.rs")).unwrap();
    let imports = std::fs::read_to_string(catalogs.join("imports.tsv")).unwrap();
    let mut out = BTreeMap::new();
    for line in imports
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("module\t"))
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let path = fields[0];
        let stem = path
            .strip_prefix("kits/")
            .unwrap_or(path)
            .strip_suffix(".rs")
            .unwrap();
        let enum_name = index
            .lines()
            .find_map(|l| {
                let (module, name) = l
                    .strip_prefix("pub use ")?
                    .strip_suffix(';')?
                    .split_once("::")?;
                (module == stem).then(|| name.to_owned())
            })
            .unwrap_or_else(|| fields[2].to_owned());
        let tables = fields[4]
            .split(';')
            .filter(|t| *t != "-")
            .filter_map(|t| Some(Path::new(t).file_stem()?.to_string_lossy().into_owned()))
            .collect();
        out.insert(stem.to_owned(), (enum_name, tables));
    }
    out
}

fn catalog(enum_name: &str) -> &'static Catalog {
    CATALOGS
        .iter()
        .copied()
        .find(|c| c.type_name == enum_name)
        .unwrap_or_else(|| panic!("no shipped catalog {enum_name}"))
}

#[test]
fn every_table_names_its_source_and_reads() {
    let tables = tables();
    assert!(tables.len() >= 10, "{} tables", tables.len());
    for (enum_name, text) in &tables {
        let first = text.lines().next().unwrap();
        let prefix = format!("# {enum_name} of the OpenHarmony C API: ");
        let source = first
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("{enum_name}.tsv: the first line is `{prefix}PATH in ...`"));
        let (_, commit) = source
            .split_once(" in openharmony/interface_sdk_c at ")
            .unwrap_or_else(|| panic!("{enum_name}.tsv: no repository and commit"));
        assert!(
            commit.len() == 40 && commit.bytes().all(|b| b.is_ascii_hexdigit()),
            "{enum_name}.tsv: `{commit}` is not a commit"
        );
        assert!(text.ends_with('\n'), "{enum_name}.tsv: no final newline");
        let constants =
            Constants::parse_tsv(text).unwrap_or_else(|e| panic!("{enum_name}.tsv: {e}"));
        let mut names: Vec<&str> = constants.iter().map(|c| c.name.as_str()).collect();
        let count = names.len();
        assert!(count > 0, "{enum_name}.tsv is empty");
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "{enum_name}.tsv names a constant twice");
    }
}

#[test]
fn what_a_table_says_a_page_documents_is_in_its_catalog_with_the_constant() {
    let modules = modules();
    let mut documented = 0;
    for (enum_name, text) in tables() {
        for constant in Constants::parse_tsv(&text).unwrap().iter() {
            let Meaning::Documented(module) = &constant.meaning else {
                continue;
            };
            let module = module.as_deref().unwrap_or_else(|| {
                panic!("{enum_name}.tsv:{}: say `page:<module>`", constant.line)
            });
            let (catalog_enum, imported) = modules.get(module).unwrap_or_else(|| {
                panic!(
                    "{enum_name}.tsv:{}: no shipped module {module}",
                    constant.line
                )
            });
            let catalog = catalog(catalog_enum);
            let entry = catalog.lookup(constant.value).unwrap_or_else(|| {
                panic!(
                    "{enum_name}.tsv:{}: {} is {}, which the {} catalog does not document",
                    constant.line, constant.name, constant.value, catalog.name
                )
            });
            // The universal codes are explained by the universal catalog, whose entries carry
            // AVSession's names only (every kit's 401 would be dozens).
            if module != "universal" {
                assert!(
                    imported.contains(&enum_name),
                    "imports.tsv: kits/{module}.rs does not import {enum_name}.tsv"
                );
                assert!(
                    entry.constants.contains(&constant.name.as_str()),
                    "{}::{} lacks the constant {} ({enum_name}.tsv:{})",
                    catalog.type_name,
                    entry.name,
                    constant.name,
                    constant.line
                );
            }
            documented += 1;
        }
    }
    assert!(documented >= 100, "{documented} documented constants");
}
