//! Parsing and validation on `proc_macro2` tokens, without the compiler: each test derives an
//! enum and counts and reads the `compile_error!`s in the output, the way darling's
//! `tests/accrue_errors.rs` checks that every mistake is collected.

mod census;
mod fuzz;

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

use crate::expand::derive;

/// The messages of the `compile_error!` invocations in `output`, in order.
fn messages(output: &TokenStream) -> Vec<String> {
    let tokens: Vec<TokenTree> = output.clone().into_iter().collect();
    let mut out = Vec::new();
    for window in tokens.windows(3) {
        if let [TokenTree::Ident(ident), TokenTree::Punct(bang), TokenTree::Group(group)] = window {
            if ident == "compile_error" && bang.as_char() == '!' {
                let text: syn::LitStr =
                    syn::parse2(group.stream()).expect("`compile_error!` takes one string");
                out.push(text.value());
            }
        }
    }
    out
}

fn errors(input: TokenStream) -> Vec<String> {
    let output = derive(input);
    // Errors or not, the output is items that rustc can parse.
    syn::parse2::<syn::File>(output.clone()).expect("the derive emits items");
    messages(&output)
}

/// Asserts that `input` has exactly one error per expected fragment, in order.
#[track_caller]
fn assert_errors(input: TokenStream, expected: &[&str]) {
    let found = errors(input);
    assert_eq!(
        found.len(),
        expected.len(),
        "expected {} errors, found {found:#?}",
        expected.len()
    );
    for (message, fragment) in found.iter().zip(expected) {
        assert!(
            message.contains(fragment),
            "`{message}` does not contain `{fragment}`; all errors: {found:#?}"
        );
    }
}

