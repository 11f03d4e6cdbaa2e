//! The `avsession-codes` tool, run as a user runs it: stdout, stderr and exit status.

mod common;

use avsession_codes::{render_entry, AVSessionError, UniversalError, CATALOGS};
use common::{run, run_with, scratch, stderr, stdout};

/// Columns of a line on a terminal: a CJK character takes two.
fn columns(line: &str) -> usize {
    line.chars()
        .map(|c| {
            if ('\u{2E80}'..='\u{FFEF}').contains(&c) {
                2
            } else {
                1
            }
        })
        .sum()
}

#[test]
fn explain_lays_out_an_avsession_code() {
    let output = run(&["explain", "6600101"]);
    assert!(output.status.success());
    assert_eq!(stderr(&output), "");
    let text = stdout(&output);
    let err = AVSessionError::SessionServiceException;
    assert!(text.starts_with(
        "6600101 Session Service Exception\ncatalog: AVSession | since API 13\n\
             variant: AVSessionError::SessionServiceException\n\
             C API: AV_SESSION_ERR_SERVICE_EXCEPTION\n"
    ));
    assert!(text.contains(&format!("\nError message\n  {}\n", err.message())));
    assert!(text.contains("\nDescription\n  The session service is abnormal,"));
    assert!(text.contains(&format!("\nPossible causes\n  {}\n", err.causes()[0])));
    let steps = text.split("\nSolution\n").nth(1).expect("a solution block");
    assert!(steps.starts_with("  1. The system retries the operation automatically."));
    assert!(steps.contains("\n  2. Destroy the current session"));
    assert!(
        text.lines().all(|line| line.chars().count() <= 80),
        "wrapped for a terminal"
    );
}

#[test]
fn explain_knows_every_code_of_every_catalog() {
    let codes = UniversalError::ENTRIES
        .iter()
        .chain(AVSessionError::ENTRIES)
        .map(|e| e.code);
    for code in codes {
        let output = run(&["explain", &code.to_string(), "--format", "markdown"]);
        assert!(output.status.success(), "{code}");
        // The code with every catalog that documents it (a kit may use 401 for its own
        // meaning), blank-line separated.
        let mut expected = String::new();
        for entry in CATALOGS.iter().filter_map(|c| c.lookup(code)) {
            if !expected.is_empty() {
                expected.push('\n');
            }
            render_entry(entry, &mut expected).unwrap();
        }
        assert_eq!(stdout(&output), expected, "{code}");
    }
}

#[test]
fn explain_marks_system_only_codes() {
    let output = run(&["explain", "204"]);
    assert!(output.status.success());
    assert!(stdout(&output).starts_with(
        "204 Access Denied by User Access Control Policy\ncatalog: Universal | system applications only\nvariant: UniversalError::AccessDeniedByUserAccessControlPolicy\n"
    ));
}

#[test]
fn explain_json() {
    let output = run(&["--format", "json", "explain", "6600104"]);
    assert!(output.status.success());
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(value["catalog"], "AVSession");
    assert_eq!(value["code"], 6600104);
    assert_eq!(value["name"], "RemoteSessionConnectionFailure");
    assert_eq!(value["message"], "The remote session connection failed.");
    assert_eq!(value["system_api"], true);
    assert_eq!(value["since"], serde_json::Value::Null);
    assert_eq!(value["solutions"].as_array().map(Vec::len), Some(1));
}

#[test]
fn bad_codes_fail_with_one_line_on_stderr() {
    for (input, says) in [
        ("6600199", "catalogs has the code 6600199"),
        // Negative values are C API constants (ArkWeb's net errors) where a table names them.
        (
            "-100000",
            "`-100000` is not an error code: codes are positive numbers",
        ),
        (
            "abc",
            "catalogs has a variant or C API constant named `abc`",
        ),
        ("99999999999", "has the code 99999999999"),
    ] {
        for format in ["text", "json", "markdown"] {
            let output = run(&["explain", input, "--format", format]);
            assert_eq!(output.status.code(), Some(2), "{input}");
            assert_eq!(stdout(&output), "", "{input}: nothing on stdout");
            let err = stderr(&output);
            assert_eq!(err.lines().count(), 1, "{input}: one line: {err}");
            assert!(
                err.starts_with("error: ") && err.contains(says),
                "{input}: {err}"
            );
            assert!(err.contains("run `avsession-codes list` to see the valid codes"));
        }
    }
}

