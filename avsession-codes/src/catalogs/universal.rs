// Universal Error Codes: the catalog `UniversalError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Universal Error Codes.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Universal",
    title = "Universal Error Codes",
    lock = "locks/universal.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "通用错误码",
    layout = "# {title}\n\n<!--Kit: Common-->\n<!--Subsystem: Common-->\n<!--Owner: @zengyawen-->\n<!--Designer: @lingminghw-->\n<!--Tester: @RayShih-->\n<!--Adviser: @zengyawen-->\n{entries}"
)]
pub enum UniversalError {
    /// Permission Denied (201).
    ///
    /// This error code is reported when permission verification fails.
    #[code(
        201,
        title = "Permission Denied",
        message = "Permission verification failed. The application does not have the permission required to call the API.",
        description = "This error code is reported when permission verification fails.",
        cause = "The application calls an API without the required permission.",
        solution = "Check the permission required to call the API and make sure the application has the permission."
    )]
    #[translation(
        "zh-CN",
        title = "API权限校验失败",
        description = "权限校验失败，应用无权限使用该API，需要申请权限。",
        cause = "应用配置文件未声明对应权限。具体请[参考](../security/AccessToken/declare-permissions.md)。",
        cause = "敏感权限未完成动态申请，用户未授予权限。具体请[参考](../security/AccessToken/request-user-authorization.md)。",
        cause = "应用身份不满足接口的权限调用约束。",
        solution = "在配置文件中补充接口依赖的权限。具体请[参考](../security/AccessToken/declare-permissions.md)。",
        solution = "针对敏感权限增加动态申请逻辑。具体请[参考](../security/AccessToken/request-user-authorization.md)。",
        solution = "确保调用方应用身份符合接口权限要求。"
    )]
    PermissionDenied,
    /// Permission Verification Failed for Calling a System API (202).
    ///
    /// This error code is reported when a non-system application failed the permission verification.
    #[code(
        202,
        title = "Permission Verification Failed for Calling a System API",
        message = "Permission verification failed. A non-system application calls a system API.",
        description = "This error code is reported when a non-system application failed the permission verification.",
        cause = "The API called by the application is a system API.",
        solution = "Check whether any system API is called. Delete it if any."
    )]
    #[translation(
        "zh-CN",
        title = "非系统应用调用系统 API",
        description = "权限校验失败，非系统应用使用了系统API。",
        cause = "非系统应用，使用了系统API，请校验是否使用了系统API。",
        solution = "请检查是否调用了系统API，并且去掉。"
    )]
    PermissionVerificationFailedForCallingSystemApi,
    /// System Function Prohibited by Enterprise Management Policies (203).
    ///
    /// The enterprise management policies do not allow the use of this system function.
    #[code(
        203,
        title = "System Function Prohibited by Enterprise Management Policies",
        message = "This function is prohibited by enterprise management policies.",
        description = "The enterprise management policies do not allow the use of this system function.",
        cause = "You attempted to operate a system function that has been disabled by the device management application.",
        solution = "Use [getDisallowedPolicy](./apis-mdm-kit/js-apis-enterprise-restrictions.md#restrictionsgetdisallowedpolicy) to check whether the system function is disabled, and use [setDisallowedPolicy](./apis-mdm-kit/js-apis-enterprise-restrictions.md#restrictionssetdisallowedpolicy) to enable the system function."
    )]
    #[translation(
        "zh-CN",
        title = "企业管理策略禁止使用此系统功能",
        description = "企业管理策略禁止使用此系统功能。",
        cause = "试图操作已被设备管理应用禁用的系统功能。",
        solution = "请使用[getDisallowedPolicy](./apis-mdm-kit/js-apis-enterprise-restrictions.md#restrictionsgetdisallowedpolicydeprecated)接口检查该系统功能是否被禁用，并使用[setDisallowedPolicy](./apis-mdm-kit/js-apis-enterprise-restrictions.md#restrictionssetdisallowedpolicydeprecated)接口解除禁用状态。"
    )]
    SystemFunctionProhibitedByEnterpriseManagementPolicies,
    /// Access Denied by User Access Control Policy (204).
    ///
    /// Access denied due to user access control policy. Possible causes:
    /// 1. The required privilege for the operation has not been obtained.
    /// 2. The operation is restricted by OS-account constraints.
    #[code(
        204,
        title = "Access Denied by User Access Control Policy",
        message = "Access denied due to user access control policy. Possible causes:\n1. The operation is prohibited by OS-account constraints.\n2. The required privilege for the operation has expired or has not been granted.",
        description = "Access denied due to user access control policy. Possible causes:\n1. The required privilege for the operation has not been obtained.\n2. The operation is restricted by OS-account constraints.",
        cause = "OS-account constraints prohibit this operation.",
        cause = "The privilege required for this operation has expired or has not been granted.",
        solution = "Confirm the user constraints and user privileges involved in the target operation.",
        solution = "If the target operation is subject to constraint control, call [isOsAccountConstraintEnabled](./apis-basic-services-kit/js-apis-osAccount.md#isosaccountconstraintenabled11) to check whether the related constraint is enabled. If it is enabled, stop the operation.",
        solution = "If the target operation is subject to privilege control, call [acquireAuthorization](./apis-basic-services-kit/js-apis-osAccount-sys.md#acquireauthorization24) to request the required privilege. If the request succeeds, continue the target operation. Otherwise, stop the operation.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "用户访问控制策略拦截，访问被拒绝",
        description = "由于用户访问控制策略拦截，访问被拒绝。",
        cause = "系统账号约束禁止此操作。",
        cause = "执行此操作所需的特权已过期或未被授予。",
        solution = "确认目标操作涉及的用户约束和用户特权。",
        solution = "若目标操作受约束管控，则通过[isOsAccountConstraintEnabled](./apis-basic-services-kit/js-apis-osAccount.md#isosaccountconstraintenabled11)接口判断目标操作涉及的约束是否使能，若已使能，则停止操作。",
        solution = "若目标操作受特权管控，则通过[acquireAuthorization](./apis-basic-services-kit/js-apis-osAccount-sys.md#acquireauthorization24)接口申请目标特权，若申请成功则继续执行目标操作，否则停止操作。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n<!--DelEnd-->\n"
    )]
    AccessDeniedByUserAccessControlPolicy,
    /// Parameter Check Failed (401).
    ///
    /// C API: `AV_SESSION_ERR_INVALID_PARAMETER`.
    ///
    /// 1. A mandatory parameter is left unspecified.
    ///
    /// 2. A parameter type is incorrect.
    ///
    /// 3. Parameter verification failed. Regardless of whether the API is synchronous or asynchronous, this type of error is generally thrown in synchronous mode.
    #[code(
        401,
        title = "Parameter Check Failed",
        message = "Parameter error. Possible causes: 1. Mandatory parameters are left unspecified; 2. Incorrect parameter types; 3. Parameter verification failed.",
        description = "1. A mandatory parameter is left unspecified.\n\n2. A parameter type is incorrect.\n\n3. Parameter verification failed. Regardless of whether the API is synchronous or asynchronous, this type of error is generally thrown in synchronous mode.",
        cause = "A mandatory parameter is not passed.",
        cause = "A parameter type is incorrect (Type Error).",
        cause = "The number of parameters is incorrect (Argument Count Error).",
        cause = "A null parameter is incorrect (Null Argument Error).",
        cause = "A parameter format is incorrect (Format Error).",
        cause = "A value range is incorrect (Value Range Error).",
        solution = "Make sure all the mandatory parameters are passed in and the types of the passed-in parameter are valid. If parameter verification fails, read the parameter specifications and locate the fault based on the possible causes.",
        since = 13,
        constant = "AV_SESSION_ERR_INVALID_PARAMETER"
    )]
    #[translation(
        "zh-CN",
        title = "函数参数数量或参数类型不匹配",
        description = "1. 必填参数为空。\n\n2. 参数类型不正确。\n\n3. 参数校验失败。无论是同步还是异步接口，此类异常大部分都通过同步的方式抛出。",
        cause = "必选参数没有传入。",
        cause = "参数类型错误 (Type Error)。",
        cause = "参数数量错误 (Argument Count Error)。",
        cause = "空参数错误 (Null Argument Error)。",
        cause = "参数格式错误 (Format Error)。",
        cause = "参数值范围错误 (Value Range Error)。",
        solution = "请检查必选参数是否传入，或者传入的参数类型是否错误。对于参数校验失败，阅读参数规格约束，按照可能原因进行排查。"
    )]
    ParameterCheckFailed,
    /// API Not Supported (801).
    ///
    /// The device does not support this API. Therefore, it cannot be called properly.
    #[code(
        801,
        title = "API Not Supported",
        message = "Capability not supported. Failed to call the API due to limited device capabilities.",
        description = "The device does not support this API. Therefore, it cannot be called properly.",
        cause = "The device supports Syscap associated with the API but does not support the API itself.",
        solution = "Do not use this API on the device. Alternatively, implement conditional checks in the code to mitigate the effects of the application running across various devices, particularly under abnormal circumstances.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n\n<!--RP1--><!--RP1End-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "API功能在部分设备不支持",
        message = "Capability not supported. Possible causes: 1. The hardware does not support the capability; 2. The chip does not support the capability; 3. A dependent service feature is not supported.",
        description = "功能不支持。",
        cause = "可能出现该错误码的场景为：硬件不支持或依赖的业务特性不支持。",
        solution = "应避免在该设备上使用此API。",
        solution = "若该API有前置的isxxxsupported接口，先调用isxxxsupported判断是否支持该API功能，再调用此API。"
    )]
    ApiNotSupported,
}
