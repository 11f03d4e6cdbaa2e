//! Parsing of the `#[catalog(...)]` and `#[code(...)]` attributes into plain values.
//!
//! Every error is pushed to the accumulator and parsing goes on, so one compile reports every
//! mistake of an enum.

use darling::ast::NestedMeta;
use darling::error::Accumulator;
use darling::Error;
use proc_macro2::{Literal, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, Lit, LitInt, LitStr, Meta, Path, RangeLimits, UnOp};

pub(crate) mod fast;

/// `#[catalog(...)]` on the enum.
#[derive(Default)]
pub struct CatalogAttr {
    pub name: Option<LitStr>,
    pub title: Option<LitStr>,
    pub note: Option<LitStr>,
    pub range: Option<CodeRange>,
    pub krate: Option<Path>,
    pub url: Option<LitStr>,
    pub skip_display: bool,
    pub debug: bool,
}

/// `range = START..=END`, normalised to inclusive bounds.
pub struct CodeRange {
    pub start: i32,
    pub end: i32,
    pub text: String,
}

/// `#[code(...)]` on a variant.
pub enum CodeAttr {
    Code(Box<CodeSpec>),
    Transparent(Span),
}

/// A documented code: `#[code(CODE, message = "...", ...)]`.
pub struct CodeSpec {
    pub code: i32,
    pub code_span: Span,
    pub message: Text,
    pub title: Option<Text>,
    pub description: Option<Text>,
    pub causes: Vec<Text>,
    pub solutions: Vec<Text>,
    pub since: Option<u32>,
    pub system_api: bool,
    pub display: Option<LitStr>,
}

/// A string literal of the attribute, checked and then emitted as written: the generated
/// tables hold the user's own literal token, and its text is never needed.
pub struct Text(Literal);

impl From<LitStr> for Text {
    fn from(lit: LitStr) -> Self {
        Text(lit.token())
    }
}

impl ToTokens for Text {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.0.to_tokens(tokens);
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
];
pub(crate) const CODE_KEYS: &[&str] = &[
    "message",
    "title",
    "description",
    "cause",
    "solution",
    "since",
    "system_api",
    "display",
];
const REPEATABLE: &[&str] = &["cause", "solution"];
const CODE_EXAMPLE: &str = "`#[code(6600101, message = \"...\")]`";

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
            errors,
            |key, path, value, errors| match key {
                "name" => out.name = string(key, path, value, errors),
                "title" => out.title = string(key, path, value, errors),
                "note" => out.note = string(key, path, value, errors),
                "url" => out.url = string(key, path, value, errors),
                "range" => out.range = range(path, value, errors),
                "crate" => out.krate = crate_path(path, value, errors),
                "debug" => out.debug = flag(key, path, value, errors),
                _ => out.skip_display = flag(key, path, value, errors),
            },
        );
    }
    out
}

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

