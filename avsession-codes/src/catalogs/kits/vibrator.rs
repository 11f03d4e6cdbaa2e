// Vibrator Error Codes: the catalog `VibratorError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Vibrator Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Vibrator",
    title = "Vibrator Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 14600000..=14699999,
    layout = "# {title}\n<!--Kit: Sensor Service Kit-->\n<!--Subsystem: Sensors-->\n<!--Owner: @dilligencer-->\n<!--Designer: @andeszhang-->\n<!--Tester: @zhaofangyuan-->\n<!--Adviser: @hu-zhiqiong-->\n<!-- md-trans-meta sourceCommit=2cc3d788470dfc527ff67f0d956b9e3149129ee5 translatedAt=2026-09-02T07:35:15.761Z pushedAt=2026-09-06T06:32:35.662Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/vibrator.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "振动错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n<!--Kit: Sensor Service Kit-->\n<!--Subsystem: Sensors-->\n<!--Owner: @dilligencer-->\n<!--Designer: @andeszhang-->\n<!--Tester: @zhaofangyuan-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum VibratorError {
    /// Device operation failed. (14600101).
    ///
    /// C API: `DEVICE_OPERATION_FAILED`.
    ///
    /// This error code is reported if the HDI service is abnormal or the device is occupied when the **startVibration** interface of the vibrator module is called.
    #[code(
        14600101,
        title = "Device operation failed.",
        message = "Device operation failed.",
        description = "This error code is reported if the HDI service is abnormal or the device is occupied when the **startVibration** interface of the vibrator module is called.",
        cause = "<!--RP1-->",
        cause = "The HDI service is abnormal.",
        cause = "The device is occupied.",
        solution = "<!--RP2-->",
        solution = "Retry the operation at an interval of 1 to 2 seconds or at an exponential increase interval (for example, 1 second, 2 seconds, and 4 seconds). If the operation fails for three consecutive times, stop the retry. During this period, obtain the device list to further check the device availability.",
        solution = "Try again after the current vibration task is complete.",
        since = 11,
        constant = "DEVICE_OPERATION_FAILED",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n<!--RP1End-->\n\n**Solution**\n\n{solution}\n{solutions:tight}\n<!--RP2End-->"
    )]
    #[translation(
        "zh-CN",
        title = "操作设备失败",
        description = "当调用vibrator模块startVibration接口时，若hdi服务异常或者设备被占用，会报此错误码。",
        cause = "<!--RP1-->",
        cause = "访问hdi服务状态异常。",
        cause = "当前设备被占用。",
        solution = "<!--RP2-->",
        solution = "建议间隔1-2秒重试操作，或按指数增长间隔（如1秒、2秒、4秒）重试；连续重试3次不可用则停止尝试，期间通过获取器件列表进一步确认设备可用性。",
        solution = "等待当前振动任务完成后再重试操作。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n<!--RP1End-->\n\n**处理步骤**\n\n{solution}\n{solutions:tight}\n<!--RP2End-->"
    )]
    DeviceOperationFailed,
}
