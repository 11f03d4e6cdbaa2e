// ohos.screenLockFileManager Error Codes: the catalog `OhosscreenLockFileManagerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// ohos.screenLockFileManager Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "ohos.screenLockFileManager",
    title = "ohos.screenLockFileManager Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 29300000..=29399999,
    layout = "# {title}\n\n<!--Kit: Ability Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @steven-q-->\n<!--Designer: @JiDong-CS1-->\n<!--Tester: @leiyuqian-->\n<!--Adviser: @zengyawen-->\n<!-- md-trans-meta sourceCommit=cf1e5841eb24707d08da34d1f535f8c8dd2606b5 translatedAt=2026-09-03T09:25:46.920Z pushedAt=2026-09-05T10:47:30.165Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/screen_lock_file_manager.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "锁屏敏感数据管理错误码\r",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\r\n<!--Kit: Ability Kit-->\r\n<!--Subsystem: Security-->\r\n<!--Owner: @steven-q-->\r\n<!--Designer: @JiDong-CS1-->\r\n<!--Tester: @leiyuqian-->\r\n<!--Adviser: @zengyawen-->\r\n\r\n\r\n> **说明：**\r\n>\r\n> {note}\r\n{entries}",
    section = "\r\n\r\n## {code} {title}\n\r\n**错误信息**\r\n\r\n{message}\n\r\n**可能原因**\r\n\r\n{causes:tight}\n\r\n**处理步骤**\r\n\r\n{solutions}\n"
)]
pub enum OhosscreenLockFileManagerError {
    /// Invalid Parameter (29300001).
    ///
    /// This error code is returned when the incoming **dataType** fails verification.
    #[code(
        29300001,
        title = "Invalid Parameter",
        message = "Invalid DataType.",
        description = "This error code is returned when the incoming **dataType** fails verification.",
        cause = "An error occurs during parameter verification. Specifically, **dataType** is not **MEDIA_DATA** or **ALL_DATA**.",
        solution = "Correct invalid parameter values.",
        system_api,
        layout = "<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "入参错误\r",
        message = "Invalid DataType.\r",
        cause = "该错误码表示参数校验出现错误，传入的dataType不为MEDIA_DATA或ALL_DATA。\r",
        solution = "检查入参，修正参数值为合法值。\r",
        layout = "<!--Del-->\r\n## {code} {title}\n\r\n**错误信息**\r\n\r\n{message}\n\r\n**可能原因**\r\n\r\n{causes}\n\r\n**处理步骤**\r\n\r\n{solutions}\n<!--DelEnd-->\r\n"
    )]
    InvalidParameter,
    /// System Service Abnormal (29300002).
    ///
    /// This error code is returned when the system ability service works abnormally.
    #[code(
        29300002,
        title = "System Service Abnormal",
        message = "The system ability works abnormally.",
        description = "This error code is returned when the system ability service works abnormally.",
        cause = "System services are not working properly. The possible causes are as follows:",
        cause = "Sensitive data access management on the lock screen is not started properly.",
        cause = "The read or write of IPC data fails.",
        solution = "System services do not work properly. Try again later or restart the device.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统服务工作异常\r",
        message = "The system ability works abnormally.\r",
        cause = "该错误码表示系统服务工作异常。\r",
        cause = "锁屏敏感数据管理服务无法正常启动。\r",
        cause = "IPC数据读取写入失败。\r",
        solution = "系统服务内部工作异常，请稍后重试，或者重启设备。\r",
        layout = "\r\n## {code} {title}\n\r\n**错误信息**\r\n\r\n{message}\n\r\n**可能原因**\r\n\r\n{cause}\n{causes:tight}\n\r\n**处理步骤**\r\n\r\n{solutions}\n"
    )]
    SystemServiceAbnormal,
    /// Sensitive Data Access Management Under Lock Screen Is Not Enabled (29300003).
    ///
    /// This error code is returned when the application has not enabled the data protection function under lock screen.
    #[code(
        29300003,
        title = "Sensitive Data Access Management Under Lock Screen Is Not Enabled",
        message = "The application has not enabled the data protection function under lock screen.",
        description = "This error code is returned when the application has not enabled the data protection function under lock screen.",
        cause = "The ohos.permission.PROTECT_SCREEN_LOCK_DATA permission is not configured through [requestpermissions](../../security/AccessToken/declare-permissions.md#declaring-permissions-in-the-configuration-file) to enable sensitive data access management on the lock screen.",
        cause = "The device does not support sensitive data access management on the lock screen.",
        solution = "Configure the ohos.permission.PROTECT_SCREEN_LOCK_DATA permission through [requestpermissions](../../security/AccessToken/declare-permissions.md#declaring-permissions-in-the-configuration-file) to enable sensitive data access management on the lock screen."
    )]
    #[translation(
        "zh-CN",
        title = "应用未开启锁屏敏感数据保护功能\r",
        message = "The application has not enabled the data protection function under lock screen.\r",
        cause = "应用未在[requestpermissions](../../security/AccessToken/declare-permissions.md#在配置文件中声明权限)配置权限ohos.permission.PROTECT_SCREEN_LOCK_DATA开启应用锁屏敏感数据保护功能。\r",
        cause = "当前硬件不支持锁屏敏感数据保护功能。\r",
        solution = "在[requestpermissions](../../security/AccessToken/declare-permissions.md#在配置文件中声明权限)中配置权限ohos.permission.PROTECT_SCREEN_LOCK_DATA开启应用锁屏敏感数据保护功能。\r"
    )]
    SensitiveDataAccessManagementUnderLockScreenIsNotEnabled,
    /// Permission to Access Sensitive Data on the Lock Screen Has Been Revoked (29300004).
    ///
    /// File access is denied. This error code is returned when the permission to access sensitive data on the lock screen has been released.
    #[code(
        29300004,
        title = "Permission to Access Sensitive Data on the Lock Screen Has Been Revoked",
        message = "The file access is denied due to security strategy.",
        description = "File access is denied. This error code is returned when the permission to access sensitive data on the lock screen has been released.",
        cause = "The permission to access sensitive data on the lock screen has been revoked.",
        solution = "Sensitive data cannot be accessed under the lock screen. To continue using it, guide the user to unlock the screen again. Normal access is restored after the unlock is complete."
    )]
    #[translation(
        "zh-CN",
        title = "锁屏敏感数据访问权限已释放\r",
        message = "The file access is denied due to security strategy.\r",
        cause = "锁屏敏感数据访问权限已释放。\r",
        solution = "锁屏下无法访问敏感数据。如需继续使用，请引导用户重新解锁屏幕，待解锁完成后可恢复正常访问。\r"
    )]
    PermissionToAccessSensitiveDataOnLockScreenHasBeenRevoked,
    /// Permission to Access Sensitive Data on the Lock Screen Is Not Requested (29300005).
    ///
    /// This error code is returned when the permission to access sensitive data on the lock screen is not requested.
    #[code(
        29300005,
        title = "Permission to Access Sensitive Data on the Lock Screen Is Not Requested",
        message = "File access is not acquired.",
        description = "This error code is returned when the permission to access sensitive data on the lock screen is not requested.",
        cause = "The permission to access sensitive data on the lock screen is not requested.",
        solution = "Ensure that the permission to access sensitive data on the lock screen is requested before calling the API to revoke the permission.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "未申请锁屏敏感数据访问权限\r",
        message = "File access is not acquired.\r",
        cause = "该错误码表示释放前，未申请锁屏敏感数据访问权限。\r",
        solution = "检查当前接口是否有配套使用，请在释放前先申请锁屏敏感数据访问权限。",
        layout = "\r\n\r\n## {code} {title}\n\r\n**错误信息**\r\n\r\n{message}\n\r\n**可能原因**\r\n\r\n{causes}\n\r\n**处理步骤**\r\n\r\n{solution}"
    )]
    PermissionToAccessSensitiveDataOnLockScreenIsNotRequested,
}
