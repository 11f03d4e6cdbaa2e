// Certificate Management Dialog Box Error Codes: the catalog `CertificateManagementDialogBoxError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Certificate Management Dialog Box Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Certificate Management Dialog Box",
    title = "Certificate Management Dialog Box Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 29700000..=29799999,
    layout = "# {title}\n\n<!--Kit: Device Certificate Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @chaceli-->\n<!--Designer: @chande-->\n<!--Tester: @zhangzhi1995-->\n<!--Adviser: @zengyawen-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/cert_manager_dialog.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "证书管理对话框错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Device Certificate Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @chaceli-->\n<!--Designer: @chande-->\n<!--Tester: @zhangzhi1995-->\n<!--Adviser: @zengyawen-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum CertificateManagementDialogBoxError {
    /// Internal Error (29700001).
    #[code(
        29700001,
        title = "Internal Error",
        message = "Internal error. Possible causes: 1. IPC communication failed; 2. Memory operation error; 3. File operation error.",
        cause = "An internal error occurs when the API is called.",
        solution = "Check for and rectify the internal error."
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        cause = "调用API时发生内部错误。",
        solution = "检查内部运行情况是否正常。"
    )]
    InternalError,
    /// Operation Canceled (29700002).
    #[code(
        29700002,
        title = "Operation Canceled",
        message = "The user cancels the installation operation.",
        cause = "The user canceled the operation when the API was called.",
        solution = "No action is required."
    )]
    #[translation(
        "zh-CN",
        title = "操作取消",
        cause = "调用API时用户取消操作。",
        solution = "无需处理。"
    )]
    OperationCanceled,
    /// Failed to Install the Certificate (29700003).
    #[code(
        29700003,
        title = "Failed to Install the Certificate",
        message = "The user install certificate failed in the certificate manager dialog, such as the certificate is in an invalid format.",
        cause = "The certificate format is incorrect.",
        solution = "Check for incorrect certificate format and data."
    )]
    #[translation(
        "zh-CN",
        title = "证书安装失败错误",
        cause = "调用API安装证书时失败，可能是由于证书格式错误。",
        solution = "检查证书格式，数据等是否正常。"
    )]
    FailedToInstallCertificate,
    /// Operation Not Supported by the Device (29700004).
    #[code(
        29700004,
        title = "Operation Not Supported by the Device",
        message = "The API is not supported on this device.",
        cause = "The API is available only for a PC application.",
        solution = "Ensure that the caller is running on a PC."
    )]
    #[translation(
        "zh-CN",
        title = "设备类型不支持",
        cause = "调用API时当前设备非PC设备。",
        solution = "更换PC设备调用此API。"
    )]
    OperationNotSupportedByDevice,
    /// Non-secure Operation (29700005).
    #[code(
        29700005,
        title = "Non-secure Operation",
        message = "The operation does not comply with the device security policy, such as the device does not allow users to manage the ca certificate of the global user.",
        cause = "The device is not an enterprise device.",
        solution = "Call the API on an enterprise device."
    )]
    #[translation(
        "zh-CN",
        title = "操作不符合设备安全策略",
        message = "The operation does not comply with the device security policy, such as the device does not allow users to manage the CA certificate of the global user.",
        cause = "调用API时当前设备非企业设备。",
        solution = "更换企业设备调用此API。"
    )]
    NonSecureOperation,
    /// Failed to Validate the Input Parameter (29700006).
    #[code(
        29700006,
        title = "Failed to Validate the Input Parameter",
        message = "The input parameters validation failed.",
        cause = "The parameter format is abnormal or the parameter range is invalid.",
        solution = "Check the input parameter format or range of the API."
    )]
    #[translation(
        "zh-CN",
        title = "入参校验失败",
        cause = "参数格式异常或参数范围无效。",
        solution = "检查接口入参格式或范围。"
    )]
    FailedToValidateInputParameter,
    /// No Available Authorization Certificate (29700007).
    #[code(
        29700007,
        title = "No Available Authorization Certificate",
        message = "No Available certificate for authorization",
        cause = "No authorization certificate is available.",
        solution = "Install a valid certificate."
    )]
    #[translation(
        "zh-CN",
        title = "无可用授权证书",
        message = "No Available certificate for authorization.",
        cause = "没有可用的授权证书。",
        solution = "安装有效证书凭据。"
    )]
    NoAvailableAuthorizationCertificate,
}
