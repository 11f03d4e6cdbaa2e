use avsession_codes::{ErrorCatalog, FromCode, StatusError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    name = "Demo",
    title = "Demo Error Codes",
    note = "Codes of the demo module.",
    range = 6600000..=6699999,
    url = "https://example.com/codes#{code}"
)]
enum Demo {
    #[code(
        6600101,
        message = "Session service exception.",
        title = "Session Service Exception",
        description = "The session server is abnormal.",
        cause = "The session server is killed during restart.",
        cause = "The service IPC failed.",
        solution = "Wait for the service to restart.",
        solution = "Restart the device.",
        since = 10,
        system_api
    )]
    ServiceException,
    #[code(6_600_102, message = "The session does not exist.", system_api = false)]
    SessionDoesNotExist,
    #[code(0x64_B5_77, message = "Hex code.")]
    Hex,
    #[code(6600104i32, message = "Suffixed code.")]
    Suffixed,
}

const CODE: i32 = Demo::ServiceException.code();

fn main() {
    assert_eq!(CODE, 6600101);
    assert_eq!(Demo::from_code(6600102), Some(Demo::SessionDoesNotExist));
    assert_eq!(Demo::from_code(0x64_B5_77), Some(Demo::Hex));
    assert_eq!(Demo::Suffixed.code(), 6600104);
    assert_eq!(Demo::ALL.len(), 4);
    assert_eq!(Demo::ENTRIES.len(), 4);
    assert_eq!(Demo::CATALOG.name, "Demo");
    assert_eq!(Demo::CATALOG.range, Some(6600000..=6699999));
    assert_eq!(Demo::ServiceException.causes().len(), 2);
    assert_eq!(Demo::ServiceException.solutions()[1], "Restart the device.");
    assert_eq!(
        Demo::ServiceException.title(),
        Some("Session Service Exception")
    );
    assert!(Demo::ServiceException.entry().system_api);
    assert_eq!(Demo::ServiceException.entry().since, Some(10));
    assert!(!Demo::SessionDoesNotExist.entry().system_api);
    assert_eq!(
        Demo::lookup(6600101).map(|e| e.name),
        Some("ServiceException")
    );
    assert_eq!(
        Demo::SessionDoesNotExist.to_string(),
        "The session does not exist."
    );
    assert_eq!(Demo::check_status(0), Ok(()));
    assert_eq!(
        Demo::check_status(6600101),
        Err(StatusError::Known(Demo::ServiceException))
    );
    assert_eq!(Demo::try_from(1_i32).unwrap_err().code(), 1);
    assert_eq!(i32::from(Demo::Hex), 0x64_B5_77);
    assert_eq!(<Demo as ErrorCatalog>::NAME, "Demo");
    assert_eq!(<Demo as FromCode>::from_code(6600104), Some(Demo::Suffixed));
    let _: &dyn std::error::Error = &Demo::Hex;
}