/// The full parser of `#[code(...)]`, which reports every mistake.
pub(crate) fn parse_code_full(attr: &Attribute, errors: &mut Accumulator) -> Option<CodeAttr> {
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
    let first: Expr = match syn::parse2(head.clone()) {
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
    // `#[code(message = "...")]`: the code is missing, but the keys can still be checked.
    let (code, keys) = if let Expr::Assign(_) = first {
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
        (None, all)
    } else {
        (code_literal(&first, errors), rest)
    };
    let spec = code_keys(code, keys, attr, errors)?;
    Some(CodeAttr::Code(Box::new(spec)))
}

fn code_keys(
    code: Option<(i32, Span)>,
    keys: TokenStream,
    attr: &Attribute,
    errors: &mut Accumulator,
) -> Option<CodeSpec> {
    let items = match NestedMeta::parse_meta_list(keys) {
        Ok(items) => items,
        Err(err) => {
            errors.push(syntax_error(&err, "code"));
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
    if keys.message.is_none() {
        if message_given {
            return None;
        }
        errors.push(
            Error::custom(format!(
                "error code {code} has no `message`: add the official error message, e.g. \
                 `#[code({code}, message = \"...\")]`"
            ))
            .with_span(&attr.path()),
        );
        return None;
    }
    keys.spec(code, code_span)
}

/// The keys of one `#[code(...)]`, as either reader fills them in.
#[derive(Default)]
struct Keys {
    message: Option<Text>,
    title: Option<Text>,
    description: Option<Text>,
    causes: Vec<Text>,
    solutions: Vec<Text>,
    since: Option<u32>,
    system_api: bool,
    display: Option<LitStr>,
}

impl Keys {
    /// Stores the value of a key whose value is a text emitted as written; `false` for any
    /// other key.
    fn text(&mut self, key: &str, text: Text) -> bool {
        match key {
            "message" => self.message = Some(text),
            "title" => self.title = Some(text),
            "description" => self.description = Some(text),
            "cause" => self.causes.push(text),
            "solution" => self.solutions.push(text),
            _ => return false,
        }
        true
    }

    /// The spec of `code`, if its message was given.
    fn spec(self, code: i32, code_span: Span) -> Option<CodeSpec> {
        Some(CodeSpec {
            code,
            code_span,
            message: self.message?,
            title: self.title,
            description: self.description,
            causes: self.causes,
            solutions: self.solutions,
            since: self.since,
            system_api: self.system_api,
            display: self.display,
        })
    }
}

/// The tokens of `#[name(...)]` as a list of metas.
fn list_items(
    attr: &Attribute,
    example: &str,
    errors: &mut Accumulator,
) -> Option<Vec<NestedMeta>> {
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
    match NestedMeta::parse_meta_list(list.tokens.clone()) {
        Ok(items) => Some(items),
        Err(err) => {
            let name = attr.path().to_token_stream().to_string();
            errors.push(syntax_error(&err, &name));
            None
        }
    }
}

/// A syntax error inside `#[attr(...)]`, at syn's span, with the shape of a key list added.
fn syntax_error(err: &syn::Error, attr: &str) -> Error {
    Error::custom(format!(
        "{err} in `#[{attr}(...)]`: write the keys as `key = value`, separated by commas"
    ))
    .with_span(&err.span())
}

/// Whether an item is an attempt at `message`: the key itself, a misspelling of it, or a bare
/// string literal where `message = "..."` belongs.
fn names_message(item: &NestedMeta) -> bool {
    let path = match item {
        NestedMeta::Lit(lit) => return matches!(lit, Lit::Str(_)),
        NestedMeta::Meta(meta) => meta.path(),
    };
    let name = key_name(path);
    name == "message"
        || (!CODE_KEYS.contains(&name.as_str()) && suggestion(&name, CODE_KEYS) == Some("message"))
}

/// Splits `a, b, c` into `a` and `b, c` at the first top-level comma.
fn split_first_item(tokens: TokenStream) -> (TokenStream, TokenStream) {
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

/// Walks `key = value` items: reports unknown keys (with a suggestion), repeated keys and
/// literals where a key belongs, and hands each good key to `handle`.
fn for_each_key(
    items: Vec<NestedMeta>,
    attr: &str,
    allowed: &[&'static str],
    errors: &mut Accumulator,
    mut handle: impl FnMut(&'static str, &Path, Option<&Expr>, &mut Accumulator),
) {
    let mut seen: Vec<&'static str> = Vec::new();
    for item in items {
        let (path, value) = match &item {
            NestedMeta::Meta(Meta::Path(path)) => (path, None),
            NestedMeta::Meta(Meta::NameValue(nv)) => (&nv.path, Some(&nv.value)),
            NestedMeta::Meta(Meta::List(list)) => {
                let name = key_name(&list.path);
                let err = if allowed.contains(&name.as_str()) {
                    Error::custom(format!(
                        "`{name}(...)` is not how keys are written in `#[{attr}(...)]`: write \
                         `{name} = ...`"
                    ))
                } else {
                    unknown_key(&name, attr, allowed)
                };
                errors.push(err.with_span(&list.path));
                continue;
            }
            NestedMeta::Lit(lit) => {
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
        if seen.contains(&key) && !REPEATABLE.contains(&key) {
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
pub fn suggestion<'k>(name: &str, allowed: &[&'k str]) -> Option<&'k str> {
    allowed
        .iter()
        .map(|k| (strsim::jaro_winkler(name, k), *k))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

fn unknown_key(name: &str, attr: &str, allowed: &[&str]) -> Error {
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
fn is_blank(lit: &LitStr) -> bool {
    plain_text_is_blank(&lit.token().to_string()).unwrap_or_else(|| lit.value().trim().is_empty())
}

/// Whether the text of a string literal written as `repr` is blank, when it is a plain
/// literal without escapes (or suffix); `None` when only unescaping can tell.
fn plain_text_is_blank(repr: &str) -> Option<bool> {
    match repr.strip_prefix('"').and_then(|r| r.strip_suffix('"')) {
        Some(text) if !text.contains('\\') => Some(text.trim().is_empty()),
        _ => None,
    }
}

/// The key a path names: its identifier, or the path as written.
fn key_name(path: &Path) -> String {
    match path.get_ident() {
        Some(ident) => ident.to_string(),
        None => path.to_token_stream().to_string().replace(' ', ""),
    }
}

/// A non-empty string literal.
fn string(
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
fn flag(key: &str, _path: &Path, value: Option<&Expr>, errors: &mut Accumulator) -> bool {
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
    let Some(Expr::Range(r)) = value else {
        let err = Error::custom(format!(
            "`range` expects a range of integer literals, {EXAMPLE}"
        ));
        errors.push(match value {
            Some(v) => err.with_span(v),
            None => err.with_span(path),
        });
        return None;
    };
    let limits = match r.limits {
        RangeLimits::HalfOpen(dots) => dots.spans[0],
        RangeLimits::Closed(dots) => dots.spans[0],
    };
    let (Some(start_expr), Some(end_expr)) = (&r.start, &r.end) else {
        errors.push(
            Error::custom(format!("`range` needs both bounds, {EXAMPLE}")).with_span(&limits),
        );
        return None;
    };
    let start = int_value(start_expr, "range bound", errors);
    let end = int_value(end_expr, "range bound", errors);
    let (start, end) = (start?, end?);
    let text = r.to_token_stream().to_string().replace(' ', "");
    let end = match r.limits {
        RangeLimits::Closed(_) => i64::from(end),
        RangeLimits::HalfOpen(_) => i64::from(end) - 1,
    };
    if end < i64::from(start) {
        let fix = if matches!(r.limits, RangeLimits::HalfOpen(_)) && end + 1 == i64::from(start) {
            "a range `a..a` holds no code".to_owned()
        } else {
            "its start is above its end; swap the bounds".to_owned()
        };
        errors.push(Error::custom(format!("`range = {text}` is empty: {fix}")).with_span(&limits));
        return None;
    }
    // `end` is at most an `i32` here: it came from one, possibly minus one, and is >= start.
    let end = i32::try_from(end).ok()?;
    Some(CodeRange { start, end, text })
}

/// An integer literal (optionally negated) that fits `i32`, for codes and range bounds.
pub fn int_value(expr: &Expr, what: &str, errors: &mut Accumulator) -> Option<i32> {
    code_literal_as(expr, what, errors).map(|(v, _)| v)
}

fn code_literal(expr: &Expr, errors: &mut Accumulator) -> Option<(i32, Span)> {
    code_literal_as(expr, "error code", errors)
}

fn code_literal_as(expr: &Expr, what: &str, errors: &mut Accumulator) -> Option<(i32, Span)> {
    let (negative, lit) = match expr {
        Expr::Lit(syn::ExprLit { lit, .. }) => (false, lit),
        Expr::Unary(u) if matches!(u.op, UnOp::Neg(_)) => match &*u.expr {
            Expr::Lit(syn::ExprLit { lit, .. }) => (true, lit),
            other => return not_integer(other, what, errors),
        },
        Expr::Group(g) => return code_literal_as(&g.expr, what, errors),
        other => return not_integer(other, what, errors),
    };
    let Lit::Int(int) = lit else {
        return not_integer(expr, what, errors);
    };
    Some((fit_i32(int, negative, what, errors)?, int.span()))
}

fn fit_i32(int: &LitInt, negative: bool, what: &str, errors: &mut Accumulator) -> Option<i32> {
    if !matches!(int.suffix(), "" | "i32") {
        errors.push(
            Error::custom(format!(
                "the {what} has the suffix `{}`: codes are `i32`, remove the suffix",
                int.suffix()
            ))
            .with_span(int),
        );
        return None;
    }
    let digits = int.base10_digits();
    let value = digits
        .parse::<i128>()
        .ok()
        .map(|v| if negative { -v } else { v })
        .and_then(|v| i32::try_from(v).ok());
    if value.is_none() {
        let sign = if negative { "-" } else { "" };
        errors.push(
            Error::custom(format!(
                "the {what} `{sign}{digits}` does not fit in `i32`: codes are C `int32_t` values, \
                 from -2147483648 to 2147483647"
            ))
            .with_span(int),
        );
    }
    value
}

fn not_integer<T>(expr: &Expr, what: &str, errors: &mut Accumulator) -> Option<T> {
    let hint = match expr {
        Expr::Lit(syn::ExprLit {
            lit: Lit::Str(s), ..
        }) => {
            let text = s.value();
            let number = text.trim();
            if number.parse::<i64>().is_ok() {
                format!("write the number without quotes, e.g. `{number}`")
            } else {
                "write the number without quotes, e.g. `6600101`".to_owned()
            }
        }
        Expr::Lit(syn::ExprLit {
            lit: Lit::Float(_), ..
        }) => "write it without a fraction, e.g. `6600101`".to_owned(),
        Expr::Path(_) | Expr::Call(_) | Expr::Binary(_) | Expr::MethodCall(_) => {
            "constants and expressions cannot be checked for duplicates when the macro runs; \
             write the number, e.g. `6600101`"
                .to_owned()
        }
        _ => "e.g. `6600101`".to_owned(),
    };
    // Without `Span::join` on stable an error spans one token: the operator of an expression
    // shows best what makes it one.
    let span = match expr {
        Expr::Binary(b) => b.op.span(),
        Expr::Unary(u) => u.op.span(),
        other => other.span(),
    };
    errors.push(
        Error::custom(format!("the {what} must be an integer literal: {hint}")).with_span(&span),
    );
    None
}
