//! Code generation: one static table of entries, one `match self` to an index into it, and the
//! trait impls built on those.
//!
//! Variants are named through the enum (`Enum::Variant`), never `Self::Variant`: rustc resolves
//! `Self::Variant` in type checking by a linear search of the variants, so 10,000 of them cost
//! about 2.5 s of `cargo check`, while `Enum::Variant` is resolved by name resolution
//! (`-Z self-profile`, see BENCHMARKS.md). serde names variants the same way.

use darling::Error;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt as _;
use syn::spanned::Spanned;
use syn::{DeriveInput, Ident, LitStr, Path, Type};

use crate::ast::{self, Input, Variant, VariantKind};
use crate::attr::CodeSpec;
use crate::{fallback, valid};

/// The derive, on `proc_macro2` tokens so it can be tested without a compiler.
pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(err) => return err.to_compile_error(),
    };
    let mut errors = Error::accumulator();
    let model = Input::from_syn(&input, &mut errors);
    if let Some(model) = &model {
        valid::check(model, &mut errors);
    }
    match (model, errors.finish()) {
        (Some(model), Ok(())) => expand(&model),
        (_, Err(err)) => {
            let mut out = err.write_errors();
            out.extend(fallback::expand(&input));
            out
        }
        (None, Ok(())) => fallback::expand(&input),
    }
}

