//! Generates the benchmark catalogs: the same codes and texts written three (four) ways.
//!
//! One source for both benchmarks: `build.rs` includes this file as a module for the run-time
//! benchmark, and `compile_time.py` compiles `gen/main.rs` (which includes it too) with plain
//! `rustc` to write the crates it times.

use std::fmt::Write as _;

/// The ways a catalog is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `#[derive(ErrorCatalog)]`, beside std's `#[derive(Debug)]` as the others have.
    Derive,
    /// `#[derive(ErrorCatalog)]` with `#[catalog(debug)]` instead of std's `Debug` (compile
    /// time only: the run-time operations are the same code as `Derive`'s).
    DeriveDebug,
    /// `#[derive(ErrorCatalog)]` on the enum as the peers write it: `#[repr(i32)]`, the codes
    /// as discriminants, as a binding of a C enum has them.
    DeriveRepr,
    /// Hand-written: one `match` per accessor and a static array of all variants.
    Hand,
    /// What users combine today: num_enum `TryFromPrimitive` (the code as the discriminant),
    /// strum `EnumMessage` + `EnumIter` and thiserror `Display`.
    Peers,
}

impl Kind {
    /// The run-time benchmark's.
    pub const ALL: [Kind; 4] = [Kind::Derive, Kind::DeriveRepr, Kind::Hand, Kind::Peers];
    /// The compile-time benchmark's.
    pub const TIMED: [Kind; 4] = [Kind::Derive, Kind::DeriveDebug, Kind::Hand, Kind::Peers];
    /// Every kind `gen` writes.
    pub const EVERY: [Kind; 5] = [
        Kind::Derive,
        Kind::DeriveDebug,
        Kind::DeriveRepr,
        Kind::Hand,
        Kind::Peers,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Derive => "derive",
            Kind::DeriveDebug => "derive_debug",
            Kind::DeriveRepr => "derive_repr",
            Kind::Hand => "hand",
            Kind::Peers => "peers",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::EVERY.into_iter().find(|kind| kind.name() == name)
    }
}

/// How the codes of a catalog are spread.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// OpenHarmony-like codes: seven digits, the first half in dense runs of 500 consecutive
    /// codes (6600101.., 6601101.., ...), the second half in blocks of 20 with gaps of 1 to 16
    /// (6611000.., 6612000.., ...).
    Mix,
    /// Every code alone: gaps of 100 to 2,000 between neighbours, at random.
    Isolated,
    /// One dense run of consecutive codes from 6600101.
    Dense,
    /// Many short runs: 2 to 8 consecutive codes, then a gap of 40 to 400.
    Runs,
    /// Codes spread over the whole `i32` range (`i32::MIN` and `i32::MAX` included, 0 left
    /// out: it means success), declared in no particular order.
    Wide,
    /// The first half as `Mix`'s dense runs, the second half isolated codes 100 to 2,000
    /// apart.
    Split,
}

impl Shape {
    /// Every shape, the compile-time benchmark's order.
    pub const ALL: [Shape; 6] = [
        Shape::Mix,
        Shape::Isolated,
        Shape::Dense,
        Shape::Runs,
        Shape::Wide,
        Shape::Split,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Shape::Mix => "mix",
            Shape::Isolated => "isolated",
            Shape::Dense => "dense",
            Shape::Runs => "runs",
            Shape::Wide => "wide",
            Shape::Split => "split",
        }
    }

    pub fn parse(name: &str) -> Option<Shape> {
        Shape::ALL.into_iter().find(|shape| shape.name() == name)
    }
}

/// `n` codes in dense runs of 500 (6600101.., 6601101.., ...): `mix`'s and `split`'s first half.
fn dense_runs(out: &mut Vec<i32>, n: usize) {
    for i in 0..n {
        let (run, at) = (i / 500, i % 500);
        out.push(6_600_101 + 1000 * run as i32 + at as i32);
    }
}

/// `n` codes from `start`, each 100 to 2,000 after the one before.
fn isolated(out: &mut Vec<i32>, rng: &mut XorShift, start: i32, n: usize) {
    let mut code = start;
    for _ in 0..n {
        out.push(code);
        code += 100 + (rng.next() % 1901) as i32;
    }
}

