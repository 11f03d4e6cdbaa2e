// Ability Error Codes: the catalog `AbilityError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Ability Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Ability",
    title = "Ability Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Ability Kit-->\n<!--Subsystem: Ability-->\n<!--Owner: @dsz2025; @Luobniz21-->\n<!--Designer: @ccllee1-->\n<!--Tester: @liangchengguang-->\n<!--Adviser: @HelloCrease-->\n<!-- md-trans-meta sourceCommit=2202f16b1790be0635450ef16fea2f3e536d59bf translatedAt=2026-09-03T09:04:54.422Z pushedAt=2026-09-05T10:47:30.150Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/ability.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "元能力子系统错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Ability Kit-->\n<!--Subsystem: Ability-->\n<!--Owner: @dsz2025; @Luobniz21-->\n<!--Designer: @ccllee1-->\n<!--Tester: @lixueqing513-->\n<!--Adviser: @huipeizi-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum AbilityError {
    /// Ability Name Does Not Exist (16000001).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_NO_SUCH_ABILITY`.
    ///
    /// This error code is reported when the specified ability name does not exist.
    #[code(
        16000001,
        title = "Ability Name Does Not Exist",
        message = "The specified ability does not exist.",
        description = "This error code is reported when the specified ability name does not exist.",
        cause = "The ability to query does not exist.",
        solution = "Check whether the values of **bundleName**, **moduleName**, and **abilityName** in **Want** are correct.",
        solution = "Check whether the application corresponding to **bundleName** in **Want** is installed. You can run the following command to query the list of installed applications. If **bundleName** is not in the query result, the application is not installed.\n    ```bash\n    hdc shell bm dump -a\n    ```",
        solution = "For a multi-HAP application, check whether the HAP to which the ability belongs has been installed. You can run the following command to query the package information of the application. If the query result does not contain the HAP to which the ability belongs, the HAP is not installed.\n    ```bash\n    hdc shell bm dump -n bundleName\n    ```",
        since = 15,
        constant = "ABILITY_RUNTIME_ERROR_CODE_NO_SUCH_ABILITY"
    )]
    #[translation(
        "zh-CN",
        title = "指定的Ability名称不存在",
        description = "当指定的Ability名称不存在时，方法将返回该错误码。",
        cause = "所查询的Ability不存在。",
        solution = "检查Want中的bundleName、moduleName和abilityName是否正确。",
        solution = "检查传入Want中bundleName对应的应用是否安装。可使用如下命令查询已安装的应用列表，若bundleName不在查询结果中，说明应用未安装成功。\n    ```bash\n    hdc shell bm dump -a\n    ```",
        solution = "多hap应用需确认ability所属的hap是否已被安装。可使用如下命令查询应用的包信息，若安装的应用中没有对应的hap和ability，说明ability所属的hap未被安装。\n    ```bash\n    hdc shell bm dump -n 包名\n    ```"
    )]
    AbilityNameDoesNotExist,
    /// Incorrect Ability Type (16000002).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_INCORRECT_ABILITY_TYPE`.
    ///
    /// This error code is reported when the ability type of the called party does not match the expected type when an ability-related API is called.
    #[code(
        16000002,
        title = "Incorrect Ability Type",
        message = "Incorrect ability type.",
        description = "This error code is reported when the ability type of the called party does not match the expected type when an ability-related API is called.",
        cause = "The ability type of the called party (server) does not match the expected type of the calling party (client).",
        cause = "When the target server is of the AppServiceExtensionAbility type, the ACL permission (ohos.permission.SUPPORT_APP_SERVICE_EXTENSION) is not configured in the **module.json5** configuration file. <!--Del-->",
        cause = "When [connectAgentExtensionAbility](js-apis-app-agent-agentManager-sys.md#agentmanagerconnectagentextensionability) is called, the **abilityName** or **moduleName** specified in the input parameter does not match the **abilityName** or **moduleName** configured in the **appInfo** of the AgentCard corresponding to **agentId**. <!--DelEnd-->",
        solution = "Check whether the values of **bundleName**, **moduleName**, and **abilityName** in **Want** are correct.",
        solution = "Check whether the ability type of the called party (server) matches the called API. For ServiceExtensionAbility, use <!--Del-->[startServiceExtensionAbility](js-apis-inner-application-uiAbilityContext-sys.md#startserviceextensionability) to start the ability or <!--DelEnd-->[connectServiceExtensionAbility()](js-apis-inner-application-uiAbilityContext.md#connectserviceextensionability) to connect to the ability. In addition, ensure that **type** of **extensionAbilities** in the [module.json5 configuration file](../../quick-start/module-configuration-file.md) is set to **service** (matching the API).",
        solution = "If the called party (server) is of the appService type, configure the ACL permission (ohos.permission.SUPPORT_APP_SERVICE_EXTENSION) in the **module.json5** configuration file on the server. <!--Del-->",
        solution = "When calling [connectAgentExtensionAbility](js-apis-app-agent-agentManager-sys.md#agentmanagerconnectagentextensionability), ensure that the **abilityName** or **moduleName** specified in the input parameter is consistent with the **abilityName** or **moduleName** configured in the **appInfo** of the AgentCard corresponding to **agentId**. <!--DelEnd-->",
        since = 15,
        constant = "ABILITY_RUNTIME_ERROR_CODE_INCORRECT_ABILITY_TYPE"
    )]
    #[translation(
        "zh-CN",
        title = "接口调用Ability类型错误",
        description = "当调用Ability相关接口时，被调用方的Ability类型与接口期望的类型不匹配。",
        cause = "被调用方（服务端）的Ability类型与调用方（客户端）接口期望的类型不匹配。",
        cause = "当目标服务端为AppServiceExtensionAbility类型时，未在module.json5配置文件中配置ACL权限（ohos.permission.SUPPORT_APP_SERVICE_EXTENSION）。",
        solution = "检查Want中的bundleName、moduleName和abilityName是否正确。",
        solution = "确认被调用方（服务端）的Ability类型与调用接口是否匹配。对于ServiceExtensionAbility，应使用<!--Del-->[startServiceExtensionAbility](js-apis-inner-application-uiAbilityContext-sys.md#startserviceextensionability)方法启动或用<!--DelEnd-->[connectServiceExtensionAbility()](js-apis-inner-application-uiAbilityContext.md#connectserviceextensionability)方法连接。同时需要确保[module.json5配置文件](../../quick-start/module-configuration-file.md)中`extensionAbilities`的`type`设置为与接口匹配的`service`。",
        solution = "若被调用方（服务端）为appService类型，需在服务端的module.json5配置文件中配置ACL权限（ohos.permission.SUPPORT_APP_SERVICE_EXTENSION）。"
    )]
    IncorrectAbilityType,
    /// ID Does Not Exist (16000003).
    ///
    /// This error code is reported when the specified ID does not exist.
    #[code(
        16000003,
        title = "ID Does Not Exist",
        message = "The specified ID does not exist.",
        description = "This error code is reported when the specified ID does not exist.",
        cause = "The target with the specified ID does not exist.",
        solution = "Use the correct ID."
    )]
    #[translation(
        "zh-CN",
        title = "指定的ID不存在",
        description = "当指定的ID不存在时，方法将返回该错误码。",
        cause = "操作的目标ID不存在。",
        solution = "确认操作的ID是否存在。"
    )]
    IdDoesNotExist,
    /// Visibility Verification Failure (16000004).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_VISIBILITY_VERIFICATION_FAILED`.
    ///
    /// This error code is reported when the application fails visibility verification.
    #[code(
        16000004,
        title = "Visibility Verification Failure",
        message = "Cannot start an invisible component.",
        description = "This error code is reported when the application fails visibility verification.",
        cause = "Visibility verification fails.",
        solution = "In the [stage model](../../application-models/ability-terminology.md#stage-model), if error 16000004 is thrown when an application is started, it indicates that an invisible component cannot be started. Check whether [exported](../../quick-start/module-configuration-file.md#abilities) in the **Ability** field of the **module.json5** file of the application to be started is set to **true**. If this field is set to **true**, the ability can be called by other applications; if it is set to **false**, the ability cannot be called by other applications.",
        solution = "To start the ability for which **exported** is set to **false**, the caller must request the ohos.permission.START_INVISIBLE_ABILITY permission, which is available only for system applications.",
        since = 26,
        constant = "ABILITY_RUNTIME_ERROR_CODE_VISIBILITY_VERIFICATION_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "可见性校验失败",
        description = "当可见性校验失败时，方法将返回该错误码。",
        cause = "应用可见性校验失败。",
        solution = "[Stage模型](../../application-models/ability-terminology.md#stage模型)下，拉起应用时抛出16000004异常，表示被拉应用调用失败，需要检查被拉应用module.json5的Ability字段的[exported](../../quick-start/module-configuration-file.md#abilities标签)配置是否为true。该配置字段为true，表示可以被其他应用调用；该配置字段为false，表示不可以被其他应用调用。",
        solution = "若应用需要拉起exported为false的ability，请申请ohos.permission.START_INVISIBLE_ABILITY权限（该权限仅系统应用可申请）。"
    )]
    VisibilityVerificationFailure,
    /// Process Permission Verification Failure (16000005).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_STATIC_CFG_PERMISSION`.
    ///
    /// This error code is reported when the specified process fails permission verification.
    #[code(
        16000005,
        title = "Process Permission Verification Failure",
        message = "The specified process does not have the permission.",
        description = "This error code is reported when the specified process fails permission verification.",
        cause = "Permission verification for the specified process fails.",
        solution = "Check whether the caller has the permission required by the target component.",
        since = 26,
        constant = "ABILITY_RUNTIME_ERROR_CODE_STATIC_CFG_PERMISSION"
    )]
    #[translation(
        "zh-CN",
        title = "指定的进程权限校验失败",
        description = "当指定的进程权限校验失败时，方法将返回该错误码。",
        cause = "指定的进程权限校验失败。",
        solution = "确认调用方是否有目标组件要求的权限。"
    )]
    ProcessPermissionVerificationFailure,
    /// Cross-User Operation Is Not Allowed (16000006).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_CROSS_USER_OPERATION`.
    ///
    /// This error code is reported when an application tries to perform a cross-user operation.
    #[code(
        16000006,
        title = "Cross-User Operation Is Not Allowed",
        message = "Cross-user operations are not allowed.",
        description = "This error code is reported when an application tries to perform a cross-user operation.",
        cause = "The application initiates a cross-user operation.",
        solution = "Check whether a cross-user operation is being attempted by checking whether the user ID passed during the API call matches the current userID.",
        since = 26,
        constant = "ABILITY_RUNTIME_ERROR_CODE_CROSS_USER_OPERATION"
    )]
    #[translation(
        "zh-CN",
        title = "不允许跨用户操作",
        description = "当应用跨用户操作时，方法将返回该错误码。",
        cause = "应用进行了跨用户操作。",
        solution = "确认是否进行了跨用户操作，检查接口调用时传入的userID是否与当前userID一致。"
    )]
    CrossUserOperationIsNotAllowed,
    /// Service Unresponsive (16000007).
    ///
    /// This error code is reported when the system service is not responding.
    #[code(
        16000007,
        title = "Service Unresponsive",
        message = "Service busy. There are concurrent tasks. Try again later.",
        description = "This error code is reported when the system service is not responding.",
        cause = "The application tries to access the system service before it is fully started.",
        solution = "Wait until the system service is started and then try again."
    )]
    #[translation(
        "zh-CN",
        title = "服务未响应",
        description = "当系统服务未响应时，方法将返回该错误码。",
        cause = "应用在系统服务未启动时访问系统服务。",
        solution = "请等待系统服务启动后重试原操作。"
    )]
    ServiceUnresponsive,
    /// Crowdtesting Application Expires (16000008).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_CROWDTEST_EXPIRED`.
    ///
    /// This error code is reported when users try to open a crowdtesting application that has expired.
    #[code(
        16000008,
        title = "Crowdtesting Application Expires",
        message = "The crowdtesting application expires.",
        description = "This error code is reported when users try to open a crowdtesting application that has expired.",
        cause = "The crowdtesting application has expired.",
        solution = "Check whether the application has expired. A crowdtesting application that has passed its validity period cannot be started.",
        since = 15,
        constant = "ABILITY_RUNTIME_ERROR_CODE_CROWDTEST_EXPIRED"
    )]
    #[translation(
        "zh-CN",
        title = "众测应用到期",
        description = "当众测应用到期时，方法将返回该错误码。",
        cause = "众测应用到期，无法打开。",
        solution = "请检查应用是否众测到期，已过有效期的众测应用无法启动。"
    )]
    CrowdtestingApplicationExpires,
    /// Ability Start or Stop Failure in Wukong Mode (16000009).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_WUKONG_MODE`.
    ///
    /// This error code is returned when the application tries to start or stop an ability in Wukong mode.
    #[code(
        16000009,
        title = "Ability Start or Stop Failure in Wukong Mode",
        message = "An ability cannot be started or stopped in Wukong mode.",
        description = "This error code is returned when the application tries to start or stop an ability in Wukong mode.",
        cause = "An ability cannot be started or stopped in Wukong mode.",
        solution = "Exit Wukong mode, and then start or stop the ability.",
        since = 15,
        constant = "ABILITY_RUNTIME_ERROR_CODE_WUKONG_MODE",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}  \n"
    )]
    #[translation(
        "zh-CN",
        title = "wukong模式，不允许启动/停止ability",
        description = "当wukong模式下，启动/停止ability时，方法将返回该错误码。",
        cause = "wukong模式，不允许启动/停止ability。",
        solution = "退出wukong模式后，再尝试启动/停止ability。请勿在wukong模式下启动/停止Ability。"
    )]
    AbilityStartOrStopFailureInWukongMode,
    /// Continuation Flag Is Forbidden (16000010).
    ///
    /// This error code is reported when the API call carries the continuation flag.
    #[code(
        16000010,
        title = "Continuation Flag Is Forbidden",
        message = "The call with the continuation and prepare continuation flag is forbidden.",
        description = "This error code is reported when the API call carries the continuation flag.",
        cause = "The continuation flag is not allowed for the API call.",
        solution = "Remove the continuation flag."
    )]
    #[translation(
        "zh-CN",
        title = "不允许带迁移flag",
        description = "当调用携带迁移flag时，方法将返回该错误码。",
        cause = "当前调用不允许携带迁移flag。",
        solution = "请检查是否携带迁移flag。"
    )]
    ContinuationFlagIsForbidden,
    /// Context Does Not Exist (16000011).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_CONTEXT_NOT_EXIST`.
    ///
    /// This error code is reported when the specified context does not exist.
    #[code(
        16000011,
        title = "Context Does Not Exist",
        message = "The context does not exist.",
        description = "This error code is reported when the specified context does not exist.",
        cause = "The context passed in the API does not exist.",
        solution = "Use the correct context.",
        since = 13,
        constant = "ABILITY_RUNTIME_ERROR_CODE_CONTEXT_NOT_EXIST"
    )]
    #[translation(
        "zh-CN",
        title = "上下文对象不存在",
        description = "当上下文对象不存在时，方法将返回该错误码。",
        cause = "当前上下文对象不存在。",
        solution = "请检查上下文对象是否可用。"
    )]
    ContextDoesNotExist,
    /// Application Under Control (16000012).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_CONTROLLED`.
    ///
    /// This error code is reported when the application is under control.
    #[code(
        16000012,
        title = "Application Under Control",
        message = "The application is controlled.",
        description = "This error code is reported when the application is under control.",
        cause = "The application is controlled by the system control module and is not allowed to start.",
        solution = "The target application is prohibited from being started. Try the call again later.",
        since = 15,
        constant = "ABILITY_RUNTIME_ERROR_CODE_CONTROLLED"
    )]
    #[translation(
        "zh-CN",
        title = "应用被管控",
        description = "当应用受到管控时，将返回该错误码。",
        cause = "应用被系统管控模块管控，不允许启动。",
        solution = "目标应用被系统管控禁止拉起，请稍后再尝试调用。"
    )]
    ApplicationUnderControl,
    /// Application Controlled by EDM (16000013).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_EDM_CONTROLLED`.
    ///
    /// This error code is reported when an application is controlled by [Enterprise Device Manager (EDM)](../../mdm/mdm-kit-admin.md).
    #[code(
        16000013,
        title = "Application Controlled by EDM",
        message = "The application is controlled by EDM.",
        description = "This error code is reported when an application is controlled by [Enterprise Device Manager (EDM)](../../mdm/mdm-kit-admin.md).",
        cause = "The application is controlled by EDM.",
        solution = "Contact the enterprise device management personnel.",
        since = 15,
        constant = "ABILITY_RUNTIME_ERROR_CODE_EDM_CONTROLLED"
    )]
    #[translation(
        "zh-CN",
        title = "应用被EDM管控",
        description = "当应用受到企业设备管理[Enterprise Device Manager](../../mdm/mdm-kit-admin.md)管控时，方法将返回该错误码。",
        cause = "应用受企业设备管理管控。",
        solution = "请联系企业设备管理相关人员。"
    )]
    ApplicationControlledByEdm,
    /// Service Timeout (16000015).
    ///
    /// This error code is reported when the service requested times out.
    #[code(
        16000015,
        title = "Service Timeout",
        message = "Service timeout.",
        description = "This error code is reported when the service requested times out.",
        cause = "The service times out.",
        solution = "Try again later."
    )]
    #[translation(
        "zh-CN",
        title = "服务超时",
        description = "当服务超时时，方法将返回该错误码。",
        cause = "服务超时。",
        solution = "服务超时，请稍后重试。"
    )]
    ServiceTimeout,
    /// Restricting Redirection to Third-Party Applications of API Version 11 or Later (16000018).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_CROSS_APP`.
    ///
    /// For applications with an API version later than 11, explicit redirection to other third-party applications is not allowed.
    #[code(
        16000018,
        title = "Restricting Redirection to Third-Party Applications of API Version 11 or Later",
        message = "Redirection to a third-party application is not allowed in API version greater than 11.",
        description = "For applications with an API version later than 11, explicit redirection to other third-party applications is not allowed.",
        cause = "The application uses an API version later than 11 and attempts to explicitly redirect to a third-party application.",
        solution = "Use implicit startup or [openLink](js-apis-inner-application-uiAbilityContext.md#openlink12) for redirection.",
        since = 15,
        constant = "ABILITY_RUNTIME_ERROR_CODE_CROSS_APP"
    )]
    #[translation(
        "zh-CN",
        title = "限制API 11以上版本三方应用跳转",
        description = "当应用API版本大于11的时候，不允许显式跳转到其他三方应用。",
        cause = "应用使用的API版本大于11并且显式跳转到其他三方应用。",
        solution = "使用隐式启动方式或通过[openLink](js-apis-inner-application-uiAbilityContext.md#openlink12)跳转其他应用。"
    )]
    RestrictingRedirectionToThirdPartyApplicationsOfApiVersion11OrLater,
    /// No Matching Ability Found for Implicit Start (16000019).
    ///
    /// This error code is reported when a matching ability is not found during implicit startup.
    #[code(
        16000019,
        title = "No Matching Ability Found for Implicit Start",
        message = "No matching ability is found.",
        description = "This error code is reported when a matching ability is not found during implicit startup.",
        cause = "The parameter settings for implicit startup are incorrect.",
        cause = "The specified HAP is not installed.",
        solution = "Correct the parameter settings for implicit startup. For details about the matching rules, see [Matching Rules of Explicit Want and Implicit Want](../../application-models/explicit-implicit-want-mappings.md).",
        solution = "Install the specified HAP."
    )]
    #[translation(
        "zh-CN",
        title = "隐式启动未查找到匹配应用",
        description = "隐式启动无法查找到匹配的Ability。",
        cause = "隐式启动的参数配置有误。",
        cause = "指定的HAP包未安装。",
        solution = "确保隐式启动的参数配置正确，匹配规则详见[显式Want与隐式Want匹配规则](../../application-models/explicit-implicit-want-mappings.md)。",
        solution = "确保对应的HAP包已安装。"
    )]
    NoMatchingAbilityFoundForImplicitStart,
    /// Context Is Not an Ability-level Context (16000020).
    ///
    /// This error code is reported when the passed Context object is not an ability-level context.
    #[code(
        16000020,
        title = "Context Is Not an Ability-level Context",
        message = "The context is not ability context.",
        description = "This error code is reported when the passed Context object is not an ability-level context.",
        cause = "The passed Context object is not UIAbilityContext or ExtensionContext, and does not inherit from UIAbilityContext or ExtensionContext.",
        solution = "Use a UIAbilityContext object or an ExtensionContext object as the input parameter, or use the object that inherits from UIAbilityContext or ExtensionContext as the input parameter."
    )]
    #[translation(
        "zh-CN",
        title = "传入的Context对象不是Ability级别Context",
        description = "传入的Context对象不是Ability级别Context。",
        cause = "传入的Context对象既不是UIAbilityContext或ExtensionContext，也没有继承自UIAbilityContext或ExtensionContext。",
        solution = "使用UIAbilityContext或ExtensionContext对象作为入参，或者使用继承了UIAbilityContext或ExtensionContext类的对象作为入参。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    ContextIsNotAbilityLevelContext,
    /// Module Name Does Not Exist (16000021).
    ///
    /// The module name does not exist.
    #[code(
        16000021,
        title = "Module Name Does Not Exist",
        message = "The module name does not exist.",
        description = "The module name does not exist.",
        cause = "The passed moduleName parameter is empty.",
        cause = "The module corresponding to moduleName does not exist in the HAP/HSP package.",
        solution = "Ensure the passed moduleName parameter is not empty.",
        solution = "Ensure the passed moduleName is a module name that exists in the HAP/HSP package.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Procedure**\n\n{solutions:tight}\n"
    )]
    ModuleNameDoesNotExist,
    /// Internal Error (16000050).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_INTERNAL`, `NCP_ERR_INTERNAL`.
    ///
    /// This error code is reported when an internal exception occurs that the developer cannot resolve, such as memory allocation failure, multithreading exceptions, or IPC failure.
    #[code(
        16000050,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported when an internal exception occurs that the developer cannot resolve, such as memory allocation failure, multithreading exceptions, or IPC failure.",
        cause = "The [Want](./js-apis-app-ability-want.md#constraints) data passed when the ability is started is too large.",
        cause = "A non-system application is launched before the device is unlocked.",
        cause = "AppGallery is not installed during implicit startup.",
        cause = "Internal system errors that cannot be handled by developers, including but not limited to: null pointer of internal objects, processing timeout, IPC cross-process communication failure, failure to obtain application information via package management, failure to obtain system services, the number of started Ability instances reaching the upper limit, etc.",
        solution = "If the ability fails to be started, check whether the [Want](./js-apis-app-ability-want.md#constraints) data passed is too large.",
        solution = "Ensure that only system applications are launched before the device is unlocked, or delay launching non-system applications until the device is unlocked.",
        solution = "Ensure that AppGallery is installed on the device, or check whether AppGallery is installed before launching an application.",
        solution = "For internal system errors that cannot be handled by developers, try to call the API again or restart the device.",
        since = 15,
        constant = "ABILITY_RUNTIME_ERROR_CODE_INTERNAL",
        constant = "NCP_ERR_INTERNAL",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "当出现了开发者无法解决的内部异常错误（如内存申请失败、多线程处理异常、跨进程通信失败等）时，方法将返回该错误码。",
        cause = "启动Ability时传入的[Want](./js-apis-app-ability-want.md#约束限制)数据过大。",
        cause = "设备解锁前拉起非系统应用。",
        cause = "隐式拉起时未安装应用市场App。",
        cause = "开发者无法处理的系统内部错误。包括但不限于：内部对象为空指针、处理超时、IPC跨进程通信失败、包管理获取应用信息失败、系统服务获取失败、启动的Ability实例已达到上限等。",
        solution = "对于启动Ability失败时，可以检查传入的[Want](./js-apis-app-ability-want.md#约束限制)数据是否过大。",
        solution = "确保在设备解锁前只拉起系统应用，或者延迟拉起非系统应用直到设备解锁。",
        solution = "确保设备上已安装应用市场App，或者在拉起应用前检查应用市场App是否已安装。",
        solution = "对于开发者无法处理的系统内部错误，请尝试重新调用该接口，或者重启设备。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    InternalError,
    /// Ability Not in the Foreground (16000053).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_NOT_TOP_ABILITY`.
    ///
    /// When the current ability is not displayed at the top of the UI, the method will return this error code.
    #[code(
        16000053,
        title = "Ability Not in the Foreground",
        message = "The ability is not on the top of the UI.",
        description = "When the current ability is not displayed at the top of the UI, the method will return this error code.",
        cause = "When the user performs a free-install start, the ability must be in the foreground, but the ability is not displayed at the top of the UI.",
        solution = "Ensure that the current ability has been started and is running in the foreground.",
        solution = "Check whether the ability UI is fully displayed and is not obscured or minimized by another ability window.",
        solution = "If the split-screen or multi-window mode is enabled on the device, ensure that the current ability is the focused window.",
        since = 15,
        constant = "ABILITY_RUNTIME_ERROR_CODE_NOT_TOP_ABILITY"
    )]
    #[translation(
        "zh-CN",
        title = "非顶层应用",
        description = "当前应用未显示在界面顶层时，方法将返回该错误码。",
        cause = "用户执行免安装启动时需要确保应用在前台，但应用未显示在界面顶层。",
        solution = "请确保当前应用已启动并处于前台运行状态。",
        solution = "请核实应用界面是否完全显示，且未被其他应用窗口遮挡或最小化。",
        solution = "如设备启用了分屏或多窗口模式，请确保当前应用为焦点窗口。"
    )]
    AbilityNotInForeground,
    /// Installation-Free Timeout (16000055).
    ///
    /// This error code is reported when the installation-free task times out.
    #[code(
        16000055,
        title = "Installation-Free Timeout",
        message = "Installation-free timed out.",
        description = "This error code is reported when the installation-free task times out.",
        cause = "Installation-free times out.",
        solution = "Try again later."
    )]
    #[translation(
        "zh-CN",
        title = "免安装超时",
        description = "当免安装超时时，方法将返回该错误码。",
        cause = "免安装超时。",
        solution = "免安装超时，请稍后重试。"
    )]
    InstallationFreeTimeout,
    /// Specified URI Flag Is Invalid (16000058).
    ///
    /// This error code is reported when the specified URI flag is invalid.
    #[code(
        16000058,
        title = "Specified URI Flag Is Invalid",
        message = "Invalid URI flag.",
        description = "This error code is reported when the specified URI flag is invalid.",
        cause = "An incorrect parameter is passed in.",
        solution = "Pass in a valid URI flag.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的URI flag无效",
        description = "指定的URI flag无效。",
        cause = "传入的参数有误。",
        solution = "确认传入的参数属于Uri flag。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SpecifiedUriFlagIsInvalid,
    /// Specified URI Type Is Invalid (16000059).
    ///
    /// This error code is reported when the specified URI type is invalid.
    #[code(
        16000059,
        title = "Specified URI Type Is Invalid",
        message = "Invalid URI type.",
        description = "This error code is reported when the specified URI type is invalid.",
        cause = "An incorrect parameter is passed in. Currently, URI authorization management supports only URIs of the file type.",
        solution = "Ensure that the input parameter is of the supported URI type.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "指定的URI类型无效",
        description = "指定的URI类型无效。",
        cause = "传入的参数有误，目前URI授权管理仅支持file类型URI。",
        solution = "确认传入的参数属于支持的URI类型。"
    )]
    SpecifiedUriTypeIsInvalid,
    /// Sandbox Applications Cannot Grant URI Permission (16000060).
    ///
    /// This error code is reported when a sandbox application attempts to grant URI permission.
    #[code(
        16000060,
        title = "Sandbox Applications Cannot Grant URI Permission",
        message = "A sandbox application cannot grant URI permission.",
        description = "This error code is reported when a sandbox application attempts to grant URI permission.",
        cause = "Sandbox applications are not allowed to grant URI permissions.",
        solution = "Use a non-sandbox application.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "不支持沙箱应用授权URI",
        description = "当沙箱应用授权URI时，方法将返回该错误码。",
        cause = "不支持沙箱应用授权URI。",
        solution = "确认为非沙箱应用。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    SandboxApplicationsCannotGrantUriPermission,
    /// Unsupported Operation (16000061).
    ///
    /// This error code is reported when the operation is not supported.
    #[code(
        16000061,
        title = "Unsupported Operation",
        message = "Operation not supported.",
        description = "This error code is reported when the operation is not supported.",
        cause = "The operation is not supported.",
        solution = "Perform a supported operation."
    )]
    #[translation(
        "zh-CN",
        title = "不支持的操作",
        description = "当操作在当前系统上不支持时，返回该错误码。",
        cause = "操作在当前系统上不支持。",
        solution = "确认操作在当前系统版本上是否支持。"
    )]
    UnsupportedOperation,
    /// Too Many Child Processes (16000062).
    ///
    /// This error code is reported when the number of created child processes reaches the upper limit.
    #[code(
        16000062,
        title = "Too Many Child Processes",
        message = "The number of child processes exceeds the upper limit.",
        description = "This error code is reported when the number of created child processes reaches the upper limit.",
        cause = "The number of created child processes has reached the upper limit.",
        solution = "Limit the number of created child processes. The upper limit is 512."
    )]
    #[translation(
        "zh-CN",
        title = "子进程数量超出上限",
        description = "当申请创建子进程时，创建的子进程数量已经达到上限，返回该错误码。",
        cause = "创建的子进程数量已经达到上限。",
        solution = "确认创建的子进程数量是否已经达到上限。子进程数量上限为512个。"
    )]
    TooManyChildProcesses,
    /// Invalid Ability During Application Restart (16000063).
    ///
    /// This error code is reported when the specified ability name or type is invalid during application restart.
    #[code(
        16000063,
        title = "Invalid Ability During Application Restart",
        message = "The target to restart does not belong to the current application or is not a UIAbility.",
        description = "This error code is reported when the specified ability name or type is invalid during application restart.",
        cause = "The specified ability name or type is invalid.",
        solution = "Ensure that the specified ability name belongs to the current application and the ability type is UIAbility."
    )]
    #[translation(
        "zh-CN",
        title = "重启应用指定组件无效",
        description = "当重启应用拉起指定组件时，指定组件名称或类型无效，返回该错误码。",
        cause = "指定组件名称或类型无效。",
        solution = "确认指定组件名称为当前应用组件，且类型为UIAbility。"
    )]
    InvalidAbilityDuringApplicationRestart,
    /// Frequent Application Restart (16000064).
    ///
    /// This error code is reported when the API used to restart the application with a specified component is called again within 3 seconds.
    #[code(
        16000064,
        title = "Frequent Application Restart",
        message = "Restart too frequently. Try again at least 3s later.",
        description = "This error code is reported when the API used to restart the application with a specified component is called again within 3 seconds.",
        cause = "The API is frequently called.",
        solution = "Wait for at least 3s and try again."
    )]
    #[translation(
        "zh-CN",
        title = "重启应用频繁",
        description = "当重启应用拉起指定组件时，3s内再次调用，返回该错误码。",
        cause = "调用接口频繁。",
        solution = "请等待至少3s后再次尝试重启操作。"
    )]
    FrequentApplicationRestart,
    /// API Can Be Called Only for a Foreground Ability (16000065).
    ///
    /// This error code is reported when the API is called while the ability is not running in the foreground.
    #[code(
        16000065,
        title = "API Can Be Called Only for a Foreground Ability",
        message = "The API can be called only when the ability is running in the foreground.",
        description = "This error code is reported when the API is called while the ability is not running in the foreground.",
        cause = "The ability is not in the foreground when the API is called.",
        solution = "Before calling the API, ensure that the ability is running in the foreground and the UI is visible."
    )]
    #[translation(
        "zh-CN",
        title = "接口只支持Ability在前台时调用",
        description = "当Ability不在前台时，方法将返回该错误码。",
        cause = "调用接口时，Ability不在前台。",
        solution = "在调用接口前，请确保当前Ability已处于前台运行且界面可见状态。"
    )]
    ApiCanBeCalledOnlyForForegroundAbility,
    /// Ability Cannot Be Moved to the Foreground/Background in Wukong Mode (16000066).
    ///
    /// This error code is reported when the API used to switch the ability to the foreground or background is called in Wukong mode.
    #[code(
        16000066,
        title = "Ability Cannot Be Moved to the Foreground/Background in Wukong Mode",
        message = "An ability cannot switch to the foreground or background in Wukong mode.",
        description = "This error code is reported when the API used to switch the ability to the foreground or background is called in Wukong mode.",
        cause = "In Wukong mode, it is not allowed to switch the ability to the foreground or background.",
        solution = "Exit wukong mode, and then call the API to switch the ability to the foreground or background.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}  \n"
    )]
    #[translation(
        "zh-CN",
        title = "wukong模式，不允许移动Ability到前台/后台",
        description = "当wukong模式下，移动Ability到前台/后台时，方法将返回该错误码。",
        cause = "wukong模式，不允许移动Ability到前台/后台。",
        solution = "退出wukong模式后，再尝试移动Ability到前台/后台。请勿在wukong模式下移动Ability到前台/后台。",
        layout = "\n## {code}  {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    AbilityCannotBeMovedToForegroundBackgroundInWukongMode,
    /// Ability Startup Parameter Verification Failure (16000067).
    ///
    /// This error code is reported when verification on **StartOptions** fails.
    #[code(
        16000067,
        title = "Ability Startup Parameter Verification Failure",
        message = "The StartOptions check failed.",
        description = "This error code is reported when verification on **StartOptions** fails.",
        cause = "**startAbility()**, with **processMode** set to **NEW_PROCESS_ATTACH_TO_STATUS_BAR_ITEM** or **ATTACH_TO_STATUS_BAR_ITEM**, is called, but the application icon is not displayed in the status bar.",
        cause = "**showAbility()** or **hideAbility()** is called, but the caller is not started in **NEW_PROCESS_ATTACH_TO_STATUS_BAR_ITEM** or **ATTACH_TO_STATUS_BAR_ITEM** mode.",
        solution = "Check whether the constraints for **StartOptions** are met."
    )]
    #[translation(
        "zh-CN",
        title = "Ability启动参数校验失败",
        description = "当StartOptions相关的参数校验失败时，返回该错误码。",
        cause = "调用startAbility时，processMode设置为NEW_PROCESS_ATTACH_TO_STATUS_BAR_ITEM或者ATTACH_TO_STATUS_BAR_ITEM，但是应用在状态栏没有图标，则返回该错误码。",
        cause = "调用showAbility/hideAbility时，如果调用方不是以NEW_PROCESS_ATTACH_TO_STATUS_BAR_ITEM或者ATTACH_TO_STATUS_BAR_ITEM模式启动，则返回该错误码。",
        solution = "确认StartOptions参数配置，以及相应的约束条件是否满足。"
    )]
    AbilityStartupParameterVerificationFailure,
    /// Ability Is Already Running (16000068).
    ///
    /// This error code is reported when the target ability is already running.
    #[code(
        16000068,
        title = "Ability Is Already Running",
        message = "The ability is already running.",
        description = "This error code is reported when the target ability is already running.",
        cause = "**startAbility()** is called, with **processMode** and **startupVisibility** specified. **launchType** of the target ability is singleton or specified, and the target ability is running.",
        solution = "When **launchType** of the target ability is singleton or specified, do not specify **processMode** or **startupVisibility** in **startAbility()**."
    )]
    #[translation(
        "zh-CN",
        title = "Ability已经在运行中",
        description = "当目标Ability已经在运行中时，返回该错误码。",
        cause = "调用startAbility时，指定了processMode和startupVisibility，目标Ability的launchType是singleton或者specified，并且目标Ability正在运行中，则返回该错误码。",
        solution = "当目标Ability的launchType是singleton或者specified时，避免通过指定processMode和startupVisibility的方式重复startAbility。"
    )]
    AbilityIsAlreadyRunning,
    /// ExtensionAbility Fails to Start a Third-Party Application in Strict Mode (16000069).
    ///
    /// In strict mode, the ExtensionAbility is not allowed to start third-party applications.
    #[code(
        16000069,
        title = "ExtensionAbility Fails to Start a Third-Party Application in Strict Mode",
        message = "The extension cannot start the third party application.",
        description = "In strict mode, the ExtensionAbility is not allowed to start third-party applications.",
        cause = "The ExtensionAbility is in strict mode, and this type of ExtensionAbility is forbidden to start third-party applications in strict mode.",
        solution = "Check the strict mode activation conditions for this [type of ExtensionAbility](../../application-models/extensionability-overview.md).",
        solution = "Start the ExtensionAbility in non-strict mode."
    )]
    #[translation(
        "zh-CN",
        title = "严格模式下不允许该类型Extension启动三方应用",
        description = "严格模式下，不允许该类型Extension启动三方应用。",
        cause = "当前Extension处于严格模式，且对应的Extension类型不允许严格模式下启动其他三方应用。",
        solution = "查看[对应Extension类型](../../application-models/extensionability-overview.md)严格模式开启条件。",
        solution = "以非严格模式启动当前Extension。"
    )]
    ExtensionAbilityFailsToStartThirdPartyApplicationInStrictMode,
    /// ExtensionAbility Fails to Start a ServiceExtensionAbility in Strict Mode (16000070).
    ///
    /// In strict mode, the ExtensionAbility is not allowed to start the specified ServiceExtensionAbility.
    #[code(
        16000070,
        title = "ExtensionAbility Fails to Start a ServiceExtensionAbility in Strict Mode",
        message = "The extension cannot start the service.",
        description = "In strict mode, the ExtensionAbility is not allowed to start the specified ServiceExtensionAbility.",
        cause = "The ExtensionAbility is in strict mode, and this type of ExtensionAbility is forbidden to start the specified ServiceExtensionAbility in strict mode.",
        solution = "Check the strict mode activation conditions for this [type of ExtensionAbility](../../application-models/extensionability-overview.md).",
        solution = "Start the ExtensionAbility in non-strict mode."
    )]
    #[translation(
        "zh-CN",
        title = "严格模式下不允许该类型Extension启动指定ServiceExtensionAbility",
        description = "严格模式下，不允许该类型Extension启动指定ServiceExtensionAbility。",
        cause = "当前Extension处于严格模式，且对应的Extension类型不允许严格模式下启动指定ServiceExtensionAbility。",
        solution = "查看[对应Extension类型](../../application-models/extensionability-overview.md)严格模式开启条件。",
        solution = "以非严格模式启动当前Extension。"
    )]
    ExtensionAbilityFailsToStartServiceExtensionAbilityInStrictMode,
    /// Application Clone Is Not Supported (16000071).
    ///
    /// This error code is reported when the application does not support clones.
    #[code(
        16000071,
        title = "Application Clone Is Not Supported",
        message = "App clone is not supported.",
        description = "This error code is reported when the application does not support clones.",
        cause = "The [getCurrentAppCloneIndex](./js-apis-inner-application-applicationContext.md#applicationcontextgetcurrentappcloneindex12) API is called while the [multiAppMode](../../quick-start/app-configuration-file.md#multiappmode) field in the **app.json5** file is not set to **appClone** (meaning that the application does not support app clone mode).",
        solution = "Configure the **multiAppMode** field in the **app.json5** file by referring to [Creating an Application Multi-Instance](../../quick-start/multiInstance.md). After app clone mode is enabled, call the [getCurrentAppCloneIndex](./js-apis-inner-application-applicationContext.md#applicationcontextgetcurrentappcloneindex12) API."
    )]
    #[translation(
        "zh-CN",
        title = "不支持应用分身模式",
        description = "当应用不支持分身模式时，返回该错误码。",
        cause = "该应用没有在app.json5配置文件[multiAppMode](../../quick-start/app-configuration-file.md#multiappmode标签)标签中配置应用分身字段，导致该应用不支持分身模式，调用[getCurrentAppCloneIndex](./js-apis-inner-application-applicationContext.md#applicationcontextgetcurrentappcloneindex12)接口时返回该错误码。",
        solution = "参考[应用多实例的配置方法](../../quick-start/multiInstance.md)，在app.json5配置文件中配置multiAppMode标签，开启应用分身功能后，再调用[getCurrentAppCloneIndex](./js-apis-inner-application-applicationContext.md#applicationcontextgetcurrentappcloneindex12)接口。"
    )]
    ApplicationCloneIsNotSupported,
    /// Multi-App Mode Is Not Supported (16000072).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_MULTI_APP_NOT_SUPPORTED`.
    ///
    /// This error code is reported when the application does not support multi-app mode.
    #[code(
        16000072,
        title = "Multi-App Mode Is Not Supported",
        message = "App clone or multi-instance is not supported.",
        description = "This error code is reported when the application does not support multi-app mode.",
        cause = "When calling Ability startup APIs such as [startAbility](./js-apis-inner-application-uiAbilityContext.md#startability) and [startAbilityForResult](./js-apis-inner-application-uiAbilityContext.md#startabilityforresult), this error code is returned if the target application does not support multi-app mode.",
        cause = "<!--Del-->",
        cause = "This error code is returned if [getRunningMultiAppInfo](./js-apis-app-ability-appManager-sys.md#appmanagergetrunningmultiappinfo12) is called to query multi-app mode information of an application that does not support multi-app mode.",
        solution = "When calling Ability startup APIs such as [startAbility](./js-apis-inner-application-uiAbilityContext.md#startability) and [startAbilityForResult](./js-apis-inner-application-uiAbilityContext.md#startabilityforresult), ensure that the target application supports multi-app mode and configure [multiAppMode](../../quick-start/app-configuration-file.md#multiappmode) tag in the **app.json5** file to enable the application clone function.",
        solution = "<!--Del-->",
        solution = "Ensure that the application to be queried supports multi-app mode when [getRunningMultiAppInfo](./js-apis-app-ability-appManager-sys.md#appmanagergetrunningmultiappinfo12) is called.",
        since = 17,
        constant = "ABILITY_RUNTIME_ERROR_CODE_MULTI_APP_NOT_SUPPORTED",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{cause}\n{causes}\n<!--DelEnd-->\n\n**Solution**\n\n{solution}\n\n{solution}\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "不支持应用多开",
        description = "当应用不支持多开时，返回该错误码。",
        cause = "调用[startAbility](./js-apis-inner-application-uiAbilityContext.md#startability)、[startAbilityForResult](./js-apis-inner-application-uiAbilityContext.md#startabilityforresult)等启动Ability接口时，如果目标应用不支持应用多开，则返回该错误码。",
        cause = "<!--Del-->",
        cause = "调用[getRunningMultiAppInfo](./js-apis-app-ability-appManager-sys.md#appmanagergetrunningmultiappinfo12)查询不支持应用多开的应用多开信息，则返回该错误码。",
        solution = "调用[startAbility](./js-apis-inner-application-uiAbilityContext.md#startability)、[startAbilityForResult](./js-apis-inner-application-uiAbilityContext.md#startabilityforresult)等启动Ability接口时，确保目标应用支持应用多开，并在app.json5配置文件中配置[multiAppMode](../../quick-start/app-configuration-file.md#multiappmode标签)标签开启应用分身功能。",
        solution = "<!--Del-->",
        solution = "调用[getRunningMultiAppInfo](./js-apis-app-ability-appManager-sys.md#appmanagergetrunningmultiappinfo12)时确保查询的应用支持应用多开。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{cause}\n{causes}\n<!--DelEnd-->\n\n**处理步骤**\n\n{solution}\n\n{solution}\n{solutions}\n<!--DelEnd-->\n"
    )]
    MultiAppModeIsNotSupported,
    /// appCloneIndex Is Invalid (16000073).
    ///
    /// This error code is reported when an invalid value of **appCloneIndex** is passed in.
    #[code(
        16000073,
        title = "appCloneIndex Is Invalid",
        message = "The app clone index is invalid.",
        description = "This error code is reported when an invalid value of **appCloneIndex** is passed in.",
        cause = "**startAbility()** is called, with **appCloneIndex** carried in **ohos.extra.param.key.appCloneIndex** set to an invalid value.",
        cause = "**isAppRunning()** is called, with **appCloneIndex** set to an invalid value.",
        cause = "The ExtensionAbility to be connected does not support the application clone.",
        solution = "Check whether the constraints of **appCloneIndex** are met.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "传入的appCloneIndex是一个无效值",
        description = "传入一个无效的appCloneIndex，返回该错误码。",
        cause = "调用startAbility时，使用ohos.extra.param.key.appCloneIndex携带的appCloneIndex是一个无效值，则返回该错误码。",
        cause = "调用isAppRunning时，入参appCloneIndex是一个无效值，则返回该错误码。",
        solution = "确认appCloneIndex的约束条件是否满足。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    AppCloneIndexIsInvalid,
    /// Caller Corresponding to requestCode Does Not Exist When the Result Is Returned (16000074).
    ///
    /// This error code is reported when the **backToCallerAbilityWithResult** API attempts to return the result to the caller but fails to find the caller based on **requestCode**.
    #[code(
        16000074,
        title = "Caller Corresponding to requestCode Does Not Exist When the Result Is Returned",
        message = "The caller does not exist.",
        description = "This error code is reported when the **backToCallerAbilityWithResult** API attempts to return the result to the caller but fails to find the caller based on **requestCode**.",
        cause = "**requestCode** is not obtained from the **CALLER_REQUEST_CODE** field in **Want**.",
        cause = "The caller corresponding to **requestCode** has been destroyed or the result has been returned.",
        solution = "Check whether **requestCode** is obtained from **CALLER_REQUEST_CODE** in **Want**.",
        solution = "Check whether the caller has been destroyed or the result has been returned.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "返回结果时requestCode对应的调用方不存在",
        description = "通过backToCallerAbilityWithResult接口向调用方返回结果时，如果根据传入的requestCode无法找到调用方，返回该错误码。",
        cause = "requestCode不是通过Want中的CALLER_REQUEST_CODE字段获取的。",
        cause = "requestCode对应的调用方已经被销毁或结果已经返回。",
        solution = "确认requestCode是否是通过Want中的CALLER_REQUEST_CODE获取的。",
        solution = "确认调用方是否被销毁或结果已经返回。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    CallerCorrespondingToRequestCodeDoesNotExistWhenResultIsReturned,
    /// Caller Cannot Be Started When the Result Is Returned (16000075).
    ///
    /// This error code is reported when the **backToCallerAbilityWithResult** API fails to return the result to the caller.
    #[code(
        16000075,
        title = "Caller Cannot Be Started When the Result Is Returned",
        message = "BackToCaller is not supported.",
        description = "This error code is reported when the **backToCallerAbilityWithResult** API fails to return the result to the caller.",
        cause = "The link feature is not configured for the application or the configuration is not approved by the system.",
        solution = "Ensure that the **linkFeature** field is configured in the **module.json5** file of the application.",
        solution = "Ensure that the **linkFeature** field value of the application is correct, the functionality it describes matches the actual capability of the application link, and the configuration has been approved by the system."
    )]
    #[translation(
        "zh-CN",
        title = "不支持返回结果时拉起调用方",
        description = "不支持通过backToCallerAbilityWithResult接口返回到调用方时，返回该错误码。",
        cause = "当前应用未进行linkFeature配置或未通过系统审核。",
        solution = "确认当前应用已在module.json5文件中配置linkFeature字段。",
        solution = "确认当前应用声明的linkFeature取值正确，linkFeature描述的功能与应用链接对应的实际功能一致，且应用通过系统审核。"
    )]
    CallerCannotBeStartedWhenResultIsReturned,
    /// APP_INSTANCE_KEY Does Not Exist (16000076).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_INVALID_APP_INSTANCE_KEY`.
    ///
    /// This error code is reported when the specified [APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) does not exist.
    #[code(
        16000076,
        title = "APP_INSTANCE_KEY Does Not Exist",
        message = "The app instance key does not exist.",
        description = "This error code is reported when the specified [APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) does not exist.",
        cause = "The instance specified by [APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) does not exist.",
        solution = "Ensure that the value of [APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) is valid.",
        since = 17,
        constant = "ABILITY_RUNTIME_ERROR_CODE_INVALID_APP_INSTANCE_KEY"
    )]
    #[translation(
        "zh-CN",
        title = "指定的APP_INSTANCE_KEY不存在",
        message = "The app instance key is invalid.",
        description = "指定的[APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)不存在时，返回该错误码。",
        cause = "应用的实例中不存在该[APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)指定的实例。",
        solution = "确保传入的[APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)是一个有效值。"
    )]
    AppInstanceKeyDoesNotExist,
    /// Number of Application Instances Reaches the Upper Limit (16000077).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_UPPER_LIMIT_REACHED`.
    ///
    /// This error code is reported when the number of application instances reaches the upper limit and more application instances try to be created.
    #[code(
        16000077,
        title = "Number of Application Instances Reaches the Upper Limit",
        message = "The number of app instances reaches the limit.",
        description = "This error code is reported when the number of application instances reaches the upper limit and more application instances try to be created.",
        cause = "Before creating an application instance, the application does not check whether the number of application instances reaches the upper limit.",
        solution = "To create a new instance when the number of application instances has reached the upper limit, prompt the user to close existing instances via a dialog box.",
        since = 17,
        constant = "ABILITY_RUNTIME_ERROR_CODE_UPPER_LIMIT_REACHED"
    )]
    #[translation(
        "zh-CN",
        title = "应用的实例数量已达到上限",
        description = "当应用的实例数量达到上限后，继续创建应用实例，返回该错误码。",
        cause = "创建应用实例前未判断应用实例数量是否已达到应用自己设置的上限值。",
        solution = "应用实例已达上限，如果必须要创建新的实例，可弹框提示用户删除已有实例。"
    )]
    NumberOfApplicationInstancesReachesUpperLimit,
    /// Multi-Instance Mode Is Not Supported (16000078).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_MULTI_INSTANCE_NOT_SUPPORTED`.
    ///
    /// This error code is reported when the application does not support multi-instance mode.
    #[code(
        16000078,
        title = "Multi-Instance Mode Is Not Supported",
        message = "The multi-instance is not supported.",
        description = "This error code is reported when the application does not support multi-instance mode.",
        cause = "Multi-instance mode is not configured for the application.",
        cause = "The current device type does not support multi-instance mode.",
        solution = "Configure multi-instance mode for the application.",
        solution = "Call the API to create multiple instances on a 2-in-1 device.",
        since = 17,
        constant = "ABILITY_RUNTIME_ERROR_MULTI_INSTANCE_NOT_SUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "不支持应用多实例",
        description = "应用不支持多实例。",
        cause = "目标应用未配置多实例。",
        cause = "当前设备类型不支持多实例。",
        solution = "对目标应用配置多实例。",
        solution = "在2in1设备上调用该方法。"
    )]
    MultiInstanceModeIsNotSupported,
    /// APP_INSTANCE_KEY Cannot Be Specified (16000079).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_APP_INSTANCE_KEY_NOT_SUPPORTED`.
    ///
    /// [APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) and [CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) cannot be specified at the same time. This error code is reported when both of them are specified.
    #[code(
        16000079,
        title = "APP_INSTANCE_KEY Cannot Be Specified",
        message = "The APP_INSTANCE_KEY cannot be specified.",
        description = "[APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) and [CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) cannot be specified at the same time. This error code is reported when both of them are specified.",
        cause = "Too many parameters are passed.",
        solution = "Specify either [APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) or [CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params).",
        since = 17,
        constant = "ABILITY_RUNTIME_ERROR_CODE_APP_INSTANCE_KEY_NOT_SUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "不支持指定APP_INSTANCE_KEY",
        description = "[APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)和[CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)不支持同时指定。当指定[CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)的同时指定[APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)，返回该错误码。",
        cause = "参数传入过多。",
        solution = "参数[APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)和[CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)只支持二选一。"
    )]
    AppInstanceKeyCannotBeSpecified,
    /// New Instances Cannot Be Created (16000080).
    ///
    /// Applications can use [CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) to create their own instances, but not for other applications. Otherwise, this error code is reported.
    #[code(
        16000080,
        title = "New Instances Cannot Be Created",
        message = "Creating a new instance is not supported.",
        description = "Applications can use [CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) to create their own instances, but not for other applications. Otherwise, this error code is reported.",
        cause = "The parameter use scenario is incorrect.",
        solution = "Delete the [CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params) parameter."
    )]
    #[translation(
        "zh-CN",
        title = "不支持创建新实例",
        description = "只允许应用使用[CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)创建自己的实例，不允许应用间启动时为其他应用创建实例。否则，返回该错误码。",
        cause = "参数使用场景有误。",
        solution = "删除参数[CREATE_APP_INSTANCE_KEY](js-apis-app-ability-wantConstant.md#params)。"
    )]
    NewInstancesCannotBeCreated,
    /// Failed to Obtain the Target Application Information (16000081).
    ///
    /// C API: `ABILITY_RUNTIME_ERROR_CODE_GET_APPLICATION_INFO_FAILED`.
    ///
    /// When calling [@ohos.application.uriPermissionManager (URI Permission Management)(System API)](js-apis-uripermissionmanager-sys.md), the system fails to obtain the information about the target application based on the application bundle name and clone index.
    #[code(
        16000081,
        title = "Failed to Obtain the Target Application Information",
        message = "Failed to obtain the target application information.",
        description = "When calling [@ohos.application.uriPermissionManager (URI Permission Management)(System API)](js-apis-uripermissionmanager-sys.md), the system fails to obtain the information about the target application based on the application bundle name and clone index.",
        cause = "The target application is not installed.",
        cause = "The clone index is out of range.",
        cause = "The target application does not have a clone of the specified index.",
        solution = "Check whether the application has been installed.",
        solution = "Check whether the index is within the allowed range.",
        solution = "Check whether the target application has created a clone of the specified index.",
        since = 21,
        system_api,
        constant = "ABILITY_RUNTIME_ERROR_CODE_GET_APPLICATION_INFO_FAILED",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "获取目标应用信息失败",
        description = "调用[URI授权相关接口](js-apis-uripermissionmanager-sys.md)时，无法根据应用包名和分身索引获取到目标应用的相关信息。",
        cause = "没有安装目标应用。",
        cause = "分身索引超出允许的范围。",
        cause = "目标应用没有该索引的分身。",
        solution = "检查目标应用是否已经安装。",
        solution = "检查分身应用索引是否在允许范围内。",
        solution = "检查目标应用是否创建了该索引对应的分身应用。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    FailedToObtainTargetApplicationInformation,
    /// UIAbility Is Being Started (16000082).
    ///
    /// The UIAbility is being started, and the onCreate or onWindowStageCreate lifecycle callback has not been completed.
    #[code(
        16000082,
        title = "UIAbility Is Being Started",
        message = "The UIAbility is being started.",
        description = "The UIAbility is being started, and the onCreate or onWindowStageCreate lifecycle callback has not been completed.",
        cause = "The UIAbility is still in the startup phase, and the onCreate or onWindowStageCreate callback has not been executed completely.",
        solution = "Wait until the UIAbility completes the onCreate or onWindowStageCreate lifecycle callback before performing related operations.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    UIAbilityIsBeingStarted,
    /// Specified Ability Cannot Be Started by This Type of ExtensionAbility (16000083).
    ///
    /// Different types of ExtensionAbility components require different capabilities. The system does not allow this type of ExtensionAbility to start the specified ability.
    #[code(
        16000083,
        title = "Specified Ability Cannot Be Started by This Type of ExtensionAbility",
        message = "The ExtensionAbility cannot start the ability due to system control.",
        description = "Different types of ExtensionAbility components require different capabilities. The system does not allow this type of ExtensionAbility to start the specified ability.",
        cause = "The current type of ExtensionAbility is under system control and is not allowed to start the specified ability.",
        solution = "Check the usage constraints for this type of ExtensionAbility, and ensure that the API is used as required."
    )]
    #[translation(
        "zh-CN",
        title = "不允许该类型ExtensionAbility启动指定Ability",
        description = "不同类型ExtensionAbility所需要的能力不同。系统不允许该类型ExtensionAbility启动指定Ability。",
        cause = "当前类型ExtensionAbility受系统管控，不允许该类型ExtensionAbility启动指定Ability。",
        solution = "查看对应类型ExtensionAbility的使用约束限制，确保接口使用符合约束限制。"
    )]
    SpecifiedAbilityCannotBeStartedByThisTypeOfExtensionAbility,
    /// Only One DelegatorAbility Is Allowed to Call the API (16000084).
    ///
    /// The system allows the DelegatorAbility to call this API only once.
    #[code(
        16000084,
        title = "Only One DelegatorAbility Is Allowed to Call the API",
        message = "Only DelegatorAbility is allowed to call this API, and only once.",
        description = "The system allows the DelegatorAbility to call this API only once.",
        cause = "The caller is not a DelegatorAbility.",
        cause = "The caller is a DelegatorAbility, but it calls the API repeatedly.",
        solution = "Check whether the caller is a DelegatorAbility.",
        solution = "Check whether the API is being called repeatedly."
    )]
    #[translation(
        "zh-CN",
        title = "只允许DelegatorAbility单次调用",
        description = "系统只允许DelegatorAbility调用该接口一次。",
        cause = "调用方不是DelegatorAbility。",
        cause = "调用方是DelegatorAbility，但是重复调用接口。",
        solution = "检查调用方是否DelegatorAbility。",
        solution = "检查是否重复调用。"
    )]
    OnlyOneDelegatorAbilityIsAllowedToCallApi,
    /// Error Occurs During the Interaction Between the Ability and Window (16000085).
    ///
    /// An error occurs during the interaction between the ability and the window.
    #[code(
        16000085,
        title = "Error Occurs During the Interaction Between the Ability and Window",
        message = "An error occurred during the interaction between the ability and window.",
        description = "An error occurs during the interaction between the ability and the window.",
        cause = "The window service process is abnormal.",
        solution = "This is a system error. Try calling the API again."
    )]
    #[translation(
        "zh-CN",
        title = "元能力与窗口的交互流程发生错误",
        description = "元能力与窗口的交互流程发生错误。",
        cause = "窗口业务流程出现异常。",
        solution = "系统错误，尝试重新调用。"
    )]
    ErrorOccursDuringInteractionBetweenAbilityAndWindow,
    /// Context Is Not a UIAbilityContext (16000086).
    ///
    /// This error code is reported when the passed Context object is not a UIAbilityContext.
    #[code(
        16000086,
        title = "Context Is Not a UIAbilityContext",
        message = "The context is not UIAbilityContext.",
        description = "This error code is reported when the passed Context object is not a UIAbilityContext.",
        cause = "The passed Context object is not a UIAbilityContext or does not inherit from the UIAbilityContext class.",
        solution = "Ensure that the passed parameter is a UIAbilityContext object or its child class object."
    )]
    #[translation(
        "zh-CN",
        title = "传入的context不是UIAbilityContext",
        description = "传入的context不是UIAbilityContext。",
        cause = "传入的Context对象既不是UIAbilityContext、也没有继承自UIAbilityContext。",
        solution = "请确保传入的参数为UIAbilityContext对象或其子类对象。"
    )]
    ContextIsNotUIAbilityContext,
    /// Caller Is Not an Atomic Service (16000090).
    ///
    /// This error code is reported when the caller is not an atomic service.
    #[code(
        16000090,
        title = "Caller Is Not an Atomic Service",
        message = "The caller is not an atomic service.",
        description = "This error code is reported when the caller is not an atomic service.",
        cause = "The API caller is not an atomic service.",
        solution = "Ensure that the caller is an atomic service."
    )]
    #[translation(
        "zh-CN",
        title = "调用方不是原子化服务",
        description = "调用方不是原子化服务。",
        cause = "接口调用方不是原子化服务。",
        solution = "确认调用方是否为原子化服务。"
    )]
    CallerIsNotAtomicService,
    /// Failed to Obtain a File URI by Key (16000091).
    ///
    /// This error code is reported when attempting to obtain a file URI based on the key fails.
    #[code(
        16000091,
        title = "Failed to Obtain a File URI by Key",
        message = "Failed to get the file URI from the key.",
        description = "This error code is reported when attempting to obtain a file URI based on the key fails.",
        cause = "The key is empty.",
        cause = "The key does not belong to the current caller.",
        cause = "The key is not a data path of a specific service.",
        cause = "The data corresponding to the key in the UDMF is not entirely composed of file URIs.",
        solution = "Ensure that the key is created by the caller.",
        solution = "Ensure that the key is a data path of a specific service. For details, see [UDMF Data Path](../apis-arkdata/js-apis-data-unifiedDataChannel.md#intention).",
        solution = "Ensure that the data written in the UDMF when creating the key is entirely composed of file URIs.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "根据key获取文件URI数据失败",
        description = "根据key获取文件URI失败。",
        cause = "key为空。",
        cause = "key不属于当前调用方。",
        cause = "key不属于特定业务的数据通路。",
        cause = "key对应UDMF中写入的数据不全为文件URI。",
        solution = "确保key是由调用方创建的。",
        solution = "确保key属于特定业务的数据通路。参考[UDMF数据通路](../apis-arkdata/js-apis-data-unifiedDataChannel.md#intention)。",
        solution = "确保创建key时在UDMF中写入的数据都为文件URI。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    FailedToObtainFileUriByKey,
    /// No Permission to Authorize URI (16000092).
    ///
    /// This error code is reported when the caller does not have the permission to authorize the URI.
    #[code(
        16000092,
        title = "No Permission to Authorize URI",
        message = "No permission to authorize the URI.",
        description = "This error code is reported when the caller does not have the permission to authorize the URI.",
        cause = "The URIs written when the key is created include URIs that cannot be authorized.",
        solution = "Ensure that all URIs written when the key is created are authorized.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "无权限授权URI",
        description = "无权限授权URI。",
        cause = "创建key时写入的URI存在无权限授权的URI。",
        solution = "确保创建key时写入的URI均为有权限授权的URI。"
    )]
    NoPermissionToAuthorizeUri,
    /// Invalid Caller Token ID (16000093).
    ///
    /// This error code is reported when the token ID of the caller is invalid.
    #[code(
        16000093,
        title = "Invalid Caller Token ID",
        message = "The caller token ID is invalid.",
        description = "This error code is reported when the token ID of the caller is invalid.",
        cause = "The system does not find the application corresponding to **callerTokenId**.",
        solution = "Check whether the application corresponding to **callerTokenId** is installed.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "调用方的token ID无效",
        description = "调用方的token ID无效。",
        cause = "系统未找到callerTokenId对应的应用。",
        solution = "检查callerTokenId对应的应用是否安装。"
    )]
    InvalidCallerTokenId,
    /// Invalid Target Token ID (16000094).
    ///
    /// This error code is reported when the token ID of the target application is invalid.
    #[code(
        16000094,
        title = "Invalid Target Token ID",
        message = "The target token ID is invalid.",
        description = "This error code is reported when the token ID of the target application is invalid.",
        cause = "The system does not find the application corresponding to **targetTokenId**.",
        cause = "**targetTokenId** and **callerTokenId** are the same application.",
        solution = "Ensure that the application corresponding to **targetTokenId** is installed.",
        solution = "Ensure that **callerTokenId** and **targetTokenId** are not the same application.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "目标应用的token ID无效",
        description = "目标应用的token ID无效。",
        cause = "系统未找到targetTokenId对应的应用。",
        cause = "targetTokenId与callerTokenId是同一应用。",
        solution = "确保传入的targetTokenId对应的应用已安装。",
        solution = "确保callerTokenId与targetTokenId不是同一应用。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    InvalidTargetTokenId,
    /// Failed to Call AbilityMonitor APIs to Listen for Ability Lifecycle Changes (16000100).
    ///
    /// This error code is reported when an AbilityMonitor API for monitoring the lifecycle change of a specified ability fails to be executed.
    #[code(
        16000100,
        title = "Failed to Call AbilityMonitor APIs to Listen for Ability Lifecycle Changes",
        message = " - Calling AddAbilityMonitor failed.\n\n - Calling AddAbilityMonitorSync failed.\n\n - Calling RemoveAbilityMonitor failed.\n\n - Calling RemoveAbilityMonitorSync failed.\n\n - Calling WaitAbilityMonitor failed.\n\n - Calling GetCurrentTopAbility failed.\n\n - Calling DoAbilityForeground failed.\n\n - Calling DoAbilityBackground failed.\n\n - Calling FinishTest failed.\n\n - Calling AddAbilityStageMonitor failed.\n\n - Calling AddAbilityStageMonitorSync failed.\n\n - Calling RemoveAbilityStageMonitor failed.\n\n - Calling RemoveAbilityStageMonitorSync failed.\n\n - Calling WaitAbilityStageMonitor failed.",
        description = "This error code is reported when an AbilityMonitor API for monitoring the lifecycle change of a specified ability fails to be executed.",
        cause = "Creating an AbilityDelegatorRegistry instance fails.",
        solution = "Check whether an AbilityDelegatorRegistry instance is created."
    )]
    #[translation(
        "zh-CN",
        title = "监听Ability生命周期变化的AbilityMonitor方法执行失败",
        description = "当监听指定Ability的生命周期变化的AbilityMonitor方法执行失败时，返回该错误码。",
        cause = "创建AbilityDelegatorRegistry实例执行失败。",
        solution = "检查是否成功创建了AbilityDelegatorRegistry实例。"
    )]
    FailedToCallAbilityMonitorAPIsToListenForAbilityLifecycleChanges,
    /// Application Is Not in the Kiosk Mode List (16000110).
    ///
    /// This error code is reported when the current application is not in the kiosk mode list and cannot enter kiosk mode.
    #[code(
        16000110,
        title = "Application Is Not in the Kiosk Mode List",
        message = "The current application is not in Kiosk app list and cannot enter Kiosk mode.",
        description = "This error code is reported when the current application is not in the kiosk mode list and cannot enter kiosk mode.",
        cause = "The application is not in the kiosk mode list and cannot enter kiosk mode.",
        solution = "Add the application to the kiosk application list on the EDM."
    )]
    #[translation(
        "zh-CN",
        title = "当前应用不在Kiosk模式的列表内",
        description = "当前应用不在Kiosk名单列表内，无法进入Kiosk模式。",
        cause = "当前应用不在Kiosk名单列表，不支持该应用进入Kiosk模式。",
        solution = "需要EDM管控模块将当前应用添加到Kiosk应用列表内。"
    )]
    ApplicationIsNotInKioskModeList,
    /// Application Is Already in Kiosk Mode (16000111).
    ///
    /// This error code is reported when the system is already in kiosk mode.
    #[code(
        16000111,
        title = "Application Is Already in Kiosk Mode",
        message = "The system is already in Kiosk mode and cannot enter Kiosk mode again.",
        description = "This error code is reported when the system is already in kiosk mode.",
        cause = "Only one application can enter Kiosk mode at a time.",
        solution = "Exit the application that is in Kiosk mode."
    )]
    #[translation(
        "zh-CN",
        title = "已经有应用进入了Kiosk模式",
        description = "当前系统已处于Kiosk模式，无法再次进入。",
        cause = "同一时间只允许一个应用进入Kiosk模式。",
        solution = "将已进入Kiosk模式的应用退出Kiosk模式。"
    )]
    ApplicationIsAlreadyInKioskMode,
    /// No Application Is in Kiosk Mode (16000112).
    ///
    /// This error code is reported when the current application is not in Kiosk mode and cannot exit Kiosk mode.
    #[code(
        16000112,
        title = "No Application Is in Kiosk Mode",
        message = "The current application is not in Kiosk mode and cannot exit Kiosk mode.",
        description = "This error code is reported when the current application is not in Kiosk mode and cannot exit Kiosk mode.",
        cause = "The application is not in Kiosk mode and cannot exit Kiosk mode.",
        solution = "Check whether any application in the system is in Kiosk mode."
    )]
    #[translation(
        "zh-CN",
        title = "当前系统没有应用进入Kiosk模式",
        description = "当前应用未进入Kiosk模式，不能退出Kiosk模式。",
        cause = "该应用进程之前未进入Kiosk模式，无法主动退出Kiosk模式。",
        solution = "检查当前系统是否有应用进入Kiosk模式。"
    )]
    NoApplicationIsInKioskMode,
    /// Ability Is Not in the Foreground (16000113).
    ///
    /// When the ability is not in the foreground, attempting to perform operations that require the foreground will return this error code.
    #[code(
        16000113,
        title = "Ability Is Not in the Foreground",
        message = "Current ability is not in foreground.",
        description = "When the ability is not in the foreground, attempting to perform operations that require the foreground will return this error code.",
        cause = "The current ability is not in the foreground.",
        solution = "Check whether the ability is in the foreground."
    )]
    #[translation(
        "zh-CN",
        title = "当前Ability不在前台",
        description = "当Ability未处于前台状态时，尝试执行需在前台进行的操作将返回错误码。",
        cause = "当前Ability没有处于前台。",
        solution = "检查当前Ability是否处于前台状态。"
    )]
    AbilityIsNotInForeground,
    /// Number of Elements in wantList Exceeds 4 or Is Less Than 1 (16000120).
    ///
    /// The input parameter is incorrect. The **wantList** parameter must contain 1 to 4 Want objects.
    #[code(
        16000120,
        title = "Number of Elements in wantList Exceeds 4 or Is Less Than 1",
        message = "A maximum of four UIAbility instances can be started simultaneously. The current parameter exceeds the maximum number or is less than 1.",
        description = "The input parameter is incorrect. The **wantList** parameter must contain 1 to 4 Want objects.",
        cause = "The **wantList** parameter contains more than four or less than one element.",
        solution = "Ensure that the **wantList** parameter contains 1 to 4 Want objects.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "wantList内的元素个数超出4个或小于1个",
        message = "A maximum of four UIAbility instances can be started simultaneously.The current parameter exceeds the maximum number or is less than 1.",
        description = "当前传参存在异常，wantList参数内最少传入1个Want，最多传入4个Want。",
        cause = "wantList内的元素个数超出4个或小于1个。",
        solution = "确保wantList内的元素个数大于0个且小于等于4个。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    NumberOfElementsInWantListExceeds4OrIsLessThan1,
    /// Target Component Is Not a UIAbility (16000121).
    ///
    /// The target component is not a UIAbility.
    #[code(
        16000121,
        title = "Target Component Is Not a UIAbility",
        message = "The target component type is not a UIAbility.",
        description = "The target component is not a UIAbility.",
        cause = "**startUIAbilities** can start only UIAbility components. This error code is reported when the target component is not a UIAbility.",
        solution = "Check the component type passed in the Want and ensure that the component is a UIAbility.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "待启动的目标组件类型不是UIAbility",
        description = "待启动的目标组件类型不是UIAbility。",
        cause = "startUIAbilities只支持启动UIAbility，如果目标组件为非UIAbility，抛出该错误码。",
        solution = "检查Want中传入的组件类型，确保其为UIAbility组件。"
    )]
    TargetComponentIsNotUIAbility,
    /// Target Component Is Intercepted by the System Control Module (16000122).
    ///
    /// The target component is intercepted by the system control module and cannot be started.
    #[code(
        16000122,
        title = "Target Component Is Intercepted by the System Control Module",
        message = "The target component is blocked by the system module and does not support startup.",
        description = "The target component is intercepted by the system control module and cannot be started.",
        cause = "The system control module has blocked the startup of the target application.",
        solution = "If the target UIAbility cannot be started, try to start another UIAbility."
    )]
    #[translation(
        "zh-CN",
        title = "待启动的目标组件被系统管控模块拦截",
        description = "待启动的目标组件被系统管控模块拦截，不支持启动。",
        cause = "系统管控模块拦截了目标应用的启动。",
        solution = "如果无法启动目标UIAbility，可以尝试启动其他UIAbility。"
    )]
    TargetComponentIsInterceptedBySystemControlModule,
    /// Implicit Startup Is Not Supported (16000123).
    ///
    /// Implicit startup is not supported.
    #[code(
        16000123,
        title = "Implicit Startup Is Not Supported",
        message = "Implicit startup is not supported.",
        description = "Implicit startup is not supported.",
        cause = "The **wantList** parameter contains an implicit Want.",
        solution = "Check the **wantList** parameter and ensure that no implicit Want exists. If implicit Want exists, change it to explicit Want."
    )]
    #[translation(
        "zh-CN",
        title = "不支持隐式启动",
        description = "不支持隐式启动。",
        cause = "wantList参数中存在隐式Want。",
        solution = "检查wantList参数，确保不存在隐式Want，若存在则将其修改为显式Want。"
    )]
    ImplicitStartupIsNotSupported,
    /// Starting a Distributed UIAbility Is Not Supported (16000124).
    ///
    /// This error code is reported when you attempt to start a remote UIAbility.
    #[code(
        16000124,
        title = "Starting a Distributed UIAbility Is Not Supported",
        message = "Starting a remote UIAbility is not supported.",
        description = "This error code is reported when you attempt to start a remote UIAbility.",
        cause = "The **deviceId** field in the Want is not empty and is not the local device ID.",
        solution = "Set the **deviceId** field in the Want to an empty string or the local device ID."
    )]
    #[translation(
        "zh-CN",
        title = "不支持启动分布式UIAbility",
        description = "不支持启动分布式UIAbility。",
        cause = "Want中的deviceId不为空且非本机的设备ID。",
        solution = "将Want中的deviceId字段设为空，或配置为本机的deviceId。"
    )]
    StartingDistributedUIAbilityIsNotSupported,
    /// Starting a Plugin UIAbility Is Not Supported (16000125).
    ///
    /// This error code is reported when you attempt to start a plugin.
    #[code(
        16000125,
        title = "Starting a Plugin UIAbility Is Not Supported",
        message = "Starting a plugin UIAbility is not supported.",
        description = "This error code is reported when you attempt to start a plugin.",
        cause = "The **parameters** field in the Want is set to start the UIAbility of the plugin.",
        solution = "Check the **parameters** field in the Want and do not set **ohos.params.pluginAbility** to **true**.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "不支持启动插件",
        description = "不支持启动插件。",
        cause = "Want中的parameters指定了启动插件UIAbility。",
        solution = "检查Want中的parameters参数，不要将ohos.params.pluginAbility设置为true。"
    )]
    StartingPluginUIAbilityIsNotSupported,
    /// DLP Files Cannot Be Started (16000126).
    ///
    /// This error code is reported when you attempt to start a DLP file.
    #[code(
        16000126,
        title = "DLP Files Cannot Be Started",
        message = "Starting DLP files is not supported.",
        description = "This error code is reported when you attempt to start a DLP file.",
        cause = "A DLP file is passed in the Want.",
        solution = "Check whether the Want carries a DLP file.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "不支持启动DLP文件",
        description = "不支持启动DLP文件。",
        cause = "Want中传入了DLP文件。",
        solution = "检查Want是否携带了DLP文件。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    DlpFilesCannotBeStarted,
    /// UIAbility Does Not Belong to the Caller (16000130).
    ///
    /// This error code is reported when target UIAbility does not belong to the caller.
    #[code(
        16000130,
        title = "UIAbility Does Not Belong to the Caller",
        message = "The UIAbility does not belong to the caller.",
        description = "This error code is reported when target UIAbility does not belong to the caller.",
        cause = "Attempting to launch a UIAbility that belongs to another application.",
        solution = "Verify that the target UIAbility belongs to the caller."
    )]
    #[translation(
        "zh-CN",
        title = "UIAbility不属于调用方",
        message = "The UIAbility not belong to caller.",
        description = "目标UIAbility不属于调用方。",
        cause = "启动了一个非自身应用的UIAbility。",
        solution = "检查目标UIAbility信息是否属于自身应用。"
    )]
    UIAbilityDoesNotBelongToCaller,
    /// UIAbility Already Started (16000131).
    ///
    /// This error code is reported when the UIAbility is already running and cannot be started again.
    #[code(
        16000131,
        title = "UIAbility Already Started",
        message = "The UIAbility is already exists, can not start again.",
        description = "This error code is reported when the UIAbility is already running and cannot be started again.",
        cause = "**startSelfUIAbilityInCurrentProcess** is designed for cold-starting a new UIAbility instance. This error occurs when attempting to launch a UIAbility instance that has already been started.",
        solution = "Check whether the UIAbility has already been launched."
    )]
    #[translation(
        "zh-CN",
        title = "UIAbility已启动",
        message = "The UIAbility is already exist, can not start again.",
        description = "UIAbility已启动，无法重新启动。",
        cause = "startSelfUIAbilityInCurrentProcess用于冷启动一个新的UIAbility实例，如果拉起一个已经启动过的UIAbility实例，报该异常。",
        solution = "检查UIAbility是否已启动过。"
    )]
    UIAbilityAlreadyStarted,
    /// UIAbility Main Window Does Not Exist (16000135).
    ///
    /// This error code is reported when the main window for this UIAbility does not exist.
    #[code(
        16000135,
        title = "UIAbility Main Window Does Not Exist",
        message = "The main window of this ability of this context does not exist.",
        description = "This error code is reported when the main window for this UIAbility does not exist.",
        cause = "The API is called when the window has not yet been created or has already been destroyed.",
        solution = "Do not call this API before the window stage is created or after it is destroyed."
    )]
    #[translation(
        "zh-CN",
        title = "UIAbility的主窗不存在",
        message = "The main window of this ability of this context does not exits.",
        description = "该UIAbility的主窗不存在。",
        cause = "Window还未创建或已销毁的时候调用该接口。",
        solution = "在windowStage创建前和销毁后不要调用该接口。"
    )]
    UIAbilityMainWindowDoesNotExist,
    /// Prohibited from Launching the Application's Own UIAbility via App Linking (16000136).
    ///
    /// The application is configured to disallow launching the current UIAbility using App Linking.
    #[code(
        16000136,
        title = "Prohibited from Launching the Application's Own UIAbility via App Linking",
        message = "The UIAbility is prohibited from launching itself via App Linking.",
        description = "The application is configured to disallow launching the current UIAbility using App Linking.",
        cause = "Under [abilities](../../quick-start/module-configuration-file.md#abilities) in the [module.json5 file](../../quick-start/module-configuration-file.md), the value of the **allowSelfRedirect** field of the current UIAbility is **false**.",
        solution = "If you want to launch the current UIAbility via App Linking, set **allowSelfRedirect** under [abilities](../../quick-start/module-configuration-file.md#abilities) in the [module.json5 file](../../quick-start/module-configuration-file.md) to **true**.",
        solution = "If launching the current UIAbility via App Linking is not allowed, you need to catch this error code via **catch** and handle it accordingly.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:dash,tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "不允许通过App Linking方式拉起应用自身UIAbility",
        description = "应用配置了不允许使用App Linking拉起当前UIAbility。",
        cause = "在[module.json5配置文件](../../quick-start/module-configuration-file.md)的[abilities标签](../../quick-start/module-configuration-file.md#abilities标签)中，当前UIAbility的allowSelfRedirect字段取值为“false”。",
        solution = "如果允许使用App Linking拉起当前UIAbility，开发者需要在[module.json5配置文件](../../quick-start/module-configuration-file.md)将[abilities标签](../../quick-start/module-configuration-file.md#abilities标签)的allowSelfRedirect字段设置为true。",
        solution = "如果不允许使用App Linking拉起当前UIAbility，开发者需要通过catch捕获该错误码并进行处理。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:dash,tight}\n"
    )]
    ProhibitedFromLaunchingApplicationsOwnUIAbilityViaAppLinking,
    /// Cross-Device Intent Execution Connection Failed (16000137).
    ///
    /// The device connection failed when executing an intent across devices.
    #[code(
        16000137,
        title = "Cross-Device Intent Execution Connection Failed",
        message = "Cross-device execution failed due to a connection error.",
        description = "The device connection failed when executing an intent across devices.",
        cause = "The deviceId in the input parameter [ExecuteParam](../apis-ability-kit/js-apis-app-ability-insightIntentDriver-sys.md#executeparam) is not empty but invalid.",
        solution = "Check whether the deviceId is valid.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    CrossDeviceIntentExecutionConnectionFailed,
    /// Device Disconnected During Cross-Device Intent Execution (16000138).
    ///
    /// The device is disconnected during cross-device intent execution.
    #[code(
        16000138,
        title = "Device Disconnected During Cross-Device Intent Execution",
        message = "Device disconnected during cross-device intent execution.",
        description = "The device is disconnected during cross-device intent execution.",
        cause = "The device is too far away, the device is abnormal, or the device actively signs out of the account, causing the device connection to be disconnected.",
        solution = "Check whether the device status is normal and reconnect.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    DeviceDisconnectedDuringCrossDeviceIntentExecution,
    /// Failed to Send Request (16000150).
    ///
    /// When the request to the system service fails to be sent, the method will return this error code.
    #[code(
        16000150,
        title = "Failed to Send Request",
        message = "Failed to send request to system service.",
        description = "When the request to the system service fails to be sent, the method will return this error code.",
        cause = "The request fails to be sent when setting the quick start enable status or reinitializing quick start.",
        solution = "Try calling the API again or restarting the device.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    FailedToSendRequest,
    /// Invalid wantAgent Object (16000151).
    ///
    /// This error code is reported when the wantAgent object passed in the API is invalid.
    #[code(
        16000151,
        title = "Invalid wantAgent Object",
        message = "Invalid wantAgent object.",
        description = "This error code is reported when the wantAgent object passed in the API is invalid.",
        cause = "The wantAgent object is invalid.",
        cause = "A third-party application attempts to set the ability of another application.",
        cause = "An internal communication error occurs.",
        solution = "Ensure that the wantAgent object passed in the API exists.",
        solution = "Check whether the caller is a third-party application. Third-party applications cannot set the ability components of other applications."
    )]
    #[translation(
        "zh-CN",
        title = "无效wantAgent对象",
        description = "当传入接口的wantAgent对象无效时，方法将返回该错误码。",
        cause = "传入接口的wantAgent对象无效。",
        cause = "三方应用设置其他应用的Ability。",
        cause = "其它内部通信错误。",
        solution = "检查传入接口的wantAgent对象是否存在。",
        solution = "检查调用方是否为三方应用。不支持三方应用设置其他应用的Ability。"
    )]
    InvalidWantAgentObject,
    /// wantAgent Object Is Canceled (16000153).
    ///
    /// This error code is reported when the wantAgent object passed in the API has been canceled.
    #[code(
        16000153,
        title = "wantAgent Object Is Canceled",
        message = "The WantAgent has been canceled.",
        description = "This error code is reported when the wantAgent object passed in the API has been canceled.",
        cause = "The wantAgent object passed to the API has been canceled.",
        solution = "Use the wantAgent object that is not canceled.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "wantAgent对象已被取消",
        description = "当传入接口的wantAgent对象已被取消时，方法将返回该错误码。",
        cause = "传入接口的wantAgent对象已被取消。",
        solution = "使用未被取消的wantAgent对象。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    WantAgentObjectIsCanceled,
    /// Caller Is Not Allowed to Start a Background Service of the Application (16000200).
    ///
    /// This error code is reported when the caller is not in the [appIdentifierAllowList](../../quick-start/module-configuration-file.md#extensionabilities) of the target application.
    #[code(
        16000200,
        title = "Caller Is Not Allowed to Start a Background Service of the Application",
        message = "The caller is not in the appIdentifierAllowList of the target application.",
        description = "This error code is reported when the caller is not in the [appIdentifierAllowList](../../quick-start/module-configuration-file.md#extensionabilities) of the target application.",
        cause = "The **app-identifier** of the caller of [startAppServiceExtensionAbility](js-apis-inner-application-uiAbilityContext.md#startappserviceextensionability20) or [stopAppServiceExtensionAbility](js-apis-inner-application-uiAbilityContext.md#stopappserviceextensionability20) is not in the [appIdentifierAllowList](../../quick-start/module-configuration-file.md#extensionabilities) of the target [AppServiceExtensionAbility](js-apis-app-ability-appServiceExtensionAbility.md).",
        solution = "Configure the **app-identifier** of the API caller in the [appIdentifierAllowList](../../quick-start/module-configuration-file.md#extensionabilities) of the target [AppServiceExtensionAbility](js-apis-app-ability-appServiceExtensionAbility.md)."
    )]
    #[translation(
        "zh-CN",
        title = "不允许该调用方启动应用后台服务",
        description = "调用方不在目标应用的[appIdentifierAllowList](../../quick-start/module-configuration-file.md#extensionabilities标签)中时，返回该错误码。",
        cause = "[startAppServiceExtensionAbility](js-apis-inner-application-uiAbilityContext.md#startappserviceextensionability20)、[stopAppServiceExtensionAbility](js-apis-inner-application-uiAbilityContext.md#stopappserviceextensionability20)接口调用方的app-identifier不在目标[AppServiceExtensionAbility](js-apis-app-ability-appServiceExtensionAbility.md)的[appIdentifierAllowList](../../quick-start/module-configuration-file.md#extensionabilities标签)中。",
        solution = "将接口调用方的app-identifier配置在目标[AppServiceExtensionAbility](js-apis-app-ability-appServiceExtensionAbility.md)的[appIdentifierAllowList](../../quick-start/module-configuration-file.md#extensionabilities标签)中。"
    )]
    CallerIsNotAllowedToStartBackgroundServiceOfApplication,
    /// Target Service Is Not Started (16000201).
    ///
    /// This error code is reported when the target service is not started.
    #[code(
        16000201,
        title = "Target Service Is Not Started",
        message = "The target service has not been started yet.",
        description = "This error code is reported when the target service is not started.",
        cause = "When the [connectAppServiceExtensionAbility](js-apis-inner-application-uiAbilityContext.md#connectappserviceextensionability20) API is used, the server is not started, and the current application does not have the permission to start the target service.",
        solution = "Wait until the service is started and then reconnect to it.",
        solution = "When the current application starts the target service, the **app-identifier** of the API caller must be configured in the [appIdentifierAllowList](../../quick-start/module-configuration-file.md#extensionabilities) of the target [AppServiceExtensionAbility](js-apis-app-ability-appServiceExtensionAbility.md)."
    )]
    #[translation(
        "zh-CN",
        title = "目标服务还未启动",
        description = "目标服务还未启动时，返回该错误码。",
        cause = "使用[connectAppServiceExtensionAbility](js-apis-inner-application-uiAbilityContext.md#connectappserviceextensionability20)接口时服务端还未启动且当前应用无权限拉起目标服务。",
        solution = "等待服务端启动后重新连接。",
        solution = "由当前应用拉起目标服务时，需要将接口调用方的app-identifier配置在目标[AppServiceExtensionAbility](js-apis-app-ability-appServiceExtensionAbility.md)的[appIdentifierAllowList](../../quick-start/module-configuration-file.md#extensionabilities标签)中。"
    )]
    TargetServiceIsNotStarted,
    /// Caller Released (16200001).
    ///
    /// This error code is reported when the caller has been released.
    #[code(
        16200001,
        title = "Caller Released",
        message = "The caller has been released.",
        description = "This error code is reported when the caller has been released.",
        cause = "The caller has been released.",
        solution = "Recreate a valid caller instance.",
        solution = "Check whether the ability corresponding to the context is still running when **context.startAbility** is called. This error code is thrown when the ability has been destructed.",
        solution = "If **startAbility()** and **terminateSelf()** are called consecutively, ensure that a success or failure callback for **startAbility()** is received before calling **terminateSelf()**."
    )]
    #[translation(
        "zh-CN",
        title = "通用组件客户端(Caller)已回收",
        description = "当通用组件客户端(Caller)已回收时，方法将返回该错误码。",
        cause = "通用组件客户端(Caller)已回收。",
        solution = "重新创建有效的通用组件客户端(Caller)实例。",
        solution = "检查调用context.startAbility时，context对应的ability是否还在运行。若该ability已被析构，会抛出该错误码。",
        solution = "若存在连续调用startAbility和terminateSelf的情况，请确保在收到startAbility成功或失败的回调后，再调用terminateSelf。"
    )]
    CallerReleased,
    /// Invalid Callee (16200002).
    ///
    /// This error code is reported when the callee is invalid.
    #[code(
        16200002,
        title = "Invalid Callee",
        message = "The callee does not exist.",
        description = "This error code is reported when the callee is invalid.",
        cause = "The callee does not exist.",
        solution = "Use a valid callee."
    )]
    #[translation(
        "zh-CN",
        title = "通用组件服务端(Callee)无效",
        description = "当通用组件服务端(Callee)无效时，方法将返回该错误码。",
        cause = "通用组件服务端(Callee)不存在。",
        solution = "请检查通用组件服务端(Callee)是否存在。"
    )]
    InvalidCallee,
    /// Method Registered (16200004).
    ///
    /// This error code is reported when the method has been registered.
    #[code(
        16200004,
        title = "Method Registered",
        message = "The method has been registered.",
        description = "This error code is reported when the method has been registered.",
        cause = "The method has been registered by the callee.",
        solution = "Check whether the method has been registered. If the method has been registered, do not register it again."
    )]
    #[translation(
        "zh-CN",
        title = "方法已注册",
        description = "当方法已注册时，方法将返回该错误码。",
        cause = "方法已在通用组件服务端(Callee)注册过。",
        solution = "请确认该方法是否已完成注册，避免重复进行注册操作。"
    )]
    MethodRegistered,
    /// Method Not Registered (16200005).
    ///
    /// This error code is reported when the method has not been registered.
    #[code(
        16200005,
        title = "Method Not Registered",
        message = "The method has not been registered.",
        description = "This error code is reported when the method has not been registered.",
        cause = "The method has not been registered by the callee.",
        solution = "Register the method on the callee side and then call it."
    )]
    #[translation(
        "zh-CN",
        title = "方法未注册",
        description = "当方法未注册时，方法将返回该错误码。",
        cause = "方法未在通用组件服务端(Callee)注册。",
        solution = "请先在通用组件服务端(Callee)完成该方法的注册，再进行调用。"
    )]
    MethodNotRegistered,
    /// No Permission to Enable or Disable the Resident Process (16200006).
    ///
    /// This error code is reported when the caller does not have the permission to enable or disable the resident process.
    #[code(
        16200006,
        title = "No Permission to Enable or Disable the Resident Process",
        message = "The caller application can only set the resident status of the configured process.",
        description = "This error code is reported when the caller does not have the permission to enable or disable the resident process.",
        cause = "The caller does not have the permission to enable or disable the resident process.",
        solution = "Ensure that the caller has the required permission before calling this API.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "没有权限设置常驻进程使能状态",
        description = "当调用者没有权限设置常驻进程使能状态时返回。",
        cause = "调用者没有常驻进程使能配置权限。",
        solution = "接口调用时从数据库查询调用者的常驻进程使能配置权限。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    NoPermissionToEnableOrDisableResidentProcess,
    /// Nonexistent Mission (16300001).
    ///
    /// This error code is reported when the specified mission does not exist.
    #[code(
        16300001,
        title = "Nonexistent Mission",
        message = "Mission not found.",
        description = "This error code is reported when the specified mission does not exist.",
        cause = "The mission does not exist.",
        solution = "Check the mission ID.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "指定的任务不存在",
        description = "当指定的任务不存在时，方法将返回该错误码。",
        cause = "操作的目标任务不存在。",
        solution = "确认操作的任务是否存在。"
    )]
    NonexistentMission,
    /// Nonexistent Mission Listener (16300002).
    ///
    /// This error code is reported when the specified mission listener does not exist.
    #[code(
        16300002,
        title = "Nonexistent Mission Listener",
        message = "The specified mission listener does not exist.",
        description = "This error code is reported when the specified mission listener does not exist.",
        cause = "The mission listener does not exist.",
        solution = "Check the mission listener ID.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的任务监听器不存在",
        description = "当指定的任务监听器不存在时，方法将返回该错误码。",
        cause = "操作的目标任务监听器不存在。",
        solution = "确认操作的任务监听器是否存在。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    NonexistentMissionListener,
    /// Target Application Is Not the Invoker Application (16300003).
    ///
    /// This error code is reported when the application to start is not the application that calls the API.
    #[code(
        16300003,
        title = "Target Application Is Not the Invoker Application",
        message = "The target application is not the current application.",
        description = "This error code is reported when the application to start is not the application that calls the API.",
        cause = "The application to start and the invoker application are not the same application.",
        solution = "Ensure that the application to start is the invoker application."
    )]
    #[translation(
        "zh-CN",
        title = "目标应用程序不是自身应用程序",
        description = "当被拉起的应用程序不是自身应用程序时，方法将返回该错误码。",
        cause = "被拉起的应用和发起调用的应用不是同一个应用程序。",
        solution = "确认被拉起的应用程序是否为自身应用程序。"
    )]
    TargetApplicationIsNotInvokerApplication,
    /// Invalid Bundle Name (18500001).
    ///
    /// This error code is reported when the specified bundle name is invalid.
    #[code(
        18500001,
        title = "Invalid Bundle Name",
        message = "Invalid bundle name.",
        description = "This error code is reported when the specified bundle name is invalid.",
        cause = "The bundle does not exist or is not installed.",
        solution = "Check whether the bundle has been installed.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的包名无效",
        message = "The bundle does not exist or no patch has been applied.",
        description = "当指定的包名无效时，方法将返回该错误码。",
        cause = "待查询的bundle不存在或未安装。",
        solution = "确认查询的应用是否已安装。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidBundleName,
    /// Invalid Patch Package (18500002).
    ///
    /// This error code is returned when the specified patch package is invalid.
    #[code(
        18500002,
        title = "Invalid Patch Package",
        message = "Invalid patch package.",
        description = "This error code is returned when the specified patch package is invalid.",
        cause = "The patch package does not exist or is inaccessible.",
        solution = "Check whether the path of the patch package is valid.",
        solution = "Check whether the application has the permission to access the patch package.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "指定的补丁包无效",
        description = "当指定的补丁包无效，补丁包不存在或不可访问时，方法将返回该错误码。",
        cause = "待安装的补丁包文件不存在或不可以访问。",
        solution = "请检查传递的补丁包文件路径是否有效。",
        solution = "请检查是否有权限访问此补丁包文件。"
    )]
    InvalidPatchPackage,
    /// Internal Error (18500008).
    ///
    /// This error code is reported when an error occurs during internal processing, such as memory application or multithreading processing.
    #[code(
        18500008,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported when an error occurs during internal processing, such as memory application or multithreading processing.",
        cause = "Common kernel errors such as memory application and multithreading processing errors occur.",
        solution = "Ensure sufficient system memory.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "快速修复内部错误",
        description = "当内存申请、多线程处理异常等内部处理错误时，方法将返回该错误码。",
        cause = "内存申请、多线程处理等内核通用错误。",
        solution = "确认系统内存是否足够。"
    )]
    InternalError18500008,
    /// Application Has a Quick Fix Task Being Processed (18500009).
    ///
    /// This error code is reported when the application has a quick fix task that is under processing.
    #[code(
        18500009,
        title = "Application Has a Quick Fix Task Being Processed",
        message = "The application has an ongoing quick fix task.",
        description = "This error code is reported when the application has a quick fix task that is under processing.",
        cause = "When you try to cancel a quick fix task for an application, the application has a quick repair task that is under processing.",
        solution = "Wait until the quick fix task is complete.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "该应用当前有正在处理的快速修复任务",
        description = "该应用当前有正在处理的快速修复任务时，方法将返回该错误码。",
        cause = "指定要撤销快速修复的应用，有正在处理的快速修复任务。",
        solution = "等待快速修复任务处理完成。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    ApplicationHasQuickFixTaskBeingProcessed,
    /// Observer Does Not Exist (16300004).
    ///
    /// When the observer does not exist, the method will return this error code.
    #[code(
        16300004,
        title = "Observer Does Not Exist",
        message = "The observer does not exist.",
        description = "When the observer does not exist, the method will return this error code.",
        cause = "The current observer does not exist or has been unregistered.",
        solution = "Check whether the observer has been unregistered repeatedly."
    )]
    #[translation(
        "zh-CN",
        title = "指定的observer不存在",
        description = "当监听器不存在时，方法将返回该错误码。",
        cause = "当前监听器不存在或者已注销。",
        solution = "请检查是否有重复注销监听器。"
    )]
    ObserverDoesNotExist,
    /// Bundle Information Does Not Exist (16300005).
    ///
    /// This error code is reported when the bundle information of the preinstalled application does not exist.
    #[code(
        16300005,
        title = "Bundle Information Does Not Exist",
        message = "The target bundle does not exist.",
        description = "This error code is reported when the bundle information of the preinstalled application does not exist.",
        cause = "The value of **bundleName**, **userId**, or **appIndex** is incorrect, leading to the query failure.",
        solution = "Pass in correct values for **bundleName**, **userId**, and **appIndex**.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的包信息不存在",
        description = "预加载应用的包信息不存在时，方法将返回该错误码。",
        cause = "预加载的bundleName、userId或appIndex错误，导致查询不到相关包信息。",
        solution = "检查传入的bundleName、userId和appIndex参数是否正确。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    BundleInformationDoesNotExist,
    /// Specified Package Does Not Have a Main UIAbility (16300008).
    ///
    /// This error code is reported when the application does not have a main UIAbility.
    #[code(
        16300008,
        title = "Specified Package Does Not Have a Main UIAbility",
        message = "The target bundle has no main UIAbility.",
        description = "This error code is reported when the application does not have a main UIAbility.",
        cause = "The ability configured for **mainElement** is not a UIAbility.",
        solution = "Check whether the ability configured for **mainElement** in the **module.json** file is a UIAbility.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "指定的包不存在主UIAbility",
        message = "The target bundle has no MainAbility.",
        description = "应用不存在主UIAbility。",
        cause = "应用的mainElement不是UIAbility。",
        solution = "检查应用module.json中的mainElement对应的ability是否是UIAbility。"
    )]
    SpecifiedPackageDoesNotHaveMainUIAbility,
    /// Specified Package Does Not Have a Status Bar (16300009).
    ///
    /// This error code is reported when the application does not have a status bar.
    #[code(
        16300009,
        title = "Specified Package Does Not Have a Status Bar",
        message = "The target bundle has no status-bar ability.",
        description = "This error code is reported when the application does not have a status bar.",
        cause = "The application does not have a status bar.",
        solution = "Check whether the application has a status bar.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "指定的包不存在状态栏",
        description = "应用不存在状态栏。",
        cause = "应用不存在状态栏。",
        solution = "检查应用是否有状态栏。"
    )]
    SpecifiedPackageDoesNotHaveStatusBar,
    /// Running Application Is Not Attached to a Status Bar (16300010).
    ///
    /// This error code is reported when the application is not attached to a status bar after running.
    #[code(
        16300010,
        title = "Running Application Is Not Attached to a Status Bar",
        message = "The target application is not attached to the status bar.",
        description = "This error code is reported when the application is not attached to a status bar after running.",
        cause = "The application has a status bar, but it is not attached to the status bar during running.",
        solution = "Check whether the application is attached to a status bar.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的应用在运行中但没有绑定状态栏",
        description = "应用运行后没有绑定状态栏。",
        cause = "应用有状态栏，但在运行过程中没有绑定状态栏。",
        solution = "检查应用是否绑定状态栏。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    RunningApplicationIsNotAttachedToStatusBar,
    /// Internal Error During Image Editing (29600001).
    ///
    /// This error code is reported when an internal error such as memory allocation or multithreaded processing exception occurs during image saving.
    #[code(
        29600001,
        title = "Internal Error During Image Editing",
        message = "Internal error.",
        description = "This error code is reported when an internal error such as memory allocation or multithreaded processing exception occurs during image saving.",
        cause = "Common kernel errors such as memory application and multithreading processing errors occur. The possible causes are as follows: The internal object is empty, and the processing times out.",
        solution = "Ensure sufficient system memory. Ensure that the system version used by the device is normal.",
        solution = "Restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "图片编辑内部错误",
        description = "当图片保存时发生内存申请、多线程处理异常等内部错误时，方法将返回该错误码。",
        cause = "内存申请、多线程处理等内核通用错误。具体原因可能包括：内部对象为空、处理超时等等。",
        solution = "确认系统内存是否足够，设备使用的系统版本是否存在异常。",
        solution = "尝试重启设备。"
    )]
    InternalErrorDuringImageEditing,
    /// Image Input Error (29600002).
    ///
    /// This error code is reported when the image URI does not exist or the image cannot be parsed.
    #[code(
        29600002,
        title = "Image Input Error",
        message = "Image input error.",
        description = "This error code is reported when the image URI does not exist or the image cannot be parsed.",
        cause = "The URI does not exist or the URI does not point to an image file.",
        solution = "Check whether the file exists and whether the file type is image."
    )]
    #[translation(
        "zh-CN",
        title = "图片编辑内部错误",
        description = "当图片uri不存在或无法解析图片时，方法将返回该错误码。",
        cause = "uri不存在或uri非图片类型文件。",
        solution = "检查文件是否存在以及文件类型是否为图片。"
    )]
    ImageInputError,
    /// Image Too Large (29600003).
    ///
    /// The image is too large.
    #[code(
        29600003,
        title = "Image Too Large",
        message = "Image too big.",
        description = "The image is too large.",
        cause = "This error code is reported when the size of the image exceeds 50 MB.",
        solution = "Limit the size of the edited image to less than 50 MB.",
        solution = "Verify the image size in advance."
    )]
    #[translation(
        "zh-CN",
        title = "图片大小过大",
        description = "入参所传入的图片大小过大。",
        cause = "当入参图片大小超过50M时，方法将返回该错误码。",
        solution = "尝试将图片编辑后大小控制在50M以内。",
        solution = "对图片大小进行校验。"
    )]
    ImageTooLarge,
    /// Download and Installation Task Information of the Atomic Service Does Not Exist (16300007).
    ///
    /// This error code is reported when the download and installation task of the specified atomic service does not exist while the atomic service window is opened.
    #[code(
        16300007,
        title = "Download and Installation Task Information of the Atomic Service Does Not Exist",
        message = "The target free-installation task does not exist.",
        description = "This error code is reported when the download and installation task of the specified atomic service does not exist while the atomic service window is opened.",
        cause = "The value of **bundleName**, **moduleName**, **abilityName**, or **startTime** is incorrect, leading to the query failure.",
        solution = "Pass in correct values for **bundleName**, **moduleName**, **abilityName**, and **startTime**.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的原子化服务的下载安装任务信息不存在",
        description = "为原子化服务窗口打开窗口时，指定的原子化服务的下载安装任务不存在时，方法将返回该错误码。",
        cause = "传入的bundleName、moduleName、abilityName或startTime错误，导致查询不到相关原子化服务的下载安装任务信息。",
        solution = "检查传入的bundleName、moduleName、abilityName或startTime参数是否正确。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    DownloadAndInstallationTaskInformationOfAtomicServiceDoesNotExist,
    /// Startup Task or Dependency Not Found (28800001).
    ///
    /// This error code is reported if the startup task or its dependency is not found during task startup.
    #[code(
        28800001,
        title = "Startup Task or Dependency Not Found",
        message = "Startup task or its dependency not found.",
        description = "This error code is reported if the startup task or its dependency is not found during task startup.",
        cause = "The startup task or dependency is not correctly configured.",
        solution = "Check whether the AppStartup configuration file is correctly compiled, and ensure that all configured startup tasks are implemented."
    )]
    #[translation(
        "zh-CN",
        title = "启动任务或其依赖项不存在",
        description = "执行启动任务时，如果找不到该启动任务或其依赖的任务，方法将返回该错误码。",
        cause = "未正确配置启动任务或其依赖的任务。",
        solution = "检查启动框架配置文件是否正确编写，并确保所有配置的启动任务均已实现。"
    )]
    StartupTaskOrDependencyNotFound,
    /// Circular Dependencies Between Startup Tasks (28800002).
    ///
    /// This error code is reported if circular dependencies are detected between startup tasks during startup task loading.
    #[code(
        28800002,
        title = "Circular Dependencies Between Startup Tasks",
        message = "The startup tasks have circular dependencies.",
        description = "This error code is reported if circular dependencies are detected between startup tasks during startup task loading.",
        cause = "There are circular dependencies between startup tasks.",
        solution = "Check the AppStartup configuration file, and ensure that no circular dependency exists between startup tasks."
    )]
    #[translation(
        "zh-CN",
        title = "启动任务之间存在循环依赖关系",
        description = "在加载启动任务时，如果检测到启动任务之间存在循环依赖，方法将返回该错误码。",
        cause = "配置的启动任务之间存在循环依赖关系。",
        solution = "检查启动框架配置文件，确保所有启动任务之间没有循环依赖。"
    )]
    CircularDependenciesBetweenStartupTasks,
    /// Error Occurs During Task Startup (28800003).
    ///
    /// This error code is reported when an error occurs during task startup.
    #[code(
        28800003,
        title = "Error Occurs During Task Startup",
        message = "An error occurred while running the startup tasks.",
        description = "This error code is reported when an error occurs during task startup.",
        cause = "The code logic for starting the task is incorrect, or no exception handling is available.",
        solution = "Check whether the startup task has logic errors, and ensure that each startup task contains the exception handling logic."
    )]
    #[translation(
        "zh-CN",
        title = "运行启动任务时发生错误",
        description = "运行启动任务时发生错误，方法将返回该错误码。",
        cause = "启动任务的代码逻辑存在错误，或者缺少异常处理。",
        solution = "检查实现的启动任务是否存在逻辑错误，并确保每个启动任务中包含异常处理逻辑。"
    )]
    ErrorOccursDuringTaskStartup,
    /// Executing the Startup Task Times Out (28800004).
    ///
    /// This error code is reported if the execution time of a task exceeds the timeout interval (10000 ms by default).
    #[code(
        28800004,
        title = "Executing the Startup Task Times Out",
        message = "Running startup tasks timeout.",
        description = "This error code is reported if the execution time of a task exceeds the timeout interval (10000 ms by default).",
        cause = "The startup task contains a large number of time-consuming operations, or the configured timeout interval is too short.",
        solution = "Adjust the timeout interval as required. For details about how to set the timeout interval, see [Setting Startup Parameters](../../application-models/app-startup.md#setting-startup-parameters)."
    )]
    #[translation(
        "zh-CN",
        title = "执行启动任务超时",
        description = "如果启动任务的执行时间超过设置的超时时间（默认为10000毫秒），方法将返回该错误码。",
        cause = "启动任务中包含大量耗时操作，或者设置的超时时间过短。",
        solution = "根据需要调整超时时间。超时时间的设置可参见[设置启动参数](../../application-models/app-startup.md#设置启动参数)。"
    )]
    ExecutingStartupTaskTimesOut,
    /// Target Application Type Is Not a System HSP (16400001).
    ///
    /// When the [createSystemHspModuleResourceManager](js-apis-inner-application-context-sys.md#createsystemhspmoduleresourcemanager12) API is used to create a [ResourceManager](../apis-localization-kit/js-apis-resource-manager.md#resourcemanager), if the passed **bundleName** does not belong to a module of a [system HSP](../../quick-start/application-package-glossary.md#system-level-hsp), this error code is reported.
    #[code(
        16400001,
        title = "Target Application Type Is Not a System HSP",
        message = "The input bundleName is not a system HSP.",
        description = "When the [createSystemHspModuleResourceManager](js-apis-inner-application-context-sys.md#createsystemhspmoduleresourcemanager12) API is used to create a [ResourceManager](../apis-localization-kit/js-apis-resource-manager.md#resourcemanager), if the passed **bundleName** does not belong to a module of a [system HSP](../../quick-start/application-package-glossary.md#system-level-hsp), this error code is reported.",
        cause = "The **bundleName** parameter passed to **createSystemHspModuleResourceManager** is not the bundle name of the HSP preconfigured in the system by the OEM.",
        solution = "Check whether the value of **bundleName** is correct.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "目标应用类型不是系统级HSP",
        description = "通过[createSystemHspModuleResourceManager](js-apis-inner-application-context-sys.md#createsystemhspmoduleresourcemanager12)接口创建[ResourceManager](../apis-localization-kit/js-apis-resource-manager.md#resourcemanager)时，如果传入的bundleName不属于[系统级HSP](../../quick-start/application-package-glossary.md#系统级hsp)的模块，将返回该错误码。",
        cause = "调用createSystemHspModuleResourceManager传入的bundleName，不是OEM预置到系统中的HSP的bundleName。",
        solution = "检查bundleName是否正确。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    TargetApplicationTypeIsNotSystemHsp,
    /// Keep-Alive Can Be Set Only for an ExtensionAbility of the appService Type (16000202).
    ///
    /// This error code is reported when the object to be kept alive is not an ExtensionAbility of the appService type.
    #[code(
        16000202,
        title = "Keep-Alive Can Be Set Only for an ExtensionAbility of the appService Type",
        message = "The main element is not an appService ExtensionAbility.",
        description = "This error code is reported when the object to be kept alive is not an ExtensionAbility of the appService type.",
        cause = "The **mainElement** field in the **module.json5** file of the entry HAP is not an ExtensionAbility of the appService type.",
        solution = "Change the **mainElement** field of the entry HAP in the **module.json5** file to an ExtensionAbility of the appService type.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "仅支持为appService类型的ExtensionAbility设置保活",
        message = "Invalid main element type.",
        description = "如果设置保活的对象不是appService类型的ExtensionAbility，方法将返回该错误码。",
        cause = "应用中entry类型的HAP的module.json5配置文件中的mainElement字段不是appService类型的ExtensionAbility。",
        solution = "修改应用中entry类型的HAP的module.json5配置文件的mainElement字段为appService类型的ExtensionAbility。"
    )]
    KeepAliveCanBeSetOnlyForExtensionAbilityOfAppServiceType,
    /// Cannot Change the Keep-alive Status of an AppServiceExtensionAbility (16000203).
    ///
    /// This error code is reported when the keep-alive status of an AppServiceExtensionAbility cannot be changed.
    #[code(
        16000203,
        title = "Cannot Change the Keep-alive Status of an AppServiceExtensionAbility",
        message = "Cannot change the keep-alive status.",
        description = "This error code is reported when the keep-alive status of an AppServiceExtensionAbility cannot be changed.",
        cause = "The keep-alive policy of the AppServiceExtensionAbility is set by the MDM to be uncancelable by users or is set to keep-alive by other users.",
        solution = "Cancel the keep-alive setting on the MDM server, or set the keep-alive policy to allow users to cancel the keep-alive. Cancel the keep-alive of the AppServiceExtensionAbility for the user who has the keep-alive permission.",
        system_api
    )]
    #[translation(
        "zh-CN",
        title = "无法更改AppServiceExtensionAbility保活状态",
        description = "无法更改AppServiceExtensionAbility保活状态时，方法返回该错误码。",
        cause = "AppServiceExtensionAbility的保活策略由MDM设置为用户不可取消，或者由其他用户设置为保活。",
        solution = "MDM取消设置保活，或设置保活策略为用户可取消；在设置保活的用户下取消AppServiceExtensionAbility的保活。"
    )]
    CannotChangeKeepAliveStatusOfAppServiceExtensionAbility,
    /// Application Is Not Installed for the User with userId of 1 (16000204).
    ///
    /// This error code is reported when the specified application is not installed under the user with **userId** of 1.
    #[code(
        16000204,
        title = "Application Is Not Installed for the User with userId of 1",
        message = "The target bundle is not in u1.",
        description = "This error code is reported when the specified application is not installed under the user with **userId** of 1.",
        cause = "The specified application is not installed under the user with **userId** of 1.",
        solution = "Install the specified application under the user with **userId** of 1.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定的应用未安装在userId为1的用户下",
        description = "当指定的应用未安装在userId为1的用户下时，方法返回该错误码。",
        cause = "指定的应用未安装在userId为1的用户下。",
        solution = "将指定的应用安装在userId为1的用户下。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    ApplicationIsNotInstalledForUserWithUserIdOf1,
    /// Current Process Cannot Be Set as Candidate Master Process (16000115).
    ///
    /// The current process does not meet the requirements to be configured as a candidate master process.
    #[code(
        16000115,
        title = "Current Process Cannot Be Set as Candidate Master Process",
        message = "The current process cannot be set as a candidate master process.",
        description = "The current process does not meet the requirements to be configured as a candidate master process.",
        cause = "The process fails to satisfy at least one of the following conditions:",
        cause = "It is running a component with **isolationProcess** set to **true**.",
        cause = "It has previously served as the master process.",
        solution = "No workaround is available. A process can only be set as a candidate master process if it is currently running a component with **isolationProcess** set to **true**, or if it has previously functioned as the master process.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "当前进程不支持设置为备选主控进程",
        description = "当前进程不支持设置为备选主控进程。",
        cause = "当前进程不满足以下任一条件：",
        cause = "运行了isolationProcess字段设为true的组件。",
        cause = "曾经成为过主控进程。",
        solution = "不支持处理。当前进程只有运行了isolationProcess字段设为true的组件，或曾为主控进程，才可设置为备选主控进程。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    CurrentProcessCannotBeSetAsCandidateMasterProcess,
    /// Process Is Already a Master Process (16000116).
    ///
    /// This error code is reported when you attempt to cancel the current process, which is already the master process, as a candidate master process.
    #[code(
        16000116,
        title = "Process Is Already a Master Process",
        message = "The current process is already a master process and does not support cancellation.",
        description = "This error code is reported when you attempt to cancel the current process, which is already the master process, as a candidate master process.",
        cause = "The current process is already the master process.",
        solution = "No action can be taken. Cancellation is not supported since the current process is already the master process."
    )]
    #[translation(
        "zh-CN",
        title = "当前进程已经是主控进程",
        description = "当前进程已经是主控进程，不支持取消备选主控进程。",
        cause = "当前进程已经是主控进程，不支持取消备选主控进程。",
        solution = "不支持处理，当前进程已经是主控进程的情况下，不支持取消。"
    )]
    ProcessIsAlreadyMasterProcess,
    /// Process Is Not a Candidate Master Process (16000117).
    ///
    /// This error code is reported when you attempt to cancel the current process, which is not a candidate master process, as a candidate master process.
    #[code(
        16000117,
        title = "Process Is Not a Candidate Master Process",
        message = "The current process is not a candidate master process and does not support cancellation.",
        description = "This error code is reported when you attempt to cancel the current process, which is not a candidate master process, as a candidate master process.",
        cause = "The current process is not a candidate master process and cannot be canceled.",
        solution = "No action can be taken. Cancellation is not supported since the current process is not a candidate master process."
    )]
    #[translation(
        "zh-CN",
        title = "当前进程非备选主控进程",
        description = "当前进程不是备选主控进程，不支持取消。",
        cause = "当前进程不是备选主控进程，不支持取消。",
        solution = "不支持处理，当前进程不是备选主控进程，不支持取消。"
    )]
    ProcessIsNotCandidateMasterProcess,
    /// Process Is Not the Master Process (16000118).
    ///
    /// This error code is reported when you attempt to relinquish the master-process role of the current process, which is not the master process.
    #[code(
        16000118,
        title = "Process Is Not the Master Process",
        message = "Not a master process.",
        description = "This error code is reported when you attempt to relinquish the master-process role of the current process, which is not the master process.",
        cause = "The current process is not the master process and cannot relinquish its master-process role.",
        solution = "No action can be taken. The current process is not the master process and cannot relinquish its master-process role."
    )]
    #[translation(
        "zh-CN",
        title = "当前进程非主控进程",
        description = "当前进程不是主控进程。",
        cause = "当前进程不是主控进程，无法放弃当前进程的主控进程身份。",
        solution = "不支持处理，当前进程不是主控进程，无法放弃其主控进程身份。"
    )]
    ProcessIsNotMasterProcess,
    /// Pending Request Exists (16000119).
    ///
    /// The attempt to relinquish the current process's master process status has failed due to pending requests.
    #[code(
        16000119,
        title = "Pending Request Exists",
        message = "Cannot exit because there is an unfinished request.",
        description = "The attempt to relinquish the current process's master process status has failed due to pending requests.",
        cause = "The current process contains unfinished requests:",
        cause = "There are pending [onNewProcessRequest](js-apis-app-ability-abilityStage.md#onnewprocessrequest11) calls in the process",
        cause = "When a UIAbility with [specified](../../application-models/uiability-launch-type.md#specified) launch mode runs in an isolated process, there are pending [onAcceptWant](js-apis-app-ability-abilityStage.md#onacceptwant) requests",
        solution = "Wait for all current requests in the process to complete before attempting to relinquish master process status.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "存在未完成的请求",
        description = "因为存在未完成的请求，放弃当前进程的主控进程身份失败。",
        cause = "当前进程存在未完成的请求：",
        cause = "进程中存在未完成的[onNewProcessRequest](js-apis-app-ability-abilityStage.md#onnewprocessrequest11)请求。",
        cause = "当启动模式为[specified](../../application-models/uiability-launch-type.md#specified启动模式)的UIAbility运行在独立进程时，当前进程中存在未完成的[onAcceptWant](js-apis-app-ability-abilityStage.md#onacceptwant)请求。",
        solution = "等待当前进程中的请求完成，然后再放弃当前进程的主控进程身份。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    PendingRequestExists,
    /// API Not Called in Main Thread (16000205).
    ///
    /// This error code is reported when the API is not called in the main thread.
    #[code(
        16000205,
        title = "API Not Called in Main Thread",
        message = "The API is not called in the main thread.",
        description = "This error code is reported when the API is not called in the main thread.",
        cause = "The current API is called in a Worker or TaskPool thread, which is not supported.",
        solution = "Move the API call logic to the main thread."
    )]
    #[translation(
        "zh-CN",
        title = "当前接口未在主线程中调用",
        description = "当前接口未在主线程调用。",
        cause = "当前接口在worker或taskpool中调用，不支持该操作。",
        solution = "请将接口调用逻辑迁移到主线程中执行。"
    )]
    ApiNotCalledInMainThread,
    /// Incorrect Declaration for Decorator Parameters (10110000).
    ///
    /// This error code is reported when variables are used as decorator parameters in the code. Compile-time constants (such as string literals) are required.
    #[code(
        10110000,
        title = "Incorrect Declaration for Decorator Parameters",
        message = "Decorator parameters must be compile-time constants.",
        description = "This error code is reported when variables are used as decorator parameters in the code. Compile-time constants (such as string literals) are required.",
        cause = "Decorator parameters use variables.",
        solution = "Change the decorator parameters from variables to fixed values."
    )]
    #[translation(
        "zh-CN",
        title = "装饰器参数声明错误",
        description = "代码中使用变量作为装饰器参数，要求使用编译期常量（如字符串字面量）。",
        cause = "装饰器参数使用变量。",
        solution = "将装饰器参数从变量改为固定值。"
    )]
    IncorrectDeclarationForDecoratorParameters,
    /// Incorrect Decorator Usage Location (10110001).
    ///
    /// This error code is reported when the intent decorator is used in a non-.ets file.
    #[code(
        10110001,
        title = "Incorrect Decorator Usage Location",
        message = "The intent decorator can only be used in .ets files.",
        description = "This error code is reported when the intent decorator is used in a non-.ets file.",
        cause = "The intent decorator is used in a non-.ets file.",
        solution = "Use the intent decorator in an .ets file.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "装饰器使用位置错误",
        description = "意图装饰器使用在非.ets文件中。",
        cause = "意图装饰器使用在非.ets文件中。",
        solution = "在.ets文件中使用意图装饰器。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IncorrectDecoratorUsageLocation,
    /// Incorrect Decorator Call Form (10110002).
    ///
    /// This error code is reported when the decorator is not invoked in function call form.
    #[code(
        10110002,
        title = "Incorrect Decorator Call Form",
        message = "Decorators must be called as functions.",
        description = "This error code is reported when the decorator is not invoked in function call form.",
        cause = "The decorator is not invoked in function call form.",
        solution = "Add parentheses to ensure that the decorator is invoked as a function.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "装饰器调用形式错误",
        description = "装饰器未使用函数调用形式。",
        cause = "装饰器未使用函数调用形式。",
        solution = "补充括号，确保装饰器以函数形式调用。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IncorrectDecoratorCallForm,
    /// Decorator Missing Required Parameters (10110003).
    ///
    /// This error code is reported when required parameters are not provided for the decorator.
    #[code(
        10110003,
        title = "Decorator Missing Required Parameters",
        message = "Required parameters are missing for the decorator.",
        description = "This error code is reported when required parameters are not provided for the decorator.",
        cause = "Required parameters are not provided for the decorator.",
        solution = "Add the required parameters based on the error message."
    )]
    #[translation(
        "zh-CN",
        title = "装饰器未提供必选参数",
        description = "装饰器未提供必选参数。",
        cause = "装饰器未提供必选参数。",
        solution = "根据错误提示添加必选参数。"
    )]
    DecoratorMissingRequiredParameters,
    /// Parameter Type Does Not Match Decorator Requirements (10110004).
    ///
    /// This error code is reported when the parameter type does not match the decorator's requirements.
    #[code(
        10110004,
        title = "Parameter Type Does Not Match Decorator Requirements",
        message = "The parameter type does not match the decorator's requirement.",
        description = "This error code is reported when the parameter type does not match the decorator's requirements.",
        cause = "The parameter type does not match the decorator's requirements.",
        solution = "Adjust the parameter type based on the error message."
    )]
    #[translation(
        "zh-CN",
        title = "参数类型不符合装饰器参数要求",
        description = "参数类型不符合装饰器参数要求。",
        cause = "参数类型不符合装饰器参数要求。",
        solution = "根据错误提示调整参数类型。"
    )]
    ParameterTypeDoesNotMatchDecoratorRequirements,
    /// Unsupported Parameters in Decorator (10110005).
    ///
    /// This error code is reported when unsupported parameters are found in the decorator.
    #[code(
        10110005,
        title = "Unsupported Parameters in Decorator",
        message = "Unsupported parameters found in the decorator.",
        description = "This error code is reported when unsupported parameters are found in the decorator.",
        cause = "Unsupported parameters are written in the decorator.",
        solution = "Remove unsupported parameters based on the error message. (Only the string, number, boolean, object, and array types are supported.)"
    )]
    #[translation(
        "zh-CN",
        title = "解析装饰器参数错误",
        description = "装饰器参数中有不支持解析的参数。",
        cause = "装饰器参数中写入了不支持解析的参数。",
        solution = "根据错误提示移除不支持解析的参数（仅支持：string/number/boolean/object/array类型）。"
    )]
    UnsupportedParametersInDecorator,
    /// Circular Dependency Detected in Decorator Parameters (10110006).
    ///
    /// This error code is reported when circular dependencies are detected in decorator parameters.
    #[code(
        10110006,
        title = "Circular Dependency Detected in Decorator Parameters",
        message = "Circular dependencies detected in decorator parameters.",
        description = "This error code is reported when circular dependencies are detected in decorator parameters.",
        cause = "Circular dependencies are written in the decorator parameters.",
        solution = "Refactor the data structure by extracting common variables or using ID references to avoid nesting."
    )]
    #[translation(
        "zh-CN",
        title = "存在循环依赖错误",
        description = "装饰器参数中存在循环依赖。",
        cause = "装饰器参数中写入了循环依赖。",
        solution = "重构数据结构，通过提取公共变量或使用ID引用替代直接嵌套。"
    )]
    CircularDependencyDetectedInDecoratorParameters,
    /// Root Type of JSON Schema for Parameters is Not Object (10110007).
    ///
    /// This error code is reported when the root type of the JSON schema for **Parameters** is not object.
    #[code(
        10110007,
        title = "Root Type of JSON Schema for Parameters is Not Object",
        message = "The root type of the JSON Schema for Parameters must be object.",
        description = "This error code is reported when the root type of the JSON schema for **Parameters** is not object.",
        cause = "The root type of the JSON schema for **Parameters** is not object.",
        solution = "Ensure that the top-level definition of the JSON schema for **Parameters** is {\"type\":\"object\"}.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "参数定义根类型非object类型",
        description = "Parameters参数定义的JSON Schema的第一层type非object。",
        cause = "Parameters参数定义的JSON Schema的第一层type非object。",
        solution = "确保Parameters的JSON Schema顶层定义为{\"type\":\"object\"}。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    RootTypeOfJsonSchemaForParametersIsNotObject,
    /// Class Property Missing Required Field (10110008).
    ///
    /// This error code is reported when a required field in the class property is missing.
    #[code(
        10110008,
        title = "Class Property Missing Required Field",
        message = "A required field in the class property is missing.",
        description = "This error code is reported when a required field in the class property is missing.",
        cause = "A required field in the class property is missing.",
        solution = "Add the required field as specified by the JSON Schema."
    )]
    #[translation(
        "zh-CN",
        title = "类属性缺少必填项",
        description = "类属性中缺少JSON Schema定义的必填字段。",
        cause = "类属性中没有写JSON Schema定义的必填字段。",
        solution = "根据错误提示补充必选参数。"
    )]
    ClassPropertyMissingRequiredField,
    /// Class Property Field Type Does Not Match JSON Schema (10110009).
    ///
    /// This error code is reported when the field type of the class property does not match the JSON schema.
    #[code(
        10110009,
        title = "Class Property Field Type Does Not Match JSON Schema",
        message = "The field type of the class property does not match the JSON Schema.",
        description = "This error code is reported when the field type of the class property does not match the JSON schema.",
        cause = "The field type of the class property does not match the JSON schema.",
        solution = "Correct the type to match the requirement."
    )]
    #[translation(
        "zh-CN",
        title = "类属性字段类型不符合JSON Schema要求",
        description = "类属性中字段类型与JSON Schema要求不符。",
        cause = "类属性中的字段类型不符合JSON Schema要求。",
        solution = "根据错误提示修正参数类型。"
    )]
    ClassPropertyFieldTypeDoesNotMatchJsonSchema,
    /// Class Property Parameter Violates oneOf/anyOf Validation Rules (10110010).
    ///
    /// This error code is reported when the class property parameter violates the oneOf/anyOf validation rules in the JSON schema.
    #[code(
        10110010,
        title = "Class Property Parameter Violates oneOf/anyOf Validation Rules",
        message = "The class property parameter violates the oneOf/anyOf validation rules in the JSON Schema.",
        description = "This error code is reported when the class property parameter violates the oneOf/anyOf validation rules in the JSON schema.",
        cause = "The class property parameter violates the oneOf/anyOf validation rules in the JSON Schema.",
        solution = "Modify the parameter to meet the validation rules."
    )]
    #[translation(
        "zh-CN",
        title = "类属性参数不符合oneOf/anyOf校验规则",
        description = "类属性参数不符合JSON Schema中oneOf/anyOf校验规则。",
        cause = "类属性中的参数不符合JSON Schema的oneOf/anyOf的校验规则。",
        solution = "修改参数满足校验规则。"
    )]
    ClassPropertyParameterViolatesOneOfanyOfValidationRules,
    /// Class Property Includes Parameters Not Defined in JSON Schema (10110011).
    ///
    /// This error code is reported when the class property includes parameters not defined in the JSON schema.
    #[code(
        10110011,
        title = "Class Property Includes Parameters Not Defined in JSON Schema",
        message = "The class property includes parameters not defined in the JSON Schema.",
        description = "This error code is reported when the class property includes parameters not defined in the JSON schema.",
        cause = "The class property includes parameters not defined in the JSON schema.",
        solution = "Remove any extra parameters."
    )]
    #[translation(
        "zh-CN",
        title = "类属性中定义可选参数外的参数",
        description = "类属性中使用了JSON Schema定义的可选参数外的参数。",
        cause = "类属性中写入了可选参数以外的参数。",
        solution = "删除多余参数。"
    )]
    ClassPropertyIncludesParametersNotDefinedInJsonSchema,
    /// Duplicate intentName Definitions Found (10110012).
    ///
    /// This error code is reported when duplicate intentName definitions are found.
    #[code(
        10110012,
        title = "Duplicate intentName Definitions Found",
        message = "Duplicate intentName definitions found.",
        description = "This error code is reported when duplicate intentName definitions are found.",
        cause = "The same intentName is declared in the module.",
        solution = "Find the duplicate intentName in the module and rename it."
    )]
    #[translation(
        "zh-CN",
        title = "存在重复的intentName定义",
        description = "存在重复的intentName定义。",
        cause = "模块中声明了一样的intentName。",
        solution = "在模块中查找重名的intentName并重命名。"
    )]
    DuplicateIntentNameDefinitionsFound,
    /// Incorrect Location for Methods Decorated with @InsightIntentFunctionMethod (10110013).
    ///
    /// This error code is reported when the method decorated with @InsightIntentFunctionMethod is not in the class decorated with @InsightIntentFunction.
    #[code(
        10110013,
        title = "Incorrect Location for Methods Decorated with @InsightIntentFunctionMethod",
        message = "Methods decorated with @InsightIntentFunctionMethod must be in a class decorated with @InsightIntentFunction.",
        description = "This error code is reported when the method decorated with @InsightIntentFunctionMethod is not in the class decorated with @InsightIntentFunction.",
        cause = "The method decorated with @InsightIntentFunctionMethod is not in the class decorated with @InsightIntentFunction.",
        solution = "Move the method to the class decorated with @InsightIntentFunction, or add the @InsightIntentFunction decorator to the class."
    )]
    #[translation(
        "zh-CN",
        title = "@InsightIntentFunctionMethod装饰的方法位置错误",
        description = "@InsightIntentFunctionMethod装饰的方法未在@InsightIntentFunction装饰的类中。",
        cause = "@InsightIntentFunctionMethod装饰的方法未在@InsightIntentFunction装饰的类中。",
        solution = "将方法移至@InsightIntentFunction装饰的类中，或为类添加@InsightIntentFunction装饰器。"
    )]
    IncorrectLocationForMethodsDecoratedWithInsightIntentFunctionMethod,
    /// Class Decorated with @InsightIntentFunction Is Not Exported (10110014).
    ///
    /// This error code is reported when the class decorated with @InsightIntentFunction is not exported using **export**.
    #[code(
        10110014,
        title = "Class Decorated with @InsightIntentFunction Is Not Exported",
        message = "The class decorated with @InsightIntentFunction must be exported.",
        description = "This error code is reported when the class decorated with @InsightIntentFunction is not exported using **export**.",
        cause = "The class decorated with @InsightIntentFunction is not exported using **export**.",
        solution = "Add an **export** statement to the class."
    )]
    #[translation(
        "zh-CN",
        title = "未导出@InsightIntentFunction装饰的类",
        description = "@InsightIntentFunction装饰的类未使用export导出。",
        cause = "未使用export导出@InsightIntentFunction装饰的类。",
        solution = "为类添加export导出语句。"
    )]
    ClassDecoratedWithInsightIntentFunctionIsNotExported,
    /// Incorrect Method Decorated with @InsightIntentFunctionMethod (10110015).
    ///
    /// This error code is reported when the method decorated with @InsightIntentFunctionMethod is not a static method.
    #[code(
        10110015,
        title = "Incorrect Method Decorated with @InsightIntentFunctionMethod",
        message = "Methods decorated with @InsightIntentFunctionMethod must be static.",
        description = "This error code is reported when the method decorated with @InsightIntentFunctionMethod is not a static method.",
        cause = "The method decorated with @InsightIntentFunctionMethod is not modified with static.",
        solution = "Modify the method decorated with @InsightIntentFunctionMethod with **static**.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "@InsightIntentFunctionMethod装饰的方法错误",
        description = "@InsightIntentFunctionMethod装饰的方法不是static方法。",
        cause = "@InsightIntentFunctionMethod装饰的方法未使用static修饰。",
        solution = "使用static修饰@InsightIntentFunctionMethod装饰的方法。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IncorrectMethodDecoratedWithInsightIntentFunctionMethod,
    /// Incorrect Location for @InsightIntentPage (10110016).
    ///
    /// This error code is reported when the @InsightIntentPage decorator is not applied to a struct page.
    #[code(
        10110016,
        title = "Incorrect Location for @InsightIntentPage",
        message = "@InsightIntentPage must be applied to a struct page.",
        description = "This error code is reported when the @InsightIntentPage decorator is not applied to a struct page.",
        cause = "The @InsightIntentPage decorator is applied to a regular class.",
        solution = "Move the @InsightIntentPage decorator to a struct page."
    )]
    #[translation(
        "zh-CN",
        title = "@InsightIntentPage装饰器修饰位置错误",
        description = "@InsightIntentPage装饰器未修饰在struct类型的页面上。",
        cause = "@InsightIntentPage装饰器修饰在普通类上。",
        solution = "将@InsightIntentPage装饰器移至struct页面上。"
    )]
    IncorrectLocationForInsightIntentPage,
    /// @InsightIntentPage pagePath Does Not Match Actual Page Path (10110017).
    ///
    /// This error code is reported when **pagePath** in @InsightIntentPage does not match the actual page path.
    #[code(
        10110017,
        title = "@InsightIntentPage pagePath Does Not Match Actual Page Path",
        message = "pagePath in @InsightIntentPage does not match the actual page path.",
        description = "This error code is reported when **pagePath** in @InsightIntentPage does not match the actual page path.",
        cause = "The value of **pagePath** in @InsightIntentPage is incorrect.",
        solution = "Ensure that the file paths in the directory are consistent.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "@InsightIntentPage的pagePath匹配页面错误",
        description = "@InsightIntentPage的pagePath未匹配实际页面。",
        cause = "@InsightIntentPage的pagePath不正确。",
        solution = "确保目录下的文件路径一致。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InsightIntentPagePagePathDoesNotMatchActualPagePath,
    /// Incorrect Inheritance for Class Decorated with @InsightIntentEntry (10110018).
    ///
    /// This error code is reported when the class decorated with @InsightIntentEntry does not inherit from the base class InsightIntentEntryExecutor.
    #[code(
        10110018,
        title = "Incorrect Inheritance for Class Decorated with @InsightIntentEntry",
        message = "Classes decorated with @InsightIntentEntry must inherit from InsightIntentEntryExecutor.",
        description = "This error code is reported when the class decorated with @InsightIntentEntry does not inherit from the base class InsightIntentEntryExecutor.",
        cause = "The class decorated with @InsightIntentEntry does not inherit from the base class InsightIntentEntryExecutor.",
        solution = "Add base class the InsightIntentEntryExecutor to the class.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "@InsightIntentEntry装饰的类继承错误",
        description = "@InsightIntentEntry装饰的类未继承InsightIntentEntryExecutor基类。",
        cause = "@InsightIntentEntry装饰的类未继承InsightIntentEntryExecutor基类。",
        solution = "为类添加InsightIntentEntryExecutor基类。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IncorrectInheritanceForClassDecoratedWithInsightIntentEntry,
    /// Class Decorated with @InsightIntentEntry Not Exported as Default (10110019).
    ///
    /// This error code is reported when the class decorated with @InsightIntentEntry is not exported using **export default**.
    #[code(
        10110019,
        title = "Class Decorated with @InsightIntentEntry Not Exported as Default",
        message = "The class decorated with @InsightIntentEntry must be exported as default.",
        description = "This error code is reported when the class decorated with @InsightIntentEntry is not exported using **export default**.",
        cause = "The class decorated with @InsightIntentEntry is not exported using **export default**.",
        solution = "Add an **export default** statement to the class.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "未导出@InsightIntentEntry装饰的类",
        description = "@InsightIntentEntry装饰的类未使用export default导出。",
        cause = "未使用export default导出@InsightIntentEntry装饰的类。",
        solution = "为类添加export default导出语句。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    ClassDecoratedWithInsightIntentEntryNotExportedAsDefault,
    /// Multiple @InsightIntentEntity Decorators Applied to the Same Class (10110020).
    ///
    /// This error code is reported when the same class is decorated with multiple @InsightIntentEntity decorators.
    #[code(
        10110020,
        title = "Multiple @InsightIntentEntity Decorators Applied to the Same Class",
        message = "Multiple @InsightIntentEntity decorators applied to the same class.",
        description = "This error code is reported when the same class is decorated with multiple @InsightIntentEntity decorators.",
        cause = "Multiple @InsightIntentEntity decorators are applied to the same class.",
        solution = "Remove the extra @InsightIntentEntity decorators.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "类被多个@InsightIntentEntity装饰器重复标记",
        description = "同一类被多个@InsightIntentEntity装饰器重复标记。",
        cause = "多个@InsightIntentEntity装饰器修饰同一个类。",
        solution = "移除多余的@InsightIntentEntity装饰器。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    MultipleInsightIntentEntityDecoratorsAppliedToSameClass,
    /// Class Decorated with @InsightIntentEntity Does Not Implement InsightIntent.IntentEntity (10110021).
    ///
    /// This error code is reported when the class decorated with @InsightIntentEntity does not implement **InsightIntent.IntentEntity**.
    #[code(
        10110021,
        title = "Class Decorated with @InsightIntentEntity Does Not Implement InsightIntent.IntentEntity",
        message = "Classes decorated with @InsightIntentEntity must implement InsightIntent.IntentEntity.",
        description = "This error code is reported when the class decorated with @InsightIntentEntity does not implement **InsightIntent.IntentEntity**.",
        cause = "The class decorated with @InsightIntentEntity does not implement **InsightIntent.IntentEntity**.",
        solution = "Ensure that the class implements InsightIntent.IntentEntity or inherits from another intent entity."
    )]
    #[translation(
        "zh-CN",
        title = "@InsightIntentEntity装饰的类未实现InsightIntent.IntentEntity接口",
        description = "@InsightIntentEntity装饰的类未实现InsightIntent.IntentEntity接口。",
        cause = "@InsightIntentEntity装饰的类未实现InsightIntent.IntentEntity接口。",
        solution = "确保类实现InsightIntent.IntentEntity或继承至其他意图实体。"
    )]
    ClassDecoratedWithInsightIntentEntityDoesNotImplementInsightIntentIntentEntity,
    /// Incorrect Location for @InsightIntentForm (10110022).
    ///
    /// This error code is reported when the @InsightIntentForm decorator is not applied to formExtensionAbility.
    #[code(
        10110022,
        title = "Incorrect Location for @InsightIntentForm",
        message = "@InsightIntentForm must be applied to formExtensionAbility.",
        description = "This error code is reported when the @InsightIntentForm decorator is not applied to formExtensionAbility.",
        cause = "The @InsightIntentForm decorator is not applied to formExtensionAbility.",
        solution = "Move the @InsightIntentForm decorator to the formExtensionAbility class.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "@InsightIntentForm装饰器修饰位置错误",
        description = "@InsightIntentForm装饰器没有修饰在formExtensionAbility上。",
        cause = "@InsightIntentForm装饰器没有修饰在formExtensionAbility上。",
        solution = "将@InsightIntentForm装饰器移至formExtensionAbility类上。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IncorrectLocationForInsightIntentForm,
    /// @InsightIntentForm Decorator formName Parameter Mismatch (10110023).
    ///
    /// This error code is reported when the **formName** parameter in @InsightIntentForm does not match the widget name registered in formExtensionAbility.
    #[code(
        10110023,
        title = "@InsightIntentForm Decorator formName Parameter Mismatch",
        message = "formName in @InsightIntentForm must match the widget name registered in formExtensionAbility.",
        description = "This error code is reported when the **formName** parameter in @InsightIntentForm does not match the widget name registered in formExtensionAbility.",
        cause = "The formName parameter in @InsightIntentForm is declared incorrectly.",
        solution = "Update **formName** to match the registered widget name."
    )]
    #[translation(
        "zh-CN",
        title = "@InsightIntentForm装饰器的参数formName匹配错误",
        description = "@InsightIntentForm装饰器的参数formName未匹配到该formExtensionAbility中注册的卡片名称。",
        cause = "@InsightIntentForm装饰器的参数formName声明不正确。",
        solution = "检查并修正formName使其匹配到所装饰的formExtensionAbility中注册的卡片名称。"
    )]
    InsightIntentFormDecoratorFormNameParameterMismatch,
    /// module.json5 File Missing (10110024).
    ///
    /// This error code is reported when the **module.json5** file is not found in the project.
    #[code(
        10110024,
        title = "module.json5 File Missing",
        message = "The module.json5 file is missing.",
        description = "This error code is reported when the **module.json5** file is not found in the project.",
        cause = "The **module.json5** file has been deleted or moved.",
        solution = "Check the file path (usually in **entry/src/main/config.json** or **module.json5**) and confirm whether the file has been accidentally deleted or moved.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "module.json5配置文件不存在",
        description = "工程中未找到module.json5配置文件。",
        cause = "module.json5配置文件被删除或者移动。",
        solution = "检查文件路径（通常在entry/src/main/config.json或module.json5），确认文件是否被误删或移动。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    Modulejson5FileMissing,
    /// Failed to Write to Intent Configuration File (10110025).
    ///
    /// This error code is reported when the intent configuration file cannot be written.
    #[code(
        10110025,
        title = "Failed to Write to Intent Configuration File",
        message = "Failed to write to the intent configuration file.",
        description = "This error code is reported when the intent configuration file cannot be written.",
        cause = "The permission is insufficient or the disk space is full.",
        solution = "Check file permissions, free disk space, or restart DevEco Studio."
    )]
    #[translation(
        "zh-CN",
        title = "无法写入意图配置文件",
        description = "无法写入意图配置文件。",
        cause = "权限不足或磁盘空间已满。",
        solution = "检查文件权限（确保DevEco Studio或命令行工具具有写入权限），清理磁盘空间，或重启开发环境。"
    )]
    FailedToWriteToIntentConfigurationFile,
    /// Failed to Generate OHMUrl (10110027).
    ///
    /// This error code is reported when the standard OHM URL fails to be generated because **useNormalizedOHMUrl** is not set to **true**.
    #[code(
        10110027,
        title = "Failed to Generate OHMUrl",
        message = "Generating standard OHMUrl failed with useNormalizedOHMUrl configuration not set to true.",
        description = "This error code is reported when the standard OHM URL fails to be generated because **useNormalizedOHMUrl** is not set to **true**.",
        cause = "**useNormalizedOHMUrl** is not set or is set to **false**.",
        solution = "Set **useNormalizedOHMUrl** to **true** in the application-level file **build-profile.json5**."
    )]
    #[translation(
        "zh-CN",
        title = "生成OHMUrl失败",
        description = "生成标准OHMUrl失败，useNormalizedOHMUrl配置未设置为true。",
        cause = "useNormalizedOHMUrl未设置或者设置为false。",
        solution = "在应用级build-profile.json5中将useNormalizedOHMUrl设置为true。"
    )]
    FailedToGenerateOHMUrl,
    /// The Specified agentId Does Not Exist (35600001).
    ///
    /// The specified agentId does not exist.
    #[code(
        35600001,
        title = "The Specified agentId Does Not Exist",
        message = "The specified agentId does not exist.",
        description = "The specified agentId does not exist.",
        cause = "The AgentCard corresponding to the specified agentId does not exist in the target application.<!--Del-->",
        cause = "When [connectAgentExtensionAbility](js-apis-app-agent-agentManager-sys.md#agentmanagerconnectagentextensionability) is called, the bundleName passed in does not match the bundleName configured in appInfo of the AgentCard associated with the agentId passed in.<!--DelEnd-->",
        solution = "Check the static configuration information of the target application and pass in the correct agentId again.<!--Del-->",
        solution = "When [connectAgentExtensionAbility](js-apis-app-agent-agentManager-sys.md#agentmanagerconnectagentextensionability) is called, ensure that the bundleName passed in is consistent with the bundleName configured in appInfo of the AgentCard associated with the agentId passed in.<!--DelEnd-->"
    )]
    #[translation(
        "zh-CN",
        title = "指定的agentId不存在",
        description = "指定的agentId不存在。",
        cause = "目标应用中不存在指定agentId对应的AgentCard。",
        solution = "检查一下目标应用的静态配置信息，重新传入正确的agentId。"
    )]
    SpecifiedAgentIdDoesNotExist,
    /// Failed to Send IPC Messages (35600002).
    ///
    /// IPC messages fail to be sent.
    #[code(
        35600002,
        title = "Failed to Send IPC Messages",
        message = "Failed to send the IPC message.",
        description = "IPC messages fail to be sent.",
        cause = "The amount of transferred data exceeds the IPC limit (200 KB).",
        cause = "The server process has exited.",
        solution = "Check whether the amount of sent data exceeds the limit. If yes, adjust the amount of sent data to be within the limit.",
        solution = "Check whether the server process has exited. If yes, obtain the proxy object again."
    )]
    #[translation(
        "zh-CN",
        title = "IPC消息发送失败",
        description = "IPC消息发送失败。",
        cause = "传入的数据量超过了IPC的限制(200KB)。",
        cause = "服务端进程已经退出。",
        solution = "检查发送的数据是否超过了规格限制，如果超过了，调整到规格限制内。",
        solution = "查看服务端进程是否已经退出，如果已经退出，需要重新获取代理对象。"
    )]
    FailedToSendIpcMessages,
    /// Maximum Caller Connections Reached (35600003).
    ///
    /// The number of connections of the caller has reached the maximum.
    #[code(
        35600003,
        title = "Maximum Caller Connections Reached",
        message = "Maximum connections from the same caller have been reached.",
        description = "The number of connections of the caller has reached the maximum.",
        cause = "The number of concurrent AgentExtension connections of the caller has reached 5. No more connection requests can be initiated.",
        solution = "Disconnect some connections and re-initiates connections."
    )]
    #[translation(
        "zh-CN",
        title = "调用方已达到最大连接数",
        description = "调用方已达到最大连接数。",
        cause = "调用方同时连接的AgentExtension数量已经达到5次，不允许再发起新的连接请求。",
        solution = "调用方断开一些连接后重新发起连接。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    MaximumCallerConnectionsReached,
    /// CLI Tool Does Not Exist (35600030).
    ///
    /// The specified tool does not exist.
    #[code(
        35600030,
        title = "CLI Tool Does Not Exist",
        message = "No tool with the specified name exists.",
        description = "The specified tool does not exist.",
        cause = "The tool does not exist in the system.",
        solution = "Check whether the passed cliName is correct. Pass a correct cliName again.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    CliToolDoesNotExist,
    /// Maximum Number of Concurrent Tools Reached (35600031).
    ///
    /// The maximum number of concurrent tools has been reached.
    #[code(
        35600031,
        title = "Maximum Number of Concurrent Tools Reached",
        message = "Maximum number of concurrent tools has been reached.",
        description = "The maximum number of concurrent tools has been reached.",
        cause = "The number of tools currently running in the system has reached the upper limit allowed by the system, and no new connection requests are allowed.",
        solution = "Wait until some tools finish running and then initiate the connection again.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    MaximumNumberOfConcurrentToolsReached,
    /// The Specified Session Does Not Exist (35600032).
    ///
    /// The specified session does not exist.
    #[code(
        35600032,
        title = "The Specified Session Does Not Exist",
        message = "The session does not exist.",
        description = "The specified session does not exist.",
        cause = "An incorrect sessionId is passed.",
        solution = "Check whether the sessionId is correct and pass a correct sessionId.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    SpecifiedSessionDoesNotExist,
    /// Failed to Write Message to Tool Process (35600033).
    ///
    /// Failed to write a message to the tool process.
    #[code(
        35600033,
        title = "Failed to Write Message to Tool Process",
        message = "Failed to write message to tool.",
        description = "Failed to write a message to the tool process.",
        cause = "The write system call failed.",
        solution = "The buffer is full or the peer is abnormal. Try waiting for a period of time and then write again.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    FailedToWriteMessageToToolProcess,
    /// Occasional Error (35600050).
    ///
    /// Occasional errors that occur during system running and cannot be resolved by applications.
    #[code(
        35600050,
        title = "Occasional Error",
        message = "System Error. 1. Failed to connect to the system service; 2. The system service failed to communicate with the dependent module.",
        description = "Occasional errors that occur during system running and cannot be resolved by applications.",
        cause = "Failed to connect to the system service.",
        cause = "Failed to communicate between system services.",
        solution = "Exit the application and try again.",
        solution = "Restart the device and try again.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Procedure**\n\n{solutions:tight}\n"
    )]
    OccasionalError,
    /// Function Does Not Exist (35600060).
    ///
    /// The function does not exist.
    #[code(
        35600060,
        title = "Function Does Not Exist",
        message = "The function does not exist.",
        description = "The function does not exist.",
        cause = "The Function to be executed is not registered in the system.",
        solution = "Check whether the Function information to be executed is misspelled.",
        solution = "Check whether the Function to be executed has been registered.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions:tight}\n"
    )]
    FunctionDoesNotExist,
    /// Function Execution Failed (35600061).
    ///
    /// The function execution failed.
    #[code(
        35600061,
        title = "Function Execution Failed",
        message = "The function execution failed.",
        description = "The function execution failed.",
        cause = "System fault, abc loading, or execution exception.",
        solution = "Check whether the function execution conditions are met, and try again later.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    FunctionExecutionFailed,
    /// Function Execution Timeout (35600062).
    ///
    /// The function execution timed out.
    #[code(
        35600062,
        title = "Function Execution Timeout",
        message = "The function execution timed out.",
        description = "The function execution timed out.",
        cause = "The execution takes too long due to complex implementation logic, slow external service response, excessive data volume, or system resource constraints.",
        solution = "Check the function execution process and environment, and try again later.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    FunctionExecutionTimeout,
    /// Delayed Process Exit Is Not Pending in the Current Process, and This API Cannot Be Called (16000161).
    ///
    /// In the current process, this API cannot be called because the delayed process exit is not pending.
    #[code(
        16000161,
        title = "Delayed Process Exit Is Not Pending in the Current Process, and This API Cannot Be Called",
        message = "Delayed process exit is not pending in the current process, and this API cannot be called.",
        description = "In the current process, this API cannot be called because the delayed process exit is not pending.",
        cause = "The caller did not enable the delayed exit feature of the current process before calling this API.",
        solution = "The caller should first call the API to enable delayed exit of the current process, and then call this API.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    DelayedProcessExitIsNotPendingInCurrentProcessAndThisApiCannotBeCalled,
    /// The current process still has another UIAbility, and this API cannot be called (16000162).
    ///
    /// The current process still has another UIAbility, and this API cannot be called.
    #[code(
        16000162,
        title = "The current process still has another UIAbility, and this API cannot be called",
        message = "The current process still has another UIAbility, and this API cannot be called.",
        description = "The current process still has another UIAbility, and this API cannot be called.",
        cause = "The caller's current process still has another UIAbility.",
        solution = "Ensure that the current process has only one UIAbility and that it is in the exiting state.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    CurrentProcessStillHasAnotherUIAbilityAndThisApiCannotBeCalled,
    /// File Type Error (16000163).
    ///
    /// The file type is incorrect.
    #[code(
        16000163,
        title = "File Type Error",
        message = "The file type is incorrect.",
        description = "The file type is incorrect.",
        cause = "When the appMemoryOptimizer.evictFilePages API is called, the file names in the passed fileNames array do not end with `.so`, `.hap`, or `.hsp`.",
        cause = "When the appMemoryOptimizer.evictModuleFilePages API is called, the file names in the `evictFilePages` array in the `memory_optimizer.json` configuration file do not end with `.so`, `.hap`, or `.hsp`.",
        solution = "If the appMemoryOptimizer.evictFilePages API is called, check the passed fileNames array to ensure that all file names end with `.so`, `.hap`, or `.hsp`.",
        solution = "If the appMemoryOptimizer.evictModuleFilePages API is called, check the `memory_optimizer.json` configuration file of the corresponding module to ensure that all file names in the `evictFilePages` array end with `.so`, `.hap`, or `.hsp`.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Procedure**\n\n{solutions:tight}\n"
    )]
    FileTypeError,
    /// Failed to Parse the Configuration File (16000164).
    ///
    /// Failed to parse the configuration file.
    #[code(
        16000164,
        title = "Failed to Parse the Configuration File",
        message = "Failed to parse the configuration file.",
        description = "Failed to parse the configuration file.",
        cause = "When the appMemoryOptimizer.evictModuleFilePages API is called, the `memory_optimizer.json` configuration file does not exist, its path is incorrect, or its content format is invalid.",
        solution = "Check whether the `src/main/resources/rawfile/memory_optimizer.json` configuration file exists in the corresponding module directory, and confirm whether its content format is correct.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    FailedToParseConfigurationFile,
    /// The Specified AgentCard Version Is Older Than the Current Version (35600004).
    ///
    /// The specified AgentCard version is older than the current version.
    #[code(
        35600004,
        title = "The Specified AgentCard Version Is Older Than the Current Version",
        message = "The specified AgentCard version is older than the current version.",
        description = "The specified AgentCard version is older than the current version.",
        cause = "When the updateAgentCard API is called, the new version number is older than the old version number.",
        solution = "Update the version field in the AgentCard.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    SpecifiedAgentCardVersionIsOlderThanCurrentVersion,
    /// The Specified AgentCard Version Is Invalid (35600005).
    ///
    /// The specified AgentCard version is invalid.
    #[code(
        35600005,
        title = "The Specified AgentCard Version Is Invalid",
        message = "The specified AgentCard version is invalid.",
        description = "The specified AgentCard version is invalid.",
        cause = "The version field in the AgentCard does not follow the SemVer versioning rules.",
        solution = "Update the version field in the AgentCard and follow the SemVer versioning rules.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    SpecifiedAgentCardVersionIsInvalid,
    /// The Specified AgentCard Has Already Been Registered (35600006).
    ///
    /// The specified AgentCard has already been registered. Use the updateAgentCard API.
    #[code(
        35600006,
        title = "The Specified AgentCard Has Already Been Registered",
        message = "The specified AgentCard has already been registered. Use updateAgentCard instead.",
        description = "The specified AgentCard has already been registered. Use the updateAgentCard API.",
        cause = "The specified AgentCard has already been registered.",
        solution = "Use the updateAgentCard API.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    SpecifiedAgentCardHasAlreadyBeenRegistered,
    /// The Specified LOW_CODE Agent Has Been Triggered and Has Not Completed Its Workflow (35600007).
    ///
    /// The specified LOW_CODE agent has already been triggered and has not completed its workflow.
    #[code(
        35600007,
        title = "The Specified LOW_CODE Agent Has Been Triggered and Has Not Completed Its Workflow",
        message = "The specified LOW_CODE agent has already been triggered and is not yet completed.",
        description = "The specified LOW_CODE agent has already been triggered and has not completed its workflow.",
        cause = "The specified LOW_CODE agent has already been triggered and has not completed its workflow.",
        solution = "Call the notifyLowCodeAgentComplete API to end the specified LOW_CODE agent.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    SpecifiedLowCodeAgentHasBeenTriggeredAndHasNotCompletedItsWorkflow,
    /// The Number of AgentCards in the Same Application Reaches the Limit (35600008).
    ///
    /// The number of AgentCards in the same application reaches the limit.
    #[code(
        35600008,
        title = "The Number of AgentCards in the Same Application Reaches the Limit",
        message = "The number of AgentCards in the bundle reaches the limit.",
        description = "The number of AgentCards in the same application reaches the limit.",
        cause = "A maximum of 1000 AgentCards can exist in the same application. This limit has been reached when the agentManager.registerAgentCard API is called.",
        solution = "Call agentManager.deleteAgentCard to delete the AgentCards that are no longer needed.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    NumberOfAgentCardsInSameApplicationReachesLimit,
}
