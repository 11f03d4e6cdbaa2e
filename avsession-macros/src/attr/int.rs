//! Integer literals that must fit `i32`: error codes and range bounds.

use crate::error::{Accumulator, Error};
use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Expr, Lit, LitInt, UnOp};

use super::value::expression_like;

/// An integer literal (optionally negated) that fits `i32`, for codes and range bounds.
pub(crate) fn int_value(expr: &Expr, what: &str, errors: &mut Accumulator) -> Option<i32> {
    code_literal_as(expr, what, errors).map(|(v, _)| v)
}

pub(crate) fn code_literal(expr: &Expr, errors: &mut Accumulator) -> Option<(i32, Span)> {
    code_literal_as(expr, "error code", errors)
}

/// An integer literal (optionally negated) that fits `i32`, with its span.
pub(crate) fn code_literal_as(
    expr: &Expr,
    what: &str,
    errors: &mut Accumulator,
) -> Option<(i32, Span)> {
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

const CONSTANT: &str = "constants and expressions cannot be checked for duplicates when the \
                        macro runs; write the number, e.g. `6600101`";

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
        Expr::Path(_) => CONSTANT.to_owned(),
        Expr::Verbatim(tokens) if expression_like(tokens).0 => CONSTANT.to_owned(),
        _ => "e.g. `6600101`".to_owned(),
    };
    // Without `Span::join` on stable an error spans one token: the operator of an expression
    // shows best what makes it one.
    let span = match expr {
        Expr::Verbatim(tokens) => expression_like(tokens).1.unwrap_or_else(|| expr.span()),
        Expr::Unary(u) => u.op.span(),
        other => other.span(),
    };
    errors.push(
        Error::custom(format!("the {what} must be an integer literal: {hint}")).with_span(&span),
    );
    None
}
