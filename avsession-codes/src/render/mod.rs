//! Rendering a catalog as Markdown, in the layout of OpenHarmony's error-code pages: the
//! regular layout ([`render_markdown`]) or each page's own ([`render_page`]), in English or in
//! a locale the catalog is translated into.

use core::fmt::{self, Write};

mod list;
mod template;
mod texts;

use crate::locale::{Locale, ENGLISH};
use crate::{Catalog, Entry, ErrorCatalog};

use template::expand;
pub(crate) use texts::Texts;
// What `page::import` writes templates with.
#[cfg(feature = "page")]
pub(crate) use {
    list::{Marker, Style},
    template::section,
    texts::{CaseList, CaseTexts},
};

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
    render_markdown_in(catalog, ENGLISH, out)
}

/// [`render_markdown`] in the locale `tag` reaches (see [`crate::locale`]): that language's
/// labels (`**错误信息**`, ...) and note (`> **说明：**`), each text in it where the catalog has
/// a translation, else in English. A tag no locale of the catalog fits renders English.
///
/// ```
/// use avsession_codes::{render_markdown_in, AVSessionError};
///
/// let mut page = String::new();
/// render_markdown_in(AVSessionError::CATALOG, "zh-CN", &mut page).unwrap();
/// assert!(page.contains("## 6600101 会话服务端异常\n\n**错误信息**\n\nSession service exception.\n"));
/// ```
///
/// # Errors
/// Whatever `out` returns.
pub fn render_markdown_in<W: Write>(catalog: &Catalog, tag: &str, out: &mut W) -> fmt::Result {
    let locale = catalog.locale(tag);
    let labels = Labels::of(locale);
    let (title, note) = page_texts(catalog, locale);
    preamble_of(title, note, labels, out)?;
    for entry in catalog.entries {
        out.write_char('\n')?;
        Texts::localized(entry, locale).render(labels, out)?;
    }
    Ok(())
}

/// [`render_entry`] in the locale `tag` reaches among `catalog`'s, as [`render_markdown_in`]
/// writes each section: that language's labels, each text in it where the entry has a
/// translation, else in English.
///
/// # Errors
/// Whatever `out` returns.
pub fn render_entry_in<W: Write>(
    catalog: &Catalog,
    entry: &'static Entry,
    tag: &str,
    out: &mut W,
) -> fmt::Result {
    let locale = catalog.locale(tag);
    Texts::localized(entry, locale).render(Labels::of(locale), out)
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
    render_page_in(catalog, ENGLISH, out)
}

/// [`render_page`] in the locale `tag` reaches: the page in that language as it was imported
/// (`import --lang`), with the codes that page has. A catalog imported with its Chinese page
/// renders that page byte for byte in `zh-CN`. A tag no locale fits renders the English page.
///
/// # Errors
/// Whatever `out` returns.
pub fn render_page_in<W: Write>(catalog: &Catalog, tag: &str, out: &mut W) -> fmt::Result {
    let locale = catalog.locale(tag);
    let labels = Labels::of(locale);
    let (title, note) = page_texts(catalog, locale);
    let (own, section) = match locale {
        None => (catalog.layouts, catalog.section),
        Some(locale) => (locale.layouts, locale.section),
    };
    let entries = |out: &mut W| -> fmt::Result {
        // The entries' own layouts, in entry order: a cursor walks them.
        let mut own = own.iter().peekable();
        for (index, entry) in catalog.entries.iter().enumerate() {
            if locale.is_some_and(|l| !entry.translations.iter().any(|t| t.locale == l.tag)) {
                // Not on the page in that language.
                continue;
            }
            while own.next_if(|(at, _)| *at < index).is_some() {}
            // The entry's own layout, else the catalog's section layout.
            let layout = match own.next_if(|(at, _)| *at == index) {
                Some((_, layout)) => Some(*layout),
                None => section,
            };
            let texts = Texts::localized(entry, locale);
            match layout {
                Some(layout) => template::section(layout, &texts, out)?,
                None => {
                    out.write_char('\n')?;
                    texts.render(labels, out)?;
                }
            }
        }
        Ok(())
    };
    let layout = match locale {
        None => catalog.layout,
        Some(locale) => locale.layout,
    };
    let Some(layout) = layout else {
        preamble_of(title, note, labels, out)?;
        return entries(out);
    };
    let mut entries = Some(entries);
    expand(layout, out, &mut |name, out| match name {
        "title" => write!(out, "{title}").map(|()| true),
        "note" => out.write_str(note.unwrap_or("")).map(|()| true),
        "entries" => match entries.take() {
            Some(entries) => entries(out).map(|()| true),
            None => Ok(false),
        },
        _ => Ok(false),
    })
}

/// Renders one code as a section of an OpenHarmony error-code page, from `## <code> <title>`
/// to its last solution step.
///
/// # Errors
/// Whatever `out` returns.
pub fn render_entry<W: Write>(entry: &Entry, out: &mut W) -> fmt::Result {
    Texts::of(entry).render(&Labels::ENGLISH, out)
}

/// The title and note of the page in `locale` (English where it has none).
fn page_texts(catalog: &Catalog, locale: Option<&Locale>) -> (Title, Option<&'static str>) {
    let title = Title {
        text: locale.and_then(|l| l.title).or(catalog.title),
        name: catalog.name,
    };
    (title, locale.and_then(|l| l.note).or(catalog.note))
}

/// A page title: the catalog's, or `<name> Error Codes` for a catalog without one.
#[derive(Clone, Copy)]
struct Title {
    text: Option<&'static str>,
    name: &'static str,
}

impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.text {
            Some(text) => f.write_str(text),
            None => write!(f, "{} Error Codes", self.name),
        }
    }
}

/// A page's labels in one language.
pub(crate) struct Labels {
    pub message: &'static str,
    pub description: &'static str,
    pub causes: &'static str,
    pub solution: &'static str,
    pub note: &'static str,
}

impl Labels {
    pub(crate) const ENGLISH: Labels = Labels {
        message: "Error Message",
        description: "Description",
        causes: "Possible Causes",
        solution: "Solution",
        note: "NOTE",
    };
    pub(crate) const CHINESE: Labels = Labels {
        message: "错误信息",
        description: "错误描述",
        causes: "可能原因",
        solution: "处理步骤",
        note: "说明：",
    };

    /// The labels of the language of `locale`: Chinese for `zh*`, else English.
    pub(crate) fn of(locale: Option<&Locale>) -> &'static Labels {
        Labels::for_tag(locale.map_or(ENGLISH, |l| l.tag))
    }

    /// The labels of the language of the tag `tag`.
    pub(crate) fn for_tag(tag: &str) -> &'static Labels {
        let language = tag.split(['-', '_']).next().unwrap_or("");
        if language.eq_ignore_ascii_case("zh") {
            &Labels::CHINESE
        } else {
            &Labels::ENGLISH
        }
    }
}

/// The regular preamble of a page titled `title`.
pub(crate) fn preamble_of<W: Write>(
    title: impl fmt::Display,
    note: Option<&str>,
    labels: &Labels,
    out: &mut W,
) -> fmt::Result {
    writeln!(out, "# {title}")?;
    if let Some(note) = note {
        write!(out, "\n> **{}**\n>\n", labels.note)?;
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
