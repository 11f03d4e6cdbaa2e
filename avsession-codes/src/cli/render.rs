//! `render NAME`: a shipped catalog's page, in its page's layout (`--regular`: in the regular
//! layout of `render_markdown`).

use avsession_codes::{render_markdown, render_page};

use super::{catalog_named, Failure, Outcome};

pub fn run(name: &str, regular: bool) -> Result<Outcome, Failure> {
    let catalog = catalog_named(name)?;
    let mut out = String::new();
    let written = if regular {
        render_markdown(catalog, &mut out)
    } else {
        render_page(catalog, &mut out)
    };
    written.map_err(|_| Failure(format!("cannot render the catalog {}", catalog.name)))?;
    Ok(Outcome::ok(out))
}
