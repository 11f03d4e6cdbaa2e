// Traffic Management Error Codes: the catalog `TrafficManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Traffic Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Traffic Management",
    title = "Traffic Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 2100000..=2199999,
    layout = "# {title}\n\n<!-- md-trans-meta sourceCommit=d7e60ee0c5a2a1b0e78840086e29da8843098be7 translatedAt=2026-09-23T01:50:52.136Z pushedAt=2026-09-24T06:00:14.178Z -->\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/net_statistics.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "流量管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
)]
pub enum TrafficManagementError {
    /// Invalid Parameters (2100001).
    ///
    /// This error code is reported if any input parameter value is incorrect.
    #[code(
        2100001,
        title = "Invalid Parameters",
        message = "Invalid Parameters",
        description = "This error code is reported if any input parameter value is incorrect.",
        cause = "The end time is earlier than the start time.",
        solution = "Check whether the start time and end time are properly set.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nInvalid parameter value.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "无效的参数",
        message = "Invalid parameter value.",
        description = "参数输入有误。",
        cause = "输入的结束时间小于开始时间。",
        solution = "检查输入的时间参数是否合理。"
    )]
    InvalidParameters,
    /// Service Connection Failure (2100002).
    ///
    /// This error code is reported if a service connection failure occurs.
    #[code(
        2100002,
        title = "Service Connection Failure",
        message = "Service Connection Failure",
        description = "This error code is reported if a service connection failure occurs.",
        cause = "The service is abnormal.",
        solution = "Check whether the system service is running properly.",
        solution = "Restart the device and try again.",
        layout = "\n\n## {code} {title}\n\n**Error Information**\n\nFailed to connect to the service.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n<!--RP1--><!--RP1End-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "连接服务失败",
        message = "Failed to connect to the service.",
        description = "操作失败，连接系统服务发生异常。",
        cause = "服务发生异常。",
        solution = "检查系统服务运行状态是否正常。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    ServiceConnectionFailure,
    /// System Internal Error (2100003).
    ///
    /// This error code is reported if an internal system error occurs.
    #[code(
        2100003,
        title = "System Internal Error",
        message = "System Internal Error",
        description = "This error code is reported if an internal system error occurs.",
        cause = "Memory exception.",
        cause = "Null pointer.",
        solution = "Check whether the memory space is sufficient. If not, clear the memory and try again.",
        solution = "The system is abnormal. Please try again later or restart the device.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nSystem internal error.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n<!--RP1--><!--RP1End-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        message = "System internal error.",
        description = "系统内部错误。",
        cause = "内存异常。",
        cause = "空指针。",
        solution = "检查内存空间是否充足，清理内存后重试。",
        solution = "系统异常，请稍后重试或重启设备。"
    )]
    SystemInternalError,
    /// Failed to Read the System Map (2103005).
    ///
    /// This error code is reported if the attempt to read the system map fails.
    #[code(
        2103005,
        title = "Failed to Read the System Map",
        message = "Failed to Read the System Map",
        description = "This error code is reported if the attempt to read the system map fails.",
        cause = "The attempt to read traffic data on the kernel map object fails.",
        solution = "Check whether traffic is generated for the specified NIC or application.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nFailed to read the system map.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "读取系统map失败",
        message = "Failed to read the system map.",
        description = "读取系统map失败。",
        cause = "在内核map对象上读取流量数据失败。",
        solution = "检查输入的网卡或应用UID是否有流量产生。"
    )]
    FailedToReadSystemMap,
    /// Failed to Create a System Map (2103011).
    ///
    /// This error code is reported if the attempt to create a kernel map object fails.
    #[code(
        2103011,
        title = "Failed to Create a System Map",
        message = "Failed to Create a System Map",
        description = "This error code is reported if the attempt to create a kernel map object fails.",
        cause = "No traffic is generated on the NIC and therefore a kernel traffic object has not been created.",
        solution = "Ensure that traffic is generated on the NIC.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nFailed to create a system map.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统map创建失败",
        message = "Failed to create a system map.",
        description = "内核对象创建失败。",
        cause = "网卡没有流量产生，内核流量对象还未创建。",
        solution = "确保网卡上有流量产生。"
    )]
    FailedToCreateSystemMap,
    /// Failed to Obtain the NIC Name (2103012).
    ///
    /// This error code is reported if the attempt to obtain the NIC name fails.
    #[code(
        2103012,
        title = "Failed to Obtain the NIC Name",
        message = "Failed to Obtain the NIC Name",
        description = "This error code is reported if the attempt to obtain the NIC name fails.",
        cause = "The NIC name does not exist.",
        solution = "Check whether the input NIC name exists. You can query the NIC of the current device using the `ifconfig` command.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nFailed to obtain the NIC name.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "获取网卡名失败",
        message = "Failed to obtain the NIC name.",
        description = "获取网卡名失败。",
        cause = "本机没有此网卡名。",
        solution = "检查传入的网卡名是否正确。"
    )]
    FailedToObtainNicName,
    /// Failed to Read the Database (2103017).
    ///
    /// This error code is reported if the attempt to read the database fails.
    #[code(
        2103017,
        title = "Failed to Read the Database",
        message = "Failed to Read the Database",
        description = "This error code is reported if the attempt to read the database fails.",
        cause = "The database is damaged.",
        solution = "Check whether the database file on the local host is damaged.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nFailed to read the database.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "读取数据库失败",
        message = "Failed to read the database.",
        description = "读取数据库失败。",
        cause = "数据库被损坏。",
        solution = "检查本机数据库文件是否被损坏。"
    )]
    FailedToReadDatabase,
    /// Invalid Timestamp (2103019).
    ///
    /// This error code is reported if the timestamp in the parameter is invalid.
    #[code(
        2103019,
        title = "Invalid Timestamp",
        message = "Invalid Timestamp",
        description = "This error code is reported if the timestamp in the parameter is invalid.",
        cause = "The start timestamp or end timestamp in the parameter is more than 31 days earlier than the current system time.",
        solution = "Modify the timestamp to ensure that the timestamp is not more than 31 days earlier than the current system time.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nThe timestamp in param is invalid.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "时间戳无效",
        message = "The timestamp in param is invalid.",
        description = "参数中的时间戳无效。",
        cause = "参数中传入的起始时间戳或结束时间戳早于当前系统时间31天以上。",
        solution = "修改时间戳，确保时间戳在31天之内。"
    )]
    InvalidTimestamp,
}
