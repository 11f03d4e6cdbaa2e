// HTTP Error Codes: the catalog `HttpError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// HTTP Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "HTTP",
    title = "HTTP Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 2300000..=2399999,
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{causes}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/net_http.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "HTTP错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
)]
pub enum HttpError {
    /// Protocol Not Supported (2300001).
    ///
    /// C API: `OH_HTTP_UNSUPPORTED_PROTOCOL`.
    ///
    /// This error code is reported if the input protocol version is not supported by the server.
    #[code(
        2300001,
        title = "Protocol Not Supported",
        message = "Unsupported protocol.",
        description = "This error code is reported if the input protocol version is not supported by the server.",
        cause = "The input protocol version is not supported by the server.",
        solution = "Specify a protocol version supported by the server.",
        since = 20,
        constant = "OH_HTTP_UNSUPPORTED_PROTOCOL"
    )]
    #[translation(
        "zh-CN",
        title = "不支持的协议",
        description = "协议版本服务器不支持。",
        cause = "传入的协议版本，服务器不支持。",
        solution = "请检查传入的协议版本是否合理，排查服务器实现。"
    )]
    ProtocolNotSupported,
    /// Incorrect URL Format (2300003).
    ///
    /// C API: `OH_HTTP_INVALID_URL`.
    ///
    /// This error code is reported if the URL format is incorrect.
    #[code(
        2300003,
        title = "Incorrect URL Format",
        message = "Invalid URL format or missing URL.",
        description = "This error code is reported if the URL format is incorrect.",
        cause = "The format of the input URL is incorrect.",
        solution = "Specify a URL of the correct format.",
        since = 20,
        constant = "OH_HTTP_INVALID_URL"
    )]
    #[translation(
        "zh-CN",
        title = "URL格式错误",
        description = "URL格式错误。",
        cause = "可能传入的url格式不正确。",
        solution = "检查传入的url格式是否正确。"
    )]
    IncorrectUrlFormat,
    /// Failed to Resolve the Domain Name of the Proxy Server (2300005).
    ///
    /// C API: `OH_HTTP_RESOLVE_PROXY_FAILED`.
    ///
    /// This error code is reported if the domain name of the proxy server cannot be resolved.
    #[code(
        2300005,
        title = "Failed to Resolve the Domain Name of the Proxy Server",
        message = "Failed to resolve the proxy name.",
        description = "This error code is reported if the domain name of the proxy server cannot be resolved.",
        cause = "The URL of the proxy server is incorrect.",
        solution = "Specify a URL of the correct format.",
        since = 20,
        constant = "OH_HTTP_RESOLVE_PROXY_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "代理服务器域名解析失败",
        description = "代理服务器的域名无法解析。",
        cause = "服务器的URL不正确。",
        solution = "排查代理服务器的URL是否正确。"
    )]
    FailedToResolveDomainNameOfProxyServer,
    /// Failed to Resolve the Domain Name of the Host (2300006).
    ///
    /// C API: `OH_HTTP_RESOLVE_HOST_FAILED`.
    ///
    /// This error code is reported if the domain name of the host cannot be resolved.
    #[code(
        2300006,
        title = "Failed to Resolve the Domain Name of the Host",
        message = "Failed to resolve the host name.",
        description = "This error code is reported if the domain name of the host cannot be resolved.",
        cause = "The input URL is incorrect.",
        cause = "The network connection is abnormal.",
        solution = "Specify a URL of the correct format.",
        solution = "Rectify network connection faults.",
        since = 20,
        constant = "OH_HTTP_RESOLVE_HOST_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "域名解析失败",
        description = "服务器的域名无法解析。",
        cause = "传入的服务器的URL不正确。",
        cause = "网络不通畅。",
        solution = "请检查输入的服务器的URL是否合理。",
        solution = "请检查网络连接情况。"
    )]
    FailedToResolveDomainNameOfHost,
    /// Failed to Connect to the Server (2300007).
    ///
    /// C API: `OH_HTTP_CONNECT_SERVER_FAILED`.
    ///
    /// This error code is reported if the server connection failed.
    #[code(
        2300007,
        title = "Failed to Connect to the Server",
        message = "Failed to connect to the server.",
        description = "This error code is reported if the server connection failed.",
        cause = "The format of the input URL is incorrect.",
        solution = "Specify a URL of the correct format.",
        since = 20,
        constant = "OH_HTTP_CONNECT_SERVER_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "无法连接到服务器",
        description = "服务器无法连接。",
        cause = "可能传入的url格式不正确。",
        solution = "检查传入的url格式是否正确。"
    )]
    FailedToConnectToServer,
    /// Invalid Data Returned by the Server (2300008).
    ///
    /// C API: `OH_HTTP_INVALID_SERVER_RESPONSE`.
    ///
    /// This error code is reported if the data returned by the server is invalid.
    #[code(
        2300008,
        title = "Invalid Data Returned by the Server",
        message = "Invalid server response.",
        description = "This error code is reported if the data returned by the server is invalid.",
        cause = "The server encounters an error and returns data in non-HTTP format.",
        solution = "Check the server implementation.",
        since = 20,
        constant = "OH_HTTP_INVALID_SERVER_RESPONSE"
    )]
    #[translation(
        "zh-CN",
        title = "服务器返回非法数据",
        description = "服务器返回非法数据。",
        cause = "服务器出错，返回了非HTTP格式的数据。",
        solution = "排查服务器实现。"
    )]
    InvalidDataReturnedByServer,
    /// Access to Remote Resources Denied (2300009).
    ///
    /// C API: `OH_HTTP_ACCESS_REMOTE_DENIED`.
    ///
    /// This error code is reported if the access to remote resources is denied by the server.
    #[code(
        2300009,
        title = "Access to Remote Resources Denied",
        message = "Access to the remote resource denied.",
        description = "This error code is reported if the access to remote resources is denied by the server.",
        cause = "The access to the specified resource is denied by the server.",
        solution = "Check whether access to the requested resource is allowed.",
        since = 20,
        constant = "OH_HTTP_ACCESS_REMOTE_DENIED"
    )]
    #[translation(
        "zh-CN",
        title = "拒绝对远程资源的访问",
        description = "拒绝对远程资源的访问。",
        cause = "指定的内容被服务器拒绝访问。",
        solution = "排查请求内容。"
    )]
    AccessToRemoteResourcesDenied,
    /// HTTP2 Framing Layer Error (2300016).
    ///
    /// C API: `OH_HTTP_HTTP2_FRAMING_ERROR`.
    ///
    /// This error code is reported if an error occurs on the HTTP2 framing layer.
    #[code(
        2300016,
        title = "HTTP2 Framing Layer Error",
        message = "Error in the HTTP2 framing layer.",
        description = "This error code is reported if an error occurs on the HTTP2 framing layer.",
        cause = "HTTP2 is not supported by the server.",
        solution = "Capture and analyze packets to check whether HTTP2 is supported by the server.",
        since = 20,
        constant = "OH_HTTP_HTTP2_FRAMING_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "HTTP2帧层错误",
        description = "HTTP2层级的错误。",
        cause = "服务器不支持HTTP2。",
        solution = "抓包分析、排查服务器是否支持HTTP2。"
    )]
    Http2FramingLayerError,
    /// Incomplete Data Returned by the Server (2300018).
    ///
    /// C API: `OH_HTTP_TRANSFER_PARTIAL_FILE`.
    ///
    /// This error code is reported if data returned by the server is incomplete.
    #[code(
        2300018,
        title = "Incomplete Data Returned by the Server",
        message = "Transferred a partial file.",
        description = "This error code is reported if data returned by the server is incomplete.",
        cause = "This problem is probable due to server implementation.",
        solution = "Check the server implementation.",
        since = 20,
        constant = "OH_HTTP_TRANSFER_PARTIAL_FILE"
    )]
    #[translation(
        "zh-CN",
        title = "服务器返回数据不完整",
        description = "服务器返回的数据不完整。",
        cause = "可能与服务器实现有关。",
        solution = "排查服务器实现。"
    )]
    IncompleteDataReturnedByServer,
    /// Failed to Write Received Data to a Disk or Application (2300023).
    ///
    /// C API: `OH_HTTP_WRITE_DATA_FAILED`.
    ///
    /// This error code is reported if an error occurs while writing received data to the disk or application.
    #[code(
        2300023,
        title = "Failed to Write Received Data to a Disk or Application",
        message = "Failed to write the received data to the disk or application.",
        description = "This error code is reported if an error occurs while writing received data to the disk or application.",
        cause = "The application does not have the permission to write files or the file to be downloaded exceeds 5 MB.",
        cause = "The **destroy** function is called before the data of the last request is fully received.",
        solution = "Check the application permission and the size of the file to be downloaded.",
        since = 20,
        constant = "OH_HTTP_WRITE_DATA_FAILED",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Cause**\n\n{causes:dash}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "向磁盘/应用程序写入接收数据失败",
        description = "向磁盘/应用程序写入接收数据失败。",
        cause = "应用没有写文件权限或待下载的文件超过5M。",
        cause = "上一次请求数据未接受完毕便调用destroy销毁导致接收数据不完整。",
        solution = "排查应用权限及待下载的文件大小。"
    )]
    FailedToWriteReceivedDataToDiskOrApplication,
    /// Failed to Upload Data (2300025).
    ///
    /// C API: `OH_HTTP_UPLOAD_FAILED`.
    ///
    /// This error code is reported if data upload fails.
    #[code(
        2300025,
        title = "Failed to Upload Data",
        message = "Upload failed.",
        description = "This error code is reported if data upload fails.",
        cause = "The file is too large or the network is faulty. The server may reject the **STOR** command if FTP is used. The error buffer usually contains the reason from the server.",
        solution = "Check the file size and network status.",
        since = 20,
        constant = "OH_HTTP_UPLOAD_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "上传失败",
        description = "上传失败。",
        cause = "文件过大或者网络问题，对于FTP，服务器通常会拒绝STOR命令，错误缓冲区通常包含服务器的解释。",
        solution = "排查文件大小及网络状况。"
    )]
    FailedToUploadData,
    /// Failed to Open or Read Local Data from a File or Application (2300026).
    ///
    /// C API: `OH_HTTP_OPEN_LOCAL_DATA_FAILED`.
    ///
    /// This error code is reported if an error occurs while opening or reading local data from a file or application.
    #[code(
        2300026,
        title = "Failed to Open or Read Local Data from a File or Application",
        message = "Failed to open or read local data from the file or application.",
        description = "This error code is reported if an error occurs while opening or reading local data from a file or application.",
        cause = "The application does not have the data read permission.",
        solution = "Check the permissions granted to the application.",
        since = 20,
        constant = "OH_HTTP_OPEN_LOCAL_DATA_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "从文件/应用程序中打开/读取本地数据失败",
        description = "从文件/应用程序中打开/读取本地数据失败。",
        cause = "应用没有读文件权限。",
        solution = "排查应用权限。"
    )]
    FailedToOpenOrReadLocalDataFromFileOrApplication,
    /// Insufficient Memory (2300027).
    ///
    /// C API: `OH_HTTP_OUT_OF_MEMORY`.
    ///
    /// This error code is reported if the memory is insufficient.
    #[code(
        2300027,
        title = "Insufficient Memory",
        message = "Out of memory.",
        description = "This error code is reported if the memory is insufficient.",
        cause = "The memory is insufficient.",
        solution = "Check the system memory.",
        since = 20,
        constant = "OH_HTTP_OUT_OF_MEMORY"
    )]
    #[translation(
        "zh-CN",
        title = "内存不足",
        description = "内存不足。",
        cause = "内存不足。",
        solution = "排查系统内存。"
    )]
    InsufficientMemory,
    /// Operation Timeout (2300028).
    ///
    /// C API: `OH_HTTP_OPERATION_TIMEOUT`.
    ///
    /// This error code is reported if the operation times out.
    #[code(
        2300028,
        title = "Operation Timeout",
        message = "Operation timeout.",
        description = "This error code is reported if the operation times out.",
        cause = "The TCP connection or the read/write operation times out.",
        solution = "Check whether the network is stable and the signal strength is strong. If the network is normal, check whether the server is overloaded or service processing is slow.",
        since = 20,
        constant = "OH_HTTP_OPERATION_TIMEOUT"
    )]
    #[translation(
        "zh-CN",
        title = "操作超时",
        description = "操作超时。",
        cause = "TCP连接超时或读写超时。",
        solution = "排查网络或服务器问题，例如网络是否稳定、信号强度是否较弱、服务器负载是否过高、处理速度是否正常等。"
    )]
    OperationTimeout,
    /// Maximum Redirections Reached (2300047).
    ///
    /// C API: `OH_HTTP_TOO_MANY_REDIRECTIONS`.
    ///
    /// This error code is reported if the number of redirections reaches the maximum.
    #[code(
        2300047,
        title = "Maximum Redirections Reached",
        message = "The number of redirections reaches the maximum allowed.",
        description = "This error code is reported if the number of redirections reaches the maximum.",
        cause = "Redirections are too frequent.",
        solution = "Check the server implementation.",
        since = 20,
        constant = "OH_HTTP_TOO_MANY_REDIRECTIONS"
    )]
    #[translation(
        "zh-CN",
        title = "重定向次数达到最大值",
        description = "重定向次数达到最大值。",
        cause = "重定向次数过多。",
        solution = "排查服务器实现。"
    )]
    MaximumRedirectionsReached,
    /// No Content Returned by the Server (2300052).
    ///
    /// C API: `OH_HTTP_SERVER_RETURNED_NOTHING`.
    ///
    /// This error code is reported if no content is returned by the server.
    #[code(
        2300052,
        title = "No Content Returned by the Server",
        message = "The server returned nothing (no header or data).",
        description = "This error code is reported if no content is returned by the server.",
        cause = "This problem is probable due to server implementation.",
        solution = "Check the server implementation.",
        since = 20,
        constant = "OH_HTTP_SERVER_RETURNED_NOTHING"
    )]
    #[translation(
        "zh-CN",
        title = "服务器没有返回内容",
        description = "服务器没有返回内容。",
        cause = "可能与服务器实现有关。",
        solution = "排查服务器实现。"
    )]
    NoContentReturnedByServer,
    /// Failed to Send Network Data (2300055).
    ///
    /// C API: `OH_HTTP_SEND_DATA_FAILED`.
    ///
    /// This error code is reported if an error occurs while sending network data to the peer end.
    #[code(
        2300055,
        title = "Failed to Send Network Data",
        message = "Failed to send data to the peer.",
        description = "This error code is reported if an error occurs while sending network data to the peer end.",
        cause = "This problem is probable due to a network fault.",
        solution = "Rectify network faults.",
        since = 20,
        constant = "OH_HTTP_SEND_DATA_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "发送网络数据失败",
        description = "无法往对端发送数据，发送网络数据失败。",
        cause = "网络问题。",
        solution = "排查网络。"
    )]
    FailedToSendNetworkData,
    /// Failed to Receive Network Data (2300056).
    ///
    /// C API: `OH_HTTP_RECEIVE_DATA_FAILED`.
    ///
    /// This error code is reported if an error occurred while receiving network data from the peer end.
    #[code(
        2300056,
        title = "Failed to Receive Network Data",
        message = "Failed to receive data from the peer.",
        description = "This error code is reported if an error occurred while receiving network data from the peer end.",
        cause = "This problem is probable due to a network fault.",
        solution = "Rectify network faults.",
        since = 20,
        constant = "OH_HTTP_RECEIVE_DATA_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "接收网络数据失败",
        description = "无法从对端收到数据，接收网络数据失败。",
        cause = "网络问题。",
        solution = "排查网络问题。"
    )]
    FailedToReceiveNetworkData,
    /// Local SSL Certificate Error (2300058).
    ///
    /// C API: `OH_HTTP_SSL_CERTIFICATE_ERROR`.
    ///
    /// This error code is reported if the local SSL certificate is incorrect.
    #[code(
        2300058,
        title = "Local SSL Certificate Error",
        message = "Local SSL certificate error.",
        description = "This error code is reported if the local SSL certificate is incorrect.",
        cause = "The format of the SSL certificate is incorrect.",
        solution = "Check the format of the SSL certificate.",
        since = 20,
        constant = "OH_HTTP_SSL_CERTIFICATE_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "本地SSL证书错误",
        description = "本地SSL证书错误。",
        cause = "SSL证书格式有错误。",
        solution = "检查SSL证书格式。"
    )]
    LocalSslCertificateError,
    /// Failed to Use the Specified SSL Cipher Algorithm (2300059).
    ///
    /// C API: `OH_HTTP_SSL_CIPHER_USED_ERROR`.
    ///
    /// This error code is reported if the specified SSL cipher algorithm cannot be used.
    #[code(
        2300059,
        title = "Failed to Use the Specified SSL Cipher Algorithm",
        message = "The specified SSL cipher cannot be used.",
        description = "This error code is reported if the specified SSL cipher algorithm cannot be used.",
        cause = "The system does not support the cipher algorithm negotiated between the client and server.",
        solution = "Capture and analyze packets to check whether the cipher algorithm is supported.",
        since = 20,
        constant = "OH_HTTP_SSL_CIPHER_USED_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "无法使用指定的密码",
        description = "无法使用指定的密码。",
        cause = "client和server协商的加密算法系统不支持。",
        solution = "抓包分析协商的算法。"
    )]
    FailedToUseSpecifiedSslCipherAlgorithm,
    /// Incorrect SSL Certificate or SSH Key of the Remote Server (2300060).
    ///
    /// C API: `OH_HTTP_INVALID_SSL_PEER_CERT`.
    ///
    /// This error code is reported if the SSL certificate or SSH key of the remote server is incorrect.
    #[code(
        2300060,
        title = "Incorrect SSL Certificate or SSH Key of the Remote Server",
        message = "Invalid SSL peer certificate or SSH remote key.",
        description = "This error code is reported if the SSL certificate or SSH key of the remote server is incorrect.",
        cause = "The server identity cannot be verified, for example, the certificate has expired.",
        solution = "You are advised to locate the fault by referring to [Certificate Verification Process on the TLS Client](../../network/http-request.md#certificate-verification-process-on-the-tls-client).",
        since = 20,
        constant = "OH_HTTP_INVALID_SSL_PEER_CERT"
    )]
    #[translation(
        "zh-CN",
        title = "远程服务器SSL证书或SSH密钥不正确",
        description = "远程服务器SSL证书或SSH密钥不正确。",
        cause = "无法校验服务器身份，例如证书过期。",
        solution = "建议参考[tls客户端证书验证流程](../../network/http-request.md#tls客户端证书验证流程)自排查问题原因。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n \t \n**处理步骤**\n \t \n{solutions}\n"
    )]
    IncorrectSslCertificateOrSshKeyOfRemoteServer,
    /// Unrecognized or Incorrect HTTP Encoding Format (2300061).
    ///
    /// C API: `OH_HTTP_INVALID_ENCODING_FORMAT`.
    ///
    /// This error code is reported if the HTTP encoding format cannot be identified or is incorrect.
    #[code(
        2300061,
        title = "Unrecognized or Incorrect HTTP Encoding Format",
        message = "Invalid HTTP encoding format.",
        description = "This error code is reported if the HTTP encoding format cannot be identified or is incorrect.",
        cause = "The HTTP encoding format is incorrect.",
        solution = "Check the server implementation. Currently, only gzip encoding is supported.",
        since = 20,
        constant = "OH_HTTP_INVALID_ENCODING_FORMAT"
    )]
    #[translation(
        "zh-CN",
        title = "无法识别或错误的HTTP编码格式",
        description = "无法识别或错误的HTTP编码格式。",
        cause = "HTTP编码格式不正确。",
        solution = "排查服务器实现。目前仅支持gzip编码。"
    )]
    UnrecognizedOrIncorrectHttpEncodingFormat,
    /// Maximum File Size Exceeded (2300063).
    ///
    /// C API: `OH_HTTP_FILE_TOO_LARGE`.
    ///
    /// This error code is reported if the maximum file size is exceeded.
    #[code(
        2300063,
        title = "Maximum File Size Exceeded",
        message = "Maximum file size exceeded.",
        description = "This error code is reported if the maximum file size is exceeded.",
        cause = "The downloaded file is too large.",
        solution = "Check the server implementation.",
        since = 20,
        constant = "OH_HTTP_FILE_TOO_LARGE"
    )]
    #[translation(
        "zh-CN",
        title = "超出最大文件大小",
        description = "超出最大文件大小。",
        cause = "下载的文件过大。",
        solution = "排查服务器实现。"
    )]
    MaximumFileSizeExceeded,
    /// Insufficient Server Disk Space (2300070).
    ///
    /// C API: `OH_HTTP_REMOTE_DISK_FULL`.
    ///
    /// This error code is reported if the server disk space is insufficient.
    #[code(
        2300070,
        title = "Insufficient Server Disk Space",
        message = "Remote disk full.",
        description = "This error code is reported if the server disk space is insufficient.",
        cause = "The server disk is full.",
        solution = "Check the server disk space.",
        since = 20,
        constant = "OH_HTTP_REMOTE_DISK_FULL"
    )]
    #[translation(
        "zh-CN",
        title = "服务器磁盘空间不足",
        description = "服务器磁盘空间不足。",
        cause = "服务器磁盘已满。",
        solution = "检查服务器磁盘空间。"
    )]
    InsufficientServerDiskSpace,
    /// Uploaded File Already Exists (2300073).
    ///
    /// C API: `OH_HTTP_REMOTE_FILE_EXISTS`.
    ///
    /// This error code is reported if the server finds that the uploaded file already exists.
    #[code(
        2300073,
        title = "Uploaded File Already Exists",
        message = "Remote file already exists.",
        description = "This error code is reported if the server finds that the uploaded file already exists.",
        cause = "The uploaded file already exists.",
        solution = "Check the server for files that already exist.",
        since = 20,
        constant = "OH_HTTP_REMOTE_FILE_EXISTS"
    )]
    #[translation(
        "zh-CN",
        title = "服务器返回文件已存在",
        description = "服务器返回文件已存在。",
        cause = "上传文件的时候，服务器返回文件已经存在。",
        solution = "排查服务器。"
    )]
    UploadedFileAlreadyExists,
    /// No SSL CA Certificate or Access Permission (2300077).
    ///
    /// C API: `OH_HTTP_SSL_CA_NOT_EXIST`.
    ///
    /// This error code is reported if the SSL CA certificate does not exist or the access permission is not available.
    #[code(
        2300077,
        title = "No SSL CA Certificate or Access Permission",
        message = "The SSL CA certificate does not exist or is inaccessible.",
        description = "This error code is reported if the SSL CA certificate does not exist or the access permission is not available.",
        cause = "The SSL CA certificate is not available or the access permission is not granted.",
        solution = "Check whether the SSL CA certificate exists or the access permission is granted.",
        since = 20,
        constant = "OH_HTTP_SSL_CA_NOT_EXIST"
    )]
    #[translation(
        "zh-CN",
        title = "SSL CA证书不存在或没有访问权限",
        description = "SSL CA证书不存在或没有访问权限。",
        cause = "证书不存在或者没有访问权限。",
        solution = "检查证书是否存在或者有没有访问权限。"
    )]
    NoSslCaCertificateOrAccessPermission,
    /// URL Requested File Not Found (2300078).
    ///
    /// C API: `OH_HTTP_REMOTE_FILE_NOT_FOUND`.
    ///
    /// This error code is reported if the file requested by the specified URL does not exist.
    #[code(
        2300078,
        title = "URL Requested File Not Found",
        message = "Remote file not found.",
        description = "This error code is reported if the file requested by the specified URL does not exist.",
        cause = "The file requested by the specified URL does not exist.",
        solution = "Check whether the file requested by the specified URL exists.",
        since = 20,
        constant = "OH_HTTP_REMOTE_FILE_NOT_FOUND"
    )]
    #[translation(
        "zh-CN",
        title = "URL请求的文件不存在",
        description = "URL请求的文件不存在。",
        cause = "URL请求的文件不存在。",
        solution = "检查URL请求的文件是否存在。"
    )]
    UrlRequestedFileNotFound,
    /// Identity Verification Failed (2300094).
    ///
    /// C API: `OH_HTTP_AUTHENTICATION_ERROR`.
    ///
    /// This error code is reported if identity verification fails.
    #[code(
        2300094,
        title = "Identity Verification Failed",
        message = "Authentication error.",
        description = "This error code is reported if identity verification fails.",
        cause = "The specified identity verification field does not match that on the server.",
        solution = "Check whether the specified identity verification field matches that on the server.",
        since = 20,
        constant = "OH_HTTP_AUTHENTICATION_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "身份校验失败",
        description = "身份校验失败。",
        cause = "传入的校验身份的字段与服务器不匹配。",
        solution = "排查传入的校验身份的字段是否与服务器匹配。"
    )]
    IdentityVerificationFailed,
    /// Plaintext HTTP Access Intercepted (2300997).
    ///
    /// This error code is reported if plaintext HTTP access is intercepted.
    #[code(
        2300997,
        title = "Plaintext HTTP Access Intercepted",
        message = "Cleartext traffic not permitted.",
        description = "This error code is reported if plaintext HTTP access is intercepted.",
        cause = "The plaintext access is not allowed in the **network_config.json** file.",
        solution = "Check the setting of the **cleartextTrafficPermitted** field in the **network_config.json** file."
    )]
    #[translation(
        "zh-CN",
        title = "明文HTTP被拦截",
        description = "明文HTTP被拦截，不允许访问。",
        cause = "应用配置network_config.json文件中设置为明文不允许。",
        solution = "排查network_config.json中cleartextTrafficPermitted字段配置。"
    )]
    PlaintextHttpAccessIntercepted,
    /// Domain Access Denied (2300998).
    ///
    /// C API: `OH_HTTP_ACCESS_DOMAIN_NOT_ALLOWED`.
    ///
    /// This error code is reported if access to a certain domain is prohibited.
    #[code(
        2300998,
        title = "Domain Access Denied",
        message = "It is not allowed to access this domain.",
        description = "This error code is reported if access to a certain domain is prohibited.",
        cause = "An incorrect server domain name is configured for the atomic service.",
        solution = "Configure a correct server domain name for the atomic service. For details, see [Configuring Server Domain Names](https://developer.huawei.com/consumer/en/doc/atomic-guides/agc-help-harmonyos-server-domain). The server domain name configuration takes effect more than one day after being set.",
        since = 20,
        constant = "OH_HTTP_ACCESS_DOMAIN_NOT_ALLOWED"
    )]
    #[translation(
        "zh-CN",
        title = "不允许访问域名",
        description = "不允许访问此域名。",
        cause = "元服务应用未正确配置服务器域名。",
        solution = "可参考配置服务器域名文档完成服务器域名相关配置。"
    )]
    DomainAccessDenied,
    /// Internal Error (2300999).
    ///
    /// C API: `OH_HTTP_UNKNOWN_ERROR`.
    ///
    /// This error code is reported if an internal error occurs.
    #[code(
        2300999,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported if an internal error occurs.",
        cause = "An unknown error occurs.",
        solution = "Try again or contact technical support.",
        since = 20,
        constant = "OH_HTTP_UNKNOWN_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "内部错误。",
        cause = "未知错误。",
        solution = "未知错误。"
    )]
    InternalError,
}
