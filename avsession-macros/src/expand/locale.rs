//! Translations in the generated code: the catalog's `Locale`s and each entry's
//! `Translation`s, as plain struct literals.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{LitStr, Path};

use super::some;
use crate::ast::{Input, Variant};
use crate::attr::Translation;

/// The tag as the catalog declares it, for a translation's tag written in any case.
fn declared<'a>(input: &'a Input<'_>, tag: &'a LitStr) -> &'a LitStr {
    let text = tag.value();
    input
        .attr
        .locales
        .iter()
        .find(|d| d.value().eq_ignore_ascii_case(&text))
        .unwrap_or(tag)
}

/// `&[Locale { ... }, ...]`: every declared locale with the enum's own translation into it.
pub(super) fn locales(input: &Input<'_>, krate: &Path) -> TokenStream {
    let partial: Vec<String> = input.attr.partial.iter().map(LitStr::value).collect();
    let locales = input.attr.locales.iter().map(|tag| {
        let text = tag.value();
        let is_partial = partial.iter().any(|p| p.eq_ignore_ascii_case(&text));
        let own = input
            .attr
            .translations
            .iter()
            .find(|t| t.locale.value().eq_ignore_ascii_case(&text));
        let title = some(own.and_then(|t| t.title.as_ref()));
        let note = some(own.and_then(|t| t.description.as_ref()));
        let layout = some(own.and_then(|t| t.layout.as_ref()));
        let section = some(own.and_then(|t| t.section.as_ref()));
        let layouts = entry_layouts(input, |variant| {
            variant
                .translations
                .iter()
                .find(|t| t.locale.value().eq_ignore_ascii_case(&text))
                .and_then(|t| t.layout.as_ref())
        });
        quote! {
            #krate::locale::Locale {
                tag: #tag,
                partial: #is_partial,
                title: #title,
                note: #note,
                layout: #layout,
                section: #section,
                layouts: #layouts,
                __sealed: #krate::__private::SEALED,
            }
        }
    });
    quote!(&[#(#locales),*])
}

/// `&[Translation { ... }, ...]`: a variant's translations.
pub(super) fn translations(input: &Input<'_>, variant: &Variant<'_>, krate: &Path) -> TokenStream {
    let items = variant.translations.iter().map(|t: &Translation| {
        let tag = declared(input, &t.locale);
        let title = some(t.title.as_ref());
        let message = some(t.message.as_ref());
        let description = some(t.description.as_ref());
        let (causes, solutions) = (&t.causes, &t.solutions);
        let own_cases = super::case::cases(variant, Some(&t.locale), krate);
        quote! {
            #krate::locale::Translation {
                locale: #tag,
                title: #title,
                message: #message,
                description: #description,
                causes: &[#(#causes),*],
                solutions: &[#(#solutions),*],
                cases: #own_cases,
                __sealed: #krate::__private::SEALED,
            }
        }
    });
    quote!(&[#(#items),*])
}

/// `&[(index, "layout"), ...]`: the layout `layout_of` gives each variant with a code, by its
/// index among the entries. A composed catalog has none: its wrapped catalogs' entries come
/// between its own, at places the derive does not know.
pub(super) fn entry_layouts<'a>(
    input: &'a Input<'_>,
    layout_of: impl Fn(&'a Variant<'_>) -> Option<&'a crate::attr::Text>,
) -> TokenStream {
    if input.has_transparent() {
        return quote!(&[]);
    }
    let layouts = input
        .codes()
        .enumerate()
        .filter_map(|(index, (variant, _))| {
            let layout = layout_of(variant)?;
            let index = proc_macro2::Literal::usize_unsuffixed(index);
            Some(quote!((#index, #layout)))
        });
    quote!(&[#(#layouts),*])
}