/// One error containing the text: `{ variants } => text` for the variants of an enum, or
/// `#[catalog(...)] => text` for the attribute on an enum whose one variant is right.
macro_rules! one_error {
    ({ $($variants:tt)* } => $expected:expr) => {
        assert_errors(quote!(enum E { $($variants)* }), &[$expected])
    };
    ($(# $attr:tt)* => $expected:expr) => {
        assert_errors(
            quote!($(# $attr)* enum E { #[code(1, message = "m")] A }),
            &[$expected],
        )
    };
}

#[test]
fn valid_catalogs_have_no_errors() {
    let inputs = [
        quote! {
            #[catalog(name = "S", title = "T", note = "N", range = -9..=9, url = "u{code}")]
            enum S {
                #[code(1, message = "m", title = "t", description = "d", cause = "c1",
                       cause = "c2", solution = "s", since = 13, system_api, display = "x")]
                A,
                #[code(-0x2, message = "m", system_api = false)]
                B,
            }
        },
        quote! {
            enum D<'a, T: Clone> {
                #[code(1, message = "m", display = "{0} {1:?}")]
                A(&'a str, T),
                #[code(2, message = "m", display = "{path}: {source}")]
                B { path: T, #[source] source: E },
            }
        },
        quote! {
            #[catalog(crate = "::renamed", skip_display)]
            enum C {
                #[code(transparent)]
                Inner(Other),
                #[code(3, message = "m")]
                Own,
            }
        },
    ];
    for input in inputs {
        assert_errors(input, &[]);
    }
}

#[test]
fn every_mistake_of_an_enum_is_reported() {
    let input = quote! {
        #[catalog(range = 100..=199, titel = "x")]
        enum E {
            #[code(101, message = "a")]
            A,
            #[code(101, message = "b")]
            B,
            #[code(7, message = "out of range")]
            C,
            #[code("104", message = "quoted")]
            D,
            #[code(105, mesage = "misspelt")]
            F,
            #[code(106, message = "")]
            G,
            H,
            #[code(107, message = "m", display = "{missing}")]
            I,
        }
    };
    assert_errors(
        input,
        &[
            "unknown key `titel` in `#[catalog(...)]`: did you mean `title`?",
            "write the number without quotes, e.g. `104`",
            "unknown key `mesage` in `#[code(...)]`: did you mean `message`?",
            "`message` is empty",
            "variant `H` has no `#[code(...)]`",
            "`display` refers to `{missing}`, but `I` has no fields",
            "error code 101 first assigned here, to `A`, and again to `B`",
            "error code 101 is already used by `A`",
            "error code 7 is outside this catalog's range 100..=199",
        ],
    );
}

#[test]
fn a_code_used_three_times_is_reported_at_every_use() {
    let input = quote! {
        enum E {
            #[code(1, message = "a")] A,
            #[code(1, message = "b")] B,
            #[code(2, message = "c")] C,
            #[code(0x1, message = "d")] D,
        }
    };
    assert_errors(
        input,
        &[
            "error code 1 first assigned here, to `A`, and again to `B` and `D`",
            "error code 1 is already used by `A`: each code belongs to one variant; give `B` its own code",
            "error code 1 is already used by `A`: each code belongs to one variant; give `D` its own code",
        ],
    );
}

#[test]
fn code_literals() {
    one_error!({ #[code("6600101", message = "m")] A } => "without quotes, e.g. `6600101`");
    one_error!({ #[code("x", message = "m")] A } => "without quotes, e.g. `6600101`");
    one_error!({ #[code(CONST, message = "m")] A } => "constants and expressions cannot be");
    one_error!({ #[code(1 + 2, message = "m")] A } => "constants and expressions cannot be");
    one_error!({ #[code(-CONST, message = "m")] A } => "constants and expressions cannot be");
    one_error!({ #[code(1.5, message = "m")] A } => "write it without a fraction");
    one_error!({ #[code(2147483648, message = "m")] A } => "`2147483648` does not fit in `i32`");
    one_error!({ #[code(-2147483649, message = "m")] A } => "`-2147483649` does not fit in `i32`");
    one_error!({ #[code(99999999999999999999999, message = "m")] A } => "`99999999999999999999999` does not fit");
    one_error!({ #[code(1u32, message = "m")] A } => "has the suffix `u32`");
    one_error!({ #[code(0, message = "m")] A } => "error code 0 means success");
    one_error!({ #[code(-0, message = "m")] A } => "error code 0 means success");
    assert_errors(
        quote!(
            enum E {
                #[code(-2147483648, message = "m")]
                A,
                #[code(2147483647i32, message = "m")]
                B,
            }
        ),
        &[],
    );
}

#[test]
fn code_attribute_shape() {
    one_error!({ #[code(message = "m")] A } => "needs the error code before its keys");
    one_error!({ #[code] A } => "`#[code]` needs the error code and its message");
    one_error!({ #[code = 1] A } => "`#[code]` needs the error code and its message");
    one_error!({ #[code()] A } => "`#[code(...)]` is empty");
    one_error!({ #[code(1, 2, message = "m")] A } => "the error code goes first, and only once");
    one_error!({ #[code(1, message = "m")] #[code(2, message = "n")] A } => "a variant takes one `#[code(...)]`");
    one_error!({ A } => "variant `A` has no `#[code(...)]`");
    one_error!({ #[code(1, message = "m" title = "t")] A } => "expected `,` in `#[code(...)]`");
}

#[test]
fn code_key_values() {
    one_error!({ #[code(1, title = "t")] A } => "error code 1 has no `message`");
    one_error!({ #[code(1, message = "  ")] A } => "`message` is empty: give the official error message");
    one_error!({ #[code(1, message = "m", title = "")] A } => "`title` is empty: give its text, or leave the key out");
    one_error!({ #[code(1, message = 5)] A } => "`message` expects a string literal");
    one_error!({ #[code(1, message)] A } => "`message` needs a value");
    one_error!({ #[code(1, message = "m", since = "x")] A } => "`since` expects an API level");
    one_error!({ #[code(1, message = "m", since = 0)] A } => "`since` expects an API level");
    one_error!({ #[code(1, message = "m", since = -1)] A } => "`since` expects an API level");
    one_error!({ #[code(1, message = "m", system_api = "yes")] A } => "`system_api` is a flag");
    one_error!({ #[code(1, message = "m", display = 5)] A } => "`display` expects a string literal");
    // Repeating `cause` and `solution` is how a list is written.
    assert_errors(
        quote!(
            enum E {
                #[code(
                    1,
                    message = "m",
                    cause = "a",
                    cause = "b",
                    solution = "c",
                    solution = "d"
                )]
                A,
            }
        ),
        &[],
    );
}

#[test]
fn code_key_names() {
    one_error!({ #[code(1, message("m"))] A } => "write `message = ...`");
    one_error!({ #[code(1, message = "m", colour("m"))] A } => "unknown key `colour`");
    one_error!({ #[code(1, "m")] A } => "name the text, e.g. `message = \"...\"`");
    one_error!({ #[code(1, mesage = "m")] A } => "did you mean `message`?");
    one_error!({ #[code(1, message = "m", titel = "t")] A } => "did you mean `title`?");
    one_error!({ #[code(1, message = "m", severity = 1)] A } => "the keys are `message`, `title`");
    one_error!({ #[code(1, message = "m", a::b = 1)] A } => "unknown key `a::b`");
    one_error!({ #[code(1, message = "m", title = "a", title = "b")] A } => "`title` is given twice");
    // Keywords are keys too, as attributes write them (`crate = ...`).
    one_error!({ #[code(1, message = "m", type = "t")] A } => "unknown key `type`");
    one_error!({ #[code(1, message = "m", true = "t")] A } => "unknown key `true`");
    one_error!({ #[code(1, message = "m", [x])] A } => "expected identifier or literal in `#[code(...)]`");
}

#[test]
fn values_that_are_not_literals() {
    // A value is read up to the next comma and reported by its key; the other keys are read on.
    one_error!({ #[code(1, message = pub(crate), title = "t")] A } => "`message` expects a string literal");
    assert_errors(
        quote!(
            enum E {
                #[code(1, message = "m", title = pub(crate), cause = 5)]
                A,
            }
        ),
        &[
            "`title` expects a string literal",
            "`cause` expects a string literal",
        ],
    );
    one_error!({ #[code(1, message = #[x] "m")] A } => "unexpected attribute inside of attribute");
    one_error!(#[catalog(name = pub)] => "`name` expects a string literal");
    // Two values without a comma between them: the list reports the comma.
    one_error!({ #[code(1, message = "m" "n")] A } => "expected `,` in `#[code(...)]`");
    one_error!(#[catalog(crate = ::avsession_codes, crate = x)] => "`crate` is given twice");
}

#[test]
fn catalog_keys() {
    one_error!(#[catalog(nmae = "x")] => "did you mean `name`?");
    one_error!(#[catalog(colour = "x")] => "the keys are `name`, `title`");
    one_error!(#[catalog(name = 5)] => "`name` expects a string literal");
    one_error!(#[catalog(crate = 5)] => "`crate` expects a path");
    one_error!(#[catalog(crate = "not a path")] => "`crate` expects a path");
    one_error!(#[catalog(skip_display = 1)] => "`skip_display` is a flag");
    one_error!(#[catalog(debug = "yes")] => "`debug` is a flag");
    one_error!(#[catalog] => "`#[catalog]` takes a list of keys");
    one_error!(#[catalog(name = "a")] #[catalog(title = "b")] => "`#[catalog(...)]` is given twice");
    one_error!(#[catalog(name = "a" title = "b")] => "expected `,` in `#[catalog(...)]`");
}

#[test]
fn catalog_ranges() {
    one_error!(#[catalog(range = 5)] => "`range` expects a range of integer literals");
    one_error!(#[catalog(range = 1..)] => "`range` needs both bounds");
    one_error!(#[catalog(range = ..=1)] => "`range` needs both bounds");
    one_error!(#[catalog(range = 1..1)] => "a range `a..a` holds no code");
    one_error!(#[catalog(range = 9..=1)] => "its start is above its end; swap the bounds");
    one_error!(#[catalog(range = 0..=4294967295)] => "the range bound `4294967295` does not fit");
    one_error!(#[catalog(range = X..=1)] => "the range bound must be an integer literal");
}

#[test]
fn a_broken_message_is_not_also_reported_missing() {
    for variant in [
        quote!(
            #[code(1, message = "")]
            A
        ),
        quote!(
            #[code(1, message = 5)]
            A
        ),
        quote!(
            #[code(1, message)]
            A
        ),
        quote!(
            #[code(1, message("m"))]
            A
        ),
        quote!(
            #[code(1, "m")]
            A
        ),
        quote!(
            #[code(1, mesage = "m")]
            A
        ),
    ] {
        let found = errors(quote!(enum E { #variant }));
        assert_eq!(found.len(), 1, "{variant}: {found:#?}");
        assert!(!found[0].contains("has no `message`"), "{found:#?}");
    }
}

#[test]
fn ranges() {
    let input = quote! {
        #[catalog(range = 100..200)]
        enum E {
            #[code(100, message = "m")] Low,
            #[code(199, message = "m")] High,
            #[code(200, message = "m")] Past,
            #[code(-1, message = "m")] Negative,
        }
    };
    assert_errors(
        input,
        &[
            "error code 200 is outside this catalog's range 100..200",
            "error code -1 is outside this catalog's range 100..200",
        ],
    );
    assert_errors(
        quote!(
            #[catalog(range = -10..=-1)]
            enum E {
                #[code(-10, message = "m")]
                A,
            }
        ),
        &[],
    );
}

#[test]
fn shapes() {
    assert_errors(
        quote!(
            struct S {
                code: i32,
            }
        ),
        &["works on enums, one variant per error code; `S` is a struct"],
    );
    assert_errors(
        quote!(union U { a: i32 }),
        &["works on enums, one variant per error code; `U` is a union"],
    );
    assert_errors(
        quote!(
            enum E {}
        ),
        &["`E` has no variants"],
    );
    assert_errors(
        quote!(
            enum E<T> {
                #[code(transparent)]
                Inner(Other),
                #[code(1, message = "m")]
                V(T),
            }
        ),
        &["`#[code(transparent)]` is not supported in generic enums"],
    );
    assert_errors(
        quote!(
            enum E<'a> {
                #[code(transparent)]
                Inner(&'a Other),
            }
        ),
        &["`#[code(transparent)]` is not supported in generic enums"],
    );
}

#[test]
fn transparent() {
    let cases = [
        (
            quote!(
                #[code(transparent)]
                A
            ),
            "give `A` the catalog as its one field",
        ),
        (
            quote!(
                #[code(transparent)]
                A(X, u8)
            ),
            "`A` needs exactly one field, remove the others",
        ),
        (
            quote!(
                #[code(transparent)]
                A {}
            ),
            "give `A` the catalog as its one field",
        ),
        (
            quote!(
                #[code(transparent, message = "m")]
                A(X)
            ),
            "`#[code(transparent)]` takes no other keys",
        ),
    ];
    for (variant, expected) in cases {
        assert_errors(quote!(enum E { #variant }), &[expected]);
    }
    assert_errors(
        quote!(
            enum E {
                #[code(transparent)]
                A { inner: X },
            }
        ),
        &[],
    );
}

#[test]
fn display_placeholders() {
    let cases = [
        (
            quote!(
                #[code(1, message = "m", display = "{}")]
                A(u8)
            ),
            "`display` cannot use `{}`",
        ),
        (
            quote!(
                #[code(1, message = "m", display = "{:?}")]
                A(u8)
            ),
            "`display` cannot use `{}`",
        ),
        (
            quote!(
                #[code(1, message = "m", display = "{1}")]
                A(u8)
            ),
            "has no such field: use `{0}`",
        ),
        (
            quote!(
                #[code(1, message = "m", display = "{nme}")]
                A { name: u8 }
            ),
            "did you mean `{name}`?",
        ),
        (
            quote!(
                #[code(1, message = "m", display = "{zzz}")]
                A { name: u8, id: u8 }
            ),
            "has no such field: use `{name}`, `{id}`",
        ),
        (
            quote!(
                #[code(1, message = "m", display = "{x}")]
                A
            ),
            "`A` has no fields: remove `{x}`",
        ),
        (
            quote!(
                #[code(1, message = "m", display = "{0")]
                A(u8)
            ),
            "has a `{0` that is not closed",
        ),
        (
            quote!(
                #[code(1, message = "m", display = "a}b")]
                A
            ),
            "a `}` that closes no placeholder",
        ),
        (
            quote!(
                #[code(1, message = "m", display = 5)]
                A
            ),
            "`display` expects a string literal",
        ),
    ];
    for (variant, expected) in cases {
        assert_errors(quote!(enum E { #variant }), &[expected]);
    }
    assert_errors(
        quote!(
            enum E {
                #[code(1, message = "m", display = "{{{0:>4}}} {0:?} {name}")]
                A(u8),
            }
        ),
        &["has no such field: use `{0}`"],
    );
    assert_errors(
        quote!(
            enum E {
                #[code(1, message = "m", display = "{{{0:>4}}} {0:?} }}")]
                A(u8),
            }
        ),
        &[],
    );
}

#[test]
fn sources() {
    assert_errors(
        quote!(enum E { #[code(1, message = "m")] A { #[source] a: X, #[source] b: Y } }),
        &["a variant has at most one `#[source]` field, since `source()` returns one error: `a` is already the source"],
    );
    assert_errors(
        quote!(
            enum E {
                #[code(1, message = "m")]
                A(#[source] X, #[source] Y),
            }
        ),
        &["field 0 is already the source"],
    );
    assert_errors(
        quote!(
            enum E {
                #[code(1, message = "m")]
                A(#[source(x)] X),
            }
        ),
        &["`#[source]` takes no arguments: write `#[source]` alone"],
    );
    assert_errors(
        quote!(
            enum E {
                #[code(1, message = "m")]
                A(#[source = "x"] X),
            }
        ),
        &["`#[source]` takes no arguments"],
    );
}

#[test]
fn errors_come_with_the_fallback_api() {
    let output = derive(quote!(
        enum E {
            #[code(1, message = "m")]
            A,
            #[code(1, message = "n")]
            B,
        }
    ));
    let text = output.to_string();
    assert_eq!(messages(&output).len(), 2);
    for item in [
        "pub const fn code",
        "pub const fn from_code",
        "pub const ENTRIES",
        "pub const ALL",
        "ErrorCatalog for E",
        "FromCode for E",
        ":: core :: fmt :: Display for E",
        ":: core :: error :: Error for E",
        "serialize_by_code",
        "deserialize_by_code",
        "diagnostic",
    ] {
        assert!(text.contains(item), "no `{item}` in the fallback: {text}");
    }
    // `skip_display` leaves `Display` and `Error` to the user even after an error.
    let text = derive(quote!(
        #[catalog(skip_display)]
        enum E {
            #[code(1)]
            A,
        }
    ))
    .to_string();
    assert!(
        !text.contains("Display for E") && !text.contains("Error for E"),
        "{text}"
    );
    // A generic enum gets no `ALL`: `&'static [Self]` would need `T: 'static`.
    let text = derive(quote!(
        enum E<T> {
            #[code(1)]
            A(T),
        }
    ))
    .to_string();
    assert!(
        text.contains("pub const fn code") && !text.contains("pub const ALL"),
        "{text}"
    );
}

#[test]
fn input_that_is_not_an_item_is_a_syntax_error() {
    let found = errors(quote!(
        fn f() {}
    ));
    assert_eq!(found.len(), 1, "{found:#?}");
}

/// Whether the derive sees discriminants that are the codes, written or implied.
fn discriminants_are_codes(input: TokenStream) -> bool {
    let input: syn::DeriveInput = syn::parse2(input).expect("an item");
    let mut errors = crate::error::Accumulator::default();
    let catalog = crate::attr::parse_catalog(&input.attrs, &mut errors);
    let model = crate::ast::Input::from_syn(&input, &catalog, &mut errors).expect("an enum");
    errors.finish().expect("no errors");
    model.discriminants_are_codes()
}

#[test]
fn discriminants_that_are_the_codes() {
    // Written, implied by the one before, with a suffix, in parentheses, negative.
    assert!(discriminants_are_codes(quote! {
        #[repr(i32)]
        enum E {
            #[code(6600101, message = "A.")] A = 6600101,
            #[code(6600102, message = "B.")] B,
            #[code(6611000, message = "C.")] C = 6_611_000i32,
            #[code(-7, message = "D.")] D = (-7),
            #[code(-6, message = "E.")] E,
            #[code(-2147483648, message = "F.")] F = -2147483648,
        }
    }));
    // Implied from zero.
    assert!(discriminants_are_codes(quote! {
        enum E { #[code(0, message = "A.")] A, #[code(1, message = "B.")] B }
    }));
    let not = [
        // No discriminants: the first variant is 0.
        quote!(
            enum E {
                #[code(6600101, message = "A.")]
                A,
            }
        ),
        // One implied discriminant that is not its code.
        quote!(
            enum E {
                #[code(1, message = "A.")]
                A = 1,
                #[code(3, message = "B.")]
                B,
            }
        ),
        // A written one that is not.
        quote!(
            enum E {
                #[code(1, message = "A.")]
                A = 2,
            }
        ),
        // Not a literal: the derive cannot know its value.
        quote!(
            enum E {
                #[code(1, message = "A.")]
                A = ONE,
            }
        ),
        quote!(
            enum E {
                #[code(2, message = "A.")]
                A = 1 + 1,
            }
        ),
        // Past `i64`.
        quote!(
            enum E {
                #[code(1, message = "A.")]
                A = 99999999999999999999,
            }
        ),
    ];
    for input in not {
        assert!(!discriminants_are_codes(input.clone()), "{input}");
    }
}

/// An enum of `n` variants whose discriminants are their codes, `step` apart.
fn mirrored(n: i32, step: i32) -> TokenStream {
    let variants = (0..n).map(|i| {
        let ident = quote::format_ident!("V{}", i.to_string());
        let code = proc_macro2::Literal::i32_unsuffixed(1 + i * step);
        quote!(#[code(#code, message = "m")] #ident = #code,)
    });
    quote!(#[repr(i32)] enum E { #(#variants)* })
}

#[test]
fn discriminants_that_are_codes_are_read_at_any_size() {
    for (n, step) in [(9, 1), (9, 1000), (300, 1), (300, 1000), (1100, 1000)] {
        let text = derive(mirrored(n, step)).to_string();
        let code = text
            .split("pub const fn code (& self) -> i32 {")
            .nth(1)
            .expect("code()");
        // `code()` is a `match self` of the codes, which rustc folds to the discriminant.
        assert!(
            code.trim_start().starts_with("match self { E :: V0 => 1 ,"),
            "{n}, {step}: {code}"
        );
        // Up to 256 variants `from_code` is a `match` of the codes; above, it goes through
        // `__position`.
        let large = n > 256;
        assert_eq!(
            text.contains("match code { 1 => E :: V0 ,"),
            !large,
            "{n}, {step}"
        );
        // The row of a variant: from its slot when up to 256 codes fall in a few clusters
        // (one run here); else from its code, through `__position` in a few clusters (a run of
        // more than 256 codes: a subtraction and a compare), through a perfect hash in more.
        let slots = !large && step == 1;
        assert_eq!(
            text.contains("__ROWS [self . __slot ()]"),
            slots,
            "{n}, {step}"
        );
        let hash = step > 1;
        assert_eq!(text.contains("__HASH_ROWS"), hash, "{n}, {step}");
        assert_eq!(
            text.contains("__position (self . code ())"),
            !slots && !hash,
            "{n}, {step}"
        );
        assert!(!text.contains("__CODES [self"), "{n}, {step}");
        // Up to 1,024 variants a row goes back to its variant through `ALL`, above through a
        // `match` of rows.
        let from_all = text.contains("match Self :: ALL [__row]");
        assert_eq!(from_all, n <= 1024, "{n}, {step}");
        assert_eq!(text.contains("match __row {"), n > 1024, "{n}, {step}");
    }
    // Without the codes as discriminants, the code is read from its table, unless the codes
    // step evenly: then it is computed from the variant's place.
    let text = derive(quote!(
        enum E {
            #[code(5, message = "m")]
            A,
            #[code(7, message = "m")]
            B,
            #[code(8, message = "m")]
            C,
        }
    ))
    .to_string();
    assert!(
        text.contains("__CODES [self . __catalog_index ()]"),
        "{text}"
    );
    for (codes, first, step) in [
        (&[5][..], "5", "0"),
        (&[5, 7, 9], "5", "2"),
        (&[-1, -2, -3, -4], "- 1", "- 1"),
        (&[i32::MIN, 1], "- 2147483648", "- 2147483647"),
    ] {
        let arms = codes.iter().zip(0..).map(|(code, i)| {
            let ident = quote::format_ident!("V{i}");
            quote!(#[code(#code, message = "m")] #ident,)
        });
        let text = derive(quote!(enum E { #(#arms)* })).to_string();
        assert!(!text.contains("__CODES [self"), "{codes:?}: {text}");
        let computed = format!(
            ":: core :: primitive :: i32 :: wrapping_add ({first} , :: core :: primitive :: i32 :: \
             wrapping_mul (self . __catalog_index () as i32 , {step}) ,)"
        );
        assert!(text.contains(&computed), "{codes:?}: {text}");
    }
}
