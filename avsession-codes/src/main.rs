//! `avsession-codes`: explains OpenHarmony error codes, and keeps catalogs in step with the
//! documentation pages they come from.
//!
//! ```text
//! avsession-codes explain 6600101
//! avsession-codes explain AV_SESSION_ERR_SERVICE_EXCEPTION
//! avsession-codes search session timeout
//! avsession-codes list --format markdown
//! avsession-codes import errorcode-audio.md --enum AudioError > src/audio.rs
//! avsession-codes check errorcode-audio.md
//! avsession-codes render avsession
//! ```
//!
//! Exit status: 0 done, 1 differences found (`check`) or nothing found (`search`), 2 bad input.

use std::io::{self, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod cli;

use cli::Format;

/// Explains OpenHarmony error codes, and keeps catalogs in step with their pages.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Text, global = true)]
    format: Format,
    /// The language of the output, a BCP 47 or POSIX tag (`zh-CN`, `zh_CN.UTF-8`); default:
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`. For `import`, `TAG=PAGE.md` (repeatable) names the page
    /// in that language, whose texts become the catalog's translations.
    #[arg(long, global = true, value_name = "LOCALE")]
    lang: Vec<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Explains one error code: message, description, possible causes, solution steps.
    Explain {
        /// A code (`6600101`), a variant (`SessionServiceException`,
        /// `AVSessionError::SessionServiceException`) or a C API constant
        /// (`AV_SESSION_ERR_SERVICE_EXCEPTION`).
        #[arg(allow_hyphen_values = true)]
        code: String,
        /// The message the system returned with the code: of a code split into cases, only
        /// the case with that message is shown.
        #[arg(long, value_name = "TEXT")]
        message: Option<String>,
    },
    /// Lists the codes whose texts hold all the words, best match first.
    Search {
        /// The words to look for (case-insensitive).
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// Lists every code with its message, grouped by catalog.
    List,
    /// Prints an error-code page as a Rust module: one enum deriving `ErrorCatalog`.
    Import {
        /// The page, an OpenHarmony `errorcode-*.md` file.
        page: PathBuf,
        /// The enum's name (default: from the page title, e.g. `AudioError`).
        #[arg(long = "enum", value_name = "NAME")]
        enum_name: Option<String>,
        /// The catalog's name (default: the page title's subject, e.g. `Audio`).
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// The C API's constants: a `name<TAB>value<TAB>since[<TAB>meaning<TAB>header]`
        /// table, as `native-avsession-errcodes.tsv` or the kits' tables in
        /// `src/catalogs/constants/`; repeat it for several C enums.
        #[arg(long, value_name = "TSV")]
        constants: Vec<PathBuf>,
        /// The catalog's lock, relative to the crate's `Cargo.toml` (run from there): written
        /// into `#[catalog(lock = ...)]`, and a page that would break it is refused.
        #[arg(long, value_name = "PATH")]
        lock: Option<PathBuf>,
        /// With `--lock`: a locked code keeps its locked variant name where the page's title
        /// now names it otherwise.
        #[arg(long, requires = "lock")]
        keep_names: bool,
        /// Writes the module to FILE (only when the import succeeds, replacing FILE at once)
        /// instead of stdout.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Compares a page with the shipped catalog that holds its codes: exit 0 when they agree,
    /// 1 with one line per difference.
    Check {
        /// The page, an OpenHarmony `errorcode-*.md` file.
        page: PathBuf,
        /// Your own catalog: the module `import` wrote from the page (its enum, name and lock
        /// are read from it; give translated pages with `--lang TAG=PAGE` as for `import`).
        /// Without it, the shipped catalog holding the page's codes.
        #[arg(long, value_name = "FILE")]
        module: Option<PathBuf>,
        /// With `--module`: the C API's constants, as for `import`.
        #[arg(long, value_name = "TSV", requires = "module")]
        constants: Vec<PathBuf>,
    },
    /// Prints a shipped catalog as its page.
    Render {
        /// The catalog, as `list` names it (case-insensitive).
        name: String,
        /// In the regular layout, not the page's own.
        #[arg(long)]
        regular: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let importing = matches!(
        cli.command,
        Command::Import { .. }
            | Command::Check {
                module: Some(_),
                ..
            }
    );
    let outcome = cli::lang::resolve(&cli.lang, importing).and_then(|lang| {
        let locale = lang.locale.as_deref();
        match cli.command {
            Command::Explain { code, message } => {
                cli::explain::run(&code, message.as_deref(), cli.format, locale)
            }
            Command::Search { words } => cli::search::run(&words, cli.format, locale),
            Command::List => Ok(cli::list::run(cli.format, locale)),
            Command::Import {
                page,
                enum_name,
                name,
                constants,
                lock,
                keep_names,
                output,
            } => cli::import::run(&cli::import::Args {
                page: &page,
                enum_name,
                name,
                constants: &constants,
                translations: &lang.pages,
                lock: lock.as_deref(),
                keep_names,
                output: output.as_deref(),
            }),
            Command::Check {
                page, module: None, ..
            } => cli::check::run(&page),
            Command::Check {
                page,
                module: Some(module),
                constants,
            } => cli::check_module::run(&page, &module, &constants, &lang.pages),
            Command::Render { name, regular } => cli::render::run(&name, regular, locale),
        }
    });
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(failure) => {
            eprintln!("error: {failure}");
            return ExitCode::from(2);
        }
    };
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(outcome.stdout.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::from(outcome.status),
        // `avsession-codes list | head` closes the pipe early: not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(outcome.status),
        Err(err) => {
            eprintln!("error: cannot write the output: {err}");
            ExitCode::FAILURE
        }
    }
}
