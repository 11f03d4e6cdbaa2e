// Cloud Disk Management Error Codes (System API): the catalog `CloudDiskManagementErrorCodesSystemApiError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Cloud Disk Management Error Codes (System API).
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Cloud Disk Management Error Codes (System API)",
    title = "Cloud Disk Management Error Codes (System API)",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 34400000..=34499999,
    layout = "# {title}\n<!--Kit: Core File Kit-->\n<!--Subsystem: FileManagement-->\n<!--Owner: @wang_zhangjun; @zhuangzhuang-->\n<!--Designer: @wang_zhangjun; @zhuangzhuang; @renguang1116-->\n<!--Tester: @liuhonggang123; @yue-ye2; @juxiaopang-->\n<!--Adviser: @foryourself-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/clouddiskmanager_sys.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "云盘管理错误码（系统接口错误码）",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Core File Kit-->\n<!--Subsystem: FileManagement-->\n<!--Owner: @wang_zhangjun; @zhuangzhuang-->\n<!--Designer: @wang_zhangjun; @zhuangzhuang; @renguang1116-->\n<!--Tester: @liuhonggang123; @yue-ye2; @juxiaopang-->\n<!--Adviser: @foryourself-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum CloudDiskManagementErrorCodesSystemApiError {
    /// IPC Failed (34400003).
    ///
    /// C API: `CLOUD_DISK_IPC_FAILED`.
    ///
    /// IPC failed.
    #[code(
        34400003,
        title = "IPC Failed",
        message = "IPC communication failed",
        description = "IPC failed.",
        cause = "The called service does not exist.",
        solution = "Check whether the service is started.",
        since = 21,
        constant = "CLOUD_DISK_IPC_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "IPC通信失败",
        description = "IPC通信失败。",
        cause = "调用服务不存在。",
        solution = "检查服务是否启动。"
    )]
    IpcFailed,
    /// System Internal Error (34400014).
    ///
    /// C API: `CLOUD_DISK_TRY_AGAIN`.
    ///
    /// Internal error.
    #[code(
        34400014,
        title = "System Internal Error",
        message = "Temporary failure, Retry is recommended (e.g., network issues).",
        description = "Internal error.",
        cause = "Network communication is abnormal, and data fails to be written to the database.",
        solution = "Retry by the current application.",
        since = 21,
        constant = "CLOUD_DISK_TRY_AGAIN"
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        description = "内部错误。",
        cause = "网络通信异常，数据写入数据库失败。",
        solution = "由当前应用进行重试。"
    )]
    SystemInternalError,
    /// Cloud Disk Not Allowed (34400015).
    ///
    /// C API: `CLOUD_DISK_NOT_ALLOWED`.
    ///
    /// The cloud disk is not allowed on the current device.
    #[code(
        34400015,
        title = "Cloud Disk Not Allowed",
        message = "Cloud disk not allowed on this device.",
        description = "The cloud disk is not allowed on the current device.",
        cause = "The cloud disk is not allowed on the current device.",
        solution = "The third-party cloud disk application displays a dialog box, indicating that the cloud disk is not allowed on the current device.",
        since = 21,
        constant = "CLOUD_DISK_NOT_ALLOWED"
    )]
    #[translation(
        "zh-CN",
        title = "当前设备不允许使用云盘功能",
        message = "Cloud disk is not allowed on this device.",
        description = "当前设备不允许使用云盘功能。",
        cause = "当前设备不允许使用云盘功能。",
        solution = "三方云盘应用弹框提示用户“当前设备不允许使用云盘功能”。"
    )]
    CloudDiskNotAllowed,
}