/// `n` distinct codes of the given shape, in declaration order. Deterministic.
pub fn codes_of(shape: Shape, n: usize) -> Vec<i32> {
    let mut out = Vec::with_capacity(n);
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    match shape {
        Shape::Mix => {
            dense_runs(&mut out, n - n / 2);
            let mut block = 0;
            while out.len() < n {
                let mut code = 6_611_000 + 1000 * block;
                for _ in 0..20 {
                    if out.len() == n {
                        break;
                    }
                    out.push(code);
                    code += 1 + (rng.next() % 16) as i32;
                }
                block += 1;
            }
        }
        Shape::Isolated => isolated(&mut out, &mut rng, 1_000_000, n),
        Shape::Dense => out.extend((0..n).map(|i| 6_600_101 + i as i32)),
        Shape::Runs => {
            let mut code = 6_600_101;
            while out.len() < n {
                let len = 2 + (rng.next() % 7) as usize;
                for _ in 0..len.min(n - out.len()) {
                    out.push(code);
                    code += 1;
                }
                code += 40 + (rng.next() % 361) as i32;
            }
        }
        Shape::Wide => {
            let mut seen = std::collections::HashSet::from([0]);
            for code in [i32::MIN, i32::MAX, -1, 1] {
                if out.len() < n && seen.insert(code) {
                    out.push(code);
                }
            }
            while out.len() < n {
                let code = rng.next() as u32 as i32;
                if seen.insert(code) {
                    out.push(code);
                }
            }
        }
        Shape::Split => {
            dense_runs(&mut out, n - n / 2);
            isolated(&mut out, &mut rng, 7_000_000, n / 2);
        }
    }
    out
}

/// A small deterministic generator, also used for the benchmark's input sequences.
pub struct XorShift(pub u64);

impl XorShift {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
}

fn message(i: usize, code: i32) -> String {
    format!("Error {code}: the operation failed because resource {i} is unavailable.")
}

fn title(i: usize) -> String {
    format!("Resource {i} Unavailable")
}

fn description(i: usize) -> String {
    format!(
        "This error code is reported when resource {i} cannot be reached: the service that \
         owns it did not answer in time, so the request was rejected."
    )
}

/// One to three causes, as imported pages' entries have (1.4 on average in the kits).
fn causes(i: usize) -> Vec<String> {
    (1..=1 + i % 3)
        .map(|k| {
            format!(
                "Cause {k}: resource {i} is held by another process, or its service is restarting."
            )
        })
        .collect()
}

/// One to three solution steps.
fn solutions(i: usize) -> Vec<String> {
    (1..=1 + (i / 3) % 3)
        .map(|k| format!("Step {k}: check that resource {i} is free, release it where it is held, and try again."))
        .collect()
}

/// The zh-CN texts: nine codes in ten are translated (94% of the shipped kits' codes are).
fn zh(i: usize, code: i32) -> Option<Texts> {
    (i % 10 != 9).then(|| Texts {
        title: format!("资源{i}不可用"),
        message: format!("错误{code}：资源{i}不可用，操作失败。"),
        description: format!("资源{i}无法访问时上报此错误码：其所属服务未及时响应，请求被拒绝。"),
        causes: (1..=1 + i % 3)
            .map(|k| format!("原因{k}：资源{i}被其他进程占用，或其服务正在重启。"))
            .collect(),
        solutions: (1..=1 + (i / 3) % 3)
            .map(|k| format!("步骤{k}：确认资源{i}空闲，在占用处释放后重试。"))
            .collect(),
    })
}

/// The cases of a code: one code in a hundred is split into three.
fn cases(i: usize) -> Vec<(String, String, String, String)> {
    if i % 100 != 50 {
        return Vec::new();
    }
    (1..=3)
        .map(|k| {
            (
                format!("Resource {i} in use, case {k}"),
                format!("Resource {i} is in use (case {k})."),
                format!("Case {k}: another process opened resource {i} first."),
                format!("Case {k}: close resource {i} in the other process."),
            )
        })
        .collect()
}

/// A code's texts in one language.
struct Texts {
    title: String,
    message: String,
    description: String,
    causes: Vec<String>,
    solutions: Vec<String>,
}

fn texts(i: usize, code: i32) -> Texts {
    Texts {
        title: title(i),
        message: message(i, code),
        description: description(i),
        causes: causes(i),
        solutions: solutions(i),
    }
}

