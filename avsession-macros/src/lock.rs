//! `#[catalog(lock = "codes.lock")]`: the codes a catalog has published, which never move.
//!
//! The lock is a plain-text file beside the crate's `Cargo.toml`, reviewed in diffs as
//! `Cargo.lock` is: one line per code, `CODE<TAB>STATE<TAB>VARIANT<TAB>MESSAGE`, and for a
//! retired code `<TAB>REASON` after it (tabs, newlines and backslashes in a text escaped as
//! `\t`, `\n`, `\\`); `#` starts a comment line. The derive reads it on every build and fails,
//! on the offending token and quoting the lock line, when the enum and the lock disagree. With
//! `AVSESSION_CODES_LOCK=update` it adds new codes and takes changed messages, and writes the
//! lock; it still refuses a renumbering, a reassignment, a reused retired code and a removal.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use syn::LitStr;

use crate::ast::Input;
use crate::error::{Accumulator, Error};

/// The environment variable that turns on updating.
pub const UPDATE_VAR: &str = "AVSESSION_CODES_LOCK";

/// What a lock line says of a code.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum State {
    Active,
    Retired,
}

/// One line of the lock.
#[derive(Clone)]
pub struct Line {
    /// 1-based.
    pub number: usize,
    pub code: i32,
    pub state: State,
    pub variant: String,
    pub message: String,
    pub reason: Option<String>,
    /// As written, for the error messages that quote it.
    pub raw: String,
}

/// A catalog's lock, as read.
pub struct Lock {
    pub lines: Vec<Line>,
    /// The header comment lines, kept when the lock is written again.
    pub header: Vec<String>,
}

/// A lock line's text field: `\t`, `\n` and `\\` unescaped.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
}

impl Lock {
    /// Reads the lock at `path`: `Ok(None)` when there is no such file, `Err` with the line and
    /// what is wrong for a malformed one.
    pub fn read(path: &Path, shown: &str) -> Result<Option<Lock>, String> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(format!("cannot read the lock `{shown}`: {err}")),
        };
        let mut lock = Lock {
            lines: Vec::new(),
            header: Vec::new(),
        };
        for (number, raw) in (1..).zip(text.lines()) {
            if raw.trim().is_empty() {
                continue;
            }
            if raw.starts_with('#') {
                if lock.lines.is_empty() {
                    lock.header.push(raw.to_owned());
                }
                continue;
            }
            let fields: Vec<&str> = raw.split('\t').collect();
            let bad = |what: &str| {
                format!(
                    "line {number} of the lock `{shown}` {what}: expected \
                     `CODE<TAB>active<TAB>VARIANT<TAB>MESSAGE` or \
                     `CODE<TAB>retired<TAB>VARIANT<TAB>MESSAGE<TAB>REASON`, found `{raw}`"
                )
            };
            let (code, state, variant, message, reason) = match fields.as_slice() {
                [code, "active", variant, message] => (code, State::Active, variant, message, None),
                [code, "retired", variant, message, reason] => (
                    code,
                    State::Retired,
                    variant,
                    message,
                    Some(unescape(reason)),
                ),
                _ => return Err(bad("is malformed")),
            };
            let code = code
                .parse::<i32>()
                .map_err(|_| bad("has a code that is not an i32"))?;
            if lock.lines.iter().any(|l| l.code == code) {
                return Err(bad(&format!("has the code {code} a second time")));
            }
            lock.lines.push(Line {
                number,
                code,
                state,
                variant: (*variant).to_owned(),
                message: unescape(message),
                reason,
                raw: raw.to_owned(),
            });
        }
        Ok(Some(lock))
    }

    /// The lock's text, its lines in code order.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for line in &self.header {
            let _ = writeln!(out, "{line}");
        }
        let mut lines: Vec<&Line> = self.lines.iter().collect();
        lines.sort_by_key(|l| l.code);
        for line in lines {
            let state = match line.state {
                State::Active => "active",
                State::Retired => "retired",
            };
            let _ = write!(
                out,
                "{}\t{state}\t{}\t{}",
                line.code,
                line.variant,
                escape(&line.message)
            );
            if let Some(reason) = &line.reason {
                let _ = write!(out, "\t{}", escape(reason));
            }
            out.push('\n');
        }
        out
    }
}

/// The header of a new lock.
fn header(enum_name: &str) -> Vec<String> {
    vec![
        format!("# The codes of `{enum_name}`: read by #[derive(ErrorCatalog)] on every build, which fails"),
        "# when the enum and this file disagree. AVSESSION_CODES_LOCK=update adds new codes and takes".to_owned(),
        "# changed messages; review the diff as you would Cargo.lock. Retire a code by changing its".to_owned(),
        "# state to `retired` and adding a tab and the reason; never delete a line.".to_owned(),
        "# code\tstate\tvariant\tmessage[\treason]".to_owned(),
    ]
}

