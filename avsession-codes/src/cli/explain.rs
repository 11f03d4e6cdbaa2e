//! `explain CODE|VARIANT|CONSTANT`: one code, found by its number, its variant's name
//! (`SessionServiceException`, `AVSessionError::SessionServiceException`) or the C API's
//! constant (`AV_SESSION_ERR_SERVICE_EXCEPTION`).

use std::fmt::Write as _;

use avsession_codes::locale::{Cases, Text, Texts, ENGLISH};
use avsession_codes::{render_entry, render_entry_in, Catalog, Entry, Retired, CATALOGS};

use super::{c_api, documenting, json, text, Failure, Format, Outcome};

pub fn run(
    query: &str,
    message: Option<&str>,
    format: Format,
    locale: Option<&str>,
) -> Result<Outcome, Failure> {
    if let Some((catalog, retired)) = find_retired(query) {
        return Ok(Outcome::ok(explain_retired(catalog, retired, format)));
    }
    let tables = c_api::tables()?;
    let query = query.trim();
    let constants = c_api::named(&tables, query);
    let chosen = (constants.iter().enumerate())
        .find_map(|(i, f)| f.documented().map(|documented| (i, documented)));
    let documented = chosen.map(|(_, documented)| documented);
    // Other C enums' constants of the same name (`ERR_OK`), shown after the entry.
    let namesakes: Vec<c_api::Found<'_>> = match chosen {
        Some((i, _)) => (constants.iter().enumerate())
            .filter(|&(j, _)| j != i)
            .map(|(_, f)| *f)
            .collect(),
        None => Vec::new(),
    };
    if !constants.is_empty() && documented.is_none() && message.is_none() {
        return Ok(Outcome::ok(c_api::explain(&constants, format)));
    }
    let found = match documented {
        Some(found) => Ok(found),
        None => find(query),
    };
    let (catalog, entry) = match found {
        Ok(found) => found,
        Err(Failure(why)) => {
            // A value no page documents, that the C API names.
            let named = query.parse().map(|value| c_api::valued(&tables, value));
            if let Ok(named) = named.as_ref().map(Vec::as_slice) {
                if !named.is_empty() && message.is_none() {
                    return Ok(Outcome::ok(c_api::explain(named, format)));
                }
            }
            return Err(Failure(format!(
                "{why}; run `avsession-codes list` to see the valid codes"
            )));
        }
    };
    if let Some(message) = message {
        return explain_case(catalog, entry, message, format, locale);
    }
    // Constants that give the code another meaning in the C API (UDMF's 20400001).
    let elsewhere: Vec<c_api::Found<'_>> = c_api::valued(&tables, entry.code)
        .into_iter()
        .filter(|f| {
            f.documented().is_none() && !entry.constants.contains(&f.constant.name.as_str())
        })
        .collect();
    // A code that other catalogs document too (two kits sharing a code) is shown with each.
    let also = others(catalog, entry);
    let mut out = String::new();
    match format {
        Format::Text => {
            text::entry(&mut out, catalog, entry, locale).map_err(|_| write_failed())?;
            for (other, other_entry) in &also {
                let _ = write!(
                    out,
                    "\n{} is also documented by {} ({}::{}):\n\n",
                    entry.code, other.name, other.type_name, other_entry.name
                );
                text::entry(&mut out, other, other_entry, locale).map_err(|_| write_failed())?;
            }
            if !namesakes.is_empty() {
                let _ = write!(out, "\nOther C enums name a constant {query} too:\n\n");
                out.push_str(&c_api::explain(&namesakes, format));
            }
            if !elsewhere.is_empty() {
                let _ = write!(
                    out,
                    "\nThe C API also names {}, with a meaning of its own:\n\n",
                    entry.code
                );
                out.push_str(&c_api::explain(&elsewhere, format));
            }
        }
        Format::Markdown => {
            for (catalog, entry) in std::iter::once((catalog, entry)).chain(also) {
                if !out.is_empty() {
                    out.push('\n');
                }
                match locale {
                    Some(tag) => render_entry_in(catalog, entry, tag, &mut out),
                    None => render_entry(entry, &mut out),
                }
                .map_err(|_| write_failed())?;
            }
        }
        Format::Json => {
            let mut explained = Explained::new(catalog, entry, locale);
            explained.also = also
                .into_iter()
                .map(|(c, e)| Explained::new(c, e, locale))
                .collect();
            explained.c_api_elsewhere = elsewhere.iter().map(c_api::ConstantJson::new).collect();
            out = json(&explained);
        }
    }
    Ok(Outcome::ok(out))
}

