//! `check PAGE.md --module FILE`: the page against your own catalog, the module `import` wrote
//! from it. The page is imported again, with the enum name, catalog name and lock the module
//! declares, and each code's part of the module is compared with what the page makes of it:
//! exit 0 when they agree, 1 with a line per code that differs (and the module's line), 2 for
//! a page or module that cannot be read.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::import::{imported, Args};
use super::{Failure, Outcome};

pub fn run(
    page: &Path,
    module: &Path,
    constants: &[PathBuf],
    translations: &[(String, PathBuf)],
) -> Result<Outcome, Failure> {
    let text = std::fs::read_to_string(module).map_err(|err| {
        Failure(format!(
            "{}: cannot read the module: {err}",
            module.display()
        ))
    })?;
    let declared = |key: &str| declared(&text, key);
    let enum_name = text
        .lines()
        .find_map(|line| line.strip_prefix("pub enum ")?.strip_suffix(" {"))
        .map(str::to_owned)
        .ok_or_else(|| {
            Failure(format!(
                "{}: no `pub enum NAME {{` line: give the module `import` wrote",
                module.display()
            ))
        })?;
    let lock = declared("lock").map(PathBuf::from);
    if translations.is_empty() && text.contains("\n    locales = [") {
        return Err(Failure(format!(
            "{}: the catalog is translated (`locales`): give each translated page as for \
             `import`, e.g. `--lang zh-CN=pages/zh-cn/{}`",
            module.display(),
            page.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        )));
    }
    let args = Args {
        page,
        enum_name: Some(enum_name),
        name: declared("name"),
        constants,
        translations,
        lock: lock.as_deref(),
        // The module's names are the locked ones.
        keep_names: lock.is_some(),
        output: None,
    };
    let expected = imported(&args)?.source;
    let (theirs, ours) = (parts(&expected), parts(&text));
    let mut out = String::new();
    for (key, (_, part)) in &theirs {
        let shown = key.map_or_else(|| "the catalog's attributes".to_owned(), |c| c.to_string());
        match ours.get(key) {
            None => {
                let _ = writeln!(out, "{shown}: only on the page");
            }
            Some((line, mine)) if mine != part => {
                let (offset, change) = first_change(mine, part);
                let _ = writeln!(
                    out,
                    "{shown}: {}:{}: {change}",
                    module.display(),
                    line + offset
                );
            }
            Some(_) => {}
        }
    }
    for (key, (line, _)) in &ours {
        if let (Some(code), false) = (key, theirs.contains_key(key)) {
            let _ = writeln!(
                out,
                "{code}: only in the module ({}:{line})",
                module.display()
            );
        }
    }
    if out.is_empty() {
        eprintln!(
            "{}: agrees with {} ({} codes)",
            page.display(),
            module.display(),
            theirs.len() - 1
        );
    }
    Ok(Outcome {
        status: u8::from(!out.is_empty()),
        stdout: out,
    })
}

/// The string `key = "..."` of the module's `#[catalog(...)]`, as `import` writes it.
fn declared(module: &str, key: &str) -> Option<String> {
    let prefix = format!("    {key} = \"");
    let line = module.lines().find(|line| line.starts_with(&prefix))?;
    let value = line[prefix.len()..]
        .trim_end_matches(',')
        .strip_suffix('"')?;
    Some(value.replace("\\\"", "\"").replace("\\\\", "\\"))
}

/// The module cut into the catalog's part (`None`: everything before the first code) and
/// each code's (from its `#[code(` to the next), each with its first line.
fn parts(module: &str) -> BTreeMap<Option<i32>, (usize, String)> {
    let lines: Vec<&str> = module.lines().collect();
    // Where each code's part starts (its doc comment above its `#[code(`), and its code.
    let mut starts: Vec<(usize, Option<i32>)> = vec![(0, None)];
    for (at, pair) in lines.windows(2).enumerate() {
        let code = (pair[0].trim() == "#[code(")
            .then(|| pair[1].trim().trim_end_matches(',').parse::<i32>().ok())
            .flatten();
        if let Some(code) = code {
            let docs = lines[..at]
                .iter()
                .rev()
                .take_while(|line| line.trim_start().starts_with("///"))
                .count();
            starts.push((at - docs, Some(code)));
        }
    }
    let ends = starts
        .iter()
        .skip(1)
        .map(|(start, _)| *start)
        .chain([lines.len()]);
    starts
        .iter()
        .zip(ends)
        .map(|(&(start, code), end)| {
            let mut text = lines[start..end].join("\n");
            text.push('\n');
            (code, (start + 1, text))
        })
        .collect()
}

/// The first line where `mine` and `theirs` differ (counted from 0), as both say it.
fn first_change(mine: &str, theirs: &str) -> (usize, String) {
    let (mut a, mut b) = (mine.lines(), theirs.lines());
    for offset in 0.. {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => {}
            (x, y) => {
                let change = format!(
                    "the module says `{}`, the page makes it `{}`",
                    x.map_or("nothing", str::trim),
                    y.map_or("nothing", str::trim)
                );
                return (offset, change);
            }
        }
    }
    (0, String::new())
}
