//! What both run-time benchmarks time: the inputs of one catalog size and shape, and one
//! iteration of each operation, the same loop for every way of writing the catalog.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::hint::black_box;

use avsession_bench::{codes_of, Contestant, Shape, XorShift};

/// Items in the `mixed` input sequence.
pub const SEQUENCE: usize = 1024;

/// Inputs shared by every contestant of one size and shape.
pub struct Inputs {
    pub size: usize,
    pub shape: Shape,
    /// The group's suffix: the size, and the shape unless it is `mix`.
    pub group: String,
    /// 90% codes of the catalog, 10% codes near them that it does not have, shuffled.
    pub mixed: Vec<i32>,
    /// Every code, in declaration order.
    pub in_order: Vec<i32>,
}

impl Inputs {
    pub fn new(size: usize) -> Self {
        Self::of(Shape::Mix, size)
    }

    pub fn of(shape: Shape, size: usize) -> Self {
        let in_order = codes_of(shape, size);
        let known: HashSet<i32> = in_order.iter().copied().collect();
        let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
        let pick = |rng: &mut XorShift| in_order[(rng.next() % size as u64) as usize];
        let mixed = (0..SEQUENCE)
            .map(|_| {
                if !rng.next().is_multiple_of(10) {
                    return pick(&mut rng);
                }
                loop {
                    let miss = pick(&mut rng).wrapping_add(1 + (rng.next() % 600) as i32);
                    if !known.contains(&miss) {
                        return miss;
                    }
                }
            })
            .collect();
        let group = match shape {
            Shape::Mix => size.to_string(),
            _ => format!("{size}-{}", shape.name()),
        };
        Self {
            size,
            shape,
            group,
            mixed,
            in_order,
        }
    }

    /// The variants of the known codes of `mixed`, in its order, after checking that `C` has
    /// the catalog's codes and that its two ways of listing the variants agree.
    pub fn variants<C: Contestant>(&self, who: &str) -> Vec<C> {
        let variants: Vec<C> = self
            .mixed
            .iter()
            .filter_map(|&code| C::from_code(code))
            .collect();
        assert_eq!(
            C::all().count(),
            self.size,
            "{who}: wrong number of variants"
        );
        assert!(
            C::all().map(C::code).eq(C::variants().map(C::code)),
            "{who}: ALL and variants() differ"
        );
        assert!(
            C::all().map(C::code).eq(self.in_order.iter().copied()),
            "{who}: not the catalog's codes"
        );
        let found = self.mixed.iter().filter(|&&code| C::lookup(code).is_some());
        assert_eq!(
            variants.len(),
            found.count(),
            "{who}: from_code and lookup differ"
        );
        variants
    }
}

/// The operations, by group name: `from_code` and `lookup` over `mixed` and `in_order`, then
/// the ones over variants.
pub const OPS: [&str; 9] = [
    "from_code_mixed",
    "from_code_in_order",
    "lookup_mixed",
    "lookup_in_order",
    "code",
    "message",
    "display",
    "iter_all",
    "variants",
];

#[inline(always)]
pub fn from_code<C: Contestant>(codes: &[i32]) {
    for &code in codes {
        black_box(C::from_code(code));
    }
}

#[inline(always)]
pub fn lookup<C: Contestant>(codes: &[i32]) {
    for &code in codes {
        black_box(C::lookup(code));
    }
}

#[inline(always)]
pub fn code<C: Contestant>(variants: &[C]) {
    for &v in variants {
        black_box(black_box(v).code());
    }
}

#[inline(always)]
pub fn message<C: Contestant>(variants: &[C]) {
    for &v in variants {
        black_box(black_box(v).message());
    }
}

#[inline(always)]
pub fn display<C: Contestant>(variants: &[C], out: &mut String) {
    for &v in variants {
        out.clear();
        write!(out, "{}", black_box(v)).unwrap();
        black_box(&*out);
    }
}

#[inline(always)]
pub fn iter_all<C: Contestant>() {
    for v in C::all() {
        black_box(v);
    }
}

#[inline(always)]
pub fn variants<C: Contestant>() {
    for v in C::variants() {
        black_box(v);
    }
}
