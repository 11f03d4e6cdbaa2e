//! `__catalog_index` and `__hash_message` of a catalog whose discriminants are its codes: from
//! a variant's code to its row or its message through a perfect hash, one multiplication, two
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
use quote::{quote, ToTokens};

/// The multiplier of seed 0, the golden ratio's (of Fibonacci hashing and splitmix64).
const M1: u64 = 0x9E37_79B9_7F4A_7C15;

/// Codes per bucket, on average (`PTHash`'s lambda).
const PER_BUCKET: usize = 4;

/// Seeds (multipliers) tried before giving up (the catalog then keeps the cluster search). A
/// seed fails when two codes of one bucket share their slot bits, or, rarely, when no pilot
/// places a bucket: seed 0 failed for 104 of 400 random sets of 300 to 10,000 codes, and no
/// set needed more than 10 seeds.
const SEEDS: u64 = 64;

/// The one mix of `code` under `seed`: a multiplication by an odd constant, whose top bits
/// depend on every bit of the code.
fn hash(code: i32, seed: u64) -> u64 {
    u64::from(code.cast_unsigned()).wrapping_mul(multiplier(seed))
}

/// Seed 0's multiplier is `M1`; the others are splitmix64's outputs, made odd. They must differ
/// in their high bits: the slot comes from the top bits of the product, which a change in a
/// multiplier's low bits hardly moves.
fn multiplier(seed: u64) -> u64 {
    if seed == 0 {
        return M1;
    }
    let mut z = M1.wrapping_mul(seed.wrapping_add(1));
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (z ^ (z >> 31)) | 1
}

/// A perfect hash of a catalog's codes from one multiplication `h`: the bucket is the top bits
/// of `h`, the bits below them are the code's own slot bits, and the slot is those bits under
/// the bucket's pilot, `(h >> field_shift ^ pilot) & mask`. Codes of one bucket have distinct
/// slot bits, so a pilot moves them together to free slots; `PTHash` mixes a second time
/// instead, a multiplication more that a `Display` waits for.
pub(super) struct Table {
    seed: u64,
    bucket_shift: u32,
    field_shift: u32,
    mask: u64,
    /// Per bucket, its pilot (below the number of slots).
    pilots: Vec<u32>,
    /// The row of the code in each slot (0 in a slot no code takes).
    rows: Vec<u32>,
}

impl Table {
    fn bucket(&self, h: u64) -> usize {
        usize::try_from(h >> self.bucket_shift).unwrap_or(usize::MAX)
    }

    fn field(&self, h: u64) -> u32 {
        u32::try_from((h >> self.field_shift) & self.mask).unwrap_or(u32::MAX)
    }

    /// The slot of the code that mixes to `h`, as the generated `__hash_slot` computes it.
    #[cfg(test)]
    fn slot(&self, h: u64) -> usize {
        (self.field(h) ^ self.pilots[self.bucket(h)]) as usize
    }
}

