//! `gen KIND SIZE`: prints the crate that `compile_time.py` times (see `lib.rs`).

#[path = "lib.rs"]
#[allow(dead_code)]
mod gen;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gen derive|derive_debug|derive_repr|hand|peers SIZE \
                 [mix|isolated|dense|runs|wide|split]";
    let (kind, size, shape) = match args.as_slice() {
        [kind, size] => (kind, size, "mix"),
        [kind, size, shape] => (kind, size, shape.as_str()),
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    };
    let (Some(kind), Ok(size), Some(shape)) = (
        gen::Kind::parse(kind),
        size.parse(),
        gen::Shape::parse(shape),
    ) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    print!("{}", gen::timed_crate(kind, shape, size));
}
