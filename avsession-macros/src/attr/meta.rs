//! What both attributes share: a list of `key = value` items, walked with unknown, repeated and
//! misplaced keys reported, and the values every key kind takes (texts, flags).

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Attribute, Expr, Lit, LitStr, Meta, Path};

use super::item::Item;
use crate::error::{Accumulator, Error};

/// The items of `#[name(...)]`.
pub(crate) fn list_items(
    attr: &Attribute,
    example: &str,
    errors: &mut Accumulator,
) -> Option<Vec<Item>> {
    let Meta::List(list) = &attr.meta else {
        errors.push(
            Error::custom(format!(
                "`#[{}]` takes a list of keys, e.g. `{example}`",
                attr.path().to_token_stream()
            ))
            .with_span(&attr.meta),
        );
        return None;
    };
    let name = attr.path().to_token_stream().to_string();
    match parse_items(list.tokens.clone(), &name) {
        Ok(items) => Some(items),
        Err(err) => {
            errors.push(err);
            None
        }
    }
}

/// The items of `#[attr(...)]`, or its first syntax error, at syn's span, with the shape of a
/// key list added.
pub(crate) fn parse_items(tokens: TokenStream, attr: &str) -> Result<Vec<Item>, Error> {
    Item::parse_list(tokens).map_err(|err| {
        Error::custom(format!(
            "{err} in `#[{attr}(...)]`: write the keys as `key = value`, separated by commas"
        ))
        .with_span(&err.span())
    })
}

/// Walks `key = value` items: reports unknown keys (with a suggestion), repeated keys and
/// literals where a key belongs, and hands each good key to `handle`.
pub(crate) fn for_each_key(
    items: Vec<Item>,
    attr: &str,
    allowed: &[&'static str],
    repeatable: &[&str],
    errors: &mut Accumulator,
    mut handle: impl FnMut(&'static str, &Path, Option<&Expr>, &mut Accumulator),
) {
    let mut seen: Vec<&'static str> = Vec::new();
    for item in items {
        let (path, value) = match &item {
            Item::Path(path) => (path, None),
            Item::NameValue(path, value) => (path, Some(value)),
            Item::List(path) => {
                let name = key_name(path);
                let err = if allowed.contains(&name.as_str()) {
                    Error::custom(format!(
                        "`{name}(...)` is not how keys are written in `#[{attr}(...)]`: write \
                         `{name} = ...`"
                    ))
                } else {
                    unknown_key(&name, attr, allowed)
                };
                errors.push(err.with_span(path));
                continue;
            }
            Item::Lit(lit) => {
                let hint = match lit {
                    Lit::Str(_) if attr == "code" => "name the text, e.g. `message = \"...\"`",
                    Lit::Int(_) if attr == "code" => "the error code goes first, and only once",
                    _ => "write `key = value`",
                };
                errors.push(
                    Error::custom(format!("unexpected literal in `#[{attr}(...)]`: {hint}"))
                        .with_span(lit),
                );
                continue;
            }
        };
        let name = key_name(path);
        let Some(&key) = allowed.iter().find(|k| **k == name) else {
            errors.push(unknown_key(&name, attr, allowed).with_span(path));
            continue;
        };
        if seen.contains(&key) && !repeatable.contains(&key) {
            errors.push(
                Error::custom(format!(
                    "`{key}` is given twice in `#[{attr}(...)]`: keep one (only `cause` and \
                     `solution` repeat)"
                ))
                .with_span(path),
            );
            continue;
        }
        seen.push(key);
        handle(key, path, value, errors);
    }
}

/// The allowed name closest to `name`, if one is close enough to be a likely misspelling.
pub(crate) fn suggestion<'k>(name: &str, allowed: &[&'k str]) -> Option<&'k str> {
    allowed
        .iter()
        .map(|k| (strsim::jaro_winkler(name, k), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

pub(crate) fn unknown_key(name: &str, attr: &str, allowed: &[&str]) -> Error {
    let best = suggestion(name, allowed);
    let list = allowed
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match best {
        Some(k) => Error::custom(format!(
            "unknown key `{name}` in `#[{attr}(...)]`: did you mean `{k}`?"
        )),
        None => Error::custom(format!(
            "unknown key `{name}` in `#[{attr}(...)]`: the keys are {list}"
        )),
    }
}

/// Whether a string literal's text is empty or only whitespace. Most literals have no escapes
/// and are read as written; `LitStr::value` unescapes one character at a time, which in an
/// unoptimised build of the macro was a tenth of its time on a 10,000-variant enum.
pub(crate) fn is_blank(lit: &LitStr) -> bool {
    plain_text_is_blank(&lit.token().to_string()).unwrap_or_else(|| lit.value().trim().is_empty())
}

/// Whether the text of a string literal written as `repr` is blank, when it is a plain
/// literal without escapes (or suffix); `None` when only unescaping can tell.
pub(crate) fn plain_text_is_blank(repr: &str) -> Option<bool> {
    match repr.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(text) if !text.contains('\\') => Some(text.trim().is_empty()),
        _ => None,
    }
}

/// The key a path names: its identifier, or the path as written.
pub(crate) fn key_name(path: &Path) -> String {
    match path.get_ident() {
        Some(ident) => ident.to_string(),
        None => path.to_token_stream().to_string().replace(' ', ""),
    }
}

/// A non-empty string literal.
pub(crate) fn string(
    key: &str,
    path: &Path,
    value: Option<&Expr>,
    errors: &mut Accumulator,
) -> Option<LitStr> {
    match value {
        Some(Expr::Lit(syn::ExprLit {
            lit: Lit::Str(s), ..
        })) => {
            if is_blank(s) {
                let fix = if key == "message" {
                    "give the official error message"
                } else {
                    "give its text, or leave the key out"
                };
                errors.push(Error::custom(format!("`{key}` is empty: {fix}")).with_span(s));
                return None;
            }
            Some(s.clone())
        }
        Some(other) => {
            errors.push(
                Error::custom(format!(
                    "`{key}` expects a string literal, e.g. `{key} = \"...\"`"
                ))
                .with_span(other),
            );
            None
        }
        None => {
            errors.push(
                Error::custom(format!("`{key}` needs a value, e.g. `{key} = \"...\"`"))
                    .with_span(path),
            );
            None
        }
    }
}

/// A flag: `key` alone, or `key = true|false`.
pub(crate) fn flag(
    key: &str,
    _path: &Path,
    value: Option<&Expr>,
    errors: &mut Accumulator,
) -> bool {
    match value {
        None => true,
        Some(Expr::Lit(syn::ExprLit {
            lit: Lit::Bool(b), ..
        })) => b.value,
        Some(other) => {
            errors.push(
                Error::custom(format!(
                    "`{key}` is a flag: write `{key}` alone (or `{key} = true`)"
                ))
                .with_span(other),
            );
            false
        }
    }
}

/// Splits `a, b, c` into `a` and `b, c` at the first top-level comma.
pub(crate) fn split_first_item(tokens: TokenStream) -> (TokenStream, TokenStream) {
    let mut head = TokenStream::new();
    let mut iter = tokens.into_iter();
    for tt in iter.by_ref() {
        if let TokenTree::Punct(p) = &tt {
            if p.as_char() == ',' {
                break;
            }
        }
        head.extend(std::iter::once(tt));
    }
    (head, iter.collect())
}
