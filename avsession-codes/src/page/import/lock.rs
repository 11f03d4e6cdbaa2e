//! A catalog's lock, as `import --lock` reads it: so that a re-import that would break it
//! says so before anything is written. The derive reads the same file (its own reader, in the
//! macro crate, which this crate cannot share: the derive cannot depend on its runtime); the
//! format is `CODE<TAB>STATE<TAB>VARIANT<TAB>MESSAGE[<TAB>REASON]`, `#` for comments.

use std::borrow::ToOwned;
use std::format;
use std::string::String;
use std::vec::Vec;

use super::Row;

struct Line<'a> {
    number: usize,
    code: i32,
    retired: bool,
    variant: &'a str,
    message: String,
    raw: &'a str,
}

fn lines(text: &str) -> Result<Vec<Line<'_>>, String> {
    let mut out = Vec::new();
    for (number, raw) in (1..).zip(text.lines()) {
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').collect();
        let (code, retired, variant, message) = match fields.as_slice() {
            [code, "active", variant, message] => (code, false, variant, message),
            [code, "retired", variant, message, _] => (code, true, variant, message),
            _ => return Err(format!("line {number} of the lock is malformed: `{raw}`")),
        };
        let code = code.parse().map_err(|_| {
            format!("line {number} of the lock has a code that is not an i32: `{raw}`")
        })?;
        let message = message
            .replace("\\n", "\n")
            .replace("\\t", "\t")
            .replace("\\\\", "\\");
        out.push(Line {
            number,
            code,
            retired,
            variant,
            message,
            raw,
        });
    }
    Ok(out)
}

/// What importing `rows` would do to the lock `text`: the violations the derive would refuse
/// (each naming the lock line), and the changes it would take with `AVSESSION_CODES_LOCK=update`.
pub(crate) fn check(rows: &[Row], text: &str) -> Result<(Vec<String>, Vec<String>), String> {
    let lines = lines(text)?;
    let (mut refused, mut taken) = (Vec::new(), Vec::new());
    for row in rows {
        let by_code = lines.iter().find(|l| l.code == row.code);
        let by_name = lines
            .iter()
            .find(|l| l.variant == row.variant && !l.retired);
        match (by_code, by_name) {
            (Some(line), _) if line.retired => refused.push(format!(
                "{} was retired (lock line {}: `{}`) and is on the page again",
                row.code, line.number, line.raw
            )),
            (Some(line), _) if line.variant != row.variant => refused.push(format!(
                "{} is locked to `{}` (lock line {}: `{}`), the page names it `{}`",
                row.code, line.variant, line.number, line.raw, row.variant
            )),
            (Some(line), _) if line.message != row.message => taken.push(format!(
                "{}: the message changed (lock line {}); the build takes it with AVSESSION_CODES_LOCK=update",
                row.code, line.number
            )),
            (Some(_), _) => {}
            (None, Some(line)) => refused.push(format!(
                "`{}` is locked to {} (lock line {}: `{}`), the page gives it {}",
                row.variant, line.code, line.number, line.raw, row.code
            )),
            (None, None) => taken.push(format!(
                "{} is new: the build adds it to the lock with AVSESSION_CODES_LOCK=update",
                row.code
            )),
        }
    }
    for line in lines.iter().filter(|l| !l.retired) {
        let kept = rows
            .iter()
            .any(|r| r.code == line.code || r.variant == line.variant);
        if !kept {
            refused.push(format!(
                "the locked code {} is not on the page (lock line {}: `{}`): retire it in the lock \
                 first, in a major release",
                line.code,
                line.number,
                line.raw.to_owned()
            ));
        }
    }
    Ok((refused, taken))
}
