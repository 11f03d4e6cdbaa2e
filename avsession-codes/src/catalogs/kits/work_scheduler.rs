// workScheduler Error Codes: the catalog `WorkSchedulerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// workScheduler Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "workScheduler",
    title = "workScheduler Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 9700000..=9799999,
    layout = "# {title}\n\n<!--Kit: Background Tasks Kit-->\n<!--Subsystem: ResourceSchedule-->\n<!--Owner: @cheng-shichang-->\n<!--Designer: @zhouben25-->\n<!--Tester: @leetestnady-->\n<!--Adviser: @HelloCrease-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/work_scheduler.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "workScheduler错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Background Tasks Kit-->\n<!--Subsystem: ResourceSchedule-->\n<!--Owner: @cheng-shichang-->\n<!--Designer: @zhouben25-->\n<!--Tester: @leetestnady-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}\n",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum WorkSchedulerError {
    /// Memory Operation Failure (9700001).
    ///
    /// This error code is reported when a memory operation fails.
    #[code(
        9700001,
        title = "Memory Operation Failure",
        message = "Memory operation failed.",
        description = "This error code is reported when a memory operation fails.",
        cause = "A memory leak occurs.",
        cause = "The system memory is insufficient.",
        solution = "Release the memory.",
        solution = "Check whether memory leak occurs."
    )]
    #[translation(
        "zh-CN",
        title = "内存操作失败",
        description = "内存操作失败。",
        cause = "系统内存泄漏。",
        cause = "系统内存不足。",
        solution = "内存不足，请释放内存。",
        solution = "请检查是否内存泄漏。"
    )]
    MemoryOperationFailure,
    /// Parcel Operation Failure (9700002).
    ///
    /// This error code is reported when parcel data fails to be read or written during IPC.
    #[code(
        9700002,
        title = "Parcel Operation Failure",
        message = "Failed to write data into parcel. Possible reasons: 1. Invalid parameters; 2. Failed to apply for memory.",
        description = "This error code is reported when parcel data fails to be read or written during IPC.",
        cause = "The data object fails to be read or written during IPC.",
        cause = "The memory fails to be allocated for the read or write operation.",
        solution = "Try again later or restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "Parcel读写操作失败",
        description = "IPC通信读写Parcel数据失败。",
        cause = "进程间通信的时候，读取或写入数据对象失败。",
        cause = "读写操作申请内存失败。",
        solution = "系统内部工作异常，请稍候重试，或者重启设备尝试。"
    )]
    ParcelOperationFailure,
    /// System Service Failure (9700003).
    ///
    /// This error code is reported when the client process fails to request the system service.
    #[code(
        9700003,
        title = "System Service Failure",
        message = "System service operation failed.",
        description = "This error code is reported when the client process fails to request the system service.",
        cause = "The system service is not started.",
        cause = "The system service is abnormal.",
        solution = "Try again later or restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "系统服务失败",
        description = "客户端进程请求服务进程时，请求系统服务操作失败。",
        cause = "系统服务还未启动。",
        cause = "系统服务异常。",
        solution = "系统服务内部工作异常，请稍候重试，或者重启设备尝试。"
    )]
    SystemServiceFailure,
    /// workInfo Verification Failure (9700004).
    ///
    /// This error code is reported when the **workInfo** parameter is abnormal.
    #[code(
        9700004,
        title = "workInfo Verification Failure",
        message = "Check on workInfo failed.",
        description = "This error code is reported when the **workInfo** parameter is abnormal.",
        cause = "The value of **bundleName** in **workInfo** does not match the UID of the application.",
        cause = "The Work Scheduler task to cancel or query does not exist.",
        solution = "Check the **workInfo** parameters."
    )]
    #[translation(
        "zh-CN",
        title = "workInfo校验失败",
        description = "延迟任务信息参数异常。",
        cause = "workInfo中的bundleName和应用的uid不匹配。",
        cause = "取消或查询延迟任务时，延迟任务不存在。",
        solution = "请检查workInfo参数。"
    )]
    WorkInfoVerificationFailure,
    /// startWork Call Failure (9700005).
    ///
    /// This error code is reported when the request for a deferred task fails.
    #[code(
        9700005,
        title = "startWork Call Failure",
        message = "Calling startWork failed.",
        description = "This error code is reported when the request for a deferred task fails.",
        cause = "The Work Scheduler task already exists.",
        cause = "The application has already requested 10 Work Scheduler tasks.",
        cause = "The repeat interval of a Work Scheduler task must be at least 20 minutes.",
        solution = "Check the input parameters and application code."
    )]
    #[translation(
        "zh-CN",
        title = "StartWork失败",
        description = "延迟任务申请失败。",
        cause = "延迟任务已存在。",
        cause = "每个应用uid最多添加10个延迟任务。",
        cause = "重复任务设置的重复时间应至少为20分钟。",
        solution = "请检查输入的参数和代码逻辑。"
    )]
    StartWorkCallFailure,
}
