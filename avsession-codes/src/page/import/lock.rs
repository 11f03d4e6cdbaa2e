//! A catalog's lock, as `import --lock` reads it: so that a re-import that would break it
//! says so, with the page's line and the lock's, before anything is written. The lock is read
//! by the derive's own reader ([`lock_format`](super::lock_format), the derive's source
//! shared), so both sides agree on every line.

use std::format;
use std::string::String;
use std::vec::Vec;

use super::lock_format::{Line, Lock, State, Verdict};
use super::Row;

/// What the lock says of a page: the refusals, and the changes the build takes (each with
/// its page line).
pub(crate) type Outcome = (Vec<String>, Vec<(usize, String)>);

/// What importing `rows` does with the lock `text` (at `path`): each locked code whose page
/// title gives it another name keeps its locked name where `keep_names`; then the violations
/// the derive would refuse (each naming the page's line and the lock's, and the fix), and the
/// changes it takes with `AVSESSION_CODES_LOCK=update`, each with its page line.
pub(crate) fn check(
    rows: &mut [Row],
    text: &str,
    path: &str,
    keep_names: bool,
) -> Result<Outcome, String> {
    let lock = Lock::parse(text, path)?;
    if keep_names {
        keep_locked_names(rows, &lock)?;
    }
    let (mut refused, mut taken) = (Vec::new(), Vec::new());
    for row in rows.iter() {
        match lock.verdict(row.code, &row.variant, &row.message) {
            Verdict::Kept => {}
            Verdict::Retired(at) => refused.push(format!(
                "{} (page line {}) was retired (lock line {}: `{}`) and is on the page again: \
                 if the system documents it again, make its lock line `active` by hand",
                row.code, row.line, lock.lines[at].number, lock.lines[at].raw
            )),
            Verdict::Renamed(at) => refused.push(format!(
                "{} (page line {}) is locked to `{}` (lock line {}), and the page now names it \
                 `{}`: keep the locked name with `--keep-names`",
                row.code, row.line, lock.lines[at].variant, lock.lines[at].number, row.variant
            )),
            Verdict::MessageChanged(at) => taken.push((
                row.line,
                format!(
                    "{}: the message changed (lock line {}); the build takes it with \
                     AVSESSION_CODES_LOCK=update",
                    row.code, lock.lines[at].number
                ),
            )),
            Verdict::Renumbered(at) => {
                let line = &lock.lines[at];
                refused.push(format!(
                    "`{}` is locked to {} (lock line {}: `{}`), and the page (line {}) gives that \
                     name to {}: name the new code otherwise (`--enum`/`#[code]`), or check that \
                     {} was not renumbered",
                    row.variant, line.code, line.number, line.raw, row.line, row.code, line.code
                ));
            }
            Verdict::New => taken.push((
                row.line,
                format!(
                    "{} is new: the build adds it to the lock with AVSESSION_CODES_LOCK=update",
                    row.code
                ),
            )),
        }
    }
    let kept = |line: &Line| {
        rows.iter()
            .any(|r| r.code == line.code || r.variant == line.variant)
    };
    for line in lock.removed(kept) {
        refused.push(format!(
            "the locked code {} is not on the page (lock line {}: `{}`): retire it in the lock \
             first (state `retired`, a tab and the reason), in a major release",
            line.code, line.number, line.raw
        ));
    }
    Ok((refused, taken))
}

/// Gives each locked code its locked variant name; an error where that name is another
/// code's on the page.
fn keep_locked_names(rows: &mut [Row], lock: &Lock) -> Result<(), String> {
    for index in 0..rows.len() {
        let Some(line) = lock
            .lines
            .iter()
            .find(|l| l.code == rows[index].code && l.state == State::Active)
        else {
            continue;
        };
        if rows[index].variant == line.variant {
            continue;
        }
        if let Some(other) = rows.iter().find(|r| r.variant == line.variant) {
            return Err(format!(
                "{} is locked to `{}` (lock line {}), which the page (line {}) gives to {}",
                rows[index].code, line.variant, line.number, other.line, other.code
            ));
        }
        rows[index].variant.clone_from(&line.variant);
    }
    Ok(())
}
