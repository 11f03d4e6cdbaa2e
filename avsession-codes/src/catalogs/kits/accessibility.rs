// Accessibility Error Codes: the catalog `AccessibilityError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Accessibility Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Accessibility",
    title = "Accessibility Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 9300000..=9399999,
    layout = "# {title}\n\n<!--Kit: Accessibility Kit-->\n<!--Subsystem: BarrierFree-->\n<!--Owner: @qiiiiiiian-->\n<!--Designer: @z7o-->\n<!--Tester: @A_qqq-->\n<!--Adviser: @w_Machine_cc-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/accessibility.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "无障碍子系统错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。"
)]
pub enum AccessibilityError {
    /// Invalid Bundle Name or Ability Name (9300001).
    ///
    /// This error code is reported when the entered bundle name or ability name is invalid.
    #[code(
        9300001,
        title = "Invalid Bundle Name or Ability Name",
        message = "Invalid bundle name or ability name.",
        description = "This error code is reported when the entered bundle name or ability name is invalid.",
        cause = "The bundle name does not exist.",
        cause = "The bundle does not contain the target ability.",
        solution = "Verify the bundle name.",
        solution = "Check whether the ability name corresponding to the bundle name is correct.",
        system_api,
        layout = "<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "输入无效的包名称或者Ability名称",
        description = "当输入的包名称或者Ability名称无效时，方法将返回该错误码。",
        cause = "该错误码表示输入无效的包名称或者Ability名称，可能原因如下：",
        cause = "包名称不存在。",
        cause = "包里面没有对应的Ability。",
        solution = "检查包名称是否正确。",
        solution = "检查包名对应的Ability是否正确。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    InvalidBundleNameOrAbilityName,
    /// Target Ability Already Enabled (9300002).
    ///
    /// This error code is reported when the target ability is already enabled.
    #[code(
        9300002,
        title = "Target Ability Already Enabled",
        message = "Target ability already enabled.",
        description = "This error code is reported when the target ability is already enabled.",
        cause = "The target ability is already enabled and cannot be enabled again.",
        solution = "Stop the target ability.",
        solution = "Re-enable the target ability.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "目标Ability已启用",
        description = "当目标Ability已启用时，方法将返回该错误码。",
        cause = "该错误码表示目标Ability已启用，可能原因是目标Ability已经启用，无法再次启用。",
        solution = "停止该目标Ability。",
        solution = "重新启用该目标Ability。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    TargetAbilityAlreadyEnabled,
    /// No Accessibility Permission to Perform the Operation (9300003).
    ///
    /// This error code is reported when an application performs an accessibility operation for which the related permission has not been granted.
    #[code(
        9300003,
        title = "No Accessibility Permission to Perform the Operation",
        message = "No accessibility permission to perform the operation.",
        description = "This error code is reported when an application performs an accessibility operation for which the related permission has not been granted.",
        cause = "The permission for performing the accessibility operation is not granted when the accessibility application is enabled.",
        solution = "Request from the user the permission for performing the accessibility operation, stating the reason for the request.",
        solution = "Have the accessibility application re-enabled and the required accessibility operation enabled.",
        layout = "## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "不具备执行该操作的无障碍权限",
        description = "当应用执行了用户在启用无障碍扩展应用时没有开启的辅助操作时，方法将返回该错误码。",
        cause = "该错误码表示应用不具备该操作的无障碍权限，可能原因是应用执行了用户在启用无障碍扩展应用时没有开启的辅助操作。",
        solution = "尝试向用户提示请求执行无障碍辅助操作的必要性，并获取用户授权。",
        solution = "重新启用无障碍扩展应用，并开启所需的辅助操作。",
        layout = "## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    NoAccessibilityPermissionToPerformOperation,
    /// Property Not Found (9300004).
    ///
    /// This error code is reported when the entered property of the accessibility node element does not exist.
    #[code(
        9300004,
        title = "Property Not Found",
        message = "This property does not exist.",
        description = "This error code is reported when the entered property of the accessibility node element does not exist.",
        cause = "The property does not exist in the accessibility node element.",
        solution = "Make sure the accessibility node element has the target property."
    )]
    #[translation(
        "zh-CN",
        title = "属性不存在",
        description = "当输入无障碍节点元素中不存在的属性时，方法将返回该错误码。",
        cause = "该错误码表示输入了无效的无障碍节点元素的属性，可能原因是无障碍节点元素中不存在该属性。",
        solution = "检查无障碍节点元素中是否存在该属性。"
    )]
    PropertyNotFound,
    /// Action Not Supported (9300005).
    ///
    /// This error code is reported when the application performs an action that is not supported by the accessibility node element.
    #[code(
        9300005,
        title = "Action Not Supported",
        message = "This action is not supported.",
        description = "This error code is reported when the application performs an action that is not supported by the accessibility node element.",
        cause = "An action that is not supported by the accessibility node element is performed.",
        solution = "Make sure the action to perform is included in the list of actions supported by the accessibility node element."
    )]
    #[translation(
        "zh-CN",
        title = "不支持该操作",
        description = "当应用执行无障碍节点元素不支持的操作时，方法将返回该错误码。",
        cause = "该错误码表示执行了无障碍节点元素不支持的操作，可能原因是无障碍节点元素不支持执行该操作。",
        solution = "确认该无障碍节点元素支持的操作列表中是否包含该操作。"
    )]
    ActionNotSupported,
    /// Failed to Connect the Target Application and Accessibility Services (9300006).
    ///
    /// This error code is reported when the connection handle between the target application and the accessibility framework does not exist.
    #[code(
        9300006,
        title = "Failed to Connect the Target Application and Accessibility Services",
        message = "The connection between the target application and accessibility services failed.",
        description = "This error code is reported when the connection handle between the target application and the accessibility framework does not exist.",
        cause = "The target application has not registered the connection with the accessibility framework service.",
        solution = "Call this method later."
    )]
    #[translation(
        "zh-CN",
        title = "目标应用和无障碍服务建立连接失败",
        description = "当目标应用和无障碍框架的连接句柄不存在时，方法将返回该错误码。",
        cause = "目标应用尚未完成向无障碍框架服务注册连接。",
        solution = "尝试延后调用此方法。"
    )]
    FailedToConnectTargetApplicationAndAccessibilityServices,
    /// Failed to Trigger Amplification (9300007).
    ///
    /// This error code is reported when the amplification feature fails to be triggered.
    #[code(
        9300007,
        title = "Failed to Trigger Amplification",
        message = "Trigger magnification failed.",
        description = "This error code is reported when the amplification feature fails to be triggered.",
        cause = "The amplification feature is not enabled.",
        cause = "The amplification mode is not configured.",
        solution = "Enable the amplification feature and configure the amplification mode."
    )]
    #[translation(
        "zh-CN",
        title = "触发放大功能失败",
        description = "当触发放大功能失败时，方法将返回该错误码。",
        cause = "未开启放大手势功能。",
        cause = "放大模式未配置。",
        solution = "先开启放大手势功能并配置放大模式。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solution}"
    )]
    FailedToTriggerAmplification,
}
