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
    layout = "# {title}\n<!--Kit: ArkWeb-->\n<!--Subsystem: Web-->\n<!--Owner: @yp99ustc; @aohui; @zourongchun-->\n<!--Designer: @LongLie; @yaomingliu; @zhufenghao-->\n<!--Tester: @ghiker-->\n<!--Adviser: @HelloShuo-->\n\n> **NOTE**\n>\n> {note}\n{entries}"
)]
pub enum WebviewError {
    /// WebviewController Not Associated with a Web Component (17100001).
    ///
    /// This error code is reported when the **WebviewController** object is not associated with any **Web** component.
    #[code(
        17100001,
        title = "WebviewController Not Associated with a Web Component",
        message = "Init error. The WebviewController must be associated with a Web component.",
        description = "This error code is reported when the **WebviewController** object is not associated with any **Web** component.",
        solution = "Use [onControllerAttached()](./arkts-basic-components-web-events.md#oncontrollerattached10) to check whether the **WebViewController** object is attached with the **Web** component.<!--RP1--><!--RP1End-->"
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
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Make sure the path to the resource file is correct.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Make sure the related function is enabled.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Verify the cookie value type.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Make sure the port is open.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Make sure the **javaScriptProxy** object is registered.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Make sure an **onMessageEvent** callback is registered for the remote port.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Make sure the **origin** value is valid.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "If the JS database API is used, find out the failure cause, for example, check whether **databaseAccess** is enabled.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Make sure the specified number of sockets is greater than 0 and less than or equal to 6.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Call the API based on the message type to obtain the message value. For example, if the type is **BOOLEAN**, call the **GetBoolean** API to obtain the Boolean value.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "N/A",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Use **WebDownloadManager.setDownloadDelegate** to set a **WebDownloadDelegate** class.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Call **start('xxx')** in **WebDownloadDelegate.onBeforeDownload** and specify the download path."
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
        solution = "Register the custom scheme before initializing the ArkWeb engine."
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
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n3. {cause}\n\n\n**Solution**\n\n{solution}\n"
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
        solution = "Verify that the data carried in the POST request is valid."
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
        solution = "Check whether the port number is within the allowed range."
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
        solution = "Check whether the error code is within the range of [WebNetErrorList](arkts-apis-netErrorList.md#webneterrorlist) or whether **NET_OK** is used when the **difFail** API is called."
    )]
    IncorrectNetworkErrorCode,
}
