// Network Connection Management Error Codes: the catalog `NetworkConnectionManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Network Connection Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Network Connection Management",
    title = "Network Connection Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 2100000..=2199999,
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n",
    lock = "locks/net_connection.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "网络连接管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
)]
pub enum NetworkConnectionManagementError {
    /// Invalid Parameter Value (2100001).
    ///
    /// This error code is reported if the parameter value is invalid.
    #[code(
        2100001,
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
    /// Service Connection Failure (2100002).
    ///
    /// This error code is reported if a service connection failure occurs.
    #[code(
        2100002,
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
    /// System Internal Error (2100003).
    ///
    /// This error code is reported if a system internal error occurs.
    #[code(
        2100003,
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
    /// Callback Not Exist (2101007).
    ///
    /// This error code is reported if a **callback** object to be unregistered does not exist.
    #[code(
        2101007,
        title = "Callback Not Exist",
        message = "The callback does not exist.",
        description = "This error code is reported if a **callback** object to be unregistered does not exist.",
        cause = "The **callback** object has not been registered for activating a network or listening to network status changes.",
        solution = "Before unregistering a **callback** object, make sure that it has been registered for activating a network or listening to network status changes."
    )]
    #[translation(
        "zh-CN",
        title = "callback不存在",
        description = "不存在的callback对象。",
        cause = "未执行激活&监听指定属性网络请求并注册回调。",
        solution = "检查callback对象，确保注销callback对象前，已执行注册函数。"
    )]
    CallbackNotExist,
    /// Callback Already Exists (2101008).
    ///
    /// This error code is reported if the same callback already exists.
    #[code(
        2101008,
        title = "Callback Already Exists",
        message = "The callback already exists.",
        description = "This error code is reported if the same callback already exists.",
        cause = "The **callback** object has been registered for activating a network or listening to network status changes.",
        solution = "Check whether the **callback** object has been registered.",
        solution = "If the **callback** object has been registered, use the registered **callback** object."
    )]
    #[translation(
        "zh-CN",
        title = "已存在相同的callback",
        description = "已经注册的callback。",
        cause = "激活&监听指定属性网络并注册回调时，callback对象重复注册。",
        solution = "确保待注册的callback对象未进行过注册。",
        solution = "若callback对象已进行过注册，执行已存在的注册。"
    )]
    CallbackAlreadyExists,
    /// Number of Requests Exceeding the Maximum (2101022).
    ///
    /// This error code is reported if the number of network requests exceeds the maximum.
    #[code(
        2101022,
        title = "Number of Requests Exceeding the Maximum",
        message = "The number of requests exceeded the maximum allowed.",
        description = "This error code is reported if the number of network requests exceeds the maximum.",
        cause = "The number of requests for activating a network or listening to network status changes has reached the maximum value.",
        cause = "The maximum number of 2.NetConnection.register interfaces has been reached.",
        solution = "Locate the fault based on the \"Over the max request number\" log record.",
        solution = "After using **NetConnection.register**, call **NetConnection.unregister** to cancel the registered listener in a timely manner.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{causes:dash}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "请求数量超过最大值",
        description = "网络请求数超过了最大值。",
        cause = "激活&监听指定属性网络请求数超过了最大值。",
        cause = "NetConnection.register接口超过了最大注册数量限制。",
        solution = "建议通过日志信息“Over the max request number”定位问题。",
        solution = "使用完NetConnection.register接口后，及时调用unregister接口取消注册。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
    )]
    NumberOfRequestsExceedingMaximum,
    /// Failed to Authenticate the Caller (Non-VPN Application) (2100301).
    ///
    /// The API caller is not a VPN application.
    #[code(
        2100301,
        title = "Failed to Authenticate the Caller (Non-VPN Application)",
        message = "Incorrect usage in non-VPN application.",
        description = "The API caller is not a VPN application.",
        cause = "The API caller is not a VPN application.",
        solution = "Ensure that the API is called in a VPN application."
    )]
    #[translation(
        "zh-CN",
        title = "调用方身份验证不通过（非VPN应用）",
        description = "接口调用方不是VPN应用。",
        cause = "接口调用方不是VPN应用。",
        solution = "确保在VPN应用中调用接口。"
    )]
    FailedToAuthenticateCallerNonVpnApplication,
    /// Incorrect NIC Name (non-Ethernet) (2100400).
    ///
    /// The NIC name passed in the API call is incorrect.
    #[code(
        2100400,
        title = "Incorrect NIC Name (non-Ethernet)",
        message = "The input network interface is incorrect.",
        description = "The NIC name passed in the API call is incorrect.",
        cause = "The NIC name passed in the API call is not an Ethernet NIC name such as **eth0**.",
        solution = "Ensure that the NIC name is an Ethernet NIC name such as **eth0**."
    )]
    #[translation(
        "zh-CN",
        title = "传入网卡名不正确（非以太网）",
        description = "接口调用传入的网卡名不正确。",
        cause = "接口调用传入的网卡名不是以太网eth0。",
        solution = "确保传入的网卡名为以太网eth0。"
    )]
    IncorrectNicNameNonEthernet,
    /// No IP Address Configured on the VLAN Is Found (2100401).
    ///
    /// The input IP address is not found.
    #[code(
        2100401,
        title = "No IP Address Configured on the VLAN Is Found",
        message = "The input ip address not found.",
        description = "The input IP address is not found.",
        cause = "The input IP address is not found on the VLAN.",
        solution = "Ensure that the input IP address is configured on the VLAN."
    )]
    #[translation(
        "zh-CN",
        title = "未找到vlan上配置的ip地址",
        description = "未找到传入的ip地址。",
        cause = "未在vlan上找到传入的ip地址。",
        solution = "确保传入的ip地址已配置在vlan上。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    NoIpAddressConfiguredOnVlanIsFound,
}
