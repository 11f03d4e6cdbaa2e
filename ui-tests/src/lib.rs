//! Hygiene of `#[derive(ErrorCatalog)]`: catalogs derived in a `no_std` crate without the
//! prelude, beside local items named like everything the generated code refers to, under the
//! strictest lints. The generated code builds here only if every path it uses is absolute.
//!
//! The trybuild cases live in `tests/ui/`; the runtime crate under another name is checked by
//! the `renamed/` crate beside this one.
#![no_std]
#![no_implicit_prelude]
#![deny(warnings, missing_docs, unused_qualifications, clippy::pedantic)]

pub use ::avsession_codes_renamed_test as renamed;

// Modules that shadow the crates the generated code names: it must write `::core`, never
// `core`.
mod avsession_codes {}
mod core {}
mod std {}

/// Shadows `core::option::Option`.
pub struct Option;
/// Shadows `Option::Some`, in the type and the value namespace.
pub struct Some;
/// Shadows `core::result::Result`.
pub struct Result;
/// Shadows `Result::Ok`, in the type and the value namespace.
pub struct Ok;
/// Shadows `avsession_codes::Entry`.
pub struct Entry;
/// Shadows `core::error::Error`.
pub struct Error;
/// Shadows `avsession_codes::Catalog`.
pub struct Catalog;

/// A unit catalog with a range and every key.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::avsession_codes::ErrorCatalog,
)]
#[catalog(
    name = "Hygiene",
    title = "Hygiene Error Codes",
    note = "Derived without the prelude.",
    range = 100..=199,
    url = "https://example.com/{code}",
    locales = ["zh-CN"],
    partial = ["zh-CN"],
    layout = "# {title}\n{entries}"
)]
#[translation("zh-CN", title = "卫生错误码", note = "不用预导入派生。")]
pub enum Unit {
    /// The first code.
    #[code(
        101,
        message = "First.",
        title = "First",
        description = "The first code.",
        cause = "One cause.",
        cause = "Another cause.",
        solution = "A solution.",
        since = 12,
        system_api,
        constant = "HYGIENE_FIRST",
        layout = "\n## {code} {title}\n\n{message}\n"
    )]
    #[translation(
        "zh-CN",
        title = "第一",
        cause = "一个原因。",
        layout = "\n## {code} {title}\n"
    )]
    First,
    /// The second code, deprecated.
    #[deprecated = "a deprecated code"]
    #[code(102, message = "Second.")]
    Second,
    /// A code split into cases, shown by its first case's message, without a title.
    #[code(104)]
    #[case(
        title = "1. The first case",
        message = "Third, first case.",
        description = "The first case.",
        cause = "A cause.",
        solution = "A solution."
    )]
    #[case(title = "2. The second case", message = "Third, second case.")]
    #[translation("zh-CN")]
    #[case("zh-CN", title = "1. 第一种情况", message = "Third, first case.")]
    Third,
    /// A code after a gap: with it the codes are a sparse cluster, which `from_code` reads from
    /// a table of `Option<Unit>`.
    #[code(110, message = "Tenth.")]
    Tenth,
}

/// Data variants, formatted with `display`, one with a source; `Debug` from the derive.
#[derive(::avsession_codes::ErrorCatalog)]
#[catalog(range = 200..300, debug)]
pub enum Data {
    /// Formatting failed.
    #[code(
        201,
        message = "Formatting failed.",
        display = "formatting {what} failed: {source}"
    )]
    Format {
        /// What was being formatted.
        what: &'static str,
        /// The error of the formatter.
        #[source]
        source: ::core::fmt::Error,
    },
    /// A tuple variant.
    #[code(202, message = "Tuple.", display = "tuple {0} of {1:?}")]
    Tuple(u8, &'static str),
    /// A variant with fields and the plain message.
    #[code(203, message = "Plain.")]
    Plain {
        /// A field that `display` does not use.
        detail: u32,
    },
    /// A unit variant.
    #[code(204, message = "Unit.")]
    Unit,
}

