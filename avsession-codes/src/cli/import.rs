//! `import PAGE.md [--enum NAME] [--name NAME] [--constants TSV]`: the page as a Rust module
//! on stdout, a warning on stderr for each place of the page only the layouts carry.

use std::path::{Path, PathBuf};

use avsession_codes::page::{import, Constants, ImportOptions};

use super::{read_page, Failure, Outcome};

pub fn run(
    page: &Path,
    enum_name: Option<String>,
    name: Option<String>,
    constants: Option<&Path>,
    translations: &[(String, PathBuf)],
    lock: Option<&Path>,
) -> Result<Outcome, Failure> {
    let (_, parsed) = read_page(page)?;
    let mut options = ImportOptions::default();
    options.enum_name = enum_name;
    options.name = name;
    if let Some(path) = constants {
        let text = std::fs::read_to_string(path)
            .map_err(|err| Failure(format!("{}: cannot read the file: {err}", path.display())))?;
        options.constants = Constants::parse_tsv(&text)
            .map_err(|err| Failure(format!("{}: {err}", path.display())))?;
    }
    if let Some(lock) = lock {
        let text = match std::fs::read_to_string(lock) {
            Ok(text) => Some(text),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => None,
            Err(err) => {
                return Err(Failure(format!(
                    "{}: cannot read the lock: {err}",
                    lock.display()
                )))
            }
        };
        options.lock = Some((lock.to_string_lossy().into_owned(), text));
    }
    for (tag, path) in translations {
        let (_, translated) = read_page(path)?;
        options.translations.push((tag.clone(), translated));
    }
    let imported =
        import(&parsed, &options).map_err(|err| Failure(format!("{}: {err}", page.display())))?;
    for warning in &imported.warnings {
        let file = match &warning.locale {
            Some(tag) => translations
                .iter()
                .find(|(t, _)| t == tag)
                .map_or(page, |(_, path)| path.as_path()),
            None => page,
        };
        eprintln!(
            "warning: {}:{}: {}",
            file.display(),
            warning.line,
            warning.message
        );
    }
    Ok(Outcome::ok(imported.source))
}
