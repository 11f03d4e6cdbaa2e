//! The full reader of `#[code(...)]`, which reports every mistake.

use crate::error::{Accumulator, Error};
use proc_macro2::{Span, TokenStream};
use syn::parse::{ParseStream, Parser};
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Lit, Meta, Path, Token};

use super::int::code_literal;
use super::item::Item;
use super::meta::{
    flag, for_each_key, key_name, parse_items, split_first_item, string, suggestion,
};
use super::spec::{CodeAttr, CodeSpec, Keys, Text, CODE_EXAMPLE, CODE_KEYS, REPEATABLE};
use super::value::value_of;

/// The full parser of `#[code(...)]`, which reports every mistake.
pub(crate) fn parse_code_full(
    attr: &Attribute,
    case_message: Option<&Text>,
    errors: &mut Accumulator,
) -> Option<CodeAttr> {
    let tokens = match &attr.meta {
        Meta::List(list) => list.tokens.clone(),
        _ => {
            errors.push(
                Error::custom(format!(
                    "`#[code]` needs the error code and its message, e.g. {CODE_EXAMPLE}"
                ))
                .with_span(&attr.meta),
            );
            return None;
        }
    };
    let (head, rest) = split_first_item(tokens);
    if head.is_empty() {
        errors.push(
            Error::custom(format!(
                "`#[code(...)]` is empty: give the error code first, e.g. {CODE_EXAMPLE}"
            ))
            .with_span(&attr.meta),
        );
        return None;
    }
    // `#[code(message = "...")]`: the code is missing, but the keys can still be checked.
    if is_assignment(&head) {
        errors.push(
            Error::custom(format!(
                "`#[code(...)]` needs the error code before its keys, e.g. {CODE_EXAMPLE}"
            ))
            .with_span(&head),
        );
        let mut all = head;
        if !rest.is_empty() {
            all.extend(quote::quote!(,));
            all.extend(rest);
        }
        // Without a code there is nothing to build; the keys are still checked.
        code_keys(None, all, attr, case_message, errors);
        return None;
    }
    let first = match value_of(head) {
        Ok(expr) => expr,
        Err(err) => {
            errors.push(err.into());
            return None;
        }
    };
    if let Expr::Path(path) = &first {
        if path.path.is_ident("transparent") {
            if !rest.is_empty() {
                errors.push(
                    Error::custom(
                        "`#[code(transparent)]` takes no other keys: the wrapped catalog supplies \
                         codes and texts",
                    )
                    .with_span(&rest),
                );
            }
            return Some(CodeAttr::Transparent(path.span()));
        }
    }
    let code = code_literal(&first, errors);
    let spec = code_keys(code, rest, attr, case_message, errors)?;
    Some(CodeAttr::Code(Box::new(spec)))
}

fn code_keys(
    code: Option<(i32, Span)>,
    keys: TokenStream,
    attr: &Attribute,
    case_message: Option<&Text>,
    errors: &mut Accumulator,
) -> Option<CodeSpec> {
    let items = match parse_items(keys, "code") {
        Ok(items) => items,
        Err(err) => {
            errors.push(err);
            return None;
        }
    };
    // A message that was given but is broken is reported where it stands; saying that the
    // message is missing as well would be a second error for the same mistake.
    let message_given = items.iter().any(names_message);
    let mut keys = Keys::default();
    for_each_key(
        items,
        "code",
        CODE_KEYS,
        REPEATABLE,
        errors,
        |key, path, value, errors| match key {
            "since" => keys.since = api_level(path, value, errors),
            "display" => keys.display = string(key, path, value, errors),
            "system_api" => keys.system_api = flag(key, path, value, errors),
            _ => {
                if let Some(lit) = string(key, path, value, errors) {
                    keys.text(key, Text::from(lit));
                }
            }
        },
    );
    let (code, code_span) = code?;
    if keys.message.is_none() && (message_given || case_message.is_none()) {
        if message_given {
            return None;
        }
        errors.push(
            Error::custom(format!(
                "error code {code} has no `message`: add the official error message, e.g. \
                 `#[code({code}, message = \"...\")]`, or give its first `#[case(...)]` one"
            ))
            .with_span(&attr.path()),
        );
        return None;
    }
    keys.spec(code, code_span, case_message)
}

/// Whether the first item is `key = value`.
fn is_assignment(head: &TokenStream) -> bool {
    let assignment = |input: ParseStream<'_>| {
        input.call(Path::parse_mod_style)?;
        let assigns = input.peek(Token![=]) && !input.peek(Token![==]) && !input.peek(Token![=>]);
        input.parse::<TokenStream>()?;
        Ok(assigns)
    };
    assignment.parse2(head.clone()).unwrap_or(false)
}

/// Whether an item is an attempt at `message`: the key itself, a misspelling of it, or a bare
/// string literal where `message = "..."` belongs.
fn names_message(item: &Item) -> bool {
    let Some(path) = item.path() else {
        return matches!(item, Item::Lit(Lit::Str(_)));
    };
    let name = key_name(path);
    name == "message"
        || (!CODE_KEYS.contains(&name.as_str()) && suggestion(&name, CODE_KEYS) == Some("message"))
}

fn api_level(path: &Path, value: Option<&Expr>, errors: &mut Accumulator) -> Option<u32> {
    let parsed = match value {
        Some(Expr::Lit(syn::ExprLit {
            lit: Lit::Int(int), ..
        })) => int.base10_parse::<u32>().ok().filter(|level| *level > 0),
        _ => None,
    };
    if parsed.is_none() {
        let err =
            Error::custom("`since` expects an API level, a positive integer, e.g. `since = 13`");
        errors.push(match value {
            Some(v) => err.with_span(v),
            None => err.with_span(path),
        });
    }
    parsed
}
