use std::fmt;

use avsession_codes::ErrorCatalog;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(name = "Manual", skip_display)]
enum Manual {
    #[code(1, message = "One.")]
    One,
    #[code(2, message = "Two.")]
    Two,
}

impl fmt::Display for Manual {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}] {}", self.code(), self.message())
    }
}

impl std::error::Error for Manual {}

// `skip_display = false` keeps the generated impls.
#[derive(Debug, ErrorCatalog)]
#[catalog(skip_display = false)]
enum Generated {
    #[code(3, message = "Three.")]
    Three,
}

fn main() {
    assert_eq!(Manual::Two.to_string(), "[2] Two.");
    assert_eq!(Generated::Three.to_string(), "Three.");
    let _: &dyn std::error::Error = &Manual::One;
}
