//! What the derive emits beside its errors: the generated API with placeholder bodies, so the
//! user sees the real error and not a cascade of "no method named `code`".

use darling::Error;
use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

use crate::attr;
use crate::expand::crate_path;

pub fn expand(input: &DeriveInput) -> TokenStream {
    // The errors of this second parse were already reported by the first.
    let mut scratch = Error::accumulator();
    let attr = attr::parse_catalog(&input.attrs, &mut scratch);
    drop(scratch.into_inner());
    let krate = crate_path(attr.krate.as_ref());
    let ident = &input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let display = (!attr.skip_display).then(|| {
        // Bounded like the real `Error` impl, so a missing `Debug` is reported the same way.
        let mut generics = input.generics.clone();
        if !generics.params.is_empty() {
            generics
                .make_where_clause()
                .predicates
                .push(syn::parse_quote!(#ident #ty_generics: ::core::fmt::Debug));
        }
        let error_where = generics.where_clause.as_ref();
        // A struct or union gets no `Error` from the real derive either: implementing it here
        // would report a missing `Debug` the user never needed.
        let error = matches!(input.data, syn::Data::Enum(_)).then(|| {
            quote! {
                #[automatically_derived]
                impl #impl_generics ::core::error::Error for #ident #ty_generics #error_where {}
            }
        });
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }
            #error
        }
    });
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
    // Plain values, not `unreachable!()`: rustc still evaluates the constants that the user's
    // code reads, and a panic there would be one more error for the same mistake.
    quote! {
        #[allow(clippy::all, clippy::pedantic)]
        const _: () = {
            const __ENTRY: #krate::Entry = #krate::__private::entry(
                0, "", "", ::core::option::Option::None, ::core::option::Option::None,
                &[], &[], ::core::option::Option::None, false,
            );
            const __CATALOG: &'static #krate::Catalog = &#krate::__private::catalog(
                #name, ::core::option::Option::None, ::core::option::Option::None,
                ::core::option::Option::None, ::core::option::Option::None, &[],
            );
            #[automatically_derived]
            impl #impl_generics #ident #ty_generics #where_clause {
                pub const CATALOG: &'static #krate::Catalog = __CATALOG;
                pub const ENTRIES: &'static [#krate::Entry] = &[];
                #all
                pub const fn entry(&self) -> &'static #krate::Entry { &__ENTRY }
                pub const fn code(&self) -> i32 { __ENTRY.code }
                pub const fn message(&self) -> &'static str { __ENTRY.message }
                pub const fn title(&self) -> ::core::option::Option<&'static str> { __ENTRY.title }
                pub const fn description(&self) -> ::core::option::Option<&'static str> { __ENTRY.description }
                pub const fn causes(&self) -> &'static [&'static str] { __ENTRY.causes }
                pub const fn solutions(&self) -> &'static [&'static str] { __ENTRY.solutions }
                pub const fn lookup(_: i32) -> ::core::option::Option<&'static #krate::Entry> {
                    ::core::option::Option::None
                }
                pub const fn from_code(_: i32) -> ::core::option::Option<Self> {
                    ::core::option::Option::None
                }
                pub fn check_status(_: i32) -> ::core::result::Result<(), #krate::StatusError<Self>> {
                    ::core::result::Result::Ok(())
                }
            }
            #[automatically_derived]
            impl #impl_generics #krate::ErrorCatalog for #ident #ty_generics #where_clause {
                const CATALOG: &'static #krate::Catalog = __CATALOG;
                fn entry(&self) -> &'static #krate::Entry { &__ENTRY }
                fn lookup(_: i32) -> ::core::option::Option<&'static #krate::Entry> {
                    ::core::option::Option::None
                }
            }
            #[automatically_derived]
            impl #impl_generics #krate::FromCode for #ident #ty_generics #where_clause {
                fn from_code(_: i32) -> ::core::option::Option<Self> {
                    ::core::option::Option::None
                }
            }
            #display
        };
    }
}
