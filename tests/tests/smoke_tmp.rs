use avsession_codes::{ErrorCatalog, FromCode};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Demo", range = 100..=199)]
pub enum Demo {
    #[code(101, message = "first.", title = "First", cause = "c1", solution = "s1", solution = "s2")]
    First,
    #[code(102, message = "second.", since = 13, system_api)]
    Second,
}

#[derive(Debug, ErrorCatalog)]
pub enum Data {
    #[code(-5, message = "io failed.", display = "io failed at {path}: {source}")]
    Io { path: &'static str, #[source] source: std::fmt::Error },
    #[code(7, message = "tuple.", display = "tuple {0} {1}")]
    Tuple(i32, &'static str),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Both")]
pub enum Both {
    #[code(transparent)]
    D(Demo),
    #[code(300, message = "own.")]
    Own,
}

#[test]
fn smoke() {
    assert_eq!(Demo::First.code(), 101);
    assert_eq!(Demo::from_code(102), Some(Demo::Second));
    assert_eq!(Demo::ALL.len(), 2);
    assert_eq!(Demo::First.solutions(), &["s1", "s2"]);
    assert_eq!(Demo::First.to_string(), "first.");
    assert_eq!(<Demo as ErrorCatalog>::NAME, "Demo");
    let d = Data::Io { path: "/x", source: std::fmt::Error };
    assert_eq!(d.to_string(), "io failed at /x: an error occurred when formatting an argument");
    assert_eq!(Data::Tuple(1, "a").to_string(), "tuple 1 a");
    assert!(std::error::Error::source(&d).is_some());
    assert_eq!(Both::from_code(101), Some(Both::D(Demo::First)));
    assert_eq!(Both::ENTRIES.len(), 3);
    assert_eq!(Both::lookup(300).unwrap().name, "Own");
    assert_eq!(Both::check_status(0), Ok(()));
    assert_eq!(<Both as FromCode>::from_code(5), None);
    assert_eq!(i32::from(Both::Own), 300);
}
