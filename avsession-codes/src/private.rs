//! Items used by the code that `#[derive(ErrorCatalog)]` generates. Not public API: no
//! stability promise, hidden from the docs.

use core::ops::RangeInclusive;

use crate::{Catalog, Entry};

/// The seal of [`Entry`]: a field that only this crate and the derive can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Sealed(());

/// The one value of [`Sealed`], for the entries the derive writes.
pub const SEALED: Sealed = Sealed(());

/// A catalog's texts column by column, as the derive writes them: one array per field, since
/// rustc checks an array of plain literals far faster than as many struct literals (measured:
/// 10,000 `Entry` literals 9 s, the same data as columns 0.2 s). [`table`] turns it into rows.
///
/// `flags[i]` says which optional fields entry `i` has ([`TITLE`], [`DESCRIPTION`],
/// [`SYSTEM_API`]); `titles` and `descriptions` hold only the present ones, in entry order.
/// `causes`, `solutions`, `constants`, `translations` and `cases` hold one list per entry (the
/// last three only for the entries whose flag says they have one), each an array of its own,
/// in statics of `list_chunk` lists: the derive's `chunked` says why. `since[i]` is entry
/// `i`'s API level, `0` for none (the derive rejects `since = 0`). `causes`, `solutions` and
/// `since` are empty when no entry has one.
pub struct Columns {
    /// Lists per chunk of the list columns (`causes`, `solutions`, `constants`,
    /// `translations`, `cases`): each is a list of statics of this many lists, the last
    /// shorter.
    pub list_chunk: usize,
    pub codes: &'static [i32],
    pub names: &'static [&'static str],
    pub messages: &'static [&'static str],
    pub flags: &'static [u16],
    pub titles: &'static [&'static str],
    pub descriptions: &'static [&'static str],
    pub causes: &'static [&'static [&'static [&'static str]]],
    pub solutions: &'static [&'static [&'static [&'static str]]],
    pub since: &'static [u32],
    pub constants: &'static [&'static [&'static [&'static str]]],
    pub translations: &'static [&'static [&'static [crate::locale::Translation]]],
    pub cases: &'static [&'static [&'static [crate::Case]]],
}

/// [`Columns::flags`]: the entry has a title.
pub const TITLE: u16 = 1;
/// [`Columns::flags`]: the entry has a description.
pub const DESCRIPTION: u16 = 2;
/// [`Columns::flags`]: the entry is a system API's.
pub const SYSTEM_API: u16 = 4;
/// [`Columns::flags`]: the entry has the C API's constant name.
pub const CONSTANT: u16 = 8;
/// [`Columns::flags`]: the variant is `#[deprecated]`.
pub const DEPRECATED: u16 = 32;
/// [`Columns::flags`]: the entry has translations.
pub const TRANSLATED: u16 = 64;
/// [`Columns::flags`]: the entry has cases.
pub const CASES: u16 = 128;
/// [`Columns::flags`]: the entry's message is its first case's.
pub const MESSAGE_FROM_CASE: u16 = 256;

/// Builds the entry table from its columns, at compile time.
///
/// Written for the const evaluator, which costs microseconds per call and per pointer
/// written: no helper calls in the loop (flags instead of `str::is_empty`, column checks
/// hoisted). At 10,000 entries the first version (helper calls, causes split off one shared
/// array) took 2.25 s of `cargo check` (`-Z self-profile`, BENCHMARKS.md).
#[must_use]
pub const fn table<const N: usize>(columns: &Columns) -> [Entry; N] {
    let Columns {
        list_chunk,
        codes,
        names,
        messages,
        flags,
        titles,
        descriptions,
        causes,
        solutions,
        since,
        constants,
        translations,
        cases,
    } = *columns;
    let (any_causes, any_solutions, any_since) =
        (!causes.is_empty(), !solutions.is_empty(), !since.is_empty());
    // Entries are written into a small chunk, then copied into `out` a chunk at a time: the
    // evaluator's cost of writing a pointer grows with the pointers already in the array
    // written to, so writing each entry into `out` made the loop grow faster than linearly.
    let mut out = [PLACEHOLDER; N];
    let mut chunk = [PLACEHOLDER; CHUNK];
    let (mut i, mut next_title, mut next_description) = (0, 0, 0);
    let (mut next_constant, mut next_translated) = (0, 0);
    let mut next_cases = 0;
    while i < N {
        let entry = &mut chunk[i % CHUNK];
        *entry = PLACEHOLDER;
        let flags = flags[i];
        entry.code = codes[i];
        entry.name = names[i];
        entry.message = messages[i];
        if flags & TITLE != 0 {
            entry.title = Some(titles[next_title]);
            next_title += 1;
        }
        if flags & DESCRIPTION != 0 {
            entry.description = Some(descriptions[next_description]);
            next_description += 1;
        }
        entry.system_api = flags & SYSTEM_API != 0;
        entry.deprecated = flags & DEPRECATED != 0;
        if flags & CONSTANT != 0 {
            entry.constants = constants[next_constant / list_chunk][next_constant % list_chunk];
            next_constant += 1;
        }
        if flags & TRANSLATED != 0 {
            entry.translations =
                translations[next_translated / list_chunk][next_translated % list_chunk];
            next_translated += 1;
        }
        if flags & CASES != 0 {
            entry.cases = cases[next_cases / list_chunk][next_cases % list_chunk];
            next_cases += 1;
        }
        entry.message_from_case = flags & MESSAGE_FROM_CASE != 0;
        if any_since && since[i] != 0 {
            entry.since = Some(since[i]);
        }
        if any_causes {
            entry.causes = causes[i / list_chunk][i % list_chunk];
        }
        if any_solutions {
            entry.solutions = solutions[i / list_chunk][i % list_chunk];
        }
        i += 1;
        if i % CHUNK == 0 {
            if let Some(full) = out.split_at_mut(i - CHUNK).1.first_chunk_mut::<CHUNK>() {
                *full = chunk;
            }
        }
    }
    let mut rest = N - N % CHUNK;
    while rest < N {
        out[rest] = chunk[rest % CHUNK];
        rest += 1;
    }
    out
}

/// Entries [`table`] writes before copying them into the table.
const CHUNK: usize = 64;

/// `Display` of a catalog's message: [`Formatter::pad`](core::fmt::Formatter::pad), so width,
/// fill and precision apply as for `str`, with the common case (none of them) inlined to one
/// `write_str` (measured: `pad`'s call cost Display 1.2x a hand-written `write_str`).
#[inline]
pub fn pad(formatter: &mut core::fmt::Formatter<'_>, message: &str) -> core::fmt::Result {
    if formatter.width().is_none() && formatter.precision().is_none() {
        formatter.write_str(message)
    } else {
        formatter.pad(message)
    }
}

/// Builds a catalog description.
#[must_use]
// One argument per field of `Catalog`, which generated code alone calls.
#[allow(clippy::too_many_arguments)]
pub const fn catalog(
    name: &'static str,
    type_name: &'static str,
    title: Option<&'static str>,
    note: Option<&'static str>,
    range: Option<RangeInclusive<i32>>,
    url: Option<&'static str>,
    layout: Option<&'static str>,
    section: Option<&'static str>,
    layouts: &'static [(usize, &'static str)],
    locales: &'static [crate::locale::Locale],
    retired: &'static [crate::Retired],
    entries: &'static [Entry],
) -> Catalog {
    Catalog {
        name,
        type_name,
        title,
        note,
        range,
        url,
        layout,
        section,
        layouts,
        locales,
        retired,
        entries,
    }
}

