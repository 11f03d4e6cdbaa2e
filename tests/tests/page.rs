//! The page model: every page in `fixtures/` comes back byte for byte, the views read what the
//! pages say, and each kind of broken page is an error naming its line.

use std::path::{Path, PathBuf};

use avsession_codes::page::{Language, Page, PageErrorKind, Role};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

/// Every Markdown page of the fixtures: the seed, the current AVSession and universal pages in
/// both languages, and the 14 kits in both languages.
fn pages() -> Vec<(PathBuf, String)> {
    let root = fixtures();
    let mut out = Vec::new();
    for dir in [
        root.clone(),
        root.join("zh-cn"),
        root.join("pages/en"),
        root.join("pages/zh-cn"),
    ] {
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with("README.md"))
            .collect();
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path, text));
        }
    }
    out
}

fn page(relative: &str) -> Page {
    let text = std::fs::read_to_string(fixtures().join(relative)).unwrap();
    Page::parse(&text).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// The rows of `pages/SOURCES.tsv`: file (under `pages/`), repository, path, commit,
/// characters, sha256.
fn sources() -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(fixtures().join("pages/SOURCES.tsv")).unwrap();
    text.lines()
        .skip(1)
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect()
}

#[test]
fn every_page_comes_back_byte_for_byte() {
    let pages = pages();
    assert_eq!(pages.len(), 3 + 2 + sources().len(), "fixtures: {pages:#?}");
    for (path, text) in &pages {
        let page = Page::parse(text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(
            page.to_string() == *text,
            "{} does not come back",
            path.display()
        );
        assert!(
            !page.sections().is_empty() || !page.rows().is_empty(),
            "{}",
            path.display()
        );
    }
}

#[test]
fn every_gathered_page_is_recorded_with_its_source_and_length() {
    let sources = sources();
    for row in &sources {
        let [file, repository, path, commit, characters, sha256] = &row[..] else {
            panic!("SOURCES.tsv: six fields expected: {row:?}");
        };
        let text = std::fs::read_to_string(fixtures().join("pages").join(file))
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_eq!(text.chars().count().to_string(), *characters, "{file}");
        assert_eq!(repository, "openharmony-rs/openharmony-docs", "{file}");
        assert!(
            path.ends_with(file.rsplit('/').next().unwrap()),
            "{file}: {path}"
        );
        assert!(commit.len() == 40 && sha256.len() == 64, "{file}");
    }
    for language in ["en", "zh-cn"] {
        for entry in std::fs::read_dir(fixtures().join("pages").join(language)).unwrap() {
            let name = format!(
                "{language}/{}",
                entry.unwrap().file_name().to_string_lossy()
            );
            assert!(
                sources.iter().any(|row| row[0] == name),
                "{name} is not in SOURCES.tsv"
            );
        }
    }
}

#[test]
fn languages_come_from_the_labels() {
    for (path, text) in pages() {
        let page = Page::parse(&text).unwrap();
        let chinese = path.components().any(|c| c.as_os_str() == "zh-cn");
        let expected = if chinese {
            Language::Chinese
        } else {
            Language::English
        };
        assert_eq!(page.language(), expected, "{}", path.display());
    }
    assert_eq!(Language::Chinese.tag(), "zh-CN");
}

#[test]
fn the_avsession_page() {
    let page = page("errorcode-avsession-current.md");
    assert_eq!(page.title(), Some("AVSession Management Error Codes"));
    assert_eq!(page.header_comments().len(), 6);
    assert_eq!(page.header_comments()[0], "<!--Kit: AVSession Kit-->");
    let note = page.note().unwrap();
    assert_eq!(note.label(), Some("NOTE"));
    assert!(note
        .text()
        .starts_with("This topic describes only module-specific error codes."));
    assert_eq!(note.line(), 9);
    let sections = page.sections();
    assert_eq!(sections.len(), 66);
    let codes: Vec<i32> = sections
        .iter()
        .map(avsession_codes::page::Section::code)
        .collect();
    assert!(codes.contains(&6600110) && codes.contains(&6600111));

    let first = &sections[0];
    assert_eq!(
        (first.code(), first.line(), first.level()),
        (6600101, 13, 2)
    );
    assert_eq!(first.title(), "Session Service Exception");
    assert_eq!(
        first.message().as_deref(),
        Some("Session service exception.")
    );
    assert!(first
        .description()
        .unwrap()
        .starts_with("The session service is abnormal"));
    assert_eq!(
        first.causes(),
        ["The session service is killed during session restart."]
    );
    assert_eq!(first.solutions().len(), 2);
    assert!(first.solutions()[1].starts_with("Destroy the current session"));
    let labels: Vec<_> = first
        .blocks()
        .iter()
        .map(|b| (b.label(), b.role()))
        .collect();
    assert_eq!(
        labels,
        [
            ("Error Message", Role::Message),
            ("Description", Role::Description),
            ("Possible Causes", Role::Causes),
            ("Solution", Role::Solution)
        ]
    );
    assert_eq!(first.blocks()[0].line(), 15);

    // System APIs are the sections inside <!--Del-->.
    let system: Vec<i32> = sections
        .iter()
        .filter(|s| s.system_api())
        .map(avsession_codes::page::Section::code)
        .collect();
    assert_eq!(system, [6600104, 6600108]);
    // 6600111 has no **Error Message** label (README of the reference pages).
    let lyrics = page.section(6600111).unwrap();
    assert!(lyrics.block(Role::Message).is_none());
    assert_eq!(
        lyrics.message().as_deref(),
        Some("The desktop lyrics feature is not supported.")
    );
}

#[test]
fn the_seed_is_the_first_nine_codes() {
    let seed = page("errorcode-avsession.md");
    let current = page("errorcode-avsession-current.md");
    assert_eq!(seed.sections().len(), 9);
    for section in seed.sections() {
        let now = current.section(section.code()).unwrap();
        assert_eq!(section.title(), now.title());
        assert_eq!(section.message(), now.message());
        assert_eq!(section.solutions(), now.solutions());
    }
    // The seed has no comments and no <!--Del-->.
    assert!(seed.header_comments().is_empty());
    assert!(seed.sections().iter().all(|s| !s.system_api()));
}

#[test]
fn variations_of_the_format() {
    // Codes under group headings (###), the groups kept apart.
    let files = page("pages/en/errorcode-filemanagement.md");
    assert!(files
        .groups()
        .iter()
        .any(|(_, g)| *g == "Basic File IO Error Codes"));
    let op = files.section(13900001).unwrap();
    assert_eq!((op.level(), op.title()), (3, "Operation Not Permitted"));
    assert!(!files.intro().is_empty());

    // Numbered subsections are not codes; each has its own labels.
    let geo = page("pages/en/errorcode-geoLocationManager.md");
    let result = geo.section(3301200).unwrap();
    assert!(result.blocks().is_empty());
    let subsections = result.subsections();
    assert_eq!(subsections.len(), 4);
    assert!(subsections[0].title().starts_with("1. "));
    assert!(subsections[0]
        .blocks()
        .iter()
        .any(|b| b.role() == Role::Message));
    assert!(geo.sections().iter().all(|s| s.code() > 1000));

    // `**Label**<br>` with the text on the next line, or on the same line.
    let window = page("pages/en/errorcode-window.md");
    let repeated = window.section(1300001).unwrap();
    assert_eq!(repeated.message().as_deref(), Some("Repeated operation."));
    assert!(repeated.block(Role::Message).unwrap().has_br());
    assert_eq!(repeated.causes().len(), 2);
    let parent = window.section(1300009).unwrap();
    assert_eq!(
        parent.message().as_deref(),
        Some("The parent window is invalid.")
    );
    assert!(window
        .section(1001)
        .unwrap()
        .title()
        .ends_with("<sup>(deprecated)</sup>"));

    // Renamed labels keep their names and get their roles.
    let http = page("pages/en/errorcode-net-http.md");
    let block = http.sections()[0].block(Role::Causes).unwrap();
    assert_eq!(block.label(), "Cause");
    let telephony = page("pages/en/errorcode-telephony.md");
    assert!(telephony.sections().iter().any(|s| s
        .block(Role::Solution)
        .is_some_and(|b| b.label() == "Procedure")));

    // An unclosed <!--Del--> (before 12100002) is ended by the next one's <!--DelEnd-->.
    let token = page("pages/en/errorcode-access-token.md");
    let system: Vec<i32> = token
        .sections()
        .iter()
        .filter(|s| s.system_api())
        .map(avsession_codes::page::Section::code)
        .collect();
    assert_eq!(system, [12100002, 12100003, 12100006, 12100008]);

    // Alias paragraphs before the labels.
    let paste = page("pages/en/errorcode-pasteboard.md");
    assert!(paste.section(12900003).unwrap().intro()[0].starts_with("Similar to the error code"));

    // zh: lists without a space after `1.`.
    let zh_window = page("pages/zh-cn/errorcode-window.md");
    let numbered = zh_window
        .sections()
        .into_iter()
        .find(|s| {
            s.block(Role::Solution)
                .is_some_and(|b| b.text().starts_with("1.") && !b.text().starts_with("1. "))
        })
        .expect("a zh window section numbered `1.文字`");
    assert!(numbered.solutions().len() > 1, "{:?}", numbered.solutions());
    assert!(!numbered.solutions()[0].starts_with('1'));
}

#[test]
fn a_page_without_sections_is_an_error_at_its_end() {
    let err = Page::parse("# Codes\n\nNothing here.\n").unwrap_err();
    assert_eq!(err.kind(), PageErrorKind::NoSection);
    assert_eq!(err.line(), 3);
    assert!(err
        .to_string()
        .starts_with("line 3: found no `## <code> <title>` heading"));
    assert_eq!(
        Page::parse("").unwrap_err().kind(),
        PageErrorKind::NoSection
    );
    // A numbered heading is not a code.
    let err = Page::parse("# Codes\n\n## 1. First\n").unwrap_err();
    assert_eq!(err.kind(), PageErrorKind::NoSection);
}

#[test]
fn a_code_that_is_not_an_integer_is_an_error_on_its_line() {
    let err = Page::parse("# Codes\n\n## 6600101 A\n\n## 66001O2 B\n").unwrap_err();
    assert_eq!(
        (err.kind(), err.line(), err.found()),
        (PageErrorKind::NotAnInteger, 5, "`66001O2`")
    );
    assert_eq!(err.expected(), "an error code (an integer) after `##`");
}

#[test]
fn a_code_too_large_for_i32_is_an_error_on_its_line() {
    let err = Page::parse("# Codes\n\n### 2147483648 Too large\n").unwrap_err();
    assert_eq!((err.kind(), err.line()), (PageErrorKind::OutOfRange, 3));
    assert!(err.to_string().contains("`2147483648`"));
    assert!(Page::parse("# Codes\n\n### 2147483647 Largest\n").is_ok());
}

#[test]
fn a_code_in_two_headings_is_an_error_at_the_second() {
    let err = Page::parse("# Codes\n\n## 201 A\n\ntext\n\n### 201 B\n").unwrap_err();
    assert_eq!(err.kind(), PageErrorKind::DuplicateCode { first_line: 3 });
    assert_eq!(err.line(), 7);
    assert_eq!(
        err.to_string(),
        "line 7: found code 201 again, expected each code in one section only (first on line 3)"
    );
}

#[test]
fn headings_in_code_blocks_are_not_codes() {
    let text = "# Codes\n\n## 1 One\n\n```\n## 1 again, in a code block\n```\n";
    let page = Page::parse(text).unwrap();
    assert_eq!(page.sections().len(), 1);
    assert_eq!(page.to_string(), text);
}
