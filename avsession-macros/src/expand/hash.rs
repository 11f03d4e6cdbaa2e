//! `__catalog_index` and `__hash_message` of a catalog whose discriminants are its codes: from
//! a variant's code to its row or its message through a perfect hash, two multiplications, two
//! loads and no branch.
//!
//! The hash is `PTHash`'s (Pibiri and Trani, "`PTHash`: Revisiting FCH Minimal Perfect Hashing",
//! SIGIR 2021): each code falls in a bucket, and each bucket has a pilot, found here, that
//! sends its codes to slots no other code takes. It is built for the codes the catalog has
//! and is asked only about those (`self`'s code), so it needs no check that the code is one of
//! them. The cluster search of `from_code` does (`position`), with branches that depend on
//! the code: for `message()` and `Display`, whose variants come in any order, those
//! mispredict (`Display` at 1,000 isolated codes took 1.53x the time of hand-written code's
//! through it, and 1.10x through the hash; `benches/paired.rs`).

use proc_macro2::{Literal, TokenStream};
use quote::quote;

/// The multipliers of the two mixing steps and of the pilots (odd 64-bit constants of
/// splitmix64 and murmur3's finaliser). The generated code multiplies twice: a `Display` of a
/// variant waits for the whole chain (its row, then its message), so each multiplication
/// counts.
const M1: u64 = 0x9E37_79B9_7F4A_7C15;
const M2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const M3: u64 = 0xFF51_AFD7_ED55_8CCD;

/// Codes per bucket, on average (`PTHash`'s lambda).
const PER_BUCKET: usize = 4;

/// Pilots tried per bucket before the next seed.
const TRIES: u32 = 1 << 16;

/// Seeds tried before giving up (the catalog then keeps the cluster search).
const SEEDS: u64 = 4;

/// The first mix of `code` under `seed`: one multiplication by an odd constant.
fn hash(code: i32, seed: u64) -> u64 {
    u64::from(code.cast_unsigned()).wrapping_mul(multiplier(seed))
}

fn multiplier(seed: u64) -> u64 {
    M1 ^ (seed << 1)
}

/// What the generated code stores for a pilot: the pilot, mixed.
fn spread(pilot: u32) -> u64 {
    u64::from(pilot).wrapping_mul(M2)
}

/// `h`'s slot under a bucket's stored pilot `q`: the top `64 - shift` bits of the second mix.
fn slot(h: u64, q: u64, shift: u32) -> usize {
    usize::try_from((h ^ q).wrapping_mul(M3) >> shift).unwrap_or(usize::MAX)
}

/// A perfect hash of a catalog's codes: bucket `h >> bucket_shift`, slot `slot(h, pilots[b])`.
pub(super) struct Table {
    seed: u64,
    bucket_shift: u32,
    shift: u32,
    /// Per bucket, its pilot mixed (`spread`).
    pilots: Vec<u64>,
    /// The row of the code in each slot (0 in a slot no code takes).
    rows: Vec<u32>,
}

/// The perfect hash of `codes` (distinct), whose rows are their positions; `None` if no seed
/// gives one, which the tests have not seen.
pub(super) fn build(codes: &[i32]) -> Option<Table> {
    if codes.is_empty() {
        return None;
    }
    // At least 1.25 slots per code, a power of two: placing the last codes then takes a few
    // tries, not thousands.
    let slots = (codes.len() + codes.len() / 4).next_power_of_two().max(2);
    let shift = 64 - slots.trailing_zeros();
    // A power of two of buckets, at most `PER_BUCKET` codes each on average: the bucket is the
    // top bits of the first mix.
    let buckets = codes.len().div_ceil(PER_BUCKET).next_power_of_two().max(2);
    let bucket_shift = 64 - buckets.trailing_zeros();
    let bucket = |h: u64| usize::try_from(h >> bucket_shift).unwrap_or(usize::MAX);
    (0..SEEDS).find_map(|seed| {
        let mut members: Vec<Vec<(u64, u32)>> = vec![Vec::new(); buckets];
        for (code, row) in codes.iter().zip(0u32..) {
            let h = hash(*code, seed);
            members[bucket(h)].push((h, row));
        }
        // The largest buckets first, while most slots are free (a stable sort: the same
        // tables every time).
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|&b| std::cmp::Reverse(members[b].len()));
        let (mut rows, mut taken) = (vec![0u32; slots], vec![false; slots]);
        let mut pilots = vec![0u64; buckets];
        for b in order {
            let keys = &members[b];
            if keys.is_empty() {
                continue;
            }
            let pilot = (0..TRIES).map(spread).find(|&q| {
                let mut places: Vec<usize> = keys.iter().map(|&(h, _)| slot(h, q, shift)).collect();
                if places.iter().any(|&p| taken[p]) {
                    return false;
                }
                places.sort_unstable();
                !places.windows(2).any(|w| w[0] == w[1])
            })?;
            pilots[b] = pilot;
            for &(h, row) in keys {
                let p = slot(h, pilot, shift);
                taken[p] = true;
                rows[p] = row;
            }
        }
        Some(Table {
            seed,
            bucket_shift,
            shift,
            pilots,
            rows,
        })
    })
}

