//! `#[translation("zh-CN", ...)]`: a catalog's texts in another language. On a variant: its
//! title, description, causes, solutions, and its message where the page in that language
//! has another; on the enum: the page title, note and layout in that language.

use proc_macro2::Span;
use syn::{Attribute, Expr, Lit, LitStr, Meta};

use super::meta::{for_each_key, parse_items, split_first_item, string};
use super::spec::Text;
use crate::error::{Accumulator, Error};

/// A variant's texts in one locale.
pub struct Translation {
    pub locale: LitStr,
    pub title: Option<Text>,
    pub message: Option<Text>,
    pub description: Option<Text>,
    pub causes: Vec<Text>,
    pub solutions: Vec<Text>,
    pub layout: Option<Text>,
    /// On the enum: the layout of every section without one of its own, in that locale.
    pub section: Option<Text>,
    /// The attribute's path, where a problem with the whole translation is reported.
    pub span: Span,
}

pub(crate) const VARIANT_KEYS: &[&str] = &[
    "title",
    "message",
    "description",
    "cause",
    "solution",
    "layout",
];
pub(crate) const CATALOG_KEYS: &[&str] = &["title", "note", "layout", "section"];
const REPEATABLE: &[&str] = &["cause", "solution"];
const EXAMPLE: &str = "`#[translation(\"zh-CN\", title = \"...\")]`";

/// Every `#[translation(...)]` among `attrs`, with `allowed` keys (`VARIANT_KEYS` or, on the
/// enum, `CATALOG_KEYS`; a catalog's `note` is kept in `description`).
pub fn parse_translations(
    attrs: &[Attribute],
    allowed: &[&'static str],
    errors: &mut Accumulator,
) -> Vec<Translation> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("translation"))
        .filter_map(|attr| parse_one(attr, allowed, errors))
        .collect()
}

fn parse_one(
    attr: &Attribute,
    allowed: &[&'static str],
    errors: &mut Accumulator,
) -> Option<Translation> {
    let Meta::List(list) = &attr.meta else {
        errors.push(
            Error::custom(format!(
                "`#[translation]` needs a locale and its texts, e.g. {EXAMPLE}"
            ))
            .with_span(&attr.meta),
        );
        return None;
    };
    let (head, rest) = split_first_item(list.tokens.clone());
    let Ok(Expr::Lit(syn::ExprLit {
        lit: Lit::Str(locale),
        ..
    })) = syn::parse2::<Expr>(head.clone())
    else {
        let err = Error::custom(format!(
            "`#[translation(...)]` takes the locale first, as a string, e.g. {EXAMPLE}"
        ));
        errors.push(if head.is_empty() {
            err.with_span(&attr.meta)
        } else {
            err.with_span(&head)
        });
        return None;
    };
    let items = match parse_items(rest, "translation") {
        Ok(items) => items,
        Err(err) => {
            errors.push(err);
            return None;
        }
    };
    let mut out = Translation {
        locale,
        title: None,
        message: None,
        description: None,
        causes: Vec::new(),
        solutions: Vec::new(),
        layout: None,
        section: None,
        span: attr.path().segments[0].ident.span(),
    };
    for_each_key(
        items,
        "translation",
        allowed,
        REPEATABLE,
        errors,
        |key, path, value, errors| {
            let Some(text) = string(key, path, value, errors).map(Text::from) else {
                return;
            };
            match key {
                "title" => out.title = Some(text),
                "message" => out.message = Some(text),
                "description" | "note" => out.description = Some(text),
                "cause" => out.causes.push(text),
                "solution" => out.solutions.push(text),
                "section" => out.section = Some(text),
                _ => out.layout = Some(text),
            }
        },
    );
    Some(out)
}

/// Whether `tag` is a well-formed BCP 47 language tag of the forms catalogs use: a language
/// of 2, 3 or 5 to 8 letters, then subtags of 1 to 8 letters or digits (`zh-CN`,
/// `zh-Hans-CN`, `sr-Latn`, `es-419`).
pub fn well_formed(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let language = subtags.next().unwrap_or("");
    let language_ok = matches!(language.len(), 2 | 3 | 5..=8)
        && language.bytes().all(|b| b.is_ascii_alphabetic());
    language_ok
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}
