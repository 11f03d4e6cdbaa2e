//! A section's template with each run of list items (`1. {cause}`, `2. {cause}`, ...) as one
//! list placeholder (`{causes}`), so that sections that differ only in how many items their
//! lists have share one layout.

use std::string::String;
use std::vec::Vec;

use crate::render::{Marker, Style};

/// A template cut into text and list placeholders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Listed {
    parts: Vec<Part>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    /// Template text, as it stands (braces doubled, item placeholders).
    Text(String),
    /// A list placeholder, and the style of the run it replaces: `None` for a single item
    /// written as a paragraph, which every style without `marked` writes the same way.
    List {
        name: &'static str,
        style: Option<Style>,
        /// The items it replaces, as template text.
        items: String,
    },
}

/// The item placeholders, and the list placeholder a run of them becomes.
const LISTS: [(&str, &str); 4] = [
    ("{cause}", "causes"),
    ("{solution}", "solutions"),
    ("{case_cause}", "case_causes"),
    ("{case_solution}", "case_solutions"),
];

/// A line that is one list item: which list, its marker and its number.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Item {
    list: &'static str,
    marker: Marker,
    number: u32,
}

/// The line `line` (without its line feed) as a list item, if it is one.
fn item(line: &str) -> Option<Item> {
    let (list, prefix) = LISTS
        .iter()
        .find_map(|(placeholder, list)| Some((*list, line.strip_suffix(placeholder)?)))?;
    let (marker, number) = if prefix.is_empty() {
        (Marker::Plain, 0)
    } else if prefix == "- " {
        (Marker::Dash, 0)
    } else {
        let (digits, rest) = prefix.split_at(prefix.find('.')?);
        let number = digits.parse().ok().filter(|_| !digits.starts_with('+'))?;
        let marker = match rest {
            "." => Marker::NumberNoSpace,
            ". " => Marker::Number,
            _ => return None,
        };
        (marker, number)
    };
    Some(Item {
        list,
        marker,
        number,
    })
}

/// Whether `next` continues a run whose last item is `last`.
fn follows(last: Item, next: Item) -> bool {
    let numbered = matches!(last.marker, Marker::Number | Marker::NumberNoSpace);
    next.list == last.list
        && next.marker == last.marker
        && (!numbered || next.number == last.number + 1)
}

