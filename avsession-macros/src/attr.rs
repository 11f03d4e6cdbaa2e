//! Parsing of the `#[catalog(...)]` and `#[code(...)]` attributes into plain values, one module
//! per thing parsed: the catalog's options, the two readers of a code's attribute and what they
//! fill in, the key lists both attributes share, and integer literals.
//!
//! Every error is pushed to the accumulator and parsing goes on, so one compile reports every
//! mistake of an enum.

use crate::error::Accumulator;
use syn::{Attribute, Meta};

mod catalog;
mod code;
pub(crate) mod fast;
mod int;
mod item;
mod meta;
mod spec;
mod translation;

#[cfg(test)]
pub(crate) use catalog::CATALOG_KEYS;
pub use catalog::{parse_catalog, CatalogAttr};
pub(crate) use code::parse_code_full;
pub(crate) use meta::suggestion;
pub use spec::{CodeAttr, CodeSpec};
#[cfg(test)]
pub(crate) use spec::{Text, CODE_KEYS};
pub(crate) use translation::{parse_translations, Translation, VARIANT_KEYS as TRANSLATION_KEYS};

/// Parses the one `#[code(...)]` attribute of a variant: the usual shape by a direct read of
/// its tokens, anything else (mistakes included) by the full parser.
pub fn parse_code(attr: &Attribute, errors: &mut Accumulator) -> Option<CodeAttr> {
    if let Meta::List(list) = &attr.meta {
        if let Some(spec) = fast::code(&list.tokens) {
            return Some(CodeAttr::Code(Box::new(spec)));
        }
    }
    parse_code_full(attr, errors)
}
