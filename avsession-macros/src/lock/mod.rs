//! `#[catalog(lock = "codes.lock")]`: the codes a catalog has published, which never move.
//!
//! The lock is a plain-text file beside the crate's `Cargo.toml`, reviewed in diffs as
//! `Cargo.lock` is: one line per code, `CODE<TAB>STATE<TAB>VARIANT<TAB>MESSAGE`, and for a
//! retired code `<TAB>REASON` after it (tabs, newlines and backslashes in a text escaped as
//! `\t`, `\n`, `\\`); `#` starts a comment line. The derive reads it on every build and fails,
//! on the offending token and quoting the lock line, when the enum and the lock disagree. With
//! `AVSESSION_CODES_LOCK=update` it adds new codes and takes changed messages, and writes the
//! lock; it still refuses a renumbering, a reassignment, a reused retired code and a removal.

use std::path::{Path, PathBuf};

use syn::LitStr;

use crate::ast::Input;
use crate::error::{Accumulator, Error};

/// The environment variable that turns on updating.
pub const UPDATE_VAR: &str = "AVSESSION_CODES_LOCK";

mod format;

pub use format::{Line, Lock, State, Verdict};

/// Reads the lock at `path` (`shown` as the attribute names it): `Ok(None)` when there is no
/// such file, `Err` with the line and what is wrong for a malformed one.
fn read(path: &Path, shown: &str) -> Result<Option<Lock>, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => Lock::parse(&text, shown).map(Some),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(format!("cannot read the lock `{shown}`: {err}")),
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
    match read(file, &path.value()) {
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
        let message = spec.message.value().unwrap_or_default();
        let refusal = match lock.verdict(spec.code, &name, &message) {
            Verdict::Kept => None,
            Verdict::Retired(at) => {
                let line = &lock.lines[at];
                Some(
                    Error::custom(format!(
                        "error code {} was retired and is never used again (line {} of the \
                         lock: `{}`): remove `{name}`, or, if the code is back in the system's \
                         documentation, make its lock line `active` again by hand",
                        spec.code, line.number, line.raw
                    ))
                    .with_span(&spec.code_span),
                )
            }
            Verdict::Renamed(at) => {
                let line = &lock.lines[at];
                Some(
                    Error::custom(format!(
                        "error code {} is locked to `{}` (line {} of the lock: `{}`): a variant \
                         keeps its name, as callers name it; rename `{name}` back to `{}` (a \
                         re-import keeps locked names with `--keep-names`)",
                        spec.code, line.variant, line.number, line.raw, line.variant
                    ))
                    .with_span(&spec.code_span),
                )
            }
            Verdict::MessageChanged(at) if update => {
                lock.lines[at].message = message;
                None
            }
            Verdict::MessageChanged(at) => {
                let line = &lock.lines[at];
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
            Verdict::Renumbered(at) => {
                let line = &lock.lines[at];
                Some(
                    Error::custom(format!(
                        "`{name}` is locked to error code {} (line {} of the lock: `{}`): a \
                         variant never changes its code; restore its code {}, or, if {} is \
                         another code, give it a variant of its own",
                        line.code, line.number, line.raw, line.code, spec.code
                    ))
                    .with_span(&spec.code_span),
                )
            }
            Verdict::New if update => {
                lock.lines.push(Line {
                    number: 0,
                    code: spec.code,
                    state: State::Active,
                    variant: name,
                    message,
                    reason: None,
                    raw: String::new(),
                });
                None
            }
            Verdict::New => Some(
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
    let kept = |line: &Line| {
        input
            .codes()
            .any(|(variant, spec)| spec.code == line.code || variant.ident == line.variant.as_str())
    };
    for line in lock.removed(kept) {
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
    refused
}

#[cfg(test)]
mod tests {
    //! The lock format, tested once: the derive and `import` read it with this code.

    use super::{Lock, State, Verdict};

    #[test]
    fn the_verdict_on_each_code() {
        let lock = Lock::parse(
            "1\tactive\tA\tA.\n2\tretired\tB\tB.\tgone\n3\tactive\tC\tC.\n",
            "x.lock",
        )
        .unwrap();
        assert_eq!(lock.verdict(1, "A", "A."), Verdict::Kept);
        assert_eq!(lock.verdict(1, "A", "A, now."), Verdict::MessageChanged(0));
        assert_eq!(lock.verdict(1, "Z", "A."), Verdict::Renamed(0));
        assert_eq!(lock.verdict(2, "B", "B."), Verdict::Retired(1));
        assert_eq!(lock.verdict(4, "C", "C."), Verdict::Renumbered(2));
        assert_eq!(lock.verdict(5, "E", "E."), Verdict::New);
        let removed: Vec<i32> = lock
            .removed(|line| line.code == 1)
            .map(|l| l.code)
            .collect();
        assert_eq!(removed, [3], "retired lines are never removed ones");
    }

    #[test]
    fn lines_round_trip_with_their_escapes() {
        let text = "# header\n6600101\tactive\tServiceException\tA\\\\nB\\tC\\nD\n\n6600199\tretired\tOld\tOld.\tMerged.\n";
        let lock = Lock::parse(text, "codes.lock").unwrap();
        assert_eq!(lock.header, ["# header"]);
        // An escaped backslash before `n` is a backslash and an `n`, not a line feed.
        assert_eq!(lock.lines[0].message, "A\\nB\tC\nD");
        assert_eq!(lock.lines[1].state, State::Retired);
        assert_eq!(lock.lines[1].reason.as_deref(), Some("Merged."));
        assert_eq!(lock.lines[1].number, 4);
        assert_eq!(lock.render(), text.replace("\n\n", "\n"));
    }

    #[test]
    fn a_malformed_lock_says_which_line_and_why() {
        let twice = Lock::parse("1\tactive\tA\tA.\n1\tactive\tB\tB.\n", "x.lock").unwrap_err();
        assert!(
            twice.starts_with(
                "line 2 of the lock `x.lock` has the code 1 a second time (first on line 1)"
            ),
            "{twice}"
        );
        let spaces = Lock::parse("1 active A A.\n", "x.lock").unwrap_err();
        assert!(
            spaces.contains("separated by spaces, and a lock separates them by tabs"),
            "{spaces}"
        );
        let code = Lock::parse("x\tactive\tA\tA.\n", "x.lock").unwrap_err();
        assert!(code.contains("has a code that is not an i32"), "{code}");
        let state = Lock::parse("1\tgone\tA\tA.\n", "x.lock").unwrap_err();
        assert!(
            state.contains("is malformed: expected `CODE<TAB>active"),
            "{state}"
        );
    }
}
