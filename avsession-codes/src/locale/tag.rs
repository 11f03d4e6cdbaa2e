//! Language tags: reading a requested tag (BCP 47 or POSIX), and choosing among a catalog's
//! locales, without allocation.

/// A tag's language, script and region, as written (compared case-insensitively).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tag<'a> {
    pub language: &'a str,
    pub script: Option<&'a str>,
    pub region: Option<&'a str>,
}

impl<'a> Tag<'a> {
    /// Reads `zh-CN`, `zh-Hans-CN`, `zh_CN.UTF-8`, `zh_CN@latin`, `en`; `None` for a
    /// malformed tag. Variants and extensions after the region are ignored.
    pub fn parse(text: &'a str) -> Option<Tag<'a>> {
        // POSIX: `language_REGION.encoding@modifier`.
        let text = text.split(['.', '@']).next().unwrap_or("");
        let mut parts = text.split(['-', '_']);
        let language = parts.next()?;
        if !matches!(language.len(), 2 | 3 | 5..=8)
            || !language.bytes().all(|b| b.is_ascii_alphabetic())
        {
            return None;
        }
        let mut tag = Tag {
            language,
            script: None,
            region: None,
        };
        for part in parts {
            if part.is_empty() || part.len() > 8 || !part.bytes().all(|b| b.is_ascii_alphanumeric())
            {
                return None;
            }
            let letters = part.bytes().all(|b| b.is_ascii_alphabetic());
            let digits = part.bytes().all(|b| b.is_ascii_digit());
            match (part.len(), letters, digits) {
                (4, true, _) if tag.script.is_none() && tag.region.is_none() => {
                    tag.script = Some(part);
                }
                (2, true, _) | (3, _, true) if tag.region.is_none() => tag.region = Some(part),
                _ => {}
            }
        }
        Some(tag)
    }

    /// The script, written or implied: Chinese is Traditional (`Hant`) in Taiwan, Hong Kong
    /// and Macao and Simplified (`Hans`) elsewhere; other languages have none implied.
    fn script_or_implied(&self) -> Option<&'a str> {
        if self.script.is_some() {
            return self.script;
        }
        if !self.language.eq_ignore_ascii_case("zh") {
            return None;
        }
        let traditional = self
            .region
            .is_some_and(|r| ["TW", "HK", "MO"].iter().any(|t| t.eq_ignore_ascii_case(r)));
        Some(if traditional { "Hant" } else { "Hans" })
    }
}

fn same(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        (None, None) => true,
        _ => false,
    }
}

/// Whether `requested` means English, the catalogs' own language: `en`, `en-*`, and the
/// POSIX locales `C` and `POSIX` (with or without an encoding).
#[must_use]
pub fn is_english(requested: &str) -> bool {
    let base = requested.split(['.', '@']).next().unwrap_or("");
    if base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return true;
    }
    Tag::parse(requested).is_some_and(|t| t.language.eq_ignore_ascii_case("en"))
}

/// The best of `available` for `requested`: the same language and script (written or
/// implied) and the same region, else the same language and script in another region. A
/// script never falls back to another (`zh-TW`, Traditional, does not get `zh-CN`,
/// Simplified). `None` when nothing fits: the caller falls back to English.
pub(crate) fn negotiate<'t>(
    requested: &str,
    available: impl Iterator<Item = &'t str> + Clone,
) -> Option<&'t str> {
    let want = Tag::parse(requested)?;
    let fits = |tag: &Tag<'_>| {
        tag.language.eq_ignore_ascii_case(want.language)
            && same(tag.script_or_implied(), want.script_or_implied())
    };
    let parsed = available.filter_map(|text| Some((text, Tag::parse(text)?)));
    parsed
        .clone()
        .find(|(_, tag)| fits(tag) && same(tag.region, want.region))
        .or_else(|| parsed.clone().find(|(_, tag)| fits(tag)))
        .map(|(text, _)| text)
}
