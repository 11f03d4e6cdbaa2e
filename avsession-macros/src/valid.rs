//! Checks across variants: duplicate codes, codes outside the declared range, and the reserved
//! success code.

use std::collections::HashMap;

use crate::error::{Accumulator, Error};
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
/// first use once, naming every repeat, the way rustc's E0081 labels a duplicate discriminant.
fn duplicates(input: &Input<'_>, errors: &mut Accumulator) {
    // Each code with its uses, in the order the codes first appear.
    let mut uses: Vec<(i32, Vec<(&Ident, Span)>)> = Vec::new();
    let mut index: HashMap<i32, usize> = HashMap::new();
    for (variant, spec) in input.codes() {
        let at = *index.entry(spec.code).or_insert_with(|| {
            uses.push((spec.code, Vec::new()));
            uses.len() - 1
        });
        uses[at].1.push((variant.ident, spec.code_span));
    }
    for (code, sites) in &uses {
        let [(first, first_span), repeats @ ..] = sites.as_slice() else {
            continue;
        };
        if repeats.is_empty() {
            continue;
        }
        let names: Vec<String> = repeats
            .iter()
            .map(|(ident, _)| format!("`{ident}`"))
            .collect();
        let others = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
            _ => names.concat(),
        };
        errors.push(
            Error::custom(format!(
                "error code {code} first assigned here, to `{first}`, and again to {others}"
            ))
            .with_span(first_span),
        );
        for (ident, span) in repeats {
            errors.push(
                Error::custom(format!(
                    "error code {code} is already used by `{first}`: each code belongs to one \
                     variant; give `{ident}` its own code"
                ))
                .with_span(span),
            );
        }
    }
}
