//! What the derive emits beside its errors: the generated API with bodies that are never run,
//! so the user sees the real error and not a cascade of "no method named `code`".

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
        quote! {
            #[automatically_derived]
            impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    ::core::unreachable!()
                }
            }
        }
    });
    quote! {
        #[allow(unreachable_code, clippy::all, clippy::pedantic)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #ident #ty_generics #where_clause {
                pub const CATALOG: &'static #krate::Catalog = ::core::unreachable!();
                pub const ENTRIES: &'static [#krate::Entry] = &[];
                pub const ALL: &'static [Self] = &[];
                pub const fn entry(&self) -> &'static #krate::Entry { ::core::unreachable!() }
                pub const fn code(&self) -> i32 { ::core::unreachable!() }
                pub const fn message(&self) -> &'static str { ::core::unreachable!() }
                pub const fn title(&self) -> ::core::option::Option<&'static str> { ::core::unreachable!() }
                pub const fn description(&self) -> ::core::option::Option<&'static str> { ::core::unreachable!() }
                pub const fn causes(&self) -> &'static [&'static str] { ::core::unreachable!() }
                pub const fn solutions(&self) -> &'static [&'static str] { ::core::unreachable!() }
                pub const fn lookup(_: i32) -> ::core::option::Option<&'static #krate::Entry> { ::core::unreachable!() }
                pub const fn from_code(_: i32) -> ::core::option::Option<Self> { ::core::unreachable!() }
                pub fn check_status(_: i32) -> ::core::result::Result<(), #krate::StatusError<Self>> {
                    ::core::unreachable!()
                }
            }
            #[automatically_derived]
            impl #impl_generics #krate::ErrorCatalog for #ident #ty_generics #where_clause {
                const CATALOG: &'static #krate::Catalog = ::core::unreachable!();
                fn entry(&self) -> &'static #krate::Entry { ::core::unreachable!() }
                fn lookup(_: i32) -> ::core::option::Option<&'static #krate::Entry> { ::core::unreachable!() }
            }
            #[automatically_derived]
            impl #impl_generics #krate::FromCode for #ident #ty_generics #where_clause {
                fn from_code(_: i32) -> ::core::option::Option<Self> { ::core::unreachable!() }
            }
            #display
        };
    }
}
