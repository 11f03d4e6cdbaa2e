// PerfTest Error Codes: the catalog `PerfTestError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// PerfTest Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "PerfTest",
    title = "PerfTest Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 32400000..=32499999,
    layout = "# {title}\n\n<!--Kit: Test Kit-->\n<!--Subsystem: Test-->\n<!--Owner: @inter515-->\n<!--Designer: @inter515-->\n<!--Tester: @laonie666-->\n<!--Adviser: @Brilliantry_Rui-->\n<!-- md-trans-meta sourceCommit=fa715e076d4d88419e10085f9538284e3293d667 translatedAt=2026-07-29T01:30:03.177Z pushedAt=2026-07-30T03:36:37.692Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/perftest.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "perftest错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Test Kit-->\n<!--Subsystem: Test-->\n<!--Owner: @inter515-->\n<!--Designer: @inter515-->\n<!--Tester: @laonie666-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n>\n{entries}",
    section = "\n## {code} {title}\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum PerfTestError {
    /// Initialization Failed (32400001).
    ///
    /// The framework fails to be initialized.
    #[code(
        32400001,
        title = "Initialization Failed",
        message = "Initialization failed.",
        description = "The framework fails to be initialized.",
        cause = "The bundle name of the application cannot be obtained.",
        solution = "Check whether the test application is properly installed and available, and ensure that the bundle name of the test application can be obtained."
    )]
    #[translation(
        "zh-CN",
        title = "初始化失败",
        description = "框架初始化失败，PerfTest对象无法创建，后续性能测试无法执行。",
        cause = "无法获取测试应用包名。",
        solution = "使用ps等shell命令查看，确认测试应用进程是否存在。",
        solution = "若进程不存在，重新启动测试应用后再试。",
        solution = "若进程存在但仍初始化失败，检查测试应用包名是否正确。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    InitializationFailed,
    /// Internal Error (32400002).
    ///
    /// An internal error occurs in the framework.
    #[code(
        32400002,
        title = "Internal Error",
        message = "Internal error.",
        description = "An internal error occurs in the framework.",
        cause = "IPC transmission fails.",
        cause = "The **PerfTest** object does not exist.",
        solution = "Retry the IPC transmission.",
        solution = "Check whether the **PerfTest** object has been destroyed. If so, create a new **PerfTest** object using [PerfTest.create](js-apis-perftest.md#create)."
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "框架内部运行出现错误。",
        cause = "IPC传输失败。",
        cause = "PerfTest对象不存在。",
        solution = "尝试通过重试解决IPC传输失败问题。",
        solution = "判断PerfTest对象是否已被销毁，若已销毁需要重新创建PerfTest对象。"
    )]
    InternalError,
    /// Parameter Verification Failed (32400003).
    ///
    /// Parameter verification failed.
    #[code(
        32400003,
        title = "Parameter Verification Failed",
        message = "Parameter verification failed.",
        description = "Parameter verification failed.",
        cause = "The parameter type is incorrect, or the parameter value is out of the specified range.",
        solution = "Check whether the type and value range of the input parameter meet the API requirements."
    )]
    #[translation(
        "zh-CN",
        title = "参数校验失败",
        description = "参数校验失败。",
        cause = "参数类型错误。",
        cause = "参数取值超出规定范围。",
        solution = "检查接口入参是否符合要求。",
        layout = "\n## {code} {title}\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:marked}\n"
    )]
    ParameterVerificationFailed,
    /// Failed to Execute the Callback (32400004).
    ///
    /// The callback fails to be executed.
    #[code(
        32400004,
        title = "Failed to Execute the Callback",
        message = "Failed to execute the callback.",
        description = "The callback fails to be executed.",
        cause = "An exception is thrown in the callback.",
        cause = "The callback execution times out.",
        solution = "Check the internal logic of the callback, including the exception handling and timeout control mechanisms, to ensure that no exception is thrown and that the callback execution does not time out."
    )]
    #[translation(
        "zh-CN",
        title = "执行回调函数失败",
        description = "执行回调代码段失败。",
        cause = "回调函数内部抛出异常。",
        cause = "回调函数执行超时。",
        solution = "检查回调函数内部逻辑，确保回调函数执行不会抛出异常或超时。"
    )]
    FailedToExecuteCallback,
    /// Failed to Collect Performance Data (32400005).
    ///
    /// Failed to collect performance data.
    #[code(
        32400005,
        title = "Failed to Collect Performance Data",
        message = "Failed to collect metric data.",
        description = "Failed to collect performance data.",
        cause = "The application process does not exist during performance data collection.",
        solution = "Run the **ps** command to check whether the application process exists during performance data collection. Ensure that the application process exists."
    )]
    #[translation(
        "zh-CN",
        title = "采集性能数据失败",
        description = "采集性能数据失败。",
        cause = "采集性能数据时，被测应用进程不存在。",
        solution = "使用ps等shell命令查看，确保采集性能数据时被测应用进程存在。"
    )]
    FailedToCollectPerformanceData,
    /// Failed to Obtain Performance Data (32400006).
    ///
    /// Failed to obtain the test data of the specified performance metric.
    #[code(
        32400006,
        title = "Failed to Obtain Performance Data",
        message = "Failed to obtain the measurement result.",
        description = "Failed to obtain the test data of the specified performance metric.",
        cause = "The data collection is not complete.",
        solution = "Ensure that the [PerfTest.run](js-apis-perftest.md#run) API has been executed and no exception is thrown. Ensure that the data collection is complete before obtaining the specified data."
    )]
    #[translation(
        "zh-CN",
        title = "无法获取性能数据",
        description = "无法获取指定性能指标对应的测试数据。",
        cause = "测试数据未采集完成。",
        solution = "确认PerfTest.run接口已执行完成且未抛出异常。",
        solution = "确保测试数据已采集完成。",
        solution = "调用getMeasureResult获取指定数据。"
    )]
    FailedToObtainPerformanceData,
    /// API Does Not Support Concurrent Calls (32400007).
    ///
    /// The API does not support concurrent calls.
    #[code(
        32400007,
        title = "API Does Not Support Concurrent Calls",
        message = "The API does not support concurrent calls.",
        description = "The API does not support concurrent calls.",
        cause = "The async API does not use **await** to wait until the asynchronous execution is complete. As a result, the API is called concurrently.",
        solution = "Use **await** to wait until the asynchronous function execution is complete.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "接口不支持并行调用",
        description = "接口不支持并行调用。",
        cause = "异步API没有使用await等待异步执行完成，导致出现接口并行调用。",
        solution = "使用await同步等待异步函数执行完成。"
    )]
    ApiDoesNotSupportConcurrentCalls,
}
