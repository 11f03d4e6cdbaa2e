// Crypto Framework Error Codes: the catalog `CryptoFrameworkError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Crypto Framework Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Crypto Framework",
    title = "Crypto Framework Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 17600000..=17699999,
    layout = "# {title}\n\n<!--Kit: Crypto Architecture Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @zxz--3-->\n<!--Designer: @lanming-->\n<!--Tester: @PAFT-->\n<!--Adviser: @zengyawen-->\n\n> **NOTE**\n>\n> {note}\n{entries}"
)]
pub enum CryptoFrameworkError {
    /// Memory Operation Failed (17620001).
    ///
    /// The memory operation failed.
    #[code(
        17620001,
        title = "Memory Operation Failed",
        message = "Memory operation failed.",
        description = "The memory operation failed.",
        cause = "The memory allocation failed.",
        solution = "Check whether the system is running properly.",
        solution = "Check whether the service data is too long.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n2. {solution} \n"
    )]
    MemoryOperationFailed,
    /// Parameter Conversion Between ArkTS and C Failed (17620002).
    ///
    /// The parameter conversion between ArkTS and C failed.
    #[code(
        17620002,
        title = "Parameter Conversion Between ArkTS and C Failed",
        message = "Failed to convert parameters between arkts and c.",
        description = "The parameter conversion between ArkTS and C failed.",
        cause = "An unexpected error occurs.",
        solution = "Check whether the system is running properly."
    )]
    ParameterConversionBetweenArkTSAndCFailed,
    /// Invalid Function Call (17620004).
    ///
    /// Invalid function call.
    #[code(
        17620004,
        title = "Invalid Function Call",
        message = "invalid function call.",
        description = "Invalid function call.",
        cause = "This operation is not supported by the current function.",
        solution = "Check whether the function is properly called.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    InvalidFunctionCall,
    /// Crypto Operation Error (17630001).
    ///
    /// Failed to invoke the third-party cryptographic API.
    #[code(
        17630001,
        title = "Crypto Operation Error",
        message = "Crypto operation error.",
        description = "Failed to invoke the third-party cryptographic API.",
        cause = "An error occurs when the cryptography framework interacts with a third-party algorithm library.",
        solution = "Check whether the input parameters of the API or associated APIs are correct.",
        solution = "For details about AES decryption failure, see [AES Decryption Failure Returning 17630001](../../security/CryptoArchitectureKit/crypto-aes-decryption-error-faq.md).",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n\n{solution}\n"
    )]
    CryptoOperationError,
}
