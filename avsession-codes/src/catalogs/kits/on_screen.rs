// Onscreen Awareness Error Codes: the catalog `OnscreenAwarenessError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Onscreen Awareness Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Onscreen Awareness",
    title = "Onscreen Awareness Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 34000000..=34099999,
    layout = "# {title}\n<!--Kit: Multimodal Awareness Kit-->\n<!--Subsystem: MultimodalAwareness-->\n<!--Owner: @dilligencer-->\n<!--Designer: @zou_ye-->\n<!--Tester: @judan-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/on_screen.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "屏上感知错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Multimodal Awareness Kit-->\n<!--Subsystem: MultimodalAwareness-->\n<!--Owner: @dilligencer-->\n<!--Designer: @zou_ye-->\n<!--Tester: @judan-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum OnscreenAwarenessError {
    /// Service Exception (34000001).
    ///
    /// This error code is reported if a service exception occurs when the **getPageContent** or **sendControlEvent** API of the **onScreen** module is called.
    #[code(
        34000001,
        title = "Service Exception",
        message = "Service exception.",
        description = "This error code is reported if a service exception occurs when the **getPageContent** or **sendControlEvent** API of the **onScreen** module is called.",
        cause = "The service status is abnormal.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive times, stop the retry. You can obtain device logs for further analysis."
    )]
    #[translation(
        "zh-CN",
        title = "服务异常",
        description = "当调用onScreen模块getPageContent或sendControlEvent接口时，如果服务异常，会报此错误码。",
        cause = "服务状态异常。",
        solution = "定时重试操作，如每隔1s或按指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试，期间优先尝试获取设备日志进一步分析。"
    )]
    ServiceException,
    /// Unsupported Application or Page (34000002).
    ///
    /// This error code is reported if the application or page fails to call the **getPageContent** API of the **onScreen** module.
    #[code(
        34000002,
        title = "Unsupported Application or Page",
        message = "The application or page is not supported.",
        description = "This error code is reported if the application or page fails to call the **getPageContent** API of the **onScreen** module.",
        cause = "The application or page does not support the API.",
        solution = "Switch to a supported application or page and try again."
    )]
    #[translation(
        "zh-CN",
        title = "应用或页面不支持",
        description = "当调用onScreen模块getPageContent接口时，若应用或页面不支持，会报此错误码。",
        cause = "应用或页面不支持该功能。",
        solution = "请换到支持的应用或页面再进行尝试。"
    )]
    UnsupportedApplicationOrPage,
    /// Invalid Window ID (34000003).
    ///
    /// This error code is reported if no window ID is found when the **getPageContent** API of the **onScreen** module is called.
    #[code(
        34000003,
        title = "Invalid Window ID",
        message = "The window id is invalid.",
        description = "This error code is reported if no window ID is found when the **getPageContent** API of the **onScreen** module is called.",
        cause = "No window ID is passed in the split-screen scenario.",
        cause = "The window corresponding to the input window ID is not displayed on the screen or is in the floating state.",
        solution = "In the split-screen scenario, pass in the correct window ID.",
        solution = "Ensure that the window corresponding to the input window ID is displayed on the screen or is not in the floating state."
    )]
    #[translation(
        "zh-CN",
        title = "窗口ID无效",
        description = "当调用onScreen模块getPageContent接口时，若窗口ID不存在，会报此错误码。",
        cause = "在分屏场景下未传入具体的window ID。",
        cause = "传入的window ID对应的窗口未在屏幕上显示或处于悬浮状态。",
        solution = "在分屏场景下，传入需要获取的窗口的window ID。",
        solution = "传入正确的window ID。"
    )]
    InvalidWindowId,
    /// Page Not Ready (34000004).
    ///
    /// This error code is reported if the page is not ready when the **getPageContent **API of the **onScreen** module is called.
    #[code(
        34000004,
        title = "Page Not Ready",
        message = "The page is not ready.",
        description = "This error code is reported if the page is not ready when the **getPageContent **API of the **onScreen** module is called.",
        cause = "The page is not ready.",
        solution = "Call the API after the page is ready."
    )]
    #[translation(
        "zh-CN",
        title = "页面未准备就绪",
        description = "当调用onScreen模块getPageContent接口时，若页面未准备就绪，会报此错误码。",
        cause = "页面尚未准备就绪。",
        solution = "在页面准备就绪后，调用接口。"
    )]
    PageNotReady,
    /// Target Not Found (34000005).
    ///
    /// This error code is reported if no target is found when the **sendControlEvent** API of the onScreen module is called.
    #[code(
        34000005,
        title = "Target Not Found",
        message = "The target is not found.",
        description = "This error code is reported if no target is found when the **sendControlEvent** API of the onScreen module is called.",
        cause = "The input window ID, session ID, or hook ID is incorrect.",
        solution = "Pass in the correct window ID, session ID, or hook ID."
    )]
    #[translation(
        "zh-CN",
        title = "目标未找到",
        description = "当调用onScreen模块sendControlEvent接口时，若未找到目标，会报此错误码。",
        cause = "传入的window ID、session ID或hook ID有误，因此无法找到需要控制的目标。",
        solution = "请传入正确的window ID、session ID或hook ID。"
    )]
    TargetNotFound,
    /// Request Timeout (34000006).
    ///
    /// This error code is reported when the **getPageContent** API of the **onScreen** module times out.
    #[code(
        34000006,
        title = "Request Timeout",
        message = "The request timed out.",
        description = "This error code is reported when the **getPageContent** API of the **onScreen** module times out.",
        cause = "The API call times out.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive times, stop the retry. You can obtain device logs for further analysis."
    )]
    #[translation(
        "zh-CN",
        title = "请求超时",
        description = "当调用onScreen模块getPageContent接口时，若接口超时，会报此错误码。",
        cause = "服务接口超时。",
        solution = "定时重试操作，如每隔1s或按指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试，期间优先尝试获取设备日志进一步分析。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1. {solution}\n2. {solution}"
    )]
    RequestTimeout,
}