/// The total length of the parts of a composed catalog's table.
#[must_use]
pub const fn total_len(parts: &[&[Entry]]) -> usize {
    let mut total = 0;
    let mut i = 0;
    while i < parts.len() {
        total += parts[i].len();
        i += 1;
    }
    total
}

/// An empty entry: the filler of [`table`] and [`concat`], and the fallback's entry after an error.
pub const PLACEHOLDER: Entry = Entry {
    code: 0,
    name: "",
    title: None,
    message: "",
    message_from_case: false,
    description: None,
    causes: &[],
    solutions: &[],
    since: None,
    system_api: false,
    constants: &[],
    deprecated: false,
    cases: &[],
    translations: &[],
    __sealed: SEALED,
};

/// Concatenates the tables of a composed catalog, at compile time. `N` is [`total_len`].
#[must_use]
pub const fn concat<const N: usize>(parts: &[&[Entry]]) -> [Entry; N] {
    let mut out = [PLACEHOLDER; N];
    let mut at = 0;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[at] = parts[i][j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// The first code two parts of a composed catalog share, with the two parts' indexes (the
/// earlier first): every code tagged with its part, sorted (heapsort, `n log n` steps of the
/// const evaluator), then neighbours compared. `N` is the number of entries of all parts.
#[must_use]
pub const fn first_clash<const N: usize>(parts: &[&[Entry]]) -> Option<(i32, usize, usize)> {
    let mut keys = [(0i32, 0usize); N];
    let (mut at, mut part) = (0, 0);
    while part < parts.len() {
        let mut j = 0;
        while j < parts[part].len() {
            keys[at] = (parts[part][j].code, part);
            at += 1;
            j += 1;
        }
        part += 1;
    }
    // Heapsort by code, then part.
    let mut start = N / 2;
    while start > 0 {
        start -= 1;
        sift_down(&mut keys, start, N);
    }
    let mut end = N;
    while end > 1 {
        end -= 1;
        let top = keys[0];
        keys[0] = keys[end];
        keys[end] = top;
        sift_down(&mut keys, 0, end);
    }
    let mut clash: Option<(i32, usize, usize)> = None;
    let mut i = 1;
    while i < N {
        let ((code, earlier), (next, later)) = (keys[i - 1], keys[i]);
        if code == next && earlier != later {
            // The pair whose later part comes first in declaration order, as the pairwise
            // comparison found it.
            let better = match clash {
                None => true,
                Some((_, first, second)) => later < second || (later == second && earlier < first),
            };
            if better {
                clash = Some((code, earlier, later));
            }
        }
        i += 1;
    }
    clash
}

const fn sift_down<const N: usize>(keys: &mut [(i32, usize); N], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && less(keys[child], keys[child + 1]) {
            child += 1;
        }
        if !less(keys[root], keys[child]) {
            return;
        }
        let swap = keys[root];
        keys[root] = keys[child];
        keys[child] = swap;
        root = child;
    }
}

const fn less(a: (i32, usize), b: (i32, usize)) -> bool {
    a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
}

/// Fails the build when `clash` ([`first_clash`]) is the pair of parts `first` and `second`
/// (each its index and label: the variant, and the wrapped catalog). The derive calls this
/// once per pair of parts in a `const` item spanned at the later part, so a clash is a
/// compile error there that names the code.
pub const fn assert_disjoint(
    catalog: &str,
    clash: Option<(i32, usize, usize)>,
    first: (usize, &str),
    second: (usize, &str),
) {
    if let Some((code, a, b)) = clash {
        if a == first.0 && b == second.0 {
            let msg = Message::new()
                .push("error code ")
                .push_i32(code)
                .push(" is in two parts of `")
                .push(catalog)
                .push("`: ")
                .push(first.1)
                .push(" and ")
                .push(second.1)
                .push("; a code may come from one part only: remove it from one of them");
            panic!("{}", msg.as_str());
        }
    }
}

/// A message built at compile time (const panics take only a `&str`).
struct Message {
    buf: [u8; 512],
    len: usize,
}

impl Message {
    const fn new() -> Self {
        Self {
            buf: [0; 512],
            len: 0,
        }
    }

    const fn push(mut self, s: &str) -> Self {
        let bytes = s.as_bytes();
        let mut i = 0;
        while i < bytes.len() && self.len < self.buf.len() {
            self.buf[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
        self
    }

    const fn push_i32(mut self, value: i32) -> Self {
        if value < 0 {
            self = self.push("-");
        }
        let mut digits = [0u8; 10];
        let mut n = value.unsigned_abs();
        let mut count = 0;
        loop {
            // `n % 10` is below 10, so the cast cannot truncate.
            #[allow(clippy::cast_possible_truncation)]
            let digit = (n % 10) as u8;
            digits[count] = b'0' + digit;
            count += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        while count > 0 {
            count -= 1;
            if self.len < self.buf.len() {
                self.buf[self.len] = digits[count];
                self.len += 1;
            }
        }
        self
    }

    const fn as_str(&self) -> &str {
        match core::str::from_utf8(self.buf.split_at(self.len).0) {
            Ok(s) => s,
            // Only reachable if a label was cut inside a multi-byte character.
            Err(_) => "an error code is in two parts of a composed catalog",
        }
    }
}

/// Lets a `#[source]` field of any error type, sized or `dyn`, be returned from `source()`.
pub trait AsDynError<'a> {
    /// The field as a trait object.
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a);
}

impl<'a, T: core::error::Error + 'a> AsDynError<'a> for T {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn core::error::Error + 'a {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn core::error::Error + Send + 'a {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

impl<'a> AsDynError<'a> for dyn core::error::Error + Send + Sync + 'a {
    fn as_dyn_error(&self) -> &(dyn core::error::Error + 'a) {
        self
    }
}

#[cfg(feature = "serde")]
pub use serde;

/// `Serialize` as the code; expands to nothing without the `serde` feature.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __serialize_by_code {
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($impl)* $crate::__private::serde::Serialize for $($ty)* $($where)* {
            fn serialize<__S: $crate::__private::serde::Serializer>(
                &self,
                serializer: __S,
            ) -> ::core::result::Result<__S::Ok, __S::Error> {
                serializer.serialize_i32(<Self as $crate::ErrorCatalog>::code(self))
            }
        }
    };
}

