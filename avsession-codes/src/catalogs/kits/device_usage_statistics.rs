// DeviceUsageStatistics Error Codes: the catalog `DeviceUsageStatisticsError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// DeviceUsageStatistics Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "DeviceUsageStatistics",
    title = "DeviceUsageStatistics Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: Background Tasks Kit-->\n<!--Subsystem: ResourceSchedule-->\n<!--Owner: @cheng-shichang-->\n<!--Designer: @zhouben25-->\n<!--Tester: @fenglili18-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/device_usage_statistics.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "DeviceUsageStatistics错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Background Tasks Kit-->\n<!--Subsystem: ResourceSchedule-->\n<!--Owner: @xufu7-->\n<!--Designer: @zhouben25-->\n<!--Tester: @leetestnady-->\n<!--Adviser: @HelloCrease-->\n\n> **说明：**\n>\n> {note}\n{entries}\n",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum DeviceUsageStatisticsError {
    /// Memory Operation Failure (10000001).
    ///
    /// This error code is reported when a memory operation fails.
    #[code(
        10000001,
        title = "Memory Operation Failure",
        message = "Memory operation failed.",
        description = "This error code is reported when a memory operation fails.",
        cause = "The system memory is insufficient.",
        solution = "Check whether memory leak occurs."
    )]
    #[translation(
        "zh-CN",
        title = "内存操作失败",
        description = "内存操作失败。",
        cause = "该错误码表示系统服务工作异常，可能原因是内存不足导致创建对象失败。",
        solution = "请检查内存是否泄漏。"
    )]
    MemoryOperationFailure,
    /// IPC Parcel Write Failure (10000002).
    ///
    /// Failed to write the data object during the IPC.
    #[code(
        10000002,
        title = "IPC Parcel Write Failure",
        message = "Parcel operation failed. Failed to write data into parcel. Possible reasons: 1. Invalid parameters; 2. Failed to apply for memory.",
        description = "Failed to write the data object during the IPC.",
        cause = "Invalid parameter.",
        cause = "Memory allocation fails.",
        solution = "Check whether the parameter is valid, for example, whether the string is too long.",
        solution = "Try again."
    )]
    #[translation(
        "zh-CN",
        title = "IPC parcel write failed",
        description = "进程间通信的时候，写入数据对象失败。",
        cause = "参数无效。",
        cause = "申请内存失败。",
        solution = "请检查参数是否合法，例如字符串是否超长等。",
        solution = "请重试。"
    )]
    IpcParcelWriteFailure,
    /// System Service Operation Failure (10000003).
    ///
    /// The client process fails to obtain the system service.
    #[code(
        10000003,
        title = "System Service Operation Failure",
        message = "Failed to get system ability manager.",
        description = "The client process fails to obtain the system service.",
        cause = "The dependent service process is faulty.",
        solution = "Try again later or restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "系统服务操作失败",
        description = "客户端进程请求服务进程时，获取系统服务操作失败。",
        cause = "依赖的服务进程出现问题。",
        solution = "系统服务内部工作异常，请稍后重试，或者重启设备尝试。"
    )]
    SystemServiceOperationFailure,
    /// IPC Failure (10000004).
    ///
    /// The IPC fails.
    #[code(
        10000004,
        title = "IPC Failure",
        message = "Failed to access the device usage service.",
        description = "The IPC fails.",
        cause = "The system service is abnormal or the IPC data is abnormal.",
        solution = "Try again later or restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "通信失败",
        description = "进程间通信的时候，通信失败。",
        cause = "系统服务异常或者通信数据异常。",
        solution = "系统服务内部工作异常，请稍后重试，或者重启设备尝试。"
    )]
    IpcFailure,
    /// Application Not Installed (10000005).
    ///
    /// The application is not installed.
    #[code(
        10000005,
        title = "Application Not Installed",
        message = "The application is not installed.",
        description = "The application is not installed.",
        cause = "The application is not installed or has been uninstalled.",
        solution = "Check whether the application exists."
    )]
    #[translation(
        "zh-CN",
        title = "应用未安装",
        description = "应用未安装。",
        cause = "应用未安装或者已经卸载。",
        solution = "操作应用信息时请先检查应用是否存在。"
    )]
    ApplicationNotInstalled,
    /// Failed to Obtain Application Information (10000006).
    ///
    /// The client process fails to obtain application information from the service.
    #[code(
        10000006,
        title = "Failed to Obtain Application Information",
        message = "Failed to get the application information.",
        description = "The client process fails to obtain application information from the service.",
        cause = "The value of **beginTime** or **endTime** is invalid.",
        cause = "The application is not installed or has been uninstalled.",
        cause = "The value of **intervalType** is invalid.",
        solution = "Check whether the input parameters are valid and whether the application exists."
    )]
    #[translation(
        "zh-CN",
        title = "获取应用信息失败",
        description = "客户端进程获取服务中相关应用信息失败。",
        cause = "beginTime或者endTime输入不合法。",
        cause = "应用未安装或者已经被卸载了。",
        cause = "intervalType输入不合法。",
        solution = "请检查入参合法性以及应用是否存在。"
    )]
    FailedToObtainApplicationInformation,
    /// Time Operation Failure (10000007).
    ///
    /// The system service fails to obtain the system time.
    #[code(
        10000007,
        title = "Time Operation Failure",
        message = "Failed to get the system time.",
        description = "The system service fails to obtain the system time.",
        cause = "The system is abnormal.",
        solution = "Try again later or restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "时间操作失败",
        description = "系统服务获取系统时间或者实际时间操作失败。",
        cause = "系统异常。",
        solution = "系统服务内部工作异常，请稍后重试，或者重启设备尝试。"
    )]
    TimeOperationFailure,
    /// Duplicate Application Group Operation (10100001).
    ///
    /// The application group operation fails.
    #[code(
        10100001,
        title = "Duplicate Application Group Operation",
        message = "Repeated operation on the application group.",
        description = "The application group operation fails.",
        cause = "The application group to set already exists, or the callback for application group changes to register or deregister has already been registered or deregistered.",
        solution = "Do not repeatedly set application groups, or register or deregister a callback for application group changes."
    )]
    #[translation(
        "zh-CN",
        title = "应用分组信息操作重复",
        description = "应用分组操作失败。",
        cause = "重复设置应用分组、重复注册分组变化监听、或重复取消分组变化监听。",
        solution = "请勿重复设置应用分组、注册监听和取消监听。"
    )]
    DuplicateApplicationGroupOperation,
    /// Failed to Obtain Application Group Information (10100002).
    ///
    /// The client process fails to obtain the application group information.
    #[code(
        10100002,
        title = "Failed to Obtain Application Group Information",
        message = "Failed to get the application group information.",
        description = "The client process fails to obtain the application group information.",
        cause = "An incorrect bundle name is passed.",
        cause = "The application is not installed or has been uninstalled.",
        solution = "Check whether the bundle name is valid and whether the application exists."
    )]
    #[translation(
        "zh-CN",
        title = "获取应用分组信息失败",
        description = "客户端进程获取应用分组信息失败，该信息在数据库中不存在。",
        cause = "应用输入bundleName错误。",
        cause = "应用可能没有安装或者已经卸载。",
        solution = "请检查入参bundleName的合法性和应用是否存在。"
    )]
    FailedToObtainApplicationGroupInformation,
}