fn expand(input: &Input<'_>) -> TokenStream {
    let krate = crate_path(input.attr.krate.as_ref());
    let tables = tables(input, &krate);
    let inherent = inherent_impl(input, &krate);
    let traits = trait_impls(input, &krate);
    let display = if input.attr.skip_display {
        TokenStream::new()
    } else {
        let display = display_impl(input, &krate);
        let error = error_impl(input, &krate);
        quote!(#display #error)
    };
    let debug = input.attr.debug.then(|| debug_impl(input));
    let integrations = integrations(input, &krate);
    quote! {
        #[allow(non_upper_case_globals)]
        const _: () = {
            #tables
            #inherent
            #traits
            #display
            #debug
            #integrations
        };
    }
}

/// `#[catalog(debug)]`: `Debug` as std's derive writes it, with the names of unit variants
/// read from the table, so the impl has an arm only per variant with fields. std's derive has
/// an arm per variant, and at 10,000 variants it is the largest single cost of `cargo check`
/// (1.5 s of borrow checking, growing with the square of the variants; BENCHMARKS.md).
fn debug_impl(input: &Input<'_>) -> TokenStream {
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
    let body = if arms.is_empty() {
        unit
    } else if arms.len() == input.variants.len() {
        quote!(match self { #(#arms)* })
    } else {
        quote!(match self { #(#arms)* _ => #unit, })
    };
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

/// serde and miette impls. They are `macro_rules!` of the runtime crate, so they follow *its*
/// features: the user's crate needs neither dependency, and they expand to nothing when off.
fn integrations(input: &Input<'_>, krate: &Path) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let impl_parts = quote!([#impl_generics] [#ident #ty_generics] [#where_clause]);
    let mut out = quote! {
        #krate::__private::serialize_by_code!(#impl_parts);
    };
    if input.all_from_code() && input.generics.params.is_empty() {
        out.extend(quote!(#krate::__private::deserialize_by_code!(#ident);));
    }
    // `Diagnostic` needs `Error`, which `skip_display` leaves to the user.
    if !input.attr.skip_display {
        let where_clause = where_debug(input);
        let parts = quote!([#impl_generics] [#ident #ty_generics] [#where_clause]);
        out.extend(quote!(#krate::__private::diagnostic!(#parts);));
    }
    out
}

pub fn crate_path(krate: Option<&Path>) -> Path {
    krate
        .cloned()
        .unwrap_or_else(|| syn::parse_quote!(::avsession_codes))
}

fn some<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}

fn code_literal(code: i32) -> Literal {
    Literal::i32_unsuffixed(code)
}

/// `__OWN` (this enum's entries), `__ENTRIES` (with wrapped catalogs inlined) and, for
/// composed catalogs, the check that no code comes from two parts.
fn tables(input: &Input<'_>, krate: &Path) -> TokenStream {
    let columns = columns(input, krate);
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
        static __OWN: [#krate::Entry; #len] = #krate::__private::table::<#len>(&#columns);
        #position
    };
    if !input.has_transparent() {
        return quote! {
            #own
            const __ENTRIES: &'static [#krate::Entry] = &__OWN;
        };
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
    // One assertion per pair, spanned at the later part's type: the build fails there.
    let name = input.ident.to_string();
    let mut checks = Vec::new();
    for (later, (label_b, entries_b, span)) in labelled.iter().enumerate() {
        for (label_a, entries_a, _) in &labelled[..later] {
            // The called path is a local alias so that the whole call carries `span`.
            checks.push(quote_spanned! {*span=>
                const _: () = {
                    use #krate::__private::assert_disjoint as __assert_disjoint;
                    __assert_disjoint(#name, (#label_a, #entries_a), (#label_b, #entries_b))
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
        const __ENTRIES: &'static [#krate::Entry] = &__ALL;
        #check
    }
}

/// The entries as `__private::Columns`: one array of plain literals per field.
fn columns(input: &Input<'_>, krate: &Path) -> TokenStream {
    let specs: Vec<(&Ident, &CodeSpec)> = input.codes().map(|(v, spec)| (v.ident, spec)).collect();
    let names = specs.iter().map(|(ident, _)| ident.unraw().to_string());
    let flags = specs.iter().map(|(_, spec)| {
        let flags = u8::from(spec.title.is_some())
            | u8::from(spec.description.is_some()) << 1
            | u8::from(spec.system_api) << 2;
        Literal::u8_unsuffixed(flags)
    });
    let titles = specs.iter().filter_map(|(_, spec)| spec.title.as_ref());
    let descriptions = specs
        .iter()
        .filter_map(|(_, spec)| spec.description.as_ref());
    let causes = specs.iter().flat_map(|(_, spec)| &spec.causes);
    let solutions = specs.iter().flat_map(|(_, spec)| &spec.solutions);
    let ends = |count: fn(&CodeSpec) -> usize| {
        let mut end = 0u32;
        specs
            .iter()
            .map(|(_, spec)| {
                end += u32::try_from(count(spec)).unwrap_or(u32::MAX);
                end
            })
            .collect::<Vec<u32>>()
    };
    // A column of zeros is left empty: `table` reads it as zeros, and a catalog without causes
    // or API levels costs no tokens for them.
    let cause_ends = ends(|spec| spec.causes.len());
    let cause_ends = or_empty(&cause_ends, |&end| end == 0);
    let solution_ends = ends(|spec| spec.solutions.len());
    let solution_ends = or_empty(&solution_ends, |&end| end == 0);
    let since: Vec<u32> = specs
        .iter()
        .map(|(_, spec)| spec.since.unwrap_or(0))
        .collect();
    let since = or_empty(&since, |&level| level == 0);
    quote! {
        #krate::__private::Columns {
            codes: &__CODES,
            names: &[#(#names),*],
            messages: &__MESSAGES,
            flags: &[#(#flags),*],
            titles: &[#(#titles),*],
            descriptions: &[#(#descriptions),*],
            causes: &[#(#causes),*],
            cause_ends: &[#(#cause_ends),*],
            solutions: &[#(#solutions),*],
            solution_ends: &[#(#solution_ends),*],
            since: &[#(#since),*],
        }
    }
}

/// `column`, or nothing when every value is the default.
fn or_empty<T>(column: &[T], default: impl Fn(&T) -> bool) -> &[T] {
    if column.iter().all(default) {
        &[]
    } else {
        column
    }
}

/// A cluster of codes: consecutive codes in declaration order are a run (`index = base +
/// offset`); any other cluster reads `__SLOTS[base + offset]`.
struct Cluster {
    first: i32,
    last: i32,
    base: u32,
    run: bool,
}

/// Codes more than this far apart start a new cluster.
const GAP: i64 = 32;

/// Up to this many clusters, `__position` tests each in turn; above, a bucket table finds it.
const CHAIN: usize = 4;

/// The clusters of the codes, sorted, and the slot table of the ones that are not runs.
fn clusters(input: &Input<'_>) -> (Vec<Cluster>, Vec<u32>) {
    let mut sorted: Vec<(i32, u32)> = input
        .codes()
        .zip(0u32..)
        .map(|((_, spec), index)| (spec.code, index))
        .collect();
    sorted.sort_unstable();
    let (mut clusters, mut slots) = (Vec::new(), Vec::new());
    let mut start = 0;
    for end in 1..=sorted.len() {
        if end < sorted.len() && i64::from(sorted[end].0) - i64::from(sorted[end - 1].0) <= GAP {
            continue;
        }
        let cluster = &sorted[start..end];
        start = end;
        let (first, last) = (cluster[0].0, cluster[cluster.len() - 1].0);
        let run = cluster
            .windows(2)
            .all(|w| i64::from(w[1].0) == i64::from(w[0].0) + 1 && w[1].1 == w[0].1 + 1);
        let base = if run {
            cluster[0].1
        } else {
            let base = slots.len();
            let span = usize::try_from(first.abs_diff(last)).unwrap_or(0);
            slots.resize(base + span + 1, u32::MAX);
            for &(code, index) in cluster {
                let offset = usize::try_from(code.abs_diff(first)).unwrap_or(0);
                slots[base + offset] = index;
            }
            u32::try_from(base).unwrap_or(u32::MAX)
        };
        clusters.push(Cluster {
            first,
            last,
            base,
            run,
        });
    }
    (clusters, slots)
}

/// `__position(code)`: the index of `code` in `__OWN`, or any value past its end.
///
/// The codes are sorted into clusters (cut where two codes are more than 32 apart). A few
/// clusters are tested in turn; more are found through a table of buckets, one per
/// power-of-two slice of the code range, holding the first cluster that reaches into it.
/// Inside a cluster a run is arithmetic and any other cluster reads a slot table. No `match`
/// with an arm per code: rustc checks those slowly (about 0.4 s per 10,000 arms), and LLVM
/// lowers them to jump tables that mispredict (BENCHMARKS.md).
fn position_fn(input: &Input<'_>) -> TokenStream {
    let (clusters, slots) = clusters(input);
    let slot_count = slots.len();
    let slots = quote!(static __SLOTS: [u32; #slot_count] = [#(#slots),*];);
    // A hole reads `u32::MAX`, past every index: callers test `< N`, so no test here.
    let slot = quote!(__SLOTS[__at] as usize);
    if clusters.len() <= CHAIN {
        let tests = clusters.iter().map(|c| {
            let first = code_literal(c.first);
            let span = c.first.abs_diff(c.last);
            let base = c.base;
            let value = if c.run {
                quote!(#base as usize + __offset as usize)
            } else {
                quote! {{
                    let __at = #base as usize + __offset as usize;
                    #slot
                }}
            };
            quote! {
                let __offset = code.wrapping_sub(#first).cast_unsigned();
                if __offset <= #span {
                    return #value;
                }
            }
        });
        return quote! {
            #slots
            #[inline]
            const fn __position(code: i32) -> usize {
                #(#tests)*
                usize::MAX
            }
        };
    }
    let (min, max) = (clusters[0].first, clusters[clusters.len() - 1].last);
    let span = min.abs_diff(max);
    // The narrowest buckets that keep the table within twice the number of clusters.
    let limit = u32::try_from(clusters.len() * 2).unwrap_or(u32::MAX);
    let shift = (0..32).find(|s| (span >> s) < limit).unwrap_or(31);
    let mut next = 0;
    let buckets = (0..=(span >> shift)).map(|b| {
        let start = i64::from(min) + (i64::from(b) << shift);
        while i64::from(clusters[next].last) < start {
            next += 1;
        }
        u32::try_from(next).unwrap_or(u32::MAX)
    });
    let buckets: Vec<u32> = buckets.collect();
    let bucket_count = buckets.len();
    let rows = clusters.iter().map(|c| {
        let (first, last, base, run) = (code_literal(c.first), code_literal(c.last), c.base, c.run);
        quote!((#first, #last, #base, #run))
    });
    let cluster_count = clusters.len();
    let min = code_literal(min);
    quote! {
        #slots
        static __CLUSTERS: [(i32, i32, u32, bool); #cluster_count] = [#(#rows),*];
        static __BUCKETS: [u32; #bucket_count] = [#(#buckets),*];
        #[inline]
        const fn __position(code: i32) -> usize {
            let __from_min = code.wrapping_sub(#min).cast_unsigned();
            if __from_min > #span {
                return usize::MAX;
            }
            let mut __cluster = __BUCKETS[(__from_min >> #shift) as usize] as usize;
            loop {
                let (__first, __last, __base, __run) = __CLUSTERS[__cluster];
                if code < __first {
                    return usize::MAX;
                }
                if code <= __last {
                    let __at = __base as usize + code.abs_diff(__first) as usize;
                    if __run {
                        return __at;
                    }
                    return #slot;
                }
                __cluster += 1;
            }
        }
    }
}

fn inherent_impl(input: &Input<'_>, krate: &Path) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let catalog = catalog_const(input, krate);
    let entry = entry_fn(input, krate);
    let lookup = lookup_fn(input, krate);
    let all = all_const(input);
    let (code, message) = if input.has_transparent() {
        (quote!(self.entry().code), quote!(self.entry().message))
    } else {
        (
            quote!(__CODES[self.__catalog_index()]),
            quote!(__MESSAGES[self.__catalog_index()]),
        )
    };
    let from_code = if input.all_from_code() {
        from_code_fn(input, krate)
    } else {
        TokenStream::new()
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics #ident #ty_generics #where_clause {
            #catalog
            /// Every entry of the catalog, in declaration order.
            pub const ENTRIES: &'static [#krate::Entry] = __ENTRIES;
            #all
            #entry
            /// The numeric error code.
            #[inline]
            #[must_use]
            pub const fn code(&self) -> i32 {
                #code
            }
            /// The official error message.
            #[inline]
            #[must_use]
            pub const fn message(&self) -> &'static str {
                #message
            }
            /// The short title of the code, if the catalog gives one.
            #[inline]
            #[must_use]
            pub const fn title(&self) -> ::core::option::Option<&'static str> {
                self.entry().title
            }
            /// What the error means, if the catalog says.
            #[inline]
            #[must_use]
            pub const fn description(&self) -> ::core::option::Option<&'static str> {
                self.entry().description
            }
            /// The possible causes, in order.
            #[inline]
            #[must_use]
            pub const fn causes(&self) -> &'static [&'static str] {
                self.entry().causes
            }
            /// The solution steps, in order.
            #[inline]
            #[must_use]
            pub const fn solutions(&self) -> &'static [&'static str] {
                self.entry().solutions
            }
            #lookup
            #from_code
        }
    }
}

fn catalog_const(input: &Input<'_>, krate: &Path) -> TokenStream {
    let attr = &input.attr;
    let name = input.name();
    let title = some(attr.title.as_ref());
    let note = some(attr.note.as_ref());
    let url = some(attr.url.as_ref());
    let range = some(attr.range.as_ref().map(|r| {
        let (start, end) = (code_literal(r.start), code_literal(r.end));
        quote!(::core::ops::RangeInclusive::new(#start, #end))
    }));
    quote! {
        /// The catalog: name, title, note, range and every entry.
        pub const CATALOG: &'static #krate::Catalog = &#krate::__private::catalog(
            #name, #title, #note, #range, #url, __ENTRIES,
        );
    }
}

/// `match self` to the variant's entry: an index into `__OWN`, or the wrapped catalog's.
fn entry_fn(input: &Input<'_>, krate: &Path) -> TokenStream {
    if input.has_transparent() {
        return composed_entry_fn(input, krate);
    }
    // One `match` from variant to table index, shared by `entry` and `code`.
    let this = input.ident;
    let indices = input.variants.iter().zip(0usize..).map(|(variant, index)| {
        let ident = variant.ident;
        let index = Literal::usize_unsuffixed(index);
        if variant.is_unit {
            quote!(#this::#ident => #index,)
        } else {
            quote!(#this::#ident { .. } => #index,)
        }
    });
    quote! {
        #[inline]
        const fn __catalog_index(&self) -> usize {
            match self {
                #(#indices)*
            }
        }
        /// The catalog entry of this error.
        #[inline]
        #[must_use]
        pub const fn entry(&self) -> &'static #krate::Entry {
            &__OWN[self.__catalog_index()]
        }
    }
}

/// `entry` of a composed catalog: its own variants index `__OWN`, the others delegate.
fn composed_entry_fn(input: &Input<'_>, krate: &Path) -> TokenStream {
    let this = input.ident;
    let mut own_index = 0usize;
    let arms = input.variants.iter().map(|variant| {
        let ident = variant.ident;
        match &variant.kind {
            VariantKind::Code { .. } => {
                let arm = quote!(#this::#ident { .. } => &__OWN[#own_index],);
                own_index += 1;
                arm
            }
            VariantKind::Transparent { member, ty } => {
                let entry = quote_spanned!(ty.span()=> __inner.entry());
                quote!(#this::#ident { #member: __inner } => #entry,)
            }
        }
    });
    quote! {
        /// The catalog entry of this error.
        #[inline]
        #[must_use]
        pub const fn entry(&self) -> &'static #krate::Entry {
            match self {
                #(#arms)*
            }
        }
    }
}

/// `lookup`: this enum's codes through `__position`, then the wrapped catalogs in order.
fn lookup_fn(input: &Input<'_>, krate: &Path) -> TokenStream {
    let own = if input.codes().next().is_some() {
        quote! {
            let __index = __position(code);
            if __index < __OWN.len() {
                return ::core::option::Option::Some(&__OWN[__index]);
            }
        }
    } else {
        TokenStream::new()
    };
    let inner = transparent_types(input).map(|ty| {
        let lookup = quote_spanned!(ty.span()=> <#ty>::lookup(code));
        quote! {
            if let ::core::option::Option::Some(__entry) = #lookup {
                return ::core::option::Option::Some(__entry);
            }
        }
    });
    quote! {
        /// The entry of `code`, or `None` when the catalog has no such code.
        #[inline]
        #[must_use]
        pub const fn lookup(code: i32) -> ::core::option::Option<&'static #krate::Entry> {
            #own
            #(#inner)*
            ::core::option::Option::None
        }
    }
}

fn transparent_types<'a>(input: &'a Input<'_>) -> impl Iterator<Item = &'a Type> {
    input.variants.iter().filter_map(|v| match v.kind {
        VariantKind::Transparent { ty, .. } => Some(ty),
        VariantKind::Code { .. } => None,
    })
}

fn all_const(input: &Input<'_>) -> TokenStream {
    if input.has_transparent() || !input.all_from_code() {
        return TokenStream::new();
    }
    let this = input.ident;
    let variants = input.variants.iter().map(|v| v.ident);
    quote! {
        /// Every variant, in declaration order.
        pub const ALL: &'static [Self] = &[#(#this::#variants),*];
    }
}

fn from_code_fn(input: &Input<'_>, krate: &Path) -> TokenStream {
    let this = input.ident;
    // From `__position`'s index, not from the code: the arms are `0 => E::V0, 1 => E::V1, ...`,
    // which LLVM folds to a range check when the variants are numbered in declaration order.
    let arms: Vec<TokenStream> = input
        .codes()
        .zip(0usize..)
        .map(|((variant, _), index)| {
            let index = Literal::usize_unsuffixed(index);
            let ident = variant.ident;
            quote!(#index => #this::#ident,)
        })
        .collect();
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
    // `Some` once, after the `match`: an arm is a literal and a path, the fewest tokens.
    let body = if arms.is_empty() {
        quote! {
            #(#inner)*
            ::core::option::Option::None
        }
    } else {
        quote! {
            let __variant = match __position(code) {
                #(#arms)*
                _ => {
                    #(#inner)*
                    return ::core::option::Option::None;
                }
            };
            ::core::option::Option::Some(__variant)
        }
    };
    quote! {
        /// The variant of `code`, or `None` when the catalog has no such code.
        #[inline]
        #[must_use]
        pub const fn from_code(code: i32) -> ::core::option::Option<Self> {
            #body
        }
        /// Turns a raw C API status (`0` = success) into a `Result`: a known code becomes its
        /// variant, any other value an error that keeps it.
        ///
        /// # Errors
        /// Every non-zero `status`.
        #[inline]
        pub fn check_status(
            status: i32,
        ) -> ::core::result::Result<(), #krate::StatusError<Self>> {
            <Self as #krate::FromCode>::check_status(status)
        }
    }
}

fn trait_impls(input: &Input<'_>, krate: &Path) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let mut out = quote! {
        #[automatically_derived]
        impl #impl_generics #krate::ErrorCatalog for #ident #ty_generics #where_clause {
            const CATALOG: &'static #krate::Catalog = Self::CATALOG;
            #[inline]
            fn entry(&self) -> &'static #krate::Entry {
                Self::entry(self)
            }
            #[inline]
            fn lookup(code: i32) -> ::core::option::Option<&'static #krate::Entry> {
                Self::lookup(code)
            }
            #[inline]
            fn code(&self) -> i32 {
                Self::code(self)
            }
            #[inline]
            fn message(&self) -> &'static str {
                Self::message(self)
            }
        }
        #[automatically_derived]
        impl #impl_generics ::core::convert::From<#ident #ty_generics> for i32 #where_clause {
            #[inline]
            fn from(value: #ident #ty_generics) -> i32 {
                value.code()
            }
        }
    };
    if input.all_from_code() {
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics #krate::FromCode for #ident #ty_generics #where_clause {
                #[inline]
                fn from_code(code: i32) -> ::core::option::Option<Self> {
                    Self::from_code(code)
                }
            }
            #[automatically_derived]
            impl #impl_generics ::core::convert::TryFrom<i32> for #ident #ty_generics #where_clause {
                type Error = #krate::UnknownCode;
                #[inline]
                fn try_from(code: i32) -> ::core::result::Result<Self, #krate::UnknownCode> {
                    match Self::from_code(code) {
                        ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                        ::core::option::Option::None => ::core::result::Result::Err(
                            #krate::UnknownCode::new(code, Self::CATALOG.name),
                        ),
                    }
                }
            }
        });
    }
    out
}

fn display_impl(input: &Input<'_>, krate: &Path) -> TokenStream {
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
    let body = if arms.is_empty() {
        plain
    } else if arms.len() == input.variants.len() {
        quote!(match self { #(#arms)* })
    } else {
        quote!(match self { #(#arms)* _ => #plain, })
    };
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::fmt::Display for #ident #ty_generics #where_clause {
            fn fmt(&self, __formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }
    }
}

fn error_impl(input: &Input<'_>, krate: &Path) -> TokenStream {
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
fn where_debug(input: &Input<'_>) -> Option<syn::WhereClause> {
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
