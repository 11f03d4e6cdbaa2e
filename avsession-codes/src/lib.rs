//! Typed, documented, compile-time-checked error-code catalogs.
//!
//! `#[derive(ErrorCatalog)]` turns an enum, one variant per documented error code, into a
//! catalog: lookup from code to variant and to its entry, the official message as `Display`, the
//! possible causes and ordered solution steps, and compile errors for duplicate codes, codes
//! outside the catalog's range and malformed attributes.
//!
//! The crate ships OpenHarmony's catalogs, each imported from its documentation page (see
//! the module `page`, feature `page`): [`AVSessionError`] (the 66 codes of the current AVSession page, 6600101..6616100),
//! [`UniversalError`] (201..801) and [`AVSessionApiError`], which composes them into everything
//! an AVSession C API call returns.
//!
//! # A catalog in five lines
//!
//! ```
//! use avsession_codes::ErrorCatalog;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
//! #[catalog(name = "Camera", range = 7400000..=7499999)]
//! pub enum CameraError {
//!     #[code(7400101, message = "Parameter missing or parameter type incorrect.")]
//!     InvalidArgument,
//!     #[code(7400102, message = "Operation not allowed.", solution = "Check the camera state.")]
//!     OperationNotAllowed,
//! }
//!
//! assert_eq!(CameraError::from_code(7400102), Some(CameraError::OperationNotAllowed));
//! assert_eq!(CameraError::InvalidArgument.code(), 7400101);
//! assert_eq!(CameraError::OperationNotAllowed.to_string(), "Operation not allowed.");
//! assert_eq!(CameraError::OperationNotAllowed.solutions(), ["Check the camera state."]);
//! ```
//!
//! # Attributes
//!
//! On the enum, optionally, `#[catalog(...)]`:
//!
//! | key | value | default | meaning |
//! |---|---|---|---|
//! | `name` | string | the enum's name | the module name, used in messages such as [`UnknownCode`]'s |
//! | `title` | string | none | the page title, for [`render_markdown`] |
//! | `note` | string | none | the page's preamble, rendered as a `> **NOTE**` block |
//! | `range` | `START..=END` or `START..END` | none | every code must fall inside, or the build fails |
//! | `url` | string with `{code}` | none | a documentation URL template (miette's `url`) |
//! | `crate` | path | `::avsession_codes` | where this crate is, if renamed or re-exported |
//! | `skip_display` | flag | off | generate no `Display`, `Error` or `Diagnostic`: leave them to e.g. `thiserror` |
//! | `debug` | flag | off | also implement `Debug`, printing what `#[derive(Debug)]` prints: for catalogs of thousands of codes, where std's derive is the largest compile cost (see [Large catalogs](#large-catalogs)) |
//! | `layout` | string | the regular layout | the page around its sections, for [`render_page`] (`import` writes it; see [`Catalog::layout`]) |
//! | `section` | string | the regular layout | the layout of every section without its own `layout` ([`Catalog::section`]) |
//! | `locales` | list of BCP 47 tags, e.g. `["zh-CN"]` | none | the languages the catalog is translated into |
//! | `partial` | list of tags, each in `locales` | none | locales whose translations may leave codes out |
//! | `lock` | path, relative to the crate's `Cargo.toml` | none | the lock that keeps codes from moving (see [Codes that never move](#codes-that-never-move)) |
//!
//! On every variant, `#[code(...)]`:
//!
//! | key | value | meaning |
//! |---|---|---|
//! | *first* | integer literal (`i32`, may be negative) | the code; unique in the enum; not `0` (success) |
//! | `message` | string, required unless a `#[case]` gives one | the official error message; `Display` writes it (a code without one: its first case's) |
//! | `title` | string | a short title |
//! | `description` | string | what the error means |
//! | `cause` | string, repeatable | a possible cause; order kept |
//! | `solution` | string, repeatable | a solution step; order kept |
//! | `since` | integer | the API level that introduced the code |
//! | `system_api` | flag | only system applications receive the code |
//! | `display` | format string | for variants with fields: `Display` interpolates `{field}` or `{0}` |
//! | `constant` | string | the C API's name for the code, e.g. `"AV_SESSION_ERR_SERVICE_EXCEPTION"` |
//! | `layout` | string | the section as its page lays it out, for [`render_page`] (`import` writes it; see [`Catalog::layouts`]) |
//! | `transparent` | instead of all the above | the variant wraps another catalog and takes its codes |
//!
//! After it, repeatable, `#[case(...)]`: one scenario of the code (see [`Case`]), with
//! `title` (required), `message`, `description`, `cause` and `solution` (repeatable), checked
//! as strictly as `#[code]`; `#[case("zh-CN", ...)]` is a case of the variant's translation
//! into that locale.
//!
//! On a variant (and on the enum), `#[translation("zh-CN", ...)]` gives its texts in a declared
//! locale: `title`, `description`, `cause`, `solution` (repeatable) and, where that language's
//! page has another, `message`; `layout` for [`render_page_in`]. On the enum: `title`, `note`,
//! `layout`, `section`. The build fails, on the offending token, for a locale the catalog does not declare,
//! an unknown key, an empty text, two translations into one locale, and a variant without a
//! translation into a locale not declared `partial`. At run time [`Entry::localized`] picks the
//! translation by tag, field by field falling back to English; `Display` stays the English
//! message, as the system returns it. See [`locale`] for how tags match (`zh_CN.UTF-8` and
//! `zh-Hans-CN` reach `zh-CN`; `zh-TW` gets English).
//!
//! ```
//! use avsession_codes::ErrorCatalog;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
//! #[catalog(name = "Session", locales = ["zh-CN"])]
//! enum SessionError {
//!     #[code(6600101, title = "Session Service Exception", message = "Session service exception.")]
//!     #[translation("zh-CN", title = "会话服务端异常")]
//!     ServiceException,
//! }
//!
//! let zh = SessionError::ServiceException.entry().localized("zh_CN.UTF-8");
//! assert_eq!(zh.title().map(|t| (t.text, t.locale)), Some(("会话服务端异常", "zh-CN")));
//! assert_eq!(zh.message().text, "Session service exception.");
//! ```
//!
//! # Codes that never move
//!
//! Error codes are API: applications match on them, and the C API's constants are compiled
//! into binaries. `#[catalog(lock = "codes.lock")]` makes the derive read a plain-text lock on
//! every build, one line per code (`CODE<TAB>STATE<TAB>VARIANT<TAB>MESSAGE`), reviewed in diffs
//! as `Cargo.lock` is. The build fails, on the offending token and quoting the lock line, when a
//! locked code is gone from the enum, a locked variant has another code, a locked code is on
//! another variant, a retired code is used again, a locked message changed, or a code is not in
//! the lock yet; a missing lock is an error that says how to create it.
//!
//! ```text
//! AVSESSION_CODES_LOCK=update cargo check   # creates the lock, adds new codes, takes changed messages
//! git diff codes.lock                        # review, as Cargo.lock
//! ```
//!
//! The update never removes a line, and still refuses a renumbering, a reassignment or a
//! removal. To remove a variant in a major release, change its line's state to `retired` and
//! add a tab and the reason: the code is then recorded for good ([`Catalog::retired`]), never
//! found by `from_code` or `lookup`, and `avsession-codes explain` says it was retired and why.
//! Cargo runs the derive again when the lock or the variable changes. `import --lock PATH`
//! refuses a page that would break the lock before anything is written. The shipped catalogs
//! carry locks (`avsession-codes/locks/`).
//!
//! On a field, `#[source]` makes it the error's `source()`. A `#[deprecated]` variant is
//! marked in its entry ([`Entry::deprecated`]), and the generated code's own uses of it do not
//! warn.
//!
//! # From a page to a catalog, and a test that keeps them in step
//!
//! OpenHarmony documents each kit's codes on one Markdown page, which changes at every
//! release. With the feature `cli`, the tool turns a page into a catalog module:
//!
//! ```text
//! avsession-codes import errorcode-audio.md > src/audio.rs      # enum AudioError, warnings on stderr
//! avsession-codes import errorcode-audio.md --enum AudioError --constants audio-errcodes.tsv
//! ```
//!
//! The module derives `ErrorCatalog` with every text of the page verbatim, one variant per
//! code in page order. How a page becomes a catalog:
//!
//! - **Entries.** Each `## <code> <title>` section (or `### <code>` under a group heading) is
//!   a variant: its title, the text under `**Error Message**` as the message, `**Description**`,
//!   each item of `**Possible Causes**` and of `**Solution**` (every label spelling the pages
//!   use: `Cause`, `Procedure`, `错误信息`, a full-width colon, `<br>` after it). The variant is
//!   named from the English title.
//! - **Cases.** A code's subsections (`### 1. The positioning fails ...`, `### Scenario 2: ...`,
//!   `### 无企业来电权限`) are its cases, `#[case(title = "...", message = "...", ...)]` on the
//!   variant, each with its own message, description, causes and steps, in English and in each
//!   translation (`#[case("zh-CN", ...)]`): [`Entry::cases`], [`Entry::case`] for the case of
//!   the message the system returned. `Display` writes the code's own message; a code that has
//!   none shows its first case's message ([`Entry::message_from_case`]).
//! - **Codes without a title** (`## 2900001`): the entry has no title (never an empty one) and
//!   the variant is named from its C constant where one is given, else from its message.
//! - **Tables.** A page whose codes are the rows of a table (a column of integer codes, a name
//!   column, a description column, in either language) imports the same way: the name is the
//!   C constant ([`Entry::constants`]), the description the message.
//! - **Layouts.** What no field holds (the page's comments, `<!--Del-->` markers, extra labels,
//!   the way the page spaces its blocks) is kept as a layout: the page's text with
//!   placeholders where the fields go. A list is one placeholder whatever its length
//!   (`{causes}`, `{solutions:tight}`: see [`Catalog::layouts`]), so the page's most frequent
//!   section is written once, as the catalog's `section`, and an entry has a `layout` only
//!   where its own section differs from it. So [`render_page`] gives the page back byte for
//!   byte.
//!
//! Keep the pages beside it (in `pages/`, the Chinese one as `pages/zh-cn/errorcode-audio.md`,
//! its name as upstream's) and one test tells when they drift apart (the feature `page`, in
//! `[dev-dependencies]`): [`page::assert_in_step`] panics with every difference, one line
//! each, and the command that takes the page's texts.
//!
//! ```
//! # mod audio { pub use avsession_codes::AVSessionError as AudioError; }
//! # #[cfg(feature = "page")]
//! // In tests/pages.rs, under #[test]:
//! fn the_catalog_says_what_its_pages_say() {
//!     use avsession_codes::page::assert_in_step;
//!     use audio::AudioError;
//!
//! #   let english = include_str!("../../tests/fixtures/errorcode-avsession-current.md");
//! #   let chinese = include_str!("../../tests/fixtures/zh-cn/errorcode-avsession.md");
//! #   #[cfg(any())] {
//!     let english = include_str!("../pages/errorcode-audio.md");
//!     let chinese = include_str!("../pages/zh-cn/errorcode-audio.md");
//! #   }
//!     assert_in_step(AudioError::CATALOG, english);
//!     // Compared with the zh-CN translation; a locale imported as partial (the Chinese page
//!     // lacks codes the English one has) is no difference for the codes it lacks.
//!     assert_in_step(AudioError::CATALOG, chinese);
//! }
//! # #[cfg(feature = "page")]
//! # the_catalog_says_what_its_pages_say();
//! ```
//!
//! When it fails, it prints, for instance:
//!
//! ```text
//! the Audio catalog and its en page differ in 1 place:
//!   6800105 message: changed: the page says "Operation timed out.", the catalog says "Timeout."
//! take the page's texts with `avsession-codes import PAGE -o FILE --lock LOCK` (with `--lang zh-CN=PAGE` for each translation), then `AVSESSION_CODES_LOCK=update cargo check`
//! ```
//!
//! [`page::in_step`] returns the same as a [`page::Drift`] value, and [`page::diff`] the
//! differences one by one.
//!
//! Every attribute at once:
//!
//! ```
//! use avsession_codes::ErrorCatalog;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
//! #[catalog(
//!     name = "Camera",
//!     title = "Camera Error Codes",
//!     note = "This topic describes only module-specific error codes.",
//!     range = 7400000..=7499999,
//!     url = "https://docs.example/camera#{code}",
//!     crate = ::avsession_codes,
//! )]
//! pub enum CameraError {
//!     #[code(
//!         7400201,
//!         title = "Camera Service Fatal Error",
//!         message = "Camera service fatal error.",
//!         description = "The camera service is abnormal.",
//!         cause = "The camera service crashed.",
//!         cause = "The camera driver is faulty.",
//!         solution = "Restart the camera.",
//!         solution = "Restart the device.",
//!         since = 10,
//!         system_api,
//!     )]
//!     ServiceFatal,
//! }
//!
//! let entry = CameraError::ServiceFatal.entry();
//! assert_eq!(entry.title, Some("Camera Service Fatal Error"));
//! assert_eq!(entry.causes.len(), 2);
//! assert_eq!(entry.solutions, ["Restart the camera.", "Restart the device."]);
//! assert_eq!((entry.since, entry.system_api), (Some(10), true));
//! assert_eq!(CameraError::CATALOG.range, Some(7400000..=7499999));
//! ```
//!
//! # What the derive generates
//!
//! | item | for | what |
//! |---|---|---|
//! | `const fn code(&self) -> i32` | every catalog | the code |
//! | `const fn entry(&self) -> &'static Entry` | every catalog | the whole [`Entry`] |
//! | `const fn message/title/description/causes/solutions(&self)` | every catalog | one field of the entry |
//! | `const ENTRIES: &'static [Entry]` | every catalog | every entry, in declaration order |
//! | `const CATALOG: &'static Catalog` | every catalog | name, title, note, range, url, entries |
//! | `const fn lookup(i32) -> Option<&'static Entry>` | every catalog | code to entry |
//! | `const fn from_code(i32) -> Option<Self>` | unit variants only | code to variant |
//! | `const ALL: &'static [Self]` | unit variants only | every variant |
//! | `const fn variants() -> Variants<Self>` | unit variants only | every variant by value, without `Copy` or `ALL` |
//! | `fn check_status(R: RawCode) -> Result<(), StatusError<Self>>` | unit variants only | a C status as `i32`, `u32`, `NonZeroI32` or `NonZeroU32` (`0`, or `#[catalog(success = ...)]`, = success) |
//! | [`ErrorCatalog`] | every catalog | the trait, for generic code |
//! | [`FromCode`], `TryFrom` of `i32`, `u32`, `NonZeroI32`, `NonZeroU32` (error [`UnknownCode`]; an integer literal needs its type: `try_from(7_i32)`) | unit variants and wrapped catalogs | code to variant, [`FromCode::variants`], [`FromCode::check_result`] for a binding's `Result<(), E>` |
//! | `From<Self> for i32` | every catalog | variant to code |
//! | `Display`, `core::error::Error` | unless `skip_display` | the message; `source()` from `#[source]` |
//! | `Debug` | with `debug` | as `#[derive(Debug)]`, unit variants' names read from the table |
//! | `Serialize`, `Deserialize` | feature `serde` | as the code (`Deserialize`: unit variants only) |
//! | `miette::Diagnostic` | feature `miette`, unless `skip_display` | code `Name::code`, help = solutions, url |
//!
//! Every item is generated code with absolute paths: it builds under `#![no_std]` and
//! `#![no_implicit_prelude]`. All accessors read one static table; nothing allocates.
//!
//! ```
//! use avsession_codes::{ErrorCatalog, FromCode, StatusError, UnknownCode};
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
//! #[catalog(name = "Demo")]
//! enum Demo {
//!     #[code(101, message = "First.", title = "First", description = "The first.")]
//!     First,
//!     #[code(-2, message = "Internal.", cause = "A bug.")]
//!     Internal,
//! }
//!
//! // Variant to code, entry and texts; all `const`.
//! const CODE: i32 = Demo::First.code();
//! assert_eq!(CODE, 101);
//! assert_eq!(Demo::First.entry().name, "First");
//! assert_eq!(Demo::First.message(), "First.");
//! assert_eq!(Demo::First.title(), Some("First"));
//! assert_eq!(Demo::First.description(), Some("The first."));
//! assert_eq!(Demo::Internal.causes(), ["A bug."]);
//! assert!(Demo::Internal.solutions().is_empty());
//! assert_eq!(i32::from(Demo::Internal), -2);
//!
//! // Code to variant and entry.
//! assert_eq!(Demo::from_code(-2), Some(Demo::Internal));
//! assert_eq!(Demo::lookup(101).map(|e| e.message), Some("First."));
//! assert_eq!(Demo::try_from(7_i32), Err(UnknownCode::new(7, "Demo")));
//! assert_eq!(Demo::ALL, [Demo::First, Demo::Internal]);
//! assert!(Demo::variants().eq([Demo::First, Demo::Internal]));
//! assert_eq!(Demo::ENTRIES.len(), 2);
//! assert_eq!(Demo::CATALOG.name, "Demo");
//!
//! // C statuses.
//! assert_eq!(Demo::check_status(0), Ok(()));
//! assert_eq!(Demo::check_status(101), Err(StatusError::Known(Demo::First)));
//! assert_eq!(Demo::check_status(5).unwrap_err().code(), 5);
//!
//! // Generic code.
//! fn name_of<C: ErrorCatalog>() -> &'static str {
//!     C::NAME
//! }
//! assert_eq!(name_of::<Demo>(), "Demo");
//! assert_eq!(<Demo as FromCode>::from_code(101), Some(Demo::First));
//! ```
//!
//! # Discriminants that are the codes
//!
//! An enum that mirrors a C enum, such as the C API's `AVSession_ErrCode`, may give each
//! variant its code as discriminant, written as an integer literal or following the one
//! before. The derive sees it, at any number of variants: `code()` reads the discriminant, the
//! code `as i32` compiles to; for up to 256 variants, `from_code` is the check that the value
//! is one of the codes, the code of `num_enum`'s `TryFromPrimitive`, and above it is the
//! cluster search of any catalog. `message()`, `Display` and `entry()` find the variant's row
//! from its code without a branch that depends on it: when the codes fall in up to four
//! clusters (codes at most 32 apart) that span at most 256 codes in all, from tables indexed
//! by the code's place in its cluster; in more clusters, through a perfect hash of the codes.
//! Discriminants that are not the codes are allowed too; the derive then keeps its tables.
//!
//! Which to write, when it matters: a plain enum is two bytes for up to 65,536 variants and
//! reads its code from a table, one load (none when its codes step evenly, as one dense run
//! does: the code is then computed from the variant's place); an enum that holds its codes is
//! four bytes, reads its code for free and finds its message through the hash, one
//! multiplication and a load more than a plain enum's. In the benchmark (BENCHMARKS.md in the
//! repository), `code()` on a plain enum takes 1.16x to 1.37x the time of `as i32` (1.08x for
//! one dense run), and `Display` on an enum of 1,000 codes as discriminants 0.77x to 1.14x
//! that of hand-written code on a plain enum; the other operations take at most 1.10x the
//! faster baseline's time on either enum, but `from_code` over the codes of a small plain
//! enum in order (1.22x at nine codes, 1.12x at 100 in two far-apart halves).
//!
//! ```
//! use avsession_codes::ErrorCatalog;
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
//! #[repr(i32)]
//! enum SessionError {
//!     #[code(6600101, message = "Session service exception.")]
//!     ServiceException = 6600101,
//!     #[code(6600102, message = "The session does not exist.")]
//!     SessionNotExist,
//! }
//!
//! assert_eq!(SessionError::SessionNotExist as i32, 6600102);
//! assert_eq!(SessionError::from_code(6600102), Some(SessionError::SessionNotExist));
//! ```
//!
//! # Variants with data
//!
//! Variants may carry fields; they are never filled with invented values, so a catalog with
//! such variants has no `from_code`, `ALL`, `variants` or `TryFrom`. `display` interpolates fields into
//! `Display`, and `#[source]` chains the cause:
//!
//! ```
//! use std::error::Error;
//!
//! use avsession_codes::ErrorCatalog;
//!
//! #[derive(Debug, ErrorCatalog)]
//! #[catalog(name = "Player")]
//! enum PlayerError {
//!     #[code(5400102, message = "Operation not allowed.", display = "cannot {action} while {state}")]
//!     NotAllowed { action: &'static str, state: &'static str },
//!     #[code(5400103, message = "I/O error.", display = "cannot read {0}")]
//!     Io(String, #[source] std::io::Error),
//! }
//!
//! let err = PlayerError::NotAllowed { action: "seek", state: "stopped" };
//! assert_eq!(err.to_string(), "cannot seek while stopped");
//! assert_eq!(err.message(), "Operation not allowed.");
//! let err = PlayerError::Io("a.mp4".into(), std::io::Error::other("gone"));
//! assert_eq!(err.to_string(), "cannot read a.mp4");
//! assert_eq!(err.source().unwrap().to_string(), "gone");
//! assert_eq!(PlayerError::lookup(5400103).unwrap().message, "I/O error.");
//! ```
//!
//! # Composing catalogs
//!
//! `#[code(transparent)]` wraps another catalog; code, entry, messages, `lookup`, `from_code`,
//! `ENTRIES` and `Display` delegate to it. A code that two parts share fails the build with a
//! message that names it.
//!
//! ```
//! use avsession_codes::{AVSessionError, ErrorCatalog, UniversalError};
//!
//! #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
//! #[catalog(name = "MyApp")]
//! enum AppError {
//!     #[code(transparent)]
//!     Universal(UniversalError),
//!     #[code(transparent)]
//!     Session(AVSessionError),
//!     #[code(9000001, message = "The playlist is empty.")]
//!     EmptyPlaylist,
//! }
//!
//! assert_eq!(AppError::from_code(401), Some(AppError::Universal(UniversalError::ParameterCheckFailed)));
//! assert_eq!(AppError::Session(AVSessionError::SessionNotActivated).code(), 6600106);
//! assert_eq!(AppError::ENTRIES.len(), 6 + 66 + 1);
//! ```
//!
//! # With `thiserror`
//!
//! `skip_display` leaves `Display` and `Error` to `thiserror` (or to you):
//!
//! ```
//! use avsession_codes::ErrorCatalog;
//!
//! #[derive(Debug, thiserror::Error, ErrorCatalog)]
//! #[catalog(skip_display)]
//! enum NetError {
//!     #[error("connection to {0} refused")]
//!     #[code(7000001, message = "Connection refused.")]
//!     Refused(String),
//! }
//!
//! let err = NetError::Refused("db".into());
//! assert_eq!(err.to_string(), "connection to db refused");
//! assert_eq!(err.code(), 7000001);
//! ```
//!
//! # Large catalogs
//!
//! The derive's code grows linearly with the number of codes, and not at all with how they are
//! spread (dense runs, isolated codes, codes over the whole `i32` range: the same size of
//! generated code and the same build time): one table, one `match` from variant to row and
//! one back, the latter cut into `match`es of at most 512 arms. std's `#[derive(Debug)]`
//! does not: its borrow check grows with the square of the variants, and at 10,000 variants
//! `cargo check` took 7.5 to 8.1 s with it and 3.9 to 4.9 s with `debug` instead, in a tenth
//! of the memory (every shape of codes, BENCHMARKS.md in the repository). To walk the variants, prefer `variants()` to `ALL`: a
//! crate that reads `ALL` has rustc evaluate a constant of every variant (0.27 s at 10,000).
//! `debug` implements `Debug` with the same output from the table's names, with an arm only
//! for variants with fields:
//!
//! ```
//! use avsession_codes::ErrorCatalog;
//!
//! #[derive(Clone, Copy, PartialEq, Eq, ErrorCatalog)]
//! #[catalog(name = "Storage", debug)]
//! enum StorageError {
//!     #[code(13900001, message = "Operation not permitted.")]
//!     NotPermitted,
//!     #[code(13900002, message = "No such file or directory.")]
//!     NotFound,
//! }
//!
//! assert_eq!(format!("{:?}", StorageError::NotFound), "NotFound");
//! ```
//!
//! # Cargo features
//!
//! | feature | default | what |
//! |---|---|---|
//! | `std` | no | `serde`'s `std` support; enabled by the features below that need it |
//! | `serde` | no | catalogs (de)serialize as their code; `Entry`, `Catalog` serialize |
//! | `miette` | no | every catalog implements `miette::Diagnostic` (miette without its derive: `miette-derive` is still on syn 2, so a crate that enables miette's `derive` feature as well compiles syn twice) |
//! | `json` | no | `serde_json`, for the tool |
//! | `kits` | no | every kit's catalog in the module `kits`, each also behind a feature of its own (`kit-location`, `kit-net-http`, ...; the README lists them) |
//! | `page` | no | the module `page`: OpenHarmony's error-code pages read losslessly (pulldown-cmark) |
//! | `cli` | no | the `avsession-codes` command-line tool |
//!
//! Without features the crate and all generated code need only `core`, no allocator.
#![no_std]
#![cfg_attr(docsrs, feature(doc_cfg))]

// Generated catalogs name the crate as users do, `::avsession_codes`, in this crate too.
extern crate self as avsession_codes;

#[cfg(feature = "std")]
extern crate std;

mod business;
mod case;
mod catalog;
mod catalogs;
mod entry;
pub mod locale;
#[cfg(feature = "napi-ohos")]
#[cfg_attr(docsrs, doc(cfg(feature = "napi-ohos")))]
pub mod napi;
#[cfg(feature = "page")]
#[cfg_attr(docsrs, doc(cfg(feature = "page")))]
pub mod page;
mod render;
mod status;
mod variants;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use avsession_macros::ErrorCatalog;
pub use business::BusinessError;
pub use case::Case;
pub use catalog::{ErrorCatalog, FromCode};
pub use catalogs::kits;
pub use catalogs::{AVSessionApiError, AVSessionError, UniversalError, CATALOGS};
pub use entry::{Catalog, Entry, Retired};
pub use render::{
    render, render_entry, render_entry_in, render_markdown, render_markdown_in, render_page,
    render_page_in,
};
pub use status::{RawCode, StatusError, UnknownCode};
pub use variants::Variants;
