//! Code generation: one static table of entries, one `match self` to an index into it, and the
//! trait impls built on those.
//!
//! Variants are named through the enum (`Enum::Variant`), never `Self::Variant`: rustc resolves
//! `Self::Variant` in type checking by a linear search of the variants, so 10,000 of them cost
//! about 2.5 s of `cargo check`, while `Enum::Variant` is resolved by name resolution
//! (`-Z self-profile`, see BENCHMARKS.md). serde names variants the same way.

use crate::error::Accumulator;
use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};
use syn::ext::IdentExt as _;
use syn::spanned::Spanned;
use syn::{DeriveInput, Path, Type};

use crate::ast::{Input, Variant, VariantKind};
use crate::{attr, fallback, lock, valid};

mod case;
mod display;
mod hash;
mod locale;
pub(crate) mod position;
mod rows;
mod table;

use display::{debug_impl, display_impl, error_impl, where_debug};
use rows::{from_code_by_row, from_row_fn};
use table::{entries, tables};

/// The derive, on `proc_macro2` tokens so it can be tested without a compiler.
pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(err) => return beyond_derive_parser(err).to_compile_error(),
    };
    let mut errors = Accumulator::default();
    let catalog = attr::parse_catalog(&input.attrs, &mut errors);
    let model = Input::from_syn(&input, &catalog, &mut errors);
    if let Some(model) = &model {
        valid::check(model, &mut errors);
    }
    // The lock is checked against an enum without other mistakes, which are reported first.
    let lock = match (&model, &catalog.lock) {
        (Some(model), Some(path)) if errors.is_empty() => lock::check(model, path, &mut errors),
        _ => None,
    };
    let tracking = tracking(catalog.lock.as_ref());
    let mut out = match (model, errors.finish()) {
        (Some(model), Ok(())) => expand(&model, lock.as_ref()),
        (_, Err(err)) => {
            let mut out = err;
            out.extend(fallback::expand(&input, &catalog));
            out
        }
        (None, Ok(())) => fallback::expand(&input, &catalog),
    };
    out.extend(tracking);
    out
}

/// syn's error for an attribute value its `derive` parser does not read (an array, a range...)
/// says what rustc accepts, not to enable syn's `full` feature, which the user cannot do for
/// this macro. rustc rejects such a value too, and syn reads discriminants leniently.
fn beyond_derive_parser(err: syn::Error) -> syn::Error {
    if !err.to_string().contains("enable syn's features") {
        return err;
    }
    syn::Error::new(
        err.span(),
        "an attribute's value must be a literal, e.g. `#[doc = \"...\"]`, or a macro call",
    )
}

