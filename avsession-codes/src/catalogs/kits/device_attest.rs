// 设备证明错误码: the catalog `DeviceAttestError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// 设备证明错误码.
///
/// 以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Device Attestation",
    title = "设备证明错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    range = 20000000..=20099999,
    layout = "# {title}\n\n> **说明：**\n>\n> {note}\n{entries}",
    lock = "locks/device_attest.lock"
)]
pub enum DeviceAttestError {
    /// 系统服务异常 (20000001).
    ///
    /// 系统服务异常，请重试或重启设备。
    #[code(
        20000001,
        title = "系统服务异常",
        message = "System service exception, please try again or reboot your device.",
        description = "系统服务异常，请重试或重启设备。",
        cause = "系统服务停止运行。",
        cause = "系统服务内部通信发生异常。",
        solution = "检查系统服务是否正常运行。",
        solution = "在控制台中输入如下命令，查看当前的系统服务列表。\n\n    ```bash\n    > hdc shell hidumper -ls\n    ```",
        solution = "查看系统服务列表中是否包含devattest_service系统服务。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}\n\n{solutions}\n"
    )]
    Code20000001,
}
