// Cross-Device Wakeup and Message Transfer Error Codes: the catalog `CrossDeviceWakeupAndMessageTransferError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Cross-Device Wakeup and Message Transfer Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Cross-Device Wakeup and Message Transfer",
    title = "Cross-Device Wakeup and Message Transfer Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 2000000..=2099999,
    layout = "# {title}\n<!--Kit: Distributed Service Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wangrui7-->\n<!--Designer: @yangyang2-->\n<!--Tester: @Ytt-test-->\n<!--Adviser: @hu-zhiqiong-->\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/conversation.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "跨设备唤醒与消息传输错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Distributed Service Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wangrui7-->\n<!--Designer: @yangyang2-->\n<!--Tester: @Ytt-test-->\n<!--Adviser: @hu-zhiqiong-->\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum CrossDeviceWakeupAndMessageTransferError {
    /// Internal Error (2000001).
    ///
    /// An internal error occurs in the API.
    #[code(
        2000001,
        title = "Internal Error",
        message = "Internal error.",
        description = "An internal error occurs in the API.",
        cause = "An internal error occurs.",
        solution = "Restart the device and try again."
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "内部错误",
        cause = "对端ability拉起失败、内存申请失败等其他软总线错误。",
        solution = "确认对端是否安装该ability，确认软总线是否正常运行等。"
    )]
    InternalError,
    /// Unsupported Peer Version (2004001).
    ///
    /// The peer version is not supported.
    #[code(
        2004001,
        title = "Unsupported Peer Version",
        message = "Remote not supported.",
        description = "The peer version is not supported.",
        cause = "This function is not supported because the peer version is outdated.",
        solution = "Update the peer version and try again."
    )]
    #[translation(
        "zh-CN",
        title = "对端设备系统版本过低",
        message = "Remote system version is too low.",
        description = "对端设备系统版本过低。",
        cause = "对端设备系统版本过低。",
        solution = "升级对端设备版本。"
    )]
    UnsupportedPeerVersion,
    /// Duplicate Calls (2004002).
    ///
    /// The API is called when the previous request is still being processed. Wait until the previous call is complete and try again.
    #[code(
        2004002,
        title = "Duplicate Calls",
        message = "Duplicate calls, previous call still in progress.",
        description = "The API is called when the previous request is still being processed. Wait until the previous call is complete and try again.",
        cause = "The previous request has not been processed yet.",
        solution = "Wait until the previous call is complete and try again."
    )]
    #[translation(
        "zh-CN",
        title = "对端拉起ability失败",
        message = "Failed to start ability on the remote side.",
        description = "对端拉起ability失败。",
        cause = "传入的abilityName错误，或者对端没有该ability等。",
        solution = "确认abilityName是否正确。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    DuplicateCalls,
    /// Failure to Send Data (2004003).
    ///
    /// This error code is reported if data fails to be sent.
    #[code(
        2004003,
        title = "Failure to Send Data",
        message = "Send data failed.",
        description = "This error code is reported if data fails to be sent.",
        cause = "The network is not connected, or the network connection is poor.",
        solution = "Connect to the network or connect to another network and try again."
    )]
    #[translation(
        "zh-CN",
        title = "发送数据失败",
        message = "Failed to send data.",
        description = "发送数据失败。",
        cause = "发送数据失败。",
        solution = "确保对端同账号，确保对端deviceId正确，确保本端网络状态。"
    )]
    FailureToSendData,
    /// Request Timeout (2004004).
    ///
    /// Waiting for a response from the peer end times out.
    #[code(
        2004004,
        title = "Request Timeout",
        message = "Wait remote ack timeout.",
        description = "Waiting for a response from the peer end times out.",
        cause = "The peer end is not connected to the network or is powered off.",
        solution = "Ensure that the Internet connection of the peer end is normal and try again."
    )]
    #[translation(
        "zh-CN",
        title = "等待对端确认超时",
        message = "Timeout while waiting for acknowledgement from the remote side.",
        description = "等待对端确认超时。",
        cause = "等待对端确认超时、对端关机等。",
        solution = "确保对端网络正常。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    RequestTimeout,
}
