//! `--lang`: the language of the output, from the option or the environment (`LC_ALL`,
//! `LC_MESSAGES`, `LANG`, in that order), and for `import` the pages in other languages.

use std::path::PathBuf;

use avsession_codes::locale::is_valid_tag;
use avsession_codes::CATALOGS;

use super::Failure;

/// What `--lang` and the environment say.
pub struct Lang {
    /// The output's locale; `None` for English.
    pub locale: Option<String>,
    /// `import`'s `TAG=PAGE.md` pairs.
    pub pages: Vec<(String, PathBuf)>,
}

const VALID: &str = "a BCP 47 tag such as `zh-CN` or `zh-Hans-CN`, a POSIX locale such as \
                     `zh_CN.UTF-8`, or `C`";

pub fn resolve(options: &[String], importing: bool) -> Result<Lang, Failure> {
    let mut lang = Lang {
        locale: None,
        pages: Vec::new(),
    };
    let mut given = None;
    for option in options {
        match option.split_once('=') {
            Some((tag, path)) if importing => {
                if !is_valid_tag(tag) || tag.contains(['_', '.']) {
                    return Err(Failure(format!(
                        "`{tag}` in `--lang {option}` is not a BCP 47 language tag: write e.g. \
                         `--lang zh-CN=errorcode-avsession.zh-cn.md`"
                    )));
                }
                lang.pages.push((tag.to_owned(), PathBuf::from(path)));
            }
            Some(_) => {
                return Err(Failure(format!(
                    "`--lang {option}`: `TAG=PAGE` is for `import`; give the output's language \
                     as {VALID}"
                )))
            }
            None => given = Some((option.clone(), "--lang")),
        }
    }
    let from_env = || {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| {
                std::env::var(name)
                    .ok()
                    .filter(|v| !v.is_empty())
                    .map(|v| (v, name))
            })
    };
    let Some((tag, source)) = given.or_else(from_env) else {
        return Ok(lang);
    };
    if !is_valid_tag(&tag) {
        return Err(Failure(format!(
            "`{tag}` (from {source}) is not a language tag: give {VALID}"
        )));
    }
    let english = avsession_codes::locale::is_english(&tag);
    if !english {
        if CATALOGS.iter().any(|c| c.locale(&tag).is_some()) {
            lang.locale = Some(tag);
        } else if !importing {
            eprintln!(
                "note: no catalog is translated into `{tag}` (from {source}): showing English"
            );
        }
    }
    Ok(lang)
}
