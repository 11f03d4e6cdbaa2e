// WebSocket Error Codes: the catalog `WebSocketError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// WebSocket Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "WebSocket",
    title = "WebSocket Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n<!-- md-trans-meta sourceCommit=ef2b3328db1b7fa83791ef0397254c5c61474766 translatedAt=2026-09-23T01:52:52.206Z pushedAt=2026-09-24T06:00:14.181Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/net_web_socket.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "webSocket错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:nospace}\n"
)]
pub enum WebSocketError {
    /// Connection Failure (200).
    ///
    /// WebSocket connection failed.
    #[code(
        200,
        title = "Connection Failure",
        message = "Websocket connect failed.",
        description = "WebSocket connection failed.",
        cause = "Connection establishment failure: The server may reject the client connection, a protocol issue may cause handshake failure, or the certificate verification may fail.",
        cause = "Abnormal link disconnection: No normal status code is returned when the client or server is disconnected.",
        cause = "Abnormal header processing during the handshake phase: An error occurs during header addition.",
        cause = "Internal system error.",
        solution = "Check whether the protocol is valid and whether the certificate verification is successful. If not, reconnect.",
        solution = "Check whether the network is abnormal, or switch networks and reconnect.",
        solution = "Check whether the added headers are correct.",
        solution = "If the problem persists, collect the complete logs and contact technical support for help."
    )]
    #[translation(
        "zh-CN",
        title = "连接失败",
        description = "Websocket连接失败。",
        cause = "服务器拒绝客户端连接、协议出现问题导致握手失败或证书验证失败。",
        cause = "客户端或服务端断开连接时无状态码。",
        solution = "检查协议是否有效、证书校验是否通过，重新连接。"
    )]
    ConnectionFailure,
    /// WebSocket URL Error (2302001).
    ///
    /// The WebSocket URL is incorrect.
    #[code(
        2302001,
        title = "WebSocket URL Error",
        message = "Websocket url error.",
        description = "The WebSocket URL is incorrect.",
        cause = "The WebSocket URL is incorrect.",
        solution = "Check whether the URL is empty or does not contain the correct protocol (ws:// or wss://).",
        solution = "Check whether the URL length exceeds 2048 characters."
    )]
    #[translation(
        "zh-CN",
        title = "Websocket URL错误",
        description = "Websocket URL错误。",
        cause = "未配置正确的URL。",
        solution = "检查URL是否为空或者未包含正确的协议（ws://或wss://)。",
        solution = "检查URL长度是否超过2048个字符。"
    )]
    WebSocketUrlError,
    /// WebSocket Certificate Does Not Exist (2302002).
    ///
    /// The WebSocket certificate is not found.
    #[code(
        2302002,
        title = "WebSocket Certificate Does Not Exist",
        message = "Websocket certificate file does not exist.",
        description = "The WebSocket certificate is not found.",
        cause = "The certificate path is incorrect or no certificate is configured.",
        solution = "Check whether the CA certificate path is valid.",
        solution = "If [WebSocketRequestOptions](./js-apis-webSocket.md#websocketrequestoptions).clientCert is specified, check whether the certificate path and private key path are valid."
    )]
    #[translation(
        "zh-CN",
        title = "Websocket 证书不存在",
        description = "Websocket 证书不存在。",
        cause = "证书路径错误或未配置证书。",
        solution = "检查CA证书路径是否有效。",
        solution = "如指定了WebSocketRequestOptions.clientCert，请检查证书路径与私钥路径是否有效。"
    )]
    WebSocketCertificateDoesNotExist,
    /// WebSocket Connection Already Exists (2302003).
    ///
    /// The WebSocket connection already exists.
    #[code(
        2302003,
        title = "WebSocket Connection Already Exists",
        message = "Websocket connection already exists.",
        description = "The WebSocket connection already exists.",
        cause = "The WebSocket connection has been established.",
        solution = "The WebSocket connection has been established. You do not need to call the **WebSocket.connect** API again. No further action is required.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "Websocket 连接已经存在",
        description = "Websocket 连接已经存在。",
        cause = "Websocket 连接已经建立。",
        solution = "已建立websocket连接，无需重复调用WebSocket.connect进行建连，无其他处理步骤。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    WebSocketConnectionAlreadyExists,
    /// Listening Failed on the Specified NIC (2302004).
    ///
    /// This error code is reported if the WebSocketServer failed to perform listening on the specified NIC.
    #[code(
        2302004,
        title = "Listening Failed on the Specified NIC",
        message = "Can't listen on the given NIC.",
        description = "This error code is reported if the WebSocketServer failed to perform listening on the specified NIC.",
        cause = "The IP address in the WebSocketServer server configuration file is invalid.",
        solution = "Check whether the network connection is normal and whether the IP address is valid."
    )]
    #[translation(
        "zh-CN",
        title = "WebsocketServer 无法在指定的NIC（网络接口）上进行网络监听",
        message = "Can't listen to the given NIC.",
        description = "WebsocketServer无法在指定的NIC上进行网络监听。",
        cause = "WebsocketServer服务器配置文件中的ip地址无效。",
        solution = "检查网络连接是否正常，检查ip地址有效性。"
    )]
    ListeningFailedOnSpecifiedNic,
    /// Listening Failed on the Specified Port (2302005).
    ///
    /// This error code is reported if the WebSocketServer failed to perform listening on the specified port.
    #[code(
        2302005,
        title = "Listening Failed on the Specified Port",
        message = "Can't listen on the given Port.",
        description = "This error code is reported if the WebSocketServer failed to perform listening on the specified port.",
        cause = "The port number in the WebSocketServer configuration file is invalid.",
        solution = "Check whether the port number is valid."
    )]
    #[translation(
        "zh-CN",
        title = "WebsocketServer 无法在指定的端口上进行网络监听",
        message = "Can't listen to the given Port.",
        description = "WebsocketServer无法在指定的端口上进行网络监听。",
        cause = "WebsocketServer服务器配置文件中的端口号无效。",
        solution = "检查端口号的有效性。"
    )]
    ListeningFailedOnSpecifiedPort,
    /// WebSocketServer Connection Does Not Exist (2302006).
    ///
    /// The WebSocketServer connection does not exist.
    #[code(
        2302006,
        title = "WebSocketServer Connection Does Not Exist",
        message = "websocket connection does not exist.",
        description = "The WebSocketServer connection does not exist.",
        cause = "The WebSocketServer connection to be operated (closed or sent a message) has been disconnected or does not exist.",
        solution = "Check whether the connection is still valid, and re-establish the connection before performing the operation if necessary."
    )]
    WebSocketServerConnectionDoesNotExist,
    /// Listening Port Already Occupied (2302007).
    ///
    /// This error code is reported if the port listened by the WebSocketServer is occupied.
    #[code(
        2302007,
        title = "Listening Port Already Occupied",
        message = "Websocket port already occupied.",
        description = "This error code is reported if the port listened by the WebSocketServer is occupied.",
        cause = "The specified listening port has been occupied by another process.",
        solution = "Replace the port with an idle one."
    )]
    #[translation(
        "zh-CN",
        title = "WebsocketServer当前监听的端口已被占用",
        description = "WebsocketServer当前监听的端口已经被占用。",
        cause = "指定的监听端口已被其他进程占用。",
        solution = "更换一个未被占用的端口。"
    )]
    ListeningPortAlreadyOccupied,
    /// Domain Access Denied (2302998).
    ///
    /// This error code is reported if access to a certain domain is prohibited.
    #[code(
        2302998,
        title = "Domain Access Denied",
        message = "It is not allowed to access this domain.",
        description = "This error code is reported if access to a certain domain is prohibited.",
        cause = "An incorrect server domain name is configured for the atomic service.",
        solution = "Configure a correct server domain name for the atomic service. For details, see [Configuring Server Domain Names](https://developer.huawei.com/consumer/en/doc/atomic-guides/agc-help-harmonyos-server-domain)."
    )]
    #[translation(
        "zh-CN",
        title = "不允许访问域名",
        description = "不允许访问此域名。",
        cause = "元服务应用未正确配置服务器域名。",
        solution = "可参考[配置服务器域名](https://developer.huawei.com/consumer/cn/doc/atomic-guides/agc-help-harmonyos-server-domain)文档完成服务器域名相关配置。"
    )]
    DomainAccessDenied,
    /// Internal Error (2302999).
    ///
    /// This error code is reported if an internal error occurs.
    #[code(
        2302999,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported if an internal error occurs.",
        cause = "Null pointer, memory allocation error, or other errors occur.",
        solution = "Reboot the system.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "内部错误。",
        cause = "空指针异常、内存分配异常等。",
        solution = "重启机器重试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    InternalError,
}
