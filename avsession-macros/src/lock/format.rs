//! The lock file's format, one reader and one writer for both sides: the derive
//! (`avsession-macros/src/lock/format.rs`, this file) checks an enum against its lock, and
//! `avsession-codes` (whose `page/import/lock_format.rs` is a symbolic link to this file, as
//! `serde_derive_internals` shares `serde_derive`'s source) checks a page against it before it
//! writes a module. The derive cannot depend on the runtime, so the source is what is shared.
//!
//! One line per code, `CODE<TAB>STATE<TAB>VARIANT<TAB>MESSAGE`, and for a retired code
//! `<TAB>REASON` after it; tabs, line feeds and backslashes in a text are written `\t`, `\n`
//! and `\\`; `#` starts a comment line, and blank lines are ignored.

use core::fmt::Write as _;
use std::borrow::ToOwned;
use std::string::String;
use std::vec::Vec;

/// What a lock line says of a code.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum State {
    Active,
    Retired,
}

/// One line of the lock.
#[derive(Clone, Debug)]
pub struct Line {
    /// 1-based; 0 for a line not read from the file (one an update adds).
    pub number: usize,
    pub code: i32,
    pub state: State,
    pub variant: String,
    pub message: String,
    pub reason: Option<String>,
    /// As written, for the messages that quote it.
    pub raw: String,
}

/// A catalog's lock, as read.
#[derive(Clone, Debug)]
pub struct Lock {
    pub lines: Vec<Line>,
    /// The comment lines before the first code, kept when the lock is written again.
    pub header: Vec<String>,
}

/// What a lock line looks like, for the messages about a malformed one.
const EXPECTED: &str = "`CODE<TAB>active<TAB>VARIANT<TAB>MESSAGE` or \
                        `CODE<TAB>retired<TAB>VARIANT<TAB>MESSAGE<TAB>REASON`";

impl Lock {
    /// Reads the lock text `text` (`shown` names the file in messages): `Err` with the line and
    /// what is wrong for a malformed one.
    pub fn parse(text: &str, shown: &str) -> Result<Lock, String> {
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
            let bad = |what: &str| {
                let mut message = String::new();
                let _ = write!(
                    message,
                    "line {number} of the lock `{shown}` {what}: expected {EXPECTED}, found `{raw}`"
                );
                message
            };
            let fields: Vec<&str> = raw.split('\t').collect();
            let (code, state, variant, message, reason) = match fields.as_slice() {
                [code, "active", variant, message] => (code, State::Active, variant, message, None),
                [code, "retired", variant, message, reason] => (
                    code,
                    State::Retired,
                    variant,
                    message,
                    Some(unescape(reason)),
                ),
                [_] if raw.split_whitespace().nth(3).is_some() => {
                    return Err(bad(
                        "has no tab: its fields are separated by spaces, and a lock separates \
                         them by tabs",
                    ))
                }
                _ => return Err(bad("is malformed")),
            };
            let code = code
                .parse::<i32>()
                .map_err(|_| bad("has a code that is not an i32"))?;
            if let Some(first) = lock.lines.iter().find(|l| l.code == code) {
                let mut what = String::new();
                let _ = write!(
                    what,
                    "has the code {code} a second time (first on line {})",
                    first.number
                );
                return Err(bad(&what));
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
        Ok(lock)
    }

    /// The lock's text, its lines in code order.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for line in &self.header {
            out.push_str(line);
            out.push('\n');
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
                out.push('\t');
                out.push_str(&escape(reason));
            }
            out.push('\n');
        }
        out
    }
}

/// What the lock says of one code as the enum (or a page) has it: each verdict but `Kept` and
/// `New` names its lock line by its index in [`Lock::lines`]. The derive refuses, or with an
/// update takes, what this says; `import` tells beforehand what the derive will do.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Verdict {
    /// The code, its variant and its message are as locked.
    Kept,
    /// The code was retired: it is never used again.
    Retired(usize),
    /// The code is locked to another variant name.
    Renamed(usize),
    /// The code's message changed: an update takes it.
    MessageChanged(usize),
    /// The code is new, and its variant is locked to another code.
    Renumbered(usize),
    /// The code and its variant are both new: an update adds them.
    New,
}

impl Lock {
    /// The verdict on `code`, named `variant`, with `message`.
    pub fn verdict(&self, code: i32, variant: &str, message: &str) -> Verdict {
        let by_code = self.lines.iter().position(|l| l.code == code);
        let by_name = self
            .lines
            .iter()
            .position(|l| l.variant == variant && l.state == State::Active);
        match (by_code, by_name) {
            (Some(at), _) if self.lines[at].state == State::Retired => Verdict::Retired(at),
            (Some(at), _) if self.lines[at].variant != variant => Verdict::Renamed(at),
            (Some(at), _) if self.lines[at].message != message => Verdict::MessageChanged(at),
            (Some(_), _) => Verdict::Kept,
            (None, Some(at)) => Verdict::Renumbered(at),
            (None, None) => Verdict::New,
        }
    }

    /// The active lines whose code and variant are both gone: `kept` says whether a line's
    /// code or variant is still there.
    pub fn removed<'a>(
        &'a self,
        kept: impl Fn(&Line) -> bool + 'a,
    ) -> impl Iterator<Item = &'a Line> {
        self.lines
            .iter()
            .filter(move |line| line.state == State::Active && !kept(line))
    }
}

/// A lock line's text field: `\t`, `\n` and `\\` unescaped (a backslash before anything else
/// stands for itself).
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            // An escaped backslash, or one at the end.
            Some('\\') | None => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}

/// A text as a lock line's field.
pub fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
}
