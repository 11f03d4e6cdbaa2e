//! `avsession-codes`: explains OpenHarmony error codes (universal, AVSession, cast control).
//!
//! ```text
//! avsession-codes explain 6600101
//! avsession-codes list --format markdown
//! ```

use std::fmt::{self, Write as _};
use std::io::{self, Write as _};
use std::process::ExitCode;

use avsession_codes::{render_entry, Catalog, Entry, CATALOGS};
use clap::{Parser, Subcommand, ValueEnum};

/// Explains OpenHarmony error codes: the universal codes, AVSession and its cast control.
#[derive(Parser)]
#[command(version, about, long_about = None)]
struct Cli {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Text, global = true)]
    format: Format,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Explains one error code: message, description, possible causes, solution steps.
    Explain {
        /// The numeric error code, e.g. 6600101.
        #[arg(allow_hyphen_values = true)]
        code: String,
    },
    /// Lists every code with its message, grouped by catalog.
    List,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Laid out for a terminal.
    Text,
    /// JSON, for scripts.
    Json,
    /// Markdown, in the layout of OpenHarmony's error-code pages.
    Markdown,
}

/// Wrap width of the text format.
const WIDTH: usize = 80;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let output = match cli.command {
        Command::Explain { code } => match find(&code) {
            Ok((catalog, entry)) => explain(catalog, entry, cli.format),
            Err(message) => {
                eprintln!("error: {message}; run `avsession-codes list` to see the valid codes");
                return ExitCode::from(2);
            }
        },
        Command::List => list(cli.format),
    };
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(output.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => ExitCode::SUCCESS,
        // `avsession-codes list | head` closes the pipe early: not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: cannot write the output: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The catalog and entry of a code given on the command line, or why there is none.
fn find(input: &str) -> Result<(&'static Catalog, &'static Entry), String> {
    let code: i64 = input.trim().parse().map_err(|_| {
        format!("`{input}` is not an error code: codes are numbers such as 6600101")
    })?;
    if code <= 0 {
        return Err(format!(
            "`{input}` is not an error code: codes are positive numbers such as 6600101"
        ));
    }
    i32::try_from(code)
        .ok()
        .and_then(|code| {
            CATALOGS
                .iter()
                .find_map(|catalog| catalog.lookup(code).map(|entry| (*catalog, entry)))
        })
        .ok_or_else(|| {
            let names: Vec<&str> = CATALOGS.iter().map(|c| c.name).collect();
            format!("no catalog ({}) has the code {input}", names.join(", "))
        })
}

fn explain(catalog: &Catalog, entry: &Entry, format: Format) -> String {
    let mut out = String::new();
    match format {
        Format::Text => explain_text(&mut out, catalog, entry),
        Format::Markdown => render_entry(entry, &mut out),
        Format::Json => json(
            &mut out,
            &Explained {
                catalog: catalog.name,
                entry,
            },
        ),
    }
    .expect("writing to a String cannot fail");
    out
}

fn explain_text(out: &mut String, catalog: &Catalog, entry: &Entry) -> fmt::Result {
    let title = entry.title.unwrap_or(entry.name);
    writeln!(out, "{} {title}", entry.code)?;
    let mut facts = vec![format!("catalog: {}", catalog.name)];
    if let Some(since) = entry.since {
        facts.push(format!("since API {since}"));
    }
    if entry.system_api {
        facts.push("system applications only".to_owned());
    }
    writeln!(out, "{}", facts.join(" | "))?;
    block(out, "Error message", &[entry.message], false)?;
    if let Some(description) = entry.description {
        block(out, "Description", &[description], false)?;
    }
    block(out, "Possible causes", entry.causes, false)?;
    block(out, "Solution", entry.solutions, true)
}

/// A heading and its items, indented and wrapped; numbered where `numbered` and several.
fn block(out: &mut String, heading: &str, items: &[&str], numbered: bool) -> fmt::Result {
    if items.is_empty() {
        return Ok(());
    }
    write!(out, "\n{heading}\n")?;
    for (n, item) in (1..).zip(items) {
        let marker = match (items.len(), numbered) {
            (1, _) => String::new(),
            (_, true) => format!("{n}. "),
            (_, false) => "- ".to_owned(),
        };
        let first = format!("  {marker}");
        let rest = " ".repeat(first.len());
        for (i, paragraph) in item.lines().enumerate() {
            // No hyphen splitting and no broken words: links and paths stay whole.
            let options = textwrap::Options::new(WIDTH)
                .initial_indent(if i == 0 { &first } else { &rest })
                .subsequent_indent(&rest)
                .word_splitter(textwrap::WordSplitter::NoHyphenation)
                .break_words(false);
            for line in textwrap::wrap(paragraph, options) {
                writeln!(out, "{}", line.trim_end())?;
            }
        }
    }
    Ok(())
}

fn list(format: Format) -> String {
    let mut out = String::new();
    match format {
        Format::Json => json(&mut out, CATALOGS),
        Format::Markdown => list_markdown(&mut out),
        Format::Text => list_text(&mut out),
    }
    .expect("writing to a String cannot fail");
    out
}

fn list_markdown(out: &mut String) -> fmt::Result {
    for (i, catalog) in CATALOGS.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let title = catalog.title.unwrap_or(catalog.name);
        writeln!(
            out,
            "## {title}\n\n| Code | Title | Error Message |\n|---|---|---|"
        )?;
        for entry in catalog.entries {
            let title = cell(entry.title.unwrap_or(""));
            writeln!(
                out,
                "| {} | {title} | {} |",
                entry.code,
                cell(entry.message)
            )?;
        }
    }
    Ok(())
}

fn list_text(out: &mut String) -> fmt::Result {
    for (i, catalog) in CATALOGS.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        writeln!(out, "{} ({} codes)", catalog.name, catalog.entries.len())?;
        for entry in catalog.entries {
            let message = entry.message.replace('\n', " ");
            writeln!(out, "  {:<9}{message}", entry.code)?;
        }
    }
    Ok(())
}

/// A Markdown table cell: one line, `|` escaped.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', "<br>")
}

/// `explain --format json`: the entry with the name of its catalog.
#[derive(serde::Serialize)]
struct Explained<'a> {
    catalog: &'a str,
    #[serde(flatten)]
    entry: &'a Entry,
}

fn json<T: serde::Serialize + ?Sized>(out: &mut String, value: &T) -> fmt::Result {
    let text = serde_json::to_string_pretty(value).map_err(|_| fmt::Error)?;
    writeln!(out, "{text}")
}
