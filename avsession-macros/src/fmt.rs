//! `display = "... {field} ... {0} ..."`: checks that every named field exists and rewrites the
//! format string so each field is passed as a named argument.

use darling::Error;
use proc_macro2::Ident;
use quote::format_ident;
use syn::{Fields, LitStr, Member};

pub struct DisplayFormat {
    /// The format string, positional fields renamed to `__0`, `__1`, ...
    pub format: LitStr,
    /// Each argument the string uses, with the field it reads, without repeats.
    pub args: Vec<(Ident, Member)>,
}

impl DisplayFormat {
    pub fn parse(lit: &LitStr, fields: &Fields) -> darling::Result<Self> {
        let text = lit.value();
        let mut out = String::with_capacity(text.len());
        let mut args: Vec<(Ident, Member)> = Vec::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            out.push(c);
            if c != '{' {
                continue;
            }
            if chars.peek() == Some(&'{') {
                out.push('{');
                chars.next();
                continue;
            }
            let mut name = String::new();
            while let Some(&next) = chars.peek() {
                if next == '}' || next == ':' {
                    break;
                }
                name.push(next);
                chars.next();
            }
            let name = name.trim();
            let (arg, member) = resolve(name, fields).map_err(|e| e.with_span(lit))?;
            out.push_str(&arg.to_string());
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

fn resolve(name: &str, fields: &Fields) -> darling::Result<(Ident, Member)> {
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
    Err(Error::custom(format!(
        "`display` refers to `{{{name}}}`, but the variant has no such field; {}",
        available(fields)
    )))
}

fn available(fields: &Fields) -> String {
    match fields {
        Fields::Unit => "it has no fields".to_owned(),
        Fields::Unnamed(f) => {
            let list: Vec<String> = (0..f.unnamed.len()).map(|i| format!("`{{{i}}}`")).collect();
            format!("use {}", list.join(", "))
        }
        Fields::Named(f) => {
            let list: Vec<String> = f
                .named
                .iter()
                .filter_map(|f| f.ident.as_ref())
                .map(|i| format!("`{{{i}}}`"))
                .collect();
            format!("use {}", list.join(", "))
        }
    }
}
