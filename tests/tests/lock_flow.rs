//! The lock's update flow, run as a user runs it: cargo on a scratch crate (its target
//! directory kept between runs, so only the first builds the dependencies).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const LIB: &str = r#"use avsession_codes::ErrorCatalog;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Scratch", lock = "codes.lock")]
pub enum ScratchError {
VARIANTS}
"#;

struct Scratch {
    dir: PathBuf,
}

impl Scratch {
    fn new() -> Scratch {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lock-flow");
        let dir = root.join("crate");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        let codes = Path::new(env!("CARGO_MANIFEST_DIR")).join("../avsession-codes");
        std::fs::write(
            dir.join("Cargo.toml"),
            format!(
                "[package]\nname = \"scratch\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
                 [workspace]\n\n[dependencies]\navsession-codes = {{ path = {:?} }}\n",
                codes.display().to_string()
            ),
        )
        .unwrap();
        Scratch { dir }
    }

    fn variants(&self, variants: &str) {
        std::fs::write(
            self.dir.join("src/lib.rs"),
            LIB.replace("VARIANTS", variants),
        )
        .unwrap();
    }

    fn check(&self, update: bool) -> Output {
        let mut command = Command::new(env!("CARGO"));
        command
            .args(["check", "--quiet", "--offline"])
            .current_dir(&self.dir)
            .env(
                "CARGO_TARGET_DIR",
                self.dir.parent().unwrap().join("target"),
            )
            .env_remove("AVSESSION_CODES_LOCK");
        if update {
            command.env("AVSESSION_CODES_LOCK", "update");
        }
        command.output().expect("cargo runs")
    }

    fn lock(&self) -> String {
        std::fs::read_to_string(self.dir.join("codes.lock")).unwrap_or_default()
    }

    fn lock_lines(&self) -> Vec<String> {
        self.lock()
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(str::to_owned)
            .collect()
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const TWO: &str = "    #[code(100, message = \"First.\")]\n    First,\n    #[code(101, message = \"Second.\")]\n    Second,\n";

#[test]
fn update_adds_codes_and_takes_messages_and_refuses_the_rest() {
    let scratch = Scratch::new();
    scratch.variants(TWO);

    // No lock: an error that says how to create it.
    let output = scratch.check(false);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("create it with `AVSESSION_CODES_LOCK=update cargo check`"),
        "{}",
        stderr(&output)
    );

    // Update writes it; a plain build then agrees.
    assert!(scratch.check(true).status.success());
    assert_eq!(
        scratch.lock_lines(),
        ["100\tactive\tFirst\tFirst.", "101\tactive\tSecond\tSecond."]
    );
    assert!(scratch.check(false).status.success());

    // A new code and a changed message: refused, then taken by an update.
    scratch.variants(&format!(
        "{}    #[code(102, message = \"Third.\")]\n    Third,\n",
        TWO.replace("Second.", "Second, now.")
    ));
    let output = scratch.check(false);
    let err = stderr(&output);
    assert!(!output.status.success());
    assert!(
        err.contains("error code 102 is not in the lock yet"),
        "{err}"
    );
    assert!(
        err.contains("the message of error code 101 changed"),
        "{err}"
    );
    assert!(scratch.check(true).status.success());
    assert_eq!(
        scratch.lock_lines(),
        [
            "100\tactive\tFirst\tFirst.",
            "101\tactive\tSecond\tSecond, now.",
            "102\tactive\tThird\tThird."
        ]
    );
    assert!(scratch.check(false).status.success());

    // A renumbering, a reassignment and a removal are refused with or without update, and
    // the lock is left as it was.
    let before = scratch.lock();
    for (variants, says) in [
        (TWO.replace("101, message = \"Second.\"", "103, message = \"Second, now.\"").replace("Second.", "Second, now."), "`Second` is locked to error code 101"),
        ("    #[code(100, message = \"First.\")]\n    Renamed,\n    #[code(101, message = \"Second, now.\")]\n    Second,\n    #[code(102, message = \"Third.\")]\n    Third,\n".to_owned(), "error code 100 is locked to `First`"),
        ("    #[code(100, message = \"First.\")]\n    First,\n    #[code(102, message = \"Third.\")]\n    Third,\n".to_owned(), "the locked error code 101 is gone from the enum"),
    ] {
        scratch.variants(&variants);
        for update in [false, true] {
            let output = scratch.check(update);
            assert!(!output.status.success(), "update {update}: {says}");
            assert!(stderr(&output).contains(says), "update {update}: {}", stderr(&output));
            assert_eq!(scratch.lock(), before);
        }
    }

    // Retiring: the line's state changed by hand, with a reason; the variant can go.
    std::fs::write(
        scratch.dir.join("codes.lock"),
        before.replace(
            "101\tactive\tSecond\tSecond, now.",
            "101\tretired\tSecond\tSecond, now.\tMerged into 102.",
        ),
    )
    .unwrap();
    scratch.variants("    #[code(100, message = \"First.\")]\n    First,\n    #[code(102, message = \"Third.\")]\n    Third,\n");
    assert!(
        scratch.check(false).status.success(),
        "{}",
        stderr(&scratch.check(false))
    );
    // ...and its code is never used again.
    scratch.variants("    #[code(100, message = \"First.\")]\n    First,\n    #[code(101, message = \"Again.\")]\n    Again,\n    #[code(102, message = \"Third.\")]\n    Third,\n");
    let output = scratch.check(true);
    assert!(stderr(&output).contains("error code 101 was retired and is never used again"));

    // The build depends on the lock and on the variable: rustc's dependency info names both.
    let deps = scratch.dir.parent().unwrap().join("target/debug/deps");
    let info: String = std::fs::read_dir(deps)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "d")
                && p.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("scratch")
        })
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert!(info.contains("codes.lock"), "{info}");
    assert!(info.contains("env-dep:AVSESSION_CODES_LOCK"), "{info}");
}
