//! The catalogs of 14 more kits (feature `kits`, which `cli` turns on), each imported from its
//! English page by `avsession-codes import`: see `../imports.tsv`.

mod access_token;
mod account;
mod crypto_framework;
mod filemanagement;
mod location;
mod net_connection;
mod net_http;
mod notification;
mod pasteboard;
mod preferences;
mod sensor;
mod telephony;
mod webview;
mod window;

pub use access_token::AccessControlError;
pub use account::AccountManagementError;
pub use crypto_framework::CryptoFrameworkError;
pub use filemanagement::FileManagementError;
pub use location::LocationKitError;
pub use net_connection::NetworkConnectionManagementError;
pub use net_http::HttpError;
pub use notification::NotificationError;
pub use pasteboard::PasteboardError;
pub use preferences::UserPreferenceError;
pub use sensor::SensorError;
pub use telephony::TelephonyError;
pub use webview::WebviewError;
pub use window::WindowError;

use crate::Catalog;

/// The kits' catalogs, in the order of their pages' file names.
pub const KITS: &[&Catalog] = &[
    AccessControlError::CATALOG,
    AccountManagementError::CATALOG,
    CryptoFrameworkError::CATALOG,
    FileManagementError::CATALOG,
    LocationKitError::CATALOG,
    NetworkConnectionManagementError::CATALOG,
    HttpError::CATALOG,
    NotificationError::CATALOG,
    PasteboardError::CATALOG,
    UserPreferenceError::CATALOG,
    SensorError::CATALOG,
    TelephonyError::CATALOG,
    WebviewError::CATALOG,
    WindowError::CATALOG,
];
