//! The usual `#[code(...)]`, read straight from its tokens.
//!
//! `#[code(6600101, message = "...", title = "...", cause = "...")]`: an integer literal, then
//! known keys, each given once (`cause` and `solution` may repeat), with non-blank string
//! literals (an integer for `since`, nothing for `system_api`). Anything else, mistakes
//! included, returns `None` and the full parser reads the attribute and reports what is wrong.
//!
//! The full parser goes through syn's `Expr` and the items of `item.rs`, which parse each
//! literal twice (a peek, then the parse), and syn unescapes a string literal every time it
//! parses one. On 10,000 variants that was 72% of the macro's time in the unoptimised build
//! that cargo makes of proc macros by default. Here a literal without escapes is only looked at.

use proc_macro2::{Literal, Spacing, Span, TokenTree};
use syn::Lit;

use super::meta::{is_blank, plain_text_is_blank};
use super::spec::{CodeSpec, Keys, Text, CODE_KEYS, REPEATABLE};

/// The spec of a `#[code(...)]` whose tokens are `tokens`, if it is the usual shape.
///
/// `case_message` is the message of the variant's first case, the code's own where it gives
/// none.
pub(crate) fn code(
    tokens: &proc_macro2::TokenStream,
    case_message: Option<&Text>,
) -> Option<CodeSpec> {
    let mut tokens = tokens.clone().into_iter();
    let (code, code_span) = code_value(&mut tokens)?;
    let mut keys = Keys::default();
    let mut seen = 0u32;
    while let Some(key) = tokens.next() {
        let TokenTree::Ident(key) = key else {
            return None;
        };
        let value = match tokens.next() {
            Some(TokenTree::Punct(p)) if p.as_char() == '=' && p.spacing() == Spacing::Alone => {
                let Some(TokenTree::Literal(value)) = tokens.next() else {
                    return None;
                };
                if !at_end_of_item(tokens.next().as_ref()) {
                    return None;
                }
                Some(value)
            }
            next if at_end_of_item(next.as_ref()) => None,
            _ => return None,
        };
        let key = key.to_string();
        let index = CODE_KEYS.iter().position(|known| *known == key)?;
        if !REPEATABLE.contains(&key.as_str()) {
            let bit = 1u32 << index;
            if seen & bit != 0 {
                return None;
            }
            seen |= bit;
        }
        match (key.as_str(), value) {
            ("system_api", None) => keys.system_api = true,
            ("since", Some(value)) => keys.since = Some(api_level(&value)?),
            ("system_api" | "since", _) | (_, None) => return None,
            ("display", Some(value)) => match Lit::new(value) {
                Lit::Str(lit) if lit.suffix().is_empty() && !is_blank(&lit) => {
                    keys.display = Some(lit);
                }
                _ => return None,
            },
            // A key this reader does not know is the full parser's business.
            (key, Some(value)) => {
                if !keys.text(key, text(value)?) {
                    return None;
                }
            }
        }
    }
    keys.spec(code, code_span, case_message)
}

/// A comma, or nothing: where an item of the list ends.
fn at_end_of_item(next: Option<&TokenTree>) -> bool {
    match next {
        None => true,
        Some(TokenTree::Punct(p)) => p.as_char() == ',',
        Some(_) => false,
    }
}

/// The code: decimal digits, maybe negated, that fit `i32`, then the end of the item.
fn code_value(tokens: &mut impl Iterator<Item = TokenTree>) -> Option<(i32, Span)> {
    let (negative, lit) = match tokens.next()? {
        TokenTree::Literal(lit) => (false, lit),
        TokenTree::Punct(p) if p.as_char() == '-' => match tokens.next()? {
            TokenTree::Literal(lit) => (true, lit),
            _ => return None,
        },
        _ => return None,
    };
    if !at_end_of_item(tokens.next().as_ref()) {
        return None;
    }
    let digits = lit.to_string();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value: i64 = digits.parse().ok()?;
    let value = i32::try_from(if negative { -value } else { value }).ok()?;
    Some((value, lit.span()))
}

/// `since`: a positive API level in decimal digits.
fn api_level(value: &Literal) -> Option<u32> {
    let digits = value.to_string();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|level| *level > 0)
}

/// A string literal without suffix whose text is not blank. Only a literal with escapes, or a
/// raw one, is unescaped (by syn) to see its text.
fn text(value: Literal) -> Option<Text> {
    let blank = match plain_text_is_blank(&value.to_string()) {
        Some(blank) => blank,
        None => match Lit::new(value.clone()) {
            Lit::Str(lit) if lit.suffix().is_empty() => lit.value().trim().is_empty(),
            _ => return None,
        },
    };
    (!blank).then_some(Text(value))
}