impl Listed {
    /// `template` with each run of items of one list (each alone on its line, numbered from 1
    /// where numbered, all one line feed or all a blank line apart) as one list placeholder.
    pub(crate) fn of(template: &str) -> Listed {
        let lines: Vec<&str> = template.split('\n').collect();
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut at = 0;
        while at < lines.len() {
            let start = item(lines[at]).filter(|i| i.number <= 1 && at + 1 < lines.len());
            let Some(first) = start else {
                text.push_str(lines[at]);
                at += 1;
                if at < lines.len() {
                    text.push('\n');
                }
                continue;
            };
            // The run: items a line feed apart, or a blank line apart, never both.
            let (mut last, mut end, mut count, mut tight) = (first, at, 1, None);
            loop {
                let next = |gap: usize| {
                    lines
                        .get(end + gap)
                        .and_then(|line| item(line))
                        .filter(|next| follows(last, *next) && end + gap + 1 < lines.len())
                };
                let step = match tight {
                    Some(true) => next(1).map(|n| (n, 1)),
                    Some(false) => next(2)
                        .filter(|_| lines[end + 1].is_empty())
                        .map(|n| (n, 2)),
                    None => next(1).map(|n| (n, 1)).or_else(|| {
                        next(2)
                            .filter(|_| lines[end + 1].is_empty())
                            .map(|n| (n, 2))
                    }),
                };
                let Some((item, gap)) = step else { break };
                tight = Some(gap == 1);
                last = item;
                end += gap;
                count += 1;
            }
            let style = match (count, first.marker) {
                (1, Marker::Plain) => None,
                (_, marker) => Some(Style {
                    marker,
                    tight: tight.unwrap_or(false),
                    marked: count == 1,
                }),
            };
            if !text.is_empty() {
                parts.push(Part::Text(core::mem::take(&mut text)));
            }
            parts.push(Part::List {
                name: first.list,
                style,
                items: lines[at..=end].join("\n"),
            });
            // The line feed after the last item stays text.
            text.push('\n');
            at = end + 1;
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Listed {
            parts: last_runs_only(parts),
        }
    }

    /// Whether the template has a list placeholder.
    pub(crate) fn has_lists(&self) -> bool {
        self.parts.iter().any(|p| matches!(p, Part::List { .. }))
    }

    /// The template with every list in its own style (a paragraph's in the regular one).
    pub(crate) fn template(&self) -> String {
        self.write(|_, own| own)
    }

    /// The template with the lists in the styles `styles` (one per list placeholder, in
    /// order; `None` for the regular style).
    pub(crate) fn template_with(&self, styles: &[Option<Style>]) -> String {
        self.write(|index, _| styles.get(index).copied().flatten())
    }

    fn write(&self, style: impl Fn(usize, Option<Style>) -> Option<Style>) -> String {
        let mut out = String::new();
        let mut lists = 0;
        for part in &self.parts {
            match part {
                Part::Text(text) => out.push_str(text),
                Part::List {
                    name, style: own, ..
                } => {
                    let style = style(lists, *own).unwrap_or(Style::REGULAR);
                    lists += 1;
                    // Writing to a `String` cannot fail.
                    let _ = style.placeholder(name, &mut out);
                }
            }
        }
        out
    }

    /// The template with every list placeholder's style left out: sections with the same
    /// shape differ at most in their lists' styles.
    pub(crate) fn shape(&self) -> String {
        self.write(|_, _| None)
    }

    /// The style of each list placeholder, in order (`None`: any style without `marked`).
    pub(crate) fn styles(&self) -> Vec<Option<Style>> {
        self.parts
            .iter()
            .filter_map(|part| match part {
                Part::List { style, .. } => Some(*style),
                Part::Text(_) => None,
            })
            .collect()
    }
}

/// `parts` with each run that is not the last use of its list back as its items: a list
/// placeholder writes every item left.
fn last_runs_only(parts: Vec<Part>) -> Vec<Part> {
    let mut used_later: Vec<&str> = Vec::new();
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    for part in parts.into_iter().rev() {
        let part = match part {
            Part::List { name, items, .. } if used_later.contains(&name) => Part::Text(items),
            Part::List { name, style, items } => {
                used_later.push(name);
                Part::List { name, style, items }
            }
            Part::Text(text) => {
                for (placeholder, list) in LISTS {
                    if text.contains(placeholder) {
                        used_later.push(list);
                    }
                }
                Part::Text(text)
            }
        };
        // Texts side by side are one text.
        match (part, out.last_mut()) {
            (Part::Text(text), Some(Part::Text(after))) => after.insert_str(0, &text),
            (part, _) => out.push(part),
        }
    }
    out.reverse();
    out
}

/// Whether a section whose lists have the styles `own` is written the same way by a layout
/// whose lists have the styles `layout`.
pub(crate) fn fits(own: &[Option<Style>], layout: &[Option<Style>]) -> bool {
    own.len() == layout.len()
        && own
            .iter()
            .zip(layout)
            .all(|(own, layout)| match (own, layout) {
                (None, None) => true,
                (None, Some(style)) => !style.marked,
                (Some(own), layout) => *own == layout.unwrap_or(Style::REGULAR),
            })
}

#[cfg(test)]
mod tests {
    use super::Listed;

    #[test]
    fn runs_become_list_placeholders() {
        let listed =
            Listed::of("**Causes**\n\n1. {cause}\n2. {cause}\n\n**Solution**\n\n{solution}\n");
        assert_eq!(
            listed.template(),
            "**Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
        );
        assert_eq!(listed.styles().len(), 2);
        assert_eq!(listed.styles()[1], None);
        let loose = Listed::of("1.{solution}\n\n2.{solution}\n\n3.{solution}\n");
        assert_eq!(loose.template(), "{solutions:nospace}\n");
        assert_eq!(Listed::of("1. {cause}\n").template(), "{causes:marked}\n");
        // An intro paragraph and a numbered list: two placeholders.
        let intro = Listed::of("{cause}\n\n1. {cause}\n\n2. {cause}\n");
        assert_eq!(intro.template(), "{cause}\n\n{causes}\n");
        // Numbers out of order, or a list of one mixed with another, stay items.
        assert_eq!(
            Listed::of("2. {cause}\n1. {cause}\n").template(),
            "2. {cause}\n{causes:marked}\n"
        );
        // A run before another use of its list stays items.
        assert_eq!(
            Listed::of("1. {cause}\n\n3. {cause}\n").template(),
            "1. {cause}\n\n3. {cause}\n"
        );
        assert!(!Listed::of("{{cause}}\n").has_lists());
        // The last line of a template without a final line feed stays text.
        assert_eq!(Listed::of("x\n{cause}").template(), "x\n{cause}");
    }

    #[test]
    fn a_paragraph_fits_any_unmarked_style() {
        let one = Listed::of("{cause}\n").styles();
        let tight = Listed::of("1. {cause}\n2. {cause}\n").styles();
        assert!(super::fits(&one, &tight));
        assert!(!super::fits(&tight, &one));
        assert!(!super::fits(&one, &Listed::of("1. {cause}\n").styles()));
        assert!(super::fits(&[], &[]));
    }
}
