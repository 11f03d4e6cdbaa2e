//! `__position(code)`: from a code to its row, through clusters of codes.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::{code_literal, hash};
use crate::ast::Input;

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

/// `then`, run when `code` is in the cluster `c`, with `__offset` its distance from the first.
fn in_cluster(c: &Cluster, then: &TokenStream) -> TokenStream {
    let first = code_literal(c.first);
    let span = c.first.abs_diff(c.last);
    quote! {
        let __offset = code.wrapping_sub(#first).cast_unsigned();
        if __offset <= #span {
            #then;
        }
    }
}

/// `__position(code)`: the index of `code` in `__OWN`, or a value past its end (`N` for a few
/// clusters, any for more).
///
/// The codes are sorted into clusters (cut where two codes are more than 32 apart). A few
/// clusters are tested in turn; more are found through a table of buckets, one per
/// power-of-two slice of the code range, holding the first cluster that reaches into it.
/// Inside a cluster a run is arithmetic and any other cluster reads a slot table. No `match`
/// with an arm per code: rustc checks those slowly (about 0.4 s per 10,000 arms), and LLVM
/// lowers them to jump tables that mispredict (BENCHMARKS.md).
pub(super) fn position_fn(input: &Input<'_>) -> TokenStream {
    let (clusters, slots) = clusters(input);
    let slot_count = slots.len();
    let slots = quote!(static __SLOTS: [u32; #slot_count] = [#(#slots),*];);
    // A hole reads `u32::MAX`, past every index: the bucket search's callers test `< N`.
    let slot = quote!(__SLOTS[__at] as usize);
    if clusters.len() <= CHAIN {
        // Every path returns at most `N` (a miss exactly `N`, a slot clamped to it), so LLVM
        // knows the row is in `0..=N`: `lookup` indexes `__OWN` without a second test, and
        // where `from_code` goes through here (generic and large catalogs; see
        // `from_code_direct`), its `match row` folds away, as `N` is where `Option<Self>`
        // keeps `None`.
        let len = Literal::usize_unsuffixed(input.codes().count());
        let tests = clusters.iter().map(|c| {
            let base = c.base;
            let value = if c.run {
                quote!(#base as usize + __offset as usize)
            } else {
                quote! {{
                    let __at = #base as usize + __offset as usize;
                    let __row = #slot;
                    if __row < #len { __row } else { #len }
                }}
            };
            in_cluster(c, &quote!(return #value))
        });
        return quote! {
            #slots
            #[inline]
            const fn __position(code: i32) -> usize {
                #(#tests)*
                #len
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

/// Variants, and slots of sparse clusters, up to which a catalog of a few clusters gets
/// `from_code_direct`: its table holds one `Option<Self>` per slot, which the const evaluator
/// checks at a cost that grows with slots times variants.
const DIRECT: usize = 256;

/// What a catalog whose discriminants are its codes (`Input::discriminants_are_codes`) gets in
/// place of some of its tables.
pub(super) struct ByDiscriminant {
    /// `from_code`'s body, up to `DIRECT` variants: `match code { 6600101 => Some(E::A), ...
    /// }`, the `match` that `num_enum`'s `try_from` is. As the value of each arm is its own
    /// code in memory, LLVM checks that `code` is one of them and returns it: for a run of
    /// codes, one subtraction and one compare. `None` above `DIRECT`: a `match` of many integer
    /// arms costs rustc time that grows with their square, and `from_code` goes through
    /// `__position` instead.
    pub from_code: Option<TokenStream>,
    /// `code()`'s body: `match self { E::A => 6600101, ... }`, which rustc folds to reading the
    /// discriminant, as `self as i32` would, at any number of variants (checked in the assembly
    /// at 1,000 and 10,000 variants of isolated codes). A `match` on variants, unlike one on
    /// integers, is checked in time linear in its arms.
    pub code: TokenStream,
    /// The slot tables, when the codes fall in few enough clusters (`slots`).
    pub slots: Option<Slots>,
    /// Without slot tables, `__catalog_index(&self)`, the row of a variant from its code:
    /// through a perfect hash of the codes (`hash`), or in a few clusters (or if no hash is
    /// found) the cluster search of `from_code`. A `match self` to the row would be a `switch`
    /// on the discriminants, that is on the codes, which LLVM lowers to a tree of compares
    /// when they are spread out: `message()` at 100 isolated codes took 2.1x the time of
    /// hand-written code's that way (`benches/paired.rs`).
    pub index: Option<TokenStream>,
    /// With the perfect hash, `message()`'s body: the message in the variant's slot.
    pub message: Option<TokenStream>,
}

/// `ByDiscriminant` of a catalog whose discriminants are its codes; `None` for any other.
pub(super) fn by_discriminant(input: &Input<'_>) -> Option<ByDiscriminant> {
    if !input.discriminants_are_codes() {
        return None;
    }
    let large = input.variants.len() > DIRECT;
    let this = input.ident;
    let (mut from_code, mut code) = (Vec::new(), Vec::new());
    for (variant, spec) in input.codes() {
        let (ident, literal) = (variant.ident, code_literal(spec.code));
        if !large {
            from_code.push(quote!(#literal => #this::#ident,));
        }
        code.push(quote!(#this::#ident => #literal,));
    }
    let (clusters, _) = clusters(input);
    let slots = if large { None } else { slots(input, &clusters) };
    // In up to `CHAIN` clusters, `__position` is a subtraction and a compare per cluster,
    // shorter than the hash (at 1,000 codes in one run, `message()` took 0.45x the time of
    // hand-written code's through it, and 1.25x through the first hash, which multiplied
    // twice: `benches/paired.rs`).
    let table = if slots.is_none() && clusters.len() > CHAIN {
        let codes: Vec<i32> = input.codes().map(|(_, spec)| spec.code).collect();
        hash::build(&codes)
    } else {
        None
    };
    let index = match &table {
        Some(table) => {
            let messages: Vec<_> = input.codes().map(|(_, spec)| &spec.message).collect();
            Some(hash::index_fn(table, &messages))
        }
        None if slots.is_none() => Some(quote! {
            #[inline]
            const fn __catalog_index(&self) -> usize {
                __position(self.code())
            }
        }),
        None => None,
    };
    Some(ByDiscriminant {
        from_code: (!large).then(|| {
            quote! {
                ::core::option::Option::Some(match code {
                    #(#from_code)*
                    _ => return ::core::option::Option::None,
                })
            }
        }),
        code: quote!(match self { #(#code)* }),
        slots,
        index,
        message: table.is_some().then(|| quote!(self.__hash_message())),
    })
}

/// From a variant of a catalog whose discriminants are its codes to its row and message,
/// without a `match self`: with codes spread over a few clusters (6600101.., 6611000..), LLVM
/// lowers that `match` to a branch per cluster and a jump table, which mispredict on codes in
/// no particular order (2.0x the time of the same `match` on discriminants 0, 1, 2, ... for
/// `message()` at 9 variants; BENCHMARKS.md).
pub(super) struct Slots {
    /// `const fn __slot(&self) -> usize`: the code's place in the slot tables. The clusters
    /// are tested from the lowest, and each test only moves the place (`__at = ...`), which
    /// LLVM writes as conditional moves: no branch depends on the variant.
    pub slot_fn: TokenStream,
    /// `__ROWS` (slot to row) and `__SLOT_MESSAGES` (slot to message).
    pub tables: TokenStream,
}

/// The slot tables of a catalog whose discriminants are its codes (`by_discriminant` has
/// checked), of up to `DIRECT` slots in up to `CHAIN` clusters; `None` for any other.
fn slots(input: &Input<'_>, clusters: &[Cluster]) -> Option<Slots> {
    if clusters.len() > CHAIN {
        return None;
    }
    let mut bases = Vec::with_capacity(clusters.len());
    let mut count = 0usize;
    for c in clusters {
        bases.push(count);
        count = count.checked_add(usize::try_from(c.first.abs_diff(c.last)).ok()? + 1)?;
        if count > DIRECT {
            return None;
        }
    }
    // A hole is never read (`self` is never one): it gets row 0 and the first code's
    // message, so that when every message has the same length LLVM folds the length read to
    // a constant, as it does for a `match` of the messages.
    let first_message = &input.codes().next()?.1.message;
    let mut rows = vec![0usize; count];
    let mut messages: Vec<TokenStream> = vec![quote!(#first_message); count];
    for ((_, spec), row) in input.codes().zip(0usize..) {
        let cluster = clusters
            .partition_point(|c| c.first <= spec.code)
            .checked_sub(1)?;
        let slot =
            bases[cluster] + usize::try_from(spec.code.abs_diff(clusters[cluster].first)).ok()?;
        rows[slot] = row;
        let message = &spec.message;
        messages[slot] = quote!(#message);
    }
    let offset = |first: i32| {
        let first = code_literal(first);
        quote!(__code.wrapping_sub(#first).cast_unsigned() as usize)
    };
    let moves: Vec<TokenStream> = clusters
        .iter()
        .zip(&bases)
        .skip(1)
        .map(|(c, &base)| {
            let (first, base, offset) = (
                code_literal(c.first),
                Literal::usize_unsuffixed(base),
                offset(c.first),
            );
            quote! {
                if __code >= #first {
                    __at = #base + #offset;
                }
            }
        })
        .collect();
    let first_offset = offset(clusters[0].first);
    // One cluster: the slot is the offset, and nothing moves it.
    let slot = if moves.is_empty() {
        first_offset
    } else {
        quote! {
            let mut __at = #first_offset;
            #(#moves)*
            __at
        }
    };
    // At most `DIRECT` (256) variants: a row fits in a byte.
    let rows = rows
        .iter()
        .map(|&row| u8::try_from(row).ok().map(Literal::u8_unsuffixed))
        .collect::<Option<Vec<_>>>()?;
    Some(Slots {
        slot_fn: quote! {
            #[inline]
            const fn __slot(&self) -> usize {
                let __code = self.code();
                #slot
            }
        },
        tables: quote! {
            static __ROWS: [u8; #count] = [#(#rows),*];
            static __SLOT_MESSAGES: [&'static str; #count] = [#(#messages),*];
        },
    })
}

/// `from_code`'s body without `__position`, for a catalog of a few clusters, not composed and
/// not generic (a `static` cannot name a generic type). A run maps its offset straight to its
/// variants, which LLVM folds to the offset plus a constant: a subtraction and a compare, as in
/// `num_enum`'s `try_from`. A sparse cluster reads `Option<Self>` from a static table of its
/// slots; rustc tells LLVM that such a load holds a valid `Option<Self>`, so the `match` that
/// turns the place into a value folds away and nothing is compared after the read (a slot
/// table of rows needs that compare: BENCHMARKS.md).
pub(super) fn from_code_direct(input: &Input<'_>) -> Option<TokenStream> {
    let this = input.ident;
    // The cheap tests first: a large catalog is not clustered a second time here.
    if !input.generics.params.is_empty() || input.has_transparent() {
        return None;
    }
    let variants: Vec<&syn::Ident> = input.codes().map(|(v, _)| v.ident).collect();
    if variants.len() > DIRECT {
        return None;
    }
    let (clusters, slots) = clusters(input);
    if clusters.len() > CHAIN || slots.len() > DIRECT {
        return None;
    }
    let some = |v: &syn::Ident| quote!(::core::option::Option::Some(#this::#v));
    let table = slots.iter().map(|&slot| match variants.get(slot as usize) {
        Some(v) => some(v),
        None => quote!(::core::option::Option::None),
    });
    let mut tests = Vec::with_capacity(clusters.len());
    for c in &clusters {
        let span = c.first.abs_diff(c.last);
        let base = usize::try_from(c.base).ok()?;
        let value = if c.run {
            let run = variants.get(base..=base.checked_add(usize::try_from(span).ok()?)?)?;
            let arms = (0u32..).zip(run).map(|(offset, v)| {
                let (offset, v) = (Literal::u32_unsuffixed(offset), some(v));
                quote!(#offset => #v,)
            });
            quote!(return match __offset { #(#arms)* _ => ::core::option::Option::None })
        } else {
            quote!(break '__slot #base + __offset as usize)
        };
        tests.push(in_cluster(c, &value));
    }
    let identity = variants.iter().map(|v| {
        let v = some(v);
        quote!(#v => #v,)
    });
    let count = slots.len();
    if count == 0 {
        return Some(quote! {
            #(#tests)*
            ::core::option::Option::None
        });
    }
    Some(quote! {
        static __VARIANTS: [::core::option::Option<#this>; #count] = [#(#table),*];
        let __slot: usize = '__slot: {
            #(#tests)*
            return ::core::option::Option::None;
        };
        match __VARIANTS[__slot] {
            #(#identity)*
            ::core::option::Option::None => ::core::option::Option::None,
        }
    })
}

/// The lookups `input` gets, named for the census of the shipped catalogs (`tests/census.rs`):
/// how `from_code` finds a variant, how `__position` (of `lookup`, and of `from_code` by row)
/// finds a row, and how a variant finds its own row.
#[cfg(test)]
pub(crate) fn lookups(input: &Input<'_>) -> [&'static str; 3] {
    let by_discriminant = by_discriminant(input);
    let from_code = if by_discriminant
        .as_ref()
        .is_some_and(|d| d.from_code.is_some())
    {
        "from_code: match on the code"
    } else if from_code_direct(input).is_some() {
        "from_code: direct"
    } else {
        "from_code: by row"
    };
    let position = if clusters(input).0.len() <= CHAIN {
        "position: chain"
    } else {
        "position: buckets"
    };
    let row = match &by_discriminant {
        None => "row: variant index",
        Some(d) if d.slots.is_some() => "row: slots",
        Some(d) if d.message.is_some() => "row: perfect hash",
        Some(_) => "row: position",
    };
    [from_code, position, row]
}
