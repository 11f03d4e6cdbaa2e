// Color Inversion Error Codes: the catalog `ColorInversionError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Color Inversion Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Color Inversion",
    title = "Color Inversion Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @lushi871202-->\n<!--Designer: @demon_coffee-->\n<!--Tester: @demon_coffee-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/force_dark.lock"
)]
pub enum ColorInversionError {
    /// Invalid Input Parameter for the Color Inversion Capability (106205).
    ///
    /// This error code is reported when the input parameter for the color inversion capability is incorrect.
    #[code(
        106205,
        title = "Invalid Input Parameter for the Color Inversion Capability",
        message = "Force dark config is invalid.",
        description = "This error code is reported when the input parameter for the color inversion capability is incorrect.",
        cause = "The input parameter passed for the color inversion capability is invalid.",
        solution = "Correct the input parameter to meet the color inversion capability's requirements."
    )]
    InvalidInputParameterForColorInversionCapability,
}
