// Universal Error Codes: the catalog `UniversalError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Universal Error Codes.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(name = "Universal", title = "Universal Error Codes")]
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
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n2. {cause}\n\n**Solution**\n\n1. {solution}\n2. {solution}\n3. {solution}\n<!--DelEnd-->\n"
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
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n\n<!--RP1--><!--RP1End-->\n"
    )]
    ApiNotSupported,
}
