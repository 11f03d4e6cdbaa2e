//! The entry table: `__OWN` built at compile time from one column per field, `__CODES` and
//! `__MESSAGES`, and for a composed catalog `__ALL` with the disjointness checks.

use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt as _;
use syn::spanned::Spanned;
use syn::{Ident, Path};

use super::code_literal;
use super::position::position_fn;
use crate::ast::{Input, Variant, VariantKind};
use crate::attr::{CodeSpec, Text};

/// `__OWN` (this enum's entries), `__ALL` (with wrapped catalogs inlined) and, for
/// composed catalogs, the check that no code comes from two parts.
pub(super) fn tables(input: &Input<'_>, krate: &Path) -> TokenStream {
    let (lists, columns) = columns(input, krate);
    let codes = input.codes().map(|(_, spec)| code_literal(spec.code));
    let codes = quote!([#(#codes),*]);
    let len = input.codes().count();
    let position = (len > 0).then(|| position_fn(input));
    let messages = input.codes().map(|(_, spec)| &spec.message);
    // Statics, not consts: one table at one address, however many functions read it. Codes and
    // messages also stay in compact tables of their own (the columns read them), so `code()`
    // and `message()` read a 4- or 16-byte slot, not a 112-byte row.
    let own = quote! {
        static __CODES: [i32; #len] = #codes;
        static __MESSAGES: [&'static str; #len] = [#(#messages),*];
        #lists
        static __OWN: [#krate::Entry; #len] = #krate::__private::table::<#len>(&#columns);
        #position
    };
    if !input.has_transparent() {
        return own;
    }
    let mut own_index = 0usize;
    let mut parts = Vec::new();
    // Each part with its label and where a clash with an earlier part is reported.
    let mut labelled: Vec<(String, TokenStream, proc_macro2::Span)> = Vec::new();
    if len > 0 {
        let own = quote!(&__OWN);
        labelled.push(("its own variants".to_owned(), own, input.ident.span()));
    }
    for variant in &input.variants {
        match &variant.kind {
            VariantKind::Code { .. } => {
                parts.push(quote!(::core::slice::from_ref(&__OWN[#own_index])));
                own_index += 1;
            }
            VariantKind::Transparent { ty, .. } => {
                let entries = quote!(<#ty as #krate::ErrorCatalog>::ENTRIES);
                let label = format!(
                    "`{}` (variant `{}`)",
                    quote!(#ty).to_string().replace(' ', ""),
                    variant.ident
                );
                parts.push(entries.clone());
                labelled.push((label, entries, ty.span()));
            }
        }
    }
    // The codes of all parts are sorted once (`first_clash`, n log n in the const evaluator);
    // each pair's assertion then only reads the result, and fails the build spanned at the
    // later part's type. (Comparing every pair's codes took 4.5 s of `cargo check` for 117
    // kits composed, and two parts of 1,500 codes each would near rustc's limit on a long
    // const evaluation.)
    let name = input.ident.to_string();
    let mut checks = Vec::new();
    let labelled_parts = labelled.iter().map(|(_, entries, _)| entries);
    checks.push(quote! {
        const __LABELLED: &'static [&'static [#krate::Entry]] = &[#(#labelled_parts),*];
        const __CLASH: ::core::option::Option<(i32, usize, usize)> =
            #krate::__private::first_clash::<__LEN>(__LABELLED);
    });
    for (later, (label_b, _, span)) in labelled.iter().enumerate() {
        for (earlier, (label_a, _, _)) in labelled[..later].iter().enumerate() {
            // The called path is a local alias so that the whole call carries `span`.
            checks.push(quote_spanned! {*span=>
                const _: () = {
                    use #krate::__private::assert_disjoint as __assert_disjoint;
                    __assert_disjoint(#name, __CLASH, (#earlier, #label_a), (#later, #label_b))
                };
            });
        }
    }
    let check = quote!(#(#checks)*);
    quote! {
        #own
        const __PARTS: &'static [&'static [#krate::Entry]] = &[#(#parts),*];
        const __LEN: usize = #krate::__private::total_len(__PARTS);
        static __ALL: [#krate::Entry; __LEN] = #krate::__private::concat::<__LEN>(__PARTS);
        #check
    }
}

/// Every entry, wrapped catalogs inlined: `&__OWN`, or `&__ALL` for a composed catalog.
///
/// An expression, not a `const __ENTRIES` beside the tables: rustc evaluates every free
/// constant, and a constant that points into a static validates the whole static again
/// (0.1 s of `cargo check` at 10,000 entries); `ENTRIES` and `CATALOG` are evaluated only
/// where they are used.
pub(super) fn entries(input: &Input<'_>) -> TokenStream {
    if input.has_transparent() {
        quote!(&__ALL)
    } else {
        quote!(&__OWN)
    }
}

/// Entries per static of a list column (see [`chunked`]).
const LIST_CHUNK: usize = 256;

/// A column of per-entry lists (each entry's causes, translations, ...) as statics of
/// [`LIST_CHUNK`] lists each, and the column: `&[&__CAUSES_0, &__CAUSES_1, ...]`.
///
/// Each list is an array of its own, a promoted constant of the item it is written in: an
/// entry must point to an allocation of its own, since rustc's codegen writes out the whole
/// anonymous allocation a pointer points into once per pointer (entries pointing into one flat
/// array of every cause made `cargo build` quadratic: 10,000 entries with causes and
/// solutions, 204 s, 162 s of it `codegen_to_LLVM_IR`). And promoted constants cost their
/// item's type check, borrow check and promotion more than linearly (all of them in
/// `__OWN`'s initializer: `mir_pass_promote_temps` grew 22x from 1,000 to 10,000 entries),
/// so they are spread over statics of a bounded size.
fn chunked(name: &str, ty: &TokenStream, lists: &[TokenStream]) -> (TokenStream, TokenStream) {
    let mut statics = TokenStream::new();
    let mut chunks = Vec::new();
    for (n, chunk) in lists.chunks(LIST_CHUNK).enumerate() {
        let ident = Ident::new(&format!("__{name}_{n}"), proc_macro2::Span::call_site());
        let len = chunk.len();
        statics.extend(quote!(static #ident: [#ty; #len] = [#(#chunk),*];));
        chunks.push(quote!(&#ident));
    }
    (statics, quote!(&[#(#chunks),*]))
}

/// The entries as `__private::Columns`: one array of plain literals per field, the lists in
/// statics of their own (returned first).
fn columns(input: &Input<'_>, krate: &Path) -> (TokenStream, TokenStream) {
    let variants: Vec<(&Variant<'_>, &CodeSpec)> = input.codes().collect();
    let specs: Vec<(&Ident, &CodeSpec)> =
        variants.iter().map(|(v, spec)| (v.ident, *spec)).collect();
    let names = specs.iter().map(|(ident, _)| ident.unraw().to_string());
    // The bits of `__private::TITLE`, `DESCRIPTION`, `SYSTEM_API`, `CONSTANT`, `DEPRECATED`, `TRANSLATED`, `CASES` and `MESSAGE_FROM_CASE` (the runtime crate cannot be a dependency of its own macro); a plain literal
    // per entry keeps the column cheap.
    let flags = variants.iter().map(|(variant, spec)| {
        let flags = u16::from(spec.title.is_some())
            | u16::from(spec.description.is_some()) << 1
            | u16::from(spec.system_api) << 2
            | u16::from(!spec.constants.is_empty()) << 3
            | u16::from(variant.deprecated) << 5
            | u16::from(!variant.translations.is_empty()) << 6
            | u16::from(has_cases(variant)) << 7
            | u16::from(spec.message_from_case) << 8;
        Literal::u16_unsuffixed(flags)
    });
    let strs = quote!(&'static [&'static str]);
    let case_lists: Vec<TokenStream> = variants
        .iter()
        .filter(|(variant, _)| has_cases(variant))
        .map(|(variant, _)| super::case::cases(variant, None, krate))
        .collect();
    let constants: Vec<TokenStream> = specs
        .iter()
        .filter(|(_, spec)| !spec.constants.is_empty())
        .map(|(_, spec)| {
            let names = &spec.constants;
            quote!(&[#(#names),*])
        })
        .collect();
    let translations: Vec<TokenStream> = variants
        .iter()
        .filter(|(variant, _)| !variant.translations.is_empty())
        .map(|(variant, _)| super::locale::translations(input, variant, krate))
        .collect();
    let titles = specs.iter().filter_map(|(_, spec)| spec.title.as_ref());
    let descriptions = specs
        .iter()
        .filter_map(|(_, spec)| spec.description.as_ref());
    // One array per entry (see `chunked`); the column is left empty when no entry has any, and
    // `table` then leaves every entry's empty.
    let lists = |list: fn(&CodeSpec) -> &[Text]| -> Vec<TokenStream> {
        if specs.iter().all(|(_, spec)| list(spec).is_empty()) {
            return Vec::new();
        }
        specs
            .iter()
            .map(|(_, spec)| {
                let items = list(spec);
                quote!(&[#(#items),*])
            })
            .collect()
    };
    let mut statics = TokenStream::new();
    let mut column = |name: &str, ty: &TokenStream, lists: &[TokenStream]| {
        let (items, column) = chunked(name, ty, lists);
        statics.extend(items);
        column
    };
    let causes = column("CAUSES", &strs, &lists(|spec| &spec.causes));
    let solutions = column("SOLUTIONS", &strs, &lists(|spec| &spec.solutions));
    let constants = column("CONSTANTS", &strs, &constants);
    let translations = column(
        "TRANSLATIONS",
        &quote!(&'static [#krate::locale::Translation]),
        &translations,
    );
    let case_lists = column("CASES", &quote!(&'static [#krate::Case]), &case_lists);
    let since: Vec<u32> = specs
        .iter()
        .map(|(_, spec)| spec.since.unwrap_or(0))
        .collect();
    let since = or_empty(&since, |&level| level == 0);
    let columns = quote! {
        #krate::__private::Columns {
            list_chunk: #LIST_CHUNK,
            codes: &__CODES,
            names: &[#(#names),*],
            messages: &__MESSAGES,
            flags: &[#(#flags),*],
            titles: &[#(#titles),*],
            descriptions: &[#(#descriptions),*],
            causes: #causes,
            solutions: #solutions,
            since: &[#(#since),*],
            constants: #constants,
            translations: #translations,
            cases: #case_lists,
        }
    };
    (statics, columns)
}

/// Whether the variant has cases in English (its translations' cases go with them).
fn has_cases(variant: &Variant<'_>) -> bool {
    variant.cases.iter().any(|case| case.locale.is_none())
}

/// `column`, or nothing when every value is the default.
fn or_empty<T>(column: &[T], default: impl Fn(&T) -> bool) -> &[T] {
    if column.iter().all(default) {
        &[]
    } else {
        column
    }
}
