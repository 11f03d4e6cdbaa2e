//! Rendering a catalog as Markdown, in the layout of OpenHarmony's error-code pages: the
//! regular layout ([`render_markdown`]) or each page's own ([`render_page`]), in English or in
//! a locale the catalog is translated into.

use core::fmt::{self, Write};

use crate::locale::{Locale, ENGLISH};
use crate::{Case, Catalog, Entry, ErrorCatalog};

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
                Some(layout) => {
                    let mut fields = Fields::new(&texts);
                    expand(layout, out, &mut |name, out| fields.write(name, out))?;
                }
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

/// An entry's texts, borrowed from anywhere: what the regular layout of a section is made of.
pub(crate) struct Texts<'a> {
    pub code: i32,
    pub title: Option<&'a str>,
    /// The code's own message (`None` where it shows its first case's).
    pub message: Option<&'a str>,
    pub description: Option<&'a str>,
    pub causes: &'a [&'a str],
    pub solutions: &'a [&'a str],
    pub cases: CaseList<'a>,
    /// The C constant: only layouts place it (`{constant}`, a code table's name column).
    pub constant: Option<&'a str>,
}

/// One case's texts, borrowed from anywhere.
#[derive(Clone, Copy)]
pub(crate) struct CaseTexts<'a> {
    pub title: &'a str,
    pub message: Option<&'a str>,
    pub description: Option<&'a str>,
    pub causes: &'a [&'a str],
    pub solutions: &'a [&'a str],
}

/// The cases of a section: a catalog's, or texts borrowed from a page being imported.
#[derive(Clone, Copy)]
pub(crate) enum CaseList<'a> {
    Catalog(&'static [Case]),
    // Only `page::import` borrows texts that are not a catalog's.
    #[cfg_attr(not(feature = "page"), allow(dead_code))]
    Texts(&'a [CaseTexts<'a>]),
}

impl<'a> CaseList<'a> {
    pub(crate) fn len(&self) -> usize {
        match self {
            CaseList::Catalog(cases) => cases.len(),
            CaseList::Texts(cases) => cases.len(),
        }
    }

    pub(crate) fn get(&self, index: usize) -> Option<CaseTexts<'a>> {
        match self {
            CaseList::Catalog(cases) => cases.get(index).map(|case| CaseTexts {
                title: case.title,
                message: case.message,
                description: case.description,
                causes: case.causes,
                solutions: case.solutions,
            }),
            CaseList::Texts(cases) => cases.get(index).copied(),
        }
    }
}

impl<'a> Texts<'a> {
    fn of(entry: &'a Entry) -> Self {
        Texts {
            code: entry.code,
            title: entry.title,
            message: (!entry.message_from_case).then_some(entry.message),
            description: entry.description,
            causes: entry.causes,
            solutions: entry.solutions,
            cases: CaseList::Catalog(entry.cases),
            constant: entry.constant,
        }
    }
}

impl Texts<'static> {
    /// The entry's texts in `locale`, English where the translation has none.
    fn localized(entry: &'static Entry, locale: Option<&Locale>) -> Self {
        let Some(locale) = locale else {
            return Texts::of(entry);
        };
        let localized = entry.localized(locale.tag);
        Texts {
            code: entry.code,
            title: localized.title().map(|t| t.text),
            message: (!entry.message_from_case).then(|| localized.message().text),
            description: localized.description().map(|t| t.text),
            causes: localized.causes().texts,
            solutions: localized.solutions().texts,
            cases: CaseList::Catalog(localized.cases().cases),
            constant: entry.constant,
        }
    }
}

impl Texts<'_> {
    /// The section in the regular layout, from `## <code> <title>` to its last step.
    pub(crate) fn render<W: Write>(&self, labels: &Labels, out: &mut W) -> fmt::Result {
        match self.title {
            Some(title) => writeln!(out, "## {} {title}", self.code)?,
            None => writeln!(out, "## {}", self.code)?,
        }
        blocks(
            out,
            labels,
            self.message,
            self.description,
            self.causes,
            self.solutions,
        )?;
        for index in 0..self.cases.len() {
            let Some(case) = self.cases.get(index) else {
                break;
            };
            write!(out, "\n### {}\n", case.title)?;
            blocks(
                out,
                labels,
                case.message,
                case.description,
                case.causes,
                case.solutions,
            )?;
        }
        Ok(())
    }
}

