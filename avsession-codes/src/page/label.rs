//! Labels (`**Error Message**`, `**错误信息**`, ...): how a line is recognised as one, what each
//! one means, and the page's language they tell.

use core::fmt;

/// What a labelled block of a code's section holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Role {
    /// The error message the system returns (`**Error Message**`, `**错误信息**`).
    Message,
    /// What the error means (`**Description**`, `**Symptom**`, `**错误描述**`, `**问题现象**`).
    Description,
    /// Its possible causes (`**Possible Causes**`, `**Possible Cause**`, `**Cause**`,
    /// `**可能原因**`).
    Causes,
    /// The steps that fix it (`**Solution**`, `**Procedure**`, `**处理步骤**`, `**解决措施**`).
    Solution,
    /// Any other label (`**Error Example Scenario**`): kept, with its text, as it is.
    Other,
}

/// The language of a page, told by its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// `en`: `**Error Message**`, `**Description**`, ...
    English,
    /// `zh-CN`: `**错误信息**`, `**错误描述**`, ...
    Chinese,
}

impl Language {
    /// The language's BCP 47 tag: `en`, `zh-CN`.
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Chinese => "zh-CN",
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Every label seen on OpenHarmony's pages, with its role and language.
const LABELS: &[(&str, Role, Language)] = &[
    ("Error Message", Role::Message, Language::English),
    ("Description", Role::Description, Language::English),
    ("Error Description", Role::Description, Language::English),
    ("Symptom", Role::Description, Language::English),
    ("Possible Causes", Role::Causes, Language::English),
    ("Possible Cause", Role::Causes, Language::English),
    ("Cause", Role::Causes, Language::English),
    ("Causes", Role::Causes, Language::English),
    ("Solution", Role::Solution, Language::English),
    ("Solutions", Role::Solution, Language::English),
    ("Procedure", Role::Solution, Language::English),
    ("Resolution Steps", Role::Solution, Language::English),
    ("错误信息", Role::Message, Language::Chinese),
    ("错误描述", Role::Description, Language::Chinese),
    ("问题现象", Role::Description, Language::Chinese),
    ("可能原因", Role::Causes, Language::Chinese),
    ("处理步骤", Role::Solution, Language::Chinese),
    ("解决措施", Role::Solution, Language::Chinese),
];

/// The role of a label's name, and the language it is written in (`None` for a label of
/// no known role, whose language the label does not tell).
pub(crate) fn role(name: &str) -> (Role, Option<Language>) {
    // `**可能原因：**`, `**Solution:**`: the colon is the label's punctuation, not its name.
    let name = name.trim().trim_end_matches([':', '：']).trim_end();
    // English labels in any case: `**Possible causes**` is `**Possible Causes**`.
    LABELS
        .iter()
        .find(|(known, _, _)| known.eq_ignore_ascii_case(name))
        .map_or((Role::Other, None), |(_, role, language)| {
            (*role, Some(*language))
        })
}

/// The name of a label, from its source (`**Error Message**<br>` gives `Error Message`).
pub(crate) fn name(source: &str) -> &str {
    let inner = source.trim_start().strip_prefix("**").unwrap_or(source);
    inner.split("**").next().unwrap_or(inner)
}

/// If `line` starts with a label, the length of the label with its `<br>`: `**Name**` alone on
/// its line (spaces after it allowed, which stay with the label), or `**Name**<br>` followed
/// by the line's text or by nothing. A line that goes on after `**bold**` without a `<br>`
/// (`**pause** or **resume** is called ...`) is text.
pub(crate) fn label_prefix(line: &str) -> Option<usize> {
    // Up to three spaces before it, as before any paragraph (` **Error Message**`).
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = line[indent..].strip_prefix("**")?;
    let close = rest.find("**")?;
    let name = &rest[..close];
    if name.is_empty() || name.trim() != name || name.contains(['*', '\n', '<', '[', '`']) {
        return None;
    }
    let after = &rest[close + 2..];
    let label_len = indent + 2 + close + 2;
    for br in ["<br>", "</br>", "<br/>", "<br />"] {
        if let Some(text) = after.strip_prefix(br) {
            // The `<br>` ends the label; any spaces and the newline after it are the label's
            // too when nothing else follows on the line.
            let len = label_len + br.len();
            return Some(if text.trim().is_empty() {
                line.len()
            } else {
                len
            });
        }
    }
    after.trim().is_empty().then_some(line.len())
}
