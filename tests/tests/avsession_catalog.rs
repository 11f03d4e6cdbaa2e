//! `AVSessionError` says exactly what its source document says.

use avsession_codes::{render, render_markdown, AVSessionError, ErrorCatalog};

const SEED: &str = include_str!("../fixtures/errorcode-avsession.md");
const TSV: &str = include_str!("../fixtures/native-avsession-errcodes.tsv");

#[test]
fn rendering_gives_the_seed_byte_for_byte() {
    let mut page = String::new();
    render_markdown(AVSessionError::CATALOG, &mut page).unwrap();
    if page != SEED {
        let line = page
            .lines()
            .zip(SEED.lines())
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        panic!("rendered page differs from the seed first at line {line}");
    }
    let mut generic = String::new();
    render::<AVSessionError, _>(&mut generic).unwrap();
    assert_eq!(generic, SEED);
}

#[test]
fn the_nine_codes_in_order() {
    let codes: Vec<i32> = AVSessionError::ALL
        .iter()
        .map(AVSessionError::code)
        .collect();
    assert_eq!(codes, (6600101..=6600109).collect::<Vec<_>>());
    for code in 6600101..=6600109 {
        assert!(
            SEED.contains(&format!("\n## {code} ")),
            "{code} in the seed"
        );
    }
}

#[test]
fn every_text_appears_verbatim_in_the_seed() {
    for entry in AVSessionError::ENTRIES {
        let title = entry.title.expect("every code has a title");
        assert!(SEED.contains(&format!("## {} {title}\n", entry.code)));
        assert!(SEED.contains(&format!("**Error Message**\n\n{}\n", entry.message)));
        let description = entry.description.expect("every code has a description");
        assert!(SEED.contains(&format!("**Description**\n\n{description}\n")));
        assert!(!entry.causes.is_empty() && !entry.solutions.is_empty());
    }
}

#[test]
fn since_comes_from_the_c_api_constants() {
    for line in TSV
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("name"))
    {
        let fields: Vec<&str> = line.split('\t').collect();
        let (value, since): (i32, u32) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
        if let Some(err) = AVSessionError::from_code(value) {
            assert_eq!(err.entry().since, Some(since), "{}", fields[0]);
        }
    }
    // Codes without a C constant have no API level.
    for code in [6600103, 6600104, 6600108] {
        assert_eq!(AVSessionError::lookup(code).unwrap().since, None, "{code}");
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
}
