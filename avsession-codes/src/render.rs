//! Rendering a catalog as Markdown, in the layout of OpenHarmony's error-code pages.

use core::fmt::{self, Write};

use crate::{Catalog, Entry, ErrorCatalog};

/// Renders the catalog `C` as an OpenHarmony error-code page; see [`render_markdown`].
///
/// # Errors
/// Whatever `out` returns.
pub fn render<C: ErrorCatalog, W: Write>(out: &mut W) -> fmt::Result {
    render_markdown(C::CATALOG, out)
}

/// Renders a catalog as an OpenHarmony error-code page: `# title`, the note as a `> **NOTE**`
/// block, then per code `## <code> <title>` with its **Error Message**, **Description**,
/// **Possible Causes** and **Solution** (a numbered list where there are several items).
///
/// Rendering [`AVSessionError`](crate::AVSessionError) gives its source page byte for byte.
///
/// ```
/// use avsession_codes::{render_markdown, AVSessionError};
///
/// let mut page = String::new();
/// render_markdown(AVSessionError::CATALOG, &mut page).unwrap();
/// assert!(page.starts_with("# AVSession Management Error Codes\n\n> **NOTE**\n"));
/// assert!(page.contains("## 6600103 Session Controller Does Not Exist\n"));
/// ```
///
/// # Errors
/// Whatever `out` returns.
pub fn render_markdown<W: Write>(catalog: &Catalog, out: &mut W) -> fmt::Result {
    match catalog.title {
        Some(title) => writeln!(out, "# {title}")?,
        None => writeln!(out, "# {} Error Codes", catalog.name)?,
    }
    if let Some(note) = catalog.note {
        out.write_str("\n> **NOTE**\n>\n")?;
        for line in note.lines() {
            if line.is_empty() {
                out.write_str(">\n")?;
            } else {
                writeln!(out, "> {line}")?;
            }
        }
    }
    for entry in catalog.entries {
        out.write_char('\n')?;
        render_entry(entry, out)?;
    }
    Ok(())
}

/// Renders one code as a section of an OpenHarmony error-code page, from `## <code> <title>`
/// to its last solution step.
///
/// # Errors
/// Whatever `out` returns.
pub fn render_entry<W: Write>(entry: &Entry, out: &mut W) -> fmt::Result {
    match entry.title {
        Some(title) => writeln!(out, "## {} {title}", entry.code)?,
        None => writeln!(out, "## {}", entry.code)?,
    }
    section(out, "Error Message", &[entry.message])?;
    if let Some(description) = entry.description {
        section(out, "Description", &[description])?;
    }
    section(out, "Possible Causes", entry.causes)?;
    section(out, "Solution", entry.solutions)
}

/// `**Label**` and its paragraph, or its numbered list where there are several items.
fn section<W: Write>(out: &mut W, label: &str, items: &[&str]) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    write!(out, "\n**{label}**\n")?;
    match items {
        [single] => write!(out, "\n{single}\n"),
        _ => {
            for (number, item) in (1..).zip(items) {
                write!(out, "\n{number}. {item}\n")?;
            }
            Ok(())
        }
    }
}
