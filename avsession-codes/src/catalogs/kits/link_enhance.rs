// Link Enhancement Error Codes: the catalog `LinkEnhancementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Link Enhancement Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Link Enhancement",
    title = "Link Enhancement Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 32300000..=32399999,
    layout = "# {title}\n<!--Kit: Distributed Service Kit-->\n<!--Subsystem: DistributedSched-->\n<!--Owner: @wangJE-->\n<!--Designer: @yangjun044-->\n<!--Tester: @Ytt-test-->\n<!--Adviser: @w_Machine_cc-->\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/link_enhance.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "增强连接错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Distributed Service Kit-->\n<!--Subsystem: DistributedSched-->\n<!--Owner: @wangJE-->\n<!--Designer: @yangjun044-->\n<!--Tester: @Ytt-test-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum LinkEnhancementError {
    /// Client Connection Timeout (32390200).
    ///
    /// This error code is reported if a client connection fails due to a timeout.
    #[code(
        32390200,
        title = "Client Connection Timeout",
        message = "Connect timeout.",
        description = "This error code is reported if a client connection fails due to a timeout.",
        cause = "The server does not respond before the timeout.",
        solution = "Try again after the timeout. If a connection to the remote device exists, disconnect the connection and try again."
    )]
    #[translation(
        "zh-CN",
        title = "客户端连接超时",
        description = "连接因超时而失败。",
        cause = "服务端设备无响应。",
        solution = "超时后重试。若与远端设备存在连接，请断开连接后再重试。"
    )]
    ClientConnectionTimeout,
    /// Server Service Not Started (32390201).
    ///
    /// This error code is reported if the corresponding service on the server is not started.
    #[code(
        32390201,
        title = "Server Service Not Started",
        message = "Peer server is not started.",
        description = "This error code is reported if the corresponding service on the server is not started.",
        cause = "This error code is reported if the corresponding service on the server is not started.",
        solution = "Check whether the corresponding service is started on the target device. If not, start the service and then initiate a connection."
    )]
    #[translation(
        "zh-CN",
        title = "服务端服务未启动",
        description = "服务端未开启对应服务。",
        cause = "服务端应用未成功启动对应的服务。",
        solution = "检查连接的目标设备是否开启相应服务，若未开启，打开后再发起连接。"
    )]
    ServerServiceNotStarted,
    /// Number of Services Exceeding the Limit (32390202).
    ///
    /// This error code is reported if the number of services exceeds the limit.
    #[code(
        32390202,
        title = "Number of Services Exceeding the Limit",
        message = "The number of servers exceeds the limit.",
        description = "This error code is reported if the number of services exceeds the limit.",
        cause = "The number of requested services exceeds 10.",
        solution = "Call **close()** to release services that are no longer used."
    )]
    #[translation(
        "zh-CN",
        title = "服务个数超出限制",
        description = "服务个数超出限制。",
        cause = "已申请的服务资源超过10个。",
        solution = "应用已申请的Server资源数量超过最大允许数量(10个)，需要调用close()方法释放这些资源。"
    )]
    NumberOfServicesExceedingLimit,
    /// Duplicate Service Name (32390203).
    ///
    /// This error code is reported if a service with the same name is registered repeatedly.
    #[code(
        32390203,
        title = "Duplicate Service Name",
        message = "Duplicate server name.",
        description = "This error code is reported if a service with the same name is registered repeatedly.",
        cause = "The name of the service being created already exists.",
        solution = "Check whether a service with the same name already exists. If yes, register the service with a different name."
    )]
    #[translation(
        "zh-CN",
        title = "服务名重复注册",
        description = "重复注册相同的服务。",
        cause = "正在创建的服务名已存在。",
        solution = "检查是否重复注册相同的服务，或者更换服务名，进行重试。"
    )]
    DuplicateServiceName,
    /// Number of Connections Exceeding the Limit (32390204).
    ///
    /// This error code is reported if the number of connections exceeds the limit.
    #[code(
        32390204,
        title = "Number of Connections Exceeding the Limit",
        message = "The number of connection exceeds the limit.",
        description = "This error code is reported if the number of connections exceeds the limit.",
        cause = "The number of requested connections exceeds 10.",
        solution = "Call **close()** to release connections that are no longer used."
    )]
    #[translation(
        "zh-CN",
        title = "连接个数超出限制",
        message = "The number of connections exceeds the limit.",
        description = "连接个数超出限制。",
        cause = "已申请的连接资源超过10个。",
        solution = "应用已申请的Connection资源数量超过最大允许数量（10个），需要调用close()方法释放这些资源。"
    )]
    NumberOfConnectionsExceedingLimit,
    /// Connection Unavailable (32390205).
    ///
    /// This error code is reported if a connection is unavailable.
    #[code(
        32390205,
        title = "Connection Unavailable",
        message = "Connection is not ready.",
        description = "This error code is reported if a connection is unavailable.",
        cause = "The client or server application is using a connection that has been disconnected. For example, the connection status changes due to an exception after the connection is established.",
        solution = "Check whether the connection is available. If the connection is available, use the connection to perform operations."
    )]
    #[translation(
        "zh-CN",
        title = "连接状态不可用",
        description = "连接处于不可用状态。",
        cause = "客户端或服务端应用尝试使用已断开的连接进行操作，例如连接建立后因异常中断导致的连接状态改变。",
        solution = "检查连接状态是否成功或已断开，尝试使用成功且未断开的连接进行操作。"
    )]
    ConnectionUnavailable,
    /// Invalid Parameter (32390206).
    ///
    /// Parameter error.
    #[code(
        32390206,
        title = "Invalid Parameter",
        message = "Invalid parameter. Possible causes: 1. Mandatory parameters are left unspecified; 2. Incorrect parameter types; 3. Parameter verification failed.",
        description = "Parameter error.",
        cause = "A mandatory parameter is not passed.",
        cause = "The parameter type is incorrect.",
        cause = "The number of parameters is incorrect.",
        cause = "A parameter is left empty.",
        solution = "Check whether mandatory parameters are passed and whether their types are correct. If the parameter verification fails, rectify the fault based on the possible causes in the API reference."
    )]
    #[translation(
        "zh-CN",
        title = "参数非法",
        description = "参数非法。",
        cause = "建议与错误信息保持一致，可能原因调整为：",
        cause = "必选参数没有传入。",
        cause = "参数类型不正确。",
        cause = "参数个数不正确。",
        cause = "参数为空。",
        solution = "请检查必选参数是否已传入，以及传入的参数类型是否正确。如果参数校验失败，请参考API参考中的说明，对照上述四种可能原因逐项排查。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidParameter,
    /// Internal Error (32390300).
    ///
    /// An internal error occurs.
    #[code(
        32390300,
        title = "Internal Error",
        message = "Internal error.",
        description = "An internal error occurs.",
        cause = "Invalid input device ID.",
        cause = "Invalid input name.",
        cause = "Abnormal internal state.",
        cause = "Incorrect API usage.",
        cause = "System errors, such as null pointer, insufficient memory, unexpected distributed service restart, IPC exception, and JS engine exception.",
        solution = "View the error log to identify the error cause. Take appropriate based on the actual cause:",
        solution = "If the device ID passed to the API is the same as that obtained from the Bluetooth system API, check whether the peer device is in the advertising state.",
        solution = "If the name passed from the client to the server is the same as that passed from the server to the client, check whether the name is correct by referring to the API reference.",
        solution = "Check whether objects are used after being closed.",
        solution = "Check whether the API is correctly used by referring to the API reference.",
        solution = "If the problem persists, restart or update the application or upgrade the device version.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n{causes}\n\n**Solution**\n\n{solution}\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "内部出现其他错误。",
        cause = "传入无效的deviceId。",
        cause = "传入无效的name。",
        cause = "内部状态异常。",
        cause = "接口使用错误。",
        cause = "系统错误，如空指针、内存不足、分布式服务异常重启、IPC异常、JS引擎异常等。",
        solution = "查看错误日志，详细了解错误原因。针对不同原因做不同处理：",
        solution = "排查传入的deviceId与从蓝牙系统接口中获取到的deviceId是否一致；排查对端设备是否正在广播。",
        solution = "排查客户端与服务端传入的name是否一致；排查是否按接口说明文档传入正确的name。",
        solution = "排查是否存在对象关闭后再使用的情况。",
        solution = "排查是否按接口文档正确使用接口。",
        solution = "尝试重试，如果依然无法解决，可以提示用户重启应用、升级应用或升级设备版本等。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n{causes}\n\n**处理步骤**\n\n{solution}\n\n1. {solution}\n\n2. {solution}\n\n3. {solution}\n\n4. {solution}\n\n5. {solution}"
    )]
    InternalError,
}
