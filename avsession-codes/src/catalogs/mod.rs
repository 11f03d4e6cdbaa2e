//! The catalogs this crate ships, each imported from its page (`imports.tsv` lists them).

mod api;
mod avsession;
pub mod kits;
mod universal;

pub use api::AVSessionApiError;
pub use avsession::AVSessionError;
pub use universal::UniversalError;

use crate::Catalog;

/// The catalogs of the AVSession C API.
const AVSESSION: [&Catalog; 2] = [UniversalError::CATALOG, AVSessionError::CATALOG];

const ALL: [&Catalog; AVSESSION.len() + kits::KITS.len()] = {
    let mut all = [UniversalError::CATALOG; AVSESSION.len() + kits::KITS.len()];
    let mut i = 0;
    while i < all.len() {
        all[i] = if i < AVSESSION.len() {
            AVSESSION[i]
        } else {
            kits::KITS[i - AVSESSION.len()]
        };
        i += 1;
    }
    all
};

/// Every catalog this crate ships, for code that searches them all (the `explain` tool does):
/// the universal codes, AVSession and the kits of the module `kits` whose features are on
/// (`kits` turns all on).
///
/// [`AVSessionApiError`] is left out: it only composes the others.
pub const CATALOGS: &[&Catalog] = &ALL;
