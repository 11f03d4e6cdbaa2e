//! Compile-fail and compile-pass snapshots of `#[derive(ErrorCatalog)]`.
//!
//! Every folder of `tests/ui/` but `pass/` holds cases that must fail to compile, one mistake
//! per file, with the expected compiler output beside it. Regenerate the snapshots with
//! `TRYBUILD=overwrite cargo test -p avsession-codes-ui-tests --test ui`, then read each one.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    // One `TestCases` builds every case in one cargo invocation.
    let mut kinds: Vec<String> = std::fs::read_dir("tests/ui")
        .expect("tests/ui exists")
        .map(|entry| {
            entry
                .expect("readable tests/ui")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name != "pass")
        .collect();
    kinds.sort();
    for kind in &kinds {
        t.compile_fail(format!("tests/ui/{kind}/*.rs"));
    }
    t.pass("tests/ui/pass/*.rs");
}
