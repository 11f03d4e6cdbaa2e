//! `AVSessionError` says exactly what its source documents say: the current AVSession page,
//! which it renders byte for byte, and the seed, whose nine codes it starts with.

use avsession_codes::page::{diff, DifferenceKind, Page};
use avsession_codes::{render, render_markdown, render_page, AVSessionError, ErrorCatalog};

const SEED: &str = include_str!("../fixtures/errorcode-avsession.md");
const CURRENT: &str = include_str!("../fixtures/errorcode-avsession-current.md");
const TSV: &str = include_str!("../fixtures/native-avsession-errcodes.tsv");

/// The seed's nine codes, as a catalog of their own.
fn seed_part() -> avsession_codes::Catalog {
    AVSessionError::CATALOG.with_entries(&AVSessionError::ENTRIES[..9])
}

#[track_caller]
fn assert_same_text(rendered: &str, expected: &str, what: &str) {
    if rendered != expected {
        let line = rendered
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or(
                rendered.lines().count().min(expected.lines().count()) + 1,
                |i| i + 1,
            );
        panic!("the rendering differs from {what} first at line {line}");
    }
}

#[test]
fn the_first_nine_codes_render_the_seed_byte_for_byte() {
    let mut page = String::new();
    render_markdown(&seed_part(), &mut page).unwrap();
    assert_same_text(&page, SEED, "the seed");
}

#[test]
fn the_catalog_renders_the_current_page_byte_for_byte() {
    let mut page = String::new();
    render_page(AVSessionError::CATALOG, &mut page).unwrap();
    assert_same_text(&page, CURRENT, "the current page");
    // The regular layout has every code, without the page's comments and markers.
    let mut regular = String::new();
    render::<AVSessionError, _>(&mut regular).unwrap();
    assert!(regular.starts_with(&SEED[..SEED.find("\n## 6600104").unwrap()]));
    assert_eq!(regular.matches("\n## ").count(), 66);
}

#[test]
fn the_catalog_says_what_both_pages_say() {
    assert!(diff(AVSessionError::CATALOG, &Page::parse(CURRENT).unwrap()).is_empty());
    // The seed's nine codes say what the seed says (it marks no system APIs: no `<!--Del-->`).
    let seed = Page::parse(SEED).unwrap();
    assert!(!seed.marks_system_apis());
    assert!(diff(&seed_part(), &seed).is_empty());
    // Against the whole catalog, the seed lacks the 57 codes added since.
    let missing = diff(AVSessionError::CATALOG, &seed);
    assert_eq!(missing.len(), 57);
    assert!(missing
        .iter()
        .all(|d| d.kind() == DifferenceKind::OnlyInCatalog));
}

#[test]
fn sixty_six_codes_in_page_order_the_seed_first() {
    let codes: Vec<i32> = AVSessionError::ALL
        .iter()
        .map(AVSessionError::code)
        .collect();
    assert_eq!(codes.len(), 66);
    assert_eq!(codes[..9], (6600101..=6600109).collect::<Vec<_>>());
    assert_eq!(codes[9..11], [6600110, 6600111]);
    assert_eq!(codes[65], 6616100);
    for code in &codes {
        assert!(
            CURRENT.contains(&format!("\n## {code} ")),
            "{code} on the page"
        );
    }
}

#[test]
fn the_seed_entries_appear_verbatim_in_the_seed() {
    for entry in &AVSessionError::ENTRIES[..9] {
        let title = entry.title.expect("every code has a title");
        assert!(SEED.contains(&format!("## {} {title}\n", entry.code)));
        assert!(SEED.contains(&format!("**Error Message**\n\n{}\n", entry.message)));
        let description = entry.description.expect("every code has a description");
        assert!(SEED.contains(&format!("**Description**\n\n{description}\n")));
        assert!(!entry.causes.is_empty() && !entry.solutions.is_empty());
        for text in entry.causes.iter().chain(entry.solutions) {
            assert!(SEED.contains(text), "{}: {text}", entry.code);
        }
    }
}

#[test]
fn since_and_constants_come_from_the_c_api() {
    for line in TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("name"))
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let (value, since): (i32, u32) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
        if let Some(err) = AVSessionError::from_code(value) {
            assert_eq!(err.entry().since, Some(since), "{}", fields[0]);
            assert_eq!(err.entry().constants, [fields[0]]);
        }
    }
    // Codes without a C constant have neither.
    for code in [6600103, 6600104, 6600108] {
        let entry = AVSessionError::lookup(code).unwrap();
        assert_eq!((entry.since, entry.constants), (None, &[][..]), "{code}");
    }
}

#[test]
fn system_api_codes_are_the_ones_the_public_sdk_removes() {
    let system: Vec<i32> = AVSessionError::ENTRIES
        .iter()
        .filter(|e| e.system_api)
        .map(|e| e.code)
        .collect();
    assert_eq!(system, [6600104, 6600108]);
}

#[test]
fn catalog_range_and_name() {
    assert_eq!(AVSessionError::CATALOG.range, Some(6600000..=6699999));
    assert_eq!(<AVSessionError as ErrorCatalog>::NAME, "AVSession");
    assert_eq!(AVSessionError::CATALOG.type_name, "AVSessionError");
}
