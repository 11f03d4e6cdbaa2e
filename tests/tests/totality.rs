//! `from_code`, `lookup` and `TryFrom` are total over `i32`: any value gives an answer, never a
//! panic, and never an allocation.
//!
//! A counting global allocator (the only `unsafe` in the tests) proves the last point.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::HashSet;

use avsession_codes::{AVSessionApiError, AVSessionError, ErrorCatalog, FromCode, UniversalError};
use avsession_codes_tests::{Data, Storage};

struct Counting;

thread_local! {
    // Per thread: the tests run in parallel, and only the probing thread's allocations count.
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

fn allocations() -> usize {
    ALLOCATIONS.with(Cell::get)
}

// SAFETY: forwards every call to `System` unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // `try_with`: the slot may be gone while the thread shuts down.
        let _ = ALLOCATIONS.try_with(|count| count.set(count.get() + 1));
        // SAFETY: the caller's contract is passed through.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed through.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// A fixed-seed xorshift generator: the same values on every run.
struct XorShift(u64);

impl XorShift {
    fn next_i32(&mut self) -> i32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        // Truncation is the point: the low 32 bits as an `i32`.
        #[allow(clippy::cast_possible_truncation)]
        let value = self.0 as u32;
        i32::from_ne_bytes(value.to_ne_bytes())
    }
}

/// The values to probe: boundaries, every code and the 40 values either side (past the 32 that
/// split clusters), and random values.
fn probes(codes: &[i32]) -> Vec<i32> {
    let mut values = vec![0, -1, 1, i32::MIN, i32::MIN + 1, i32::MAX, i32::MAX - 1];
    for &code in codes {
        values.extend((-40..=40).map(|delta| code.wrapping_add(delta)));
    }
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    values.extend((0..200_000).map(|_| rng.next_i32()));
    // Half of the random values near the catalog's codes, where a bug would hide.
    values.extend((0..100_000).map(|_| 6_600_000 + rng.next_i32().rem_euclid(20_000)));
    values
}

fn check<C>(codes: &[i32])
where
    C: FromCode + TryFrom<i32, Error = avsession_codes::UnknownCode>,
{
    let known: HashSet<i32> = codes.iter().copied().collect();
    let values = probes(codes);
    let before = allocations();
    let mut hits = 0usize;
    for &value in &values {
        let is_known = known.contains(&value);
        let variant = C::from_code(value);
        assert_eq!(variant.as_ref().map(C::code), is_known.then_some(value));
        assert_eq!(C::lookup(value).map(|e| e.code), is_known.then_some(value));
        match C::try_from(value) {
            Ok(v) => assert!(is_known && v.code() == value),
            Err(e) => assert!(!is_known && e.code() == i64::from(value) && e.catalog() == C::NAME),
        }
        hits += usize::from(is_known);
    }
    let allocations = allocations() - before;
    assert_eq!(allocations, 0, "{} allocated", C::NAME);
    assert!(hits >= codes.len(), "every code was probed");
}

fn codes_of(entries: &[avsession_codes::Entry]) -> Vec<i32> {
    entries.iter().map(|e| e.code).collect()
}

#[test]
fn avsession_is_total() {
    check::<AVSessionError>(&codes_of(AVSessionError::ENTRIES));
}

#[test]
fn universal_is_total() {
    check::<UniversalError>(&codes_of(UniversalError::ENTRIES));
}

#[test]
fn composed_catalog_is_total() {
    check::<AVSessionApiError>(&codes_of(AVSessionApiError::ENTRIES));
}

#[test]
fn negative_codes_are_total() {
    check::<Storage>(&codes_of(Storage::ENTRIES));
}

/// Codes at both ends of `i32` and between, out of declaration order: more than four clusters
/// (codes more than 32 apart), so the search goes through its bucket table over the whole
/// range, and runs, sparse clusters and single codes sit next to the boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Extremes")]
enum Extremes {
    #[code(2147483647, message = "Max.")]
    Max,
    #[code(-2147483648, message = "Min.")]
    Min,
    #[code(-2147483647, message = "Min + 1.")]
    MinPlusOne,
    #[code(-40, message = "Minus 40.")]
    MinusForty,
    #[code(-7, message = "Minus 7.")]
    MinusSeven,
    #[code(1, message = "One.")]
    One,
    #[code(2, message = "Two.")]
    Two,
    #[code(3, message = "Three.")]
    Three,
    #[code(100, message = "100.")]
    Hundred,
    #[code(104, message = "104.")]
    HundredFour,
    #[code(133, message = "133.")]
    HundredThirtyThree,
    #[code(2147483645, message = "Max - 2.")]
    MaxMinusTwo,
}

