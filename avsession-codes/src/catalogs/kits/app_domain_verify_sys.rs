// Application Domain Name Verification Error Codes: the catalog `ApplicationDomainNameVerificationError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Application Domain Name Verification Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Application Domain Name Verification",
    title = "Application Domain Name Verification Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 29900000..=29999999,
    layout = "# {title}\n<!--Kit: Ability Kit-->\n<!--Subsystem: BundleManager-->\n<!--Owner: @hw-xpc-->\n<!--Designer: @xuchuanqi87-->\n<!--Tester: @sl_sunshineGirl-->\n<!--Adviser: @HelloCrease-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/app_domain_verify_sys.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "应用域名校验错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Ability Kit-->\n<!--Subsystem: BundleManager-->\n<!--Owner: @hw-xpc-->\n<!--Designer: @zhanglin-->\n<!--Tester: @sunlin-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum ApplicationDomainNameVerificationError {
    /// Internal System Service Error (29900001).
    ///
    /// This error code is reported when an internal error occurs in the system service, such as failure in memory allocation or multi-thread processing.
    #[code(
        29900001,
        title = "Internal System Service Error",
        message = "An internal error has occurred in the system service.",
        description = "This error code is reported when an internal error occurs in the system service, such as failure in memory allocation or multi-thread processing.",
        cause = "Internal errors such as memory allocation and multi-thread processing errors occur. Specific causes may include null internal objects and processing timeouts, etc.",
        solution = "Check whether the system memory is sufficient and whether the system version used by the device has known compatibility issues or vulnerabilities.",
        solution = "Restart the device.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统服务内部异常",
        description = "当系统服务发生内存申请、多线程处理等内部错误时，会报此错误码。",
        cause = "内存申请、多线程处理等内部错误。具体原因可能包括：内部对象为空、处理超时等。",
        solution = "确认系统内存是否足够，检查设备使用的系统版本是否存在已知的兼容性问题或漏洞。",
        solution = "尝试重启设备。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    InternalSystemServiceError,
}
