//! What the tool's tests share: running it as a user does, and reading what it printed.

// Each test binary uses its own part of this module.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::{Command, Output};

/// Runs the tool in English, whatever the environment's locale.
pub fn run(args: &[&str]) -> Output {
    run_with(args, &[])
}

/// Runs the tool with only the locale variables `env` sets.
pub fn run_with(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_avsession-codes"));
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env_remove(name);
    }
    command
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("the tool runs")
}

pub fn stdout(output: &Output) -> &str {
    std::str::from_utf8(&output.stdout).expect("UTF-8 output")
}

pub fn stderr(output: &Output) -> &str {
    std::str::from_utf8(&output.stderr).expect("UTF-8 output")
}

/// A fresh directory for one test's files, `avsession-codes-NAME-PID` in the system's
/// temporary directory (the test removes it when done).
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("avsession-codes-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
