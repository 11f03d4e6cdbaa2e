//! The trybuild cases live in `tests/ui/`; this library is empty.
