//! `#[catalog(...)]` on the enum: the catalog's options, read once per expansion and shared by
//! the expansion and by the fallback emitted beside errors.

use crate::error::{Accumulator, Error};
use proc_macro2::Span;
use quote::ToTokens;
use syn::{Attribute, Expr, Lit, LitStr, Path};

use super::int::{code_literal_as, int_value};
use super::meta::{flag, for_each_key, list_items, string};
use super::translation::{
    parse_translations, well_formed, Translation, CATALOG_KEYS as TRANSLATION_KEYS,
};
use super::value;

/// `#[catalog(...)]` on the enum.
#[derive(Default)]
pub struct CatalogAttr {
    pub name: Option<LitStr>,
    pub title: Option<LitStr>,
    pub note: Option<LitStr>,
    pub range: Option<CodeRange>,
    pub krate: Option<Path>,
    pub url: Option<LitStr>,
    /// The page's layout around its sections, where it is not the regular one.
    pub layout: Option<LitStr>,
    /// The layout of every section without a layout of its own.
    pub section: Option<LitStr>,
    pub skip_display: bool,
    pub debug: bool,
    /// `locales = ["zh-CN", ...]`: the languages the catalog is translated into.
    pub locales: Vec<LitStr>,
    /// `partial = ["zh-CN"]`: locales whose translations may leave codes out.
    pub partial: Vec<LitStr>,
    /// `lock = "codes.lock"`: the lock file, relative to the crate's `Cargo.toml`.
    pub lock: Option<LitStr>,
    /// The status that means success where it is not `0` (`success = 8300000`), with its span.
    pub success: Option<(i32, Span)>,
    /// The enum's `#[translation(...)]`s: title, note and layout per locale.
    pub translations: Vec<Translation>,
}

/// `range = START..=END`, normalised to inclusive bounds.
pub struct CodeRange {
    pub start: i32,
    pub end: i32,
    pub text: String,
}

impl CatalogAttr {
    /// The path of the runtime crate in generated code: `crate = ...`, else `::avsession_codes`.
    pub fn crate_path(&self) -> Path {
        self.krate
            .clone()
            .unwrap_or_else(|| syn::parse_quote!(::avsession_codes))
    }
}

pub(crate) const CATALOG_KEYS: &[&str] = &[
    "name",
    "title",
    "note",
    "range",
    "crate",
    "url",
    "skip_display",
    "debug",
    "layout",
    "section",
    "locales",
    "partial",
    "lock",
    "success",
];

/// Parses every `#[catalog(...)]` of the enum (one is allowed).
pub fn parse_catalog(attrs: &[Attribute], errors: &mut Accumulator) -> CatalogAttr {
    let mut out = CatalogAttr::default();
    let mut seen_attr = false;
    for attr in attrs.iter().filter(|a| a.path().is_ident("catalog")) {
        if seen_attr {
            errors.push(
                Error::custom("`#[catalog(...)]` is given twice: merge the two into one")
                    .with_span(attr.path()),
            );
            continue;
        }
        seen_attr = true;
        let Some(items) = list_items(attr, "#[catalog(name = \"...\")]", errors) else {
            continue;
        };
        for_each_key(
            items,
            "catalog",
            CATALOG_KEYS,
            &[],
            errors,
            |key, path, value, errors| match key {
                "name" => out.name = string(key, path, value, errors),
                "title" => out.title = string(key, path, value, errors),
                "note" => out.note = string(key, path, value, errors),
                "url" => out.url = string(key, path, value, errors),
                "layout" => out.layout = string(key, path, value, errors),
                "section" => out.section = string(key, path, value, errors),
                "locales" => out.locales = tags(key, path, value, errors),
                "partial" => out.partial = tags(key, path, value, errors),
                "lock" => out.lock = string(key, path, value, errors),
                "range" => out.range = range(path, value, errors),
                "crate" => out.krate = crate_path(path, value, errors),
                "success" => out.success = success(path, value, errors),
                "debug" => out.debug = flag(key, path, value, errors),
                _ => out.skip_display = flag(key, path, value, errors),
            },
        );
    }
    out.translations = parse_translations(attrs, TRANSLATION_KEYS, errors);
    out
}

