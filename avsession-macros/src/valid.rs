//! Checks across variants: duplicate codes, codes outside the declared range, and the reserved
//! success code.

use std::collections::HashMap;

use crate::error::{Accumulator, Error};
use proc_macro2::Span;
use syn::{Ident, LitStr};

use crate::ast::Input;
use crate::attr::Translation;

pub fn check(input: &Input<'_>, errors: &mut Accumulator) {
    duplicates(input, errors);
    translations(input, errors);
    let success = input.attr.success;
    for (variant, spec) in input.codes() {
        if let Some((value, span)) = success.filter(|(value, _)| *value == spec.code) {
            errors.push(
                Error::custom(format!(
                    "the success value {value} is also the error code of `{}`: a status cannot \
                     be both",
                    variant.ident
                ))
                .with_span(&span),
            );
        }
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

/// Translations: each in a declared locale, once per variant and locale, and every variant
/// translated in every locale not declared partial.
fn translations(input: &Input<'_>, errors: &mut Accumulator) {
    let declared: Vec<String> = input.attr.locales.iter().map(LitStr::value).collect();
    let is_declared = |tag: &str| declared.iter().any(|d| d.eq_ignore_ascii_case(tag));
    let listed = if declared.is_empty() {
        "none is: add `#[catalog(locales = [\"zh-CN\"])]`".to_owned()
    } else {
        let tags: Vec<String> = declared.iter().map(|d| format!("`{d}`")).collect();
        format!("the catalog declares {}", tags.join(", "))
    };
    for tag in &input.attr.partial {
        if !is_declared(&tag.value()) {
            errors.push(
                Error::custom(format!(
                    "`{}` is in `partial` but not in `locales`: declare it in `locales` too",
                    tag.value()
                ))
                .with_span(tag),
            );
        }
    }
    let undeclared = |translation: &Translation, errors: &mut Accumulator| {
        let tag = translation.locale.value();
        if !is_declared(&tag) {
            errors.push(
                Error::custom(format!(
                    "the locale `{tag}` is not declared in `#[catalog(locales = [...])]`: {listed}"
                ))
                .with_span(&translation.locale),
            );
        }
    };
    for translation in &input.attr.translations {
        undeclared(translation, errors);
    }
    let partial: Vec<String> = input.attr.partial.iter().map(LitStr::value).collect();
    for (variant, _) in input.codes() {
        let mut seen: Vec<String> = Vec::new();
        for translation in &variant.translations {
            undeclared(translation, errors);
            let tag = translation.locale.value();
            if seen.iter().any(|s| s.eq_ignore_ascii_case(&tag)) {
                errors.push(
                    Error::custom(format!(
                        "`{}` has two `#[translation(\"{tag}\", ...)]`: merge them into one",
                        variant.ident
                    ))
                    .with_span(&translation.locale),
                );
            }
            seen.push(tag);
        }
        for case in &variant.cases {
            let Some(locale) = &case.locale else {
                continue;
            };
            let tag = locale.value();
            if !is_declared(&tag) {
                errors.push(
                    Error::custom(format!(
                        "the locale `{tag}` is not declared in `#[catalog(locales = [...])]`: \
                         {listed}"
                    ))
                    .with_span(locale),
                );
            } else if !seen.iter().any(|s| s.eq_ignore_ascii_case(&tag)) {
                errors.push(
                    Error::custom(format!(
                        "a case in `{tag}` belongs to the variant's translation into it: add \
                         `#[translation(\"{tag}\", ...)]` to `{}`",
                        variant.ident
                    ))
                    .with_span(locale),
                );
            }
        }
        for locale in &declared {
            let translated = seen.iter().any(|s| s.eq_ignore_ascii_case(locale));
            let is_partial = partial.iter().any(|p| p.eq_ignore_ascii_case(locale));
            if !translated && !is_partial {
                errors.push(
                    Error::custom(format!(
                        "`{}` has no `#[translation(\"{locale}\", ...)]`: translate it, or declare \
                         the locale partial with `#[catalog(partial = [\"{locale}\"])]`",
                        variant.ident
                    ))
                    .with_span(variant.ident),
                );
            }
        }
    }
}
