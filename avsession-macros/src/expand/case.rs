//! A variant's cases in the generated code: `&[Case { ... }, ...]` in English or in one locale.

use proc_macro2::TokenStream;
use quote::quote;
use syn::{LitStr, Path};

use super::some;
use crate::ast::Variant;

/// The variant's cases in `locale` (`None`: English), as a slice literal.
pub(super) fn cases(variant: &Variant<'_>, locale: Option<&LitStr>, krate: &Path) -> TokenStream {
    let wanted = locale.map(LitStr::value);
    let cases = variant
        .cases
        .iter()
        .filter(|case| match (&case.locale, &wanted) {
            (None, None) => true,
            (Some(tag), Some(wanted)) => tag.value().eq_ignore_ascii_case(wanted),
            _ => false,
        })
        .map(|case| {
            let title = &case.title;
            let message = some(case.message.as_ref());
            let description = some(case.description.as_ref());
            let (causes, solutions) = (&case.causes, &case.solutions);
            quote! {
                #krate::Case {
                    title: #title,
                    message: #message,
                    description: #description,
                    causes: &[#(#causes),*],
                    solutions: &[#(#solutions),*],
                    __sealed: #krate::__private::SEALED,
                }
            }
        });
    quote!(&[#(#cases),*])
}
