// Power Manager Error Codes: the catalog `PowerManagerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Power Manager Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Power Manager",
    title = "Power Manager Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 4900000..=4999999,
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: PowerManager-->\n<!--Owner: @zhang-yinglie; @volcano_wang-->\n<!--Designer: @wangyantian0-->\n<!--Tester: @alien0208-->\n<!--Adviser: @fang-jinxu-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n",
    lock = "locks/power.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "系统电源管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: PowerManager-->\n<!--Owner: @zhang-yinglie; @volcano_wang-->\n<!--Designer: @wangyantian0-->\n<!--Tester: @alien0208-->\n<!--Adviser: @fang-jinxu-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum PowerManagerError {
    /// Service Connection Failure (4900101).
    ///
    /// This error code is reported if a service connection failure occurs.
    #[code(
        4900101,
        title = "Service Connection Failure",
        message = "Failed to connect to the service.",
        description = "This error code is reported if a service connection failure occurs.",
        cause = "The system service stops running.",
        cause = "The internal communication of system services is abnormal.",
        solution = "Check whether the system services are running properly.",
        solution = "Run the following command on the console to view the current system service list:\n\n    ```bash\n    > hdc shell hidumper -ls\n    ```",
        solution = "Check whether **PowerManagerService** is included in the system service list.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solution}\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "连接服务失败",
        description = "操作失败，连接系统服务发生异常。",
        cause = "系统服务停止运行。",
        cause = "系统服务内部通讯发生异常。",
        solution = "检查系统服务是否正常运行。",
        solution = "在控制台中输入如下命令，查看当前的系统服务列表。\n\n    ```bash\n    > hdc shell hidumper -ls\n    ```",
        solution = "查看系统服务列表中是否包含PowerManagerService系统服务。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}\n\n{solutions}\n"
    )]
    ServiceConnectionFailure,
    /// System Shutting Down (4900102).
    ///
    /// This error code is reported when an operation failed during system shutting down.
    #[code(
        4900102,
        title = "System Shutting Down",
        message = "Operation failed. The system is shutting down.",
        description = "This error code is reported when an operation failed during system shutting down.",
        cause = "The system is shutting down.",
        solution = "Make sure that the operation is performed when the system is running properly."
    )]
    #[translation(
        "zh-CN",
        title = "正在关机中",
        description = "操作失败，系统正在关机。",
        cause = "系统正在处于关机过程中。",
        solution = "在系统正常运行的状态下进行操作。"
    )]
    SystemShuttingDown,
    /// Frequent Status Refreshes (4900201).
    ///
    /// This error code is reported if the refresh of the device activity status fails due to short intervals (< 100 ms).
    #[code(
        4900201,
        title = "Frequent Status Refreshes",
        message = "The device activity is being refreshed too frequently; the minimum timeinterval is 100 ms.",
        description = "This error code is reported if the refresh of the device activity status fails due to short intervals (< 100 ms).",
        cause = "The device activity status is frequently refreshed.",
        solution = "No more refresh is needed if the device activity status has been refreshed within 100 ms. Try another refresh 100 ms later."
    )]
    #[translation(
        "zh-CN",
        title = "接口调用间隔过短",
        description = "频繁刷新设备活跃状态导致刷新失败，刷新设备活跃状态最小时间间隔为100ms。",
        cause = "频繁刷新设备活跃状态。",
        solution = "此错误说明100ms内已经刷新设备活跃状态，无需再次刷新设备活跃状态。如需再次刷新，请在100ms后进行重试。"
    )]
    FrequentStatusRefreshes,
    /// Power Mode Setting Failed (4900301).
    ///
    /// This error code is reported if the power mode fails to be set.
    #[code(
        4900301,
        title = "Power Mode Setting Failed",
        message = "Setting the power mode failed.",
        description = "This error code is reported if the power mode fails to be set.",
        cause = "The power mode fails to be set due to the power mode control rules.",
        solution = "The current power mode cannot be switched to the target power mode. You can call the [getPowerMode](js-apis-power.md#powergetpowermode9) API to query the current power mode."
    )]
    #[translation(
        "zh-CN",
        title = "电源模式设置失败",
        description = "设置电源模式失败。",
        cause = "电源模式管控规则导致设置电源模式失败。",
        solution = "当前电源模式不可切换至目标电源模式，可使用[getPowerMode](js-apis-power.md#powergetpowermode9)接口查询当前电源模式。"
    )]
    PowerModeSettingFailed,
    /// Incorrect Input Parameter (4900400).
    ///
    /// The input parameter is incorrect.
    #[code(
        4900400,
        title = "Incorrect Input Parameter",
        message = "The input parameter is invalid.",
        description = "The input parameter is incorrect.",
        cause = "The parameter is a null pointer or the parameter value is out of range.",
        solution = "The input parameter value does not meet the requirements. Check whether the input parameter value is correct."
    )]
    #[translation(
        "zh-CN",
        title = "接口入参错误",
        description = "接口的入参错误。",
        cause = "入参超出范围或为空。",
        solution = "此错误说明入参值不符合要求，请检查入参值是否正确。"
    )]
    IncorrectInputParameter,
    /// Failure to Read the Power Supply Configuration Node (4900501).
    ///
    /// The read operation fails.
    #[code(
        4900501,
        title = "Failure to Read the Power Supply Configuration Node",
        message = "Failed to read the power configuration value.",
        description = "The read operation fails.",
        cause = "The node does not exist.",
        solution = "Check whether the input parameter node exists."
    )]
    #[translation(
        "zh-CN",
        title = "读电源配置节点失败",
        description = "读操作失败。",
        cause = "节点不存在。",
        solution = "请检查入参节点是否存在。"
    )]
    FailureToReadPowerSupplyConfigurationNode,
    /// Failure to Write the Power Supply Configuration Node (4900601).
    ///
    /// The write operation fails.
    #[code(
        4900601,
        title = "Failure to Write the Power Supply Configuration Node",
        message = "Failed to write the power configuration value.",
        description = "The write operation fails.",
        cause = "The node does not exist.",
        solution = "Check whether the input parameter node exists."
    )]
    #[translation(
        "zh-CN",
        title = "写电源配置节点失败",
        description = "写操作失败。",
        cause = "节点不存在。",
        solution = "请检查入参节点是否存在。"
    )]
    FailureToWritePowerSupplyConfigurationNode,
}
