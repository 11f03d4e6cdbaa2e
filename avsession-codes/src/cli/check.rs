//! `check PAGE.md`: the page against the shipped catalog that holds its codes. Exit 0 when
//! they agree, 1 with a line per difference, 2 for a page that cannot be read or parsed.

use std::fmt::Write as _;
use std::path::Path;

use avsession_codes::page::diff;
use avsession_codes::CATALOGS;

use super::{read_page, Failure, Outcome};

pub fn run(page: &Path) -> Result<Outcome, Failure> {
    let (_, parsed) = read_page(page)?;
    let codes: Vec<i32> = parsed
        .sections()
        .iter()
        .map(avsession_codes::page::Section::code)
        .collect();
    // The catalog that has the most of the page's codes.
    let catalog = CATALOGS
        .iter()
        .max_by_key(|catalog| codes.iter().filter(|code| catalog.contains(**code)).count())
        .copied()
        .filter(|catalog| codes.iter().any(|code| catalog.contains(*code)));
    let Some(catalog) = catalog else {
        let mut out = String::new();
        for code in &codes {
            let _ = writeln!(out, "{code}: no shipped catalog has the code");
        }
        return Ok(Outcome {
            stdout: out,
            status: 1,
        });
    };
    let differences = diff(catalog, &parsed);
    let mut out = String::new();
    for difference in &differences {
        let _ = writeln!(out, "{difference}");
    }
    if differences.is_empty() {
        eprintln!(
            "{}: agrees with the catalog {} ({} codes)",
            page.display(),
            catalog.name,
            codes.len()
        );
    }
    Ok(Outcome {
        stdout: out,
        status: u8::from(!differences.is_empty()),
    })
}
