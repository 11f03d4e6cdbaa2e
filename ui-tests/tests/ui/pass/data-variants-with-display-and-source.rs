use std::error::Error as _;

use avsession_codes::ErrorCatalog;

#[derive(Debug)]
struct Io;

impl std::fmt::Display for Io {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("disk on fire")
    }
}

impl std::error::Error for Io {}

#[derive(Debug, ErrorCatalog)]
#[catalog(name = "Data")]
enum Data {
    #[code(1, message = "Read failed.", display = "cannot read {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: Io,
    },
    #[code(2, message = "Boxed.", display = "boxed ({0:?}): {1}")]
    Boxed(u8, #[source] Box<dyn std::error::Error + Send + Sync>),
    #[code(3, message = "Repeated field.", display = "{0} and {0}, {{literal}}")]
    Twice(i32),
    #[code(4, message = "Plain message.")]
    Plain { detail: u32 },
    #[code(5, message = "Unit.")]
    Unit,
}

fn main() {
    let read = Data::Read {
        path: "/x".into(),
        source: Io,
    };
    assert_eq!(read.to_string(), "cannot read /x: disk on fire");
    assert_eq!(read.source().unwrap().to_string(), "disk on fire");
    let boxed = Data::Boxed(7, Box::new(Io));
    assert_eq!(boxed.to_string(), "boxed (7): disk on fire");
    assert!(boxed.source().is_some());
    assert_eq!(Data::Twice(3).to_string(), "3 and 3, {literal}");
    assert_eq!(Data::Plain { detail: 1 }.to_string(), "Plain message.");
    assert!(Data::Plain { detail: 1 }.source().is_none());
    assert_eq!(Data::Unit.code(), 5);
    assert_eq!(Data::lookup(2).map(|e| e.message), Some("Boxed."));
}
