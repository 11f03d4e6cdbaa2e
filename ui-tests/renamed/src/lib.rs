//! Catalogs derived with the runtime crate under another name, `codes`, reached through
//! `#[catalog(crate = ...)]`: directly, and through a module that re-exports it. With the
//! prelude in scope this time, so `unused_qualifications` sees the generated paths beside it.
#![no_std]
#![deny(warnings, missing_docs, unused_qualifications, clippy::pedantic)]

/// The runtime crate re-exported, the way a facade crate would.
pub mod runtime {
    pub use codes::*;
}

/// A unit catalog through `crate = ::codes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, codes::ErrorCatalog)]
#[catalog(crate = ::codes, name = "Renamed", range = 1..=9)]
pub enum Renamed {
    /// One.
    #[code(1, message = "One.", cause = "A cause.", solution = "A solution.")]
    One,
    /// Two.
    #[code(2, message = "Two.", since = 9, system_api)]
    Two,
}

/// Data variants through a re-exporting module.
#[derive(Debug, runtime::ErrorCatalog)]
#[catalog(crate = crate::runtime)]
pub enum ThroughModule {
    /// With a source.
    #[code(10, message = "Failed.", display = "{what} failed: {source}")]
    Failed {
        /// What failed.
        what: &'static str,
        /// Why.
        #[source]
        source: core::fmt::Error,
    },
    /// Unit.
    #[code(11, message = "Unit.")]
    Unit,
}

/// A composed catalog, the path given as a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, codes::ErrorCatalog)]
#[catalog(crate = "codes")]
pub enum Composed {
    /// The codes of [`Renamed`].
    #[code(transparent)]
    Renamed(Renamed),
    /// Its own code.
    #[code(20, message = "Own.")]
    Own,
}

/// `skip_display` with the impls written by hand.
#[derive(Debug, codes::ErrorCatalog)]
#[catalog(crate = ::codes, skip_display)]
pub enum Manual {
    /// The only code.
    #[code(30, message = "Manual.")]
    Only,
}

impl core::fmt::Display for Manual {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.message())
    }
}

impl core::error::Error for Manual {}

/// The generated API in a constant.
pub const FROM_CODE: Option<Composed> = Composed::from_code(2);
