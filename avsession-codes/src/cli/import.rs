//! `import PAGE.md [--enum NAME] [--name NAME] [--constants TSV]... [--lock PATH [--keep-names]]
//! [-o FILE]`: the page as a Rust module on stdout or in FILE, a warning on stderr for each
//! place of the page only the layouts carry.

use std::path::{Path, PathBuf};

use avsession_codes::page::{import, Constants, ImportOptions, Imported};

use super::{read_page, Failure, Outcome};

/// What `import` was asked.
pub struct Args<'a> {
    pub page: &'a Path,
    pub enum_name: Option<String>,
    pub name: Option<String>,
    pub constants: &'a [PathBuf],
    pub translations: &'a [(String, PathBuf)],
    pub lock: Option<&'a Path>,
    pub keep_names: bool,
    pub output: Option<&'a Path>,
}

pub fn run(args: &Args<'_>) -> Result<Outcome, Failure> {
    let imported = imported(args)?;
    let Args {
        page, translations, ..
    } = *args;
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
    match args.output {
        Some(output) => {
            write_at_once(output, &imported.source)?;
            Ok(Outcome::ok(String::new()))
        }
        None => Ok(Outcome::ok(imported.source)),
    }
}

/// The page imported as `args` say.
pub fn imported(args: &Args<'_>) -> Result<Imported, Failure> {
    let Args {
        page,
        constants,
        translations,
        lock,
        ..
    } = *args;
    let (_, parsed) = read_page(page)?;
    let mut options = ImportOptions::default();
    options.enum_name.clone_from(&args.enum_name);
    options.name.clone_from(&args.name);
    options.keep_names = args.keep_names;
    for path in constants {
        let text = std::fs::read_to_string(path)
            .map_err(|err| Failure(format!("{}: cannot read the file: {err}", path.display())))?;
        let table = Constants::parse_tsv(&text)
            .map_err(|err| Failure(format!("{}: {err}", path.display())))?;
        options.constants.extend(table);
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
    import(&parsed, &options).map_err(|err| Failure(format!("{}: {err}", page.display())))
}

/// Writes `text` to `path` at once: into a file beside it, then renamed over it, so that
/// `path` is either what it was or the whole new text.
fn write_at_once(path: &Path, text: &str) -> Result<(), Failure> {
    let name = path
        .file_name()
        .ok_or_else(|| Failure(format!("{}: not a file name", path.display())))?;
    let mut staged = name.to_os_string();
    staged.push(format!(".{}.tmp", std::process::id()));
    let staged = path.with_file_name(staged);
    let failed = |err: std::io::Error| {
        let _ = std::fs::remove_file(&staged);
        Failure(format!(
            "{}: cannot write the module: {err}",
            path.display()
        ))
    };
    std::fs::write(&staged, text).map_err(failed)?;
    std::fs::rename(&staged, path).map_err(failed)
}
