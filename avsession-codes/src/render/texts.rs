//! An entry's texts, wherever they are borrowed from, and the regular layout of its section.

use core::fmt::{self, Write};

use super::list::Style;
use super::Labels;
use crate::locale::Locale;
use crate::{Case, Entry};

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
    pub(super) fn of(entry: &'a Entry) -> Self {
        Texts {
            code: entry.code,
            title: entry.title,
            message: (!entry.message_from_case).then_some(entry.message),
            description: entry.description,
            causes: entry.causes,
            solutions: entry.solutions,
            cases: CaseList::Catalog(entry.cases),
            constant: entry.constants.first().copied(),
        }
    }
}

impl Texts<'static> {
    /// The entry's texts in `locale`, English where the translation has none.
    pub(super) fn localized(entry: &'static Entry, locale: Option<&Locale>) -> Self {
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
            constant: entry.constants.first().copied(),
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
    write!(out, "\n**{label}**\n\n")?;
    Style::REGULAR.write_items(items, out)?;
    out.write_char('\n')
}
