// Print Service Error Codes: the catalog `PrintServiceError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Print Service Error Codes.
///
/// The print service provides capabilities such as print job management, printer query and configuration, and print extension management. It is applicable to scenarios where apps need to integrate the printing function, manage print jobs, and configure printers, helping developers easily print documents and images.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Print Service",
    title = "Print Service Error Codes",
    note = "The print service provides capabilities such as print job management, printer query and configuration, and print extension management. It is applicable to scenarios where apps need to integrate the printing function, manage print jobs, and configure printers, helping developers easily print documents and images.\n\nThis topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 13100000..=13199999,
    layout = "# {title}\n\n <!--Kit: Basic Services Kit-->\n <!--Subsystem: Print-->\n <!--Owner: @guoshengbang-->\n <!--Designer: @baozewei-->\n <!--Tester: @baozewei-->\n <!--Adviser: @fang-jinxu-->\n<!-- md-trans-meta sourceCommit=a077482f26289b96749dbeb1a0c6856695ebea0a translatedAt=2026-09-01T03:22:35.148Z pushedAt=2026-09-05T03:44:20.027Z -->\n\n> **NOTE**\n>\n> The print service provides capabilities such as print job management, printer query and configuration, and print extension management. It is applicable to scenarios where apps need to integrate the printing function, manage print jobs, and configure printers, helping developers easily print documents and images.\n>\n> This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/print.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "打印服务错误码",
    note = "打印服务提供打印任务管理、打印机查询与配置、打印扩展管理等能力，适用于应用内需要接入打印功能、管理打印任务和配置打印机的场景，帮助开发者便捷实现文档和图片等内容的打印输出。\n\n以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n\n <!--Kit: Basic Services Kit-->\n <!--Subsystem: Print-->\n <!--Owner: @guoshengbang-->\n <!--Designer: @baozewei-->\n <!--Tester: @baozewei-->\n <!--Adviser: @fang-jinxu-->\n\n> **说明：**\n>\n> 打印服务提供打印任务管理、打印机查询与配置、打印扩展管理等能力，适用于应用内需要接入打印功能、管理打印任务和配置打印机的场景，帮助开发者便捷实现文档和图片等内容的打印输出。\n>\n> 以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum PrintServiceError {
    /// General Print Exception (13100001).
    #[code(
        13100001,
        title = "General Print Exception",
        message = "Generic failure of print.",
        cause = "This error code indicates a general print exception. Possible causes are as follows:",
        cause = "Failure to create a task object inside the print service.",
        solution = "Close the print page to release resources and try again. If the error persists, restart the device to reset the print service status. Before calling print-related APIs, ensure that the print service is normal.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n{causes:marked}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "一般打印异常",
        cause = "该错误码表示一般打印异常，可能原因如下：",
        cause = "打印内部创建任务对象失败",
        solution = "请关闭打印界面释放资源后重试；若问题持续，请重启设备以重置打印服务状态。建议在调用打印相关接口前，确保打印服务状态正常。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:marked}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    GeneralPrintException,
    /// RPC Failure (13100002).
    #[code(
        13100002,
        title = "RPC Failure",
        message = "RPC failure.",
        cause = "The possible causes are as follows:",
        cause = "Failed to obtain the SA service object.",
        cause = "Inter-process communication failed.",
        solution = "Close the print page to release resources and try again. If the error persists, restart the device to obtain the SA service object again and restore inter-process communication. Before calling print-related APIs, ensure that the SA service object is available and inter-process communication is normal."
    )]
    #[translation(
        "zh-CN",
        title = "RPC 失败",
        cause = "该错误码表示 RPC 失败，可能原因如下：",
        cause = "获取 SA 服务对象失败",
        cause = "进程间通信失败",
        solution = "请关闭打印界面释放资源后重试；若仍失败，请重启设备以重新获取 SA 服务对象并恢复进程间通信。建议在调用打印相关接口前，确保 SA 服务对象可用且进程间通信正常。"
    )]
    RpcFailure,
    /// Print Service Exception (13100003).
    #[code(
        13100003,
        title = "Print Service Exception",
        message = "Failure of print service.",
        cause = "This error code indicates a print service exception. Possible causes are as follows:",
        cause = "Failed to start the print service.",
        cause = "Failed to start the cups service.",
        solution = "Close the print page to restart the print service and try again. If the error persists, restart the device to reset the cups service. Before calling print-related APIs, ensure that the print service and cups service are available."
    )]
    #[translation(
        "zh-CN",
        title = "打印服务异常",
        cause = "该错误码表示打印服务异常，可能原因如下：",
        cause = "拉起打印服务失败",
        cause = "拉起 cups 服务失败",
        solution = "请关闭打印界面以重新拉起打印服务后重试；若仍失败，请重启设备以重置 cups 服务。建议在调用打印相关接口前，确保打印服务和 cups 服务可用。"
    )]
    PrintServiceException,
    /// Invalid Print Extension (13100004).
    #[code(
        13100004,
        title = "Invalid Print Extension",
        message = "Invalid print extension.",
        cause = "The possible causes are as follows:",
        cause = "The print extension cannot be found.",
        cause = "The print extension parameters are incorrect.",
        cause = "The print extension is in an invalid state.",
        solution = "Close the print page to release resources and try again. If the error persists, restart the device to reload the print extension. You are advised to check whether the extension parameters and status are valid before using the print extension."
    )]
    #[translation(
        "zh-CN",
        title = "无效的打印扩展",
        cause = "该错误码表示无效的打印扩展，可能原因如下：",
        cause = "找不到打印扩展",
        cause = "打印扩展参数错误",
        cause = "打印扩展状态错误",
        solution = "请关闭打印界面释放资源后重试；若问题持续，请重启设备以重新加载打印扩展。建议在使用打印扩展前，先检查扩展参数和状态是否有效。"
    )]
    InvalidPrintExtension,
    /// Invalid Printer (13100005).
    #[code(
        13100005,
        title = "Invalid Printer",
        message = "Invalid printer.",
        cause = "The possible causes are as follows:",
        cause = "Incorrect printer ID.",
        cause = "The cups failed to query the printer list.",
        cause = "The cups failed to query the printer information.",
        solution = "Check whether the printer ID and printer information are correct, and try again. If the query fails, restart the device to reinitialize the cups service. You are advised to verify whether the preceding information is valid before calling print-related APIs."
    )]
    #[translation(
        "zh-CN",
        title = "无效的打印机",
        cause = "该错误码表示无效的打印机，可能原因如下：",
        cause = "打印机 ID 错误",
        cause = "cups 查询打印机列表失败",
        cause = "cups 查询打印机信息失败",
        solution = "请确认打印机 ID 及打印机信息是否正确后重试；若查询失败，请重启设备以重新初始化 cups 服务。建议在调用打印相关接口前，先验证上述信息是否有效。"
    )]
    InvalidPrinter,
    /// Invalid Print Job (13100006).
    #[code(
        13100006,
        title = "Invalid Print Job",
        message = "Invalid print job.",
        cause = "The possible causes are as follows:",
        cause = "Incorrect print job ID.",
        cause = "Incorrect print job status.",
        cause = "The print job cannot be found.",
        solution = "Check whether the print job ID and status are correct, and try again. If the job cannot be found, cancel the current printing operation and initiate printing again. If the issue persists, restart the device to reset the print service. You are advised to verify that the preceding information is correct before performing operations on the print job."
    )]
    #[translation(
        "zh-CN",
        title = "无效的打印任务",
        cause = "该错误码表示无效的打印任务，可能原因如下：",
        cause = "打印任务 ID 错误",
        cause = "打印任务状态错误",
        cause = "找不到打印任务",
        solution = "请确认打印任务 ID 和状态是否正确后重试；若任务无法找到，请取消当前打印操作后重新发起打印；若问题持续，请重启设备以重置打印服务。建议在操作打印任务前，先确认上述信息正确。"
    )]
    InvalidPrintJob,
}
