//! `explain` and `import --constants` with the C API's constants: every constant of every
//! shipped table is answered, by the entry of the page that documents it or by what its
//! header says; a value the C API means otherwise than the page is flagged both ways.

mod common;

use std::path::Path;

use avsession_codes::page::{Constants, Meaning};
use common::{run, scratch, stderr, stdout};

/// The output with its lines joined: what it says, however it is wrapped.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn tables() -> Vec<(String, Constants)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/catalogs/constants");
    let mut out: Vec<(String, Constants)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            (stem, Constants::parse_tsv(&text).unwrap())
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn explain_answers_for_every_constant_of_every_table() {
    let mut asked = 0;
    for (enum_name, constants) in tables() {
        for constant in constants.iter() {
            let output = run(&["explain", &constant.name]);
            let text = flat(stdout(&output));
            assert!(
                output.status.success(),
                "explain {}: {}",
                constant.name,
                stderr(&output)
            );
            match &constant.meaning {
                // The documenting page's entry, which names the constant.
                Meaning::Documented(_) => {
                    assert!(
                        text.starts_with(&format!("{} ", constant.value)),
                        "explain {}: {text}",
                        constant.name
                    );
                    assert!(
                        text.contains("catalog: "),
                        "explain {}: {text}",
                        constant.name
                    );
                }
                // The constant itself, from its table.
                _ => {
                    // Success values of several enums are said once, each named.
                    let said = text.contains(&format!(
                        "{} = {}: a constant of the C API's {enum_name}",
                        constant.name, constant.value
                    )) || (constant.meaning == Meaning::Success
                        && text.contains(&format!("{enum_name}::{}", constant.name)));
                    assert!(said, "explain {}: {text}", constant.name);
                    // `Enum::NAME` picks this one.
                    let qualified = flat(stdout(&run(&[
                        "explain",
                        &format!("{enum_name}::{}", constant.name),
                    ])));
                    assert!(
                        qualified.starts_with(&format!(
                            "{} = {}: a constant of the C API's {enum_name}",
                            constant.name, constant.value
                        )),
                        "{qualified}"
                    );
                    assert!(
                        qualified.contains("in openharmony/interface_sdk_c at "),
                        "{qualified}"
                    );
                }
            }
            asked += 1;
        }
    }
    assert!(asked >= 100, "{asked} constants");
}

#[test]
fn a_value_the_c_api_means_otherwise_is_flagged_from_both_sides() {
    // UDMF: the C enum's 20400001 is "invalid args", the page's is "Settings Already Exist".
    let by_constant = stdout(&run(&["explain", "UDMF_E_INVALID_PARAM"])).to_owned();
    let flat = by_constant.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.starts_with("UDMF_E_INVALID_PARAM = 20400001: a constant of the C API's Udmf_ErrCode, since API 12 "), "{by_constant}");
    assert!(flat.contains("The header says The error code for common invalid args. "));
    assert!(flat.contains("meaning of its own: the UDMF catalog documents it as another error, \"Settings Already Exist\" (UdmfError::SettingsAlreadyExist)"), "{by_constant}");
    let by_code = stdout(&run(&["explain", "20400001"])).to_owned();
    assert!(
        by_code.starts_with("20400001 Settings Already Exist\n"),
        "{by_code}"
    );
    assert!(by_code.contains("\nThe C API also names 20400001, with a meaning of its own:\n\nUDMF_E_INVALID_PARAM = 20400001: "), "{by_code}");
    // JSON says the same.
    let json: serde_json::Value =
        serde_json::from_str(stdout(&run(&["--format", "json", "explain", "20400001"]))).unwrap();
    assert_eq!(
        json["c_api_elsewhere"][0]["constant"],
        "UDMF_E_INVALID_PARAM"
    );
    assert_eq!(json["c_api_elsewhere"][0]["meaning"], "own");
}

#[test]
fn a_value_only_the_c_api_names_is_explained_by_its_constant() {
    let output = run(&["explain", "20400000"]);
    assert!(output.status.success());
    let text = flat(stdout(&output));
    assert!(
        text.starts_with("UDMF_ERR = 20400000: a constant of the C API's Udmf_ErrCode"),
        "{text}"
    );
    assert!(
        text.contains("No shipped page documents 20400000"),
        "{text}"
    );
    // Success is said to be no error.
    let text = flat(stdout(&run(&["explain", "AV_SESSION_ERR_SUCCESS"])));
    assert!(text.contains("0 means success: it is no error"), "{text}");
    // A name no table and no catalog has is still an error.
    let output = run(&["explain", "UDMF_E_NO_SUCH_THING"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("`UDMF_E_NO_SUCH_THING`"));
}

#[test]
fn import_writes_every_constant_of_a_code_and_names_a_bad_table_line() {
    let dir = scratch("c-api");
    let page = dir.join("errorcode-demo.md");
    std::fs::write(
        &page,
        "# Demo Error Codes\n\n## 14800000 Inner Error\n\n**Error Message**\n\nInner error.\n\n\
         **Description**\n\nAn inner error occurred.\n\n**Possible Causes**\n\nA fault.\n\n\
         **Solution**\n\nRetry.\n",
    )
    .unwrap();
    let (first, second) = (dir.join("rdb.tsv"), dir.join("more.tsv"));
    std::fs::write(&first, "name\tvalue\tsince\tmeaning\theader\nRDB_OK\t0\t10\tsuccess\t\nE_BASE\t14800000\t10\tpage\tBase.\n").unwrap();
    std::fs::write(&second, "RDB_E_ERROR\t14800000\t11\n").unwrap();
    let (a, b) = (first.to_str().unwrap(), second.to_str().unwrap());
    let output = run(&[
        "import",
        page.to_str().unwrap(),
        "--constants",
        a,
        "--constants",
        b,
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let module = stdout(&output).to_owned();
    assert!(
        module.contains("    /// C API: `E_BASE`, `RDB_E_ERROR`.\n"),
        "{module}"
    );
    assert!(
        module.contains(
            "since = 10,\n        constant = \"E_BASE\",\n        constant = \"RDB_E_ERROR\""
        ),
        "{module}"
    );
    std::fs::write(&second, "RDB_E_ERROR\t14800000\t11\tmaybe\n").unwrap();
    let output = run(&[
        "import",
        page.to_str().unwrap(),
        "--constants",
        a,
        "--constants",
        b,
    ]);
    assert_eq!(output.status.code(), Some(2));
    let message = stderr(&output);
    assert!(
        message.contains("more.tsv: line 1: the meaning `maybe` of `RDB_E_ERROR` is none of"),
        "{message}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_readme_shows_what_explain_prints_for_a_constant() {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../README.md"))
            .unwrap();
    let command = "  $ avsession-codes explain UDMF_E_INVALID_PARAM\n";
    let start = readme.find(command).expect("README shows the command") + command.len();
    let mut shown = String::new();
    for line in readme[start..]
        .lines()
        .take_while(|line| !line.trim_start().starts_with("```"))
    {
        shown.push_str(line.strip_prefix("  ").unwrap_or(line));
        shown.push('\n');
    }
    assert_eq!(shown, stdout(&run(&["explain", "UDMF_E_INVALID_PARAM"])));
}
