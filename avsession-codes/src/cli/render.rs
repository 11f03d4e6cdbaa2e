//! `render NAME`: a shipped catalog's page, in its page's layout (`--regular`: in the regular
//! layout of `render_markdown`).

use avsession_codes::{render_markdown_in, render_page_in};

use super::{catalog_named, Failure, Outcome};

pub fn run(name: &str, regular: bool, locale: Option<&str>) -> Result<Outcome, Failure> {
    let catalog = catalog_named(name)?;
    let mut out = String::new();
    let tag = locale.unwrap_or("en");
    let written = if regular {
        render_markdown_in(catalog, tag, &mut out)
    } else {
        render_page_in(catalog, tag, &mut out)
    };
    written.map_err(|_| Failure(format!("cannot render the catalog {}", catalog.name)))?;
    Ok(Outcome::ok(out))
}