/// A catalog composed of another and codes of its own; `Debug` from the derive.
#[derive(
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::avsession_codes::ErrorCatalog,
)]
#[catalog(name = "Composed", debug)]
pub enum Composed {
    /// The codes of [`Unit`].
    #[code(transparent)]
    Unit(Unit),
    /// A code of its own.
    #[code(300, message = "Own.")]
    Own,
    /// The codes of [`Nested`], in a named field.
    #[code(transparent)]
    Nested {
        /// The wrapped error.
        inner: Nested,
    },
}

/// A catalog wrapped by [`Composed`].
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::avsession_codes::ErrorCatalog,
)]
pub enum Nested {
    /// A negative code.
    #[code(-1, message = "Negative.")]
    Negative,
}

/// A generic catalog: a lifetime, a type and a const parameter, and a where clause; `Debug`
/// from the derive.
#[derive(::avsession_codes::ErrorCatalog)]
#[catalog(debug)]
pub enum Generic<'a, T: ::core::fmt::Debug, const N: usize>
where
    T: ::core::clone::Clone,
{
    /// Borrows a name.
    #[code(401, message = "Name.", display = "name {0}")]
    Name(&'a str),
    /// Holds a value.
    #[code(402, message = "Value.", display = "value {value:?}")]
    Value {
        /// The value.
        value: T,
    },
    /// Holds an array.
    #[code(403, message = "Array.")]
    Array([u8; N]),
}

/// A catalog whose `Display` and `Error` are written by hand.
#[derive(::core::fmt::Debug, ::avsession_codes::ErrorCatalog)]
#[catalog(skip_display)]
pub enum Manual {
    /// The only code.
    #[code(501, message = "Manual.")]
    Only,
}

impl ::core::fmt::Display for Manual {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::write!(f, "[{}] {}", self.code(), self.message())
    }
}

impl ::core::error::Error for Manual {}

/// A catalog whose discriminants are its codes, as in a binding of a C enum: `from_code` and
/// `code()` are then `match`es on the codes.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::avsession_codes::ErrorCatalog,
)]
#[repr(i32)]
pub enum Mirrored {
    /// A code.
    #[code(601, message = "Six hundred one.")]
    SixHundredOne = 601,
    /// The code after it.
    #[code(602, message = "Six hundred two.")]
    SixHundredTwo,
}

/// Discriminants that are the codes, in more clusters than the slot tables take: a variant's
/// row is then found from its code through a perfect hash.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::marker::Copy,
    ::core::cmp::PartialEq,
    ::avsession_codes::ErrorCatalog,
)]
#[repr(i32)]
pub enum MirroredSpread {
    /// A code.
    #[code(-70000, message = "Minus seventy thousand.")]
    MinusSeventyThousand = -70_000,
    /// A code.
    #[code(1, message = "One.")]
    One = 1,
    /// A code.
    #[code(100, message = "One hundred.")]
    OneHundred = 100,
    /// A code.
    #[code(1000, message = "One thousand.")]
    OneThousand = 1_000,
    /// A code.
    #[code(2147483647, message = "The last.")]
    Last = 2_147_483_647,
}

/// Uses the generated API in constants, so that the hygiene of its bodies is checked too.
pub const FIRST: i32 = Unit::First.code();
/// The number of entries of [`Composed`], its parts inlined.
pub const COMPOSED_LEN: usize = Composed::ENTRIES.len();
/// A lookup at compile time.
pub const FOUND: bool = Composed::lookup(-1).is_some();
/// `from_code` at compile time.
pub const FROM_CODE: ::core::option::Option<Composed> = Composed::from_code(300);
/// `from_code` and `code()` of a catalog whose discriminants are its codes, at compile time.
pub const MIRRORED: ::core::option::Option<i32> = match Mirrored::from_code(602) {
    ::core::option::Option::Some(mirrored) => ::core::option::Option::Some(mirrored.code()),
    ::core::option::Option::None => ::core::option::Option::None,
};
/// The message of a catalog that finds a variant's row through a perfect hash, at compile
/// time.
pub const SPREAD: &str = MirroredSpread::OneThousand.entry().message;
/// `variants()` at compile time.
pub const VARIANTS: ::avsession_codes::Variants<Unit> = Unit::variants();