/// `Deserialize` from the code, an unknown code being an error that names it; expands to
/// nothing without the `serde` feature.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __deserialize_by_code {
    ($ty:ty) => {
        #[automatically_derived]
        impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
            fn deserialize<__D: $crate::__private::serde::Deserializer<'de>>(
                deserializer: __D,
            ) -> ::core::result::Result<Self, __D::Error> {
                let code: i32 = $crate::__private::serde::Deserialize::deserialize(deserializer)?;
                match <Self as $crate::FromCode>::from_code(code) {
                    ::core::option::Option::Some(value) => ::core::result::Result::Ok(value),
                    ::core::option::Option::None => ::core::result::Result::Err(
                        <__D::Error as $crate::__private::serde::de::Error>::custom(
                            $crate::UnknownCode::new(code, <Self as $crate::ErrorCatalog>::NAME),
                        ),
                    ),
                }
            }
        }
    };
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __serialize_by_code {
    ($($tt:tt)*) => {};
}

#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __deserialize_by_code {
    ($($tt:tt)*) => {};
}

/// `TryFrom` of the raw code forms beside `i32` ([`RawCode`](crate::RawCode): `u32`,
/// `NonZeroI32`, `NonZeroU32`), each through [`FromCode::from_raw`](crate::FromCode::from_raw).
#[doc(hidden)]
#[macro_export]
macro_rules! __try_from_raw {
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        $crate::__try_from_raw!(@one [$($impl)*] [$($ty)*] [$($where)*] u32);
        $crate::__try_from_raw!(@one [$($impl)*] [$($ty)*] [$($where)*] ::core::num::NonZeroI32);
        $crate::__try_from_raw!(@one [$($impl)*] [$($ty)*] [$($where)*] ::core::num::NonZeroU32);
    };
    (@one [$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*] $raw:ty) => {
        #[automatically_derived]
        impl $($impl)* ::core::convert::TryFrom<$raw> for $($ty)* $($where)* {
            type Error = $crate::UnknownCode;
            #[inline]
            fn try_from(raw: $raw) -> ::core::result::Result<Self, $crate::UnknownCode> {
                <Self as $crate::FromCode>::from_raw(raw)
            }
        }
    };
}