/// `cause = "...", solution = "..."` keys of an attribute.
fn list_keys(texts: &Texts) -> String {
    let mut out = String::new();
    for cause in &texts.causes {
        let _ = write!(out, ", cause = {cause:?}");
    }
    for solution in &texts.solutions {
        let _ = write!(out, ", solution = {solution:?}");
    }
    out
}

/// `&["a", "b"]`.
fn str_slice(items: &[String]) -> String {
    let items: Vec<String> = items.iter().map(|item| format!("{item:?}")).collect();
    format!("&[{}]", items.join(", "))
}

/// The items of one catalog of the `mix` shape, enum `E`, written as `kind`.
pub fn catalog(kind: Kind, n: usize) -> String {
    catalog_of(kind, Shape::Mix, n)
}

/// The items of one catalog, enum `E`, of `n` codes of `shape`, written as `kind`: every code
/// with a title, a message, a description, one to three causes and solution steps, nine in ten
/// with zh-CN texts, one in a hundred split into three cases (as imported pages' codes).
pub fn catalog_of(kind: Kind, shape: Shape, n: usize) -> String {
    let codes = codes_of(shape, n);
    let mut s = String::with_capacity(n * 1600);
    match kind {
        Kind::Derive | Kind::DeriveDebug | Kind::DeriveRepr => derive(&mut s, &codes, kind),
        Kind::Hand => hand(&mut s, &codes),
        Kind::Peers => peers(&mut s, &codes),
    }
    s
}

fn derive(s: &mut String, codes: &[i32], kind: Kind) {
    // `#[catalog(debug)]` in place of std's `Debug` derive, or std's.
    let (std_debug, catalog_debug) = if kind == Kind::DeriveDebug {
        ("", ", debug")
    } else {
        ("Debug, ", "")
    };
    let _ = writeln!(
        s,
        "#[derive({std_debug}Clone, Copy, PartialEq, Eq, ::avsession_codes::ErrorCatalog)]"
    );
    let _ = writeln!(
        s,
        "#[catalog(name = \"Bench\", locales = [\"zh-CN\"], partial = [\"zh-CN\"]{catalog_debug})]"
    );
    if kind == Kind::DeriveRepr {
        s.push_str("#[repr(i32)]\n");
    }
    s.push_str("pub enum E {\n");
    for (i, &code) in codes.iter().enumerate() {
        let t = texts(i, code);
        let _ = writeln!(
            s,
            "    #[code({code}, title = {:?}, message = {:?}, description = {:?}{})]",
            t.title,
            t.message,
            t.description,
            list_keys(&t)
        );
        if let Some(zh) = zh(i, code) {
            let _ = writeln!(
                s,
                "    #[translation(\"zh-CN\", title = {:?}, message = {:?}, description = {:?}{})]",
                zh.title,
                zh.message,
                zh.description,
                list_keys(&zh)
            );
        }
        for (title, message, cause, solution) in cases(i) {
            let _ = writeln!(
                s,
                "    #[case(title = {title:?}, message = {message:?}, cause = {cause:?}, solution = {solution:?})]"
            );
        }
        if kind == Kind::DeriveRepr {
            let _ = writeln!(s, "    V{i} = {code},");
        } else {
            let _ = writeln!(s, "    V{i},");
        }
    }
    s.push_str("}\n");
}

