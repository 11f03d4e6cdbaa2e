//! `display = "... {field} ... {0} ..."`: checks that every named field exists and rewrites the
//! format string so each field is passed as a named argument.

use crate::error::Error;
use proc_macro2::Ident;
use quote::format_ident;
use syn::{Fields, LitStr, Member, Variant};

use crate::attr::suggestion;

pub struct DisplayFormat {
    /// The format string, positional fields renamed to `__0`, `__1`, ...
    pub format: LitStr,
    /// Each argument the string uses, with the field it reads, without repeats.
    pub args: Vec<(Ident, Member)>,
}

impl DisplayFormat {
    /// Checks the placeholders of `display` against the fields of `variant`; the error spans the
    /// string (a span inside a literal needs `Literal::subspan`, which is unstable).
    pub fn parse(lit: &LitStr, variant: &Variant) -> crate::error::Result<Self> {
        let text = lit.value();
        let mut out = String::with_capacity(text.len());
        let mut args: Vec<(Ident, Member)> = Vec::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            if c == '}' {
                if chars.next_if_eq(&'}').is_none() {
                    return Err(Error::custom(
                        "`display` has a `}` that closes no placeholder: write `}}` for a \
                         literal brace",
                    )
                    .with_span(lit));
                }
                out.push('}');
                continue;
            }
            if c != '{' {
                continue;
            }
            if chars.next_if_eq(&'{').is_some() {
                out.push('{');
                continue;
            }
            let mut body = String::new();
            let closed = loop {
                match chars.next() {
                    Some('}') => break true,
                    Some(next) => body.push(next),
                    None => break false,
                }
            };
            if !closed {
                return Err(Error::custom(format!(
                    "`display` has a `{{{body}` that is not closed: close the placeholder with \
                     `}}`, or write `{{{{` for a literal brace"
                ))
                .with_span(lit));
            }
            let (name, spec) = body
                .split_once(':')
                .map_or((body.as_str(), None), |(n, s)| (n, Some(s)));
            let name = name.trim();
            let (arg, member) = resolve(name, variant).map_err(|e| e.with_span(lit))?;
            out.push_str(&arg.to_string());
            if let Some(spec) = spec {
                out.push(':');
                out.push_str(spec);
            }
            out.push('}');
            if !args.iter().any(|(a, _)| *a == arg) {
                args.push((arg, member));
            }
        }
        Ok(DisplayFormat {
            format: LitStr::new(&out, lit.span()),
            args,
        })
    }
}

fn resolve(name: &str, variant: &Variant) -> crate::error::Result<(Ident, Member)> {
    let fields = &variant.fields;
    if name.is_empty() {
        return Err(Error::custom(
            "`display` cannot use `{}`: name the field, e.g. `{0}` for a tuple field or `{name}`",
        ));
    }
    if let Ok(index) = name.parse::<usize>() {
        if matches!(fields, Fields::Unnamed(f) if index < f.unnamed.len()) {
            return Ok((format_ident!("__{}", index), Member::Unnamed(index.into())));
        }
    } else if let Some(field) = fields
        .iter()
        .filter_map(|f| f.ident.as_ref())
        .find(|ident| *ident == name)
    {
        return Ok((field.clone(), Member::Named(field.clone())));
    }
    let ident = &variant.ident;
    let names = placeholders(fields);
    let fix = if names.is_empty() {
        format!("`{ident}` has no fields: remove `{{{name}}}`")
    } else {
        let allowed: Vec<&str> = names.iter().map(String::as_str).collect();
        match suggestion(name, &allowed) {
            Some(close) => format!("`{ident}` has no such field: did you mean `{{{close}}}`?"),
            None => {
                let list: Vec<String> = names.iter().map(|n| format!("`{{{n}}}`")).collect();
                format!("`{ident}` has no such field: use {}", list.join(", "))
            }
        }
    };
    Err(Error::custom(format!(
        "`display` refers to `{{{name}}}`, but {fix}"
    )))
}

/// What a placeholder may name: `0`, `1`, ... for a tuple variant, the field names otherwise.
fn placeholders(fields: &Fields) -> Vec<String> {
    match fields {
        Fields::Unit => Vec::new(),
        Fields::Unnamed(f) => (0..f.unnamed.len()).map(|i| i.to_string()).collect(),
        Fields::Named(f) => f
            .named
            .iter()
            .filter_map(|f| f.ident.as_ref())
            .map(ToString::to_string)
            .collect(),
    }
}
