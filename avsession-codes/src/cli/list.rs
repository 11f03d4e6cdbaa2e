//! `list`: every code of every shipped catalog.

use std::fmt::{self, Write as _};

use avsession_codes::CATALOGS;

use super::{json, Format, Outcome};

pub fn run(format: Format, locale: Option<&str>) -> Outcome {
    let mut out = String::new();
    let written = match format {
        Format::Json => {
            out = json(CATALOGS);
            Ok(())
        }
        Format::Markdown => markdown(&mut out),
        Format::Text => text(&mut out, locale),
    };
    debug_assert!(written.is_ok(), "writing to a String cannot fail");
    Outcome::ok(out)
}

fn markdown(out: &mut String) -> fmt::Result {
    for (i, catalog) in CATALOGS.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let title = catalog.title.unwrap_or(catalog.name);
        writeln!(
            out,
            "## {title}\n\n| Code | Title | Error Message |\n|---|---|---|"
        )?;
        for entry in catalog.entries {
            let title = cell(entry.title.unwrap_or(""));
            writeln!(
                out,
                "| {} | {title} | {} |",
                entry.code,
                cell(entry.message)
            )?;
        }
    }
    Ok(())
}

fn text(out: &mut String, locale: Option<&str>) -> fmt::Result {
    for (i, catalog) in CATALOGS.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        writeln!(out, "{} ({} codes)", catalog.name, catalog.entries.len())?;
        for entry in catalog.entries {
            let message = entry
                .localized(locale.unwrap_or("en"))
                .message()
                .text
                .replace('\n', " ");
            writeln!(out, "  {:<9}{message}", entry.code)?;
        }
    }
    Ok(())
}

/// A Markdown table cell: one line, `|` escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "<br>")
}
