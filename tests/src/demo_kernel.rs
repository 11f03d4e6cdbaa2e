// Demo Kernel Error Codes: the catalog `DemoKernelError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Demo Kernel Error Codes.
///
/// The following lists only the kernel error codes and descriptions.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Demo Kernel",
    title = "Demo Kernel Error Codes",
    note = "The following lists only the kernel error codes and descriptions.",
    layout = "# {title}\n\n> **NOTE**\n>\n> {note}\n\n| Error Code| Name| Description|\n| -------- | -------- | -------- |\n{entries}\nCodes above 133 are not used.\n",
    section = "| {code} | {constant} | {message} |\n",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "演示内核错误码",
    note = "以下仅列出内核错误码及其描述。",
    layout = "# {title}\n\n> **说明：**\n>\n> {note}\n\n| 错误码 | 名称 | 描述 |\n| -------- | -------- | -------- |\n{entries}",
    section = "| {code} | {constant} | {message} |\n"
)]
pub enum DemoKernelError {
    /// Error code 1.
    ///
    /// C API: `EPERM`.
    #[code(1, message = "Operation not permitted.", constant = "EPERM")]
    #[translation("zh-CN", message = "操作不允许。")]
    Eperm,
    /// Error code 2.
    ///
    /// C API: `ENOENT`.
    #[code(2, message = "No such file or directory.", constant = "ENOENT")]
    #[translation("zh-CN", message = "没有这个文件或目录。")]
    Enoent,
    /// Error code 3.
    ///
    /// C API: `ESRCH`.
    #[code(3, message = "No such process.", constant = "ESRCH")]
    #[translation("zh-CN", message = "没有这个进程。")]
    Esrch,
    /// Error code 120.
    ///
    /// C API: `EREMOTEIO`.
    #[code(
        120,
        message = "Remote I/O error.",
        constant = "EREMOTEIO",
        layout = "|{code}|{constant}|{message}|\n"
    )]
    #[translation(
        "zh-CN",
        message = "远程I/O错误。",
        layout = "|{code}|{constant}|{message}|\n"
    )]
    Eremoteio,
    /// Error code 121.
    ///
    /// C API: `EREMOTEIO`.
    #[code(121, message = "Remote I/O error \\| again.", constant = "EREMOTEIO")]
    Eremoteio121,
}
