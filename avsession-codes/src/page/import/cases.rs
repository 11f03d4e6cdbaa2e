//! A code's cases, as `import` reads them: each subsection of its section (`### 1. ...`,
//! `### Scenario 2: ...`, `### 无企业来电权限`) with the texts under its own labels.

use std::borrow::ToOwned;
use std::format;
use std::string::String;
use std::vec::Vec;

use super::Warning;
use crate::page::label::Role;
use crate::page::Section;
use crate::render::{CaseList, CaseTexts, Texts};

/// One case as the catalog will hold it.
pub(crate) struct CaseRow {
    pub title: String,
    pub message: Option<String>,
    pub description: Option<String>,
    pub causes: Vec<String>,
    pub solutions: Vec<String>,
}

/// The cases of `section`, one per subsection, with a warning for each part of a subsection
/// that no field holds.
pub(crate) fn cases(section: &Section<'_>, warnings: &mut Vec<Warning>) -> Vec<CaseRow> {
    let number = section.code();
    let mut warn = |line: usize, message: String| {
        warnings.push(Warning {
            locale: None,
            line,
            message,
        });
    };
    let mut out = Vec::new();
    for subsection in section.subsections() {
        let title = subsection.title();
        for _ in subsection.intro() {
            warn(
                subsection.line(),
                format!("{number}: a paragraph before the labels of the case `{title}`: kept in the entry's layout"),
            );
        }
        let mut seen = Vec::new();
        for block in subsection.blocks() {
            if block.role() == Role::Other || seen.contains(&block.role()) {
                warn(
                    block.line(),
                    format!(
                        "{number}: the label `{}` of the case `{title}` and its text: kept in the \
                         entry's layout",
                        block.label()
                    ),
                );
            }
            seen.push(block.role());
        }
        out.push(CaseRow {
            title: title.to_owned(),
            message: nonblank_text(subsection.message()),
            description: nonblank_text(subsection.description()),
            causes: nonblank(subsection.causes()),
            solutions: nonblank(subsection.solutions()),
        });
    }
    out
}

/// `text` unless it is blank.
pub(crate) fn nonblank_text(text: Option<String>) -> Option<String> {
    text.filter(|t| !t.trim().is_empty())
}

/// The items that are not blank.
pub(crate) fn nonblank(items: Vec<String>) -> Vec<String> {
    items
        .into_iter()
        .filter(|item| !item.trim().is_empty())
        .collect()
}

/// A code's texts, owned, as a row or a translation row holds them.
pub(crate) struct Owned<'r> {
    pub code: i32,
    pub title: Option<&'r str>,
    pub message: Option<&'r str>,
    pub description: Option<&'r str>,
    pub causes: &'r [String],
    pub solutions: &'r [String],
    pub cases: &'r [CaseRow],
    pub constant: Option<&'r str>,
}

/// Calls `f` with the texts of `owned` as the regular layout reads them.
pub(crate) fn with_texts<R>(owned: &Owned<'_>, f: impl FnOnce(&Texts<'_>) -> R) -> R {
    fn strs(items: &[String]) -> Vec<&str> {
        items.iter().map(String::as_str).collect()
    }
    let (causes, solutions) = (strs(owned.causes), strs(owned.solutions));
    let lists: Vec<(Vec<&str>, Vec<&str>)> = owned
        .cases
        .iter()
        .map(|case| (strs(&case.causes), strs(&case.solutions)))
        .collect();
    let case_texts: Vec<CaseTexts<'_>> = owned
        .cases
        .iter()
        .zip(&lists)
        .map(|(case, (causes, solutions))| CaseTexts {
            title: &case.title,
            message: case.message.as_deref(),
            description: case.description.as_deref(),
            causes,
            solutions,
        })
        .collect();
    f(&Texts {
        code: owned.code,
        title: owned.title,
        message: owned.message,
        description: owned.description,
        causes: &causes,
        solutions: &solutions,
        cases: CaseList::Texts(&case_texts),
        constant: owned.constant,
    })
}
