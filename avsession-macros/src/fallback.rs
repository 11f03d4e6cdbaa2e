//! What the derive emits beside its errors: the generated API with placeholder bodies, so the
//! user sees the real error and not a cascade of "no method named `code`".

use proc_macro2::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields, Generics, Path};

use crate::attr::CatalogAttr;

/// The placeholder API of `input`, whose `#[catalog(...)]` reads as `attr` (as far as it could
/// be read: its errors are reported with the others).
pub fn expand(input: &DeriveInput, attr: &CatalogAttr) -> TokenStream {
    let krate = attr.crate_path();
    let api = api(input, &krate);
    let display = display_and_error(input, attr);
    let integrations = integrations(input, attr, &krate);
    let debug = attr.debug.then(|| debug(input));
    quote! {
        #[allow(clippy::all, clippy::pedantic)]
        const _: () = {
            #api
            #display
            #debug
            #integrations
        };
    }
}

/// `Debug` for `#[catalog(debug)]`: the type's name.
fn debug(input: &DeriveInput) -> TokenStream {
    let ident = &input.ident;
    let name = ident.to_string();
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Debug for #ident #ty_generics #where_clause {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                __formatter.write_str(#name)
            }
        }
    }
}

/// The inherent items and the catalog traits.
fn api(input: &DeriveInput, krate: &Path) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    // `&'static [Self]` needs `Self: 'static`, which a type or lifetime parameter may not
    // meet; the real expansion has no `ALL` there either (a parameter needs a data variant).
    let all = (input.generics.type_params().next().is_none()
        && input.generics.lifetimes().next().is_none())
    .then(|| {
        quote!(
            pub const ALL: &'static [Self] = &[];
        )
    });
    let name = ident.to_string();
    let none = quote!(::core::option::Option::None);
    // Plain values, not `unreachable!()`: rustc still evaluates the constants that the user's
    // code reads, and a panic there would be one more error for the same mistake.
    quote! {
        const __ENTRY: #krate::Entry = #krate::__private::PLACEHOLDER;
        const __CATALOG: &'static #krate::Catalog =
            &#krate::__private::catalog(#name, #name, #none, #none, #none, #none, #none, #none, &[], &[], &[], &[]);
        #[automatically_derived]
        impl #impl_generics #ident #ty_generics #where_clause {
            pub const CATALOG: &'static #krate::Catalog = __CATALOG;
            pub const ENTRIES: &'static [#krate::Entry] = &[];
            #all
            pub const fn entry(&self) -> &'static #krate::Entry { &__ENTRY }
            pub const fn code(&self) -> i32 { __ENTRY.code }
            pub const fn message(&self) -> &'static str { __ENTRY.message }
            pub const fn title(&self) -> ::core::option::Option<&'static str> { __ENTRY.title }
            pub const fn description(&self) -> ::core::option::Option<&'static str> {
                __ENTRY.description
            }
            pub const fn causes(&self) -> &'static [&'static str] { __ENTRY.causes }
            pub const fn solutions(&self) -> &'static [&'static str] { __ENTRY.solutions }
            pub const fn lookup(_: i32) -> ::core::option::Option<&'static #krate::Entry> { #none }
            pub const fn from_code(_: i32) -> ::core::option::Option<Self> { #none }
            pub const fn variants() -> #krate::Variants<Self> { #krate::Variants::__new(0) }
            pub fn check_status<R: #krate::RawCode>(_: R) -> ::core::result::Result<(), #krate::StatusError<Self>> {
                ::core::result::Result::Ok(())
            }
        }
        #[automatically_derived]
        impl #impl_generics #krate::ErrorCatalog for #ident #ty_generics #where_clause {
            const CATALOG: &'static #krate::Catalog = __CATALOG;
            fn entry(&self) -> &'static #krate::Entry { &__ENTRY }
            fn lookup(_: i32) -> ::core::option::Option<&'static #krate::Entry> { #none }
        }
        #[automatically_derived]
        impl #impl_generics #krate::FromCode for #ident #ty_generics #where_clause {
            fn from_code(_: i32) -> ::core::option::Option<Self> { #none }
        }
    }
}

/// `Display`, and for an enum `Error`, unless `skip_display` leaves both to the user.
fn display_and_error(input: &DeriveInput, attr: &CatalogAttr) -> TokenStream {
    if attr.skip_display {
        return TokenStream::new();
    }
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    // A struct or union gets no `Error` from the real derive either: implementing it here
    // would report a missing `Debug` the user never needed.
    let error = matches!(input.data, Data::Enum(_)).then(|| {
        let generics = error_generics(input);
        let where_clause = generics.where_clause.as_ref();
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::error::Error for #ident #ty_generics #where_clause {}
        }
    });
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                ::core::result::Result::Ok(())
            }
        }
        #error
    }
}

/// Bounded like the real `Error` impl, so a missing `Debug` is reported the same way.
fn error_generics(input: &DeriveInput) -> Generics {
    let ident = &input.ident;
    let (_, ty_generics, _) = input.generics.split_for_impl();
    let mut generics = input.generics.clone();
    if !generics.params.is_empty() {
        generics
            .make_where_clause()
            .predicates
            .push(syn::parse_quote!(#ident #ty_generics: ::core::fmt::Debug));
    }
    generics
}

/// The serde and miette impls, under the same conditions as the real expansion, so code that
/// serializes the enum or reports it through miette adds no error of its own.
fn integrations(input: &DeriveInput, attr: &CatalogAttr, krate: &Path) -> TokenStream {
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let impl_parts = quote!([#impl_generics] [#ident #ty_generics] [#where_clause]);
    let mut out = quote!(#krate::__private::serialize_by_code!(#impl_parts););
    if all_from_code(input) && input.generics.params.is_empty() {
        out.extend(quote!(#krate::__private::deserialize_by_code!(#ident);));
    }
    if !attr.skip_display && matches!(input.data, Data::Enum(_)) {
        out.extend(quote!(#krate::__private::diagnostic!(#impl_parts);));
    }
    out
}

/// Whether the real expansion would implement `FromCode`: every variant is a unit variant or
/// wraps a catalog. A guess from the syntax, since the attributes may be broken.
fn all_from_code(input: &DeriveInput) -> bool {
    let Data::Enum(data) = &input.data else {
        return false;
    };
    data.variants.iter().all(|variant| {
        let transparent = variant.attrs.iter().any(|a| {
            a.path().is_ident("code")
                && a.meta.require_list().is_ok_and(|list| {
                    list.tokens
                        .clone()
                        .into_iter()
                        .next()
                        .is_some_and(|first| first.to_string() == "transparent")
                })
        });
        matches!(variant.fields, Fields::Unit) || transparent
    })
}
