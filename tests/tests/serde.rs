//! The `serde` feature: catalogs as their code, entries with every field.

use avsession_codes::{AVSessionApiError, AVSessionError, UniversalError};
use avsession_codes_tests::{Data, Storage};

#[test]
fn catalogs_serialize_as_their_code() {
    assert_eq!(
        serde_json::to_string(&Storage::DiskFull).unwrap(),
        "13900001"
    );
    assert_eq!(serde_json::to_string(&Storage::Internal).unwrap(), "-1");
    let api = AVSessionApiError::Universal(UniversalError::ParameterCheckFailed);
    assert_eq!(serde_json::to_string(&api).unwrap(), "401");
    assert_eq!(serde_json::to_string(&Data::Overflow(3)).unwrap(), "502");
    let list = [
        AVSessionError::SessionNotActivated,
        AVSessionError::DeviceConnectionFailure,
    ];
    assert_eq!(serde_json::to_string(&list).unwrap(), "[6600106,6600108]");
}

#[test]
fn catalogs_deserialize_from_their_code() {
    let err: AVSessionError = serde_json::from_str("6600103").unwrap();
    assert_eq!(err, AVSessionError::SessionControllerDoesNotExist);
    let api: AVSessionApiError = serde_json::from_str("6612002").unwrap();
    assert_eq!(api.code(), 6612002);
    for variant in Storage::ALL {
        let json = serde_json::to_string(variant).unwrap();
        assert_eq!(serde_json::from_str::<Storage>(&json).unwrap(), *variant);
    }
}

#[test]
fn an_unknown_code_is_an_error_that_names_it() {
    let err = serde_json::from_str::<AVSessionError>("6600199").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("6600199 is not an AVSession error code"),
        "{err}"
    );
    let err = serde_json::from_str::<Storage>("\"DiskFull\"").unwrap_err();
    assert!(err.to_string().contains("expected i32"), "{err}");
}

#[test]
fn entries_serialize_every_field() {
    let value = serde_json::to_value(Storage::DiskFull.entry()).unwrap();
    let expected = serde_json::json!({
        "code": 13900001,
        "name": "DiskFull",
        "title": "Disk Full",
        "message": "No space left on device.",
        "message_from_case": false,
        "description": "The volume has no free blocks.",
        "causes": ["Too many files were written.", "A quota was reached."],
        "solutions": ["Delete files you no longer need.", "Ask for a larger quota.", "Retry the write."],
        "since": 9,
        "system_api": false,
        "constants": [],
        "deprecated": false,
        "cases": [],
        "translations": [],
    });
    assert_eq!(value, expected);
    let catalog = serde_json::to_value(Storage::CATALOG).unwrap();
    assert_eq!(catalog["name"], "Storage");
    assert_eq!(
        catalog["range"],
        serde_json::json!({"start": -100, "end": 13999999})
    );
    assert_eq!(catalog["entries"].as_array().map(Vec::len), Some(3));
}