/// The other catalogs that document the code of `entry`, with their entries.
fn others(
    catalog: &'static Catalog,
    entry: &'static Entry,
) -> Vec<(&'static Catalog, &'static Entry)> {
    documenting(entry.code)
        .filter(|(c, _)| c.type_name != catalog.type_name)
        .collect()
}

/// `explain CODE --message TEXT`: the case of `entry` whose message the system returned.
fn explain_case(
    catalog: &'static Catalog,
    entry: &'static Entry,
    message: &str,
    format: Format,
    locale: Option<&str>,
) -> Result<Outcome, Failure> {
    let Some(case) = entry.case(message) else {
        let messages: Vec<String> = entry
            .cases
            .iter()
            .filter_map(|case| case.message)
            .map(|m| format!("\"{m}\""))
            .collect();
        return Err(Failure(if messages.is_empty() {
            format!(
                "{} is not split into cases, so `--message` has nothing to choose: run \
                 `avsession-codes explain {}`",
                entry.code, entry.code
            )
        } else {
            format!(
                "no case of {} has the message \"{}\": its cases' messages are {}",
                entry.code,
                message.trim(),
                messages.join(", ")
            )
        }));
    };
    let index = entry.cases.iter().position(|c| c == case).unwrap_or(0);
    // The case in the output's language, where the translation has the same cases.
    let localized = entry.localized(locale.unwrap_or(ENGLISH)).cases();
    let shown = match localized.cases.get(index) {
        Some(translated) if localized.cases.len() == entry.cases.len() => translated,
        _ => case,
    };
    let mut out = String::new();
    match format {
        Format::Json => {
            out = json(&CaseJson {
                explained: Explained::new(catalog, entry, locale),
                case: shown,
                case_number: index + 1,
            });
        }
        Format::Text | Format::Markdown => {
            let localized = entry.localized(locale.unwrap_or(ENGLISH));
            let words = text::words(locale.filter(|_| localized.translation().is_some()));
            let title = localized.title().map_or(entry.name, |t| t.text);
            let _ = writeln!(out, "{} {title} ({})", entry.code, catalog.name);
            text::cases(&mut out, words, index + 1, shown).map_err(|_| write_failed())?;
        }
    }
    Ok(Outcome::ok(out))
}

/// `explain CODE --message TEXT --format json`: the entry, and the case of the message.
#[derive(serde::Serialize)]
struct CaseJson<'a> {
    #[serde(flatten)]
    explained: Explained<'a>,
    case_number: usize,
    case: &'a avsession_codes::Case,
}

fn write_failed() -> Failure {
    Failure("cannot format the entry".to_owned())
}

/// The catalog and entry `query` names, or why there is none.
pub fn find(query: &str) -> Result<(&'static Catalog, &'static Entry), Failure> {
    let query = query.trim();
    let numeric = query.starts_with(|c: char| c.is_ascii_digit() || c == '-' || c == '+');
    let found = if numeric {
        by_code(query)?
    } else {
        by_name(query)
    };
    found.ok_or_else(|| {
        let catalogs = CATALOGS.len();
        Failure(if numeric {
            format!("none of the {catalogs} catalogs has the code {query}")
        } else {
            format!(
                "none of the {catalogs} catalogs has a variant or C API constant named `{query}`: give a \
                 code (6600101), a variant (SessionServiceException) or a constant \
                 (AV_SESSION_ERR_SERVICE_EXCEPTION)"
            )
        })
    })
}

