//! Run time of every operation, each catalog size, every way of writing the catalog.
//!
//! Group `OP/SIZE` (the `mix` shape of codes) or `OP/SIZE-SHAPE`, function `derive`,
//! `derive_repr`, `hand` or `peers`; one iteration runs the operation (`common`) over a whole
//! input sequence (1,024 items, or every code for `*_in_order`). Each contestant runs in one
//! stretch; `paired.rs` runs them in turn, in short rounds.
//! `report.py` turns the results into the ratio tables of BENCHMARKS.md.

// `paired.rs` also reads what this one does not (`Inputs::shape`, `OPS`).
#[allow(dead_code)]
mod common;

use std::hint::black_box;
use std::time::Duration;

use avsession_bench::{Contestant, Shape};
use common::Inputs;
use criterion::{criterion_group, criterion_main, Criterion};

fn contestant<C: Contestant>(c: &mut Criterion, who: &str, inputs: &Inputs) {
    let group = &inputs.group;
    let variants = inputs.variants::<C>(who);
    let codes = [("mixed", &inputs.mixed), ("in_order", &inputs.in_order)];
    for (order, codes) in codes {
        c.benchmark_group(format!("from_code_{order}/{group}"))
            .bench_function(who, |b| b.iter(|| common::from_code::<C>(codes)));
        c.benchmark_group(format!("lookup_{order}/{group}"))
            .bench_function(who, |b| b.iter(|| common::lookup::<C>(codes)));
    }
    c.benchmark_group(format!("code/{group}"))
        .bench_function(who, |b| b.iter(|| common::code(&variants)));
    c.benchmark_group(format!("message/{group}"))
        .bench_function(who, |b| b.iter(|| common::message(&variants)));
    c.benchmark_group(format!("display/{group}"))
        .bench_function(who, |b| {
            let mut out = String::with_capacity(256);
            b.iter(|| common::display(&variants, &mut out));
        });
    c.benchmark_group(format!("iter_all/{group}"))
        .bench_function(who, |b| b.iter(common::iter_all::<C>));
    c.benchmark_group(format!("variants/{group}"))
        .bench_function(who, |b| b.iter(common::variants::<C>));
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
    // Every catalog (`build.rs`): 9 variants and its copies, `mix` at 1,000 (and 10,000 with
    // `large`), every shape at 100 and 1,000.
    include!(concat!(env!("OUT_DIR"), "/every_bench.rs"));
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
