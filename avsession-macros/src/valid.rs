//! Checks across variants: duplicate codes, codes outside the declared range, and the reserved
//! success code.

use std::collections::HashMap;

use darling::error::Accumulator;
use darling::Error;
use proc_macro2::Span;
use syn::Ident;

use crate::ast::Input;

pub fn check(input: &Input<'_>, errors: &mut Accumulator) {
    duplicates(input, errors);
    for (variant, spec) in input.codes() {
        if spec.code == 0 {
            errors.push(
                Error::custom(format!(
                    "error code 0 means success in C status codes and cannot name an error; \
                     give `{}` its documented code",
                    variant.ident
                ))
                .with_span(&spec.code_span),
            );
        }
        if let Some(range) = &input.attr.range {
            if !(range.start..=range.end).contains(&spec.code) {
                errors.push(
                    Error::custom(format!(
                        "error code {} is outside this catalog's range {} (from \
                         `#[catalog(range = ...)]`): fix the code or widen the range",
                        spec.code, range.text
                    ))
                    .with_span(&spec.code_span),
                );
            }
        }
    }
}

/// Reports every repeat of a code at its literal, naming the first variant, and labels the
/// first use once, the way rustc's E0081 labels a duplicate discriminant.
fn duplicates(input: &Input<'_>, errors: &mut Accumulator) {
    let mut first: HashMap<i32, (&Ident, Span, bool)> = HashMap::new();
    for (variant, spec) in input.codes() {
        match first.get_mut(&spec.code) {
            None => {
                first.insert(spec.code, (variant.ident, spec.code_span, false));
            }
            Some((first_ident, first_span, labelled)) => {
                errors.push(
                    Error::custom(format!(
                        "error code {} is already used by `{first_ident}`: each code belongs to \
                         one variant; give `{}` its own code",
                        spec.code, variant.ident
                    ))
                    .with_span(&spec.code_span),
                );
                if !*labelled {
                    *labelled = true;
                    errors.push(
                        Error::custom(format!(
                            "error code {} first assigned here, to `{first_ident}`",
                            spec.code
                        ))
                        .with_span(first_span),
                    );
                }
            }
        }
    }
}
