//! Parsing of the `#[catalog(...)]` and `#[code(...)]` attributes into plain values, one module
//! per thing parsed: the catalog's options, the two readers of a code's attribute and what they
//! fill in, the key lists both attributes share, and integer literals.
//!
//! Every error is pushed to the accumulator and parsing goes on, so one compile reports every
//! mistake of an enum.

use crate::error::Accumulator;
use syn::{Attribute, Meta};

mod case;
mod catalog;
mod code;
pub(crate) mod fast;
mod int;
mod item;
mod meta;
mod spec;
mod translation;
mod value;

pub use case::{parse_cases, Case};
#[cfg(test)]
pub(crate) use catalog::CATALOG_KEYS;
pub use catalog::{parse_catalog, CatalogAttr};
pub(crate) use code::parse_code_full;
pub(crate) use meta::suggestion;
#[cfg(test)]
pub(crate) use spec::CODE_KEYS;
pub use spec::{CodeAttr, CodeSpec, Text};
pub(crate) use translation::{parse_translations, Translation, VARIANT_KEYS as TRANSLATION_KEYS};

/// Parses the one `#[code(...)]` attribute of a variant: the usual shape by a direct read of
/// its tokens, anything else (mistakes included) by the full parser.
///
/// `case_message` is the message of the variant's first `#[case(...)]`, which a code without a
/// message of its own takes.
pub fn parse_code(
    attr: &Attribute,
    case_message: Option<&Text>,
    errors: &mut Accumulator,
) -> Option<CodeAttr> {
    if let Meta::List(list) = &attr.meta {
        if let Some(spec) = fast::code(&list.tokens, case_message) {
            return Some(CodeAttr::Code(Box::new(spec)));
        }
    }
    parse_code_full(attr, case_message, errors)
}
