use avsession_codes::ErrorCatalog;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(range = -100..0)]
enum Posix {
    #[code(-1, message = "Operation not permitted.")]
    Perm,
    #[code(-100, message = "Lowest code of the range.")]
    Lowest,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum Extremes {
    #[code(-2147483648, message = "The lowest `int32_t`.")]
    Min,
    #[code(2147483647, message = "The highest `int32_t`.")]
    Max,
}

fn main() {
    assert_eq!(Posix::from_code(-1), Some(Posix::Perm));
    assert_eq!(Posix::CATALOG.range, Some(-100..=-1));
    assert_eq!(Posix::Lowest.code(), -100);
    assert_eq!(Extremes::Min.code(), i32::MIN);
    assert_eq!(Extremes::from_code(i32::MAX), Some(Extremes::Max));
}
