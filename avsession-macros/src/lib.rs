//! The `#[derive(ErrorCatalog)]` macro. Use it through the `avsession-codes` crate, which
//! documents it and provides the runtime types the generated code refers to.

mod ast;
mod attr;
mod expand;
mod fallback;
mod fmt;
mod valid;

/// Derives an error catalog; see the `avsession-codes` crate for the attributes.
#[proc_macro_derive(ErrorCatalog, attributes(catalog, code, source))]
pub fn derive_error_catalog(input: proc_macro::TokenStream) -> proc_macro::TokenStream {
    expand::derive(input.into()).into()
}
