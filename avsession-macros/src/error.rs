//! The errors of one expansion: each a message and the span of the offending token, collected
//! so that one compile reports every mistake of an enum, and written out as syn's
//! `compile_error!`s.
//!
//! The macro used darling for this (its `Error` and `Accumulator`, and `NestedMeta`), and for
//! nothing else. darling's `darling_core` needs syn's `full` and `extra-traits` features and
//! took 4.7 s of a 15.5 s cold build of a user's crate, all of it on the critical path
//! (`bench/cold_build.py --timings`, BENCHMARKS.md); syn's own `Error` already combines errors.

use std::fmt::Display;

use proc_macro2::{Span, TokenStream};
use syn::spanned::Spanned;

/// An error message and, once known, the span it is reported at.
#[derive(Debug)]
pub struct Error {
    message: String,
    span: Option<Span>,
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An error without a span yet: [`Error::with_span`] gives it one.
    pub fn custom(message: impl Display) -> Self {
        Error {
            message: message.to_string(),
            span: None,
        }
    }

    /// The error at `node`'s span, unless it already has one (the first span given is the
    /// most precise: it comes from where the mistake was found).
    #[must_use]
    pub fn with_span<T: Spanned + ?Sized>(mut self, node: &T) -> Self {
        if self.span.is_none() {
            self.span = Some(node.span());
        }
        self
    }

    /// Where the error is reported: its span, else the derive's call site.
    pub fn span(&self) -> Span {
        self.span.unwrap_or_else(Span::call_site)
    }

    fn into_syn(self) -> syn::Error {
        syn::Error::new(self.span(), self.message)
    }
}

impl Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// A syntax error of syn's, at its own span.
impl From<syn::Error> for Error {
    fn from(err: syn::Error) -> Self {
        Error {
            span: Some(err.span()),
            message: err.to_string(),
        }
    }
}

/// The errors found so far.
#[derive(Default)]
pub struct Accumulator(Vec<Error>);

impl Accumulator {
    pub fn push(&mut self, error: Error) {
        self.0.push(error);
    }

    /// Whether no error was found so far.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The value of `result`, or `None` with its error kept.
    pub fn handle<T>(&mut self, result: Result<T>) -> Option<T> {
        result.map_err(|err| self.push(err)).ok()
    }

    /// `Ok` when no error was found, else every error as `compile_error!`s, in the order
    /// they were found.
    pub fn finish(self) -> std::result::Result<(), TokenStream> {
        let mut errors = self.0.into_iter().map(Error::into_syn);
        let Some(mut all) = errors.next() else {
            return Ok(());
        };
        for err in errors {
            all.combine(err);
        }
        Err(all.into_compile_error())
    }
}