/// What makes cargo run the derive again when the lock changes: the file, included, and the
/// variable that turns on updating, read with `option_env!` (both are recorded in rustc's
/// dependency info).
fn tracking(lock: Option<&syn::LitStr>) -> TokenStream {
    let Some(path) = lock else {
        return TokenStream::new();
    };
    let dir = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(std::path::PathBuf::new, std::path::PathBuf::from);
    let file = dir.join(path.value());
    let include = file.exists().then(|| {
        let file = file.to_string_lossy();
        quote!(
            const _: &[u8] = ::core::include_bytes!(#file);
        )
    });
    let var = lock::UPDATE_VAR;
    quote! {
        const _: () = {
            #include
            const _: ::core::option::Option<&str> = ::core::option_env!(#var);
        };
    }
}

fn expand(input: &Input<'_>, lock: Option<&lock::Lock>) -> TokenStream {
    let krate = input.attr.crate_path();
    let tables = tables(input, &krate);
    let inherent = inherent_impl(input, &krate, lock);
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
    // `deprecated`: the generated code names every variant, a deprecated one included; the
    // user's own uses of it still warn.
    quote! {
        #[allow(non_upper_case_globals, deprecated)]
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

fn some<T: quote::ToTokens>(value: Option<T>) -> TokenStream {
    match value {
        Some(value) => quote!(::core::option::Option::Some(#value)),
        None => quote!(::core::option::Option::None),
    }
}

fn code_literal(code: i32) -> Literal {
    Literal::i32_unsuffixed(code)
}

fn inherent_impl(input: &Input<'_>, krate: &Path, lock: Option<&lock::Lock>) -> TokenStream {
    let ident = input.ident;
    let (impl_generics, ty_generics, where_clause) = input.generics.split_for_impl();
    let catalog = catalog_const(input, krate, lock);
    let by_discriminant = position::by_discriminant(input);
    let slots = by_discriminant.as_ref().and_then(|d| d.slots.as_ref());
    let entry = entry_fn(input, krate, by_discriminant.as_ref());
    let lookup = lookup_fn(input, krate);
    let all = all_const(input);
    let entries = entries(input);
    let (code, message) = if input.has_transparent() {
        (quote!(self.entry().code), quote!(self.entry().message))
    } else {
        let code = by_discriminant
            .as_ref()
            .map_or_else(|| code_of_row(input), |d| d.code.clone());
        let hashed = by_discriminant.as_ref().and_then(|d| d.message.clone());
        let message = if slots.is_some() {
            quote!(__SLOT_MESSAGES[self.__slot()])
        } else if let Some(hashed) = hashed {
            hashed
        } else if input.variants.len() <= SMALL {
            message_match(input)
        } else {
            quote!(__MESSAGES[self.__catalog_index()])
        };
        (code, message)
    };
    let from_code = if input.all_from_code() {
        from_code_fn(input, krate, by_discriminant.as_ref())
    } else {
        TokenStream::new()
    };
    let variants = variants_fn(input, krate);
    let slot_tables = slots.map(|slots| &slots.tables);
    quote! {
        #slot_tables
        #[automatically_derived]
        impl #impl_generics #ident #ty_generics #where_clause {
            #catalog
            /// Every entry of the catalog, in declaration order.
            pub const ENTRIES: &'static [#krate::Entry] = #entries;
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
            #variants
        }
    }
}

/// Variants up to which `message()` is a `match` of string literals, as hand-written code
/// would be, rather than a read of `__MESSAGES`. LLVM turns a small `match` into its own
/// tables and folds what they have in common (at 9 variants in the benchmark, every message
/// is 70 bytes long, and the hand-written `match` returns a constant length); the check of a
/// `match` grows with the square of its arms, and at 1,000 variants the table was twice as
/// fast as the hand-written `match` (BENCHMARKS.md).
const SMALL: usize = 32;

/// `code()` of a catalog whose discriminants are not its codes, from the variant's row. Codes
/// that step evenly in declaration order (one dense run, or every 100th code) are computed from
/// the row, with no load: `first + row * step`, in wrapping arithmetic, which is exact because
/// every code it gives is an `i32`. Any others are read from `__CODES`.
fn code_of_row(input: &Input<'_>) -> TokenStream {
    let codes: Vec<i32> = input.codes().map(|(_, spec)| spec.code).collect();
    let Some((first, step)) = even_steps(&codes) else {
        return quote!(__CODES[self.__catalog_index()]);
    };
    let (first, step) = (code_literal(first), code_literal(step));
    quote! {
        ::core::primitive::i32::wrapping_add(
            #first,
            ::core::primitive::i32::wrapping_mul(self.__catalog_index() as i32, #step),
        )
    }
}

/// `(first, step)` if `codes[row]` is `first + row * step` (wrapping) for every row.
fn even_steps(codes: &[i32]) -> Option<(i32, i32)> {
    let (&first, rest) = codes.split_first()?;
    let step = rest.first().map_or(0, |&second| second.wrapping_sub(first));
    let mut expected = first;
    for &code in rest {
        expected = expected.wrapping_add(step);
        if code != expected {
            return None;
        }
    }
    Some((first, step))
}

/// `message()` of a small catalog: `match self { E::V0 => "...", ... }`.
fn message_match(input: &Input<'_>) -> TokenStream {
    let arms = input.codes().map(|(variant, spec)| {
        let pattern = variant_pattern(input, variant);
        let message = &spec.message;
        quote!(#pattern => #message,)
    });
    quote!(match self { #(#arms)* })
}

/// The pattern of `variant` in a `match self`: `E::V`, or `E::V { .. }` when it has fields.
fn variant_pattern(input: &Input<'_>, variant: &Variant<'_>) -> TokenStream {
    let (this, ident) = (input.ident, variant.ident);
    if variant.is_unit() {
        quote!(#this::#ident)
    } else {
        quote!(#this::#ident { .. })
    }
}

fn catalog_const(input: &Input<'_>, krate: &Path, lock: Option<&lock::Lock>) -> TokenStream {
    let attr = &input.attr;
    let name = input.name();
    let type_name = input.ident.unraw().to_string();
    let title = some(attr.title.as_ref());
    let note = some(attr.note.as_ref());
    let url = some(attr.url.as_ref());
    let layout = some(attr.layout.as_ref());
    let section = some(attr.section.as_ref());
    let layouts = locale::entry_layouts(input, |variant| match &variant.kind {
        VariantKind::Code { spec, .. } => spec.layout.as_ref(),
        VariantKind::Transparent { .. } => None,
    });
    let locales = locale::locales(input, krate);
    let retired = lock.map_or_else(|| quote!(&[]), |lock| retired(lock, krate));
    let entries = entries(input);
    let range = some(attr.range.as_ref().map(|r| {
        let (start, end) = (code_literal(r.start), code_literal(r.end));
        quote!(::core::ops::RangeInclusive::new(#start, #end))
    }));
    quote! {
        /// The catalog: name, title, note, range and every entry.
        pub const CATALOG: &'static #krate::Catalog = &#krate::__private::catalog(
            #name, #type_name, #title, #note, #range, #url, #layout, #section, #layouts,
            #locales, #retired, #entries,
        );
    }
}

/// `&[Retired { ... }, ...]`: the codes the lock records as retired.
fn retired(lock: &lock::Lock, krate: &Path) -> TokenStream {
    let retired = lock
        .lines
        .iter()
        .filter(|line| line.state == lock::State::Retired)
        .map(|line| {
            let code = code_literal(line.code);
            let (variant, message) = (&line.variant, &line.message);
            let reason = line.reason.as_deref().unwrap_or("");
            quote! {
                #krate::Retired {
                    code: #code,
                    variant: #variant,
                    message: #message,
                    reason: #reason,
                }
            }
        });
    quote!(&[#(#retired),*])
}

/// `match self` to the variant's entry: an index into `__OWN`, or the wrapped catalog's. A
/// catalog whose discriminants are its codes reads the index from its slot, or finds it from
/// its code, instead.
fn entry_fn(
    input: &Input<'_>,
    krate: &Path,
    by_discriminant: Option<&position::ByDiscriminant>,
) -> TokenStream {
    if input.has_transparent() {
        return composed_entry_fn(input, krate);
    }
    let slots = by_discriminant.and_then(|d| d.slots.as_ref());
    let index = if let Some(slots) = slots {
        let slot_fn = &slots.slot_fn;
        quote! {
            #slot_fn
            #[inline]
            const fn __catalog_index(&self) -> usize {
                __ROWS[self.__slot()] as usize
            }
        }
    } else if let Some(index) = by_discriminant.and_then(|d| d.index.clone()) {
        index
    } else {
        // One `match` from variant to table index, shared by `entry` and `code`.
        let indices = input.variants.iter().zip(0usize..).map(|(variant, index)| {
            let pattern = variant_pattern(input, variant);
            let index = Literal::usize_unsuffixed(index);
            quote!(#pattern => #index,)
        });
        quote! {
            #[inline]
            const fn __catalog_index(&self) -> usize {
                match self {
                    #(#indices)*
                }
            }
        }
    };
    quote! {
        #index
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

/// Whether the derive emits `ALL`: unit variants with codes of their own only.
fn has_all(input: &Input<'_>) -> bool {
    !input.has_transparent() && input.all_from_code()
}

fn all_const(input: &Input<'_>) -> TokenStream {
    if !has_all(input) {
        return TokenStream::new();
    }
    let this = input.ident;
    let variants = input.variants.iter().map(|v| v.ident);
    // The slice is built in a `const fn` with a generic parameter, not in `ALL`'s own body:
    // in `cargo check` rustc's known-panics lint evaluates the constants in the bodies of
    // associated constants, but not those that depend on a generic parameter. So a crate
    // that does not read `ALL` does not evaluate it, which at 10,000 variants costs 0.27 s
    // (the const evaluator finds the variant of each value by a linear search).
    quote! {
        /// Every variant, in declaration order.
        pub const ALL: &'static [Self] = Self::__all::<0>();
        #[inline]
        const fn __all<const __UNUSED: usize>() -> &'static [Self] {
            &[#(#this::#variants),*]
        }
    }
}

/// Whether `variants()` and `FromCode::__variant` read `__from_row`: a catalog of unit
/// variants only, with at least one, so that rows are the positions in `ENTRIES`.
fn rows_are_entries(input: &Input<'_>) -> bool {
    has_all(input) && !input.variants.is_empty()
}

/// `variants()`, beside `ALL`: every variant by value, through `__from_row`.
fn variants_fn(input: &Input<'_>, krate: &Path) -> TokenStream {
    if !rows_are_entries(input) {
        return TokenStream::new();
    }
    let len = Literal::usize_unsuffixed(input.variants.len());
    quote! {
        /// Every variant, by value, in declaration order. Unlike `ALL`, needs no constant of
        /// every variant, which rustc checks at a cost that grows with the square of the
        /// variants.
        #[inline]
        #[must_use]
        pub const fn variants() -> #krate::Variants<Self> {
            #krate::Variants::__new(#len)
        }
    }
}

fn from_code_fn(
    input: &Input<'_>,
    krate: &Path,
    by_discriminant: Option<&position::ByDiscriminant>,
) -> TokenStream {
    let body = by_discriminant
        .and_then(|d| d.from_code.clone())
        .or_else(|| position::from_code_direct(input))
        .unwrap_or_else(|| from_code_by_row(input));
    let from_row = from_row_fn(input);
    quote! {
        #from_row
        /// The variant of `code`, or `None` when the catalog has no such code.
        #[inline]
        #[must_use]
        pub const fn from_code(code: i32) -> ::core::option::Option<Self> {
            #body
        }
        /// Turns a raw C API status (`i32`, `u32` or a `NonZero` of them; the catalog's
        /// success value, `0` unless it names another, = success) into a `Result`: a known
        /// code becomes its variant, any other value an error that keeps it.
        ///
        /// # Errors
        /// Every status but the success value.
        #[inline]
        pub fn check_status<R: #krate::RawCode>(
            status: R,
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
        let success = input
            .attr
            .success
            .map(|(value, _)| quote!(const SUCCESS: i32 = #value;));
        let impl_parts = quote!([#impl_generics] [#ident #ty_generics] [#where_clause]);
        let rows = rows_are_entries(input).then(|| {
            // `variants()` keeps the trait's default: its length is `ENTRIES.len()`, the same.
            quote! {
                #[inline]
                fn __variant(index: usize) -> ::core::option::Option<Self> {
                    Self::__from_row(index)
                }
            }
        });
        out.extend(quote! {
            #[automatically_derived]
            impl #impl_generics #krate::FromCode for #ident #ty_generics #where_clause {
                #success
                #[inline]
                fn from_code(code: i32) -> ::core::option::Option<Self> {
                    Self::from_code(code)
                }
                #rows
            }
            #krate::__private::try_from_raw!(#impl_parts);
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
