//! Paired run time: every way of writing one catalog, timed in turn, in many short rounds.
//!
//! `benches/runtime.rs` (criterion) times each contestant in one stretch of about a second.
//! On a shared machine a stretch can fall in a slow spell: one loop, in one binary, measured
//! in two modes about 1.7x apart, and identical code (the derive's `ALL` and a hand-written
//! static array) came out 1.5x apart (BENCHMARKS.md). Here each round runs every contestant
//! of one operation once, in a random order, with the stack at one of several depths, for
//! about a millisecond each; a round's ratio compares contestants that ran within a few
//! milliseconds of each other, and the figure is the median over the rounds (and over the
//! copies of the 9-variant catalogs). A slow spell then moves one round, not the result.
//!
//! `cargo bench --bench paired [-- --rounds N] [FILTER]`: one table per way of the derive, of
//! its ratio to the baseline on the same representation (the derive on a plain enum over
//! hand-written code, on the peers' `#[repr(i32)]` enum over the peers), for every size and
//! shape whose
//! group (`OP/SIZE` or `OP/SIZE-SHAPE`, as in `runtime.rs`) contains FILTER. Under `cargo
//! test` (no `--bench` argument) it runs each loop once, as a check.

mod common;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use avsession_bench::{Contestant, Shape, XorShift};
use common::{Inputs, OPS};

/// One contestant's loop of one operation: runs it `iters` times and returns the time taken.
type Run = Box<dyn FnMut(u64) -> Duration>;

