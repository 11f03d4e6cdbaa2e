use std::fmt::Debug;

use avsession_codes::ErrorCatalog;

#[derive(Debug, ErrorCatalog)]
enum Borrowed<'a, T: Debug, const N: usize>
where
    T: Clone,
{
    #[code(1, message = "Bad name.", display = "bad name {0}")]
    Name(&'a str),
    #[code(2, message = "Bad value.", display = "bad value {value:?}")]
    Value { value: T },
    #[code(3, message = "Too long.", display = "longer than {0:?}")]
    TooLong([u8; N]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
enum Tagged<T> {
    #[code(10, message = "Only a tag.")]
    Tag,
    #[code(11, message = "Holds a value.")]
    Value(T),
}

fn main() {
    let name: Borrowed<'_, i32, 2> = Borrowed::Name("x");
    assert_eq!(name.code(), 1);
    assert_eq!(name.to_string(), "bad name x");
    let value: Borrowed<'_, u8, 2> = Borrowed::Value { value: 5 };
    assert_eq!(value.to_string(), "bad value 5");
    let long: Borrowed<'_, u8, 2> = Borrowed::TooLong([1, 2]);
    assert_eq!(long.to_string(), "longer than [1, 2]");
    assert_eq!(
        Borrowed::<'_, u8, 2>::lookup(3).map(|e| e.message),
        Some("Too long.")
    );
    let _: &dyn std::error::Error = &name;
    assert_eq!(Tagged::<u8>::Tag.code(), 10);
    assert_eq!(Tagged::Value(1u8).message(), "Holds a value.");
}
