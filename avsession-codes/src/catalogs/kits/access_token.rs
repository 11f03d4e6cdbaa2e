// Access Control Error Codes: the catalog `AccessControlError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Access Control Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Access Control",
    title = "Access Control Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 12100000..=12199999,
    layout = "# {title}\n\n<!--Kit: Ability Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @xia-bubai-->\n<!--Designer: @linshuqing; @hehehe-li-->\n<!--Tester: @leiyuqian-->\n<!--Adviser: @zengyawen-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/access_token.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "访问控制错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Ability Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @xia-bubai-->\n<!--Designer: @linshuqing; @hehehe-li-->\n<!--Tester: @leiyuqian-->\n<!--Adviser: @zengyawen-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum AccessControlError {
    /// Invalid Parameters (12100001).
    ///
    /// The input parameter is incorrect.
    #[code(
        12100001,
        title = "Invalid Parameters",
        message = "Invalid Parameter. Error message: messageInfo.",
        description = "The input parameter is incorrect.",
        cause = "The value of **tokenId** is **0**.",
        cause = "The permission name is empty or exceeds 256 characters.",
        cause = "The **flag** value in the permission authorization or revocation request is invalid.",
        cause = "The parameters specified for registering a listener are incorrect.",
        cause = "The specified context does not belong to the current application.",
        cause = "The requested permissions do not belong to the same permission group.",
        cause = "The requested permissions include permissions that are not declared by the application.",
        cause = "The type of the requested global switch is invalid.",
        cause = "The specified permission is not [a user_grant permission](../../security/AccessToken/permissions-for-all-user.md).",
        cause = "The number of array members exceeds 1024 or all members are invalid.",
        cause = "The start time and end time of the permission usage record to be viewed are invalid.",
        cause = "The specified permission is not declared in the application.",
        solution = "Check that the input parameters are set to valid values by referring to the [API parameters](js-apis-abilityAccessCtrl.md)."
    )]
    #[translation(
        "zh-CN",
        title = "入参错误",
        description = "当入参错误时，将返回该错误码。",
        cause = "tokenId值为0。",
        cause = "指定的权限名为空或者权限名长度大于256。",
        cause = "请求授权/撤销权限的flag取值非法。",
        cause = "注册监听的参数检查错误。",
        cause = "指定的Context不属于当前应用。",
        cause = "请求的权限不属于同一个权限组。",
        cause = "请求的权限中存在应用未声明的权限。",
        cause = "请求的全局开关类型非法。",
        cause = "指定的权限名不是[user_grant权限](../../security/AccessToken/permissions-for-all-user.md)。",
        cause = "指定的数组成员个数超过1024或成员均为无效值。",
        cause = "请求查看权限使用记录的起始结束时间不合法。",
        cause = "指定的权限名未在应用中声明。",
        solution = "检查入参，修正参数值为有效值，有效值请参考各[接口参数说明](js-apis-abilityAccessCtrl.md)。"
    )]
    InvalidParameters,
    /// TokenId Not Exist (12100002).
    ///
    /// The specified token ID does not meet the requirements.
    #[code(
        12100002,
        title = "TokenId Not Exist",
        message = "TokenId does not exist.",
        description = "The specified token ID does not meet the requirements.",
        cause = "The specified **tokenId** does not exist.",
        cause = "The process of the specified **tokenId** is not an application process.",
        solution = "Check the input parameter and confirm that the **tokenId** is the identity of the target application.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "tokenId不存在",
        description = "当指定的tokenId不符合条件时，将返回该错误码。",
        cause = "指定的tokenId不存在。",
        cause = "指定的tokenId对应的进程非应用进程。",
        solution = "检查入参，确认tokenId值是否为目标应用的身份标识。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    TokenIdNotExist,
    /// Permission Not Exist (12100003).
    ///
    /// The specified permission name does not meet requirements.
    #[code(
        12100003,
        title = "Permission Not Exist",
        message = "Permission does not exist.",
        description = "The specified permission name does not meet requirements.",
        cause = "The specified permission does not exist in the system, including the permission is not defined or the permission type does not match.",
        cause = "The specified permission name does not match the **tokenId** in the permission authorization or revocation scenario.",
        cause = "The specified permission name is not a sensitive permission that requires user authorization.",
        solution = "Check and correct input parameters. For details about the valid values, see [Permission List](../../security/AccessToken/app-permissions.md).",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "权限名不存在",
        description = "当指定的权限名不符合条件时，将返回该错误码。",
        cause = "系统中不存在指定的权限，包括权限未定义、权限类型不匹配。",
        cause = "请求授权/撤销权限场景下，指定的应用tokenId未申请过指定的权限名。",
        cause = "权限使用记录场景下，指定的权限名非用户授权的敏感权限。",
        solution = "检查入参，修正参数值为有效值，有效值请参考[权限列表](../../security/AccessToken/app-permissions.md)。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    PermissionNotExist,
    /// Listener APIs Not Used in Pairs (12100004).
    ///
    /// The API is not used in pair with its counterpart.
    #[code(
        12100004,
        title = "Listener APIs Not Used in Pairs",
        message = "The API is not used in pair with others.",
        description = "The API is not used in pair with its counterpart.",
        cause = "One of the listener APIs that must be used in pairs is repeatedly called.",
        cause = "One of the listener APIs that must be used in pairs is independently called.",
        solution = "For the APIs that must be used in pairs, for example, **on()** and **off()**, check whether **on()** with the same parameters is called again before **off()** is called.",
        solution = "For the APIs that must be used in pairs, for example, **on()** and **off()**, check whether **off()** is called before **on()**."
    )]
    #[translation(
        "zh-CN",
        title = "接口未配套使用",
        description = "当接口未配套使用时，将返回该错误码。",
        cause = "当前接口在未配套使用的情况下，重复调用。",
        cause = "当前接口在未配套使用的情况下，单独调用。",
        solution = "检查当前接口是否有配套使用，如调用启动记录的接口后，在未调用停止记录的接口前，不可再次使用相同的入参调用启动记录接口。",
        solution = "检查当前接口是否有配套使用，如停止记录的接口需要在启动记录的接口调用之后方可调用，注销监听接口需要在注册监听接口调用之后方可调用。"
    )]
    ListenerAPIsNotUsedInPairs,
    /// Listener Overflows (12100005).
    ///
    /// The number of listeners exceeds the upper limit.
    #[code(
        12100005,
        title = "Listener Overflows",
        message = "The number of listeners exceeds the limit.",
        description = "The number of listeners exceeds the upper limit.",
        cause = "The number of listeners exceeds 200.",
        solution = "Release unused listeners in a timely manner.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "监听器数量超过限制",
        description = "当监听器数量超过限制时，将返回该错误码。",
        cause = "该错误码表示当前监听器数量超过限制200个。",
        solution = "及时释放已注册的无用的监听器。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    ListenerOverflows,
    /// Permission Granting or Revocation Not Supported (12100006).
    ///
    /// The specified application cannot be granted or revoked the specified permission.
    #[code(
        12100006,
        title = "Permission Granting or Revocation Not Supported",
        message = "The specified application does not support the permissions granted or ungranted as specified.",
        description = "The specified application cannot be granted or revoked the specified permission.",
        cause = "The specified **tokenId** is the identity of a remote device. Distributed granting and revocation are not yet supported.",
        cause = "The specified **tokenId** belongs to a sandbox application, which is not allowed to request the specified permission.",
        solution = "Check whether the method of obtaining the **tokenId** is correct.",
        solution = "Check whether the sandbox application works in restrictive mode. Most permissions cannot be granted to a sandbox application in restrictive mode.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的应用不支持被授予或被取消授予指定的权限",
        description = "当指定的应用不支持被授予或被取消授予指定的权限时，将返回该错误码。",
        cause = "输入的tokenId是远端设备的身份标识，尚未支持分布式授权和取消授权。",
        cause = "入参指定的tokenId为沙箱应用，被禁止申请指定的权限。",
        solution = "请确认tokenId的获取方式是否正确。",
        solution = "确认待授权的沙箱应用是否为特殊的受限沙箱应用进程，部分模式下的沙箱应用被禁止授予大部分权限。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    PermissionGrantingOrRevocationNotSupported,
    /// System Service Not Working Properly (12100007).
    ///
    /// The system service is abnormal.
    #[code(
        12100007,
        title = "System Service Not Working Properly",
        message = "The service is abnormal.",
        description = "The system service is abnormal.",
        cause = "The permission management service cannot start properly.",
        cause = "The read or write of IPC data fails.",
        solution = "Try again later or restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "系统服务工作异常",
        description = "当系统服务工作异常时，将返回该错误码。",
        cause = "权限管理服务无法正常启动。",
        cause = "IPC数据读取写入失败。",
        solution = "系统服务内部工作异常，请稍后重试，或者重启设备。"
    )]
    SystemServiceNotWorkingProperly,
    /// Out of Memory (12100008).
    ///
    /// The memory allocation fails.
    #[code(
        12100008,
        title = "Out of Memory",
        message = "Out of memory.",
        description = "The memory allocation fails.",
        cause = "The system memory is insufficient.",
        solution = "Try again later or restart the device.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "内存申请失败",
        description = "当内存申请失败时，将返回该错误码。",
        cause = "系统内存不足。",
        solution = "系统内存不足，请稍后重试，或者重启设备。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    OutOfMemory,
    /// Internal Service Error (12100009).
    ///
    /// An internal service error occurs.
    #[code(
        12100009,
        title = "Internal Service Error",
        message = "Common inner error.",
        description = "An internal service error occurs.",
        cause = "An internal error occurs in the system service.",
        solution = "Analyze the fault log to identify the error."
    )]
    #[translation(
        "zh-CN",
        title = "服务内部错误",
        description = "当服务内部发生错误或权限弹框发生错误时，将返回该错误码。",
        cause = "内部错误\n   - 系统服务内部异常或数据库错误。",
        cause = "权限弹框错误\n   - 应用处于后台，无法正常拉起弹框。\n   - 拉起弹框后未及时处理，弹框进程因应用退出而被系统回收，例如用户在多任务界面清理应用进程。",
        solution = "内部错误\n   - 建议收集故障日志，联系系统维护人员或等待系统修复。",
        solution = "权限弹框错误\n   - 确认应用处于前台状态后再发起弹框请求。\n   - 确认弹框已被及时处理，若弹框进程因应用退出而被系统回收则无需额外操作。"
    )]
    InternalServiceError,
    /// Pending Request (12100010).
    ///
    /// An unprocessed request exists.
    #[code(
        12100010,
        title = "Pending Request",
        message = "The request already exists.",
        description = "An unprocessed request exists.",
        cause = "The last request has not been processed yet.",
        solution = "Wait until the last request is processed."
    )]
    #[translation(
        "zh-CN",
        title = "存在未被处理的请求",
        description = "当存在未被处理的请求时，将返回该错误码。",
        cause = "上一次请求未被处理。",
        solution = "请处理完上次请求。"
    )]
    PendingRequest,
    /// All Requested Permissions Granted (12100011).
    ///
    /// All input permissions have been granted.
    #[code(
        12100011,
        title = "All Requested Permissions Granted",
        message = "All permissions in the permission list have been granted.",
        description = "All input permissions have been granted.",
        cause = "All requested permissions have been granted.",
        solution = "No action is required. If this error code is returned, the permission has been granted and the permission settings dialog box will not be displayed.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "输入的所有权限均已被授权",
        description = "当输入的所有权限均已被授权时，将返回该错误码。",
        cause = "所有权限均已被授权。",
        solution = "无需处理，返回此错误码表示申请权限已被授权，不会拉起权限设置弹框。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    AllRequestedPermissionsGranted,
    /// Not All Permissions Are Rejected by the User (12100012).
    ///
    /// Some input permissions have not been denied by the user.
    #[code(
        12100012,
        title = "Not All Permissions Are Rejected by the User",
        message = "The permission list contains the permission that has not been revoked by the user.",
        description = "Some input permissions have not been denied by the user.",
        cause = "The requested permissions include the permissions that are not rejected by the user.",
        solution = "Call **requestPermissionsFromUser** to request permissions from the user first."
    )]
    #[translation(
        "zh-CN",
        title = "输入的权限中存在未被用户拒绝过的权限",
        description = "当输入的权限中存在未被用户拒绝过的权限时，将返回该错误码。",
        cause = "存在未被用户拒绝过的权限。",
        solution = "请先调用requestPermissionsFromUser向用户申请权限。"
    )]
    NotAllPermissionsAreRejectedByUser,
    /// Global Switch Enabled (12100013).
    ///
    /// The global switch is enabled.
    #[code(
        12100013,
        title = "Global Switch Enabled",
        message = "The specific global switch is already open.",
        description = "The global switch is enabled.",
        cause = "The global switch is already turned on.",
        solution = "No action is required. If this error code is returned, the global switch has been enabled and the dialog box for setting the global switch will not be displayed."
    )]
    #[translation(
        "zh-CN",
        title = "全局开关已开启",
        description = "当全局开关已开启时，将返回该错误码。",
        cause = "全局开关已开启。",
        solution = "无需处理，返回此错误码表示全局开关已开启，不会拉起全局开关设置弹框。"
    )]
    GlobalSwitchEnabled,
    /// Unexpected Permission (12100014).
    ///
    /// The input permission does not meet the requirements.
    #[code(
        12100014,
        title = "Unexpected Permission",
        message = "Unexpected permission.",
        description = "The input permission does not meet the requirements.",
        cause = "When the [permission setting dialog box is displayed again](js-apis-abilityAccessCtrl.md#requestpermissiononsetting12), the permission of the manual_settings authorization mode is passed.",
        cause = "During authorization or authorization cancellation, the permission of the non-user_grant or manual_settings authorization mode is passed.",
        cause = "When the [permission setting dialog box is displayed again](js-apis-abilityAccessCtrl.md#openpermissiononsetting22), the permission of the non-manual_settings authorization mode is passed.",
        solution = "Check whether the input permission meets the requirements."
    )]
    UnexpectedPermission,
}
