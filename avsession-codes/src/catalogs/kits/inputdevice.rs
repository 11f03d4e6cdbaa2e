// Input Device Error Codes: the catalog `InputDeviceError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Input Device Error Codes.
///
/// - This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Input Device",
    title = "Input Device Error Codes",
    note = "- This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @zhang_yixin13-->\n<!-- md-trans-meta sourceCommit=0573f6bd78c51274d3400682b5f2d818c0b74c63 translatedAt=2026-09-01T01:18:54.000Z pushedAt=2026-09-03T06:29:00.927Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n",
    lock = "locks/inputdevice.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "输入设备错误码",
    note = "- 以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum InputDeviceError {
    /// Device Not Exist (3900001).
    ///
    /// This error code is reported if the specified device cannot be found in the multimodal device list.
    #[code(
        3900001,
        title = "Device Not Exist",
        message = "The specified device does not exist.",
        description = "This error code is reported if the specified device cannot be found in the multimodal device list.",
        cause = "The ID of the input device has changed.",
        cause = "The physical connection of the input device is disconnected.",
        solution = "Use [inputDevice.getDeviceList](js-apis-inputdevice.md#inputdevicegetdevicelist9) to query the device ID, and then pass in the correct device ID.",
        solution = "Check whether the keyboard cable is disconnected.<!--DelEnd-->",
        system_api,
        layout = "\n<!--Del-->\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的设备不存在",
        description = "指定的设备在多模设备列表中不存在。",
        cause = "输入设备的设备ID变更。",
        cause = "输入设备的物理连接断开。",
        solution = "通过[inputDevice.getDeviceList](js-apis-inputdevice.md#inputdevicegetdevicelist9)查询设备ID，并传入正确的设备ID。",
        solution = "检查设备的物理连接是否断开。<!--DelEnd-->"
    )]
    DeviceNotExist,
    /// Keyboard Not Connected (3900002).
    ///
    /// C API: `INPUT_KEYBOARD_DEVICE_NOT_EXIST`.
    ///
    /// This error code is reported if no connected keyboard is detected.
    #[code(
        3900002,
        title = "Keyboard Not Connected",
        message = "There is currently no keyboard device connected.",
        description = "This error code is reported if no connected keyboard is detected.",
        cause = "The physical connection of the input device is disconnected.",
        solution = "Check whether the keyboard cable is disconnected.",
        since = 15,
        system_api,
        constant = "INPUT_KEYBOARD_DEVICE_NOT_EXIST"
    )]
    #[translation(
        "zh-CN",
        title = "键盘设备没有连接",
        description = "当前未检测到已连接的键盘设备。",
        cause = "输入设备的物理连接断开。",
        solution = "检查设备的物理连接是否断开。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    KeyboardNotConnected,
    /// API Call Failed for a Non-Input Application (3900003).
    ///
    /// This error code is reported if the API is called by a non-input application.
    #[code(
        3900003,
        title = "API Call Failed for a Non-Input Application",
        message = "It is prohibited for non-input applications.",
        description = "This error code is reported if the API is called by a non-input application.",
        cause = "Non-input applications call this API.",
        solution = "Use an input application to call this API.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "非输入法应用调用",
        description = "禁止非输入法应用调用此接口。",
        cause = "非输入法应用调用此接口。",
        solution = "请使用输入法应用调用该接口。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    ApiCallFailedForNonInputApplication,
    /// Specified Display Does Not Exist (3900004).
    ///
    /// The specified displayId does not exist.
    #[code(
        3900004,
        title = "Specified Display Does Not Exist",
        message = "The specified display does not exist.",
        description = "The specified displayId does not exist.",
        cause = "The display ID does not exist on the current device.",
        solution = "Use a valid display ID for query.",
        solution = "Verify the connection status of the display. <!--DelEnd-->",
        system_api,
        layout = "\n<!--Del-->\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的显示器不存在",
        description = "指定的displayId不存在。",
        cause = "当前设备上并没有此显示器ID。",
        solution = "查询有效的显示器ID，并传入正确的显示器ID。",
        solution = "检查显示器的连接状态。<!--DelEnd-->"
    )]
    SpecifiedDisplayDoesNotExist,
    /// Unsupported Input Device (3900005).
    ///
    /// The peripheral device is not supported.
    #[code(
        3900005,
        title = "Unsupported Input Device",
        message = "Unsupported input device.",
        description = "The peripheral device is not supported.",
        cause = "The peripheral device corresponding to the specified inputDeviceId is not an external USB or Bluetooth peripheral device.",
        solution = "Verify the ID of the external USB or Bluetooth peripheral device. <!--DelEnd-->",
        system_api,
        layout = "\n<!--Del-->\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "不支持的输入设备",
        description = "不支持此外设。",
        cause = "设置的inputDeviceId对应的外设并不是外接的USB或蓝牙外设。",
        solution = "请重新设置外接的USB或蓝牙外设的ID。<!--DelEnd-->"
    )]
    UnsupportedInputDevice,
    /// Multimodal input internal error (3800001).
    ///
    /// C API: `INPUT_SERVICE_EXCEPTION`.
    ///
    /// Internal error of the multimodal input service.
    #[code(
        3800001,
        title = "Multimodal input internal error",
        message = "Input service exception. Possible causes: 1. Memory allocation failure. 2. Thread busy. 3. Service terminated abnormally. 4. Other unexpected errors. Try again later.",
        description = "Internal error of the multimodal input service.",
        cause = "Unexpected errors occurred, such as memory allocation failure, busy thread, and service execution.",
        solution = "Try again later.",
        since = 12,
        system_api,
        constant = "INPUT_SERVICE_EXCEPTION",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "多模输入服务内部错误",
        description = "多模输入服务内部错误。",
        cause = "内存分配失败，线程繁忙，服务运行异常等非预期错误。",
        solution = "建议稍后重试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    MultimodalInputInternalError,
}
