//! The value of a key, read token by token rather than by syn's expression parser.
//!
//! syn parses ranges, arrays and assignments only with its `full` feature, which cost about a
//! second of every cold build of a user's crate (syn alone: 2.4 to 2.8 s with it, 1.6 to 1.8 s
//! without; BENCHMARKS.md, "Cold build of a new user's crate"). The values the attributes take are few: a literal,
//! a negated literal, a path, a range of literals, a list of literals. Those are read here into
//! syn's own `Expr` (a literal, a negation, a path), anything else is kept as the tokens written
//! (`Expr::Verbatim`) for the key to report. Reading tokens also keeps the macro's behaviour the
//! same whether or not syn's `full` feature is on, as it is in the macro's own tests.

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{discouraged::Speculative, ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Expr, ExprLit, ExprPath, ExprUnary, Ident, Lit, Path, Token, UnOp};

/// A key's value, up to the next comma of the list.
///
/// A literal or path followed by another literal or identifier is returned on its own, so that
/// the list reports the missing comma where it is missing.
pub(crate) fn parse_value(input: ParseStream<'_>) -> syn::Result<Expr> {
    if input.is_empty() || input.peek(Token![,]) {
        return Err(input.error("expected an expression"));
    }
    let ahead = input.fork();
    if let Some(expr) = simple(&ahead) {
        if ahead.is_empty()
            || ahead.peek(Token![,])
            || ahead.peek(Lit)
            || ahead.peek(Ident::peek_any)
        {
            input.advance_to(&ahead);
            return Ok(expr);
        }
    }
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    Ok(Expr::Verbatim(tokens))
}

/// `tokens` read whole as a value.
pub(crate) fn value_of(tokens: TokenStream) -> syn::Result<Expr> {
    parse_value.parse2(tokens)
}

/// A literal, a path, or either negated.
fn simple(input: ParseStream<'_>) -> Option<Expr> {
    if input.peek(Token![-]) {
        let minus: Token![-] = input.parse().ok()?;
        let expr = simple(input)?;
        return Some(Expr::Unary(ExprUnary {
            attrs: Vec::new(),
            op: UnOp::Neg(minus),
            expr: Box::new(expr),
        }));
    }
    if input.peek(Lit) {
        let lit = input.parse().ok()?;
        return Some(Expr::Lit(ExprLit {
            attrs: Vec::new(),
            lit,
        }));
    }
    if input.peek(Ident::peek_any) || input.peek(Token![::]) {
        let path = input.call(Path::parse_mod_style).ok()?;
        if input.peek(Token![!]) || input.peek(Token![::]) {
            // A macro call, or a path with generic arguments.
            return None;
        }
        return Some(Expr::Path(ExprPath {
            attrs: Vec::new(),
            qself: None,
            path,
        }));
    }
    None
}

/// A range as written: its bounds (each read as a value) and where its `..` or `..=` starts.
pub(crate) struct Range {
    pub start: Option<Expr>,
    pub end: Option<Expr>,
    pub closed: bool,
    pub dots: Span,
}

/// The range `tokens` hold at their top level, if they hold one.
pub(crate) fn range(tokens: TokenStream) -> syn::Result<Option<Range>> {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let dot = |i: usize| matches!(trees.get(i), Some(TokenTree::Punct(p)) if p.as_char() == '.');
    let Some(at) = (0..trees.len()).find(|&i| dot(i) && dot(i + 1)) else {
        return Ok(None);
    };
    let closed = matches!(trees.get(at + 2), Some(TokenTree::Punct(p)) if p.as_char() == '=');
    let bound = |trees: &[TokenTree]| -> syn::Result<Option<Expr>> {
        if trees.is_empty() {
            Ok(None)
        } else {
            value_of(trees.iter().cloned().collect()).map(Some)
        }
    };
    Ok(Some(Range {
        start: bound(&trees[..at])?,
        end: bound(&trees[at + if closed { 3 } else { 2 }..])?,
        closed,
        dots: trees[at].span(),
    }))
}

