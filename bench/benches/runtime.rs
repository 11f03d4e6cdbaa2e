//! Run time of every operation, each catalog size, every way of writing the catalog.
//!
//! Group `OP/SIZE` (the `mix` shape of codes) or `OP/SIZE-SHAPE`, function `derive`, `hand` or
//! `peers`; one iteration runs the operation over a whole input sequence (1,024 items, or every
//! code for `*_in_order`).
//! `report.py` turns the results into the ratio tables of BENCHMARKS.md.

use std::collections::HashSet;
use std::fmt::Write as _;
use std::hint::black_box;
use std::time::Duration;

use avsession_bench::{codes_of, Contestant, Shape, XorShift};
use criterion::{criterion_group, criterion_main, Criterion};

const SEQUENCE: usize = 1024;

/// Inputs shared by every contestant of one size.
struct Inputs {
    size: usize,
    /// The group's suffix: the size, and the shape unless it is `mix`.
    group: String,
    /// 90% codes of the catalog, 10% codes near them that it does not have, shuffled.
    mixed: Vec<i32>,
    /// Every code, in declaration order.
    in_order: Vec<i32>,
}

impl Inputs {
    fn new(size: usize) -> Self {
        Self::of(Shape::Mix, size)
    }

    fn of(shape: Shape, size: usize) -> Self {
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
            group,
            mixed,
            in_order,
        }
    }
}

fn contestant<C: Contestant>(c: &mut Criterion, who: &str, inputs: &Inputs) {
    let (n, group) = (inputs.size, &inputs.group);
    let variants: Vec<C> = inputs
        .mixed
        .iter()
        .filter_map(|&code| C::from_code(code))
        .collect();
    assert_eq!(C::all().count(), n, "{who}: wrong number of variants");
    assert!(
        C::all().map(C::code).eq(C::variants().map(C::code)),
        "{who}: ALL and variants() differ"
    );
    assert_eq!(
        variants.len(),
        inputs
            .mixed
            .iter()
            .filter(|&&code| C::lookup(code).is_some())
            .count()
    );

    let codes = [("mixed", &inputs.mixed), ("in_order", &inputs.in_order)];
    for (order, codes) in codes {
        c.benchmark_group(format!("from_code_{order}/{group}"))
            .bench_function(who, |b| {
                b.iter(|| {
                    for &code in codes {
                        black_box(C::from_code(code));
                    }
                });
            });
        c.benchmark_group(format!("lookup_{order}/{group}"))
            .bench_function(who, |b| {
                b.iter(|| {
                    for &code in codes {
                        black_box(C::lookup(code));
                    }
                });
            });
    }
    c.benchmark_group(format!("code/{group}"))
        .bench_function(who, |b| {
            b.iter(|| {
                for &v in &variants {
                    black_box(black_box(v).code());
                }
            });
        });
    c.benchmark_group(format!("message/{group}"))
        .bench_function(who, |b| {
            b.iter(|| {
                for &v in &variants {
                    black_box(black_box(v).message());
                }
            });
        });
    c.benchmark_group(format!("display/{group}"))
        .bench_function(who, |b| {
            let mut out = String::with_capacity(256);
            b.iter(|| {
                for &v in &variants {
                    out.clear();
                    write!(out, "{}", black_box(v)).unwrap();
                    black_box(&out);
                }
            });
        });
    c.benchmark_group(format!("iter_all/{group}"))
        .bench_function(who, |b| {
            b.iter(|| {
                for v in C::all() {
                    black_box(v);
                }
            });
        });
    c.benchmark_group(format!("variants/{group}"))
        .bench_function(who, |b| {
            b.iter(|| {
                for v in C::variants() {
                    black_box(v);
                }
            });
        });
}

/// The ways of writing one catalog, on the same inputs: the derive, on a plain enum and on the
/// peers' (`derive_repr`), hand-written code and the peers; `$suffix` names a copy.
macro_rules! contestants {
    ($c:expr, $inputs:expr, $suffix:literal, $derive:ident, $repr:ident, $hand:ident, $peers:ident) => {{
        contestant::<avsession_bench::$derive::E>($c, concat!("derive", $suffix), $inputs);
        contestant::<avsession_bench::$repr::E>($c, concat!("derive_repr", $suffix), $inputs);
        contestant::<avsession_bench::$hand::E>($c, concat!("hand", $suffix), $inputs);
        contestant::<avsession_bench::$peers::E>($c, concat!("peers", $suffix), $inputs);
    }};
}

/// The copies of the 9-variant catalogs (`src/lib.rs`): function `derive_c2` and so on. Each
/// copy also runs with the stack `$pad` bytes deeper: where `black_box` stores land relative
/// to cache lines moved `message` and `from_code` at 9 variants by up to 1.4x (BENCHMARKS.md),
/// so the copies cover the four 16-byte positions in a 64-byte line.
macro_rules! copy {
    ($c:expr, $inputs:expr, $suffix:literal, $pad:literal, $($kinds:ident),*) => {
        deeper::<$pad>(|| contestants!($c, $inputs, $suffix, $($kinds),*))
    };
}

/// Runs `f` with `PAD` more bytes of this frame on the stack above it.
#[inline(never)]
fn deeper<const PAD: usize>(f: impl FnOnce()) {
    let pad = [0u8; PAD];
    black_box(&pad);
    f();
    black_box(&pad);
}

fn all_sizes(c: &mut Criterion) {
    let nine = Inputs::new(9);
    contestants!(c, &nine, "", derive_9, derive_repr_9, hand_9, peers_9);
    copy!(
        c,
        &nine,
        "_c2",
        16,
        derive_9_c2,
        derive_repr_9_c2,
        hand_9_c2,
        peers_9_c2
    );
    copy!(
        c,
        &nine,
        "_c3",
        32,
        derive_9_c3,
        derive_repr_9_c3,
        hand_9_c3,
        peers_9_c3
    );
    copy!(
        c,
        &nine,
        "_c4",
        48,
        derive_9_c4,
        derive_repr_9_c4,
        hand_9_c4,
        peers_9_c4
    );
    contestants!(
        c,
        &Inputs::new(1000),
        "",
        derive_1000,
        derive_repr_1000,
        hand_1000,
        peers_1000
    );
    // Every shape of codes at 100 and 1,000 variants (`build.rs`).
    include!(concat!(env!("OUT_DIR"), "/shapes_bench.rs"));
    #[cfg(feature = "large")]
    contestants!(
        c,
        &Inputs::new(10000),
        "",
        derive_10000,
        derive_repr_10000,
        hand_10000,
        peers_10000
    );
}

fn config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_secs(1))
        .sample_size(30)
}

criterion_group! {
    name = benches;
    config = config();
    targets = all_sizes
}
criterion_main!(benches);
