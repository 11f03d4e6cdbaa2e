//! The C API's error constants of the shipped kits (`src/catalogs/constants/`, one table per
//! C enum, gathered from `openharmony/interface_sdk_c`), for `explain`: a constant whose value
//! a page documents with the same meaning is explained by that page's entry; any other (the
//! success value, a value the C API gives a meaning of its own) by what its header says.

use avsession_codes::page::{Constant, Constants, Meaning};
use avsession_codes::{Catalog, Entry, CATALOGS};

use super::{documenting, json, text, Failure, Format};

mod tables;

/// One C enum's table.
pub struct Table {
    /// The C enum (`Udmf_ErrCode`).
    pub enum_name: &'static str,
    /// Where it was gathered from: the header's path, the repository and the commit.
    pub source: &'static str,
    pub constants: Constants,
}

/// Every table, in file-name order.
pub fn tables() -> Result<Vec<Table>, Failure> {
    tables::TABLES
        .iter()
        .map(|&(enum_name, text)| {
            let constants = Constants::parse_tsv(text).map_err(|err| {
                Failure(format!(
                    "src/catalogs/constants/{enum_name}.tsv: {err} (the tool's own table is broken)"
                ))
            })?;
            // `# Udmf_ErrCode of the OpenHarmony C API: PATH in REPOSITORY at COMMIT`.
            let source = text
                .lines()
                .next()
                .and_then(|line| line.split_once(" of the OpenHarmony C API: "))
                .map_or("", |(_, source)| source);
            Ok(Table {
                enum_name,
                source,
                constants,
            })
        })
        .collect()
}

/// The shipped catalog imported as `module` (`udmf`, `universal`): a kit's enum as
/// `kits/mod.rs` re-exports it, else the one `imports.tsv` names.
pub fn catalog_of(module: &str) -> Option<&'static Catalog> {
    let kit = include_str!("../../catalogs/kits/mod.rs")
        .lines()
        .find_map(|line| {
            let (stem, enum_name) = line
                .strip_prefix("pub use ")?
                .strip_suffix(';')?
                .split_once("::")?;
            (stem == module).then_some(enum_name)
        });
    let enum_name = kit.or_else(|| {
        include_str!("../../catalogs/imports.tsv")
            .lines()
            .filter(|line| !line.starts_with('#'))
            .find_map(|line| {
                let mut fields = line.split('\t');
                let stem = fields.next()?.strip_suffix(".rs")?;
                (stem == module).then(|| fields.nth(1)).flatten()
            })
    })?;
    CATALOGS.iter().copied().find(|c| c.type_name == enum_name)
}

/// A constant of one of the tables, with its table.
#[derive(Clone, Copy)]
pub struct Found<'t> {
    pub table: &'t Table,
    pub constant: &'t Constant,
}

impl Found<'_> {
    /// The catalog and entry that document the constant's value with its meaning.
    pub fn documented(&self) -> Option<(&'static Catalog, &'static Entry)> {
        let Meaning::Documented(Some(module)) = &self.constant.meaning else {
            return None;
        };
        let catalog = catalog_of(module)?;
        Some((catalog, catalog.lookup(self.constant.value)?))
    }
}

/// The constants named `name`, or `Enum::NAME` for one C enum's.
pub fn named<'t>(tables: &'t [Table], name: &str) -> Vec<Found<'t>> {
    let (enum_name, name) = match name.rsplit_once("::") {
        Some((enum_name, name)) => (Some(enum_name), name),
        None => (None, name),
    };
    every(tables)
        .filter(|f| f.constant.name == name && enum_name.is_none_or(|e| e == f.table.enum_name))
        .collect()
}

/// The constants whose value is `value`.
pub fn valued(tables: &[Table], value: i32) -> Vec<Found<'_>> {
    every(tables)
        .filter(|f| f.constant.value == value)
        .collect()
}

fn every(tables: &[Table]) -> impl Iterator<Item = Found<'_>> {
    tables.iter().flat_map(|table| {
        table
            .constants
            .iter()
            .map(move |constant| Found { table, constant })
    })
}

/// What `explain` says of constants no page documents with their meaning.
pub fn explain(found: &[Found<'_>], format: Format) -> String {
    match format {
        Format::Json => {
            let shown: Vec<ConstantJson<'_>> = found.iter().map(ConstantJson::new).collect();
            match shown.as_slice() {
                [one] => json(one),
                many => json(many),
            }
        }
        Format::Text | Format::Markdown => {
            let mut out = String::new();
            // `0`: success in most enums, said once.
            if found.len() > 1 && found.iter().all(|f| f.constant.meaning == Meaning::Success) {
                let names: Vec<String> = found
                    .iter()
                    .map(|f| format!("{}::{}", f.table.enum_name, f.constant.name))
                    .collect();
                let said = format!(
                    "{} means success: it is no error. It is the success value of {} C enums: {}.",
                    found[0].constant.value,
                    found.len(),
                    names.join(", ")
                );
                let _ = text::wrapped(&mut out, &said, "", "");
                return out;
            }
            for (i, f) in found.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                describe(&mut out, f);
            }
            out
        }
    }
}

fn describe(out: &mut String, found: &Found<'_>) {
    let Found { table, constant } = found;
    let since = constant
        .since
        .map_or_else(String::new, |level| format!(", since API {level}"));
    let first = format!(
        "{} = {}: a constant of the C API's {}{since}",
        constant.name, constant.value, table.enum_name
    );
    // Writing to a `String` cannot fail.
    let _ = text::wrapped(out, &first, "", "  ");
    if !constant.header.is_empty() {
        let _ = text::block(out, "The header says", &[&constant.header], false);
    }
    let _ = text::block(out, "Meaning", &[&meaning(found)], false);
    let _ = text::block(out, "Source", &[table.source], false);
}

/// One sentence on what the value means, and which page documents it.
fn meaning(found: &Found<'_>) -> String {
    let constant = found.constant;
    let value = constant.value;
    match &constant.meaning {
        Meaning::Success => {
            format!("{value} means success: it is no error, and no page documents it.")
        }
        _ => match documenting(value).collect::<Vec<_>>().as_slice() {
            [] => {
                format!("No shipped page documents {value}: the C API alone gives it this meaning.")
            }
            others => {
                let others: Vec<String> = others
                    .iter()
                    .map(|(catalog, entry)| {
                        format!(
                            "the {} catalog documents it as another error, \"{}\" ({}::{})",
                            catalog.name,
                            entry.title.unwrap_or(entry.message),
                            catalog.type_name,
                            entry.name
                        )
                    })
                    .collect();
                format!(
                    "The C API gives {value} a meaning of its own: {}.",
                    others.join("; ")
                )
            }
        },
    }
}

/// What `explain --format json` says of a constant.
#[derive(serde::Serialize)]
pub struct ConstantJson<'a> {
    constant: &'a str,
    value: i32,
    c_enum: &'a str,
    since: Option<u32>,
    meaning: &'static str,
    header: &'a str,
    explanation: String,
    source: &'a str,
}

impl<'a> ConstantJson<'a> {
    pub fn new(found: &'a Found<'a>) -> Self {
        let Found { table, constant } = found;
        ConstantJson {
            constant: &constant.name,
            value: constant.value,
            c_enum: table.enum_name,
            since: constant.since,
            meaning: match constant.meaning {
                Meaning::Success => "success",
                Meaning::Own => "own",
                _ => "documented",
            },
            header: &constant.header,
            explanation: meaning(found),
            source: table.source,
        }
    }
}
