// Error Codes of the Converged Short-Range Service Subsystem: the catalog `ErrorCodesOfConvergedShortRangeServiceSubsystemError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Error Codes of the Converged Short-Range Service Subsystem.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Error Codes of the Converged Short-Range Service Subsystem",
    title = "Error Codes of the Converged Short-Range Service Subsystem",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 34900000..=34999999,
    layout = "# {title}\n\n<!--Kit: Connectivity Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @enjoy_sunshine-->\n<!--Designer: @chengguohong; @tangjia15-->\n<!--Tester: @wangfeng517-->\n<!--Adviser: @zhang_yixin13-->\n<!-- md-trans-meta sourceCommit=df2388ac9ece670e2be6918a776640e250f776ef translatedAt=2026-06-25T02:36:45.730Z pushedAt=2026-06-25T06:57:19.560Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/fusion_connectivity.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "融合短距服务子系统错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Connectivity Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @enjoy_sunshine-->\n<!--Designer: @chengguohong; @tangjia15-->\n<!--Tester: @wangfeng517-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum ErrorCodesOfConvergedShortRangeServiceSubsystemError {
    /// Device Not Registered (34900001).
    ///
    /// The device is not registered.
    #[code(
        34900001,
        title = "Device Not Registered",
        message = "The device is not bound.",
        description = "The device is not registered.",
        cause = "The application does not call [bindDevice](js-apis-fusionConnectivity-partnerAgent.md#partneragentbinddevice) to register the device.",
        solution = "Call [bindDevice](js-apis-fusionConnectivity-partnerAgent.md#partneragentbinddevice) to register the device."
    )]
    #[translation(
        "zh-CN",
        title = "设备未注册",
        description = "该设备未注册。",
        cause = "应用未调用[bindDevice](js-apis-fusionConnectivity-partnerAgent.md#partneragentbinddevice)注册设备。",
        solution = "应用调用[bindDevice](js-apis-fusionConnectivity-partnerAgent.md#partneragentbinddevice)注册设备。"
    )]
    DeviceNotRegistered,
    /// Device Not Paired (34900003).
    ///
    /// The device is not paired.
    #[code(
        34900003,
        title = "Device Not Paired",
        message = "The device is not paired.",
        description = "The device is not paired.",
        cause = "The device registered by the application is not paired via Bluetooth.",
        solution = "Perform the Bluetooth pairing process."
    )]
    #[translation(
        "zh-CN",
        title = "设备未配对",
        description = "设备未配对。",
        cause = "应用注册的设备未经过蓝牙配对。",
        solution = "执行设备蓝牙配对流程。"
    )]
    DeviceNotPaired,
    /// Device Address Registered (34900004).
    ///
    /// The device address has been registered with [PartnerAgentExtensionAbility](js-apis-fusionConnectivity-partnerAgentExtensionAbility.md).
    #[code(
        34900004,
        title = "Device Address Registered",
        message = "The device address has already been bound with PartnerAgentExtensionAbility.",
        description = "The device address has been registered with [PartnerAgentExtensionAbility](js-apis-fusionConnectivity-partnerAgentExtensionAbility.md).",
        cause = "The application registers the same address again.",
        solution = "Call [unbindDevice](js-apis-fusionConnectivity-partnerAgent.md#partneragentunbinddevice) to deregister the current device and then registers the new ability of [bindDevice](js-apis-fusionConnectivity-partnerAgent.md#partneragentbinddevice)."
    )]
    #[translation(
        "zh-CN",
        title = "设备地址已被注册",
        description = "该设备地址已经注册过[PartnerAgentExtensionAbility](js-apis-fusionConnectivity-partnerAgentExtensionAbility.md)。",
        cause = "应用重复注册一个地址。",
        solution = "应用调用[unbindDevice](js-apis-fusionConnectivity-partnerAgent.md#partneragentunbinddevice)解注册当前设备，再重新注册[bindDevice](js-apis-fusionConnectivity-partnerAgent.md#partneragentbinddevice)新的Ability。"
    )]
    DeviceAddressRegistered,
    /// Bluetooth Disabled (34900005).
    ///
    /// Bluetooth is disabled.
    #[code(
        34900005,
        title = "Bluetooth Disabled",
        message = "Bluetooth disabled.",
        description = "Bluetooth is disabled.",
        cause = "Bluetooth is disabled.",
        solution = "Enable Bluetooth."
    )]
    #[translation(
        "zh-CN",
        title = "蓝牙关闭",
        description = "蓝牙关闭。",
        cause = "蓝牙处于关闭状态。",
        solution = "打开蓝牙。"
    )]
    BluetoothDisabled,
    /// Operation Failed (34900099).
    ///
    /// The operation fails.
    #[code(
        34900099,
        title = "Operation Failed",
        message = "Operation failed.",
        description = "The operation fails.",
        cause = "The current operation fails due to system reasons.",
        solution = "Retry the operation.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "操作失败",
        description = "操作失败。",
        cause = "因系统原因导致当前操作失败。",
        solution = "请重试该操作。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    OperationFailed,
}
