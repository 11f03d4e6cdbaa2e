//! No input makes the derive panic. Valid enums are mutated as token trees by a seeded
//! xorshift generator: tokens dropped, repeated, swapped or moved; literals of the wrong kind;
//! integers beyond `i64` and `u128`; empty groups and changed delimiters; unicode identifiers.
//! A failure prints the case's seed and its input; `case(seed)` rebuilds it.

use std::panic::{self, AssertUnwindSafe};

use proc_macro2::{Delimiter, Group, Ident, Literal, Punct, Spacing, Span, TokenStream, TokenTree};
use quote::quote;

use crate::attr;
use crate::expand::derive;

const SEED: u64 = 0x5eed_cafe_f00d_1065;
const CASES: u64 = 10_000;

/// xorshift64*: small, fast, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Self {
        // splitmix64 of the seed, so neighbouring seeds start far apart (and never at zero).
        let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        Rng((z ^ (z >> 31)) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n`; `n` is at least 1.
    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// The valid enums that mutations start from, together using every attribute and key.
fn corpus() -> Vec<TokenStream> {
    vec![
        quote! {
            #[derive(Debug)]
            #[catalog(name = "AVSession", title = "AVSession Error Codes", note = "Note.",
                      range = 6600000..=6699999, url = "https://example.com/{code}")]
            pub enum AVSessionError {
                #[code(6600101, message = "Session service exception.", title = "Exception",
                       description = "Abnormal.", cause = "Killed.", cause = "IPC failed.",
                       solution = "Wait.", solution = "Restart.", since = 10, system_api)]
                ServiceException,
                #[code(6600102, message = "The session does not exist.", system_api = false)]
                SessionDoesNotExist,
            }
        },
        quote! {
            #[catalog(debug)]
            enum Data<'a, T: Clone, const N: usize> where T: Default {
                #[code(-1, message = "Read.", display = "cannot read {path}: {source:?}")]
                Read { path: &'a str, #[source] source: Io },
                #[code(0x2, message = "Tuple.", display = "{0} {1:>4} {{x}}")]
                Tuple(T, [u8; N]),
                #[code(3i32, message = "Unit.")]
                Unit,
            }
        },
        quote! {
            #[catalog(crate = ::codes, skip_display, debug, range = -100..0)]
            enum Api {
                #[code(transparent)]
                Universal(UniversalError),
                #[code(-7, message = "Own.")]
                Own,
                #[code(transparent)]
                Session { inner: AVSessionError },
            }
        },
        quote! {
            #[catalog(crate = "renamed::path")]
            enum Small { #[code(1, message = "m")] A }
        },
        // More than four clusters: the search through the bucket table.
        quote! {
            enum Spread {
                #[code(-2147483648, message = "a")] A,
                #[code(1, message = "b")] B,
                #[code(2, message = "c")] C,
                #[code(40, message = "d")] D,
                #[code(90, message = "e")] E,
                #[code(200, message = "f")] F,
                #[code(2147483647, message = "g")] G,
            }
        },
    ]
}

fn literal(rng: &mut Rng) -> Literal {
    const TEXT: &[&str] = &[
        "\"\"",
        "\"  \"",
        "\"{\"",
        "\"}\"",
        "\"{}\"",
        "\"{0}\"",
        "\"{:?}\"",
        "\"{name\"",
        "\"{{\"",
        "\"ünï{cödé}\"",
        "\"名前 {名前}\"",
        "\"6600101\"",
        "\"::a::b\"",
        "\"a b c\"",
        "r#\"raw\"#",
        "b\"bytes\"",
        "c\"cstr\"",
        "'x'",
        "b'x'",
        "'\\u{10FFFF}'",
        "0",
        "-1",
        "1.5",
        "1e400",
        "1f32",
        "7u8",
        "7i128",
        "7usize",
        "1_000_000",
        "0b1010",
        "0o777",
        "0xFFFF_FFFF",
        "2147483647",
        "2147483648",
        "-2147483649",
        "9223372036854775808",
        "18446744073709551616",
        "340282366920938463463374607431768211456",
        "99999999999999999999999999999999999999999999999999999999999",
        "99999999999999999999999999999999999999999u8",
    ];
    let text = *rng.pick(TEXT);
    text.parse()
        .unwrap_or_else(|_| Literal::string(&format!("unparsable {text}")))
}

fn ident(rng: &mut Rng) -> Ident {
    // Besides every key the parser knows (its own lists, so a new key is fuzzed too):
    // attribute names, keywords, non-ASCII names and a misspelt key.
    const OTHERS: &[&str] = &[
        "code",
        "catalog",
        "source",
        "transparent",
        "enum",
        "struct",
        "union",
        "where",
        "self",
        "Self",
        "super",
        "true",
        "false",
        "_",
        "café",
        "名前",
        "Ωmega",
        "ñ",
        "σ",
        "ǅ",
        "mesage",
    ];
    if rng.chance(5) {
        return Ident::new_raw("type", Span::call_site());
    }
    let names = [attr::CATALOG_KEYS, attr::CODE_KEYS, OTHERS].concat();
    let name = *rng.pick(&names);
    Ident::new(name, Span::call_site())
}

fn punct(rng: &mut Rng) -> Punct {
    const CHARS: &[char] = &[
        ',', '=', '#', '.', '-', ':', ';', '!', '<', '>', '&', '\'', '+',
    ];
    let spacing = if rng.chance(30) {
        Spacing::Joint
    } else {
        Spacing::Alone
    };
    Punct::new(*rng.pick(CHARS), spacing)
}

fn delimiter(rng: &mut Rng) -> Delimiter {
    *rng.pick(&[
        Delimiter::Parenthesis,
        Delimiter::Brace,
        Delimiter::Bracket,
        Delimiter::None,
    ])
}

fn random_token(rng: &mut Rng) -> TokenTree {
    match rng.below(4) {
        0 => literal(rng).into(),
        1 => ident(rng).into(),
        2 => punct(rng).into(),
        _ => Group::new(delimiter(rng), TokenStream::new()).into(),
    }
}

/// Applies one mutation somewhere in `tokens`: at this level, or inside one of its groups.
fn mutate(tokens: &mut Vec<TokenTree>, rng: &mut Rng) {
    let groups: Vec<usize> = (0..tokens.len())
        .filter(|&i| matches!(tokens[i], TokenTree::Group(_)))
        .collect();
    if !groups.is_empty() && rng.chance(85) {
        let at = *rng.pick(&groups);
        if let TokenTree::Group(group) = &tokens[at] {
            let mut inner: Vec<TokenTree> = group.stream().into_iter().collect();
            mutate(&mut inner, rng);
            let mut rebuilt = Group::new(group.delimiter(), inner.into_iter().collect());
            rebuilt.set_span(group.span());
            tokens[at] = rebuilt.into();
        }
        return;
    }
    if tokens.is_empty() {
        tokens.push(random_token(rng));
        return;
    }
    let i = rng.below(tokens.len());
    match rng.below(11) {
        0 => {
            tokens.remove(i);
        }
        1 => {
            let copy = tokens[i].clone();
            tokens.insert(i, copy);
        }
        2 => {
            let j = rng.below(tokens.len());
            tokens.swap(i, j);
        }
        3 => tokens[i] = literal(rng).into(),
        4 => tokens[i] = ident(rng).into(),
        5 => tokens.insert(i, punct(rng).into()),
        6 => {
            let delimiter = match &tokens[i] {
                TokenTree::Group(group) => group.delimiter(),
                _ => delimiter(rng),
            };
            tokens[i] = Group::new(delimiter, TokenStream::new()).into();
        }
        7 => {
            if let TokenTree::Group(group) = &tokens[i] {
                tokens[i] = Group::new(delimiter(rng), group.stream()).into();
            } else {
                tokens.insert(i, random_token(rng));
            }
        }
        8 => tokens.truncate(i),
        9 => {
            // Move a run of tokens elsewhere.
            let end = (i + 1 + rng.below(4)).min(tokens.len());
            let run: Vec<TokenTree> = tokens.drain(i..end).collect();
            let to = rng.below(tokens.len() + 1);
            tokens.splice(to..to, run);
        }
        _ => {
            // Repeat a run of tokens, e.g. a whole attribute or variant.
            let end = (i + 1 + rng.below(6)).min(tokens.len());
            let run: Vec<TokenTree> = tokens[i..end].to_vec();
            let to = rng.below(tokens.len() + 1);
            tokens.splice(to..to, run);
        }
    }
}

/// The input of one case: a corpus enum with one to four mutations.
fn case(seed: u64) -> TokenStream {
    let mut rng = Rng::new(seed);
    let corpus = corpus();
    let mut tokens: Vec<TokenTree> = rng.pick(&corpus).clone().into_iter().collect();
    for _ in 0..=rng.below(4) {
        mutate(&mut tokens, &mut rng);
    }
    tokens.into_iter().collect()
}

/// Whether the derive reported errors of its own (beside its fallback), not a syn parse error
/// of the whole input.
fn has_errors(output: &TokenStream) -> bool {
    let idents: Vec<String> = output
        .clone()
        .into_iter()
        .filter_map(|tt| match tt {
            TokenTree::Ident(ident) => Some(ident.to_string()),
            _ => None,
        })
        .collect();
    idents.iter().any(|i| i == "compile_error") && idents.iter().any(|i| i == "const")
}

#[test]
fn mutated_enums_never_panic() {
    let mut with_errors = 0;
    for index in 0..CASES {
        let seed = SEED.wrapping_add(index);
        let input = case(seed);
        let output = match panic::catch_unwind(AssertUnwindSafe(|| derive(input.clone()))) {
            Ok(output) => output,
            Err(payload) => {
                let reason = payload
                    .downcast_ref::<String>()
                    .map(String::as_str)
                    .or_else(|| payload.downcast_ref::<&str>().copied())
                    .unwrap_or("a non-string panic");
                panic!("the derive panicked ({reason}) on case(seed = {seed:#x}):\n{input}");
            }
        };
        // Parsing the output costs three times the derive: one case in ten is checked.
        if index % 10 == 0 {
            if let Err(err) = syn::parse2::<syn::File>(output.clone()) {
                panic!(
                    "the derive emitted tokens that are not items ({err}) on case(seed = \
                     {seed:#x}):\n{input}\n=> {output}"
                );
            }
        }
        with_errors += usize::from(has_errors(&output));
    }
    // The mutations must reach the macro's own checks, not stop at syn's parse of the enum
    // (then there is no fallback) nor only rename things harmlessly.
    assert!(
        with_errors > 2_500,
        "only {with_errors} of {CASES} cases reached the checks"
    );
}

/// What a `#[code(...)]` was read as, to compare the two parsers.
fn read_as(spec: &attr::CodeSpec) -> String {
    let texts = |texts: &[attr::Text]| {
        texts
            .iter()
            .map(|t| quote!(#t).to_string())
            .collect::<Vec<_>>()
    };
    let (message, title, description) = (&spec.message, &spec.title, &spec.description);
    format!(
        "{} {} {:?} {:?} {:?} {:?} {:?} {} {:?}",
        spec.code,
        quote!(#message),
        title.as_ref().map(|t| quote!(#t).to_string()),
        description.as_ref().map(|t| quote!(#t).to_string()),
        texts(&spec.causes),
        texts(&spec.solutions),
        spec.since,
        spec.system_api,
        spec.display.as_ref().map(syn::LitStr::value),
    )
}

/// Whatever the direct read of `#[code(...)]` accepts, the full parser accepts without an
/// error and reads the same, on every mutated case.
#[test]
fn the_fast_path_reads_what_the_full_parser_reads() {
    let (mut fast, mut slow) = (0, 0);
    for index in 0..CASES {
        let seed = SEED.wrapping_add(index);
        let Ok(input) = syn::parse2::<syn::DeriveInput>(case(seed)) else {
            continue;
        };
        let syn::Data::Enum(data) = &input.data else {
            continue;
        };
        let attrs = data.variants.iter().flat_map(|v| &v.attrs);
        for attr in attrs.filter(|a| a.path().is_ident("code")) {
            let syn::Meta::List(list) = &attr.meta else {
                continue;
            };
            let Some(spec) = attr::fast::code(&list.tokens, None) else {
                slow += 1;
                continue;
            };
            fast += 1;
            let mut errors = crate::error::Accumulator::default();
            let full = attr::parse_code_full(attr, None, &mut errors);
            let errors = errors.finish();
            let context = format!("case(seed = {seed:#x}), `{}`", quote!(#attr));
            assert!(
                errors.is_ok(),
                "{context}: the full parser reports {errors:?}"
            );
            let Some(attr::CodeAttr::Code(full)) = full else {
                panic!("{context}: the full parser reads no code");
            };
            assert_eq!(read_as(&spec), read_as(&full), "{context}");
        }
    }
    // Both paths are taken, many times: the corpus's attributes, mutated or not.
    assert!(
        fast > 5_000 && slow > 5_000,
        "fast path {fast} times, full parser {slow} times"
    );
}

#[test]
fn the_same_seed_gives_the_same_case() {
    for seed in [SEED, SEED + 1, 7] {
        assert_eq!(case(seed).to_string(), case(seed).to_string());
    }
    assert_ne!(case(SEED).to_string(), case(SEED + 1).to_string());
}
