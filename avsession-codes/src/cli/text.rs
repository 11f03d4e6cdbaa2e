//! Text for a terminal: an entry laid out in blocks, in the reader's language where the
//! catalog has it, wrapped at 80 columns (a CJK character counts two), never inside a link or
//! a path.

use std::fmt::{self, Write as _};

use avsession_codes::{Case, Catalog, Entry};
use textwrap::core::Word;
use textwrap::WordSeparator;

/// Wrap width of the text format.
const WIDTH: usize = 80;

/// The headings and facts of `explain`, in one language.
pub struct Words {
    pub message: &'static str,
    pub description: &'static str,
    pub causes: &'static str,
    pub solution: &'static str,
    pub catalog: &'static str,
    pub since: &'static str,
    pub system: &'static str,
    pub deprecated: &'static str,
    pub variant: &'static str,
    pub case: &'static str,
}

const ENGLISH: Words = Words {
    message: "Error message",
    description: "Description",
    causes: "Possible causes",
    solution: "Solution",
    catalog: "catalog",
    since: "since API",
    system: "system applications only",
    deprecated: "deprecated",
    variant: "variant",
    case: "Case",
};

/// The zh-cn pages' own labels, and the facts in Chinese.
const CHINESE: Words = Words {
    message: "错误信息",
    description: "错误描述",
    causes: "可能原因",
    solution: "处理步骤",
    catalog: "错误码集",
    since: "起始API版本",
    system: "仅系统应用可用",
    deprecated: "已废弃",
    variant: "变体",
    case: "场景",
};

/// The words of the language of `locale` (`None`: English).
pub fn words(locale: Option<&str>) -> &'static Words {
    match locale {
        Some(tag)
            if tag
                .split(['-', '_'])
                .next()
                .is_some_and(|l| l.eq_ignore_ascii_case("zh")) =>
        {
            &CHINESE
        }
        _ => &ENGLISH,
    }
}

/// An entry as `explain` prints it, in `locale` where its catalog has a translation.
pub fn entry(
    out: &mut String,
    catalog: &Catalog,
    entry: &'static Entry,
    locale: Option<&str>,
) -> fmt::Result {
    let localized = entry.localized(locale.unwrap_or("en"));
    let words = words(locale.filter(|_| localized.translation().is_some()));
    let title = localized.title().map_or(entry.name, |t| t.text);
    wrapped(out, &format!("{} {title}", entry.code), "", "")?;
    let mut facts = vec![format!("{}: {}", words.catalog, catalog.name)];
    if let Some(since) = entry.since {
        facts.push(format!("{} {since}", words.since));
    }
    if entry.system_api {
        facts.push(words.system.to_owned());
    }
    if entry.deprecated {
        facts.push(words.deprecated.to_owned());
    }
    writeln!(out, "{}", facts.join(" | "))?;
    writeln!(
        out,
        "{}: {}::{}",
        words.variant, catalog.type_name, entry.name
    )?;
    if !entry.constants.is_empty() {
        writeln!(out, "C API: {}", entry.constants.join(", "))?;
    }
    if !entry.message_from_case {
        block(out, words.message, &[localized.message().text], false)?;
    }
    if let Some(description) = localized.description() {
        block(out, words.description, &[description.text], false)?;
    }
    block(out, words.causes, localized.causes().texts, false)?;
    block(out, words.solution, localized.solutions().texts, true)?;
    for (n, case) in (1..).zip(localized.cases().cases) {
        cases(out, words, n, case)?;
    }
    Ok(())
}

/// One case of an entry: its number and title, then its blocks.
pub fn cases(out: &mut String, words: &Words, n: usize, case: &Case) -> fmt::Result {
    out.push('\n');
    wrapped(out, &format!("{} {n}: {}", words.case, case.title), "", "")?;
    if let Some(message) = case.message {
        block(out, words.message, &[message], false)?;
    }
    if let Some(description) = case.description {
        block(out, words.description, &[description], false)?;
    }
    block(out, words.causes, case.causes, false)?;
    block(out, words.solution, case.solutions, true)
}

/// A heading and its items, indented and wrapped; numbered where `numbered` and several.
pub fn block(out: &mut String, heading: &str, items: &[&str], numbered: bool) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    write!(out, "\n{heading}\n")?;
    for (n, item) in (1..).zip(items) {
        let marker = match (items.len(), numbered) {
            (1, _) => String::new(),
            (_, true) => format!("{n}. "),
            (_, false) => "- ".to_owned(),
        };
        let first = format!("  {marker}");
        let rest = " ".repeat(first.len());
        for (i, paragraph) in item.lines().enumerate() {
            wrapped(out, paragraph, if i == 0 { &first } else { &rest }, &rest)?;
        }
    }
    Ok(())
}

/// `text` wrapped at [`WIDTH`] columns after `first` (then `rest`) as indent.
pub fn wrapped(out: &mut String, text: &str, first: &str, rest: &str) -> fmt::Result {
    let options = textwrap::Options::new(WIDTH)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_separator(WordSeparator::Custom(words_of))
        .break_words(false);
    for line in textwrap::wrap(text, options) {
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// The places a line may break: after spaces, and between CJK characters (which have no
/// spaces between words); never inside a Markdown link `[...](...)`, a URL or a path, which
/// stay whole however long.
fn words_of(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    let mut link_depth = 0usize;
    while let Some((at, c)) = chars.next() {
        match c {
            '[' | '(' => link_depth += 1,
            ']' | ')' => link_depth = link_depth.saturating_sub(1),
            _ => {}
        }
        if link_depth > 0 {
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let end = at + c.len_utf8();
        let breaks = match next {
            None => true,
            // After a run of spaces.
            Some(n) if c == ' ' && n != ' ' => true,
            // Between wide characters, or a wide one and a narrow one, unless punctuation
            // that must stay with the text before it follows.
            Some(n) if !c.is_whitespace() && (is_wide(c) || is_wide(n)) && n != ' ' => {
                !matches!(
                    n,
                    '，' | '。' | '、' | '；' | '：' | '！' | '？' | '）' | '”' | ',' | '.' | ')'
                ) && !matches!(c, '（' | '“' | '(')
            }
            _ => false,
        };
        if breaks {
            words.push(Word::from(&line[start..end]));
            start = end;
        }
    }
    if start < line.len() {
        words.push(Word::from(&line[start..]));
    }
    Box::new(words.into_iter())
}

/// Whether `c` takes two columns (CJK ideographs, kana, hangul, full-width forms).
fn is_wide(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c) == Some(2)
}
