// Account Management Error Codes: the catalog `AccountManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Account Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Account Management",
    title = "Account Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Account-->\n<!--Owner: @steven-q-->\n<!--Designer: @JiDong-CS1-->\n<!--Tester: @zhaimengchao-->\n<!--Adviser: @zengyawen-->\n\n> **NOTE**\n>\n> {note}\n\nThe following includes the error codes for system accounts, distributed accounts, and application accounts.\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n \n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/account.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "账号管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n> **说明：**\n>\n> {note}\n\n以下错误码包括系统账号、分布式账号和应用账号错误码。\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes:plain}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum AccountManagementError {
    /// System Service Abnormal (12300001).
    ///
    /// C API: `OS_ACCOUNT_ERR_INTERNAL_ERROR`.
    #[code(
        12300001,
        title = "System Service Abnormal",
        message = "The system service works abnormally.",
        cause = "The account management service cannot start properly.",
        cause = "The IPC object for account management cannot be obtained.",
        cause = "The services on which the account management depends cannot start properly, or the IPC object on which the account management depends cannot be obtained.",
        cause = "The service is not initialized.",
        cause = "The disk space is insufficient.",
        cause = "The file read or write fails.",
        cause = "Directories cannot be created.",
        cause = "Files cannot be created or deleted.",
        cause = "The database cannot be read or written.",
        solution = "Try again later or restart the device.",
        since = 12,
        constant = "OS_ACCOUNT_ERR_INTERNAL_ERROR",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n \n1. {cause}\n2. {cause}\n3. {cause}\n4. {cause}\n5. {cause}\n6. {cause}\n7. {cause} \n8. {cause}\n9. {cause}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统服务异常",
        cause = "该错误码表示系统服务异常，可能原因如下：",
        cause = "账号管理服务无法正常启动。",
        cause = "账号管理的IPC对象无法获取。",
        cause = "账号管理依赖的其他服务无法正常启动或者IPC对象无法获取。",
        cause = "服务未初始化。",
        cause = "磁盘空间不足。",
        cause = "读写文件异常。",
        cause = "创建目录异常。",
        cause = "创建删除文件异常。",
        cause = "读写数据库异常。",
        solution = "请稍后重试，或重启设备。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SystemServiceAbnormal,
    /// Invalid Parameter (12300002).
    ///
    /// C API: `OS_ACCOUNT_ERR_INVALID_PARAMETER`.
    #[code(
        12300002,
        title = "Invalid Parameter",
        message = "Invalid parameter.",
        cause = "The user name is empty.",
        cause = "The user name of the system account exceeds 1024 characters.",
        cause = "The user name of the distributed account exceeds 256 characters.",
        cause = "The system account ID is less than 0 or 100, or greater than 1099.",
        cause = "The distributed account ID exceeds 512 characters.",
        cause = "The event type passed in for the distributed account is not supported.",
        cause = "The domain name is empty.",
        cause = "The domain name exceeds 128 characters.",
        cause = "The domain account is empty.",
        cause = "The domain account name exceeds 512 characters.",
        cause = "The constraint is empty.",
        cause = "The constraint exceeds 128 characters.",
        cause = "Invalid authentication or query parameters are passed in.",
        cause = "The profile photo string of the system account exceeds 4 KB.",
        cause = "The profile photo string of the distributed account exceeds 2 MB.",
        cause = "The images are not in .jpg or .png format.",
        cause = "The application account name exceeds 512 characters.",
        cause = "The authentication type exceeds 1024 characters.",
        cause = "The token exceeds 1024 characters.",
        cause = "The key exceeds 1024 characters.",
        cause = "The custom data exceeds 1024 characters.",
        cause = "The token is invalid.",
        cause = "The context ID is invalid.",
        cause = "The credential ID is invalid.",
        solution = "Set parameters correctly.",
        since = 12,
        constant = "OS_ACCOUNT_ERR_INVALID_PARAMETER"
    )]
    #[translation(
        "zh-CN",
        title = "无效参数",
        cause = "该错误码表示传入无效的参数，可能原因如下：",
        cause = "用户名为空。",
        cause = "系统账号用户名长度大于1024。",
        cause = "分布式账号用户名长度大于256。",
        cause = "系统账号id小于0、小于100或大于1099。",
        cause = "分布式账号id长度大于512。",
        cause = "分布式账号传入不支持的事件类型。",
        cause = "域名为空。",
        cause = "域名长度大于128。",
        cause = "域账号为空。",
        cause = "域账号长度大于512。",
        cause = "约束为空。",
        cause = "约束长度大于128。",
        cause = "传入无效的认证和查询参数。",
        cause = "提供的系统账号头像编码字符串长度超过4KB。",
        cause = "提供的分布式账号头像编码字符串长度超过2MB。",
        cause = "提供非jpg和png的图片。",
        cause = "应用账号名长度超过512。",
        cause = "鉴权类型长度超过1024。",
        cause = "令牌长度超过1024。",
        cause = "键名长度超过1024。",
        cause = "自定义数据值长度超过1024。",
        cause = "无效的令牌。",
        cause = "无效的上下文标识。",
        cause = "无效的凭据标识。",
        solution = "请传入正确的参数。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidParameter,
    /// Account Not Exist (12300003).
    #[code(
        12300003,
        title = "Account Not Exist",
        message = "The account does not exist.",
        cause = "The account to query, activate, or delete is not created.",
        cause = "The account to query, activate, or delete has been deleted.",
        cause = "The constraint, user name, or profile photo is set for an account that has been deleted.",
        cause = "The account to update is not created.",
        cause = "The access permission is to be set for an account that does not exist.",
        cause = "The password is to be set, deleted, or queried for an account that does not exist.",
        cause = "The token is to be set or deleted for an account that does not exist.",
        cause = "Additional information is to be set for an account that does not exist.",
        cause = "Credentials are to be set or deleted for an account that does not exist.",
        cause = "Custom data is to be set for an account that does not exist.",
        cause = "Distributed synchronization is to be enabled for an account that does not exist.",
        solution = "Check whether the account exists."
    )]
    #[translation(
        "zh-CN",
        title = "账号不存在",
        cause = "该错误码表示操作的账号不存在，可能原因如下：",
        cause = "查询/激活/删除未创建的账号。",
        cause = "查询/激活/删除已删除的账号。",
        cause = "为已删除的账号设置约束/用户名/头像。",
        cause = "更新未创建的账号。",
        cause = "为不存在的账号设置/取消账号信息访问授权。",
        cause = "为不存在的账号设置/删除/查询密码。",
        cause = "为不存在的账号设置/删除令牌。",
        cause = "为不存在的账号设置额外信息。",
        cause = "为不存在的账号设置/删除凭据。",
        cause = "为不存在的账号设置自定义数据。",
        cause = "为不存在的账号使能分布式同步功能。",
        solution = "请检查账号是否存在。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    AccountNotExist,
    /// Account Already Exists (12300004).
    #[code(
        12300004,
        title = "Account Already Exists",
        message = "The account already exists.",
        cause = "The account to create already exists.",
        solution = "Rename the account."
    )]
    #[translation(
        "zh-CN",
        title = "账号已存在",
        cause = "该错误码表示账号已存在，可能原因如下：\n创建已存在的账号。",
        solution = "请取消创建，或使用其他账号名重试。"
    )]
    AccountAlreadyExists,
    /// Multiple Users Not Supported (12300005).
    #[code(
        12300005,
        title = "Multiple Users Not Supported",
        message = "Multi-user is not supported.",
        cause = "The device does not support multiple users.",
        solution = "Cancel the operation."
    )]
    #[translation(
        "zh-CN",
        title = "不支持多用户",
        cause = "该错误码表示不支持多用户，可能原因如下：\n当前设备不支持多用户，无法创建账号。",
        solution = "无法创建其他账号，请取消创建。"
    )]
    MultipleUsersNotSupported,
    /// Unsupported Account Type (12300006).
    #[code(
        12300006,
        title = "Unsupported Account Type",
        message = "The account type is not supported.",
        cause = "The device does not support the account type.",
        solution = "Create an account of the type supported by the device.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "不支持的账号类型",
        cause = "该错误码表示提供了不支持的账号类型，可能原因如下：当前设备不支持创建指定类型的账号。",
        solution = "请创建其他类型的账号。"
    )]
    UnsupportedAccountType,
    /// Account Count Reached the Limit (12300007).
    #[code(
        12300007,
        title = "Account Count Reached the Limit",
        message = "The number of accounts has reached the upper limit.",
        cause = "The number of system accounts or application accounts has reached 1000.",
        solution = "Delete the accounts that are no longer used, and try again.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "账号数量已达上限",
        cause = "该错误码表示账号数量已达上限，可能原因如下：创建系统账号/应用账号时，已存在1000个账号。",
        solution = "请删除其他账号后再创建。"
    )]
    AccountCountReachedLimit,
    /// Restricted Account (12300008).
    #[code(
        12300008,
        title = "Restricted Account",
        message = "The specified account is restricted.",
        cause = "The account to delete is a reserved account of the system.",
        cause = "The constraint source type to query belongs to a reserved account.",
        cause = "The ID of the account to create is 0 to 100.",
        solution = "Operations cannot be performed on the reserved account of the system."
    )]
    #[translation(
        "zh-CN",
        title = "受限的账号",
        cause = "该错误码表示操作的是受限账号，可能原因如下：",
        cause = "删除系统保留用户。",
        cause = "查询系统保留用户的约束源类型。",
        cause = "创建id为0-100的账号。",
        solution = "指定id为系统保留用户，无法操作。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    RestrictedAccount,
    /// Account Already Activated (12300009).
    #[code(
        12300009,
        title = "Account Already Activated",
        message = "The account has been activated.",
        cause = "The account to activate is already activated.",
        solution = "No further action is required."
    )]
    #[translation(
        "zh-CN",
        title = "账号已激活",
        cause = "该错误码表示账号已激活，可能原因如下：\n激活已激活的账号。",
        solution = "当前账号已激活，请勿重复操作。"
    )]
    AccountAlreadyActivated,
    /// Account Service Not Respond (12300010).
    #[code(
        12300010,
        title = "Account Service Not Respond",
        message = "The account service does not respond.",
        cause = "Repeated requests, such as the requests for activating an account or applying the same settings, are submitted in a short period of time.",
        cause = "When the number of authentication sessions for application accounts reaches 256, new authentication requests cannot be processed.",
        solution = "Wait for a while and try again."
    )]
    #[translation(
        "zh-CN",
        title = "账号服务忙碌",
        message = "The account service is busy.",
        cause = "该错误码表示账号服务忙，可能原因如下：",
        cause = "短时间内提交重复请求，如重复激活、重复设置等。",
        cause = "应用账号的认证会话数量超过256，无法处理新的认证请求。",
        solution = "请等待一段时间后重试，并降低调用频率。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    AccountServiceNotRespond,
    /// Event Listener Already Registered (12300011).
    #[code(
        12300011,
        title = "Event Listener Already Registered",
        message = "The event listener has been registered.",
        cause = "The listener to register has been registered with the system already.",
        solution = "Cancel the operation or register an unregistered listener."
    )]
    #[translation(
        "zh-CN",
        title = "事件监听器已注册",
        cause = "该错误码表示监听器已注册，可能原因如下：\n当前应用向系统注册一个已经注册过的监听器，无法重复注册。",
        solution = "请取消注册，或使用未注册过的监听器重新注册。"
    )]
    EventListenerAlreadyRegistered,
    /// Event Listener Not Registered (12300012).
    #[code(
        12300012,
        title = "Event Listener Not Registered",
        message = "The event listener has not been registered.",
        cause = "The event listener to unregister has not been registered.",
        solution = "Only registered event listeners can be unregistered."
    )]
    #[translation(
        "zh-CN",
        title = "事件监听器未注册",
        cause = "该错误码表示监听器未注册，可能原因如下：\n解注册一个未注册过的监听器。",
        solution = "请使用已注册的监听器执行解注册操作。"
    )]
    EventListenerNotRegistered,
    /// Network Exception (12300013).
    #[code(
        12300013,
        title = "Network Exception",
        message = "Network exception.",
        cause = "Not connected to the Internet.",
        cause = "The network connection is abnormal.",
        cause = "The application does not have the network access permission.",
        cause = "Unidentified network error.",
        solution = "Connects to a network.",
        solution = "Check that the network connection is normal.",
        solution = "Check that the application has the network access permission.",
        solution = "Perform related operations again."
    )]
    #[translation(
        "zh-CN",
        title = "网络异常",
        cause = "该错误码表示网络异常，可能原因如下：",
        cause = "未连接网络。",
        cause = "联网异常。",
        cause = "应用无联网权限。",
        cause = "未知的网络错误。",
        solution = "连接网络。",
        solution = "确保网络可以正常联网。",
        solution = "确保应用具有联网权限。",
        solution = "重试相关操作。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    NetworkException,
    /// Domain Account Not Authenticated (12300014).
    #[code(
        12300014,
        title = "Domain Account Not Authenticated",
        message = "The domain account is not authenticated.",
        cause = "The domain account has not logged in.",
        solution = "Log in using the domain account.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "域账号未认证",
        cause = "域账号未登录。",
        solution = "先登录域账号。"
    )]
    DomainAccountNotAuthenticated,
    /// Duplicate Short Name (12300015).
    #[code(
        12300015,
        title = "Duplicate Short Name",
        message = "The short name already exists.",
        cause = "The short name used to create the account already exists.",
        solution = "Change the short name that does not exist.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "短名称已存在",
        cause = "创建账号使用的短名称已经存在。",
        solution = "更换别的不存在的短名称。"
    )]
    DuplicateShortName,
    /// Login Accounts Reached the Limit (12300016).
    #[code(
        12300016,
        title = "Login Accounts Reached the Limit",
        message = "The number of logged in accounts reaches the upper limit.",
        cause = "The number of login accounts has reached the upper limit. No more accounts can be used to log in.",
        solution = "Log out of the system and log in to the system using a new account.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "账号登录数已达上限",
        cause = "登录的账号数已经达到上限，不能再登录新账号。",
        solution = "将已经登录的账号退出，再登录新的账号。"
    )]
    LoginAccountsReachedLimit,
    /// Foreground System Account Not Found (12300017).
    #[code(
        12300017,
        title = "Foreground System Account Not Found",
        message = "The foreground OS account is not found.",
        cause = "The foreground system account does not exist on the specified logical display (either it is not activated or it is not switched to the foreground).",
        cause = "The specified **displayId** is invalid or the corresponding logical display does not exist.",
        cause = "The specified **localId** is invalid or the corresponding system account does not exist.",
        solution = "Ensure that the input **displayId**/**localId** is correct and exists. Try again if the specified foreground account exists on the logical display.",
        system_api,
        layout = "\n<!--Del-->\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n \n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    ForegroundSystemAccountNotFound,
    /// Logical Display Not Found (12300018).
    #[code(
        12300018,
        title = "Logical Display Not Found",
        message = "Display not found.",
        cause = "The specified **displayId** is invalid or the corresponding logical display does not exist.",
        cause = "The target logical display is not connected or has been disconnected.",
        solution = "Ensure that the **displayId** is correct and the logical screen device is connected and available. Try again with a valid logical display ID.",
        system_api
    )]
    LogicalDisplayNotFound,
    /// Cross-Display Activation Not Supported (12300019).
    #[code(
        12300019,
        title = "Cross-Display Activation Not Supported",
        message = "Cross-display activation not supported.",
        cause = "The current system strategy or configuration does not allow cross-display activation.",
        solution = "Activate the account on the same logical display, or log out of the account on the specified logical display and then activate the account.",
        system_api
    )]
    CrossDisplayActivationNotSupported,
    /// System Account Already Bound (12300021).
    ///
    /// This error code is reported if the input system account has been bound to a domain account.
    #[code(
        12300021,
        title = "System Account Already Bound",
        message = "The OS account is already bound.",
        description = "This error code is reported if the input system account has been bound to a domain account.",
        cause = "The input system account has been bound to a domain account.",
        solution = "Multiple system accounts cannot be bound to one domain account. Bind the system account to another domain account.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统账号已绑定域账号",
        description = "输入的系统账号已绑定域账号。",
        cause = "输入的系统账号已绑定域账号。",
        solution = "系统账号不允许重复绑定域账号，请更换系统账号进行绑定。",
        layout = "\n<!--Del-->\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SystemAccountAlreadyBound,
    /// Domain Account Already Bound (12300022).
    ///
    /// This error code is reported if the input domain account has been bound to a system account.
    #[code(
        12300022,
        title = "Domain Account Already Bound",
        message = "The domain account is already bound.",
        description = "This error code is reported if the input domain account has been bound to a system account.",
        cause = "The input domain account has been bound to a system account.",
        solution = "A domain account cannot be bound to multiple system accounts. Bind the domain account to another system account or delete the bound system account before binding to a new one.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "域账号已被绑定",
        description = "输入的域账号已绑定系统账号。",
        cause = "输入的域账号已绑定系统账号。",
        solution = "同一域账号不允许绑定多个系统账号，请更换域账号或删除绑定的账号后再进行绑定。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n\n<!--DelEnd-->\n"
    )]
    DomainAccountAlreadyBound,
    /// Incorrect Credential (12300101).
    #[code(
        12300101,
        title = "Incorrect Credential",
        message = "The credential is incorrect.",
        cause = "An incorrect password is entered.",
        cause = "The biological feature does not match the feature enrolled.",
        cause = "The token is invalid.",
        solution = "Enter a correct credential and try again."
    )]
    #[translation(
        "zh-CN",
        title = "凭据不正确",
        cause = "该错误码表示凭据不正确，可能原因如下：",
        cause = "密码输入错误；",
        cause = "生物特征不匹配；",
        cause = "令牌失效；",
        solution = "请输入正确有效的凭据重试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IncorrectCredential,
    /// Credential Not Exist (12300102).
    #[code(
        12300102,
        title = "Credential Not Exist",
        message = "The credential does not exist.",
        cause = "The credential to authenticate has not been enrolled.",
        cause = "The credential to query has not been enrolled.",
        cause = "The credential to delete has not been enrolled.",
        solution = "Check whether the credential has been enrolled."
    )]
    #[translation(
        "zh-CN",
        title = "凭据不存在",
        cause = "该错误码表示凭据不存在，可能原因如下：",
        cause = "认证未录入的凭据类型。",
        cause = "查询未录入的凭据类型。",
        cause = "删除未录入的凭据类型。",
        solution = "请确认凭据类型是否存在。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    CredentialNotExist,
    /// Credential Inputer Already Exists (12300103).
    #[code(
        12300103,
        title = "Credential Inputer Already Exists",
        message = "The credential inputer already exists.",
        cause = "The PIN inputer has been registered and cannot be registered again before deregistration.",
        solution = "No further action is required."
    )]
    #[translation(
        "zh-CN",
        title = "凭据输入器已注册",
        cause = "该错误码表示凭据输入器已注册，可能原因如下：\nPIN码输入器已注册，解注册之前无法重复注册。",
        solution = "凭据输入器已存在，请勿重复操作。"
    )]
    CredentialInputerAlreadyExists,
    /// Credential Inputer Not Exist (12300104).
    #[code(
        12300104,
        title = "Credential Inputer Not Exist",
        message = "The credential inputer is not found.",
        cause = "No credential inputer is registered when a credential is authenticated, added or modified.",
        solution = "Register a credential inputer."
    )]
    #[translation(
        "zh-CN",
        title = "凭据输入器不存在",
        cause = "该错误码表示凭据输入器不存在，可能原因如下：\n认证、添加、修改凭据时，未注册凭据输入器。",
        solution = "注册凭据输入器。"
    )]
    CredentialInputerNotExist,
    /// Trust Level Not Supported (12300105).
    #[code(
        12300105,
        title = "Trust Level Not Supported",
        message = "The trust level is not supported.",
        cause = "The trust level passed in is not supported.",
        solution = "Use a trust level supported by the system."
    )]
    #[translation(
        "zh-CN",
        title = "可信等级不支持",
        cause = "该错误码表示可信等级不支持，可能原因如下：\n传入系统不支持的可信等级。",
        solution = "请输入正确的可信等级。"
    )]
    TrustLevelNotSupported,
    /// Authentication Type Not Supported (12300106).
    #[code(
        12300106,
        title = "Authentication Type Not Supported",
        message = "The authentication type is not supported.",
        cause = "The authentication type passed in is not supported.",
        solution = "Use an authentication type supported by the system."
    )]
    #[translation(
        "zh-CN",
        title = "认证类型不支持",
        cause = "该错误码表示认证类型不支持，可能原因如下：\n传入系统不支持的认证类型。",
        solution = "请提供系统支持的认证类型。"
    )]
    AuthenticationTypeNotSupported,
    /// Authentication Type Not Exist (12300107).
    #[code(
        12300107,
        title = "Authentication Type Not Exist",
        message = "The authentication type does not exist.",
        cause = "The specified authentication type does not exist when a token is queried or deleted.",
        solution = "Use an existing authentication type."
    )]
    #[translation(
        "zh-CN",
        title = "认证类型不存在",
        cause = "该错误码表示认证类型不存在，可能原因如下：\n查询/删除令牌时，指定的鉴权类型不存在。",
        solution = "请使用存在的认证类型查询/删除。"
    )]
    AuthenticationTypeNotExist,
    /// Authentication Session Not Exist (12300108).
    #[code(
        12300108,
        title = "Authentication Session Not Exist",
        message = "The authentication session does not exist.",
        cause = "The session callback to query does not exist.",
        solution = "Use an opened session to query session callbacks.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n \n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "认证会话不存在",
        cause = "该错误码表示会话不存在，可能原因如下：",
        cause = "查询不存在的会话回调。",
        solution = "请使用已成功打开的会话标识查询会话回调。"
    )]
    AuthenticationSessionNotExist,
    /// Authentication, Credential Enrollment, or Update Canceled (12300109).
    #[code(
        12300109,
        title = "Authentication, Credential Enrollment, or Update Canceled",
        message = "The authentication, enrollment, or update operation is canceled.",
        cause = "The user cancels the authentication.\nThe user canceled the credential enrollment.\nThe user canceled the update during the credential enrollment process.",
        solution = "No further action is required."
    )]
    #[translation(
        "zh-CN",
        title = "认证、凭据录入、更新等操作被取消",
        cause = "该错误码表示认证、凭据录入、更新等操作被取消，可能原因如下：\n认证过程中，用户取消认证操作。\n录入凭据过程中，用户取消录入操作。\n录入凭据过程中，用户取消更新操作。",
        solution = "重新或结束认证操作。"
    )]
    AuthenticationCredentialEnrollmentOrUpdateCanceled,
    /// Authentication Locked (12300110).
    #[code(
        12300110,
        title = "Authentication Locked",
        message = "The authentication is locked.",
        cause = "The number of authentication type errors exceeds the limit.",
        solution = "Try again after the freezing time."
    )]
    #[translation(
        "zh-CN",
        title = "认证被锁定",
        cause = "该错误码表示认证被锁定，可能原因如下：\n认证类型错误次数超过上限。",
        solution = "认证错误次数超过上限，请在freezingTime之后重试。"
    )]
    AuthenticationLocked,
    /// Authentication Timed Out (12300111).
    #[code(
        12300111,
        title = "Authentication Timed Out",
        message = "The authentication time out.",
        cause = "The authentication or credential enrollment of a system account takes more than three minutes.",
        cause = "The authentication service does not respond in time due to network problems.",
        solution = "Try again if the authentication or credential enrollment times out.",
        solution = "Check and rectify network problems, and try again."
    )]
    #[translation(
        "zh-CN",
        title = "认证超时",
        cause = "该错误码表示认证超时，可能原因如下：",
        cause = "对于系统账号，认证、录入超过三分钟。",
        cause = "认证服务因网络原因无法及时响应而超时。",
        solution = "认证录入超时，请重试。",
        solution = "请确认网络环境无问题后重试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    AuthenticationTimedOut,
    /// Authentication Service Not Respond (12300112).
    #[code(
        12300112,
        title = "Authentication Service Not Respond",
        message = "The authentication service is busy.",
        cause = "The total number of system accounts being authenticated exceeds 5.\nThe authentication service of the third-party application does not respond.",
        solution = "Try again later."
    )]
    #[translation(
        "zh-CN",
        title = "认证服务忙",
        cause = "该错误码表示认证服务忙，可能原因如下：\n系统账号认证时，认证总数超过5个。\n应用账号认证时，三方应用的认证器服务忙碌（根据实际情况决定）。",
        solution = "当前认证服务忙，请稍后重试。"
    )]
    AuthenticationServiceNotRespond,
    /// Authentication Service Not Exist (12300113).
    #[code(
        12300113,
        title = "Authentication Service Not Exist",
        message = "The account authentication service does not exist.",
        cause = "For application accounts:",
        cause = "When an authentication is requested, the application does not support the authentication service.",
        cause = "When an account is added implicitly, the application does not support the authentication service.",
        cause = "When the credential of a specified account is verified, the application does not support the authentication service.",
        cause = "When the authenticator attributes are set for an application, the application does not support the authentication service.",
        cause = "When the account tags are checked, the specified application does not support the authentication service.",
        solution = "Cancel the operation or authenticate an application that supports the authentication service.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n \n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "认证服务不存在",
        cause = "该错误码表示认证服务不存在，可能原因如下：\n对于应用账号：",
        cause = "请求鉴权时，账号所属应用不支持认证器服务。",
        cause = "隐式添加账号时，账号所属应用不支持认证器服务。",
        cause = "验证指定账号的凭据时，该账号所属应用不支持认证器服务。",
        cause = "设置应用的认证器属性时，指定的应用不支持认证器服务。",
        cause = "检查账号标签时，指定的应用不支持认证器服务。",
        solution = "请取消操作，或向支持认证服务的应用进行认证。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    AuthenticationServiceNotExist,
    /// Authentication Service Abnormal (12300114).
    #[code(
        12300114,
        title = "Authentication Service Abnormal",
        message = "The account authentication service works abnormally.",
        cause = "An unknown error occurs in the identity authentication service.",
        cause = "The application authenticator does not comply with specifications.",
        solution = "Try again or restart the system.",
        solution = "Use the application authenticator that complies with specifications."
    )]
    #[translation(
        "zh-CN",
        title = "认证服务异常",
        cause = "该错误码表示账号认证服务异常，可能原因如下：",
        cause = "身份认证服务出现未知错误。",
        cause = "应用认证器不符合规范。",
        solution = "请重试或重启系统。",
        solution = "请按照规范开发应用认证器。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    AuthenticationServiceAbnormal,
    /// User Authentication Passwords Reached the Limit (12300115).
    #[code(
        12300115,
        title = "User Authentication Passwords Reached the Limit",
        message = "The number of credentials reaches the upper limit.",
        cause = "An unknown error occurs in the identity authentication service.",
        cause = "The user already has a password of the corresponding type and cannot add a password.",
        solution = "Try again or restart the system.",
        solution = "Change the password or delete the existing password.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "用户认证密码个数达到上限",
        cause = "身份认证服务出现未知错误。",
        cause = "用户已有对应类型的密码，不能再添加密码。",
        solution = "请重试或重启系统。",
        solution = "请修改密码或删除已有密码。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    UserAuthenticationPasswordsReachedLimit,
    /// Failed to Verify the Credential Complexity (12300116).
    #[code(
        12300116,
        title = "Failed to Verify the Credential Complexity",
        message = "Credential complexity verification failed.",
        cause = "The credential is too simple.",
        solution = "Enroll a credential that contains specific characters as required.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "凭证复杂度验证失败",
        cause = "设置的凭证太过简单。",
        solution = "按照要求录入包含特定字符的凭证。"
    )]
    FailedToVerifyCredentialComplexity,
    /// PIN Expired (12300117).
    #[code(
        12300117,
        title = "PIN Expired",
        message = "PIN is expired.",
        cause = "The PIN for user authentication has expired.",
        solution = "Reset the PIN.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "PIN码过期",
        cause = "用户认证的PIN码过期。",
        solution = "重新设置PIN码。"
    )]
    PinExpired,
    /// Application Not Exist (12400001).
    #[code(
        12400001,
        title = "Application Not Exist",
        message = "The application does not exist.",
        cause = "The target application does not exist when the application permission is set.",
        cause = "The target application does not exist when the application permission is authorized.",
        solution = "Check that the target application has been installed, and use the bundle of the application."
    )]
    #[translation(
        "zh-CN",
        title = "应用不存在",
        cause = "该错误码表示应用不存在，可能原因如下：",
        cause = "设置访问权限时，目标应用不存在。",
        cause = "设置开放授权时，目标应用不存在。",
        solution = "请取消设置，或使用已安装的应用包名重试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    ApplicationNotExist,
    /// Custom Data Not Exist (12400002).
    #[code(
        12400002,
        title = "Custom Data Not Exist",
        message = "The custom data does not exist.",
        cause = "The key does not exist when you query the custom data of the account.",
        solution = "Query the custom data with a key that is already defined.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "自定义数据不存在",
        cause = "该错误码表示自定义数据不存在，可能原因如下：查询账号的自定义数据时，输入的键名不存在。",
        solution = "请使用存在的自定义数据的键名查询。"
    )]
    CustomDataNotExist,
    /// Custom Data Records Reached the Limit (12400003).
    #[code(
        12400003,
        title = "Custom Data Records Reached the Limit",
        message = "The number of custom data records reaches the upper limit.",
        cause = "The number of custom data records of the target account has reached 512.",
        solution = "Delete the custom data records that are no longer used.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "自定义数据的数量已达上限",
        cause = "该错误码表示自定义数据的数量已达上限，可能原因如下：设置自定义数据时，目标账号的自定义数据数量已达512。",
        solution = "请取消设置操作，或者删除已存在的自定义数据。"
    )]
    CustomDataRecordsReachedLimit,
    /// Token Count Reached the Limit (12400004).
    #[code(
        12400004,
        title = "Token Count Reached the Limit",
        message = "The number of tokens reaches the upper limit.",
        cause = "The number of tokens of the target account has reached 1024.",
        solution = "Delete the tokens that are no longer used, and try again.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "令牌数量已达上限",
        cause = "该错误码表示令牌数量已达上限，可能原因如下：添加令牌时，目标账号的令牌数量已达1024。",
        solution = "请取消添加操作，或者删除已存在的令牌后再添加。"
    )]
    TokenCountReachedLimit,
    /// Bundles in the OAuth List Reached the Limit (12400005).
    #[code(
        12400005,
        title = "Bundles in the OAuth List Reached the Limit",
        message = "The size of the authorization list reaches the upper limit.",
        cause = "The number of bundles in the authorization list has reached 1024.",
        solution = "Revoke authorization from the applications that do not require the authorization and try again.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "授权列表已达上限",
        cause = "该错误码表示授权列表已达上限，可能原因如下：设置访问/开放授权时，授权列表的大小超过1024。",
        solution = "请取消设置操作，或者撤销已存在的访问/开放授权后再设置。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    BundlesInOAuthListReachedLimit,
}
