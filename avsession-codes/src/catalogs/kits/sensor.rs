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
    layout = "# {title}\n<!--Kit: Sensor Service Kit-->\n<!--Subsystem: Sensors-->\n<!--Owner: @dilligencer-->\n<!--Designer: @butterls-->\n<!--Tester: @murphy84-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **NOTE**\n>\n> {note}\n{entries}"
)]
pub enum SensorError {
    /// Service Exception (14500101).
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
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n"
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
    SensorNotSupportedByDevice,
}
