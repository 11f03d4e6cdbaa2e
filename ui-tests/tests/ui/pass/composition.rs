use std::error::Error as _;

use avsession_codes::{ErrorCatalog, FromCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Universal", range = 201..=401)]
enum Universal {
    #[code(201, message = "Permission denied.")]
    PermissionDenied,
    #[code(401, message = "Parameter error.")]
    ParameterError,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Session", range = 6600000..=6699999)]
enum Session {
    #[code(6600101, message = "Session service exception.")]
    ServiceException,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Api")]
enum Api {
    #[code(transparent)]
    Universal(Universal),
    #[code(7, message = "Own code between the parts.")]
    Own,
    #[code(transparent)]
    Session { inner: Session },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum Nested {
    #[code(transparent)]
    Api(Api),
}

fn main() {
    assert_eq!(Api::ENTRIES.len(), 4);
    assert_eq!(
        Api::ENTRIES.iter().map(|e| e.code).collect::<Vec<_>>(),
        [201, 401, 7, 6600101]
    );
    assert_eq!(
        Api::from_code(401),
        Some(Api::Universal(Universal::ParameterError))
    );
    assert_eq!(
        Api::from_code(6600101),
        Some(Api::Session {
            inner: Session::ServiceException
        })
    );
    assert_eq!(Api::from_code(7), Some(Api::Own));
    assert_eq!(Api::from_code(8), None);
    assert_eq!(Api::Own.code(), 7);
    assert_eq!(Api::Universal(Universal::PermissionDenied).code(), 201);
    assert_eq!(
        Api::Universal(Universal::PermissionDenied).to_string(),
        "Permission denied."
    );
    assert!(Api::Own.source().is_none());
    assert_eq!(
        Api::lookup(6600101).map(|e| e.name),
        Some("ServiceException")
    );
    assert_eq!(
        Nested::from_code(201),
        Some(Nested::Api(Api::Universal(Universal::PermissionDenied)))
    );
    assert_eq!(<Nested as ErrorCatalog>::ENTRIES.len(), 4);
    assert_eq!(<Nested as FromCode>::check_status(0), Ok(()));
}
