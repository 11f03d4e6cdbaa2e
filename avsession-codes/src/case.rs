//! Cases: the scenarios a page describes under one code, each with its own texts.

/// One case of a code: a scenario its page describes under a heading of its own inside the
/// code's section (`### 1. The positioning fails due to network unavailability.`), with its own
/// error message, description, causes and solution steps.
///
/// A code split into cases returns a different message in each; [`Entry::case`] finds the case
/// of the message the system returned. `#[case(...)]` on a variant gives its cases:
///
/// ```
/// use avsession_codes::ErrorCatalog;
///
/// #[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
/// #[catalog(name = "Location")]
/// pub enum LocationError {
///     #[code(3301200, title = "Failed to Obtain the Positioning Result")]
///     #[case(
///         title = "1. The positioning fails due to network unavailability.",
///         message = "The network locating is failed because the network cannot be accessed.",
///         cause = "The device cannot access the network.",
///         solution = "Check the device for Internet or Wi-Fi connectivity.",
///     )]
///     #[case(
///         title = "2. Unable to obtain the cached location.",
///         message = "The system does not have a cache location.",
///     )]
///     PositioningFailed,
/// }
///
/// let entry = LocationError::PositioningFailed.entry();
/// // The code has no message of its own: it shows its first case's.
/// assert_eq!(LocationError::PositioningFailed.to_string(), entry.cases[0].message.unwrap());
/// assert!(entry.message_from_case);
/// let case = entry.case("The system does not have a cache location.").unwrap();
/// assert_eq!(case.title, "2. Unable to obtain the cached location.");
/// ```
///
/// [`Entry::case`]: crate::Entry::case
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Case {
    /// The case's heading, as the page writes it.
    pub title: &'static str,
    /// The error message the system returns in this case, where the page gives it.
    pub message: Option<&'static str>,
    /// What the error means in this case.
    pub description: Option<&'static str>,
    /// The possible causes, in order.
    pub causes: &'static [&'static str],
    /// The solution steps, in order.
    pub solutions: &'static [&'static str],
    #[doc(hidden)]
    #[cfg_attr(feature = "serde", serde(skip))]
    pub __sealed: crate::__private::Sealed,
}

impl crate::Entry {
    /// The case whose message is `message` (the message the system returned with the code),
    /// compared without surrounding whitespace; `None` when no case has it.
    #[must_use]
    pub fn case(&self, message: &str) -> Option<&'static Case> {
        let message = message.trim();
        self.cases
            .iter()
            .find(|case| case.message.is_some_and(|m| m.trim() == message))
    }
}

impl crate::Catalog {
    /// The entry of `code`, and its case whose message is `message` where it has one: what a
    /// catalog knows of an error the system returned as a code and a message.
    #[must_use]
    pub fn lookup_case(
        &self,
        code: i32,
        message: &str,
    ) -> Option<(&'static crate::Entry, Option<&'static Case>)> {
        let entry = self.lookup(code)?;
        Some((entry, entry.case(message)))
    }
}
