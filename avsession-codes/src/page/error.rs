//! Why a page could not be read.

use core::fmt;
use std::string::String;

/// A page that is not an error-code page: the line (1-based), what was found there and what
/// was expected.
///
/// ```
/// use avsession_codes::page::{Page, PageErrorKind};
///
/// let err = Page::parse("# Codes\n\n## 66001O1 Broken\n").unwrap_err();
/// assert_eq!(err.line(), 3);
/// assert_eq!(err.kind(), PageErrorKind::NotAnInteger);
/// assert_eq!(
///     err.to_string(),
///     "line 3: found `66001O1`, expected an error code (an integer) after `##`"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageError {
    line: usize,
    kind: PageErrorKind,
    found: String,
}

/// What kind of problem a [`PageError`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PageErrorKind {
    /// The page has no `## <code> <title>` heading and no table of codes.
    NoSection,
    /// A heading's first word starts like a code and is not an integer (`## 66001O1 ...`).
    NotAnInteger,
    /// A heading's code does not fit in `i32`, the C API's `int32_t`.
    OutOfRange,
    /// The same code heads two sections; the error is at the second, `first_line` is the
    /// first's.
    DuplicateCode {
        /// The line of the first section with the code.
        first_line: usize,
    },
}

impl PageError {
    pub(crate) fn new(line: usize, kind: PageErrorKind, found: impl Into<String>) -> Self {
        PageError {
            line,
            kind,
            found: found.into(),
        }
    }

    /// The 1-based line of the problem.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }

    /// What kind of problem it is.
    #[must_use]
    pub fn kind(&self) -> PageErrorKind {
        self.kind
    }

    /// What was found on the line.
    #[must_use]
    pub fn found(&self) -> &str {
        &self.found
    }

    /// What was expected there.
    #[must_use]
    pub fn expected(&self) -> &'static str {
        match self.kind {
            PageErrorKind::NoSection => {
                "at least one code section, a heading such as `## 6600101 Session Service \
                 Exception`, or a table with a column of codes (`| Error Code | Name | \
                 Description |`)"
            }
            PageErrorKind::NotAnInteger => "an error code (an integer) after `##`",
            PageErrorKind::OutOfRange => {
                "an error code that fits in `int32_t` (-2147483648 to 2147483647)"
            }
            PageErrorKind::DuplicateCode { .. } => "each code in one section only",
        }
    }
}

impl fmt::Display for PageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "line {}: found {}, expected {}",
            self.line,
            self.found,
            self.expected()
        )?;
        if let PageErrorKind::DuplicateCode { first_line } = self.kind {
            write!(f, " (first on line {first_line})")?;
        }
        Ok(())
    }
}

impl std::error::Error for PageError {}
