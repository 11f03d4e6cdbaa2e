// MDNS Error Codes: the catalog `MdnsError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// MDNS Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "MDNS",
    title = "MDNS Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n",
    lock = "locks/net_mdns.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "MDNS错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum MdnsError {
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
        solution = "请检查系统服务运行状态并重试。如果问题仍然存在，收集完整日志后联系技术支持获取帮助。"
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
        solution = "系统异常，请稍后重试或重启设备。如果问题仍然存在，收集完整日志后联系技术支持获取帮助。"
    )]
    SystemInternalError,
    /// Repeated Registration (2204003).
    ///
    /// This error code is reported if a callback already exists.
    #[code(
        2204003,
        title = "Repeated Registration",
        message = "Callback duplicated.",
        description = "This error code is reported if a callback already exists.",
        cause = "An MDNS service with the same name and type is repeatedly registered.",
        solution = "Check whether the MDNS service to be registered already exists."
    )]
    #[translation(
        "zh-CN",
        title = "重复注册",
        description = "callback 已经存在。",
        cause = "重复注册相同名称和类型的mDNS服务。",
        solution = "检查mDNS服务是否存在。"
    )]
    RepeatedRegistration,
    /// Service Already Exists (2204007).
    ///
    /// This error code is reported if an MDNS service already exists.
    #[code(
        2204007,
        title = "Service Already Exists",
        message = "Service instance duplicated.",
        description = "This error code is reported if an MDNS service already exists.",
        cause = "The previously registered MDNS service is still running.",
        solution = "Check whether the MDNS service already exists."
    )]
    #[translation(
        "zh-CN",
        title = "服务已存在",
        description = "服务已存在。",
        cause = "之前注册的服务还在运行。",
        solution = "检查mDNS服务是否存在。"
    )]
    ServiceAlreadyExists,
    /// Service Deletion Failure (2204008).
    ///
    /// This error code is reported if the MDNS service to be removed does not exist.
    #[code(
        2204008,
        title = "Service Deletion Failure",
        message = "Failed to delete the service instance.",
        description = "This error code is reported if the MDNS service to be removed does not exist.",
        cause = "The service has been deleted.",
        solution = "Check whether the MDNS service to be registered already exists."
    )]
    #[translation(
        "zh-CN",
        title = "删除服务失败",
        description = "想要移除的服务不存在。",
        cause = "之前已经把服务删除，二次删除相同服务。",
        solution = "检查mDNS服务是否存在。"
    )]
    ServiceDeletionFailure,
    /// Data Packet Sending Failure (2204009).
    ///
    /// Data packets fail to be sent.
    #[code(
        2204009,
        title = "Data Packet Sending Failure",
        message = "Failed to send packet.",
        description = "Data packets fail to be sent.",
        cause = "No network is available.",
        solution = "Check whether the device is connected to an available network."
    )]
    #[translation(
        "zh-CN",
        title = "发送数据报文失败",
        description = "发送数据报文失败。",
        cause = "当前没有可用网络。",
        solution = "检查当前设备是否连接到了可用的网络。"
    )]
    DataPacketSendingFailure,
    /// Message Sending Failure (2204010).
    ///
    /// This error code is reported if messages fail to be sent through an MDNS service.
    #[code(
        2204010,
        title = "Message Sending Failure",
        message = "Failed to send the message.",
        description = "This error code is reported if messages fail to be sent through an MDNS service.",
        cause = "The MDNS service does not exist on the LAN.",
        solution = "Check whether the target MDNS service exists on the LAN."
    )]
    #[translation(
        "zh-CN",
        title = "发送消息失败",
        description = "发送消息失败。",
        cause = "局域网内不存在该mDNS服务。",
        solution = "检查局域网内目标mDNS服务是否存在。"
    )]
    MessageSendingFailure,
    /// Service Resolution Timeout (2204006).
    ///
    /// This error code is reported if MDNS services of the specified type fail to be resolved.
    #[code(
        2204006,
        title = "Service Resolution Timeout",
        message = "Request timeout.",
        description = "This error code is reported if MDNS services of the specified type fail to be resolved.",
        cause = "MDNS services of the specified type do not exist on the LAN.",
        solution = "Check whether MDNS services of the specified type exist on the LAN."
    )]
    #[translation(
        "zh-CN",
        title = "解析服务超时",
        description = "解析服务超时。",
        cause = "局域网内不存在该类型的mDNS服务。",
        solution = "检查局域网内目标类型的mDNS服务是否存在。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    ServiceResolutionTimeout,
}