fn plain_enum(s: &mut String, codes: &[i32]) {
    s.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum E {\n");
    for i in 0..codes.len() {
        let _ = writeln!(s, "    V{i},");
    }
    s.push_str("}\n");
}

/// The types of the hand-written catalogs (the runtime crate's `Entry` is sealed, so
/// hand-written code has its own): an entry with every field, its zh-CN texts and cases.
fn entry_struct(s: &mut String) {
    s.push_str(
        "#[derive(Debug)]\npub struct Texts {\n    pub title: &'static str,\n    \
         pub message: &'static str,\n    pub description: &'static str,\n    \
         pub causes: &'static [&'static str],\n    pub solutions: &'static [&'static str],\n}\n\
         #[derive(Debug)]\npub struct Case {\n    pub title: &'static str,\n    \
         pub message: &'static str,\n    pub causes: &'static [&'static str],\n    \
         pub solutions: &'static [&'static str],\n}\n\
         #[derive(Debug)]\npub struct Entry {\n    pub code: i32,\n    pub name: &'static str,\n    \
         pub title: ::core::option::Option<&'static str>,\n    pub message: &'static str,\n    \
         pub description: ::core::option::Option<&'static str>,\n    \
         pub causes: &'static [&'static str],\n    pub solutions: &'static [&'static str],\n    \
         pub cases: &'static [Case],\n    pub zh: ::core::option::Option<&'static Texts>,\n}\n",
    );
}

fn texts_literal(t: &Texts) -> String {
    format!(
        "Texts {{ title: {:?}, message: {:?}, description: {:?}, causes: {}, solutions: {} }}",
        t.title,
        t.message,
        t.description,
        str_slice(&t.causes),
        str_slice(&t.solutions)
    )
}

fn entries_static(s: &mut String, codes: &[i32]) {
    let _ = writeln!(s, "pub static ENTRIES: [Entry; {}] = [", codes.len());
    for (i, &code) in codes.iter().enumerate() {
        let t = texts(i, code);
        let zh = zh(i, code).map_or_else(
            || "None".to_owned(),
            |zh| format!("Some(&{})", texts_literal(&zh)),
        );
        let cases: Vec<String> = cases(i)
            .into_iter()
            .map(|(title, message, cause, solution)| {
                format!(
                    "Case {{ title: {title:?}, message: {message:?}, causes: &[{cause:?}], solutions: &[{solution:?}] }}"
                )
            })
            .collect();
        let _ = writeln!(
            s,
            "    Entry {{ code: {code}, name: \"V{i}\", title: Some({:?}), message: {:?}, \
             description: Some({:?}), causes: {}, solutions: {}, cases: &[{}], zh: {zh} }},",
            t.title,
            t.message,
            t.description,
            str_slice(&t.causes),
            str_slice(&t.solutions),
            cases.join(", ")
        );
    }
    s.push_str("];\n");
}

fn all_const(s: &mut String, codes: &[i32]) {
    s.push_str("    pub const ALL: &'static [E] = &[");
    for i in 0..codes.len() {
        let _ = write!(s, "E::V{i}, ");
    }
    s.push_str("];\n");
}

fn display_and_error(s: &mut String) {
    s.push_str(
        "impl ::core::fmt::Display for E {\n    \
         fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {\n        \
         f.write_str(self.message())\n    }\n}\n\
         impl ::core::error::Error for E {}\n",
    );
}

/// One `match self` accessor of the hand-written catalog: `pub const fn NAME(&self) -> TYPE`.
fn accessor(s: &mut String, name: &str, ty: &str, arms: impl Iterator<Item = String>) {
    let _ = writeln!(
        s,
        "    pub const fn {name}(&self) -> {ty} {{\n        match self {{"
    );
    for (i, value) in arms.enumerate() {
        let _ = writeln!(s, "            E::V{i} => {value},");
    }
    s.push_str("        }\n    }\n");
}

fn hand(s: &mut String, codes: &[i32]) {
    plain_enum(s, codes);
    entry_struct(s);
    entries_static(s, codes);
    s.push_str("impl E {\n");
    all_const(s, codes);
    let all: Vec<Texts> = codes
        .iter()
        .enumerate()
        .map(|(i, &c)| texts(i, c))
        .collect();
    accessor(s, "code", "i32", codes.iter().map(i32::to_string));
    accessor(
        s,
        "message",
        "&'static str",
        all.iter().map(|t| format!("{:?}", t.message)),
    );
    accessor(
        s,
        "title",
        "&'static str",
        all.iter().map(|t| format!("{:?}", t.title)),
    );
    accessor(
        s,
        "description",
        "&'static str",
        all.iter().map(|t| format!("{:?}", t.description)),
    );
    accessor(
        s,
        "causes",
        "&'static [&'static str]",
        all.iter().map(|t| str_slice(&t.causes)),
    );
    accessor(
        s,
        "solutions",
        "&'static [&'static str]",
        all.iter().map(|t| str_slice(&t.solutions)),
    );
    s.push_str("    pub const fn from_code(code: i32) -> ::core::option::Option<E> {\n        match code {\n");
    for (i, &code) in codes.iter().enumerate() {
        let _ = writeln!(s, "            {code} => Some(E::V{i}),");
    }
    s.push_str("            _ => None,\n        }\n    }\n");
    s.push_str(
        "    pub fn lookup(code: i32) -> ::core::option::Option<&'static Entry> {\n        match code {\n",
    );
    for (i, &code) in codes.iter().enumerate() {
        let _ = writeln!(s, "            {code} => Some(&ENTRIES[{i}]),");
    }
    s.push_str("            _ => None,\n        }\n    }\n");
    s.push_str(
        "    pub fn entry(&self) -> &'static Entry {\n        &ENTRIES[*self as usize]\n    }\n}\n",
    );
    display_and_error(s);
}

/// The peers' enum: strum's `message` and `detailed_message` hold the message and the title,
/// its `props` every other text (`description`, `cause1`.., `solution1`.., `zh_title`, ...).
fn peers(s: &mut String, codes: &[i32]) {
    s.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, ::num_enum::TryFromPrimitive, \
         ::strum::EnumMessage, ::strum::EnumProperty, ::strum::EnumIter, ::thiserror::Error)]\n\
         #[repr(i32)]\npub enum E {\n",
    );
    for (i, &code) in codes.iter().enumerate() {
        let t = texts(i, code);
        let mut props = vec![format!("description = {:?}", t.description)];
        let numbered = |props: &mut Vec<String>, prefix: &str, key: &str, items: &[String]| {
            for (k, item) in (1..).zip(items) {
                props.push(format!("{prefix}{key}{k} = {item:?}"));
            }
        };
        numbered(&mut props, "", "cause", &t.causes);
        numbered(&mut props, "", "solution", &t.solutions);
        if let Some(zh) = zh(i, code) {
            props.push(format!("zh_title = {:?}", zh.title));
            props.push(format!("zh_message = {:?}", zh.message));
            props.push(format!("zh_description = {:?}", zh.description));
            numbered(&mut props, "zh_", "cause", &zh.causes);
            numbered(&mut props, "zh_", "solution", &zh.solutions);
        }
        for (k, (title, message, cause, solution)) in (1..).zip(cases(i)) {
            props.push(format!("case{k}_title = {title:?}"));
            props.push(format!("case{k}_message = {message:?}"));
            props.push(format!("case{k}_cause1 = {cause:?}"));
            props.push(format!("case{k}_solution1 = {solution:?}"));
        }
        let _ = writeln!(
            s,
            "    #[strum(message = {:?}, detailed_message = {:?}, props({}))]\n    #[error({:?})]\n    V{i} = {code},",
            t.message,
            t.title,
            props.join(", "),
            t.message
        );
    }
    s.push_str("}\n");
}

