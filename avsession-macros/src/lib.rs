//! The `#[derive(ErrorCatalog)]` macro. Use it through the `avsession-codes` crate, which
//! documents it and provides the runtime types the generated code refers to.

mod ast;
mod attr;
mod error;
mod expand;
mod fallback;
mod fmt;
mod lock;
#[cfg(test)]
mod tests;
mod valid;

/// Derives an error catalog from an enum, one variant per documented error code.
///
/// Each variant takes `#[code(CODE, message = "...", ...)]` (or `#[code(transparent)]` to wrap
/// another catalog); the enum may take `#[catalog(...)]`. The attributes, the generated items
/// and examples are documented in the `avsession-codes` crate, which re-exports this derive.
#[proc_macro_derive(ErrorCatalog, attributes(catalog, code, case, source, translation))]
pub fn derive_error_catalog(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::derive(input.into()).into()
}
