//! A page whose codes are the rows of a table: each row a code, its name cell the C constant,
//! its description cell the message.

use std::borrow::ToOwned;
use std::format;
use std::string::{String, ToString};
use std::vec;
use std::vec::Vec;

use super::layout::{template, Layout};
use super::{ImportOptions, Row, Warning};
use crate::page::TableRow;

/// One row's code, with a warning where the row gives no description.
pub(crate) fn code(
    row: &TableRow<'_>,
    options: &ImportOptions,
    warnings: &mut Vec<Warning>,
) -> Row {
    let number = row.code();
    let name = row.name().map(str::to_owned);
    let message = match (row.description(), &name) {
        (Some(description), _) => description.to_owned(),
        (None, stand_in) => {
            let stand_in = stand_in
                .clone()
                .unwrap_or_else(|| format!("Error {number}"));
            warnings.push(Warning {
                locale: None,
                line: row.line(),
                message: format!(
                    "{number} has no description: `{stand_in}` is taken as the message"
                ),
            });
            stand_in
        }
    };
    // The page's name for the code comes first: `{constant}` in a layout writes it.
    let (more, since) = options.constants.documented(number);
    let mut constants: Vec<String> = name.into_iter().collect();
    for constant in more {
        if !constants.contains(&constant) {
            constants.push(constant);
        }
    }
    Row {
        code: number,
        line: row.line(),
        variant: String::new(),
        title: None,
        message,
        message_from_case: false,
        description: None,
        causes: Vec::new(),
        solutions: Vec::new(),
        system_api: false,
        deprecated: false,
        constants,
        since,
        layout: None,
        cases: Vec::new(),
        translations: Vec::new(),
    }
}

/// The layout of a row whose span is `text`: the row with its code, name and description as
/// placeholders. A row is never in the regular layout, which writes sections.
pub(crate) fn layout(row: &TableRow<'_>, text: &str) -> Layout {
    let code = row.code().to_string();
    // The cells in order, each in the row's line (the span's last line).
    let line = text.len() - row.source().len()..text.len();
    let mut fields = vec![("code", code.as_str(), line.clone())];
    if let Some(name) = row.name() {
        fields.push(("constant", name, line.clone()));
    }
    if let Some(description) = row.description() {
        fields.push(("message", description, line));
    }
    Layout::of(template(text, &fields), false)
}
