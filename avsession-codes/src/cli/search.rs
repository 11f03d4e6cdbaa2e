//! `search WORDS...`: the codes whose texts hold the words, best match first.

use std::fmt::Write as _;

use avsession_codes::{Case, Catalog, Entry, CATALOGS};

use super::explain::Explained;
use super::{json, Failure, Format, Outcome};

pub fn run(words: &[String], format: Format, locale: Option<&str>) -> Result<Outcome, Failure> {
    let words: Vec<String> = words
        .iter()
        .flat_map(|w| w.split_whitespace())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return Err(Failure(
            "`search` needs words to look for, e.g. `avsession-codes search session timeout`"
                .to_owned(),
        ));
    }
    let mut found: Vec<(u32, &Catalog, &'static Entry)> = Vec::new();
    for catalog in CATALOGS {
        for entry in catalog.entries {
            let score = score(entry, &words).max(localized_score(entry, &words, locale));
            if score > 0 {
                found.push((score, catalog, entry));
            }
        }
    }
    // Best first; a tie in page order.
    found.sort_by_key(|(score, _, _)| core::cmp::Reverse(*score));
    let mut out = String::new();
    match format {
        Format::Json => {
            let list: Vec<Explained<'_>> = found
                .iter()
                .map(|(_, c, e)| Explained::new(c, e, locale))
                .collect();
            out = json(&list);
        }
        Format::Markdown => {
            out.push_str("| Code | Title | Error Message |\n|---|---|---|\n");
            for (_, _, entry) in &found {
                let title = entry.title.unwrap_or(entry.name).replace('|', "\\|");
                let message = entry.message.replace('|', "\\|").replace('\n', "<br>");
                let _ = writeln!(out, "| {} | {title} | {message} |", entry.code);
            }
        }
        Format::Text => {
            for (_, catalog, entry) in &found {
                let localized = entry.localized(locale.unwrap_or("en"));
                let title = localized.title().map_or(entry.name, |t| t.text);
                let _ = writeln!(out, "{:<9}{title} ({})", entry.code, catalog.name);
            }
        }
    }
    let status = u8::from(found.is_empty());
    if found.is_empty() {
        eprintln!("no code's texts hold {}", words.join(" "));
    }
    Ok(Outcome {
        stdout: out,
        status,
    })
}

/// How well `entry` matches: every word must occur in one of its texts; a word in the title
/// (or the variant's name) counts most, then the message, then the rest.
fn score(entry: &Entry, words: &[String]) -> u32 {
    let mut rest: Vec<&str> = entry
        .causes
        .iter()
        .chain(entry.solutions)
        .copied()
        .collect();
    case_texts(entry.cases, &mut rest);
    points(
        [entry.title.unwrap_or(""), entry.name],
        entry.message,
        entry.description,
        &rest,
        words,
    )
}

/// [`score`] over the texts in `locale`, where the catalog has them.
fn localized_score(entry: &'static Entry, words: &[String], locale: Option<&str>) -> u32 {
    let Some(translation) = locale.and_then(|tag| entry.localized(tag).translation()) else {
        return 0;
    };
    let mut rest: Vec<&str> = translation
        .causes
        .iter()
        .chain(translation.solutions)
        .copied()
        .collect();
    case_texts(translation.cases, &mut rest);
    points(
        [translation.title.unwrap_or(""), ""],
        translation.message.unwrap_or(entry.message),
        translation.description,
        &rest,
        words,
    )
}

/// Every text of `cases`: each case's title, message, description, causes and steps.
fn case_texts(cases: &'static [Case], out: &mut Vec<&'static str>) {
    for case in cases {
        out.push(case.title);
        out.extend(case.message);
        out.extend(case.description);
        out.extend(case.causes.iter().chain(case.solutions).copied());
    }
}

/// 4 points a word in `titles`, 2 in `message`, 1 in the description or `rest`; 0 when a word
/// is in none (case-insensitive).
fn points(
    titles: [&str; 2],
    message: &str,
    description: Option<&str>,
    rest: &[&str],
    words: &[String],
) -> u32 {
    let titles = titles.map(str::to_lowercase);
    let message = message.to_lowercase();
    let mut others = description.unwrap_or("").to_lowercase();
    for text in rest {
        others.push('\n');
        others.push_str(&text.to_lowercase());
    }
    let mut total = 0;
    for word in words {
        total += if titles.iter().any(|t| t.contains(word.as_str())) {
            4
        } else if message.contains(word.as_str()) {
            2
        } else if others.contains(word.as_str()) {
            1
        } else {
            return 0;
        };
    }
    total
}