/// A crate for the compile-time benchmark: the catalog, and one function that uses every
/// benchmarked operation, so `cargo build` generates their code.
pub fn timed_crate(kind: Kind, shape: Shape, n: usize) -> String {
    let mut s = String::from("#![allow(missing_docs, clippy::all)]\n");
    s.push_str(&catalog_of(kind, shape, n));
    s.push_str(
        "\npub fn exercise(codes: &[i32], out: &mut ::std::string::String) -> usize {\n    \
         use ::core::fmt::Write as _;\n",
    );
    if kind == Kind::Peers {
        s.push_str(
            "    use ::strum::{EnumMessage as _, EnumProperty as _, IntoEnumIterator as _};\n",
        );
    }
    s.push_str("    let mut n = 0usize;\n    for &c in codes {\n");
    let (from_code, lookup, code, message, lists) = match kind {
        Kind::Peers => (
            "E::try_from(c).ok()",
            "E::try_from(c).ok().and_then(|e| e.get_message())",
            "e as i32",
            "e.get_message().unwrap_or(\"\")",
            "e.get_str(\"cause1\").map_or(0, str::len) + e.get_str(\"solution1\").map_or(0, str::len)",
        ),
        _ => (
            "E::from_code(c)",
            "E::lookup(c).map(|e| e.message)",
            "e.code()",
            "e.message()",
            "e.causes().len() + e.solutions().len()",
        ),
    };
    let all = match kind {
        Kind::Peers => "E::iter()",
        Kind::Hand => "E::ALL.iter().copied()",
        Kind::Derive | Kind::DeriveDebug | Kind::DeriveRepr => "E::variants()",
    };
    let _ = write!(
        s,
        "        if let Some(e) = {from_code} {{\n            \
         n += ({code}) as usize + {message}.len() + {lists};\n            \
         let _ = write!(out, \"{{e}}\");\n        }}\n        \
         n += {lookup}.map_or(0, str::len);\n    }}\n    \
         for e in {all} {{\n        n ^= ({code}) as usize;\n    }}\n    n\n}}\n"
    );
    s
}
