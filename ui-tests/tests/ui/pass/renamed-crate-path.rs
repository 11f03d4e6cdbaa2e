// The runtime crate reached through another path, the way a crate re-exporting it would.
mod runtime {
    pub use avsession_codes::*;
}

use avsession_codes as codes;

#[derive(Debug, Clone, Copy, PartialEq, Eq, codes::ErrorCatalog)]
#[catalog(crate = crate::runtime, name = "ThroughModule")]
enum ThroughModule {
    #[code(1, message = "One.")]
    One,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, runtime::ErrorCatalog)]
#[catalog(crate = "codes")]
enum ThroughString {
    #[code(transparent)]
    Inner(ThroughModule),
    #[code(2, message = "Two.")]
    Two,
}

fn main() {
    assert_eq!(ThroughModule::One.code(), 1);
    assert_eq!(<ThroughString as codes::ErrorCatalog>::ENTRIES.len(), 2);
    assert_eq!(
        ThroughString::from_code(1),
        Some(ThroughString::Inner(ThroughModule::One))
    );
}
