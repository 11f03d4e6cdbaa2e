//! `#[catalog(debug)]`: `Debug` from the catalog prints what std's `#[derive(Debug)]` prints.
//!
//! Each catalog here has a twin with the same variants and std's derive; the two must agree,
//! plain (`{:?}`) and pretty (`{:#?}`).

use std::fmt::Debug;

use avsession_codes::{AVSessionApiError, AVSessionError, UniversalError};

mod ours {
    use avsession_codes::{AVSessionError, ErrorCatalog};

    #[derive(ErrorCatalog)]
    #[catalog(name = "Mixed", debug)]
    pub enum Mixed {
        #[code(1, message = "Unit.")]
        Unit,
        #[code(2, message = "Tuple.")]
        Tuple(u8, &'static str),
        #[code(3, message = "Named.")]
        Named {
            path: &'static str,
            retries: Option<u32>,
        },
        #[code(4, message = "Raw.")]
        #[allow(non_camel_case_types)]
        r#type,
        #[code(5, message = "Empty tuple.")]
        EmptyTuple(),
        #[code(6, message = "Nested.")]
        Nested(Box<Mixed>),
    }

    #[derive(ErrorCatalog)]
    #[catalog(name = "Units", debug)]
    pub enum Units {
        #[code(10, message = "First.")]
        First,
        #[code(11, message = "Second.")]
        Second,
    }

    #[derive(ErrorCatalog)]
    #[catalog(name = "Generic", debug)]
    pub enum Generic<T> {
        #[code(20, message = "Holds a value.")]
        Holds(T),
        #[code(21, message = "Empty.")]
        Empty,
    }

    #[derive(ErrorCatalog)]
    #[catalog(name = "Composed", debug)]
    pub enum Composed {
        #[code(transparent)]
        Session(AVSessionError),
        #[code(30, message = "Own.")]
        Own,
    }
}

// The twins are only printed: their fields are never read, and std's derive does not count.
#[allow(dead_code)]
mod std_derive {
    use avsession_codes::AVSessionError;

    #[derive(Debug)]
    #[allow(non_camel_case_types)]
    pub enum Mixed {
        Unit,
        Tuple(u8, &'static str),
        Named {
            path: &'static str,
            retries: Option<u32>,
        },
        r#type,
        EmptyTuple(),
        Nested(Box<Mixed>),
    }

    #[derive(Debug)]
    pub enum Units {
        First,
        Second,
    }

    #[derive(Debug)]
    pub enum Generic<T> {
        Holds(T),
        Empty,
    }

    #[derive(Debug)]
    pub enum Composed {
        Session(AVSessionError),
        Own,
    }
}

fn same(ours: &impl Debug, std: &impl Debug) {
    assert_eq!(format!("{ours:?}"), format!("{std:?}"));
    assert_eq!(format!("{ours:#?}"), format!("{std:#?}"));
}

#[test]
fn every_kind_of_variant_prints_as_std_derive() {
    use ours::Mixed as O;
    use std_derive::Mixed as S;
    same(&O::Unit, &S::Unit);
    same(&O::Tuple(7, "x"), &S::Tuple(7, "x"));
    same(
        &O::Named {
            path: "/a",
            retries: Some(3),
        },
        &S::Named {
            path: "/a",
            retries: Some(3),
        },
    );
    same(&O::r#type, &S::r#type);
    same(&O::EmptyTuple(), &S::EmptyTuple());
    same(&O::Nested(Box::new(O::Unit)), &S::Nested(Box::new(S::Unit)));
    assert_eq!(format!("{:?}", O::Tuple(7, "x")), r#"Tuple(7, "x")"#);
}

#[test]
fn unit_catalogs_print_the_variant_name_from_the_table() {
    same(&ours::Units::First, &std_derive::Units::First);
    same(&ours::Units::Second, &std_derive::Units::Second);
    assert_eq!(
        format!("{:?}", ours::Units::Second),
        ours::Units::Second.entry().name
    );
    // Width and fill do not apply to std's derive of a unit variant either.
    assert_eq!(
        format!("{:>8?}", ours::Units::First),
        format!("{:>8?}", std_derive::Units::First)
    );
}

#[test]
fn generic_catalogs_print_their_fields() {
    same(
        &ours::Generic::Holds(vec![1, 2]),
        &std_derive::Generic::Holds(vec![1, 2]),
    );
    same(
        &ours::Generic::<u8>::Empty,
        &std_derive::Generic::<u8>::Empty,
    );
}

#[test]
fn composed_catalogs_print_the_wrapped_error() {
    let (ours, std) = (
        ours::Composed::Session(AVSessionError::SessionDoesNotExist),
        std_derive::Composed::Session(AVSessionError::SessionDoesNotExist),
    );
    same(&ours, &std);
    same(&ours::Composed::Own, &std_derive::Composed::Own);
    assert_eq!(format!("{ours:?}"), "Session(SessionDoesNotExist)");
}

#[test]
fn shipped_catalogs_keep_std_debug() {
    // The shipped catalogs derive std's `Debug`; `debug` is for the user's large catalogs.
    assert_eq!(
        format!("{:?}", UniversalError::PermissionDenied),
        "PermissionDenied"
    );
    assert_eq!(
        format!(
            "{:?}",
            AVSessionApiError::Session(AVSessionError::SessionDoesNotExist)
        ),
        "Session(SessionDoesNotExist)"
    );
}
