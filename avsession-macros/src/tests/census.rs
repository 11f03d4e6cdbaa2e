//! Which lookups each shipped catalog gets: every catalog of `avsession-codes` is read here as
//! the derive reads it, and the derive's own choices are counted. The census is printed (run
//! with `--nocapture`; BENCHMARKS.md, "Which lookups the catalogs need"). Every lookup the
//! derive has must serve a shipped catalog, or be one a binding's enum (codes as
//! discriminants, which no page import writes) takes, which the benchmarks measure.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use quote::{format_ident, quote, ToTokens};

use crate::ast::Input;
use crate::attr;
use crate::error::Accumulator;
use crate::expand::position::lookups;

fn catalog_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../avsession-codes/src/catalogs");
    let mut files = Vec::new();
    for dir in [root.clone(), root.join("kits")] {
        for entry in std::fs::read_dir(&dir).expect("the shipped catalogs") {
            let path = entry.expect("a directory entry").path();
            if path.extension().is_some_and(|ext| ext == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The lookups of one enum, read as the derive reads it; `None` if it has mistakes.
fn lookups_of(item: &syn::DeriveInput) -> Option<[&'static str; 3]> {
    let mut errors = Accumulator::default();
    let catalog = attr::parse_catalog(&item.attrs, &mut errors);
    let input = Input::from_syn(item, &catalog, &mut errors)?;
    errors.finish().ok()?;
    Some(lookups(&input))
}

#[test]
fn every_lookup_serves_a_catalog() {
    let mut census: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut catalogs = 0;
    for file in catalog_files() {
        let text = std::fs::read_to_string(&file).expect("a catalog file");
        let parsed = syn::parse_file(&text).expect("a catalog file parses");
        for item in parsed.items {
            let syn::Item::Enum(item) = item else {
                continue;
            };
            let derives = item.attrs.iter().any(|attr| {
                attr.path().is_ident("derive")
                    && attr.to_token_stream().to_string().contains("ErrorCatalog")
            });
            if !derives {
                continue;
            }
            let input: syn::DeriveInput = syn::parse2(item.to_token_stream()).expect("an enum");
            let found = lookups_of(&input)
                .unwrap_or_else(|| panic!("{} in {} has mistakes", input.ident, file.display()));
            catalogs += 1;
            for lookup in found {
                census
                    .entry(lookup)
                    .or_default()
                    .push(input.ident.to_string());
            }
        }
    }
    println!("{catalogs} shipped catalogs");
    for (lookup, users) in &census {
        println!("{lookup}: {}: {}", users.len(), users.join(", "));
    }
    assert!(
        catalogs > 100,
        "only {catalogs} shipped catalogs were found"
    );
    // Plain enums, as every page import writes them.
    for lookup in [
        "from_code: direct",
        "from_code: by row",
        "position: chain",
        "position: buckets",
        "row: variant index",
    ] {
        assert!(
            census.contains_key(lookup),
            "no shipped catalog uses `{lookup}`"
        );
    }
    // Codes as discriminants, as a binding's C enum has them: the seed codes, a run, take
    // slot tables; codes in 10 clusters (as AVSession's 66 are), the perfect hash; more than 256
    // variants in a few clusters, the cluster search.
    let repr = |codes: &[i32]| -> [&'static str; 3] {
        let variants = codes.iter().enumerate().map(|(i, code)| {
            let name = format_ident!("V{i}");
            let code = proc_macro2::Literal::i32_unsuffixed(*code);
            quote!(#[code(#code, message = "m")] #name = #code,)
        });
        let item = syn::parse2(quote!(#[repr(i32)] enum E { #(#variants)* })).expect("an enum");
        lookups_of(&item).expect("no mistakes")
    };
    assert_eq!(
        repr(&[6_600_101, 6_600_102, 6_600_103]),
        [
            "from_code: match on the code",
            "position: chain",
            "row: slots"
        ]
    );
    let avsession: Vec<i32> = (0..10).map(|i| 6_600_101 + i * 1000).collect();
    assert_eq!(
        repr(&avsession),
        [
            "from_code: match on the code",
            "position: buckets",
            "row: perfect hash"
        ]
    );
    let large: Vec<i32> = (0..300).map(|i| 6_600_000 + i).collect();
    assert_eq!(
        repr(&large),
        ["from_code: by row", "position: chain", "row: position"]
    );
}
