//! The `miette` feature: every catalog is a `miette::Diagnostic`.

use miette::{Diagnostic, GraphicalReportHandler, GraphicalTheme};

use avsession_codes::AVSessionError;
use avsession_codes_tests::{Data, Storage};

#[test]
fn code_help_and_url_come_from_the_catalog() {
    let err = Storage::DiskFull;
    assert_eq!(
        Diagnostic::code(&err).unwrap().to_string(),
        "Storage::13900001"
    );
    assert_eq!(
        err.help().unwrap().to_string(),
        "1. Delete files you no longer need.\n2. Ask for a larger quota.\n3. Retry the write."
    );
    assert_eq!(
        err.url().unwrap().to_string(),
        "https://docs.example/storage#13900001"
    );
    assert!(Storage::NotFound.help().is_none(), "no solution, no help");
    let one_step = AVSessionError::SessionControllerDoesNotExist;
    assert_eq!(
        one_step.help().unwrap().to_string(),
        "Query the session record and create the corresponding controller."
    );
    assert!(one_step.url().is_none(), "no url template, no url");
    assert_eq!(
        Diagnostic::code(&Data::Closed).unwrap().to_string(),
        "Data::503"
    );
}

#[test]
fn renders_with_the_graphical_handler() {
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
        .with_links(false)
        .with_width(100);
    let mut out = String::new();
    handler
        .render_report(&mut out, &AVSessionError::SessionServiceException)
        .unwrap();
    assert!(out.contains("AVSession::6600101"), "{out}");
    assert!(out.contains("Session service exception."), "{out}");
    assert!(
        out.contains("1. The system retries the operation automatically."),
        "{out}"
    );
    assert!(out.contains("2. Destroy the current session"), "{out}");
}

#[test]
fn report_through_miette() {
    let report = miette::Report::new(Storage::DiskFull);
    assert_eq!(report.to_string(), "No space left on device.");
    assert_eq!(report.code().unwrap().to_string(), "Storage::13900001");
}