#[test]
fn codes_at_the_ends_of_i32_are_total() {
    let codes = codes_of(Extremes::ENTRIES);
    assert_eq!(codes.len(), 12);
    check::<Extremes>(&codes);
    for (variant, code) in Extremes::ALL.iter().zip(&codes) {
        assert_eq!(Extremes::from_code(*code), Some(*variant));
        assert_eq!(variant.code(), *code);
        assert_eq!(
            Extremes::lookup(*code).map(|e| e.message),
            Some(variant.message())
        );
    }
}

/// Codes that step evenly in declaration order, so `code()` computes the code from the
/// variant's place (`first + place * step`) instead of reading a table: downwards across zero,
/// and by a step of -1 that wraps from `i32::MIN` to `i32::MAX`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Downwards")]
enum Downwards {
    #[code(250, message = "250.")]
    TwoFifty,
    #[code(150, message = "150.")]
    OneFifty,
    #[code(50, message = "50.")]
    Fifty,
    #[code(-50, message = "-50.")]
    MinusFifty,
    #[code(-150, message = "-150.")]
    MinusOneFifty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Wrapping")]
enum Wrapping {
    #[code(-2147483647, message = "Min + 1.")]
    MinPlusOne,
    #[code(-2147483648, message = "Min.")]
    Min,
    #[code(2147483647, message = "Max.")]
    Max,
    #[code(2147483646, message = "Max - 1.")]
    MaxMinusOne,
}

/// `code()` of an evenly stepped catalog is a `const fn` too.
const MAX: i32 = Wrapping::Max.code();

#[test]
fn evenly_stepped_codes_are_computed_exactly() {
    assert_eq!(MAX, i32::MAX);
    assert_eq!(Downwards::MinusOneFifty.code(), -150);
    let codes = codes_of(Downwards::ENTRIES);
    assert_eq!(codes, [250, 150, 50, -50, -150]);
    check::<Downwards>(&codes);
    let codes = codes_of(Wrapping::ENTRIES);
    assert_eq!(codes, [i32::MIN + 1, i32::MIN, i32::MAX, i32::MAX - 1]);
    check::<Wrapping>(&codes);
    for (variant, code) in Wrapping::ALL.iter().zip(&codes) {
        assert_eq!(variant.code(), *code);
        assert_eq!(Wrapping::from_code(*code), Some(*variant));
    }
}

/// Four clusters, the most that `__position` tests one after another, so `from_code` maps runs
/// to variants directly and reads sparse clusters from a table of variants: a sparse cluster at
/// `i32::MIN`, one that mixes a run with codes declared out of order, one of single codes far
/// apart and a single code at `i32::MAX`, declared in no particular order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "FewClusters")]
enum FewClusters {
    #[code(510, message = "510.")]
    FiveTen,
    #[code(11, message = "11.")]
    Eleven,
    #[code(12, message = "12.")]
    Twelve,
    #[code(-2147483640, message = "Min + 8.")]
    MinPlusEight,
    #[code(21, message = "21.")]
    TwentyOne,
    #[code(20, message = "20.")]
    Twenty,
    #[code(2147483647, message = "Max.")]
    Max,
    #[code(500, message = "500.")]
    FiveHundred,
    #[code(-2147483648, message = "Min.")]
    Min,
    #[code(10, message = "10.")]
    Ten,
    #[code(531, message = "531.")]
    FiveThirtyOne,
}

/// `from_code` stays a `const fn` that works at compile time, the table read included.
const FIVE_TEN: Option<FewClusters> = FewClusters::from_code(510);
const NOT_IN_THE_TABLE: Option<FewClusters> = FewClusters::from_code(511);

#[test]
fn few_clusters_out_of_order_are_total() {
    assert_eq!(FIVE_TEN, Some(FewClusters::FiveTen));
    assert_eq!(NOT_IN_THE_TABLE, None);
    let codes = codes_of(FewClusters::ENTRIES);
    check::<FewClusters>(&codes);
    for (variant, code) in FewClusters::ALL.iter().zip(&codes) {
        assert_eq!(FewClusters::from_code(*code), Some(*variant));
        assert_eq!(variant.code(), *code);
    }
}

#[test]
fn lookup_of_a_data_catalog_is_total() {
    let values = probes(&codes_of(Data::ENTRIES));
    let before = allocations();
    let found = values
        .iter()
        .filter(|&&v| Data::lookup(v).is_some())
        .count();
    assert_eq!(allocations() - before, 0);
    assert!(found >= 4);
}

/// Discriminants that are the codes, as a binding of a C enum declares them (written, or one
/// more than the one before): `from_code` is then the check that the value is one of them, and
/// `code()` reads the discriminant. A run, a sparse block and negative codes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Mirrored")]
#[repr(i32)]
enum Mirrored {
    #[code(6600101, message = "A.")]
    A = 6_600_101,
    #[code(6600102, message = "B.")]
    B,
    #[code(6600103, message = "C.")]
    C,
    #[code(6611014, message = "E.")]
    E = 6_611_014,
    #[code(6611000, message = "D.")]
    D = 6_611_000,
    #[code(6611021, message = "F.")]
    F = 6_611_021,
    #[code(-5, message = "Minus five.")]
    MinusFive = -5,
    #[code(-4, message = "Minus four.")]
    MinusFour,
}

/// The same codes with discriminants that are not the codes: the derive keeps its tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Numbered")]
#[repr(i32)]
enum Numbered {
    #[code(6600101, message = "A.")]
    A = 1,
    #[code(6600102, message = "B.")]
    B,
    #[code(6611000, message = "D.")]
    D = 6_611_001,
    #[code(-5, message = "Minus five.")]
    MinusFive = 7,
}

/// Discriminants that are the codes in five clusters, one more than the slot tables take:
/// the derive finds the row of a variant from its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "MirroredSpread")]
enum MirroredSpread {
    #[code(500, message = "500.")]
    FiveHundred = 500,
    #[code(100, message = "100.")]
    Hundred = 100,
    #[code(101, message = "101.")]
    HundredOne,
    #[code(-300, message = "Minus 300.")]
    MinusThreeHundred = -300,
    #[code(900, message = "900.")]
    NineHundred = 900,
    #[code(2147483647, message = "Max.")]
    Max = 2_147_483_647,
}

const MIRRORED: Option<Mirrored> = Mirrored::from_code(6_611_014);
/// The slot of a variant at compile time.
const MIRRORED_MESSAGE: &str = Mirrored::F.message();
const NOT_MIRRORED: Option<Mirrored> = Mirrored::from_code(6_611_015);

#[test]
fn discriminants_that_are_the_codes_are_total() {
    assert_eq!(MIRRORED, Some(Mirrored::E));
    assert_eq!(NOT_MIRRORED, None);
    assert_eq!(MIRRORED_MESSAGE, "F.");
    let codes = codes_of(Mirrored::ENTRIES);
    check::<Mirrored>(&codes);
    for ((variant, &code), entry) in Mirrored::ALL.iter().zip(&codes).zip(Mirrored::ENTRIES) {
        assert_eq!(*variant as i32, code);
        assert_eq!(variant.code(), code);
        assert_eq!(Mirrored::from_code(code), Some(*variant));
        assert_eq!(i32::from(*variant), code);
        // Row and message through the slot tables.
        assert_eq!(variant.entry(), entry);
        assert_eq!(variant.message(), entry.message);
        assert_eq!(variant.to_string(), entry.message);
    }
    let codes = codes_of(MirroredSpread::ENTRIES);
    check::<MirroredSpread>(&codes);
    let variants = MirroredSpread::ALL
        .iter()
        .zip(&codes)
        .zip(MirroredSpread::ENTRIES);
    for ((variant, &code), entry) in variants {
        assert_eq!(*variant as i32, code);
        assert_eq!(MirroredSpread::from_code(code), Some(*variant));
        assert_eq!(variant.entry(), entry);
        assert_eq!(variant.message(), entry.message);
    }
}

#[test]
fn discriminants_that_are_not_the_codes_are_total() {
    let codes = codes_of(Numbered::ENTRIES);
    check::<Numbered>(&codes);
    for (variant, &code) in Numbered::ALL.iter().zip(&codes) {
        assert_ne!(*variant as i32, code);
        assert_eq!(variant.code(), code);
        assert_eq!(Numbered::from_code(code), Some(*variant));
        assert_eq!(Numbered::from_code(*variant as i32), None);
    }
}
