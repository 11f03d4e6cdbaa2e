//! One item of an attribute's list, as the user wrote it: `key`, `key = value`, `key(...)`,
//! or a literal where a key belongs (which is reported, so it must parse).

use proc_macro2::TokenStream;
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{token, Expr, Ident, Lit, LitBool, Path, PathSegment, Token};

use super::value::parse_value;

pub(crate) enum Item {
    /// `key`.
    Path(Path),
    /// `key = value`.
    NameValue(Path, Expr),
    /// `key(...)`, `key[...]` or `key {...}`: never how a key is written.
    List(Path),
    /// A literal where a key belongs.
    Lit(Lit),
}

impl Item {
    /// The items of a list, separated by commas, a trailing one allowed.
    pub(crate) fn parse_list(tokens: TokenStream) -> syn::Result<Vec<Item>> {
        Punctuated::<Item, Token![,]>::parse_terminated
            .parse2(tokens)
            .map(|items| items.into_iter().collect())
    }

    /// The key, unless the item is a literal.
    pub(crate) fn path(&self) -> Option<&Path> {
        match self {
            Item::Path(path) | Item::NameValue(path, _) | Item::List(path) => Some(path),
            Item::Lit(_) => None,
        }
    }
}

impl Parse for Item {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        // `true = ...` is a key (a mistaken one), not a literal.
        if input.peek(Lit) && !(input.peek(LitBool) && input.peek2(Token![=])) {
            return input.parse().map(Item::Lit);
        }
        if !(input.peek(Ident::peek_any) || input.peek(Token![::]) && input.peek3(Ident::peek_any))
        {
            return Err(input.error("expected identifier or literal"));
        }
        let path = key_path(input)?;
        if input.peek(token::Paren) || input.peek(token::Bracket) || input.peek(token::Brace) {
            input.parse::<proc_macro2::TokenTree>()?;
            return Ok(Item::List(path));
        }
        if input.peek(Token![=]) {
            input.parse::<Token![=]>()?;
            if input.peek(Token![#]) && input.peek2(token::Bracket) {
                return Err(input.error("unexpected attribute inside of attribute"));
            }
            return Ok(Item::NameValue(path, parse_value(input)?));
        }
        Ok(Item::Path(path))
    }
}

/// A key's path, keywords allowed (`crate = ...`), as attributes write them.
fn key_path(input: ParseStream<'_>) -> syn::Result<Path> {
    let leading_colon = input.parse()?;
    let mut segments = Punctuated::new();
    loop {
        segments.push_value(PathSegment::from(Ident::parse_any(input)?));
        if !input.peek(Token![::]) {
            break;
        }
        segments.push_punct(input.parse()?);
    }
    Ok(Path {
        leading_colon,
        segments,
    })
}
