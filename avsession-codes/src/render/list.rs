//! List styles: how a page writes the items of a list (causes, solutions), so that a layout
//! says `{causes}` once where the page numbers its items, whatever their count.
//!
//! A list placeholder (`{causes}`, `{solutions}`, `{case_causes}`, `{case_solutions}`) writes
//! every item its list has left, one after another, in the style its flags name after a colon
//! (`{solutions:tight,nospace}`):
//!
//! - no flag: the regular layout's lists: a single item as a paragraph, several as `1. item`,
//!   a blank line between items;
//! - `tight`: one line feed between items, no blank line;
//! - `nospace`: no space after the number (`1.item`);
//! - `dash`: `- item` instead of numbers;
//! - `plain`: the items as paragraphs, with no marker;
//! - `marked`: a single item gets its marker too.
//!
//! Items that are fenced code blocks cannot start list items: a list with one is written as
//! paragraphs, as the regular layout writes it.

use core::fmt::{self, Write};

/// What starts each item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Marker {
    /// `1. item`.
    #[default]
    Number,
    /// `1.item`.
    NumberNoSpace,
    /// `- item`.
    Dash,
    /// No marker: the items are paragraphs.
    Plain,
}

/// A list's style: its marker, the space between items and whether a single item is marked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Style {
    pub marker: Marker,
    /// One line feed between items instead of a blank line.
    pub tight: bool,
    /// A single item is marked too (else it is a paragraph).
    pub marked: bool,
}

impl Style {
    /// The regular layout's lists.
    pub(crate) const REGULAR: Style = Style {
        marker: Marker::Number,
        tight: false,
        marked: false,
    };

    /// The style that `flags` (what follows the colon of a list placeholder, `""` for none)
    /// name; `None` where a flag is unknown or two markers are named.
    pub(crate) fn parse(flags: &str) -> Option<Style> {
        let mut style = Style::REGULAR;
        let mut marker = None;
        for flag in flags.split(',').filter(|flag| !flag.is_empty()) {
            match flag {
                "tight" => style.tight = true,
                "marked" => style.marked = true,
                "nospace" | "dash" | "plain" if marker.is_some() => return None,
                "nospace" => marker = Some(Marker::NumberNoSpace),
                "dash" => marker = Some(Marker::Dash),
                "plain" => marker = Some(Marker::Plain),
                _ => return None,
            }
        }
        style.marker = marker.unwrap_or_default();
        Some(style)
    }

    #[cfg(feature = "page")]
    /// Writes the placeholder `{name}` (with this style's flags) that writes a list in this
    /// style.
    pub(crate) fn placeholder<W: Write>(self, name: &str, out: &mut W) -> fmt::Result {
        let marker = match self.marker {
            Marker::Number => None,
            Marker::NumberNoSpace => Some("nospace"),
            Marker::Dash => Some("dash"),
            Marker::Plain => Some("plain"),
        };
        let flags = [
            marker,
            self.tight.then_some("tight"),
            self.marked.then_some("marked"),
        ];
        write!(out, "{{{name}")?;
        for (index, flag) in flags.into_iter().flatten().enumerate() {
            out.write_char(if index == 0 { ':' } else { ',' })?;
            out.write_str(flag)?;
        }
        out.write_char('}')
    }

    /// Writes `items` as a list in this style: nothing before the first item's marker and
    /// after the last item's text.
    pub(crate) fn write_items<W: Write>(self, items: &[&str], out: &mut W) -> fmt::Result {
        let fenced = items
            .iter()
            .any(|item| item.starts_with("```") || item.starts_with("~~~"));
        let marker = match items {
            _ if fenced => Marker::Plain,
            [_] if !self.marked => Marker::Plain,
            _ => self.marker,
        };
        let between = if self.tight && !fenced { "\n" } else { "\n\n" };
        for (number, item) in (1..).zip(items) {
            if number > 1 {
                out.write_str(between)?;
            }
            match marker {
                Marker::Number => write!(out, "{number}. ")?,
                Marker::NumberNoSpace => write!(out, "{number}.")?,
                Marker::Dash => out.write_str("- ")?,
                Marker::Plain => {}
            }
            out.write_str(item)?;
        }
        Ok(())
    }
}

#[cfg(all(test, feature = "std"))]
mod tests {
    use super::Style;
    use std::string::String;

    fn written(style: Style, items: &[&str]) -> String {
        let mut out = String::new();
        style.write_items(items, &mut out).unwrap();
        out
    }

    #[cfg(feature = "page")]
    #[test]
    fn flags_round_trip() {
        for flags in [
            "",
            "tight",
            "nospace,tight",
            "dash,marked",
            "plain,tight,marked",
        ] {
            let style = Style::parse(flags).unwrap();
            let mut out = String::new();
            style.placeholder("causes", &mut out).unwrap();
            let expected = if flags.is_empty() {
                String::from("{causes}")
            } else {
                std::format!("{{causes:{flags}}}")
            };
            assert_eq!(out, expected);
        }
        assert_eq!(Style::parse("dash,plain"), None);
        assert_eq!(Style::parse("loose"), None);
        assert_eq!(
            Style::parse("nospace").unwrap().marker,
            super::Marker::NumberNoSpace
        );
    }

    #[test]
    fn lists_are_written_in_their_style() {
        assert_eq!(written(Style::REGULAR, &["a"]), "a");
        assert_eq!(written(Style::REGULAR, &["a", "b"]), "1. a\n\n2. b");
        let tight = Style::parse("nospace,tight").unwrap();
        assert_eq!(written(tight, &["a", "b"]), "1.a\n2.b");
        assert_eq!(written(Style::parse("dash,marked").unwrap(), &["a"]), "- a");
        assert_eq!(
            written(Style::parse("plain").unwrap(), &["a", "b"]),
            "a\n\nb"
        );
        // A fenced item makes the list paragraphs.
        assert_eq!(written(tight, &["a", "```\nx\n```"]), "a\n\n```\nx\n```");
        assert_eq!(written(Style::REGULAR, &[]), "");
    }
}
