//! The catalogs this crate ships.

mod api;
mod avsession;
mod universal;

pub use api::AVSessionApiError;
pub use avsession::AVSessionError;
pub use universal::UniversalError;

use crate::Catalog;

/// Every catalog this crate ships, for code that searches them all (the `explain` tool does).
///
/// [`AVSessionApiError`] is left out: it only composes the others.
pub const CATALOGS: &[&Catalog] = &[
    UniversalError::CATALOG,
    AVSessionError::CATALOG,
];
