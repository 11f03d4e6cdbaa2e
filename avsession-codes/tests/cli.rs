//! The `avsession-codes` tool, run as a user runs it: stdout, stderr and exit status.

use std::process::{Command, Output};

use avsession_codes::{render_entry, AVCastControlError, AVSessionError, UniversalError, CATALOGS};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_avsession-codes"))
        .args(args)
        .output()
        .expect("the tool runs")
}

fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("UTF-8 output")
}

fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("UTF-8 output")
}

#[test]
fn explain_lays_out_an_avsession_code() {
    let output = run(&["explain", "6600101"]);
    assert!(output.status.success());
    assert_eq!(stderr(&output), "");
    let text = stdout(&output);
    let err = AVSessionError::SessionServiceException;
    assert!(
        text.starts_with("6600101 Session Service Exception\ncatalog: AVSession | since API 13\n")
    );
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
        .chain(AVCastControlError::ENTRIES)
        .map(|e| e.code);
    for code in codes {
        let output = run(&["explain", &code.to_string(), "--format", "markdown"]);
        assert!(output.status.success(), "{code}");
        let entry = CATALOGS.iter().find_map(|c| c.lookup(code)).unwrap();
        let mut expected = String::new();
        render_entry(entry, &mut expected).unwrap();
        assert_eq!(stdout(&output), expected, "{code}");
    }
}

#[test]
fn explain_marks_system_only_codes() {
    let output = run(&["explain", "204"]);
    assert!(output.status.success());
    assert!(stdout(&output).starts_with(
        "204 Access Denied by User Access Control Policy\ncatalog: Universal | system applications only\n"
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
        (
            "6600199",
            "no catalog (Universal, AVSession, AVCastControl) has the code 6600199",
        ),
        (
            "-5",
            "`-5` is not an error code: codes are positive numbers",
        ),
        ("0", "`0` is not an error code: codes are positive numbers"),
        (
            "abc",
            "`abc` is not an error code: codes are numbers such as 6600101",
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
    assert_eq!(rows, 6 + 9 + 55);

    let output = run(&["list", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    let catalogs = value.as_array().expect("an array of catalogs");
    assert_eq!(catalogs.len(), 3);
    assert_eq!(catalogs[1]["name"], "AVSession");
    assert_eq!(catalogs[1]["entries"].as_array().map(Vec::len), Some(9));
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