#[test]
fn list_groups_every_code_by_catalog() {
    let output = run(&["list"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let mut at = 0;
    for catalog in CATALOGS {
        let heading = format!("{} ({} codes)\n", catalog.name, catalog.entries.len());
        at += text[at..].find(&heading).expect("catalogs in order");
        for entry in catalog.entries {
            let line = format!("  {:<9}{}\n", entry.code, entry.message.replace('\n', " "));
            at += text[at..].find(&line).unwrap_or_else(|| panic!("{line}"));
        }
    }
}

#[test]
fn list_markdown_and_json() {
    let output = run(&["list", "--format", "markdown"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(text.starts_with("## Universal Error Codes\n\n| Code | Title | Error Message |\n"));
    assert!(text.contains("| 6600105 | Invalid Session Command | Invalid session command. |\n"));
    let rows = text
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Code"))
        .count();
    assert_eq!(
        rows,
        CATALOGS.iter().map(|c| c.entries.len()).sum::<usize>()
    );
    assert_eq!(
        CATALOGS.len(),
        2 + avsession_codes::kits::KITS.len(),
        "the universal codes, AVSession and every kit"
    );

    let output = run(&["list", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let catalogs = value.as_array().expect("an array of catalogs");
    assert_eq!(catalogs.len(), CATALOGS.len());
    assert_eq!(catalogs[1]["name"], "AVSession");
    assert_eq!(catalogs[1]["entries"].as_array().map(Vec::len), Some(66));
    assert_eq!(catalogs[1]["range"]["start"], 6600000);
}

#[test]
fn usage_errors_are_clap_errors() {
    let output = run(&["explain"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let output = run(&["list", "--format", "yaml"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("yaml"));
}

/// A fixture of the tests crate.
fn fixture(name: &str) -> String {
    format!("{}/../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn explain_finds_a_code_by_variant_or_constant() {
    let by_code = stdout(&run(&["explain", "6600101"])).to_owned();
    for query in [
        "SessionServiceException",
        "AVSessionError::SessionServiceException",
        "avsession_codes::AVSessionError::SessionServiceException",
        "AV_SESSION_ERR_SERVICE_EXCEPTION",
    ] {
        let output = run(&["explain", query]);
        assert!(output.status.success(), "{query}");
        assert_eq!(stdout(&output), by_code, "{query}");
    }
    let output = run(&[
        "--format",
        "json",
        "explain",
        "AV_SESSION_ERR_INVALID_PARAMETER",
    ]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(value["code"], 401);
    assert_eq!(value["constants"][0], "AV_SESSION_ERR_INVALID_PARAMETER");
    assert_eq!(value["variant"], "UniversalError::ParameterCheckFailed");
    // A variant behind the wrong enum is not found.
    let output = run(&["explain", "UniversalError::SessionServiceException"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
}

#[test]
fn explain_answers_for_the_codes_the_seed_lacked() {
    let output = run(&["explain", "6600110"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("6600110 Desktop Lyrics Not Enabled for the Application\n"));
}

#[test]
fn search_lists_the_best_match_first() {
    let output = run(&["search", "desktop", "lyrics"]);
    assert!(output.status.success());
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert!(lines[0].starts_with("6600110  Desktop Lyrics"));
    // A word in the title ranks above the same word in a description only.
    let output = run(&["search", "permission"]);
    let first = stdout(&output).lines().next().unwrap_or("").to_owned();
    assert!(first.contains("Permission"), "{first}");
    let output = run(&["search", "nosuchwordanywhere"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stdout(&output), "");
}

#[test]
fn render_prints_the_pages_byte_for_byte() {
    for (name, page) in [
        ("avsession", "errorcode-avsession-current.md"),
        ("AVSession", "errorcode-avsession-current.md"),
        ("universal", "errorcode-universal.md"),
    ] {
        let output = run(&["render", name]);
        assert!(output.status.success(), "{name}");
        let expected = std::fs::read(fixture(page)).unwrap();
        assert!(output.stdout == expected, "render {name} is not {page}");
    }
    let output = run(&["render", "audio"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("the catalogs are Universal, AVSession"));
}

#[test]
fn import_prints_a_module_and_warns_on_stderr() {
    let output = run(&[
        "import",
        &fixture("errorcode-avsession-current.md"),
        "--enum",
        "Lyrics",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let module = stdout(&output);
    assert!(module.contains("use avsession_codes::ErrorCatalog;\n"));
    assert!(module.contains("pub enum Lyrics {\n"));
    assert!(module.contains("    DesktopLyricsNotSupportedForCurrentDevice,\n"));
    let warnings = stderr(&output);
    assert!(
        warnings
            .contains("errorcode-avsession-current.md:201: 6600111 has no `Error Message` label"),
        "{warnings}"
    );
    // Without --enum the name comes from the title.
    let output = run(&["import", &fixture("errorcode-universal.md")]);
    assert!(stdout(&output).contains("pub enum UniversalError {\n"));
}

#[test]
fn import_and_check_reject_a_broken_page_with_its_file_and_line() {
    let dir = scratch("cli");
    let broken = dir.join("broken.md");
    std::fs::write(&broken, "# Codes\n\n## 201 A\n\n## 66001O1 B\n").unwrap();
    let binary = dir.join("binary.md");
    std::fs::write(&binary, b"# Codes\n\xff\xfe\n").unwrap();
    for command in ["import", "check"] {
        let output = run(&[command, broken.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{command}");
        assert_eq!(stdout(&output), "", "{command}: nothing on stdout");
        let err = stderr(&output);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("broken.md:5: found `66001O1`"), "{err}");
        let twice = dir.join("twice.md");
        std::fs::write(&twice, "# Codes\n\n## 201 A\n\ntext\n\n## 201 B\n").unwrap();
        let output = run(&[command, twice.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2), "{command}");
        let err = stderr(&output);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "{err}");
        assert!(
            lines[0].ends_with(
                "twice.md:7: found code 201 again, expected each code in one section only"
            ),
            "{err}"
        );
        assert!(
            lines[1].ends_with("twice.md:3: the first section with the code"),
            "{err}"
        );
        let output = run(&[command, binary.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2));
        assert!(
            stderr(&output).contains("binary.md:2: the file is not UTF-8"),
            "{}",
            stderr(&output)
        );
        let output = run(&[command, dir.join("missing.md").to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(2));
        assert!(stderr(&output).contains("missing.md: cannot read the file"));
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn check_agrees_with_the_current_pages_and_finds_drift() {
    for page in ["errorcode-avsession-current.md", "errorcode-universal.md"] {
        let output = run(&["check", &fixture(page)]);
        assert_eq!(output.status.code(), Some(0), "{page}: {}", stdout(&output));
        assert_eq!(stdout(&output), "");
    }
    // The seed is an older page: 57 codes came since.
    let output = run(&["check", &fixture("errorcode-avsession.md")]);
    assert_eq!(output.status.code(), Some(1));
    let lines: Vec<&str> = stdout(&output).lines().collect();
    assert_eq!(lines.len(), 57, "{lines:?}");
    assert!(
        lines[0].starts_with("6600110 code: only in the catalog"),
        "{}",
        lines[0]
    );
}

#[test]
fn lang_comes_from_the_environment() {
    let chinese = run_with(&["explain", "6600101"], &[("LANG", "zh_CN.UTF-8")]);
    assert!(chinese.status.success());
    let text = stdout(&chinese);
    assert!(text.starts_with("6600101 会话服务端异常\n"), "{text}");
    assert!(text.contains("\n错误信息\n  Session service exception.\n"));
    assert!(text.contains("\n处理步骤\n  1. 定时重试"));
    assert!(text.lines().all(|line| columns(line) <= 80), "{text}");
    assert_eq!(stderr(&chinese), "");
    // LC_ALL before LC_MESSAGES before LANG.
    let english = run_with(
        &["explain", "6600101"],
        &[("LC_ALL", "C"), ("LANG", "zh_CN.UTF-8")],
    );
    assert!(stdout(&english).starts_with("6600101 Session Service Exception\n"));
    let messages = run_with(
        &["explain", "6600101"],
        &[("LC_MESSAGES", "zh_CN.UTF-8"), ("LANG", "C")],
    );
    assert!(stdout(&messages).starts_with("6600101 会话服务端异常\n"));
    let c = run_with(&["explain", "6600101"], &[("LANG", "C")]);
    assert!(stdout(&c).starts_with("6600101 Session Service Exception\n"));
    assert_eq!(stderr(&c), "");
    // --lang over the environment.
    let option = run_with(
        &["explain", "6600101", "--lang", "en"],
        &[("LANG", "zh_CN.UTF-8")],
    );
    assert!(stdout(&option).starts_with("6600101 Session Service Exception\n"));
}

#[test]
fn a_tag_without_translation_is_english_with_a_note_and_a_malformed_one_is_an_error() {
    for tag in ["zh-TW", "fr-FR"] {
        let output = run(&["explain", "6600101", "--lang", tag]);
        assert!(output.status.success(), "{tag}");
        assert!(stdout(&output).starts_with("6600101 Session Service Exception\n"));
        assert!(
            stderr(&output).contains(&format!("no catalog is translated into `{tag}`")),
            "{tag}"
        );
    }
    let output = run_with(&["explain", "6600101"], &[("LANG", "zh CN")]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "");
    let err = stderr(&output);
    assert!(
        err.contains("`zh CN` (from LANG) is not a language tag"),
        "{err}"
    );
    assert!(
        err.contains("`zh-CN`") && err.contains("`zh_CN.UTF-8`"),
        "{err}"
    );
}

#[test]
fn json_gives_each_texts_locale() {
    let output = run(&["--format", "json", "explain", "6600101", "--lang", "zh-CN"]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let localized = &value["localized"];
    assert_eq!(localized["title"]["text"], "会话服务端异常");
    assert_eq!(localized["title"]["locale"], "zh-CN");
    assert_eq!(localized["message"]["locale"], "en");
    assert_eq!(localized["solutions"]["locale"], "zh-CN");
    // The entry's own fields stay English.
    assert_eq!(value["title"], "Session Service Exception");
}

#[test]
fn render_in_chinese_is_the_zh_cn_page_byte_for_byte() {
    let output = run(&["render", "avsession", "--lang", "zh-CN"]);
    assert!(output.status.success());
    let expected = std::fs::read(fixture("zh-cn/errorcode-avsession.md")).unwrap();
    assert!(output.stdout == expected);
    // One code's section in Chinese, as that page has it.
    let output = run(&[
        "explain", "6600101", "--format", "markdown", "--lang", "zh-CN",
    ]);
    let page = String::from_utf8(expected).unwrap();
    let section = &page[page.find("## 6600101 ").unwrap()..page.find("\n## 6600102 ").unwrap()];
    assert_eq!(stdout(&output), section);
}

#[test]
fn import_with_a_translated_page_reports_the_codes_one_page_lacks() {
    let output = run(&[
        "import",
        &fixture("errorcode-universal.md"),
        "--lang",
        &format!("zh-CN={}", fixture("zh-cn/errorcode-universal.md")),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let module = stdout(&output);
    assert!(
        module.contains("    locales = [\"zh-CN\"],\n    partial = [\"zh-CN\"]\n"),
        "{module}"
    );
    assert!(module.contains("#[translation(\n    \"zh-CN\",\n    title = \"通用错误码\",\n"));
    let warnings = stderr(&output);
    assert!(
        warnings.contains("zh-cn/errorcode-universal.md:"),
        "{warnings}"
    );
    assert!(
        warnings.contains("501 is only on the zh-CN page"),
        "{warnings}"
    );
    assert!(
        warnings.contains("803 is only on the zh-CN page"),
        "{warnings}"
    );
    let output = run(&[
        "import",
        &fixture("errorcode-universal.md"),
        "--lang",
        "zh_CN=x.md",
    ]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn import_refuses_a_page_that_would_break_the_lock() {
    let dir = scratch("lock");
    let lock = dir.join("universal.lock");
    std::fs::write(
        &lock,
        "201\tactive\tAccessDenied\tPermission verification failed.\n",
    )
    .unwrap();
    let output = run(&[
        "import",
        &fixture("errorcode-universal.md"),
        "--lock",
        lock.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stdout(&output), "", "nothing is written");
    let err = stderr(&output);
    assert!(err.contains("would break the lock"), "{err}");
    assert!(
        err.contains("201 (page line 3) is locked to `AccessDenied` (lock line 1)"),
        "{err}"
    );
    assert!(
        err.contains("keep the locked name with `--keep-names`"),
        "{err}"
    );
    // A lock the page keeps: the module names it, and the new codes are reported.
    std::fs::write(&lock, "201\tactive\tPermissionDenied\tPermission verification failed. The application does not have the permission required to call the API.\n").unwrap();
    let output = run(&[
        "import",
        &fixture("errorcode-universal.md"),
        "--lock",
        lock.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains(&format!("    lock = {:?}", lock.to_str().unwrap())));
    // Each change the build takes is reported at its section's line.
    let page = std::fs::read_to_string(fixture("errorcode-universal.md")).unwrap();
    let line = 1 + page.lines().position(|l| l.starts_with("## 202 ")).unwrap();
    let expected = format!("errorcode-universal.md:{line}: 202 is new");
    assert!(stderr(&output).contains(&expected), "{}", stderr(&output));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn import_writes_its_output_file_only_when_it_succeeds_and_keeps_locked_names() {
    let dir = scratch("out");
    let lock = dir.join("universal.lock");
    let module = dir.join("universal.rs");
    std::fs::write(&module, "// the module as it was\n").unwrap();
    // Upstream retitled 201: the lock still names it `AccessDenied`.
    std::fs::write(
        &lock,
        "201\tactive\tAccessDenied\tPermission verification failed. The application does not have the permission required to call the API.\n",
    )
    .unwrap();
    let page = fixture("errorcode-universal.md");
    let (lock_arg, module_arg) = (lock.to_str().unwrap(), module.to_str().unwrap());
    let refused = run(&["import", &page, "--lock", lock_arg, "-o", module_arg]);
    assert_eq!(refused.status.code(), Some(2));
    assert_eq!(
        std::fs::read_to_string(&module).unwrap(),
        "// the module as it was\n",
        "a refused import leaves the file alone"
    );
    let kept = run(&[
        "import",
        &page,
        "--lock",
        lock_arg,
        "--keep-names",
        "-o",
        module_arg,
    ]);
    assert!(kept.status.success(), "{}", stderr(&kept));
    assert_eq!(stdout(&kept), "", "the module goes to the file");
    let written = std::fs::read_to_string(&module).unwrap();
    assert!(written.contains("    AccessDenied,"), "{written}");
    assert!(!written.contains("PermissionDenied"), "{written}");
    // Nothing is left beside it.
    let files: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(files.len(), 2);
    // `--keep-names` needs a lock.
    let without = run(&["import", &page, "--keep-names"]);
    assert_eq!(without.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn explain_shows_a_deprecated_code() {
    let output = run(&["explain", "1001"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.starts_with("1001 Window Null Pointer Exception<sup>(deprecated)</sup>\n"),
        "{text}"
    );
    assert!(
        text.lines()
            .nth(1)
            .is_some_and(|l| l.ends_with("| deprecated")),
        "{text}"
    );
    let output = run(&[
        "--format",
        "json",
        "explain",
        "WindowError::WindowNullPointerException",
    ]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    assert_eq!(value["deprecated"], true);
}

#[test]
fn explain_search_and_render_show_the_cases_of_a_code() {
    let network = "The network locating is failed because the network cannot be accessed.";
    let output = run(&["explain", "3301200"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert_eq!(text.matches("\nCase ").count(), 4, "{text}");
    assert!(text.contains("\nCase 1: 1. The positioning fails due to network unavailability.\n"));
    assert!(text.contains(network));

    let output = run(&["explain", "3301200", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(json["cases"].as_array().unwrap().len(), 4);
    assert_eq!(json["cases"][0]["message"], network);
    assert_eq!(json["message_from_case"], true);

    let output = run(&["explain", "3301200", "--format", "json", "--lang", "zh-CN"]);
    let json: serde_json::Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(json["localized"]["cases"]["locale"], "zh-CN");
    assert_eq!(
        json["localized"]["cases"]["cases"]
            .as_array()
            .unwrap()
            .len(),
        5
    );

    let output = run(&["explain", "3301200", "--format", "markdown"]);
    assert_eq!(stdout(&output).matches("\n### ").count(), 4);

    // The message the system returned picks the case.
    let output = run(&[
        "explain",
        "3301200",
        "--message",
        "The system does not have a cache location.",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("Case 3: 3. Unable to obtain the cached location."));
    assert_eq!(stdout(&output).matches("Case ").count(), 1);
    let output = run(&["explain", "3301200", "--message", "Nothing like it."]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("no case of 3301200 has the message \"Nothing like it.\""));

    let output = run(&["search", "network", "locating"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("3301200"),
        "{}",
        stdout(&output)
    );
}

#[test]
fn a_code_two_kits_document_is_shown_with_both() {
    // 190001 is drag event's "Data not found." and UI context's "The uiContext is invalid."
    let output = run(&["explain", "190001"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(text.contains("Data not found."), "{text}");
    assert!(text.contains("The uiContext is invalid."), "{text}");
    assert!(text.contains("190001 is also documented by"), "{text}");
    let output = run(&["explain", "190001", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(stdout(&output)).unwrap();
    assert_eq!(json["also"].as_array().map(Vec::len), Some(1));
}

#[test]
fn check_compares_a_page_with_your_own_module() {
    let dir = scratch("check");
    let module = dir.join("universal.rs");
    let page = fixture("errorcode-universal.md");
    let module_arg = module.to_str().unwrap();
    let written = run(&["import", &page, "--enum", "MyError", "-o", module_arg]);
    assert!(written.status.success(), "{}", stderr(&written));
    let agrees = run(&["check", &page, "--module", module_arg]);
    assert_eq!(agrees.status.code(), Some(0), "{}", stdout(&agrees));
    assert_eq!(stdout(&agrees), "");
    // The module drifts: one line names the code, the module's line and both texts.
    let text = std::fs::read_to_string(&module).unwrap();
    let drifted = text.replacen("Permission verification failed.", "Permission denied.", 1);
    std::fs::write(&module, &drifted).unwrap();
    let line = 1 + drifted
        .lines()
        .position(|l| l.contains("Permission denied."))
        .unwrap();
    let differs = run(&["check", &page, "--module", module_arg]);
    assert_eq!(differs.status.code(), Some(1));
    let out = stdout(&differs);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(
        out.starts_with(&format!(
            "201: {module_arg}:{line}: the module says `message = \"Permission denied."
        )),
        "{out}"
    );
    // A module that is not one `import` wrote.
    std::fs::write(&module, "fn main() {}\n").unwrap();
    let bad = run(&["check", &page, "--module", module_arg]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("no `pub enum NAME {` line"),
        "{}",
        stderr(&bad)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