/// The labelled blocks of a section or a case, in the regular layout.
fn blocks<W: Write>(
    out: &mut W,
    labels: &Labels,
    message: Option<&str>,
    description: Option<&str>,
    causes: &[&str],
    solutions: &[&str],
) -> fmt::Result {
    if let Some(message) = message {
        section(out, labels.message, &[message])?;
    }
    if let Some(description) = description {
        section(out, labels.description, &[description])?;
    }
    section(out, labels.causes, causes)?;
    section(out, labels.solution, solutions)
}

/// `**Label**` and its paragraph, or its numbered list where there are several items.
fn section<W: Write>(out: &mut W, label: &str, items: &[&str]) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    write!(out, "\n**{label}**\n")?;
    // An item that is a fenced code block cannot start a list item (its unindented lines
    // would end the list): such items are written one block after another.
    let fenced = items
        .iter()
        .any(|item| item.starts_with("```") || item.starts_with("~~~"));
    match items {
        [single] => write!(out, "\n{single}\n"),
        _ if fenced => {
            for item in items {
                write!(out, "\n{item}\n")?;
            }
            Ok(())
        }
        _ => {
            for (number, item) in (1..).zip(items) {
                write!(out, "\n{number}. {item}\n")?;
            }
            Ok(())
        }
    }
}

/// The texts of an entry, by placeholder; the causes and solutions one per use, in order.
/// `{case}` writes the next case's title and makes it the case that `{case_message}`,
/// `{case_description}`, `{case_cause}` and `{case_solution}` read.
struct Fields<'t, 'a> {
    texts: &'t Texts<'a>,
    cause: usize,
    solution: usize,
    /// The case `{case}` last opened, with how many of its causes and solutions were written.
    case: Option<(CaseTexts<'a>, usize, usize)>,
    next_case: usize,
}

impl<'t, 'a> Fields<'t, 'a> {
    fn new(texts: &'t Texts<'a>) -> Self {
        Fields {
            texts,
            cause: 0,
            solution: 0,
            case: None,
            next_case: 0,
        }
    }

    /// Writes the text `name` stands for; `false` for a name it does not know.
    fn write<W: Write>(&mut self, name: &str, out: &mut W) -> Result<bool, fmt::Error> {
        let texts = self.texts;
        if let Some(field) = name.strip_prefix("case") {
            return self.write_case(field, out);
        }
        let text = match name {
            "code" => return write!(out, "{}", texts.code).map(|()| true),
            "title" => texts.title,
            // A code without a message of its own shows its first case's.
            "message" => texts
                .message
                .or_else(|| (0..texts.cases.len()).find_map(|i| texts.cases.get(i)?.message)),
            "description" => texts.description,
            "constant" => texts.constant,
            "cause" => {
                self.cause += 1;
                texts.causes.get(self.cause - 1).copied()
            }
            "solution" => {
                self.solution += 1;
                texts.solutions.get(self.solution - 1).copied()
            }
            _ => return Ok(false),
        };
        out.write_str(text.unwrap_or(""))?;
        Ok(true)
    }

    /// `{case}` (`field` empty) and `{case_<field>}`.
    fn write_case<W: Write>(&mut self, field: &str, out: &mut W) -> Result<bool, fmt::Error> {
        if field.is_empty() {
            self.case = self
                .texts
                .cases
                .get(self.next_case)
                .map(|case| (case, 0, 0));
            self.next_case += 1;
            let title = self.case.map_or("", |(case, _, _)| case.title);
            return out.write_str(title).map(|()| true);
        }
        let Some((case, causes, solutions)) = &mut self.case else {
            return Ok(matches!(
                field,
                "_message" | "_description" | "_cause" | "_solution"
            ));
        };
        let text = match field {
            "_message" => case.message,
            "_description" => case.description,
            "_cause" => {
                *causes += 1;
                case.causes.get(*causes - 1).copied()
            }
            "_solution" => {
                *solutions += 1;
                case.solutions.get(*solutions - 1).copied()
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
