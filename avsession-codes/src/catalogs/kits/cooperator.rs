// Screen Hopping Error Codes (To Be Deprecated): the catalog `ScreenHoppingErrorCodesToBeDeprecatedError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Screen Hopping Error Codes (To Be Deprecated).
///
/// - This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Screen Hopping Error Codes (To Be Deprecated)",
    title = "Screen Hopping Error Codes (To Be Deprecated)",
    note = "- This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @zhang_yixin13-->\n<!-- md-trans-meta sourceCommit=574e1b97c419a831e3ff5b620b1254fe667a5306 translatedAt=2026-06-12T02:21:15.018Z pushedAt=2026-06-12T06:18:19.556Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/cooperator.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "键鼠穿越管理错误码（待停用）",
    note = "- 以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum ScreenHoppingErrorCodesToBeDeprecatedError {
    /// Service Exception (20900001).
    ///
    /// This error code is reported when a system exception occurs during the call to the screen hopping API.
    #[code(
        20900001,
        title = "Service Exception",
        message = "Service exception. Possible causes:\n\n1. A system error, such as null pointer, container-related exception, or IPC exception.\n\n2. N-API invocation exception or invalid N-API status.",
        description = "This error code is reported when a system exception occurs during the call to the screen hopping API.",
        cause = "A system error occurs, such as null pointer, container-related exception, or IPC exception.",
        cause = "The N-API call is abnormal or the N-API status is invalid.",
        solution = "Ensure that the system service is running properly and try the operation again.",
        solution = "If the fault persists, contact technical support."
    )]
    ServiceException,
    /// Incorrect Target Device Descriptor (4400001).
    ///
    /// This error code is reported if an invalid device descriptor is passed to the screen hopping API.
    #[code(
        4400001,
        title = "Incorrect Target Device Descriptor",
        message = "Incorrect descriptor for the target device.",
        description = "This error code is reported if an invalid device descriptor is passed to the screen hopping API.",
        cause = "The target device does not exist (the device is not networked).",
        cause = "The target device descriptor is empty.",
        solution = "Ensure that the target device for screen hopping is correctly networked with the local device.",
        solution = "Set the target device descriptor correctly."
    )]
    #[translation(
        "zh-CN",
        title = "目标设备描述符错误",
        description = "当调用键鼠穿越接口传入无效的设备描述符参数时，系统会产生此错误码。",
        cause = "穿越目标设备不存在（设备未组网）。",
        cause = "目标设备描述符为空。",
        solution = "请确认键鼠穿越目标设备是否已正确与本地设备完整组网。",
        solution = "请正确使用穿越目标设备的设备描述符。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    IncorrectTargetDeviceDescriptor,
    /// Input Device Operation Failed (4400002).
    ///
    /// This error code is reported if the screen hopping status is abnormal when the screen hopping API is called.
    #[code(
        4400002,
        title = "Input Device Operation Failed",
        message = "Screen hop failed.",
        description = "This error code is reported if the screen hopping status is abnormal when the screen hopping API is called.",
        cause = "When screen hopping is initiated, the current device is in the hopped state.",
        cause = "When screen hopping is disabled, the current device is in the free state.",
        cause = "When screen hopping is disabled, the current device is in the hopping state.",
        solution = "When initiating screen hopping, ensure that the current device is not in the hopped state.",
        solution = "When disabling screen hopping, ensure that the current device is not in the free state.",
        solution = "When disabling screen hopping, ensure that the current device is not in the hopping state.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n\n3. {solution}"
    )]
    #[translation(
        "zh-CN",
        title = "操作输入设备失败",
        description = "当调用键鼠穿越接口时穿越状态异常，系统会产生此错误码。",
        cause = "发起键鼠穿越时，本机键鼠穿越为穿出状态。",
        cause = "关闭键鼠穿越时，本机键鼠穿越为自由态。",
        cause = "发起关闭键鼠穿越时，本机键鼠穿越状态正在切换中。",
        solution = "发起键鼠穿越时，请检查本机键鼠穿越状态是否为非穿出状态。",
        solution = "关闭键鼠穿越时，请检查本机键鼠穿越状态是否为非自由态。",
        solution = "发起关闭键鼠穿越时，请检查本机键鼠穿越状态是否在切换中。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n1. {solution}\n2. {solution}\n3. {solution}"
    )]
    InputDeviceOperationFailed,
}
