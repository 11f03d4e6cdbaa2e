// Ethernet Connection Error Codes: the catalog `EthernetConnectionError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Ethernet Connection Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Ethernet Connection",
    title = "Ethernet Connection Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 2200000..=2299999,
    layout = "# {title}\n\n<!-- md-trans-meta sourceCommit=7b8b9d8ce742c4a1126ab4e1f2ad4f9170b54175 translatedAt=2026-09-23T01:45:37.732Z pushedAt=2026-09-24T06:00:14.167Z -->\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n",
    lock = "locks/net_ethernet.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "以太网连接错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
)]
pub enum EthernetConnectionError {
    /// Invalid Parameter Value (2200001).
    ///
    /// This error code is reported if the parameter value is invalid.
    #[code(
        2200001,
        title = "Invalid Parameter Value",
        message = "Invalid parameter value.",
        description = "This error code is reported if the parameter value is invalid.",
        cause = "The input parameter value is not within the valid value range.",
        solution = "Check whether the input parameter value is within the valid value range."
    )]
    #[translation(
        "zh-CN",
        title = "非法参数值",
        description = "非法参数值。",
        cause = "输入参数取值范围错误。",
        solution = "检查输入参数的取值范围是否正确。"
    )]
    InvalidParameterValue,
    /// Service Connection Failure (2200002).
    ///
    /// This error code is reported if a service connection failure occurs.
    #[code(
        2200002,
        title = "Service Connection Failure",
        message = "Failed to connect to the service.",
        description = "This error code is reported if a service connection failure occurs.",
        cause = "The service is abnormal.",
        solution = "Check whether system services are running properly."
    )]
    #[translation(
        "zh-CN",
        title = "连接服务失败",
        description = "操作失败，连接系统服务发生异常。",
        cause = "服务发生异常。",
        solution = "检查系统服务运行状态是否正常。"
    )]
    ServiceConnectionFailure,
    /// System Internal Error (2200003).
    ///
    /// This error code is reported if a system internal error occurs.
    #[code(
        2200003,
        title = "System Internal Error",
        message = "System internal error.",
        description = "This error code is reported if a system internal error occurs.",
        cause = "The memory is abnormal.",
        cause = "A null pointer is present.",
        solution = "Check whether the memory space is sufficient. If not, clear the memory and try again.",
        solution = "Check whether the system is normal. If not, try again later or restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        description = "系统内部错误。",
        cause = "内存异常。",
        cause = "空指针。",
        solution = "检查内存空间是否充足，清理内存后重试。",
        solution = "系统异常，请稍后重试或重启设备。"
    )]
    SystemInternalError,
    /// Device Information Not Exist (2201005).
    ///
    /// This error code is reported if the device information does not exist.
    #[code(
        2201005,
        title = "Device Information Not Exist",
        message = "Device information does not exist.",
        description = "This error code is reported if the device information does not exist.",
        cause = "The device to set or obtain does not exist.",
        solution = "``` shell\nhdc shell ifconfig\n```",
        solution = "Check whether the device, for example, **eth0** or **eth1**, exists.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{cause}\n\n**Procedure**\n\n{solution}\n{solution}\n"
    )]
    #[translation(
        "zh-CN",
        title = "设备信息不存在",
        description = "设备信息不存在。",
        cause = "设置的设备或者获取的设备不存在。",
        solution = "```\n> hdc shell ifconfig\n```",
        solution = "查看是否有对应的设备，比如eth0，eth1。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n**处理步骤**\n\n{solution}\n{solution}\n"
    )]
    DeviceInformationNotExist,
    /// Device Not Connected (2201006).
    ///
    /// This error code is reported if the device is not connected.
    #[code(
        2201006,
        title = "Device Not Connected",
        message = "Ethernet device not connected.",
        description = "This error code is reported if the device is not connected.",
        cause = "The network interface card (NIC) is faulty.",
        solution = "View the Ethernet service and netsys logs to check for the connection status information reported by the kernel."
    )]
    #[translation(
        "zh-CN",
        title = "设备未连接",
        description = "设备未连接。",
        cause = "硬件网卡问题。",
        solution = "需要查看以太网服务和底层netsys的log，查看kernel是否有上报连接状态。"
    )]
    DeviceNotConnected,
    /// Failed to Write the User Configuration (2201007).
    ///
    /// This error code is reported if an error occurs while writing data to the user configuration file.
    #[code(
        2201007,
        title = "Failed to Write the User Configuration",
        message = "Ethernet failed to write user configuration information.",
        description = "This error code is reported if an error occurs while writing data to the user configuration file.",
        cause = "The system reports an error.",
        solution = "A system internal error occurs. You are advised to locate the fault based on logs."
    )]
    #[translation(
        "zh-CN",
        title = "用户配置写入失败",
        description = "写入配置文件信息失败。",
        cause = "系统报错。",
        solution = "系统内部错误，出现的情况不明确，建议通过日志定位问题。"
    )]
    FailedToWriteUserConfiguration,
}
