//! Typed, documented, compile-time-checked error-code catalogs.
//!
//! `#[derive(ErrorCatalog)]` turns an enum, one variant per documented error code, into a
//! catalog: lookup from code to variant and to its entry, the official message as `Display`,
//! the possible causes and ordered solution steps, and compile errors for duplicate codes,
//! codes outside the catalog's range and malformed attributes.
//!
//! The crate ships OpenHarmony's AVSession catalog ([`AVSessionError`]), the universal codes
//! every module may return ([`UniversalError`]), and what AVSession C API calls return
//! ([`AVSessionApiError`], both composed).
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

#[cfg(feature = "std")]
extern crate std;

mod catalog;
mod catalogs;
mod entry;
mod render;
mod status;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use avsession_macros::ErrorCatalog;
pub use catalog::{ErrorCatalog, FromCode};
pub use catalogs::{
    AVCastControlError, AVSessionApiError, AVSessionError, UniversalError, CATALOGS,
};
pub use entry::{Catalog, Entry};
pub use render::{render, render_entry, render_markdown};
pub use status::{StatusError, UnknownCode};
