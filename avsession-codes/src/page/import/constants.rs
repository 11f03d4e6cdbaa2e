//! The C API's constants: a table of `name<TAB>value<TAB>since[<TAB>meaning[<TAB>header]]`
//! lines, such as `native-avsession-errcodes.tsv` and the tables of every kit's error enums in
//! `avsession-codes/src/catalogs/constants/`.

use std::borrow::ToOwned;
use std::format;
use std::string::String;
use std::vec::Vec;

/// What a constant's value means, as its table's `meaning` column says.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Meaning {
    /// The value is the code a page documents, with the same meaning: `page`, or
    /// `page:<module>` naming the catalog whose page it is (`page:udmf`, `page:universal`).
    /// An empty column means the same, for tables without one.
    Documented(Option<String>),
    /// The value means success (`success`): no page documents it.
    Success,
    /// The C API gives the value a meaning of its own (`own`): no page documents it, or a
    /// page documents it as another error.
    Own,
}

/// One constant of the C API.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Constant {
    /// Its name (`AV_SESSION_ERR_SERVICE_EXCEPTION`).
    pub name: String,
    /// Its value.
    pub value: i32,
    /// The API level that introduced it, where the table says.
    pub since: Option<u32>,
    /// Whether the value is the documented code.
    pub meaning: Meaning,
    /// What the C header says of it, on one line; empty where it says nothing.
    pub header: String,
    /// The 1-based line of the table it is on.
    pub line: usize,
}

/// The C API's constants, in table order; a code may have several (aliases such as RDB's
/// `E_BASE` and `RDB_E_ERROR`, both 14800000).
#[derive(Debug, Clone, Default)]
pub struct Constants(Vec<Constant>);

impl Constants {
    /// Reads a table of `name<TAB>value<TAB>since[<TAB>meaning[<TAB>header]]` lines
    /// (`native-avsession-errcodes.tsv`): lines starting with `#` and a header line starting
    /// with `name` are skipped, `since` may be empty, `meaning` is `page`, `page:<module>`,
    /// `success`, `own` or empty (as `page`), `header` is the C header's description.
    ///
    /// # Errors
    /// The 1-based line and what is wrong with it.
    pub fn parse_tsv(text: &str) -> Result<Constants, String> {
        let mut out = Vec::new();
        for (line, text) in (1..).zip(text.lines()) {
            let text = text.strip_suffix('\r').unwrap_or(text);
            if text.trim().is_empty() || text.starts_with('#') || text.starts_with("name\t") {
                continue;
            }
            out.push(row(line, text)?);
        }
        Ok(Constants(out))
    }

    /// Adds the constants of another table after these.
    pub fn extend(&mut self, other: Constants) {
        self.0.extend(other.0);
    }

    /// Every constant, in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Constant> {
        self.0.iter()
    }

    /// The constants whose value is the documented `code`, by name, first seen first, with
    /// the API level of the first that has one.
    pub(crate) fn documented(&self, code: i32) -> (Vec<String>, Option<u32>) {
        let mut names: Vec<String> = Vec::new();
        let mut since = None;
        for constant in &self.0 {
            if constant.value != code
                || !matches!(constant.meaning, Meaning::Documented(_))
                || names.contains(&constant.name)
            {
                continue;
            }
            names.push(constant.name.clone());
            since = since.or(constant.since);
        }
        (names, since)
    }
}

fn row(line: usize, text: &str) -> Result<Constant, String> {
    let fields: Vec<&str> = text.split('\t').collect();
    let (name, value, since, meaning, header) = match fields.as_slice() {
        [name, value] => (*name, *value, "", "", ""),
        [name, value, since] => (*name, *value, *since, "", ""),
        [name, value, since, meaning] => (*name, *value, *since, *meaning, ""),
        [name, value, since, meaning, header] => (*name, *value, *since, *meaning, *header),
        _ => {
            return Err(format!(
                "line {line}: expected `name<TAB>value<TAB>since<TAB>meaning<TAB>header` (the \
                 last three may be left out), found `{text}`"
            ))
        }
    };
    let name = name.trim();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(format!(
            "line {line}: `{name}` is not a C constant's name (letters, digits and `_`)"
        ));
    }
    let value: i32 = value
        .trim()
        .parse()
        .map_err(|_| format!("line {line}: the value `{value}` of `{name}` is not an i32"))?;
    let since = match since.trim() {
        "" => None,
        level => Some(level.parse::<u32>().map_err(|_| {
            format!("line {line}: the API level `{level}` of `{name}` is not a number")
        })?),
    };
    let meaning = match meaning.trim() {
        "" | "page" => Meaning::Documented(None),
        "success" => Meaning::Success,
        "own" => Meaning::Own,
        other => match other.strip_prefix("page:") {
            Some(module) if !module.is_empty() => Meaning::Documented(Some(module.to_owned())),
            _ => {
                return Err(format!(
                    "line {line}: the meaning `{other}` of `{name}` is none of `page`, \
                     `page:<module>`, `success`, `own`"
                ))
            }
        },
    };
    Ok(Constant {
        name: name.to_owned(),
        value,
        since,
        meaning,
        header: header.trim().to_owned(),
        line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_column_and_keeps_aliases() {
        let table = Constants::parse_tsv(
            "# RDB\nname\tvalue\tsince\tmeaning\theader\nRDB_OK\t0\t10\tsuccess\tOk.\n\
             E_BASE\t14800000\t10\tpage:rdb\tBase.\nRDB_E_ERROR\t14800000\t10\tpage\t\n\
             RDB_ERR\t-1\t10\town\tFailed.\nOLD\t7\n",
        )
        .unwrap();
        let (names, since) = table.documented(14_800_000);
        assert_eq!(names, ["E_BASE", "RDB_E_ERROR"]);
        assert_eq!(since, Some(10));
        // Success and the C API's own meanings are never a documented code's.
        assert_eq!(table.documented(0).0, Vec::<String>::new());
        assert_eq!(table.documented(-1).0, Vec::<String>::new());
        assert_eq!(table.documented(7).0, ["OLD"]);
        let own = table.iter().find(|c| c.name == "RDB_ERR").unwrap();
        assert_eq!(
            (own.value, &own.meaning, own.header.as_str(), own.line),
            (-1, &Meaning::Own, "Failed.", 6)
        );
    }

    #[test]
    fn names_the_line_and_what_is_wrong() {
        let err = |text: &str| Constants::parse_tsv(text).unwrap_err();
        assert_eq!(err("A\tx\n"), "line 1: the value `x` of `A` is not an i32");
        assert_eq!(
            err("\nA\t1\tnew\n"),
            "line 2: the API level `new` of `A` is not a number"
        );
        assert!(
            err("A\t1\t2\tmaybe\n").starts_with("line 1: the meaning `maybe` of `A` is none of")
        );
        assert!(err("A B\t1\n").starts_with("line 1: `A B` is not a C constant's name"));
        assert!(err("A\n").starts_with("line 1: expected `name<TAB>value"));
        assert!(err("A\t1\t2\t3\t4\t5\n").starts_with("line 1: expected"));
    }
}