fn by_code(query: &str) -> Result<Option<(&'static Catalog, &'static Entry)>, Failure> {
    let code: i64 = query.parse().map_err(|_| {
        Failure(format!(
            "`{query}` is not an error code: codes are numbers such as 6600101"
        ))
    })?;
    if code <= 0 {
        return Err(Failure(format!(
            "`{query}` is not an error code: codes are positive numbers such as 6600101"
        )));
    }
    Ok(i32::try_from(code)
        .ok()
        .and_then(|code| documenting(code).next()))
}

/// A code that a catalog's lock records as retired.
fn find_retired(query: &str) -> Option<(&'static Catalog, &'static Retired)> {
    let code: i32 = query.trim().parse().ok()?;
    CATALOGS
        .iter()
        .find_map(|catalog| catalog.retired(code).map(|retired| (*catalog, retired)))
}

/// What `explain` says of a retired code: that it was retired, and why.
fn explain_retired(catalog: &Catalog, retired: &Retired, format: Format) -> String {
    match format {
        Format::Json => json(&RetiredJson {
            catalog: catalog.name,
            variant: format!("{}::{}", catalog.type_name, retired.variant),
            retired,
        }),
        Format::Text | Format::Markdown => format!(
            "{} was retired from the catalog {}: {}\nIt was {}::{}, \"{}\"; it is never used again.\n",
            retired.code, catalog.name, retired.reason, catalog.type_name, retired.variant, retired.message
        ),
    }
}

/// `explain --format json` of a retired code.
#[derive(serde::Serialize)]
struct RetiredJson<'a> {
    catalog: &'a str,
    variant: String,
    #[serde(flatten)]
    retired: &'a Retired,
}

/// A variant, bare or behind its enum's name, or a C API constant.
fn by_name(query: &str) -> Option<(&'static Catalog, &'static Entry)> {
    let (type_name, name) = match query.rsplit_once("::") {
        Some((path, name)) => (path.rsplit("::").next(), name),
        None => (None, query),
    };
    CATALOGS.iter().find_map(|catalog| {
        if type_name.is_some_and(|t| t != catalog.type_name) {
            return None;
        }
        catalog
            .entries
            .iter()
            .find(|e| e.name == name || (type_name.is_none() && e.constants.contains(&name)))
            .map(|entry| (*catalog, entry))
    })
}

/// `explain --format json`: the entry with its catalog and variant, and each text in the
/// output's language with the locale it is in.
#[derive(serde::Serialize)]
pub struct Explained<'a> {
    catalog: &'a str,
    variant: String,
    #[serde(flatten)]
    entry: &'a Entry,
    localized: Localized,
    /// The same code in the other catalogs that document it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    also: Vec<Explained<'a>>,
    /// The C API's constants with the code's value and a meaning of their own.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    c_api_elsewhere: Vec<c_api::ConstantJson<'a>>,
}

/// The texts of `explain --format json`, each with its locale.
#[derive(serde::Serialize)]
struct Localized {
    title: Option<Text>,
    message: Text,
    description: Option<Text>,
    causes: Texts,
    solutions: Texts,
    cases: Cases,
}

impl<'a> Explained<'a> {
    pub fn new(catalog: &'a Catalog, entry: &'static Entry, locale: Option<&str>) -> Self {
        let mut variant = String::new();
        let _ = write!(variant, "{}::{}", catalog.type_name, entry.name);
        let localized = entry.localized(locale.unwrap_or(ENGLISH));
        Explained {
            catalog: catalog.name,
            variant,
            entry,
            localized: Localized {
                title: localized.title(),
                message: localized.message(),
                description: localized.description(),
                causes: localized.causes(),
                solutions: localized.solutions(),
                cases: localized.cases(),
            },
            also: Vec::new(),
            c_api_elsewhere: Vec::new(),
        }
    }
}
