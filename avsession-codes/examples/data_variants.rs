//! A custom error enum whose variants carry data, annotated as a catalog.
//!
//! `cargo run -p avsession-codes --example data_variants`

use std::error::Error;

use avsession_codes::ErrorCatalog;

/// Errors of a media player built on AVSession.
#[derive(Debug, ErrorCatalog)]
#[catalog(name = "Player", range = 9100000..=9199999)]
enum PlayerError {
    /// The requested seek is outside the media.
    #[code(
        9100001,
        title = "Seek Out of Range",
        message = "The seek position is out of range.",
        display = "cannot seek to {position} ms: the media lasts {duration} ms",
        cause = "The position was computed from stale metadata.",
        solution = "Clamp the position to the media duration."
    )]
    SeekOutOfRange { position: u64, duration: u64 },
    /// Reading the media failed.
    #[code(
        9100002,
        title = "Media Read Failure",
        message = "The media could not be read.",
        display = "cannot read {0}",
        solution = "Check that the file exists.",
        solution = "Check the read permission."
    )]
    Read(String, #[source] std::io::Error),
}

fn report(err: &PlayerError) {
    println!("error {}: {err}", err.code());
    if let Some(source) = err.source() {
        println!("  caused by: {source}");
    }
    println!("  official message: {}", err.message());
    for (n, step) in (1..).zip(err.solutions()) {
        println!("  {n}. {step}");
    }
}

fn main() {
    report(&PlayerError::SeekOutOfRange {
        position: 90_000,
        duration: 60_000,
    });
    report(&PlayerError::Read(
        "/data/song.mp3".into(),
        std::io::Error::from(std::io::ErrorKind::NotFound),
    ));
}
