// Time and Time Zone Service Error Codes: the catalog `TimeAndTimeZoneServiceError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Time and Time Zone Service Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Time and Time Zone Service",
    title = "Time and Time Zone Service Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Time-->\n<!--Owner: @huaxin05-->\n<!--Designer: @hu-kai45-->\n<!--Tester: @murphy1984-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/time.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "时间时区服务错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Time-->\n<!--Owner: @huaxin05-->\n<!--Designer: @hu-kai45-->\n<!--Tester: @murphy1984-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum TimeAndTimeZoneServiceError {
    /// Time and Time Zone Service Error (-1).
    ///
    /// This error code is reported when the time and time zone service error occurs.
    #[code(
        -1,
        title = "Time and Time Zone Service Error",
        message = "Parameter check failed, permission denied, or system error.",
        description = "This error code is reported when the time and time zone service error occurs.",
        cause = "The system is not running properly due to a common kernel error, such as a memory allocation and multi-thread processing error.",
        solution = "Make sure that the memory is sufficient.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "时间时区服务异常",
        description = "时间时区服务异常。",
        cause = "系统运行异常。内存申请、多线程处理等内核通用错误。",
        solution = "系统运行异常。请确认内存是否充足。",
        layout = "\n## {code} {title}\n\n**错误信息** \n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    TimeAndTimeZoneServiceError,
    /// Network or OS Error (13000001).
    ///
    /// This error code is reported when the network or OS error occurs.
    #[code(
        13000001,
        title = "Network or OS Error",
        message = "Network connection error or OS error.",
        description = "This error code is reported when the network or OS error occurs.",
        cause = "The network or OS is not running properly due to a system error, such as network connection failure or socket creation failure.",
        solution = "Make sure the network is connected and the system resources are sufficient.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "网络或操作系统异常",
        description = "网络或操作系统异常。",
        cause = "网络或操作系统异常。网络无法连接或无法创建套接字等系统异常。",
        solution = "网络或操作系统异常。确认网络连接是否成功，系统资源是否足够。"
    )]
    NetworkOrOsError,
    /// NTP Time Not Updated (13000002).
    ///
    /// This error code is reported when the NTP time is invalid.
    #[code(
        13000002,
        title = "NTP Time Not Updated",
        message = "The local NTP time of the system is invalid.",
        description = "This error code is reported when the NTP time is invalid.",
        cause = "The local NTP time has not been updated and becomes invalid.",
        solution = "Call the **updateNtpTime()** API to update the NTP time.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->"
    )]
    #[translation(
        "zh-CN",
        title = "未更新NTP时间",
        description = "系统本地NTP时间无效。",
        cause = "系统本地NTP时间无效。在获取NTP时间前，未能成功更新过NTP时间或系统本地NTP时间已失效。",
        solution = "系统本地NTP时间无效。调用updateNtpTime()更新NTP时间。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    NtpTimeNotUpdated,
}
