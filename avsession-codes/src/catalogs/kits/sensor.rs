// Sensor Error Codes: the catalog `SensorError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Sensor Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Sensor",
    title = "Sensor Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 14500000..=14599999,
    layout = "# {title}\n<!--Kit: Sensor Service Kit-->\n<!--Subsystem: Sensors-->\n<!--Owner: @dilligencer-->\n<!--Designer: @butterls-->\n<!--Tester: @murphy84-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/sensor.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "传感器错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Sensor Service Kit-->\n<!--Subsystem: Sensors-->\n<!--Owner: @dilligencer-->\n<!--Designer: @butterls-->\n<!--Tester: @murphy84-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum SensorError {
    /// Service Exception (14500101).
    ///
    /// C API: `SENSOR_SERVICE_EXCEPTION`.
    ///
    /// This error code is reported if the HDI service is abnormal when the **on**, **once**, or **off** API of the sensor module is called.
    #[code(
        14500101,
        title = "Service Exception",
        message = "Service exception.Possible causes:1. Sensor hdf service exception;2. Sensor service ipc exception;3. Sensor data channel exception.",
        description = "This error code is reported if the HDI service is abnormal when the **on**, **once**, or **off** API of the sensor module is called.",
        cause = "The HDI service is abnormal.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive times, stop the retry. You can also attempt to obtain the sensor list to check for device availability.",
        since = 11,
        constant = "SENSOR_SERVICE_EXCEPTION"
    )]
    #[translation(
        "zh-CN",
        title = "传感器服务异常",
        description = "当调用sensor模块on、once、off接口时，若hdi服务异常，会报此错误码。",
        cause = "访问hdi服务状态异常。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试，期间可优先尝试获取器件列表方式进一步获取设备可用性。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    ServiceException,
    /// Sensor Not Supported by the Device (14500102).
    ///
    /// This error code is reported if the **GetSingleSensor** API is called to obtain a sensor that is not supported by the device.
    #[code(
        14500102,
        title = "Sensor Not Supported by the Device",
        message = "The sensor is not supported by the device.",
        description = "This error code is reported if the **GetSingleSensor** API is called to obtain a sensor that is not supported by the device.",
        cause = "The device does not support the sensor because the underlying components are not adaptable to the sensor.",
        solution = "Adapt the underlying components to the sensor."
    )]
    #[translation(
        "zh-CN",
        title = "设备不支持该传感器",
        description = "当调用[getSingleSensor](#sensorgetsinglesensor9)接口时，若设备不支持该传感器，会报此错误码。",
        cause = "底层器件未适配传感器，设备不支持该传感器。",
        solution = "使用[getSingleSensor](#sensorgetsinglesensor9)接口，返回14500102则表示设备不支持该传感器。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    SensorNotSupportedByDevice,
}
