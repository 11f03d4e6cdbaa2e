// Network Sharing Error Codes: the catalog `NetworkSharingError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Network Sharing Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Network Sharing",
    title = "Network Sharing Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 2200000..=2299999,
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n",
    lock = "locks/net_sharing.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "网络共享错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
)]
pub enum NetworkSharingError {
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
    /// Shared Iface Unavailable (2202004).
    ///
    /// This error code is reported if an Iface is used.
    #[code(
        2202004,
        title = "Shared Iface Unavailable",
        message = "Try to share an unavailable iface.",
        description = "This error code is reported if an Iface is used.",
        cause = "The specified Iface does not exist or the Iface name is incorrect.",
        solution = "Run **ifconfig -a** to check whether the shared Iface is available.",
        solution = "Check whether the Iface name is correct."
    )]
    #[translation(
        "zh-CN",
        title = "共享的Iface不可用",
        description = "使用了不可用的网卡。",
        cause = "使用的网卡不存在，或网卡名错误。",
        solution = "通过指令（ifconfig -a）查看共享的网卡是否被创建。",
        solution = "检查网卡名是否拼写错误。"
    )]
    SharedIfaceUnavailable,
    /// Wi-Fi Sharing Failure (2202005).
    ///
    /// This error code is reported if Wi-Fi sharing fails.
    #[code(
        2202005,
        title = "Wi-Fi Sharing Failure",
        message = "WiFi sharing failed.",
        description = "This error code is reported if Wi-Fi sharing fails.",
        cause = "No connected network is available and therefore the attempt to obtain the default network fails.",
        solution = "Check whether the network connection is normal."
    )]
    #[translation(
        "zh-CN",
        title = "WiFi共享失败",
        description = "开启WiFi共享失败。",
        cause = "没有连接网络，获取默认网络失败。",
        solution = "检查网络的连接是否正常。"
    )]
    WiFiSharingFailure,
    /// Bluetooth Sharing Failure (2202006).
    ///
    /// This error code is reported if Bluetooth sharing fails.
    #[code(
        2202006,
        title = "Bluetooth Sharing Failure",
        message = "Bluetooth sharing failed.",
        description = "This error code is reported if Bluetooth sharing fails.",
        cause = "Bluetooth is disabled.",
        cause = "No connected network is available and therefore the attempt to obtain the default network fails.",
        solution = "Touch the Bluetooth icon to turn on Bluetooth mode.",
        solution = "Check whether the network connection is normal."
    )]
    #[translation(
        "zh-CN",
        title = "蓝牙共享失败",
        description = "开启蓝牙共享失败。",
        cause = "未开启蓝牙。",
        cause = "没有连接网络，获取默认网络失败。",
        solution = "点击蓝牙图标，开启蓝牙模式。",
        solution = "检查网络的连接是否正常。"
    )]
    BluetoothSharingFailure,
    /// Failed to Enable Forwarding for Network Sharing (2202009).
    ///
    /// This error code is reported if an error occurs while enabling forwarding for network sharing.
    #[code(
        2202009,
        title = "Failed to Enable Forwarding for Network Sharing",
        message = "Failed to enable forwarding for network sharing.",
        description = "This error code is reported if an error occurs while enabling forwarding for network sharing.",
        cause = "The iptables rule setting fails and therefore an error occurs while combining Iptables commands fails.",
        solution = "Enable the debug log function, and check whether iptables commands are correctly combined."
    )]
    #[translation(
        "zh-CN",
        title = "网络共享开启转发错误",
        description = "网络共享开启转发错误。",
        cause = "设置iptables的规则失败，命令的拼接出错。",
        solution = "开启debug日志，检查iptables的命令是否拼接出现问题。"
    )]
    FailedToEnableForwardingForNetworkSharing,
    /// Failed to Obtain the Network Sharing Configuration (2202011).
    ///
    /// This error code is reported if an error occurs while obtaining the network sharing configuration.
    #[code(
        2202011,
        title = "Failed to Obtain the Network Sharing Configuration",
        message = "Cannot get network sharing configuration.",
        description = "This error code is reported if an error occurs while obtaining the network sharing configuration.",
        cause = "The configuration file directory is incorrect.",
        solution = "Specify a correct configuration file directory."
    )]
    #[translation(
        "zh-CN",
        title = "无法获取网络共享配置",
        description = "无法获取网络共享的配置。",
        cause = "打开网络共享配置文件失败，文件路径出错。",
        solution = "检查配置文件目录。"
    )]
    FailedToObtainNetworkSharingConfiguration,
}