/// The elements of a list `[a, b, ...]`, if `tokens` are one.
pub(crate) fn list(tokens: TokenStream) -> Option<syn::Result<Vec<Expr>>> {
    let mut trees = tokens.into_iter();
    let (Some(TokenTree::Group(group)), None) = (trees.next(), trees.next()) else {
        return None;
    };
    if group.delimiter() != proc_macro2::Delimiter::Bracket {
        return None;
    }
    Some(
        (|input: ParseStream<'_>| {
            Punctuated::<Expr, Token![,]>::parse_terminated_with(input, parse_value)
        })
        .parse2(group.stream())
        .map(|elements| elements.into_iter().collect()),
    )
}

/// How a value that is not an integer literal reads: whether it names a constant or computes
/// (which is why it cannot be checked), and the token that shows it best.
pub(crate) fn expression_like(tokens: &TokenStream) -> (bool, Option<Span>) {
    let trees: Vec<TokenTree> = tokens.clone().into_iter().collect();
    // The first operator after an operand: `+` of `6600000 + 101`.
    let operator = trees.windows(2).find_map(|pair| match pair {
        [before, TokenTree::Punct(op)]
            if !matches!(before, TokenTree::Punct(_)) && "+-*/%^&|<>!".contains(op.as_char()) =>
        {
            Some(op.span())
        }
        _ => None,
    });
    let names = trees.iter().any(|tree| matches!(tree, TokenTree::Ident(_)));
    (
        operator.is_some() || names,
        operator.or_else(|| trees.first().map(TokenTree::span)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::{quote, ToTokens};

    fn read(tokens: TokenStream) -> String {
        match value_of(tokens) {
            Ok(Expr::Lit(_)) => "lit".to_owned(),
            Ok(Expr::Path(_)) => "path".to_owned(),
            Ok(Expr::Unary(unary)) => format!("neg {}", unary.expr.to_token_stream()),
            Ok(Expr::Verbatim(tokens)) => format!("tokens {tokens}"),
            Ok(_) => "other".to_owned(),
            Err(err) => format!("error {err}"),
        }
    }

    #[test]
    fn values() {
        assert_eq!(read(quote!("text")), "lit");
        assert_eq!(read(quote!(6600101)), "lit");
        assert_eq!(read(quote!(-1)), "neg 1");
        assert_eq!(read(quote!(-CONST)), "neg CONST");
        assert_eq!(read(quote!(::avsession_codes)), "path");
        assert_eq!(read(quote!(crate::codes)), "path");
        assert_eq!(read(quote!(1..=5)), "tokens 1 ..= 5");
        assert_eq!(read(quote!(["zh-CN"])), "tokens [\"zh-CN\"]");
        assert_eq!(read(quote!(f(1))), "tokens f (1)");
        assert_eq!(read(quote!(concat!("a"))), "tokens concat ! (\"a\")");
        assert_eq!(read(quote!(a::<u8>)), "tokens a :: < u8 >");
        // The list reports the missing comma, at `"b"`.
        assert!(read(quote!("a" "b")).starts_with("error unexpected token"));
        assert!(read(quote!()).ends_with("expected an expression"));
    }

    #[test]
    fn ranges() {
        let range = |tokens| range(tokens).unwrap().unwrap();
        let closed = range(quote!(6600000..=6699999));
        assert!(closed.closed && closed.start.is_some() && closed.end.is_some());
        let open = range(quote!(-5..));
        assert!(!open.closed && open.end.is_none());
        assert!(matches!(open.start, Some(Expr::Unary(_))));
        assert!(super::range(quote!(5)).unwrap().is_none());
    }

    #[test]
    fn lists() {
        assert_eq!(list(quote!(["a", "b",])).unwrap().unwrap().len(), 2);
        assert!(list(quote!("a")).is_none());
        assert!(list(quote!(("a"))).is_none());
    }

    #[test]
    fn expressions() {
        assert!(expression_like(&quote!(6600000 + 101)).0);
        assert!(expression_like(&quote!(f(1))).0);
        assert!(!expression_like(&quote!(1..=2)).0);
        assert!(!expression_like(&quote!([1])).0);
    }
}
