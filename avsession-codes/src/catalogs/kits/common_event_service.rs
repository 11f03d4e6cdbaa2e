// Event Error Codes: the catalog `EventError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Event Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Event",
    title = "Event Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 1500000..=1599999,
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Notification-->\n<!--Owner: @peixu-->\n<!--Designer: @dongqingran; @wulong158-->\n<!--Tester: @wanghong1997-->\n<!--Adviser: @fang-jinxu-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n##  {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/common_event_service.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "公共事件错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Notification-->\n<!--Owner: @HuYueRong-->\n<!--Designer: @dongqingran-->\n<!--Tester: @wanghong1997-->\n<!--Adviser: @fang-jinxu-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum EventError {
    /// Want Action Is Null (1500001).
    ///
    /// This error code is reported when the **Action** attribute in the **want** object is null for the event to send.
    #[code(
        1500001,
        title = "Want Action Is Null",
        message = "The action field in the want parameter is null.",
        description = "This error code is reported when the **Action** attribute in the **want** object is null for the event to send.",
        cause = "The **Action** attribute in the **want** object is null for the event to send.",
        solution = "Make sure the **Action** attribute in the **want** object is not null.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "want中Action为空",
        description = "发送公共事件的`want`中的`action`属性为空时系统会产生此错误码。",
        cause = "发送公共事件的`want`中的`action`属性为空。",
        solution = "检查传入`want`的`action`属性是否为空。"
    )]
    WantActionIsNull,
    /// Failed to Send Common Events from a Sandbox Application (1500002).
    ///
    /// This error code is reported when an attempt is made to send a common event from a sandbox application.
    #[code(
        1500002,
        title = "Failed to Send Common Events from a Sandbox Application",
        message = "A sandbox application cannot send common events.",
        description = "This error code is reported when an attempt is made to send a common event from a sandbox application.",
        cause = "Common events from a sandbox application are blocked.",
        solution = "Check whether the application used to send a common event is a sandbox application. If so, switch to another application."
    )]
    #[translation(
        "zh-CN",
        title = "沙箱应用无法发送公共事件",
        description = "沙箱应用无法发送公共事件。",
        cause = "公共事件发送方应用为沙箱应用，发送公共事件会被拦截。",
        solution = "确认发送公共事件的应用是否为沙箱应用。"
    )]
    FailedToSendCommonEventsFromSandboxApplication,
    /// Event Sending Frequency Is Too High (1500003).
    ///
    /// This error code is reported when the application sends common events too frequently.
    #[code(
        1500003,
        title = "Event Sending Frequency Is Too High",
        message = "The common event sending frequency too high.",
        description = "This error code is reported when the application sends common events too frequently.",
        cause = "The number of common events sent by the application in a given time frame has reached the maximum.",
        solution = "Do not send common events too frequently."
    )]
    #[translation(
        "zh-CN",
        title = "公共事件发送频率过高",
        description = "应用发送公共事件的频率超过系统限制。",
        cause = "发送公共事件频率超过每5毫秒20个，触发系统频率限制。",
        solution = "检查应用是否过于频繁地发送公共事件，如发送频率超过每5毫秒20个，请降低公共事件发送频率或增加发送间隔后重新尝试。"
    )]
    EventSendingFrequencyIsTooHigh,
    /// Failed to Send System Common Events (1500004).
    ///
    /// C API: `COMMONEVENT_ERR_NOT_SYSTEM_SERVICE`.
    ///
    /// This error code is reported when the application cannot send system common events.
    #[code(
        1500004,
        title = "Failed to Send System Common Events",
        message = "A third-party application cannot send system common events.",
        description = "This error code is reported when the application cannot send system common events.",
        cause = "The application is not a system application or system service.",
        solution = "Make sure the application to send system common events is a system application or system service.",
        since = 12,
        constant = "COMMONEVENT_ERR_NOT_SYSTEM_SERVICE"
    )]
    #[translation(
        "zh-CN",
        title = "无法发送系统公共事件",
        description = "第三方应用无法发送系统公共事件。",
        cause = "非系统应用或非系统服务发送系统公共事件。",
        solution = "确认当前应用是否为系统应用，或当前服务是否为系统服务。"
    )]
    FailedToSendSystemCommonEvents,
    /// Subscriber Not Found (1500005).
    ///
    /// This error code is reported when the subscriber cannot be found.
    #[code(
        1500005,
        title = "Subscriber Not Found",
        message = "The subscriber is not found.",
        description = "This error code is reported when the subscriber cannot be found.",
        cause = "The subscriber is deleted.",
        solution = "Check whether the subscription has already been canceled. If the subscription has been canceled, the subscriber is deleted."
    )]
    #[translation(
        "zh-CN",
        title = "未找到订阅者",
        description = "找不到订阅者。",
        cause = "订阅者已取消订阅被系统删除。",
        solution = "检查是否有重复取消订阅。"
    )]
    SubscriberNotFound,
    /// Invalid User ID (1500006).
    ///
    /// This error code is reported when the user ID is invalid.
    #[code(
        1500006,
        title = "Invalid User ID",
        message = "Invalid userId.",
        description = "This error code is reported when the user ID is invalid.",
        cause = "The user ID is different from the system user ID, or the application is not a system application or system service.",
        solution = "Make sure the current user ID is the same as the system user ID.",
        solution = "Make sure the application is a system application or system service."
    )]
    #[translation(
        "zh-CN",
        title = "无效userId",
        description = "无效的userId。",
        cause = "和系统userId不一致或不是系统应用或系统服务进程。",
        solution = "检查当前userId是否和系统userId一致。",
        solution = "检查当前应用是否为系统应用或系统服务。"
    )]
    InvalidUserId,
    /// Failed to Send a Request Through IPC (1500007).
    ///
    /// C API: `COMMONEVENT_ERR_SENDING_REQUEST_FAILED`.
    ///
    /// This error code is reported when the attempt to send a request through IPC fails.
    #[code(
        1500007,
        title = "Failed to Send a Request Through IPC",
        message = "Failed to send the message to the common event service.",
        description = "This error code is reported when the attempt to send a request through IPC fails.",
        cause = "The connection object fails to be created.",
        solution = "Do not set up connections frequently. Try again later.",
        since = 12,
        constant = "COMMONEVENT_ERR_SENDING_REQUEST_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "IPC请求发送失败",
        description = "`IPC`发送请求失败。",
        cause = "短时间内频繁建立IPC连接导致系统资源紧张，未能成功创建连接对象。",
        solution = "请勿频繁建立连接，稍后重新尝试。"
    )]
    FailedToSendRequestThroughIpc,
    /// Failed to Initialize the Common Event Service (1500008).
    ///
    /// C API: `COMMONEVENT_ERR_INIT_UNDONE`.
    ///
    /// This error code is reported when an error occurs on the server.
    #[code(
        1500008,
        title = "Failed to Initialize the Common Event Service",
        message = "Failed to initialize the common event service.",
        description = "This error code is reported when an error occurs on the server.",
        cause = "A service exception occurs when the server processes data.",
        solution = "Try again later.",
        since = 12,
        constant = "COMMONEVENT_ERR_INIT_UNDONE"
    )]
    #[translation(
        "zh-CN",
        title = "公共事件服务端初始化失败",
        description = "公共事件服务端在初始化过程中发生错误。",
        cause = "服务端初始化处理数据时发现业务异常。",
        solution = "稍后重新尝试。"
    )]
    FailedToInitializeCommonEventService,
    /// Failed to Obtain System Parameters (1500009).
    ///
    /// C API: `COMMONEVENT_ERR_OBTAIN_SYSTEM_PARAMS`.
    ///
    /// This error code is reported when an exception occurs in the system during service processing, for example, when the current system time fails to be obtained.
    #[code(
        1500009,
        title = "Failed to Obtain System Parameters",
        message = "Failed to obtain system parameters.",
        description = "This error code is reported when an exception occurs in the system during service processing, for example, when the current system time fails to be obtained.",
        cause = "A system fault occurs.",
        solution = "Try again later.",
        since = 12,
        constant = "COMMONEVENT_ERR_OBTAIN_SYSTEM_PARAMS"
    )]
    #[translation(
        "zh-CN",
        title = "获取系统参数失败",
        description = "处理业务时系统发生异常，如获取系统当前时间失败。",
        cause = "系统故障，获取系统当前时间发生异常。",
        solution = "稍后重新尝试。"
    )]
    FailedToObtainSystemParameters,
    /// The Number of Subscribers Exceeds the Upper Limit (1500010).
    ///
    /// C API: `COMMONEVENT_ERR_SUBSCRIBER_NUM_EXCEEDED`.
    ///
    /// This error code is reported when the number of subscribers exceeds the upper limit.
    #[code(
        1500010,
        title = "The Number of Subscribers Exceeds the Upper Limit",
        message = "The count of subscriber exceed system specification.",
        description = "This error code is reported when the number of subscribers exceeds the upper limit.",
        cause = "The subscriber is not unregistered in a timely manner when it is no longer used. A maximum of 200 subscribers can be subscribed to in each process of the common event. All services in a process share the number of subscribers.",
        solution = "Unregister the subscriber that is no longer used in the application. If the subscriber has been unregistered, try again later.",
        since = 12,
        constant = "COMMONEVENT_ERR_SUBSCRIBER_NUM_EXCEEDED"
    )]
    #[translation(
        "zh-CN",
        title = "订阅者数量超限",
        description = "订阅者数量超过进程内最大限制。",
        cause = "订阅者不再使用时未取消订阅。公共事件限制每个进程最多订阅200个订阅者，进程内所有业务共享订阅者数量。",
        solution = "检查应用内是否存在订阅者未取消订阅，如存在则取消订阅后重新尝试；不存在请稍后重新尝试。"
    )]
    NumberOfSubscribersExceedsUpperLimit,
}