pub use crate::{
    __deserialize_by_code as deserialize_by_code, __serialize_by_code as serialize_by_code,
    __try_from_raw as try_from_raw,
};

#[cfg(feature = "miette")]
pub use {miette, std::boxed::Box};

/// `miette::Diagnostic` from the catalog; expands to nothing without the `miette` feature.
#[cfg(feature = "miette")]
#[doc(hidden)]
#[macro_export]
macro_rules! __diagnostic {
    ([$($impl:tt)*] [$($ty:tt)*] [$($where:tt)*]) => {
        #[automatically_derived]
        impl $($impl)* $crate::__private::miette::Diagnostic for $($ty)* $($where)* {
            fn code<'__a>(
                &'__a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + '__a>> {
                ::core::option::Option::Some($crate::__private::Box::new(
                    $crate::__private::DiagnosticCode(
                        <Self as $crate::ErrorCatalog>::NAME,
                        <Self as $crate::ErrorCatalog>::code(self),
                    ),
                ))
            }
            fn help<'__a>(
                &'__a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + '__a>> {
                $crate::__private::Steps::boxed(<Self as $crate::ErrorCatalog>::solutions(self))
            }
            fn url<'__a>(
                &'__a self,
            ) -> ::core::option::Option<$crate::__private::Box<dyn ::core::fmt::Display + '__a>> {
                $crate::__private::Url::boxed(
                    <Self as $crate::ErrorCatalog>::CATALOG.url,
                    <Self as $crate::ErrorCatalog>::code(self),
                )
            }
        }
    };
}