/// The contestants of one operation on one catalog (one copy of it).
struct Contest {
    /// `OP/SIZE` or `OP/SIZE-SHAPE`: copies of a catalog share it.
    group: String,
    size: usize,
    shape: &'static str,
    op: &'static str,
    runs: Vec<(&'static str, Run)>,
}

/// The ways of the derive, each compared with the baseline on the same enum: a plain enum
/// with hand-written code, a `#[repr(i32)]` enum with the peers.
const OURS: [(&str, &str); 2] = [("derive", "hand"), ("derive_repr", "peers")];
const TARGET: f64 = 1.10;

fn timed(mut f: impl FnMut() + 'static) -> Run {
    Box::new(move |iters| {
        let start = Instant::now();
        for _ in 0..iters {
            f();
        }
        start.elapsed()
    })
}

/// Every operation of contestant `C` on `inputs`, each with its inputs moved in.
fn runs_of<C: Contestant>(inputs: &Inputs, who: &'static str) -> Vec<Run> {
    let variants = inputs.variants::<C>(who);
    let (mixed, in_order) = (inputs.mixed.clone(), inputs.in_order.clone());
    let (mixed2, in_order2) = (mixed.clone(), in_order.clone());
    let (v1, v2, v3) = (variants.clone(), variants.clone(), variants);
    // `Display` writes into one of eight buffers in turn, so where the buffer lands (which
    // once held one contestant's `Display` at 1.6x for a whole process) is sampled, not fixed.
    let mut outs: Vec<String> = (0..8).map(|_| String::with_capacity(256)).collect();
    let mut turn = 0;
    vec![
        timed(move || common::from_code::<C>(&mixed)),
        timed(move || common::from_code::<C>(&in_order)),
        timed(move || common::lookup::<C>(&mixed2)),
        timed(move || common::lookup::<C>(&in_order2)),
        timed(move || common::code(&v1)),
        timed(move || common::message(&v2)),
        timed(move || {
            turn = (turn + 1) % outs.len();
            common::display(&v3, &mut outs[turn]);
        }),
        timed(common::iter_all::<C>),
        timed(common::variants::<C>),
    ]
}

/// The contests of one catalog, written four ways.
fn catalog<D: Contestant, R: Contestant, H: Contestant, P: Contestant>(
    inputs: &Inputs,
) -> Vec<Contest> {
    let mut ways = [
        ("derive", runs_of::<D>(inputs, "derive")),
        ("derive_repr", runs_of::<R>(inputs, "derive_repr")),
        ("hand", runs_of::<H>(inputs, "hand")),
        ("peers", runs_of::<P>(inputs, "peers")),
    ]
    .map(|(who, runs)| (who, runs.into_iter()));
    OPS.iter()
        .map(|&op| Contest {
            group: format!("{op}/{}", inputs.group),
            size: inputs.size,
            shape: inputs.shape.name(),
            op,
            runs: ways
                .iter_mut()
                .map(|(who, runs)| (*who, runs.next().expect("a run per operation")))
                .collect(),
        })
        .collect()
}

/// `contestants!` as `every_bench.rs` (written by `build.rs`) calls it.
macro_rules! contestants {
    ($c:expr, $inputs:expr, $suffix:literal, $derive:ident, $repr:ident, $hand:ident, $peers:ident) => {{
        $c.extend(catalog::<
            avsession_bench::$derive::E,
            avsession_bench::$repr::E,
            avsession_bench::$hand::E,
            avsession_bench::$peers::E,
        >($inputs));
    }};
}

/// `copy!` as `runtime.rs` calls it for the copies of the 9-variant catalogs; here every
/// round picks its own stack depth (`at_depth`), so the copies run at the same ones.
macro_rules! copy {
    ($c:expr, $inputs:expr, $suffix:literal, $pad:literal, $($kinds:ident),*) => {
        contestants!($c, $inputs, $suffix, $($kinds),*)
    };
}

fn contests() -> Vec<Contest> {
    let mut c = Vec::new();
    include!(concat!(env!("OUT_DIR"), "/every_bench.rs"));
    c
}

/// Runs `f` with the stack `PAD` bytes deeper: rounds rotate through the depths, so that
/// where the loops' `black_box` stores land is sampled, not fixed.
#[inline(never)]
fn deeper<const PAD: usize>(f: &mut dyn FnMut() -> Duration) -> Duration {
    let pad = [0u8; PAD];
    black_box(&pad);
    let t = f();
    black_box(&pad);
    t
}

fn at_depth(round: usize, f: &mut dyn FnMut() -> Duration) -> Duration {
    match round % 8 {
        0 => deeper::<0>(f),
        1 => deeper::<16>(f),
        2 => deeper::<32>(f),
        3 => deeper::<48>(f),
        4 => deeper::<528>(f),
        5 => deeper::<1072>(f),
        6 => deeper::<2096>(f),
        _ => deeper::<3120>(f),
    }
}

/// Iterations that take at least `batch`.
fn calibrate(run: &mut Run, batch: Duration) -> u64 {
    let mut iters = 1;
    while run(iters) < batch && iters < 1 << 40 {
        iters *= 2;
    }
    iters
}

/// Per contestant, its time per iteration (ns) in each round.
fn measure(
    contest: &mut Contest,
    rounds: usize,
    batch: Duration,
    rng: &mut XorShift,
) -> BTreeMap<&'static str, Vec<f64>> {
    let iters: Vec<u64> = contest
        .runs
        .iter_mut()
        .map(|(_, run)| calibrate(run, batch))
        .collect();
    let mut times: BTreeMap<&'static str, Vec<f64>> = BTreeMap::new();
    let mut order: Vec<usize> = (0..contest.runs.len()).collect();
    for round in 0..rounds {
        for i in (1..order.len()).rev() {
            order.swap(i, (rng.next() % (i as u64 + 1)) as usize);
        }
        for &i in &order {
            let (who, run) = &mut contest.runs[i];
            let n = iters[i];
            let t = at_depth(round, &mut || run(n));
            times
                .entry(*who)
                .or_default()
                .push(t.as_secs_f64() * 1e9 / n as f64);
        }
    }
    times
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// What the command line asks for.
struct Options {
    /// `--bench` (as `cargo bench` passes it): time; without it, run each loop once.
    timing: bool,
    rounds: usize,
    /// `--times`: also print each contestant's median time per iteration.
    times: bool,
    filter: Option<String>,
}

fn options() -> Options {
    use clap::{value_parser, Arg, ArgAction, Command};
    let matches = Command::new("paired")
        .about("The run-time contestants timed in turn, in short rounds")
        .arg(
            Arg::new("rounds")
                .long("rounds")
                .value_parser(value_parser!(u64).range(1..))
                .default_value("41")
                .help("rounds per operation and catalog"),
        )
        .arg(
            Arg::new("times")
                .long("times")
                .action(ArgAction::SetTrue)
                .help("also print each contestant's median time per iteration"),
        )
        .arg(
            Arg::new("bench")
                .long("bench")
                .action(ArgAction::SetTrue)
                .help("time (cargo bench passes it); without it, run each loop once"),
        )
        .arg(Arg::new("filter").help("only the groups (OP/SIZE-SHAPE) that contain it"))
        .get_matches();
    let rounds = *matches.get_one::<u64>("rounds").expect("a default");
    Options {
        timing: matches.get_flag("bench"),
        rounds: usize::try_from(rounds).unwrap_or(usize::MAX),
        times: matches.get_flag("times"),
        filter: matches.get_one::<String>("filter").cloned(),
    }
}

/// A row of the tables and its operation: (size, not `mix`, shape, op).
type Key = (usize, bool, &'static str, &'static str);
/// Per key and way of the derive, its paired ratio in every round of every copy.
type Ratios = BTreeMap<Key, BTreeMap<&'static str, Vec<f64>>>;

fn run(o: &Options) -> Ratios {
    let (rounds, batch) = if o.timing {
        (o.rounds, Duration::from_millis(1))
    } else {
        (1, Duration::ZERO)
    };
    let mut rng = XorShift(0x5DEE_CE66_D1CE_4E5B);
    let mut ratios = Ratios::new();
    for mut contest in contests() {
        if o.filter
            .as_ref()
            .is_some_and(|f| !contest.group.contains(f.as_str()))
        {
            continue;
        }
        let times = measure(&mut contest, rounds, batch, &mut rng);
        if o.times && o.timing {
            let medians: Vec<String> = times
                .iter()
                .map(|(who, t)| format!("{who} {:.1} ns", median(&mut t.clone())))
                .collect();
            println!("{}: {}", contest.group, medians.join(", "));
        }
        let key = (
            contest.size,
            contest.shape != "mix",
            contest.shape,
            contest.op,
        );
        let cell = ratios.entry(key).or_default();
        for (ours, base) in OURS {
            let paired = times[ours].iter().zip(&times[base]).map(|(t, b)| t / b);
            cell.entry(ours).or_default().extend(paired);
        }
    }
    ratios
}

/// One table per way of the derive; returns the cells over the target.
fn print(ratios: &mut Ratios) -> Vec<String> {
    let mut missed = Vec::new();
    let mut rows: Vec<(usize, bool, &str)> = ratios.keys().map(|k| (k.0, k.1, k.2)).collect();
    rows.dedup();
    for (ours, base) in OURS {
        println!("\n`{ours}` over `{base}`, median of the paired ratios\n");
        println!(
            "| size | shape | {} |",
            OPS.map(|op| format!("`{op}`")).join(" | ")
        );
        println!("|---:|---|{}", "---:|".repeat(OPS.len()));
        for &(size, other, shape) in &rows {
            let cells = OPS.map(|op| {
                let Some(cell) = ratios.get_mut(&(size, other, shape, op)) else {
                    return String::new();
                };
                let r = median(cell.get_mut(ours).expect("each way"));
                if r > TARGET {
                    missed.push(format!("{ours} {op}/{size} {shape}: {r:.2}x"));
                    format!("**{r:.2}x**")
                } else {
                    format!("{r:.2}x")
                }
            });
            println!("| {size} | {shape} | {} |", cells.join(" | "));
        }
    }
    missed
}

fn main() {
    let o = options();
    let started = Instant::now();
    let mut ratios = run(&o);
    if !o.timing {
        println!("paired: every loop ran once ({} cells)", ratios.len());
        return;
    }
    println!(
        "{} rounds per operation and copy, batches of at least 1 ms; {:.0} s in all",
        o.rounds,
        started.elapsed().as_secs_f64()
    );
    let missed = print(&mut ratios);
    let missed = if missed.is_empty() {
        "none".to_owned()
    } else {
        missed.join(", ")
    };
    println!("\nMissed (target at most {TARGET:.2}x the baseline on the same enum): {missed}");
}
