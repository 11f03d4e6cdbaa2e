//! Templates: a page's own Markdown with placeholders where the catalog's texts go, as
//! `import` writes them where a page is not in the regular layout.

use core::fmt::{self, Write};

use super::list::Style;
use super::texts::{CaseTexts, Texts};

/// Writes the section `template` with `texts` in its placeholders.
pub(crate) fn section<W: Write>(template: &str, texts: &Texts<'_>, out: &mut W) -> fmt::Result {
    let mut fields = Fields::new(texts);
    expand(template, out, &mut |name, out| fields.write(name, out))
}

/// The texts of an entry, by placeholder: `{cause}` and `{solution}` one item per use, in
/// order; `{causes}` and `{solutions}` every item left, as a list in the style their flags
/// name (see [`super::list`]). `{case}` writes the next case's title and makes it the case
/// that `{case_message}`, `{case_description}`, `{case_cause}`, `{case_solution}`,
/// `{case_causes}` and `{case_solutions}` read.
struct Fields<'t, 'a> {
    texts: &'t Texts<'a>,
    cause: usize,
    solution: usize,
    /// The case `{case}` last opened, with how many of its causes and solutions were written.
    case: Option<(CaseTexts<'a>, usize, usize)>,
    next_case: usize,
}

impl<'t, 'a> Fields<'t, 'a> {
    fn new(texts: &'t Texts<'a>) -> Self {
        Fields {
            texts,
            cause: 0,
            solution: 0,
            case: None,
            next_case: 0,
        }
    }

    /// Writes the text `name` stands for; `false` for a name it does not know.
    fn write<W: Write>(&mut self, name: &str, out: &mut W) -> Result<bool, fmt::Error> {
        let texts = self.texts;
        if let Some(field) = name.strip_prefix("case") {
            return self.write_case(field, out);
        }
        let (list, flags) = name.split_once(':').unwrap_or((name, ""));
        match list {
            "causes" => return items(texts.causes, &mut self.cause, flags, out),
            "solutions" => return items(texts.solutions, &mut self.solution, flags, out),
            _ => {}
        }
        let text = match name {
            "code" => return write!(out, "{}", texts.code).map(|()| true),
            "title" => texts.title,
            // A code without a message of its own shows its first case's.
            "message" => texts
                .message
                .or_else(|| (0..texts.cases.len()).find_map(|i| texts.cases.get(i)?.message)),
            "description" => texts.description,
            "constant" => texts.constant,
            "cause" => next(texts.causes, &mut self.cause),
            "solution" => next(texts.solutions, &mut self.solution),
            _ => return Ok(false),
        };
        out.write_str(text.unwrap_or(""))?;
        Ok(true)
    }

    /// `{case}` (`field` empty) and `{case_<field>}`.
    fn write_case<W: Write>(&mut self, field: &str, out: &mut W) -> Result<bool, fmt::Error> {
        if field.is_empty() {
            self.case = self
                .texts
                .cases
                .get(self.next_case)
                .map(|case| (case, 0, 0));
            self.next_case += 1;
            let title = self.case.map_or("", |(case, _, _)| case.title);
            return out.write_str(title).map(|()| true);
        }
        let (list, flags) = field.split_once(':').unwrap_or((field, ""));
        let Some((case, causes, solutions)) = &mut self.case else {
            // Before any `{case}`: a known name writes nothing.
            let known = matches!(list, "_causes" | "_solutions") && Style::parse(flags).is_some()
                || matches!(field, "_message" | "_description" | "_cause" | "_solution");
            return Ok(known);
        };
        let text = match field {
            _ if list == "_causes" => return items(case.causes, causes, flags, out),
            _ if list == "_solutions" => return items(case.solutions, solutions, flags, out),
            "_message" => case.message,
            "_description" => case.description,
            "_cause" => next(case.causes, causes),
            "_solution" => next(case.solutions, solutions),
            _ => return Ok(false),
        };
        out.write_str(text.unwrap_or(""))?;
        Ok(true)
    }
}

/// The item at `*written` of `items`, counting it written.
fn next<'a>(items: &[&'a str], written: &mut usize) -> Option<&'a str> {
    *written += 1;
    items.get(*written - 1).copied()
}

/// Writes the items of `items` not yet written as a list in the style `flags` name, counting
/// them written; `false` (nothing written) where `flags` name no style.
fn items<W: Write>(
    items: &[&str],
    written: &mut usize,
    flags: &str,
    out: &mut W,
) -> Result<bool, fmt::Error> {
    let Some(style) = Style::parse(flags) else {
        return Ok(false);
    };
    let rest = items.get(*written..).unwrap_or_default();
    *written = items.len().max(*written);
    style.write_items(rest, out)?;
    Ok(true)
}

/// Writes `template` with each `{name}` written by `field` (which says whether it knows the
/// name; an unknown one is written as it stands), `{{` and `}}` as braces.
pub(crate) fn expand<W: Write>(
    template: &str,
    out: &mut W,
    field: &mut dyn FnMut(&str, &mut W) -> Result<bool, fmt::Error>,
) -> fmt::Result {
    let mut rest = template;
    while let Some(at) = rest.find(['{', '}']) {
        out.write_str(&rest[..at])?;
        let tail = &rest[at..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.write_str(&tail[..1])?;
            rest = &tail[2..];
            continue;
        }
        match tail[1..].find('}').filter(|_| tail.starts_with('{')) {
            Some(end) if !field(&tail[1..=end], out)? => {
                out.write_str(&tail[..end + 2])?;
                rest = &tail[end + 2..];
            }
            Some(end) => rest = &tail[end + 2..],
            None => {
                out.write_str(&tail[..1])?;
                rest = &tail[1..];
            }
        }
    }
    out.write_str(rest)
}