/// The narrowest of `u8`, `u16` and `u32` that holds every one of `values`, and the values as
/// unsuffixed literals (of that type in the array).
fn narrowest(values: &[u32]) -> (TokenStream, Vec<Literal>) {
    let max = values.iter().copied().max().unwrap_or(0);
    let ty = if u8::try_from(max).is_ok() {
        quote!(u8)
    } else if u16::try_from(max).is_ok() {
        quote!(u16)
    } else {
        quote!(u32)
    };
    (
        ty,
        values.iter().map(|&v| Literal::u32_unsuffixed(v)).collect(),
    )
}

/// `__hash_slot(&self)` and `__catalog_index(&self)` through `table`, and the tables they
/// read: the pilots, the row of each slot and the message of each slot (`messages`, by row),
/// so that `message()` and `Display` read the message in the slot without the row.
pub(super) fn index_fn(table: &Table, messages: &[TokenStream]) -> TokenStream {
    let (bucket_shift, shift) = (table.bucket_shift, table.shift);
    let (multiplier, m3) = (
        Literal::u64_unsuffixed(multiplier(table.seed)),
        Literal::u64_unsuffixed(M3),
    );
    let pilots = table.pilots.iter().map(|&q| Literal::u64_unsuffixed(q));
    let (row_type, rows) = narrowest(&table.rows);
    let slot_messages = table.rows.iter().map(|&row| &messages[row as usize]);
    let (pilot_count, row_count) = (table.pilots.len(), rows.len());
    quote! {
        #[inline]
        const fn __hash_slot(&self) -> usize {
            static __PILOTS: [u64; #pilot_count] = [#(#pilots),*];
            let __h = (self.code().cast_unsigned() as u64).wrapping_mul(#multiplier);
            let __pilot = __PILOTS[(__h >> #bucket_shift) as usize];
            ((__h ^ __pilot).wrapping_mul(#m3) >> #shift) as usize
        }
        #[inline]
        const fn __catalog_index(&self) -> usize {
            static __HASH_ROWS: [#row_type; #row_count] = [#(#rows),*];
            __HASH_ROWS[self.__hash_slot()] as usize
        }
        #[inline]
        const fn __hash_message(&self) -> &'static str {
            static __HASH_MESSAGES: [&'static str; #row_count] = [#(#slot_messages),*];
            __HASH_MESSAGES[self.__hash_slot()]
        }
    }
}

/// The row `table` gives `code`, as the generated `__catalog_index` computes it.
#[cfg(test)]
pub(super) fn row_of(table: &Table, code: i32) -> u32 {
    let h = hash(code, table.seed);
    let b = usize::try_from(h >> table.bucket_shift).unwrap_or(usize::MAX);
    table.rows[slot(h, table.pilots[b], table.shift)]
}

#[cfg(test)]
mod tests {
    use super::{build, row_of};

    /// A pseudo-random sequence, for codes at random gaps.
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    #[test]
    fn every_code_gets_its_own_row() {
        let mut state = 0x2545_F491_4F6C_DD1D;
        let mut isolated = vec![1_000_000];
        for _ in 1..3_000 {
            let gap = 100 + i32::try_from(xorshift(&mut state) % 1_901).unwrap();
            isolated.push(isolated[isolated.len() - 1] + gap);
        }
        let wide: Vec<i32> = (0..2_000)
            .map(|_| {
                u32::try_from(xorshift(&mut state) >> 32)
                    .unwrap()
                    .cast_signed()
            })
            .filter(|&c| c != 0)
            .chain([i32::MIN, i32::MAX, -1, 1])
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        let cases: Vec<Vec<i32>> = vec![
            vec![6_600_101],
            vec![-5, 5],
            (6_600_101..6_600_110).collect(),
            (6_600_101..6_610_101).collect(),
            (0..1_000).map(|i| 6_600_101 + i * 1_000).collect(),
            (0..1024).map(|i| i * 7 - 3_000).collect(),
            isolated,
            wide,
        ];
        for codes in cases {
            let table = build(&codes).expect("a perfect hash");
            assert!(table.rows.len() >= codes.len() + codes.len() / 4);
            assert!(table.rows.len().is_power_of_two());
            for (code, row) in codes.iter().zip(0u32..) {
                assert_eq!(
                    row_of(&table, *code),
                    row,
                    "{code} of {} codes",
                    codes.len()
                );
            }
        }
    }
}