#[cfg(not(feature = "miette"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __diagnostic {
    ($($tt:tt)*) => {};
}

pub use crate::__diagnostic as diagnostic;

/// The diagnostic code: `AVSession::6600101`.
#[cfg(feature = "miette")]
pub struct DiagnosticCode(pub &'static str, pub i32);

#[cfg(feature = "miette")]
impl core::fmt::Display for DiagnosticCode {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{}::{}", self.0, self.1)
    }
}

/// The solution steps as help: one paragraph, or a numbered list.
#[cfg(feature = "miette")]
pub struct Steps(&'static [&'static str]);

#[cfg(feature = "miette")]
impl Steps {
    #[must_use]
    pub fn boxed<'a>(steps: &'static [&'static str]) -> Option<Box<dyn core::fmt::Display + 'a>> {
        (!steps.is_empty()).then(|| Box::new(Steps(steps)) as Box<dyn core::fmt::Display>)
    }
}

#[cfg(feature = "miette")]
impl core::fmt::Display for Steps {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        if let [single] = self.0 {
            return f.write_str(single);
        }
        for (number, step) in (1..).zip(self.0) {
            if number > 1 {
                f.write_str("\n")?;
            }
            write!(f, "{number}. {step}")?;
        }
        Ok(())
    }
}

/// The catalog's URL template with `{code}` replaced.
#[cfg(feature = "miette")]
pub struct Url(&'static str, i32);

#[cfg(feature = "miette")]
impl Url {
    #[must_use]
    pub fn boxed<'a>(
        template: Option<&'static str>,
        code: i32,
    ) -> Option<Box<dyn core::fmt::Display + 'a>> {
        template.map(|t| Box::new(Url(t, code)) as Box<dyn core::fmt::Display>)
    }
}

#[cfg(feature = "miette")]
impl core::fmt::Display for Url {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let mut parts = self.0.split("{code}");
        if let Some(first) = parts.next() {
            f.write_str(first)?;
        }
        for part in parts {
            write!(f, "{}{part}", self.1)?;
        }
        Ok(())
    }
}
