//! Translations: an entry's texts in another language, chosen by a language tag and falling
//! back to English field by field, without allocation.
//!
//! ```
//! use avsession_codes::AVSessionError;
//!
//! let entry = AVSessionError::SessionServiceException.entry();
//! let zh = entry.localized("zh_CN.UTF-8");
//! assert_eq!(zh.title().map(|t| t.locale), Some("zh-CN"));
//! assert_eq!(zh.title().map(|t| t.text), Some("会话服务端异常"));
//! // The message is the one the system returns, in English, unless the page in that
//! // language has another.
//! assert_eq!(zh.message().text, "Session service exception.");
//! assert_eq!(zh.message().locale, "en");
//! // Traditional Chinese is not Simplified Chinese: English it is.
//! assert_eq!(entry.localized("zh-TW").title().map(|t| t.locale), Some("en"));
//! ```
//!
//! Tags match case-insensitively, in BCP 47 form (`zh-CN`, `zh-Hans-CN`) or POSIX form
//! (`zh_CN.UTF-8`). A request reaches a catalog locale of the same language and script: the
//! same region first, else another region (`zh`, `zh-SG` and `zh-Hans-CN` all reach `zh-CN`).
//! The script of Chinese is implied by the region where it is not written: Traditional for
//! Taiwan, Hong Kong and Macao, Simplified elsewhere. So `zh-TW` and `zh-Hant` get English, not
//! Simplified Chinese, which a reader of Traditional Chinese should not be handed as theirs
//! (ICU4X's fallback sends `zh-TW` to `zh-Hant` for the same reason). `C`, `POSIX` and `en*`
//! are English.

mod tag;

use crate::{Catalog, Entry};

pub use tag::is_english;
pub(crate) use tag::negotiate;

/// The catalogs' own language, where a text has no translation.
pub const ENGLISH: &str = "en";

/// One entry's texts in one locale, as `#[translation("zh-CN", ...)]` gives them. A field
/// left out falls back to English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Translation {
    /// The locale, as the catalog declares it (`"zh-CN"`).
    pub locale: &'static str,
    /// The title in that locale.
    pub title: Option<&'static str>,
    /// The message, where the page in that locale has another than the English one.
    pub message: Option<&'static str>,
    /// The description in that locale.
    pub description: Option<&'static str>,
    /// The causes in that locale (empty: English).
    pub causes: &'static [&'static str],
    /// The solution steps in that locale (empty: English).
    pub solutions: &'static [&'static str],
    /// The cases as the page in that locale gives them (empty: English's), each with its
    /// texts in that locale.
    pub cases: &'static [crate::Case],
    #[doc(hidden)]
    #[cfg_attr(feature = "serde", serde(skip))]
    pub __sealed: crate::__private::Sealed,
}

/// A locale a catalog is translated into, with the page's own texts in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Locale {
    /// Its tag (`"zh-CN"`).
    pub tag: &'static str,
    /// Whether some codes have no translation in it (the page in that language is another
    /// revision).
    pub partial: bool,
    /// The page title in that locale.
    pub title: Option<&'static str>,
    /// The note in that locale.
    pub note: Option<&'static str>,
    /// The page around its sections, as the page in that locale lays it out.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub layout: Option<&'static str>,
    /// The layout of every section without one of its own, in that locale (see
    /// [`Catalog::section`]).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub section: Option<&'static str>,
    /// The sections laid out otherwise on the page in that locale (see
    /// [`Catalog::layouts`]).
    #[cfg_attr(feature = "serde", serde(skip))]
    pub layouts: &'static [(usize, &'static str)],
    #[doc(hidden)]
    #[cfg_attr(feature = "serde", serde(skip))]
    pub __sealed: crate::__private::Sealed,
}

/// A text and the locale it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Text {
    /// The text.
    pub text: &'static str,
    /// Its locale: a catalog locale, or [`ENGLISH`].
    pub locale: &'static str,
}

/// A list of texts (causes, steps) and the locale they are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Texts {
    /// The texts, in order.
    pub texts: &'static [&'static str],
    /// Their locale.
    pub locale: &'static str,
}

/// The cases of a code and the locale they are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Cases {
    /// The cases, in order.
    pub cases: &'static [crate::Case],
    /// Their locale.
    pub locale: &'static str,
}

