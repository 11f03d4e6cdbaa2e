// DLP Service Error Codes: the catalog `DlpServiceError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// DLP Service Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "DLP Service",
    title = "DLP Service Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 19100000..=19199999,
    layout = "# {title}\n<!--Kit: Data Protection Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @winnieHuYu-->\n<!--Designer: @lucky-jinduo-->\n<!--Tester: @nacyli-->\n<!--Adviser: @zengyawen-->\n\n> **NOTE**\n> \n> {note}\n{entries}",
    lock = "locks/dlp.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "DLP服务错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。<br>\n相关文档：[DLP开发指南](../../security/DataProtectionKit)、[DLP API参考](../apis-data-protection-kit)。",
    layout = "# {title}\n<!--Kit: Data Protection Kit-->\n<!--Subsystem: Security-->\n<!--Owner: @winnieHuYu-->\n<!--Designer: @QRF-->\n<!--Tester: @nacyli-->\n<!--Adviser: @zengyawen-->\n\n> **说明：**\n> \n> 以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。<br>\n> 相关文档：[DLP开发指南](../../security/DataProtectionKit)、[DLP API参考](../apis-data-protection-kit)。\n{entries}"
)]
pub enum DlpServiceError {
    /// Invalid Parameter (19100001).
    ///
    /// C API: `ERR_OH_INVALID_PARAMETER`.
    ///
    /// Invalid parameters are specified.
    #[code(
        19100001,
        title = "Invalid Parameter",
        message = "Invalid parameter value.",
        description = "Invalid parameters are specified.",
        cause = "The value of **account** is empty or exceeds 1024 characters.",
        cause = "The account type is incorrect.",
        cause = "The **aeskey** or **iv** is invalid.",
        cause = "The authorization expiration time is earlier than the system time.",
        cause = "**Fd** is less than **0**.",
        cause = "The value of **tokenid** is **0**.",
        cause = "The bundle name is empty.",
        cause = "The value of **appIndex** is less than **0**.",
        cause = "The value of **userId** is less than **0**.",
        solution = "Set parameters correctly.",
        since = 14,
        constant = "ERR_OH_INVALID_PARAMETER"
    )]
    #[translation(
        "zh-CN",
        title = "入参错误",
        description = "非法参数。",
        cause = "账号为空或账号长度大于1024。",
        cause = "账号类型错误。",
        cause = "aesKey或iv非法。",
        cause = "系统时间晚于授权到期时间。",
        cause = "Fd小于0。",
        cause = "tokenId等于0。",
        cause = "包名为空。",
        cause = "appIndex小于0。",
        cause = "userId小于0。",
        solution = "请检查并传入符合要求的参数，包括账号长度、类型、aesKey、iv格式、系统时间与授权时间关系、Fd、tokenId、包名、appIndex、userId等。"
    )]
    InvalidParameter,
    /// Encryption and Decryption Error (19100002).
    ///
    /// An error occurs in encryption or decryption.
    #[code(
        19100002,
        title = "Encryption and Decryption Error",
        message = "Credential service busy due to too many tasks or duplicate tasks.",
        description = "An error occurs in encryption or decryption.",
        cause = "The number of active encryption and decryption tasks is greater than 100.",
        cause = "Duplicate encryption/decryption tasks are performed.",
        solution = "Try again later.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "加解密出错",
        description = "加解密服务繁忙。",
        cause = "当前运行的加解密任务数大于100。",
        cause = "加解密任务重复。",
        solution = "请等待一段时间后重试，或控制并发任务数不超过100个以避免此类错误。"
    )]
    EncryptionAndDecryptionError,
    /// Encryption/Decryption Timeout (19100003).
    ///
    /// The encryption or decryption timed out.
    #[code(
        19100003,
        title = "Encryption/Decryption Timeout",
        message = "Credential task time out.",
        description = "The encryption or decryption timed out.",
        cause = "It takes more than 10 seconds to encrypt or decrypt a DLP file.",
        solution = "Try again later.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "加解密超时",
        description = "DLP文件加解密操作在规定时间内未完成，导致操作超时失败。",
        cause = "DLP文件加解密时间超过10秒。",
        solution = "请根据以下情况处理： 1. 若当前加解密任务数过多，请等待一段时间后重试。 2. 若加解密任务重复，请取消重复任务后重试。"
    )]
    EncryptionDecryptionTimeout,
    /// Credential Service Error (19100004).
    ///
    /// An error occurs in the credential service.
    #[code(
        19100004,
        title = "Credential Service Error",
        message = "Credential service error.",
        description = "An error occurs in the credential service.",
        cause = "The DLP credential service does not exist.",
        cause = "The DLP credential service is abnormal.",
        solution = "Wait for a while and try again, or restart the device.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "凭据服务错误",
        description = "DLP凭据服务发生内部错误，无法正常提供凭据相关服务。",
        cause = "DLP凭据服务不存在。",
        cause = "DLP凭据服务异常。",
        solution = "请等待一段时间后重试，或者重启设备。"
    )]
    CredentialServiceError,
    /// Credential Authentication Server Error (19100005).
    ///
    /// The credential authentication server is abnormal.
    #[code(
        19100005,
        title = "Credential Authentication Server Error",
        message = "Credential authentication server error.",
        description = "The credential authentication server is abnormal.",
        cause = "The credential authentication server cannot be connected.",
        cause = "The credential authentication server does not exist.",
        solution = "Check the credential authentication server and try again.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "凭据认证服务器错误",
        description = "与凭据认证服务器通信时发生错误，无法完成凭据认证流程。",
        cause = "凭据认证服务器无法连接。",
        cause = "凭据认证服务器不存在。",
        solution = "请检查凭据认证服务器后重试。"
    )]
    CredentialAuthenticationServerError,
    /// Access Denied for a Non-DLP Sandbox Application (19100006).
    ///
    /// C API: `ERR_OH_API_ONLY_FOR_SANDBOX`.
    ///
    /// The caller is not a DLP sandbox application.
    #[code(
        19100006,
        title = "Access Denied for a Non-DLP Sandbox Application",
        message = "No permission to call this API, which is available only for DLP sandbox applications.",
        description = "The caller is not a DLP sandbox application.",
        cause = "The caller is not a DLP sandbox application.",
        solution = "The caller must be a DLP sandbox application.",
        since = 14,
        constant = "ERR_OH_API_ONLY_FOR_SANDBOX"
    )]
    #[translation(
        "zh-CN",
        title = "非DLP沙箱应用",
        description = "调用方不是DLP沙箱应用。",
        cause = "调用方不是DLP沙箱应用。",
        solution = "请确认当前应用是否为DLP沙箱应用，该接口仅允许DLP沙箱应用调用。"
    )]
    AccessDeniedForNonDlpSandboxApplication,
    /// Access Denied for a DLP Sandbox Application (19100007).
    ///
    /// C API: `ERR_OH_API_NOT_FOR_SANDBOX`.
    ///
    /// The caller cannot be a DLP sandbox application.
    #[code(
        19100007,
        title = "Access Denied for a DLP Sandbox Application",
        message = "No permission to call this API, which is available only for non-DLP sandbox applications.",
        description = "The caller cannot be a DLP sandbox application.",
        cause = "The caller cannot be a DLP sandbox application.",
        solution = "The caller must be a DLP sandbox application.",
        since = 14,
        constant = "ERR_OH_API_NOT_FOR_SANDBOX"
    )]
    #[translation(
        "zh-CN",
        title = "DLP沙箱应用不允许调用此接口",
        description = "调用方不可以是DLP沙箱应用。",
        cause = "调用方是DLP沙箱应用。",
        solution = "请确认当前应用不是DLP沙箱应用，该接口不允许DLP沙箱应用调用。"
    )]
    AccessDeniedForDlpSandboxApplication,
    /// Non-DLP File (19100008).
    ///
    /// The file is not a DLP file.
    #[code(
        19100008,
        title = "Non-DLP File",
        message = "The file is not a DLP file.",
        description = "The file is not a DLP file.",
        cause = "The file is not a DLP file.",
        solution = "Use a DLP file.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "非DLP文件",
        description = "文件不是DLP文件。",
        cause = "对非DLP格式的文件执行了DLP相关操作。",
        solution = "请使用经过DLP加密的DLP文件。"
    )]
    NonDlpFile,
    /// Failed to Operate the DLP File (19100009).
    ///
    /// The operation on the DLP file fails.
    #[code(
        19100009,
        title = "Failed to Operate the DLP File",
        message = "Failed to operate the DLP file.",
        description = "The operation on the DLP file fails.",
        cause = "The user is not an authorized user.",
        cause = "The sandbox application fails to be installed.",
        cause = "The link file is not associated.",
        cause = "The number of opened DLP files reaches 1000.",
        solution = "Check that you are authorized to access the DLP file.",
        solution = "Wait for a while or restart the system and try again.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "操作DLP文件失败",
        description = "操作DLP文件失败。",
        cause = "当前用户不在授权范围内。",
        cause = "安装沙箱应用失败。",
        cause = "关联link文件失败。",
        cause = "同时打开的DLP文件数超过1000个。",
        solution = "请确认访问权限。",
        solution = "请等待一段时间或重启后重试，并注意控制同时打开的DLP文件数量不超过1000个。"
    )]
    FailedToOperateDlpFile,
    /// Read-Only DLP File (19100010).
    ///
    /// The DLP file is read-only.
    #[code(
        19100010,
        title = "Read-Only DLP File",
        message = "The DLP file is read only.",
        description = "The DLP file is read-only.",
        cause = "You cannot modify the permission on a DLP file, which is read-only.",
        cause = "You cannot write a DLP file, which is read-only.",
        solution = "Check the permission on the file.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "只读DLP文件",
        description = "DLP文件被设置为只读模式，不允许进行写入或修改权限等操作。",
        cause = "尝试去掉只读DLP文件的权限。",
        cause = "尝试写只读DLP文件。",
        solution = "该DLP文件为只读文件，请勿尝试修改其权限或写入内容。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    ReadOnlyDlpFile,
    /// System Service Abnormal (19100011).
    ///
    /// C API: `ERR_OH_SYSTEM_SERVICE_EXCEPTION`.
    ///
    /// The system service is abnormal.
    #[code(
        19100011,
        title = "System Service Abnormal",
        message = "The system ability works abnormally.",
        description = "The system service is abnormal.",
        cause = "The DLP permission service fails to start.",
        cause = "The RPC object of the DLP permission service cannot be obtained.",
        cause = "The service, on which the DLP permission service depends, fails to start.",
        cause = "The read or write of IPC data fails.",
        cause = "The service is not initialized.",
        solution = "Try again later or restart the device.",
        since = 14,
        constant = "ERR_OH_SYSTEM_SERVICE_EXCEPTION"
    )]
    #[translation(
        "zh-CN",
        title = "系统服务工作异常",
        description = "DLP相关的系统服务无法正常运行，导致相关功能不可用。",
        cause = "DLP权限服务无法正常启动。",
        cause = "DLP权限服务的RPC对象无法获取。",
        cause = "DLP权限服务依赖的其他服务无法正常启动。",
        cause = "IPC数据读取写入失败。",
        cause = "服务未初始化。",
        solution = "系统服务内部工作异常，请稍后重试，或者重启设备尝试。"
    )]
    SystemServiceAbnormal,
    /// Failed to Apply for Memory (19100012).
    ///
    /// C API: `ERR_OH_OUT_OF_MEMORY`.
    ///
    /// Failed to obtain the memory.
    #[code(
        19100012,
        title = "Failed to Apply for Memory",
        message = "System memory is insufficient.",
        description = "Failed to obtain the memory.",
        cause = "The system memory is insufficient.",
        solution = "Try again later or restart the device.",
        since = 14,
        constant = "ERR_OH_OUT_OF_MEMORY"
    )]
    #[translation(
        "zh-CN",
        title = "内存申请失败",
        description = "系统申请失败，无法为DLP操作申请所需的内存资源。",
        cause = "系统内存不足。",
        solution = "系统内存不足，请稍后重试或重启设备。"
    )]
    FailedToApplyForMemory,
    /// User Access Denied (19100013).
    ///
    /// The user has no permission.
    #[code(
        19100013,
        title = "User Access Denied",
        message = "The user does not have the permission.",
        description = "The user has no permission.",
        solution = "Check the user permissions.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "用户无权限",
        description = "当前登录用户没有执行该操作或访问该DLP文件的权限。",
        cause = "当前登录账号无此文件的权限。",
        solution = "请检查当前登录账号是否有该文件的访问权限。"
    )]
    UserAccessDenied,
    /// Account Not Logged In (19100014).
    ///
    /// You have not logged in with an account.
    #[code(
        19100014,
        title = "Account Not Logged In",
        message = "Account not logged in.",
        description = "You have not logged in with an account.",
        solution = "Log in using your account.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "账号未登录",
        description = "执行该操作需要用户先登录账号，当前账号未登录或登录状态已失效。",
        cause = "对应类型账号未登录。",
        solution = "请登录账号。"
    )]
    AccountNotLoggedIn,
    /// Upgrade Required (19100015).
    ///
    /// The system needs to be upgraded.
    #[code(
        19100015,
        title = "Upgrade Required",
        message = "The system needs to be upgraded.",
        description = "The system needs to be upgraded.",
        solution = "Upgrade the system.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统需要升级",
        description = "当前系统版本不支持该DLP功能，需要升级系统到支持版本才能使用。",
        cause = "当前系统版本需要升级。",
        solution = "请升级系统。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    UpgradeRequired,
    /// URI Missing in Want (19100016).
    ///
    /// The **want** parameter does not contain the URI.
    #[code(
        19100016,
        title = "URI Missing in Want",
        message = "The uri field is missing in the want parameter.",
        description = "The **want** parameter does not contain the URI.",
        solution = "Set parameters correctly."
    )]
    #[translation(
        "zh-CN",
        title = "want参数中没有uri",
        description = "调用接口时want参数中缺少必需的uri字段。",
        cause = " 调用DLP文件打开相关API时，want参数中未包含uri参数。want参数用于指定操作目标和参数配置，uri参数为必填参数。",
        solution = "请传入正确的参数。"
    )]
    UriMissingInWant,
    /// displayName Missing in Want (19100017).
    ///
    /// The **want** parameter does not contain **displayName**.
    #[code(
        19100017,
        title = "displayName Missing in Want",
        message = "The displayName field is missing in the want parameter.",
        description = "The **want** parameter does not contain **displayName**.",
        solution = "Set parameters correctly."
    )]
    #[translation(
        "zh-CN",
        title = "want参数中parameters内没有displayName",
        description = "调用接口时want参数的parameters对象中缺少必需的displayName字段。",
        cause = "调用DLP文件相关API时，want参数的parameters字段中未包含displayName。displayName参数在DLP文件操作中为必填参数。",
        solution = "请传入正确的参数。"
    )]
    DisplayNameMissingInWant,
    /// Application Unauthorized (19100018).
    ///
    /// C API: `ERR_OH_APPLICATION_NOT_AUTHORIZED`.
    ///
    /// The application is not authorized.
    #[code(
        19100018,
        title = "Application Unauthorized",
        message = "The application is not authorized.",
        description = "The application is not authorized.",
        cause = "The application is not in the authorized application list.",
        solution = "Set the authorized application list.",
        since = 14,
        constant = "ERR_OH_APPLICATION_NOT_AUTHORIZED"
    )]
    #[translation(
        "zh-CN",
        title = "应用未授权",
        description = "当前应用未在DLP授权名单中，无权访问或操作DLP相关功能。",
        cause = "应用不在授信应用名单中。",
        solution = "请申请加入授信应用名单。<!--RP1--><!--RP1End-->"
    )]
    ApplicationUnauthorized,
    /// DLP File Has Expired (19100019).
    ///
    /// The DLP file has expired.
    #[code(
        19100019,
        title = "DLP File Has Expired",
        message = "The DLP file has expired.",
        description = "The DLP file has expired.",
        solution = "Contact the file owner to authorize the file.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "DLP文件已过期",
        description = "DLP文件已超过授权期限，无法继续访问或操作文件内容。",
        cause = "当前时间超出授权期限。",
        solution = "请联系文件拥有者重新授权。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    DlpFileHasExpired,
    /// Network Disconnected (19100020).
    ///
    /// The device is not connected to Wi-Fi.
    #[code(
        19100020,
        title = "Network Disconnected",
        message = "No network connection.",
        description = "The device is not connected to Wi-Fi.",
        solution = "Connect the device to Wi-Fi.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "网络未连接",
        description = "执行该操作需要网络连接，当前设备网络未连接或未认证。",
        cause = "网络未连接或未认证。",
        solution = "请连接网络。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    NetworkDisconnected,
    /// Failed to Set Enterprise Application Policy (19100021).
    ///
    /// Failed to set the policy for an enterprise application.
    #[code(
        19100021,
        title = "Failed to Set Enterprise Application Policy",
        message = "Failed to set the enterprise policy.",
        description = "Failed to set the policy for an enterprise application.",
        solution = "Check the policy format and try again."
    )]
    #[translation(
        "zh-CN",
        title = "设置企业应用策略失败",
        description = "设置企业应用策略失败。",
        cause = "输入策略格式异常。",
        solution = "请检查策略格式，并进行重试。"
    )]
    FailedToSetEnterpriseApplicationPolicy,
    /// Invalid Parameter (19110001).
    ///
    /// The parameter is invalid.
    #[code(
        19110001,
        title = "Invalid Parameter",
        message = "Parameter error.",
        description = "The parameter is invalid.",
        cause = "The policy format is incorrect.",
        cause = "The parameter range is incorrect.",
        solution = "Set parameters correctly."
    )]
    #[translation(
        "zh-CN",
        title = "参数错误",
        description = "参数错误。",
        cause = "策略格式错误。",
        cause = "参数范围错误。",
        solution = "请检查以下参数： 1. 确保策略格式符合要求。 2. 确保参数在有效范围内。"
    )]
    InvalidParameter19110001,
    /// File Sensitive Content Identification Timed Out (19110002).
    ///
    /// Identification of sensitive file content timed out.
    #[code(
        19110002,
        title = "File Sensitive Content Identification Timed Out",
        message = "Sensitive file content identification timed out.",
        description = "Identification of sensitive file content timed out.",
        cause = "Identification of sensitive file content timed out.",
        solution = "Try again later."
    )]
    #[translation(
        "zh-CN",
        title = "文件敏感信息识别超时",
        description = "文件敏感信息识别超时。",
        cause = "文件敏感信息识别超时。",
        solution = "请等待一段时间后重试。"
    )]
    FileSensitiveContentIdentificationTimedOut,
    /// File Not Supported (19110003).
    ///
    /// The file is not supported.
    #[code(
        19110003,
        title = "File Not Supported",
        message = "The file is not supported.",
        description = "The file is not supported.",
        cause = "The file path does not exist.",
        cause = "The file type is not supported.",
        cause = "The file permission is not supported.",
        solution = "Check whether the input file is correct."
    )]
    #[translation(
        "zh-CN",
        title = "文件不支持",
        description = "文件不支持。",
        cause = "文件路径不存在。",
        cause = "文件类型不支持。",
        cause = "文件权限不支持。",
        solution = "请检查以下内容： 1. 确保文件路径存在且可访问。 2. 确保文件类型受支持。 3. 确保文件权限满足要求。"
    )]
    FileNotSupported,
    /// System Function Abnormal (19110004).
    ///
    /// The system function is abnormal.
    #[code(
        19110004,
        title = "System Function Abnormal",
        message = "A system error has occurred.",
        description = "The system function is abnormal.",
        cause = "The service cannot be started.",
        cause = "The service on which the service depends cannot be started properly.",
        cause = "IPC data read/write identification.",
        cause = "The service is not initialized.",
        solution = "Try again later or restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "系统功能运行异常",
        description = "系统功能运行异常。",
        cause = "服务无法正常启动。",
        cause = "服务依赖的服务无法正常启动。",
        cause = "IPC数据读写失败。",
        cause = "服务未初始化。",
        solution = "系统服务内部工作异常，请稍后重试或重启设备。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    SystemFunctionAbnormal,
}
