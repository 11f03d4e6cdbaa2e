// Webview Error Codes: the catalog `WebviewError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Webview Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Webview",
    title = "Webview Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 17100000..=17199999,
    layout = "# {title}\n<!--Kit: ArkWeb-->\n<!--Subsystem: Web-->\n<!--Owner: @yp99ustc; @aohui; @zourongchun-->\n<!--Designer: @LongLie; @yaomingliu; @zhufenghao-->\n<!--Tester: @ghiker-->\n<!--Adviser: @HelloShuo-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/webview.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "Webview错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkWeb-->\n<!--Subsystem: Web-->\n<!--Owner: @zourongchun-->\n<!--Designer: @kurli1-->\n<!--Tester: @ghiker-->\n<!--Adviser: @HelloShuo-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum WebviewError {
    /// WebviewController Not Associated with a Web Component (17100001).
    ///
    /// C API: `ARKWEB_INIT_ERROR`.
    ///
    /// This error code is reported when the **WebviewController** object is not associated with any **Web** component.
    #[code(
        17100001,
        title = "WebviewController Not Associated with a Web Component",
        message = "Init error. The WebviewController must be associated with a Web component.",
        description = "This error code is reported when the **WebviewController** object is not associated with any **Web** component.",
        solution = "Use [onControllerAttached()](./arkts-basic-components-web-events.md#oncontrollerattached10) to check whether the **WebViewController** object is attached with the **Web** component.<!--RP1--><!--RP1End-->",
        constant = "ARKWEB_INIT_ERROR",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "WebviewController没有和具体的Web组件关联",
        description = "WebviewController还没有和具体的Web组件关联，无法进行相应的操作。",
        cause = "WebviewController还没有和具体的Web组件关联。",
        solution = "请检查WebviewController对象是否已与Web组件关联，可以通过[onControllerAttached()](./arkts-basic-components-web-events.md#oncontrollerattached10)接口进行检查。<!--RP1--><!--RP1End-->",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    WebviewControllerNotAssociatedWithWebComponent,
    /// Invalid URL (17100002).
    ///
    /// The URL is incorrect. Possible causes are as follows:
    ///
    /// 1. No valid cookie is found for the specified URL.
    ///
    /// 2. The web page corresponding to the URL is invalid, or the URL length exceeds 2048 characters.
    #[code(
        17100002,
        title = "Invalid URL",
        message = "URL error. Possible causes: 1. No valid cookie found for the specified URL. 2. The webpage corresponding to the URL is invalid, or the URL length exceeds 2048.",
        description = "The URL is incorrect. Possible causes are as follows:\n\n1. No valid cookie is found for the specified URL.\n\n2. The web page corresponding to the URL is invalid, or the URL length exceeds 2048 characters.",
        solution = "Check whether the URL is correct and contains a maximum of 2048 characters.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "URL格式错误",
        message = "URL error. Possible causes: 1. No valid cookie found for the specified URL. 2. The webpage corresponding to the URL is invalid, or the URL length exceeds 2\\*1024\\*1024.",
        description = "URL错误，可能原因：\n\n1. 未找到指定URL的有效Cookie。\n\n2. 该URL对应的网页无效，或URL长度超过2\\*1024\\*1024。",
        cause = "未找到指定URL的有效Cookie。",
        cause = "该URL对应的网页无效，或URL长度超过2\\*1024\\*1024。",
        solution = "请检查输入的URL是否正确且URL长度不超过2\\*1024\\*1024。"
    )]
    InvalidUrl,
    /// Incorrect Resource Path (17100003).
    ///
    /// This error code is reported when the path to the resource file is incorrect.
    #[code(
        17100003,
        title = "Incorrect Resource Path",
        message = "Invalid resource path or file type.",
        description = "This error code is reported when the path to the resource file is incorrect.",
        cause = "The resource file does not exist or cannot be accessed.",
        solution = "Make sure the path to the resource file is correct."
    )]
    #[translation(
        "zh-CN",
        title = "resource路径错误",
        message = "1. Invalid resource path or file type.\n2. Calling a JS method that returns an empty ArrayBuffer via runJavaScript.",
        description = "1. resource路径错误。\n2. 通过runJavaScript调用H5侧的方法，这个方法返回了空的ArrayBuffer。",
        cause = "资源路径下文件不存在或无法访问。",
        cause = "通过runJavaScript调用H5侧的方法，这个方法返回了空的ArrayBuffer。",
        solution = "请检查输入的resource路径是否正确。",
        solution = "使用runJavaScriptExt接口替代runJavaScript接口。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    IncorrectResourcePath,
    /// Function Not Enabled (17100004).
    ///
    /// This error code is reported when the related function is not enabled.
    #[code(
        17100004,
        title = "Function Not Enabled",
        message = "Function not enabled.",
        description = "This error code is reported when the related function is not enabled.",
        cause = "The related function is not set or enabled.",
        solution = "Make sure the related function is enabled."
    )]
    #[translation(
        "zh-CN",
        title = "功能开关未打开",
        description = "功能开关未打开。",
        cause = "相关功能未设置、开关未打开或错误调用。",
        solution = "请检查相关功能开关是否已配置打开，如该功能对应的XXXAccess是否配置为true，或检测当前接口是否支持并发。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    FunctionNotEnabled,
    /// Invalid Cookie Value (17100005).
    ///
    /// This error code is reported when the cookie value type is invalid.
    #[code(
        17100005,
        title = "Invalid Cookie Value",
        message = "The provided cookie value is invalid. It must follow the format specified in RFC 6265.",
        description = "This error code is reported when the cookie value type is invalid.",
        cause = "The cookie value type is not supported.",
        solution = "Verify the cookie value type."
    )]
    #[translation(
        "zh-CN",
        title = "cookie value格式错误",
        description = "cookie value格式错误。",
        cause = "不支持的cookie value类型。",
        solution = "请检查输入的value是否正确。"
    )]
    InvalidCookieValue,
    /// Message Port Callback Cannot Be Registered (17100006).
    ///
    /// This error code is reported when a callback fails to be registered for the message port.
    #[code(
        17100006,
        title = "Message Port Callback Cannot Be Registered",
        message = "Failed to register a message event for the port.",
        description = "This error code is reported when a callback fails to be registered for the message port.",
        cause = "The port is closed.",
        solution = "Make sure the port is open."
    )]
    #[translation(
        "zh-CN",
        title = "无法注册message port回调",
        description = "无法注册message port回调。",
        cause = "port可能已经关闭。",
        solution = "请检查port是否关闭。"
    )]
    MessagePortCallbackCannotBeRegistered,
    /// javaScriptProxy Does Not Exist (17100008).
    ///
    /// This error code is reported when the **javaScriptProxy** object to delete does not exist.
    #[code(
        17100008,
        title = "javaScriptProxy Does Not Exist",
        message = "Failed to delete JavaScriptProxy because it does not exist.",
        description = "This error code is reported when the **javaScriptProxy** object to delete does not exist.",
        cause = "The target **javaScriptProxy** object is not yet registered.",
        solution = "Make sure the **javaScriptProxy** object is registered."
    )]
    #[translation(
        "zh-CN",
        title = "删除不存在的JavaScriptProxy",
        description = "删除不存在的JavaScriptProxy。",
        cause = "传入的JavaScriptProxy之前没有注册。",
        solution = "检查传入的JavaScriptProxy是否注册成功。"
    )]
    JavaScriptProxyDoesNotExist,
    /// Failure to Send Messages Through a Port (17100010).
    ///
    /// This error code is reported when the current port cannot be used to send messages.
    #[code(
        17100010,
        title = "Failure to Send Messages Through a Port",
        message = "Failed to post messages through the port.",
        description = "This error code is reported when the current port cannot be used to send messages.",
        cause = "The local or remote port is closed.",
        solution = "Make sure the local port is open.",
        solution = "Make sure an **onMessageEvent** callback is registered for the remote port."
    )]
    #[translation(
        "zh-CN",
        title = "无法使用该端口发送消息",
        description = "无法使用该端口发送消息。",
        cause = "该端口已关闭，或者对端端口已关闭。",
        solution = "请确认本端端口是否调用了close接口。",
        solution = "请确认本端是否设置了port的onMessageEvent回调。"
    )]
    FailureToSendMessagesThroughPort,
    /// Invalid Origin (17100011).
    ///
    /// This error code is reported when the input parameter **origin** is invalid. The origin value must in the format defined in RFC 6454.
    #[code(
        17100011,
        title = "Invalid Origin",
        message = "Invalid origin.The origin format must follow defined in RFC 6454.",
        description = "This error code is reported when the input parameter **origin** is invalid. The origin value must in the format defined in RFC 6454.",
        cause = "The **origin** parameter is empty.",
        cause = "The **origin** value is invalid.",
        solution = "Make sure the **origin** value is valid."
    )]
    #[translation(
        "zh-CN",
        title = "输入参数origin错误",
        description = "输入参数origin错误。origin格式必须遵循RFC 6454中定义的格式。",
        cause = "参数origin为空。",
        cause = "参数origin不合法。",
        solution = "检查输入的参数。"
    )]
    InvalidOrigin,
    /// No Web Storage Origin (17100012).
    ///
    /// This error code is reported when no web storage origin is available.
    #[code(
        17100012,
        title = "No Web Storage Origin",
        message = "Invalid web storage origin.",
        description = "This error code is reported when no web storage origin is available.",
        cause = "The related JS database API is not used.",
        solution = "Check whether the JS database API is used.",
        solution = "If the JS database API is used, find out the failure cause, for example, check whether **databaseAccess** is enabled."
    )]
    #[translation(
        "zh-CN",
        title = "无可获取的webstorage源",
        description = "无可获取的webstorage源。",
        cause = "没有使用相关的JS数据库API。",
        solution = "检查是否有使用JS数据库API。",
        solution = "如果已经使用，检查调用失败原因，如databaseAccess开关是否打开。"
    )]
    NoWebStorageOrigin,
    /// Invalid Number of Sockets During Preconnection (17100013).
    ///
    /// This error code is reported when the number of sockets to be preconnected is invalid.
    #[code(
        17100013,
        title = "Invalid Number of Sockets During Preconnection",
        message = "The number of sockets to be preconnected is invalid.",
        description = "This error code is reported when the number of sockets to be preconnected is invalid.",
        cause = "The number of sockets is less than or equal to 0 or greater than 6.",
        solution = "Make sure the specified number of sockets is greater than 0 and less than or equal to 6."
    )]
    #[translation(
        "zh-CN",
        title = "预连接时，输入socket数目无效",
        description = "预连接时，输入socket的数目是无效的。",
        cause = "预连接时，输入socket的数目小于等于0，或者大于6。",
        solution = "检查输入的socket的数目范围是否大于0且小于等于6。"
    )]
    InvalidNumberOfSocketsDuringPreconnection,
    /// Type and Value Mismatch (17100014).
    ///
    /// This error code is reported when the type and value of the message do not match.
    #[code(
        17100014,
        title = "Type and Value Mismatch",
        message = "The type and value of the message do not match.",
        description = "This error code is reported when the type and value of the message do not match.",
        cause = "The value of the obtained message does not match the type of the message.",
        solution = "Call the API based on the message type to obtain the message value. For example, if the type is **BOOLEAN**, call the **GetBoolean** API to obtain the Boolean value."
    )]
    #[translation(
        "zh-CN",
        title = "类型和值不匹配",
        description = "消息的类型和值不匹配。",
        cause = "获取消息的值和消息本身的类型不匹配。",
        solution = "需要根据消息的类型调用相应的接口来获取消息的值。举例：如获取到的类型是BOOLEAN，则需要调用GetBoolean接口来获取布尔值。"
    )]
    TypeAndValueMismatch,
    /// Download Task Not Paused (17100016).
    ///
    /// This error code is reported when an attempt is made to resume a download task that is not paused.
    #[code(
        17100016,
        title = "Download Task Not Paused",
        message = "The download task is not paused.",
        description = "This error code is reported when an attempt is made to resume a download task that is not paused.",
        cause = "**WebDownloadItem.resume** is called when the download task is not paused.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "下载任务没有处于暂停状态",
        description = "下载任务没有处于暂停状态。",
        cause = "在下载没有暂停的情况下调用了WebDownloadItem.resume。",
        solution = "下载并没有被暂停，不需要恢复。"
    )]
    DownloadTaskNotPaused,
    /// No WebDownloadDelegate Available (17100018).
    ///
    /// This error code is reported when no **WebDownloadDelegate** is available to receive the download state.
    #[code(
        17100018,
        title = "No WebDownloadDelegate Available",
        message = "No WebDownloadDelegate has been set yet.",
        description = "This error code is reported when no **WebDownloadDelegate** is available to receive the download state.",
        cause = "**WebDownloadManager.resumeDownload** is called when **WebDownloadDelegate** has not been set.",
        solution = "Use **WebDownloadManager.setDownloadDelegate** to set a **WebDownloadDelegate** class."
    )]
    #[translation(
        "zh-CN",
        title = "没有设置一个委托类来接收下载状态",
        description = "没有设置一个委托类来接收下载状态。",
        cause = "没有设置委托类就调用了WebDownloadManager.resumeDownload。",
        solution = "先通过WebDownloadManager.setDownloadDelegate设置一个委托类。"
    )]
    NoWebDownloadDelegateAvailable,
    /// Download Not Started Yet (17100019).
    ///
    /// This error code is reported when an attempt is made to pause or resume a download task that has not been started.
    #[code(
        17100019,
        title = "Download Not Started Yet",
        message = "The download task is not started yet.",
        description = "This error code is reported when an attempt is made to pause or resume a download task that has not been started.",
        cause = "**pause** or **resume** is called when the download task that has not been started.",
        solution = "Call **start('xxx')** in **WebDownloadDelegate.onBeforeDownload** and specify the download path.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "下载还没开始",
        description = "下载任务还未开始。",
        cause = "下载任务还没开始，此时调用pause/resume是无效的。",
        solution = "需要在WebDownloadDelegate.onBeforeDownload中调用start('xxx')并指定下载路径。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    DownloadNotStartedYet,
    /// Failed to Register Custom Schemes (17100020).
    ///
    /// This error code is reported when a custom scheme failed to be registered.
    #[code(
        17100020,
        title = "Failed to Register Custom Schemes",
        message = "Failed to register custom schemes.",
        description = "This error code is reported when a custom scheme failed to be registered.",
        cause = "The custom scheme is set after the ArkWeb engine is initialized.",
        solution = "Register the custom scheme before initializing the ArkWeb engine.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "注册自定义协议失败",
        description = "注册自定义协议失败。",
        cause = "在ArkWeb引擎初始化之后才设置自定义协议。",
        solution = "注册自定义协议需要在ArkWeb引擎初始化之前设置。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    FailedToRegisterCustomSchemes,
    /// WebResourceHandler Is Invalid (17100021).
    ///
    /// This error code is reported when the **WebResourceHandler** object is invalid.
    #[code(
        17100021,
        title = "WebResourceHandler Is Invalid",
        message = "The resource handler is invalid.",
        description = "This error code is reported when the **WebResourceHandler** object is invalid.",
        cause = "The corresponding request is not intercepted in **WebSchemeHandler**.",
        cause = "The request is intercepted before the response body is constructed, and the request is ended due to some reasons.",
        cause = "The **WebResourceHandler** object has called **didFinish** and **didFail**.",
        solution = "Do not call the **WebResourceHandler** API in the preceding situations.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "WebResourceHandler已经失效",
        description = "WebResourceHandler已经失效。",
        cause = "对应的请求在WebSchemeHandler中没有拦截；",
        cause = "该请求拦截在构造返回体之前，因为某些原因已经请求结束；",
        cause = "该WebResourceHandler已经调用过didFinish和didFail。",
        solution = "请勿在以上所说的情况下调用WebResourceHandler的接口。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n\n**处理步骤**\n\n{solutions}\n"
    )]
    WebResourceHandlerIsInvalid,
    /// Failed to Initialize WebHttpBodyStream (17100022).
    ///
    /// This error code is reported when data initialization of **WebHttpBodyStream** fails.
    #[code(
        17100022,
        title = "Failed to Initialize WebHttpBodyStream",
        message = "Failed to initialize the HTTP body stream.",
        description = "This error code is reported when data initialization of **WebHttpBodyStream** fails.",
        cause = "The data carried in the POST request is invalid, for example, the data flow contains data in a file but the specified file path does not exist.",
        solution = "Verify that the data carried in the POST request is valid.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "WebHttpBodyStream初始化失败",
        description = "WebHttpBodyStream数据初始化失败。",
        cause = "发起的POST等类型的请求中，携带的数据不合法。例如里面数据流中有文件类型的数据，但是该文件路径不存在，则数据流初始化失败。",
        solution = "检查发起的POST等类型的请求中，携带的数据是否合法。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    FailedToInitializeWebHttpBodyStream,
    /// Port Number Not Allowed (17100023).
    ///
    /// The port number is not within the allowed range.
    #[code(
        17100023,
        title = "Port Number Not Allowed",
        message = "The port number is not within the allowed range.",
        description = "The port number is not within the allowed range.",
        cause = "Some port numbers (for example, port numbers less than 1024) are well-known or system ports. These ports can be enabled on the operating system only when the privilege is granted. Therefore, applications are not allowed to use these port numbers.",
        solution = "Check whether the port number is within the allowed range.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "使用了不被允许的端口号",
        description = "使用的端口号不在允许的取值范围内。",
        cause = "由于部分端口号（例如小于1024的端口号）作为熟知或系统端口，在操作系统上需要特权才能开启，因此禁止应用使用这些端口号。",
        solution = "检查使用的端口号是否在允许的取值范围内。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    PortNumberNotAllowed,
    /// Incorrect Network Error Code (17100101).
    ///
    /// The network error code is **ARKWEB_NET_OK** or out of the range in **WebNetErrorList**.
    #[code(
        17100101,
        title = "Incorrect Network Error Code",
        message = "The errorCode is either ARKWEB_NET_OK or outside the range of error codes in WebNetErrorList.",
        description = "The network error code is **ARKWEB_NET_OK** or out of the range in **WebNetErrorList**.",
        cause = "The error code is not within the range of [WebNetErrorList](arkts-apis-netErrorList.md#webneterrorlist), or **NET_OK** is used when the **didFail** API is called.",
        solution = "Check whether the error code is within the range of [WebNetErrorList](arkts-apis-netErrorList.md#webneterrorlist) or whether **NET_OK** is used when the **difFail** API is called.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "使用了错误的网络错误码",
        description = "网络错误码为ARKWEB_NET_OK或者超出了WebNetErrorList中的错误码范围。",
        cause = "使用的错误码不在[WebNetErrorList](arkts-apis-netErrorList.md#webneterrorlist)范围内，或者调用didFail接口时使用了NET_OK错误码。",
        solution = "检查使用的错误码是否在[WebNetErrorList](arkts-apis-netErrorList.md#webneterrorlist)范围内，或者调用didFail时是否使用了NET_OK错误码。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IncorrectNetworkErrorCode,
}
