//! `#[case(...)]`: one case of a code, the scenario its page describes under a heading of its
//! own, with its texts. `#[case(title = "...", message = "...", ...)]` in English;
//! `#[case("zh-CN", title = "...", ...)]` in a locale the variant is translated into.

use proc_macro2::Span;
use syn::{Attribute, Expr, Lit, LitStr, Meta};

use super::meta::{for_each_key, parse_items, split_first_item, string};
use super::spec::Text;
use crate::error::{Accumulator, Error};

/// A case of a variant, in English or in one locale.
pub struct Case {
    /// The locale, for a case of a translation.
    pub locale: Option<LitStr>,
    pub title: Text,
    pub message: Option<Text>,
    pub description: Option<Text>,
    pub causes: Vec<Text>,
    pub solutions: Vec<Text>,
    /// The attribute's path, where a problem with the whole case is reported.
    pub span: Span,
}

pub(crate) const CASE_KEYS: &[&str] = &["title", "message", "description", "cause", "solution"];
const REPEATABLE: &[&str] = &["cause", "solution"];
const EXAMPLE: &str = "`#[case(title = \"...\", message = \"...\")]`";

/// Every `#[case(...)]` among `attrs`, in order.
pub fn parse_cases(attrs: &[Attribute], errors: &mut Accumulator) -> Vec<Case> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("case"))
        .filter_map(|attr| parse_one(attr, errors))
        .collect()
}

fn parse_one(attr: &Attribute, errors: &mut Accumulator) -> Option<Case> {
    let Meta::List(list) = &attr.meta else {
        errors.push(
            Error::custom(format!(
                "`#[case]` needs the case's title and texts, e.g. {EXAMPLE}"
            ))
            .with_span(&attr.meta),
        );
        return None;
    };
    let span = attr.path().segments[0].ident.span();
    // A leading string literal is the locale: `#[case("zh-CN", title = "...")]`.
    let (head, rest) = split_first_item(list.tokens.clone());
    let (locale, keys) = match syn::parse2::<Expr>(head) {
        Ok(Expr::Lit(syn::ExprLit {
            lit: Lit::Str(locale),
            ..
        })) => (Some(locale), rest),
        _ => (None, list.tokens.clone()),
    };
    let items = match parse_items(keys, "case") {
        Ok(items) => items,
        Err(err) => {
            errors.push(err);
            return None;
        }
    };
    let (mut title, mut title_given) = (None, false);
    let (mut message, mut description) = (None, None);
    let (mut causes, mut solutions) = (Vec::new(), Vec::new());
    for_each_key(
        items,
        "case",
        CASE_KEYS,
        REPEATABLE,
        errors,
        |key, path, value, errors| {
            title_given |= key == "title";
            let Some(text) = string(key, path, value, errors).map(Text::from) else {
                return;
            };
            match key {
                "title" => title = Some(text),
                "message" => message = Some(text),
                "description" => description = Some(text),
                "cause" => causes.push(text),
                _ => solutions.push(text),
            }
        },
    );
    let Some(title) = title else {
        // A title that was given but is broken is reported where it stands.
        if title_given {
            return None;
        }
        errors.push(
            Error::custom(format!(
                "`#[case(...)]` needs a `title`: the heading of the case on its page, e.g. \
                 {EXAMPLE}"
            ))
            .with_span(&attr.meta),
        );
        return None;
    };
    Some(Case {
        locale,
        title,
        message,
        description,
        causes,
        solutions,
        span,
    })
}
