//! From a row (a variant's position among the variants with a code) back to the variant:
//! `__from_row`, which `from_code` and `variants()` share.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;

use super::has_all;
use crate::ast::{Input, VariantKind};

/// Arms in one `match` of `__from_row`. rustc's exhaustiveness check of a `match` of n
/// integer arms takes time that grows with n squared (0.40 s of `cargo check` at 10,000
/// arms), so larger catalogs split theirs under a tree of `if`s.
const BLOCK: usize = 512;

/// `const fn __from_row(row) -> Option<Self>`: the variant of each row, `None` past the last.
/// Nothing when the catalog has no variant of its own with a code.
pub(super) fn from_row_fn(input: &Input<'_>) -> TokenStream {
    if let Some(by_all) = from_all(input) {
        return by_all;
    }
    let this = input.ident;
    // The arms are `0 => E::V0, 1 => E::V1, ...`, which LLVM folds to a range check when the
    // variants are numbered in declaration order (rows are, unless the user wrote
    // discriminants).
    let arms: Vec<TokenStream> = input
        .codes()
        .zip(0usize..)
        .map(|((variant, _), index)| {
            let index = Literal::usize_unsuffixed(index);
            let ident = variant.ident;
            quote!(#index => #this::#ident,)
        })
        .collect();
    if arms.is_empty() {
        return TokenStream::new();
    }
    let rows = row_tree(&arms, 0);
    // Past the last row, before the tree: then no leaf can miss, every leaf folds to the same
    // value and LLVM drops the tree's tests, leaving this one.
    let len = Literal::usize_unsuffixed(arms.len());
    let past_end = (arms.len() > BLOCK).then(|| quote!(if __row >= #len { break '__miss; }));
    quote! {
        #[inline]
        const fn __from_row(__row: usize) -> ::core::option::Option<Self> {
            '__miss: {
                #past_end
                // `Some` once, after the `match`: an arm is a literal and a path, the fewest
                // tokens.
                let __variant = #rows;
                return ::core::option::Option::Some(__variant);
            }
            ::core::option::Option::None
        }
    }
}

/// Variants up to which a catalog with written discriminants reads its rows from `ALL`: the
/// constant costs the const evaluator time that grows with the square of such variants (0.15 s
/// at 1,000, 1.3 s at 4,000, in a scratch crate).
const FROM_ALL: usize = 1024;

/// `__from_row` of a catalog of unit variants with discriminants the user wrote (the codes, or
/// any), up to `FROM_ALL` variants: `match Self::ALL[row] { E::V0 => E::V0, ... }`, which rustc
/// folds to a copy of the element (seen in the MIR). The `match` of rows would not do: its
/// values are the discriminants, not the rows, so it does not fold; each leaf becomes a table
/// only after LLVM has chosen what to inline, and by then hundreds of arms are too large to
/// inline, or once inlined end as a jump table. `variants()` at 1,000 variants took 4.7x the
/// time of hand-written code's that way (`benches/paired.rs`).
fn from_all(input: &Input<'_>) -> Option<TokenStream> {
    let written = input.variants.iter().any(|v| v.discriminant.is_some());
    if !written || !has_all(input) || input.variants.len() > FROM_ALL {
        return None;
    }
    let this = input.ident;
    let arms = input.variants.iter().map(|v| {
        let ident = v.ident;
        quote!(#this::#ident => #this::#ident,)
    });
    let len = Literal::usize_unsuffixed(input.variants.len());
    Some(quote! {
        #[inline]
        const fn __from_row(__row: usize) -> ::core::option::Option<Self> {
            if __row < #len {
                ::core::option::Option::Some(match Self::ALL[__row] { #(#arms)* })
            } else {
                ::core::option::Option::None
            }
        }
    })
}

/// `arms` (rows `first..first + arms.len()`) as one `match __row` of at most `BLOCK` arms, or
/// an `if` between two halves cut at a multiple of `BLOCK`. Every leaf maps a row to the
/// variant of that number, so once no leaf can miss, LLVM folds each leaf, and then the whole
/// tree, into the value of the single `match` (checked in the assembly at 1,000 and 10,000
/// variants).
fn row_tree(arms: &[TokenStream], first: usize) -> TokenStream {
    if arms.len() <= BLOCK {
        return quote!(match __row { #(#arms)* _ => break '__miss });
    }
    let half = arms.len().div_ceil(BLOCK) / 2 * BLOCK;
    let (low, high) = arms.split_at(half);
    let mid = Literal::usize_unsuffixed(first + half);
    let (low, high) = (row_tree(low, first), row_tree(high, first + half));
    quote!(if __row < #mid { #low } else { #high })
}

/// `from_code` through `__position` and `__from_row`: composed and generic catalogs, and
/// those of many clusters. A composed catalog then asks the catalogs it wraps.
pub(super) fn from_code_by_row(input: &Input<'_>) -> TokenStream {
    if !input.has_transparent() {
        return quote!(Self::__from_row(__position(code)));
    }
    let this = input.ident;
    let own = input.codes().next().is_some().then(|| {
        quote! {
            if let ::core::option::Option::Some(__variant) = Self::__from_row(__position(code)) {
                return ::core::option::Option::Some(__variant);
            }
        }
    });
    let inner = input.variants.iter().filter_map(|variant| {
        let VariantKind::Transparent { ty, member } = &variant.kind else {
            return None;
        };
        let ident = variant.ident;
        let from_code = quote_spanned!(ty.span()=> <#ty>::from_code(code));
        Some(quote! {
            if let ::core::option::Option::Some(__inner) = #from_code {
                return ::core::option::Option::Some(#this::#ident { #member: __inner });
            }
        })
    });
    quote! {
        #own
        #(#inner)*
        ::core::option::Option::None
    }
}
