//! [`Variants`]: every variant of a catalog, by value, in declaration order.

use core::fmt;
use core::iter::FusedIterator;
use core::marker::PhantomData;
use core::ops::Range;

use crate::FromCode;

/// Every variant of a catalog, by value, in declaration order: `E::variants()` or
/// [`FromCode::variants`].
///
/// The derive maps each position to its variant with a `match` that the optimiser folds
/// away, so iterating costs what iterating a static array of the variants costs; unlike the
/// generated `ALL` slice, it needs no `Copy` and no constant of every variant (which rustc
/// evaluates at a cost that grows with the square of the variants).
///
/// ```
/// use avsession_codes::AVSessionError;
///
/// let mut variants = AVSessionError::variants();
/// assert_eq!(variants.len(), 66);
/// assert_eq!(variants.next(), Some(AVSessionError::SessionServiceException));
/// assert_eq!(variants.next_back().map(|e| e.code()), Some(6616100));
/// ```
pub struct Variants<E> {
    rows: Range<usize>,
    marker: PhantomData<fn() -> E>,
}

impl<E> Variants<E> {
    /// The first `len` variants; `len` is the number of entries.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(len: usize) -> Self {
        Self {
            rows: 0..len,
            marker: PhantomData,
        }
    }
}

impl<E> Clone for Variants<E> {
    fn clone(&self) -> Self {
        Self {
            rows: self.rows.clone(),
            marker: PhantomData,
        }
    }
}

impl<E> fmt::Debug for Variants<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Variants")
            .field("remaining", &self.rows.len())
            .finish()
    }
}

impl<E: FromCode> Iterator for Variants<E> {
    type Item = E;

    #[inline]
    fn next(&mut self) -> Option<E> {
        self.rows.next().and_then(E::__variant)
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.rows.size_hint()
    }

    #[inline]
    fn nth(&mut self, n: usize) -> Option<E> {
        self.rows.nth(n).and_then(E::__variant)
    }

    #[inline]
    fn last(mut self) -> Option<E> {
        self.next_back()
    }

    #[inline]
    fn count(self) -> usize {
        self.rows.len()
    }
}

impl<E: FromCode> DoubleEndedIterator for Variants<E> {
    #[inline]
    fn next_back(&mut self) -> Option<E> {
        self.rows.next_back().and_then(E::__variant)
    }

    #[inline]
    fn nth_back(&mut self, n: usize) -> Option<E> {
        self.rows.nth_back(n).and_then(E::__variant)
    }
}

impl<E: FromCode> ExactSizeIterator for Variants<E> {}

impl<E: FromCode> FusedIterator for Variants<E> {}
