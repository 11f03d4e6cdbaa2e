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
    preamble(catalog, out)?;
    for entry in catalog.entries {
        out.write_char('\n')?;
        render_entry(entry, out)?;
    }
    Ok(())
}

/// The title and the note, in the regular layout.
fn preamble<W: Write>(catalog: &Catalog, out: &mut W) -> fmt::Result {
    match catalog.title {
        Some(title) => preamble_of(title, catalog.note, out),
        None => {
            writeln!(out, "# {} Error Codes", catalog.name)?;
            note(catalog.note, out)
        }
    }
}

/// The regular preamble of a page titled `title`.
pub(crate) fn preamble_of<W: Write>(
    title: &str,
    note_text: Option<&str>,
    out: &mut W,
) -> fmt::Result {
    writeln!(out, "# {title}")?;
    note(note_text, out)
}

fn note<W: Write>(note: Option<&str>, out: &mut W) -> fmt::Result {
    if let Some(note) = note {
        out.write_str("\n> **NOTE**\n>\n")?;
        for line in note.lines() {
            if line.is_empty() {
                out.write_str(">\n")?;
            } else {
                writeln!(out, "> {line}")?;
            }
        }
    }
    Ok(())
}

/// Renders a catalog as its page: in the page's own layout where the catalog records one
/// (`import` writes it where a page is not in the regular layout: comments under the title,
/// `<!--Del-->` around system APIs, lists without blank lines, a label with `<br>`, text that
/// no field holds), else in the regular layout of [`render_markdown`]. A catalog imported from
/// a page renders that page byte for byte.
///
/// ```
/// use avsession_codes::{render_page, UniversalError};
///
/// let mut page = String::new();
/// render_page(UniversalError::CATALOG, &mut page).unwrap();
/// assert!(page.contains("<!--Del-->\n## 204 Access Denied by User Access Control Policy\n"));
/// ```
///
/// # Errors
/// Whatever `out` returns.
pub fn render_page<W: Write>(catalog: &Catalog, out: &mut W) -> fmt::Result {
    let title = catalog.title.unwrap_or(catalog.name);
    let entries = |out: &mut W| -> fmt::Result {
        for entry in catalog.entries {
            match entry.layout {
                Some(layout) => {
                    let mut fields = Fields {
                        entry,
                        cause: 0,
                        solution: 0,
                    };
                    expand(layout, out, &mut |name, out| fields.write(name, out))?;
                }
                None => {
                    out.write_char('\n')?;
                    render_entry(entry, out)?;
                }
            }
        }
        Ok(())
    };
    let Some(layout) = catalog.layout else {
        preamble(catalog, out)?;
        return entries(out);
    };
    let mut entries = Some(entries);
    expand(layout, out, &mut |name, out| match name {
        "title" => out.write_str(title).map(|()| true),
        "note" => out.write_str(catalog.note.unwrap_or("")).map(|()| true),
        "entries" => match entries.take() {
            Some(entries) => entries(out).map(|()| true),
            None => Ok(false),
        },
        _ => Ok(false),
    })
}

/// The texts of an entry, by placeholder; the causes and solutions one per use, in order.
struct Fields<'e> {
    entry: &'e Entry,
    cause: usize,
    solution: usize,
}

impl Fields<'_> {
    /// Writes the text `name` stands for; `false` for a name it does not know.
    fn write<W: Write>(&mut self, name: &str, out: &mut W) -> Result<bool, fmt::Error> {
        let entry = self.entry;
        let text = match name {
            "code" => return write!(out, "{}", entry.code).map(|()| true),
            "title" => entry.title,
            "message" => Some(entry.message),
            "description" => entry.description,
            "cause" => {
                self.cause += 1;
                entry.causes.get(self.cause - 1).copied()
            }
            "solution" => {
                self.solution += 1;
                entry.solutions.get(self.solution - 1).copied()
            }
            _ => return Ok(false),
        };
        out.write_str(text.unwrap_or(""))?;
        Ok(true)
    }
}

/// Writes `template` with each `{name}` written by `field` (which says whether it knows the
/// name; an unknown one is written as it stands), `{{` and `}}` as braces.
fn expand<W: Write>(
    template: &str,
    out: &mut W,
    field: &mut dyn FnMut(&str, &mut W) -> Result<bool, fmt::Error>,
) -> fmt::Result {
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        out.write_str(&rest[..at])?;
        let tail = &rest[at..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.write_str(&tail[..1])?;
            rest = &tail[2..];
            continue;
        }
        match tail[1..].find('}').filter(|_| tail.starts_with('{')) {
            Some(end) if !field(&tail[1..=end], out)? => {
                out.write_str(&tail[..end + 2])?;
                rest = &tail[end + 2..];
            }
            Some(end) => rest = &tail[end + 2..],
            None => {
                out.write_str(&tail[..1])?;
                rest = &tail[1..];
            }
        }
    }
    out.write_str(rest)
}

/// Renders one code as a section of an OpenHarmony error-code page, from `## <code> <title>`
/// to its last solution step.
///
/// # Errors
/// Whatever `out` returns.
pub fn render_entry<W: Write>(entry: &Entry, out: &mut W) -> fmt::Result {
    Texts::of(entry).render(out)
}

/// An entry's texts, borrowed from anywhere: what the regular layout of a section is made of.
pub(crate) struct Texts<'a> {
    pub code: i32,
    pub title: Option<&'a str>,
    pub message: &'a str,
    pub description: Option<&'a str>,
    pub causes: &'a [&'a str],
    pub solutions: &'a [&'a str],
}

impl<'a> Texts<'a> {
    fn of(entry: &'a Entry) -> Self {
        Texts {
            code: entry.code,
            title: entry.title,
            message: entry.message,
            description: entry.description,
            causes: entry.causes,
            solutions: entry.solutions,
        }
    }

    /// The section in the regular layout, from `## <code> <title>` to its last step.
    pub(crate) fn render<W: Write>(&self, out: &mut W) -> fmt::Result {
        match self.title {
            Some(title) => writeln!(out, "## {} {title}", self.code)?,
            None => writeln!(out, "## {}", self.code)?,
        }
        section(out, "Error Message", &[self.message])?;
        if let Some(description) = self.description {
            section(out, "Description", &[description])?;
        }
        section(out, "Possible Causes", self.causes)?;
        section(out, "Solution", self.solutions)
    }
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
