// Motion Awareness Error Codes: the catalog `MotionAwarenessError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Motion Awareness Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Motion Awareness",
    title = "Motion Awareness Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 31500000..=31599999,
    layout = "# {title}\n<!--Kit: Multimodal Awareness Kit-->\n<!--Subsystem: MultimodalAwareness-->\n<!--Owner: @dilligencer-->\n<!--Designer: @zou_ye-->\n<!--Tester: @judan-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Symptom**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n1. {solution}\n2. {solution} \n",
    lock = "locks/motion.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "动作感知错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n<!--Kit: Multimodal Awareness Kit-->\n<!--Subsystem: MultimodalAwareness-->\n<!--Owner: @dilligencer-->\n<!--Designer: @zou_ye-->\n<!--Tester: @judan-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum MotionAwarenessError {
    /// Service Exception (31500001).
    ///
    /// This error code is reported if a service exception occurs when the **on**, **off**, or **get** API of the motion module is called.
    #[code(
        31500001,
        title = "Service Exception",
        message = "Service exception. Possible causes: 1. A system error, such as null pointer, container-related exception; 2. N-API invocation exception, invalid N-API status.",
        description = "This error code is reported if a service exception occurs when the **on**, **off**, or **get** API of the motion module is called.",
        cause = "The service status is abnormal.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive times, stop the retry. You can also attempt to obtain the sensor list to check for device availability.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Symptom**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "服务异常",
        description = "当调用motion模块on、off、get接口时，若服务异常，会报此错误码。",
        cause = "服务状态异常。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试，期间可优先尝试获取器件列表方式进一步获取设备可用性。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    ServiceException,
    /// Subscription Failed (31500002).
    ///
    /// This error code is reported if subscription fails when the **on** API of the motion module is called.
    #[code(
        31500002,
        title = "Subscription Failed",
        message = "Subscription failed. Possible causes: 1. Callback registration failure; 2. Failed to bind native object to js wrapper; 3. N-API invocation exception, invalid N-API status; 4. IPC request exception.",
        description = "This error code is reported if subscription fails when the **on** API of the motion module is called.",
        cause = "Subscription to change events has failed.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive times, stop the retry."
    )]
    #[translation(
        "zh-CN",
        title = "订阅失败",
        description = "当调用motion模块on接口时，若订阅失败，会报此错误码。",
        cause = "订阅异常。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试。",
        layout = "\n\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    SubscriptionFailed,
    /// Unsubscription Failed (31500003).
    ///
    /// This error code is reported if unsubscription fails when the **off** API of the motion module is called.
    #[code(
        31500003,
        title = "Unsubscription Failed",
        message = "Unsubscription failed. Possible causes: 1. Callback failure; 2. N-API invocation exception, invalid N-API status; 3. IPC request exception.",
        description = "This error code is reported if unsubscription fails when the **off** API of the motion module is called.",
        cause = "Unsubscription from change events has failed.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive times, stop the retry."
    )]
    #[translation(
        "zh-CN",
        title = "取消订阅失败",
        description = "当调用motion模块off接口时，若取消订阅失败，会报此错误码。",
        cause = "取消订阅异常。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试。",
        layout = "\n\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1. {solution}\n2. {solution}"
    )]
    UnsubscriptionFailed,
}
