//! The page parser never panics: 100,000 seeded mutations of the fixture pages, each parsed
//! and, when it parses, printed back byte for byte and read through every view; when it does
//! not, the error names a line of the input.

use std::path::Path;

use avsession_codes::page::Page;

/// Deterministic, so a failure names a case that can be run again.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap()
    }
}

/// What the mutations insert: the page format's own pieces and its known troublemakers.
const PIECES: &[&str] = &[
    "## ",
    "### ",
    "# ",
    "\n",
    "\n\n",
    "**",
    "**Error Message**",
    "**错误信息**<br>",
    "**Solution**\n",
    "**Possible Causes**<br>",
    "<!--Del-->\n",
    "<!--DelEnd-->\n",
    "<!--RP1-->",
    "<!--",
    "-->",
    "1. ",
    "1.",
    "2、",
    "- ",
    "> ",
    ">",
    "`",
    "```\n",
    "    ",
    "\t",
    " \t \n",
    "<br>",
    "</br>",
    "<sup>(deprecated)</sup>",
    "6600101 ",
    "2147483648 ",
    "-1 ",
    "66001O1 ",
    "0 ",
    "| a | b |\n|---|---|\n",
    "[link](#a)",
    "\\",
    "处理步骤",
    "é",
    "\u{3000}",
    "***\n",
    "<div>\n",
    "[x]: http://y\n",
];

fn mutate(rng: &mut XorShift, text: &str) -> String {
    let mut out = text.to_owned();
    for _ in 0..=rng.below(3) {
        let at = boundary(&out, rng.below(out.len() + 1));
        match rng.below(5) {
            0 | 1 => out.insert_str(at, PIECES[rng.below(PIECES.len())]),
            2 => {
                let end = boundary(&out, at + rng.below(40));
                out.replace_range(at..end, "");
            }
            3 => {
                // Repeat a line elsewhere (a heading twice makes a duplicate code).
                let start = out[..at].rfind('\n').map_or(0, |nl| nl + 1);
                let end = out[at..].find('\n').map_or(out.len(), |nl| at + nl + 1);
                let line = out[start..end].to_owned();
                let to = boundary(&out, rng.below(out.len() + 1));
                out.insert_str(to, &line);
            }
            _ => {
                let end = boundary(&out, at + rng.below(4) + 1);
                let byte = PIECES[rng.below(PIECES.len())];
                out.replace_range(at..end, byte);
            }
        }
    }
    out
}

/// The nearest char boundary at or below `at`.
fn boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A window of the page around a random heading: small enough that 100,000 parses stay quick
/// in a debug build, and starting where a code's section starts more often than not.
fn window<'a>(rng: &mut XorShift, text: &'a str) -> &'a str {
    let headings: Vec<usize> = text.match_indices("\n## ").map(|(at, _)| at + 1).collect();
    let start = if headings.is_empty() || rng.below(4) == 0 {
        0
    } else {
        headings[rng.below(headings.len())]
    };
    let end = boundary(text, start + 200 + rng.below(1800));
    &text[start..end.max(start)]
}

/// Parses one case; whether it parsed.
fn check(case: &str, number: usize) -> bool {
    let context = || format!("case {number}: {case:?}");
    match Page::parse(case) {
        Ok(page) => {
            assert!(page.to_string() == case, "{}: not byte for byte", context());
            let _ = (
                page.title(),
                page.header_comments(),
                page.intro(),
                page.groups(),
            );
            if let Some(note) = page.note() {
                let _ = (note.text(), note.label());
            }
            for section in page.sections() {
                let _ = (section.title(), section.message(), section.description());
                let _ = (section.causes(), section.solutions(), section.intro());
                for sub in section.subsections() {
                    for block in sub.blocks() {
                        let _ = (block.text(), block.items(), block.label());
                    }
                }
                for block in section.blocks() {
                    let _ = (block.text(), block.items(), block.label(), block.has_br());
                }
            }
            true
        }
        Err(err) => {
            let lines = case.lines().count().max(1);
            assert!(
                (1..=lines).contains(&err.line()),
                "{}: error on line {} of {lines}: {err}",
                context(),
                err.line()
            );
            assert!(!err.to_string().is_empty());
            false
        }
    }
}

#[test]
fn mutated_pages_never_panic_and_come_back_byte_for_byte() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut pages = Vec::new();
    for dir in ["", "zh-cn", "pages/en", "pages/zh-cn"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") && !path.ends_with("README.md") {
                pages.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    pages.sort();
    let mut rng = XorShift(0x2545_F491_4F6C_DD1D);
    let (mut parsed, mut rejected) = (0, 0);
    for case in 0..100_000 {
        let page = &pages[rng.below(pages.len())];
        let window = window(&mut rng, page);
        let text = mutate(&mut rng, window);
        if check(&text, case) {
            parsed += 1;
        } else {
            rejected += 1;
        }
    }
    // Both outcomes are exercised, many times.
    assert!(
        parsed > 10_000 && rejected > 1_000,
        "parsed {parsed}, rejected {rejected}"
    );
}
