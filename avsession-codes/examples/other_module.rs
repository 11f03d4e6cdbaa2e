//! A catalog for another module's codes, rendered as an OpenHarmony error-code page.
//!
//! `cargo run -p avsession-codes --example other_module`

use avsession_codes::{render_markdown, ErrorCatalog};

/// A few codes of an imaginary "Lyrics" module (system capability 91).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ErrorCatalog)]
#[catalog(
    name = "Lyrics",
    title = "Lyrics Error Codes",
    note = "This topic describes only module-specific error codes.",
    range = 9100000..=9199999
)]
enum LyricsError {
    /// No lyrics for the track.
    #[code(
        9100101,
        title = "Lyrics Not Found",
        message = "No lyrics are available for the track.",
        description = "The lyrics service has no lyrics for the requested track.",
        cause = "The track is not in the lyrics database.",
        solution = "Hide the lyrics view for this track."
    )]
    NotFound,
    /// The lyrics file is malformed.
    #[code(
        9100102,
        title = "Malformed Lyrics",
        message = "The lyrics file is malformed.",
        cause = "The file is not in LRC format.",
        cause = "The timestamps are not in order.",
        solution = "Validate the file with an LRC checker.",
        solution = "Download the lyrics again."
    )]
    Malformed,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let code = 9100102;
    let err = LyricsError::try_from(code)?;
    println!("{code} is {err:?}: {err}\n");
    let mut page = String::new();
    render_markdown(LyricsError::CATALOG, &mut page)?;
    print!("{page}");
    Ok(())
}
