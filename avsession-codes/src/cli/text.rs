//! Text for a terminal: an entry laid out in blocks, wrapped at 80 columns without breaking a
//! link or a path.

use std::fmt::{self, Write as _};

use avsession_codes::{Catalog, Entry};

/// Wrap width of the text format.
const WIDTH: usize = 80;

/// An entry as `explain` prints it.
pub fn entry(out: &mut String, catalog: &Catalog, entry: &Entry) -> fmt::Result {
    let title = entry.title.unwrap_or(entry.name);
    writeln!(out, "{} {title}", entry.code)?;
    let mut facts = vec![format!("catalog: {}", catalog.name)];
    if let Some(since) = entry.since {
        facts.push(format!("since API {since}"));
    }
    if entry.system_api {
        facts.push("system applications only".to_owned());
    }
    if entry.deprecated {
        facts.push("deprecated".to_owned());
    }
    writeln!(out, "{}", facts.join(" | "))?;
    writeln!(out, "variant: {}::{}", catalog.type_name, entry.name)?;
    if let Some(constant) = entry.constant {
        writeln!(out, "C API: {constant}")?;
    }
    block(out, "Error message", &[entry.message], false)?;
    if let Some(description) = entry.description {
        block(out, "Description", &[description], false)?;
    }
    block(out, "Possible causes", entry.causes, false)?;
    block(out, "Solution", entry.solutions, true)
}

/// A heading and its items, indented and wrapped; numbered where `numbered` and several.
fn block(out: &mut String, heading: &str, items: &[&str], numbered: bool) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    write!(out, "\n{heading}\n")?;
    for (n, item) in (1..).zip(items) {
        let marker = match (items.len(), numbered) {
            (1, _) => String::new(),
            (_, true) => format!("{n}. "),
            (_, false) => "- ".to_owned(),
        };
        let first = format!("  {marker}");
        let rest = " ".repeat(first.len());
        for (i, paragraph) in item.lines().enumerate() {
            // No hyphen splitting and no broken words: links and paths stay whole.
            let options = textwrap::Options::new(WIDTH)
                .initial_indent(if i == 0 { &first } else { &rest })
                .subsequent_indent(&rest)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .break_words(false);
            for line in textwrap::wrap(paragraph, options) {
                writeln!(out, "{}", line.trim_end())?;
            }
        }
    }
    Ok(())
}
