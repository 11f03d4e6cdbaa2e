//! `AVSessionApiError` composes the catalogs; every C API status converts.

use avsession_codes::{AVSessionApiError, AVSessionError, ErrorCatalog, FromCode, UniversalError};

const TSV: &str = include_str!("../fixtures/native-avsession-errcodes.tsv");

fn c_constants() -> Vec<(&'static str, i32)> {
    TSV.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("name\t"))
        .map(|l| {
            let fields: Vec<&str> = l.split('\t').collect();
            (fields[0], fields[1].parse().expect("numeric value"))
        })
        .collect()
}

#[test]
fn every_c_api_status_converts() {
    let constants = c_constants();
    assert_eq!(constants.len(), 53);
    for (name, value) in constants {
        let result = AVSessionApiError::check_status(value);
        if value == 0 {
            assert_eq!(result, Ok(()), "{name}");
            continue;
        }
        let known = result.unwrap_err().known();
        let err = known.unwrap_or_else(|| panic!("{name} = {value} has no variant"));
        assert_eq!(err.code(), value, "{name}");
        assert_eq!(AVSessionApiError::try_from(value), Ok(err));
    }
}

#[test]
fn delegation_to_the_wrapped_catalogs() {
    let err = AVSessionApiError::from_code(6600105).unwrap();
    assert_eq!(
        err,
        AVSessionApiError::Session(AVSessionError::InvalidSessionCommand)
    );
    assert_eq!(err.message(), "Invalid session command.");
    assert_eq!(err.to_string(), "Invalid session command.");
    assert!(std::ptr::eq(
        err.entry(),
        AVSessionError::InvalidSessionCommand.entry()
    ));
    let universal = AVSessionApiError::Universal(UniversalError::PermissionDenied);
    assert_eq!(universal.code(), 201);
    assert_eq!(universal.title(), Some("Permission Denied"));
    assert_eq!(
        AVSessionApiError::lookup(6612002).map(|e| e.name),
        Some("NetworkTimeout")
    );
    assert_eq!(AVSessionApiError::lookup(6600199), None);
}

#[test]
fn entries_are_the_parts_in_order() {
    let expected: Vec<i32> = UniversalError::ENTRIES
        .iter()
        .chain(AVSessionError::ENTRIES)
        .map(|e| e.code)
        .collect();
    let actual: Vec<i32> = AVSessionApiError::ENTRIES.iter().map(|e| e.code).collect();
    assert_eq!(actual, expected);
    assert_eq!(<AVSessionApiError as ErrorCatalog>::ENTRIES.len(), 6 + 66);
    for entry in AVSessionApiError::ENTRIES {
        let err = <AVSessionApiError as FromCode>::from_code(entry.code).unwrap();
        assert_eq!(err.entry(), entry);
    }
}

#[test]
fn own_codes_beside_wrapped_catalogs() {
    #[derive(Debug, Clone, Copy, PartialEq, ErrorCatalog)]
    #[catalog(name = "App")]
    enum App {
        #[code(transparent)]
        Universal(UniversalError),
        #[code(9000001, message = "App failure.")]
        Failure,
        #[code(transparent)]
        Session { inner: AVSessionError },
    }
    assert_eq!(App::from_code(9000001), Some(App::Failure));
    assert_eq!(
        App::from_code(401),
        Some(App::Universal(UniversalError::ParameterCheckFailed))
    );
    assert_eq!(
        App::from_code(6600101),
        Some(App::Session {
            inner: AVSessionError::SessionServiceException
        })
    );
    let codes: Vec<i32> = App::ENTRIES.iter().map(|e| e.code).collect();
    assert_eq!(codes.len(), 6 + 1 + 66);
    assert_eq!(codes[6], 9000001);
    assert_eq!(App::Failure.to_string(), "App failure.");
}
