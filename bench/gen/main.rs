//! `gen KIND SIZE`: prints the crate that `compile_time.py` times (see `lib.rs`).

#[path = "lib.rs"]
#[allow(dead_code)]
mod gen;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen derive|derive_debug|derive_repr|hand|peers SIZE";
    let [kind, size] = args.as_slice() else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let (Some(kind), Ok(size)) = (gen::Kind::parse(kind), size.parse()) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    print!("{}", gen::timed_crate(kind, size));
}
