//! `Display`, `core::error::Error` and, with `#[catalog(debug)]`, `Debug`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt as _;
use syn::{Ident, LitStr, Path};

use crate::ast::{self, Input, Variant, VariantKind};

pub(super) fn display_impl(input: &Input<'_>, krate: &Path) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let mut arms = Vec::new();
    for variant in &input.variants {
        let v = variant.ident;
        match &variant.kind {
            VariantKind::Code {
                display: Some(format),
                ..
            } => {
                let bindings = format.args.iter().map(|(arg, member)| match member {
                    // Shorthand, or rustc warns about `field: field` in the user's code.
                    syn::Member::Named(_) => quote!(#arg),
                    syn::Member::Unnamed(_) => quote!(#member: #arg),
                });
                // Spanned at the format string: a field without `Display` is reported there.
                let span = format.format.span();
                let args = format.args.iter().map(|(arg, _)| {
                    let value = Ident::new(&arg.to_string(), span);
                    quote_spanned!(span=> #arg = #value)
                });
                let string: &LitStr = &format.format;
                arms.push(quote! {
                    #ident::#v { #(#bindings,)* .. } => ::core::write!(__formatter, #string #(, #args)*),
                });
            }
            VariantKind::Transparent { member, .. } => arms.push(quote! {
                #ident::#v { #member: __inner } => ::core::fmt::Display::fmt(__inner, __formatter),
            }),
            VariantKind::Code { display: None, .. } => {}
        }
    }
    // Width, fill and precision apply, as for `str` (`pad`), without `pad`'s call when unused.
    let plain = quote!(#krate::__private::pad(__formatter, self.message()));
    let body = match_self(&arms, input.variants.len(), &plain);
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }
    }
}

pub(super) fn error_impl(input: &Input<'_>, krate: &Path) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, _) = input.generics.split_for_impl();
    let arms: Vec<TokenStream> = input
        .variants
        .iter()
        .filter_map(|variant| source_arm(ident, variant))
        .collect();
    let source = if arms.is_empty() {
        TokenStream::new()
    } else {
        let wildcard =
            (arms.len() < input.variants.len()).then(|| quote!(_ => ::core::option::Option::None,));
        quote! {
            fn source(&self) -> ::core::option::Option<&(dyn ::core::error::Error + 'static)> {
                use #krate::__private::AsDynError as _;
                match self {
                    #(#arms)*
                    #wildcard
                }
            }
        }
    };
    let where_clause = where_debug(input);
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::error::Error for #ident #ty_generics #where_clause {
            #source
        }
    }
}

/// The enum's `where` clause, plus `Self: Debug` in a generic enum: there `Debug`, and so
/// `Error`, may hold only for some parameters.
pub(super) fn where_debug(input: &Input<'_>) -> Option<syn::WhereClause> {
    let mut generics = input.generics.clone();
    if !generics.params.is_empty() {
        let ident = input.ident;
        let (_, ty_generics, _) = input.generics.split_for_impl();
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(#ident #ty_generics: ::core::fmt::Debug));
    }
    generics.where_clause
}

fn source_arm(this: &Ident, variant: &Variant<'_>) -> Option<TokenStream> {
    let v = variant.ident;
    if let VariantKind::Transparent { member, .. } = &variant.kind {
        return Some(quote! {
            #this::#v { #member: __inner } => ::core::error::Error::source(__inner),
        });
    }
    let (member, span) = variant.source.as_ref()?;
    let binding = format_ident!("__source");
    // Spanned at the field's type: a field that is no error is reported there.
    let source = quote_spanned!(*span=> #binding.as_dyn_error());
    Some(quote! {
        #this::#v { #member: #binding, .. } => ::core::option::Option::Some(#source),
    })
}

/// `#[catalog(debug)]`: `Debug` as std's derive writes it, with the names of unit variants
/// read from the table, so the impl has an arm only per variant with fields. std's derive has
/// an arm per variant, and at 10,000 variants it is the largest single cost of `cargo check`
/// (1.5 s of borrow checking, growing with the square of the variants; BENCHMARKS.md).
pub(super) fn debug_impl(input: &Input<'_>) -> TokenStream {
    let ident = input.ident;
    let arms: Vec<TokenStream> = input
        .variants
        .iter()
        .filter(|v| !v.fields.is_empty())
        .map(|variant| {
            let v = variant.ident;
            let name = v.unraw().to_string();
            let bindings: Vec<Ident> = (0..variant.fields.len())
                .map(|i| format_ident!("__field{}", i))
                .collect();
            let members = variant
                .fields
                .iter()
                .zip(0usize..)
                .map(|(f, i)| ast::member(f, i));
            match variant.fields {
                syn::Fields::Named(fields) => {
                    let names = fields.named.iter().map(|f| {
                        f.ident
                            .as_ref()
                            .map(|i| i.unraw().to_string())
                            .unwrap_or_default()
                    });
                    quote! {
                        #ident::#v { #(#members: #bindings),* } => __formatter
                            .debug_struct(#name)
                            #(.field(#names, #bindings))*
                            .finish(),
                    }
                }
                _ => quote! {
                    #ident::#v { #(#members: #bindings),* } => __formatter
                        .debug_tuple(#name)
                        #(.field(#bindings))*
                        .finish(),
                },
            }
        })
        .collect();
    let unit = quote!(__formatter.write_str(self.entry().name));
    let body = match_self(&arms, input.variants.len(), &unit);
    let mut generics = input.generics.clone();
    let params: Vec<Ident> = generics.type_params().map(|p| p.ident.clone()).collect();
    for param in params {
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(#param: ::core::fmt::Debug));
    }
    let (impl_generics, ty_generics, where_clause) = generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Debug for #ident #ty_generics #where_clause {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }
    }
}

/// `match self` over `arms`, with `rest` for the variants they leave out; `rest` alone when
/// there are no arms.
fn match_self(arms: &[TokenStream], variants: usize, rest: &TokenStream) -> TokenStream {
    if arms.is_empty() {
        rest.clone()
    } else if arms.len() == variants {
        quote!(match self { #(#arms)* })
    } else {
        quote!(match self { #(#arms)* _ => #rest, })
    }
}