fn crate_path(path: &Path, value: Option<&Expr>, errors: &mut Accumulator) -> Option<Path> {
    match value {
        Some(Expr::Path(p)) => Some(p.path.clone()),
        Some(Expr::Lit(syn::ExprLit {
            lit: Lit::Str(s), ..
        })) => match s.parse::<Path>() {
            Ok(p) => Some(p),
            Err(_) => {
                errors.push(
                    Error::custom("`crate` expects a path, e.g. `crate = ::avsession_codes`")
                        .with_span(s),
                );
                None
            }
        },
        other => {
            let err = Error::custom("`crate` expects a path, e.g. `crate = ::avsession_codes`");
            errors.push(match other {
                Some(v) => err.with_span(v),
                None => err.with_span(path),
            });
            None
        }
    }
}

fn range(path: &Path, value: Option<&Expr>, errors: &mut Accumulator) -> Option<CodeRange> {
    const EXAMPLE: &str = "e.g. `range = 6600000..=6699999`";
    let written = value.map(ToTokens::to_token_stream);
    let parsed = match written.clone().map(value::range) {
        Some(Ok(Some(range))) => range,
        Some(Err(err)) => {
            errors.push(err.into());
            return None;
        }
        _ => {
            let err = Error::custom(format!(
                "`range` expects a range of integer literals, {EXAMPLE}"
            ));
            errors.push(match value {
                Some(v) => err.with_span(v),
                None => err.with_span(path),
            });
            return None;
        }
    };
    let (Some(start_expr), Some(end_expr)) = (&parsed.start, &parsed.end) else {
        errors.push(
            Error::custom(format!("`range` needs both bounds, {EXAMPLE}")).with_span(&parsed.dots),
        );
        return None;
    };
    let start = int_value(start_expr, "range bound", errors);
    let end = int_value(end_expr, "range bound", errors);
    let (start, end) = (start?, end?);
    let text = written.unwrap_or_default().to_string().replace(' ', "");
    let end = if parsed.closed {
        i64::from(end)
    } else {
        i64::from(end) - 1
    };
    if end < i64::from(start) {
        let fix = if !parsed.closed && end + 1 == i64::from(start) {
            "a range `a..a` holds no code".to_owned()
        } else {
            "its start is above its end; swap the bounds".to_owned()
        };
        errors.push(
            Error::custom(format!("`range = {text}` is empty: {fix}")).with_span(&parsed.dots),
        );
        return None;
    }
    // `end` is at most an `i32` here: it came from one, possibly minus one, and is >= start.
    let end = i32::try_from(end).ok()?;
    Some(CodeRange { start, end, text })
}

/// `locales = ["zh-CN", ...]`: a list of well-formed language tags.
fn tags(key: &str, path: &Path, value: Option<&Expr>, errors: &mut Accumulator) -> Vec<LitStr> {
    let example = format!("e.g. `{key} = [\"zh-CN\"]`");
    let elements = match value.map(|v| value::list(v.to_token_stream())) {
        Some(Some(Ok(elements))) => elements,
        Some(Some(Err(err))) => {
            errors.push(err.into());
            return Vec::new();
        }
        _ => {
            let err = Error::custom(format!(
                "`{key}` expects a list of language tags, {example}"
            ));
            errors.push(match value {
                Some(v) => err.with_span(v),
                None => err.with_span(path),
            });
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for element in &elements {
        let Expr::Lit(syn::ExprLit {
            lit: Lit::Str(tag), ..
        }) = element
        else {
            errors.push(
                Error::custom(format!("`{key}` lists language tags as strings, {example}"))
                    .with_span(element),
            );
            continue;
        };
        let text = tag.value();
        if !well_formed(&text) {
            errors.push(
                Error::custom(format!(
                    "`{text}` is not a BCP 47 language tag: write a language, then a script or \
                     region, separated by `-`, e.g. `zh-CN`, `zh-Hans-CN`, `fr`"
                ))
                .with_span(tag),
            );
            continue;
        }
        if out
            .iter()
            .any(|seen: &LitStr| seen.value().eq_ignore_ascii_case(&text))
        {
            errors
                .push(Error::custom(format!("`{text}` is listed twice in `{key}`")).with_span(tag));
            continue;
        }
        out.push(tag.clone());
    }
    out
}

fn success(path: &Path, value: Option<&Expr>, errors: &mut Accumulator) -> Option<(i32, Span)> {
    match value {
        Some(value) => code_literal_as(value, "success value", errors),
        None => {
            errors.push(
                Error::custom(
                    "`success` expects the status that means success, e.g. `success = 8300000`",
                )
                .with_span(path),
            );
            None
        }
    }
}
