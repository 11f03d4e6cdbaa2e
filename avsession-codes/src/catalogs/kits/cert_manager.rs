// Certificate Management Error Codes: the catalog `CertificateManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Certificate Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Certificate Management",
    title = "Certificate Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 17500000..=17599999,
    layout = "# {title}\n\n<!--Kit: Device Certificate Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @chaceli-->\n<!--Designer: @chande-->\n<!--Tester: @zhangzhi1995-->\n<!--Adviser: @zengyawen-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/cert_manager.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "证书管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Device Certificate Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @chaceli-->\n<!--Designer: @chande-->\n<!--Tester: @zhangzhi1995-->\n<!--Adviser: @zengyawen-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum CertificateManagementError {
    /// Internal Error (17500001).
    ///
    /// C API: `OH_CM_INNER_FAILURE`.
    #[code(
        17500001,
        title = "Internal Error",
        message = "Internal error. Possible causes: 1. IPC communication failed; 2. Memory operation error; 3. File operation error.",
        cause = "An internal error occurs when the API is called.",
        solution = "Check for and rectify the internal error.",
        since = 22,
        constant = "OH_CM_INNER_FAILURE"
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        cause = "调用API时发生内部错误。",
        solution = "检查内部运行情况是否正常。"
    )]
    InternalError,
    /// Certificate Not Exist (17500002).
    ///
    /// C API: `OH_CM_NOT_FOUND`.
    #[code(
        17500002,
        title = "Certificate Not Exist",
        message = "The certificate does not exist.",
        cause = "The certificate does not exist during certificate management.",
        solution = "Check whether the certificate exists.",
        since = 22,
        constant = "OH_CM_NOT_FOUND"
    )]
    #[translation(
        "zh-CN",
        title = "证书不存在",
        cause = "证书管理过程中发现证书不存在。",
        solution = "检查证书是否存在。"
    )]
    CertificateNotExist,
    /// Invalid Certificate or Credential (17500003).
    ///
    /// C API: `OH_CM_INVALID_CERT_FORMAT`.
    #[code(
        17500003,
        title = "Invalid Certificate or Credential",
        message = "The keystore is in an invalid format or the keystore password is incorrect.",
        cause = "The input certificate or credential is invalid.",
        solution = "Check that the certificate or credential is valid.",
        since = 22,
        constant = "OH_CM_INVALID_CERT_FORMAT"
    )]
    #[translation(
        "zh-CN",
        title = "证书或凭据无效",
        cause = "输入不是有效的证书或凭据。",
        solution = "检查证书或凭据的有效性。"
    )]
    InvalidCertificateOrCredential,
    /// The Number of Certificates or Credentials Reaches the Limit (17500004).
    ///
    /// C API: `OH_CM_MAX_CERT_COUNT_REACHED`.
    #[code(
        17500004,
        title = "The Number of Certificates or Credentials Reaches the Limit",
        message = "The number of certificates or credentials reaches the maximum allowed.",
        cause = "The number of installed certificates or credentials has reached the maximum.",
        solution = "Clear expired certificates or credentials.",
        since = 22,
        constant = "OH_CM_MAX_CERT_COUNT_REACHED"
    )]
    #[translation(
        "zh-CN",
        title = "证书或凭据数量达到上限",
        cause = "已安装的证书或凭据数量达到最大值。",
        solution = "清理过期的证书或凭据。"
    )]
    NumberOfCertificatesOrCredentialsReachesLimit,
    /// Application Not Authorized (17500005).
    ///
    /// C API: `OH_CM_NO_AUTHORIZATION`.
    #[code(
        17500005,
        title = "Application Not Authorized",
        message = "The application is not authorized by the user.",
        cause = "The user has not authorized the application to use the specified credential.",
        solution = "Check that the credential is correct, and authorize the application to use the credential.",
        since = 22,
        constant = "OH_CM_NO_AUTHORIZATION"
    )]
    #[translation(
        "zh-CN",
        title = "应用未经用户授权",
        cause = "用户没有将输入的凭据授权给当前应用使用。",
        solution = "检查输入的凭据是否正确或当前应用申请授权。"
    )]
    ApplicationNotAuthorized,
    /// Device in Advanced Security Mode (17500007).
    ///
    /// C API: `OH_CM_DEVICE_ENTER_ADVSECMODE`.
    #[code(
        17500007,
        title = "Device in Advanced Security Mode",
        message = "The device enters advanced security mode.",
        cause = "The user has enabled the advanced security mode.",
        solution = "Guide the user to disable the advanced security mode on the application UI.",
        since = 22,
        constant = "OH_CM_DEVICE_ENTER_ADVSECMODE"
    )]
    #[translation(
        "zh-CN",
        title = "设备进入坚盾守护模式",
        cause = "用户已开启坚盾守护模式。",
        solution = "需要在应用界面提醒用户关闭坚盾守护模式。"
    )]
    DeviceInAdvancedSecurityMode,
    /// Incorrect Password (17500008).
    #[code(
        17500008,
        title = "Incorrect Password",
        message = "The input password is error.",
        cause = "Incorrect password.",
        solution = "Check whether the password is correct. Use the correct password and try again.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "密码错误",
        cause = "输入的密码错误。",
        solution = "检查密码是否正确，使用正确的密码再次尝试。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    IncorrectPassword,
    /// Specified Certificate Storage Path Not Supported (17500009).
    ///
    /// C API: `OH_CM_STORE_PATH_NOT_SUPPORTED`.
    #[code(
        17500009,
        title = "Specified Certificate Storage Path Not Supported",
        message = "The device does not support the specified certificate store path.",
        cause = "The device does not support the specified certificate storage path.",
        solution = "Check whether the entered certificate type is correct.",
        since = 22,
        constant = "OH_CM_STORE_PATH_NOT_SUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "不支持指定的证书存储路径",
        cause = "设备不支持指定的证书存储路径。",
        solution = "检查输入的证书类型是否正确。"
    )]
    SpecifiedCertificateStoragePathNotSupported,
    /// Failed to Access the USB Credential (17500010).
    ///
    /// C API: `OH_CM_ACCESS_UKEY_SERVICE_FAILED`.
    #[code(
        17500010,
        title = "Failed to Access the USB Credential",
        message = "The USB key service access failed.",
        cause = "The USB hardware driver service is abnormal.",
        solution = "Check whether the USB is properly connected or the USB driver is working properly.",
        since = 22,
        constant = "OH_CM_ACCESS_UKEY_SERVICE_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "访问USB证书凭据失败",
        cause = "USB硬件驱动服务发生异常。",
        solution = "检查USB是否正常连接或USB驱动是否正常工作。"
    )]
    FailedToAccessUsbCredential,
    /// Failed to Validate the Input Parameter (17500011).
    ///
    /// C API: `OH_CM_PARAMETER_VALIDATION_FAILED`.
    #[code(
        17500011,
        title = "Failed to Validate the Input Parameter",
        message = "The input parameters validation failed.",
        cause = "The parameter format is abnormal or the parameter range is invalid.",
        solution = "Check the input parameter format or range of the API.",
        since = 22,
        constant = "OH_CM_PARAMETER_VALIDATION_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "入参校验失败",
        cause = "参数格式异常或参数范围无效。",
        solution = "检查接口入参格式或范围。"
    )]
    FailedToValidateInputParameter,
}
