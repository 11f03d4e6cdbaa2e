// Battery Info Error Codes: the catalog `BatteryInfoError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Battery Info Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Battery Info",
    title = "Battery Info Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 5100000..=5199999,
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: PowerManager-->\n<!--Owner: @zhang-yinglie; @volcano_wang-->\n<!--Designer: @wangyantian0-->\n<!--Tester: @alien0208-->\n<!--Adviser: @fang-jinxu-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/battery_info.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "电量信息错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: PowerManager-->\n<!--Owner: @zhang-yinglie; @volcano_wang-->\n<!--Designer: @wangyantian0-->\n<!--Tester: @alien0208-->\n<!--Adviser: @fang-jinxu-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum BatteryInfoError {
    /// Service Connection Failure (5100101).
    ///
    /// This error code is reported if a service connection failure occurs.
    #[code(
        5100101,
        title = "Service Connection Failure",
        message = "Failed to connect to the service.",
        description = "This error code is reported if a service connection failure occurs.",
        cause = "The system service stops running.",
        cause = "The internal communication of system services is abnormal.",
        solution = "Check whether the system services are running properly.",
        solution = "Run the following command on the console to view the current system service list:\n\n    ```bash\n    > hdc shell hidumper -ls\n    ```",
        solution = "Check whether **BatteryService** is present on the system service list.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible causes**\n\n{causes}\n\n**Solution**\n\n{solution}\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "连接服务失败",
        description = "操作失败，连接系统服务发生异常。",
        cause = "电量信息模块依赖的 BatteryService 系统服务停止运行，导致电量信息查询等操作无法建立服务连接。",
        cause = "电量信息模块与 BatteryService 系统服务之间的服务通信发生异常，导致连接请求无法正常建立或响应。",
        solution = "按照以下步骤检查系统服务是否正常运行：",
        solution = "在控制台中输入如下命令，查看当前的系统服务列表。\n\n    ```bash\n      hdc shell hidumper -ls\n    ```",
        solution = "查看系统服务列表中是否包含 BatteryService 系统服务。",
        solution = "请尝试手动重启设备后重新执行操作。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}\n\n{solutions}\n"
    )]
    ServiceConnectionFailure,
}
