//! Possible causes and ordered solution steps.

use avsession_codes::AVSessionError;
use avsession_codes_tests::{Data, Storage};

#[test]
fn causes_and_solutions_keep_their_order() {
    assert_eq!(
        Storage::DiskFull.causes(),
        ["Too many files were written.", "A quota was reached."]
    );
    assert_eq!(
        Storage::DiskFull.solutions(),
        [
            "Delete files you no longer need.",
            "Ask for a larger quota.",
            "Retry the write."
        ]
    );
}

#[test]
fn absent_texts_are_empty_or_none() {
    assert!(Storage::NotFound.causes().is_empty());
    assert!(Storage::NotFound.solutions().is_empty());
    assert_eq!(Storage::NotFound.title(), None);
    assert_eq!(Storage::NotFound.description(), None);
    assert_eq!(Storage::DiskFull.title(), Some("Disk Full"));
    assert_eq!(
        Storage::DiskFull.description(),
        Some("The volume has no free blocks.")
    );
}

#[test]
fn data_variants_have_remediation_too() {
    assert_eq!(Data::Closed.solutions(), [] as [&str; 0]);
    let err = Data::BadValue(1, "2");
    assert_eq!(err.code(), 501);
    assert_eq!(err.entry().name, "BadValue");
}

#[test]
fn avsession_steps_stay_separate_steps() {
    let steps = AVSessionError::SessionServiceException.solutions();
    assert_eq!(steps.len(), 2);
    assert!(steps[0].starts_with("The system retries the operation automatically."));
    assert!(steps[1].starts_with("Destroy the current session"));
}
