// 用户状态感知错误码: the catalog `UserStatusError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// 用户状态感知错误码.
///
/// 以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "用户状态感知",
    title = "用户状态感知错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    range = 33900000..=33999999,
    layout = "# {title}\n<!--Kit: Multimodal Awareness Kit-->\n<!--Subsystem: MultimodalAwareness-->\n<!--Owner: @dilligencer-->\n<!--Designer: @zou_ye-->\n<!--Tester: @judan-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    lock = "locks/user_status.lock"
)]
pub enum UserStatusError {
    /// 服务异常 (33900001).
    ///
    /// 当调用userStatus模块on、off接口时，若服务异常，会报此错误码。
    #[code(
        33900001,
        title = "服务异常",
        message = "Service exception. Possible causes:\n\n<br>&emsp;1. System error, such as a null pointer and container-related exception. \n<br>&emsp;2. Node-API invocation exception, such as invalid Node-API status.",
        description = "当调用userStatus模块on、off接口时，若服务异常，会报此错误码。",
        cause = "服务状态异常。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试，期间可优先尝试获取器件列表方式进一步获取设备可用性。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    Code33900001,
    /// 订阅失败 (33900002).
    ///
    /// 当调用userStatus模块on接口时，若订阅失败，会报此错误码。
    #[code(
        33900002,
        title = "订阅失败",
        message = "Subscription failed. Possible causes: \n\n<br>&emsp;1. Callback registration failed.\n<br>&emsp;2. Failed to bind the native object to the JS wrapper.\n<br>&emsp;3. Node-API invocation exception, such as invalid Node-API status.\n<br>&emsp;4. IPC request exception.",
        description = "当调用userStatus模块on接口时，若订阅失败，会报此错误码。",
        cause = "订阅异常。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试。",
        layout = "\n\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    Code33900002,
    /// 取消订阅失败 (33900003).
    ///
    /// 当调用userStatus模块off接口时，若取消订阅失败，会报此错误码。
    #[code(
        33900003,
        title = "取消订阅失败",
        message = "Unsubscription failed. Possible causes: \n\n<br>&emsp;1. Callback failure.\n<br>&emsp;2. Node-API invocation exception, such as invalid Node-API status.\n<br>&emsp;3. IPC request exception.",
        description = "当调用userStatus模块off接口时，若取消订阅失败，会报此错误码。",
        cause = "取消订阅异常。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试。",
        layout = "\n\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1. {solution}\n2. {solution}"
    )]
    Code33900003,
}