/// Checks `input` against its lock, and in update mode writes the lock. `path` is the
/// `lock = "..."` literal.
pub fn check(input: &Input<'_>, path: &LitStr, errors: &mut Accumulator) -> Option<Lock> {
    let dir = std::env::var_os("CARGO_MANIFEST_DIR").map_or_else(PathBuf::new, PathBuf::from);
    let file = dir.join(path.value());
    let update = std::env::var(UPDATE_VAR).is_ok_and(|v| v == "update");
    let (mut lock, existed) = open(input, path, &file, update, errors)?;
    let before = lock.render();
    let mut refused = check_codes(input, &mut lock, update, errors);
    refused |= check_removed(input, &lock, path, errors);
    if update && !refused && (!existed || lock.render() != before) {
        if let Err(err) = std::fs::write(&file, lock.render()) {
            errors.push(
                Error::custom(format!("cannot write the lock `{}`: {err}", file.display()))
                    .with_span(path),
            );
        }
    }
    Some(lock)
}

/// The lock at `file`, and whether it existed: a new one in update mode.
fn open(
    input: &Input<'_>,
    path: &LitStr,
    file: &Path,
    update: bool,
    errors: &mut Accumulator,
) -> Option<(Lock, bool)> {
    match Lock::read(file, &path.value()) {
        Ok(Some(lock)) => Some((lock, true)),
        Ok(None) if update => Some((
            Lock {
                lines: Vec::new(),
                header: header(&input.ident.to_string()),
            },
            false,
        )),
        Ok(None) => {
            errors.push(
                Error::custom(format!(
                    "the lock file `{}` does not exist (looked for at `{}`, beside the crate's \
                     `Cargo.toml`): create it with `{UPDATE_VAR}=update cargo check`, then \
                     commit it",
                    path.value(),
                    file.display()
                ))
                .with_span(path),
            );
            None
        }
        Err(message) => {
            errors.push(Error::custom(message).with_span(path));
            None
        }
    }
}

/// Each code of the enum against the lock; in update mode new codes and changed messages go
/// into it. Whether anything was refused.
fn check_codes(input: &Input<'_>, lock: &mut Lock, update: bool, errors: &mut Accumulator) -> bool {
    let mut refused = false;
    for (variant, spec) in input.codes() {
        let name = variant.ident.to_string();
        let by_code = lock.lines.iter().position(|l| l.code == spec.code);
        let by_name = lock
            .lines
            .iter()
            .position(|l| l.variant == name && l.state == State::Active);
        let refusal = match (by_code, by_name) {
            (Some(at), _) => {
                let line = &lock.lines[at];
                let message = spec.message.value().unwrap_or_default();
                if line.state == State::Retired {
                    Some(
                        Error::custom(format!(
                            "error code {} was retired and is never used again (line {} of the \
                         lock: `{}`): give `{name}` a new code",
                            spec.code, line.number, line.raw
                        ))
                        .with_span(&spec.code_span),
                    )
                } else if line.variant != name {
                    Some(
                        Error::custom(format!(
                            "error code {} is locked to `{}` (line {} of the lock: `{}`): a code \
                         never moves to another variant; give `{name}` a new code",
                            spec.code, line.variant, line.number, line.raw
                        ))
                        .with_span(&spec.code_span),
                    )
                } else if message == line.message {
                    None
                } else if update {
                    lock.lines[at].message = message;
                    None
                } else {
                    Some(
                        Error::custom(format!(
                            "the message of error code {} changed from the locked one (line {} of \
                         the lock: `{}`): keep it, or accept the new one with \
                         `{UPDATE_VAR}=update cargo check`",
                            spec.code, line.number, line.raw
                        ))
                        .with_span(&spec.message.span()),
                    )
                }
            }
            (None, Some(at)) => {
                let line = &lock.lines[at];
                Some(
                    Error::custom(format!(
                    "`{name}` is locked to error code {} (line {} of the lock: `{}`): a variant \
                     never changes its code; give the new code a new variant",
                    line.code, line.number, line.raw
                ))
                    .with_span(&spec.code_span),
                )
            }
            (None, None) if update => {
                lock.lines.push(Line {
                    number: 0,
                    code: spec.code,
                    state: State::Active,
                    variant: name,
                    message: spec.message.value().unwrap_or_default(),
                    reason: None,
                    raw: String::new(),
                });
                None
            }
            (None, None) => Some(
                Error::custom(format!(
                    "error code {} is not in the lock yet: add it with \
                 `{UPDATE_VAR}=update cargo check` and commit the lock",
                    spec.code
                ))
                .with_span(&spec.code_span),
            ),
        };
        if let Some(error) = refusal {
            refused = true;
            errors.push(error);
        }
    }
    refused
}

/// Every active locked code the enum no longer has, variant and all. Whether there is one.
fn check_removed(input: &Input<'_>, lock: &Lock, path: &LitStr, errors: &mut Accumulator) -> bool {
    let mut refused = false;
    for line in lock.lines.iter().filter(|l| l.state == State::Active) {
        let kept = input.codes().any(|(variant, spec)| {
            spec.code == line.code || variant.ident == line.variant.as_str()
        });
        if !kept {
            refused = true;
            errors.push(
                Error::custom(format!(
                    "the locked error code {} is gone from the enum (line {} of the lock: `{}`): \
                     codes are never removed; to remove `{}` in a major release, change its \
                     state in the lock to `retired` and add the reason after a tab",
                    line.code, line.number, line.raw, line.variant
                ))
                .with_span(path),
            );
        }
    }
    refused
}
