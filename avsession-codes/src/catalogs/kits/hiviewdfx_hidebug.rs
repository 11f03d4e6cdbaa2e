// HiDebug Error Codes: the catalog `HiDebugError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// HiDebug Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "HiDebug",
    title = "HiDebug Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 11400000..=11499999,
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @hello_harmony; @yu_haoqiaida-->\n<!--Designer: @kutcherzhou1-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @foryourself-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/hiviewdfx_hidebug.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "HiDebug错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum HiDebugError {
    /// Failed to Obtain the System Service (11400101).
    ///
    /// The system service cannot be obtained based on the specified service ID.
    #[code(
        11400101,
        title = "Failed to Obtain the System Service",
        message = "ServiceId invalid. The system ability does not exist.",
        description = "The system service cannot be obtained based on the specified service ID.",
        cause = "The specified service ID is incorrect or the corresponding service is not started.",
        solution = "Specify a correct system service ID."
    )]
    #[translation(
        "zh-CN",
        title = "系统服务获取失败",
        description = "当前serviceId未查询到对应的系统服务。",
        cause = "serviceId参数无效，或对应的服务未启动。",
        solution = "确保传入正确的系统服务serviceId。"
    )]
    FailedToObtainSystemService,
    /// Remote Service Exception (11400104).
    ///
    /// The remote service is abnormal.
    #[code(
        11400104,
        title = "Remote Service Exception",
        message = "The interface call failed due to a remote exception.",
        description = "The remote service is abnormal.",
        cause = "The remote service process crashes.",
        solution = "Restart the device and try again. If the fault persists, [export logs](https://developer.huawei.com/consumer/en/doc/harmonyos-guides/ide-setup-hilog#section2114542680)<!--RP1--> and send feedback to the official website.<!--RP1End-->",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n> **NOTE**\n>\n> The error message may vary depending on the API.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "内部异常",
        message = "Abnormal trace status.",
        description = "当前trace采集内部状态异常。",
        cause = "系统内核崩溃或应用进程卡死。",
        solution = "建议重启应用或系统。"
    )]
    RemoteServiceException,
    /// Failed to Fork the Child Dump Process (11400107).
    ///
    /// Failed to fork the child dump process.
    #[code(
        11400107,
        title = "Failed to Fork the Child Dump Process",
        message = "Fork operation failed.",
        description = "Failed to fork the child dump process.",
        cause = "The system resources are insufficient. You are advised to check the system load.",
        solution = "Fork the child dump process again. If the fault persists, filter error logs to locate the fault by referring to [Log Analysis](https://developer.huawei.com/consumer/en/doc/harmonyos-guides/ide-setup-hilog). If the problem persists, <!--RP1-->contact us.<!--RP1End-->"
    )]
    #[translation(
        "zh-CN",
        title = "dump子进程fork失败",
        description = "dump子进程fork失败。",
        cause = "系统资源不足，建议检查系统负载。",
        solution = "建议开发者重试。若重试后依然失败，请通过[日志分析](https://developer.huawei.com/consumer/cn/doc/harmonyos-guides/ide-setup-hilog#section2114542680)过滤error级别日志辅助问题定位。若依然无法解决，<!--RP1-->可向官方反馈。<!--RP1End-->"
    )]
    FailedToForkChildDumpProcess,
    /// Failed to Wait for the Child Dump Process to Finish (11400108).
    ///
    /// Failed to wait for the child dump process to finish.
    #[code(
        11400108,
        title = "Failed to Wait for the Child Dump Process to Finish",
        message = "Failed to wait for the child process to finish.",
        description = "Failed to wait for the child dump process to finish.",
        cause = "The system resources are insufficient. You are advised to check the system load.",
        solution = "Fork the child dump process again. If the fault persists, filter error logs to locate the fault by referring to [Log Analysis](https://developer.huawei.com/consumer/en/doc/harmonyos-guides/ide-setup-hilog). If the problem persists, <!--RP1-->contact us.<!--RP1End-->"
    )]
    #[translation(
        "zh-CN",
        title = "等待dump子进程结束失败",
        description = "等待dump子进程结束失败。",
        cause = "系统资源不足，建议检查系统负载。",
        solution = "建议开发者重试。若重试后依然失败，请通过[日志分析](https://developer.huawei.com/consumer/cn/doc/harmonyos-guides/ide-setup-hilog#section2114542680)过滤error级别日志辅助问题定位。若依然无法解决，<!--RP1-->可向官方反馈。<!--RP1End-->"
    )]
    FailedToWaitForChildDumpProcessToFinish,
    /// Waiting for the Child Dump Process Times Out (11400109).
    ///
    /// The child dump process times out.
    #[code(
        11400109,
        title = "Waiting for the Child Dump Process Times Out",
        message = "Timeout while waiting for the child process to finish.",
        description = "The child dump process times out.",
        cause = "The dump process takes a long time. You are advised to check the system load.",
        solution = "Fork the child dump process again. If the fault persists, filter error logs to locate the fault by referring to [Log Analysis](https://developer.huawei.com/consumer/en/doc/harmonyos-guides/ide-setup-hilog). If the problem persists, <!--RP1-->contact us.<!--RP1End-->"
    )]
    #[translation(
        "zh-CN",
        title = "等待dump子进程超时",
        description = "等待dump子进程结束超时。",
        cause = "dump过程耗时长，建议检查系统负载。",
        solution = "建议开发者重试。若重试后依然失败，请通过[日志分析](https://developer.huawei.com/consumer/cn/doc/harmonyos-guides/ide-setup-hilog#section2114542680)过滤error级别日志辅助问题定位。若依然无法解决，<!--RP1-->可向官方反馈。<!--RP1End-->"
    )]
    WaitingForChildDumpProcessTimesOut,
    /// Insufficient Disk Space (11400110).
    ///
    /// The disk space is insufficient.
    #[code(
        11400110,
        title = "Insufficient Disk Space",
        message = "Failed to create dump file.",
        description = "The disk space is insufficient.",
        cause = "The available disk space is less than 30 GB.",
        solution = "Release the disk space to ensure that the available space is greater than 30 GB."
    )]
    #[translation(
        "zh-CN",
        title = "磁盘空间不足",
        description = "磁盘空间不足。",
        cause = "磁盘可用空间少于30GB。",
        solution = "释放磁盘空间，确保空闲空间大于30GB。"
    )]
    InsufficientDiskSpace,
    /// Failed to Call the Node-API (11400111).
    ///
    /// An exception occurs when the Node-API is called.
    #[code(
        11400111,
        title = "Failed to Call the Node-API",
        message = "Napi interface call exception.",
        description = "An exception occurs when the Node-API is called.",
        cause = "The VM is abnormal.",
        solution = "Fork the child dump process again. If the fault persists, filter error logs to locate the fault by referring to [Log Analysis](https://developer.huawei.com/consumer/en/doc/harmonyos-guides/ide-setup-hilog). If the problem persists, <!--RP1-->contact us.<!--RP1End-->"
    )]
    #[translation(
        "zh-CN",
        title = "Napi接口调用失败",
        description = "Napi接口调用时出现异常。",
        cause = "虚拟机发生异常。",
        solution = "建议开发者重试。若重试后依然失败，请通过[日志分析](https://developer.huawei.com/consumer/cn/doc/harmonyos-guides/ide-setup-hilog#section2114542680)过滤error级别日志辅助问题定位。若依然无法解决，<!--RP1-->可向官方反馈。<!--RP1End-->"
    )]
    FailedToCallNodeApi,
    /// Repeated Data Dump (11400112).
    ///
    /// Dump data is collected repeatedly.
    #[code(
        11400112,
        title = "Repeated Data Dump",
        message = "Repeated data dump.",
        description = "Dump data is collected repeatedly.",
        cause = "This API has been called and is called repeatedly before the calling is complete.",
        solution = "Optimize the code logic to ensure that the next dump task starts after the previous dump task is complete."
    )]
    #[translation(
        "zh-CN",
        title = "重复dump采集",
        description = "重复进行dump数据采集。",
        cause = "该接口已被调用，在调用未结束时发生了重复调用。",
        solution = "建议优化代码逻辑，确保上次dump完成后，再启动新的dump。"
    )]
    RepeatedDataDump,
    /// Failed to Create a Dump File (11400113).
    ///
    /// Failed to create the dump file.
    #[code(
        11400113,
        title = "Failed to Create a Dump File",
        message = "Failed to create dump file.",
        description = "Failed to create the dump file.",
        cause = "A file with the same name exists in the process directory.",
        cause = "System resources are insufficient.",
        solution = "Fork the child dump process again. If the fault persists, filter error logs to locate the fault by referring to [Log Analysis](https://developer.huawei.com/consumer/en/doc/harmonyos-guides/ide-setup-hilog). If the problem persists, <!--RP1-->contact us.<!--RP1End-->"
    )]
    #[translation(
        "zh-CN",
        title = "创建dump文件失败",
        description = "创建dump文件时出现失败。",
        cause = "进程目录下存在同名文件。",
        cause = "系统资源不足。",
        solution = "建议开发者重试。若重试后依然失败，请通过[日志分析](https://developer.huawei.com/consumer/cn/doc/harmonyos-guides/ide-setup-hilog#section2114542680)过滤error级别日志辅助问题定位。若依然无法解决，<!--RP1-->可向官方反馈。<!--RP1End-->",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n1、{cause}\n\n2、{cause}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    FailedToCreateDumpFile,
    /// Failed to Enable GWP-ASan (11400114).
    ///
    /// After the device is restarted, the number of applications for which GWP-ASan is enabled exceeds the system limit.
    #[code(
        11400114,
        title = "Failed to Enable GWP-ASan",
        message = "The number of GWP-ASAN applications of this device overflowed after last boot.",
        description = "After the device is restarted, the number of applications for which GWP-ASan is enabled exceeds the system limit.",
        cause = "During the device running, the quota of applications enabled with GWP-ASan is used up.",
        solution = "Restart the system to update the device quota."
    )]
    #[translation(
        "zh-CN",
        title = "使能GWP-Asan失败",
        description = "设备在本次启动后，使能GWP-Asan的应用数量超出系统限制。",
        cause = "单设备运行期间最多支持20个应用使能GWP-Asan，已超出配额限制。",
        solution = "重启系统刷新整机配额。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    FailedToEnableGwpASan,
}