/// An entry seen in a locale: each text from the translation where it has one, else English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized {
    entry: &'static Entry,
    translation: Option<&'static Translation>,
}

impl Localized {
    /// The entry itself.
    #[must_use]
    pub fn entry(&self) -> &'static Entry {
        self.entry
    }

    /// The translation used, if the locale has one for this entry.
    #[must_use]
    pub fn translation(&self) -> Option<&'static Translation> {
        self.translation
    }

    /// The locale of the translation, or [`ENGLISH`] when there is none.
    #[must_use]
    pub fn locale(&self) -> &'static str {
        self.translation.map_or(ENGLISH, |t| t.locale)
    }

    fn pick(&self, own: Option<&'static str>, english: Option<&'static str>) -> Option<Text> {
        match own {
            Some(text) => Some(Text {
                text,
                locale: self.locale(),
            }),
            None => english.map(|text| Text {
                text,
                locale: ENGLISH,
            }),
        }
    }

    /// The title.
    #[must_use]
    pub fn title(&self) -> Option<Text> {
        self.pick(self.translation.and_then(|t| t.title), self.entry.title)
    }

    /// The message: the translation's where its page has another, else the English one the
    /// system returns. A code whose message is its first case's
    /// ([`Entry::message_from_case`]) gives its first case's in the locale.
    #[must_use]
    pub fn message(&self) -> Text {
        let own = self.translation.and_then(|t| {
            t.message.or_else(|| {
                self.entry
                    .message_from_case
                    .then(|| t.cases.first().and_then(|c| c.message))
                    .flatten()
            })
        });
        self.pick(own, Some(self.entry.message)).unwrap_or(Text {
            text: self.entry.message,
            locale: ENGLISH,
        })
    }

    /// The description.
    #[must_use]
    pub fn description(&self) -> Option<Text> {
        self.pick(
            self.translation.and_then(|t| t.description),
            self.entry.description,
        )
    }

    /// The possible causes.
    #[must_use]
    pub fn causes(&self) -> Texts {
        self.list(
            self.translation.map_or(&[], |t| t.causes),
            self.entry.causes,
        )
    }

    /// The solution steps.
    #[must_use]
    pub fn solutions(&self) -> Texts {
        self.list(
            self.translation.map_or(&[], |t| t.solutions),
            self.entry.solutions,
        )
    }

    /// The cases: the translation's where its page gives them, else the English ones.
    #[must_use]
    pub fn cases(&self) -> Cases {
        match self.translation {
            Some(t) if !t.cases.is_empty() => Cases {
                cases: t.cases,
                locale: t.locale,
            },
            _ => Cases {
                cases: self.entry.cases,
                locale: ENGLISH,
            },
        }
    }

    fn list(&self, own: &'static [&'static str], english: &'static [&'static str]) -> Texts {
        if own.is_empty() {
            Texts {
                texts: english,
                locale: ENGLISH,
            }
        } else {
            Texts {
                texts: own,
                locale: self.locale(),
            }
        }
    }
}

impl Entry {
    /// The entry in the locale `tag` names (see the [module docs](crate::locale) for how tags
    /// match), each text falling back to English where the translation has none.
    #[must_use]
    pub fn localized(&'static self, tag: &str) -> Localized {
        let translation = if is_english(tag) {
            None
        } else {
            negotiate(tag, self.translations.iter().map(|t| t.locale))
                .and_then(|locale| self.translations.iter().find(|t| t.locale == locale))
        };
        Localized {
            entry: self,
            translation,
        }
    }
}

impl Catalog {
    /// The catalog's locale that `tag` reaches, if any (`None` for English, or a tag no
    /// locale of the catalog fits).
    #[must_use]
    pub fn locale(&self, tag: &str) -> Option<&'static Locale> {
        if is_english(tag) {
            return None;
        }
        let chosen = negotiate(tag, self.locales.iter().map(|l| l.tag))?;
        self.locales.iter().find(|l| l.tag == chosen)
    }
}

/// Whether `tag` is a language tag this crate can read: BCP 47 (`zh-CN`, `zh-Hans-CN`) or
/// POSIX (`zh_CN.UTF-8`, `C`, `POSIX`).
#[must_use]
pub fn is_valid_tag(tag: &str) -> bool {
    is_english(tag) || tag::Tag::parse(tag).is_some()
}