/// The perfect hash of `codes` (distinct), whose rows are their positions; `None` if no seed
/// gives one, which the tests have not seen.
pub(super) fn build(codes: &[i32]) -> Option<Table> {
    if codes.is_empty() {
        return None;
    }
    // At least 1.25 slots per code, a power of two: placing the last codes then takes a few
    // tries, not thousands. A pilot is below the number of slots, so its `u32` holds it.
    let slots = (codes.len() + codes.len() / 4).next_power_of_two().max(2);
    let slot_bits = slots.trailing_zeros();
    // A power of two of buckets, at most `PER_BUCKET` codes each on average.
    let buckets = codes.len().div_ceil(PER_BUCKET).next_power_of_two().max(2);
    let bucket_bits = buckets.trailing_zeros();
    let Ok(pilot_range) = u32::try_from(slots) else {
        return None;
    };
    if bucket_bits + slot_bits > 64 {
        return None;
    }
    (0..SEEDS).find_map(|seed| {
        let mut table = Table {
            seed,
            bucket_shift: 64 - bucket_bits,
            field_shift: 64 - bucket_bits - slot_bits,
            mask: (1 << slot_bits) - 1,
            pilots: vec![0; buckets],
            rows: vec![0; slots],
        };
        let mut members: Vec<Vec<(u32, u32)>> = vec![Vec::new(); buckets];
        for (code, row) in codes.iter().zip(0u32..) {
            let h = hash(*code, seed);
            members[table.bucket(h)].push((table.field(h), row));
        }
        // Two codes of one bucket with the same slot bits would share a slot under any pilot.
        for keys in &mut members {
            keys.sort_unstable();
            if keys.windows(2).any(|w| w[0].0 == w[1].0) {
                return None;
            }
        }
        // The largest buckets first, while most slots are free (a stable sort: the same
        // tables every time).
        let mut order: Vec<usize> = (0..buckets).collect();
        order.sort_by_key(|&b| std::cmp::Reverse(members[b].len()));
        let mut taken = vec![false; slots];
        for b in order {
            let keys = &members[b];
            if keys.is_empty() {
                continue;
            }
            // Distinct slot bits stay distinct under one pilot: only taken slots can clash.
            let pilot =
                (0..pilot_range).find(|&p| keys.iter().all(|&(f, _)| !taken[(f ^ p) as usize]))?;
            table.pilots[b] = pilot;
            for &(field, row) in keys {
                let at = (field ^ pilot) as usize;
                taken[at] = true;
                table.rows[at] = row;
            }
        }
        Some(table)
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
pub(super) fn index_fn(table: &Table, messages: &[impl ToTokens]) -> TokenStream {
    let (bucket_shift, field_shift) = (table.bucket_shift, table.field_shift);
    let (multiplier, mask) = (
        Literal::u64_unsuffixed(multiplier(table.seed)),
        Literal::u64_unsuffixed(table.mask),
    );
    let (pilot_type, pilots) = narrowest(&table.pilots);
    let (row_type, rows) = narrowest(&table.rows);
    let slot_messages = table.rows.iter().map(|&row| &messages[row as usize]);
    let (pilot_count, row_count) = (pilots.len(), rows.len());
    quote! {
        #[inline]
        const fn __hash_slot(&self) -> usize {
            static __PILOTS: [#pilot_type; #pilot_count] = [#(#pilots),*];
            let __h = (self.code().cast_unsigned() as u64).wrapping_mul(#multiplier);
            let __pilot = __PILOTS[(__h >> #bucket_shift) as usize] as u64;
            (((__h >> #field_shift) ^ __pilot) & #mask) as usize
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
    table.rows[table.slot(hash(code, table.seed))]
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
            let table = build(&codes).unwrap_or_else(|| {
                panic!("a perfect hash of {} codes from {}", codes.len(), codes[0])
            });
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

    /// Sixty sets of random codes, of the three kinds and at sizes from 300 to 10,000: each
    /// gets a perfect hash within the seeds (400 such sets took at most 10 seeds).
    #[test]
    fn random_code_sets_get_a_perfect_hash() {
        let mut state = 0x9E37_79B9_7F4A_7C15;
        for round in 0..60 {
            let n = [300, 1_000, 1_700, 2_000, 5_000, 10_000][round % 6];
            let mut codes = std::collections::BTreeSet::new();
            let mut last = 1_000i32;
            while codes.len() < n {
                let next = xorshift(&mut state);
                let code = match round % 3 {
                    // Anywhere in `i32`.
                    0 => u32::try_from(next >> 32).unwrap().cast_signed(),
                    // Isolated, 100 to 2,000 apart.
                    1 => {
                        last += 100 + i32::try_from(next % 1_901).unwrap();
                        last
                    }
                    // Runs, a gap of 1,000 after one code in four on average.
                    _ => {
                        last += if next.is_multiple_of(4) { 1_000 } else { 1 };
                        last
                    }
                };
                codes.insert(code);
            }
            let codes: Vec<i32> = codes.into_iter().collect();
            let table = build(&codes).unwrap_or_else(|| panic!("no hash in round {round}"));
            for (code, row) in codes.iter().zip(0u32..) {
                assert_eq!(row_of(&table, *code), row, "round {round}");
            }
        }
    }
}
