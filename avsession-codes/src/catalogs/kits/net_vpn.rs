// VPN Error Codes: the catalog `VpnError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// VPN Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "VPN",
    title = "VPN Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n<!-- md-trans-meta sourceCommit=9149ee785adbed9063bcb1e1620f73d7c39f5d49 translatedAt=2026-09-23T01:51:45.439Z pushedAt=2026-09-24T06:00:14.180Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Information**\n\nInvalid parameter value.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/net_vpn.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "VPN错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum VpnError {
    /// Invalid Parameter Value (2200001).
    ///
    /// Invalid parameter value.
    #[code(
        2200001,
        title = "Invalid Parameter Value",
        message = "Invalid Parameter Value",
        description = "Invalid parameter value.",
        cause = "The input parameter value is not within the valid value range.",
        solution = "Check whether the input parameter value is within the valid value range."
    )]
    InvalidParameterValue,
    /// Service Connection Failure (2200002).
    ///
    /// This error code is reported if a service connection failure occurs.
    #[code(
        2200002,
        title = "Service Connection Failure",
        message = "Service Connection Failure",
        description = "This error code is reported if a service connection failure occurs.",
        cause = "A service exception occurred. This includes but is not limited to: database service connection exception and application state management service connection exception.",
        solution = "Check the running status of system services and try again. If the problem persists, collect complete logs and contact technical support for assistance.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nOperation failed. Cannot connect to service.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    ServiceConnectionFailure,
    /// System Internal Error (2200003).
    ///
    /// This error code is reported if a system internal error occurs.
    #[code(
        2200003,
        title = "System Internal Error",
        message = "System Internal Error",
        description = "This error code is reported if a system internal error occurs.",
        cause = "The memory is abnormal.",
        cause = "A null pointer is present.",
        solution = "Check whether the memory space is sufficient. If not, clear the memory and try again.",
        solution = "System exception. Please try again later or restart the device. If the problem persists, collect complete logs and contact technical support for assistance.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nSystem internal error.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    SystemInternalError,
    /// Failed to Create a VPN (2203001).
    ///
    /// Refuses to create a VPN. Check the type of the current user.
    #[code(
        2203001,
        title = "Failed to Create a VPN",
        message = "Failed to Create a VPN",
        description = "Refuses to create a VPN. Check the type of the current user.",
        cause = "The login user does not have the operation permission. Specifically, the GUEST user does not have the permission to call the **setUp** API.",
        solution = "Check the type of the login user.",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nVPN creation denied, please check the user type.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "VPN创建失败",
        message = "VPN creation denied, please check the user type.",
        description = "拒绝创建VPN，请检测当前用户的类型。",
        cause = "登录系统的用户类型不匹配，GUEST用户不能调用setUp接口。",
        solution = "检查当前登录系统用户的类型。"
    )]
    FailedToCreateVpn,
    /// VPN Already Exists (2203002).
    ///
    /// This error code is reported if a VPN already exists.
    #[code(
        2203002,
        title = "VPN Already Exists",
        message = "VPN Already Exists",
        description = "This error code is reported if a VPN already exists.",
        cause = "The VPN has been created.",
        solution = "Call the **destroy** API to destroy the existing VPN, and then call the **setUp** API.",
        layout = "\n\n## {code} {title}\n\n**Error Information**\n\nVPN exist already, please execute destroy first.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "VPN已存在",
        message = "VPN exist already, please execute destroy first.",
        description = "VPN连接已存在，请先调用destroy接口销毁VPN连接。",
        cause = "VPN已经被创建。",
        solution = "先执行destroy接口，再调用该接口。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    VpnAlreadyExists,
    /// Invalid Descriptor (2203004).
    ///
    /// This error code is reported if the socket file descriptor is invalid.
    #[code(
        2203004,
        title = "Invalid Descriptor",
        message = "Invalid Descriptor",
        description = "This error code is reported if the socket file descriptor is invalid.",
        cause = "A TCP socket connection fails to be established.",
        solution = "Check whether a TCP socket connection is set up successfully.",
        layout = "\n\n## {code} {title}\n\n**Error Information**\n\nInvalid socket file descriptor.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "无效描述符",
        message = "Invalid socket file descriptor.",
        description = "无效的文件描述符。",
        cause = "tcp链路建立失败。",
        solution = "检查socket链路是否建立成功。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidDescriptor,
    /// Invalid Parameter (19900001).
    ///
    /// This error code is reported if one or more parameters are invalid.
    #[code(
        19900001,
        title = "Invalid Parameter",
        message = "Invalid Parameter",
        description = "This error code is reported if one or more parameters are invalid.",
        cause = "The type or number of parameters is incorrect.",
        solution = "Check the type and number of parameters."
    )]
    #[translation(
        "zh-CN",
        title = "无效参数",
        message = "Invalid parameter value.",
        description = "无效参数。",
        cause = "参数类型或数量错误。",
        solution = "请检查参数数量和类型。"
    )]
    InvalidParameter,
    /// System Internal Error (19900002).
    ///
    /// This error code is reported if an internal system error occurs.
    #[code(
        19900002,
        title = "System Internal Error",
        message = "System Internal Error",
        description = "This error code is reported if an internal system error occurs.",
        cause = "An internal error is probably due to a null pointer, memory allocation error, or IPC communication error.",
        solution = "Check whether the memory space is sufficient. If not, clear the memory and try again.",
        solution = "Check whether the VPN system service is normal. If the problem persists, submit the issue via [online ticket](https://developer.huawei.com/consumer/en/support/feedback/#/).",
        layout = "\n## {code} {title}\n\n**Error Information**\n\nSystem internal error.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        message = "System internal error.",
        description = "VPN系统内部错误。",
        cause = "空指针、内存分配异常、IPC通信异常等。",
        solution = "检查VPN系统服务是否正常。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    SystemInternalError19900002,
}
