// Word Selection Error Codes: the catalog `WordSelectionError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Word Selection Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Word Selection",
    title = "Word Selection Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 33600000..=33699999,
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: SelectionInput-->\n<!--Owner: @no86-->\n<!--Designer: @no86-->\n<!--Tester: @dong-dongzhen-->\n<!--Adviser: @fang-jinxu-->\n<!-- md-trans-meta sourceCommit=bb3fe7567540ccb1863f77532b1f5c54ec3874e8 translatedAt=2026-08-04T01:03:12.482Z pushedAt=2026-08-04T01:36:49.479Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/selection.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "划词服务错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: SelectionInput-->\n<!--Owner: @zl_startup-->\n<!--Designer: @zl_startup-->\n<!--Tester: @dong-dongzhen-->\n<!--Adviser: @fang-jinxu-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum WordSelectionError {
    /// Word Selection Service Invocation Error (33600001).
    ///
    /// When a word selection app calls the word selection service API, this error code is reported if the word selection service or its dependent service is abnormal, or if the **createPanel** API is called to repeatedly create a panel of the same type.
    #[code(
        33600001,
        title = "Word Selection Service Invocation Error",
        message = "Selection service invocation exception.",
        description = "When a word selection app calls the word selection service API, this error code is reported if the word selection service or its dependent service is abnormal, or if the **createPanel** API is called to repeatedly create a panel of the same type.",
        cause = "The word selection service is abnormal.",
        cause = "Other system services that the word selection service depends on are abnormal.",
        cause = "A panel of the same type is created repeatedly. One word selection app is allowed to create **MENU_PANEL** and **MAIN_PANEL** only once.",
        solution = "Check whether the word selection service is running properly.",
        solution = "If the service is abnormal, restart the device and call the API again.",
        solution = "If the issue persists after restart, contact technical personnel for support.",
        solution = "Avoid creating panels of the same type repeatedly.One word selection app is allowed to create **MENU_PANEL** and **MAIN_PANEL** only once."
    )]
    #[translation(
        "zh-CN",
        title = "划词服务调用异常",
        description = "划词应用调用划词服务接口时，若划词服务或其依赖服务出现异常，或调用createPanel接口重复创建同类型面板，系统会报此错误码。",
        cause = "划词服务内部运行异常。",
        cause = "划词服务依赖的其他系统服务出现异常。",
        cause = "重复创建同类型面板。单个划词应用仅允许创建一个MENU_PANEL和一个MAIN_PANEL。",
        solution = "检查划词服务是否正常运行。",
        solution = "若服务异常，重启设备后重新调用接口。",
        solution = "若重启后问题仍然存在，请联系技术人员获取支持。",
        solution = "避免重复创建同类型面板，单个划词应用仅允许创建一个MENU_PANEL和一个MAIN_PANEL。"
    )]
    WordSelectionServiceInvocationError,
    /// Word Selection Panel Has Been Destroyed (33600002).
    ///
    /// This error code is reported when the word selection panel has been destroyed during operation on the panel.
    #[code(
        33600002,
        title = "Word Selection Panel Has Been Destroyed",
        message = "This selection panel has been destroyed.",
        description = "This error code is reported when the word selection panel has been destroyed during operation on the panel.",
        cause = "The word selection panel has been destroyed, and operations continue to be performed on the destroyed panel object.",
        solution = "Before operating on the word selection panel, determine whether the panel object is valid.",
        solution = "If the panel has been destroyed, recreate the panel before performing any operation.",
        solution = "Do not continue to hold and operate on the panel object after it has been destroyed."
    )]
    #[translation(
        "zh-CN",
        title = "划词面板已被销毁",
        description = "当对划词面板进行操作时，若该面板已被销毁，系统会报此错误码。",
        cause = "划词面板已被销毁，对已销毁的面板对象继续操作。",
        solution = "在操作划词面板前，判断面板对象是否有效。",
        solution = "若面板已被销毁，需重新创建面板后再进行操作。",
        solution = "避免在面板销毁后继续持有并操作该面板对象。"
    )]
    WordSelectionPanelHasBeenDestroyed,
    /// API Caller and Word Selection Application Mismatched (33600003).
    ///
    /// This error code is reported when a user calls the word selection service API using a word selection app not selected in system settings.
    #[code(
        33600003,
        title = "API Caller and Word Selection Application Mismatched",
        message = "The application calling the API does not match the application selected in the system settings.",
        description = "This error code is reported when a user calls the word selection service API using a word selection app not selected in system settings.",
        cause = "The app calling the word selection service API is not the one selected by the user in system settings.",
        solution = "In system settings, check whether the currently selected word selection app is this app.",
        solution = "If not, switch the word selection app to this app before calling the API."
    )]
    #[translation(
        "zh-CN",
        title = "调用接口的应用与系统设置中选择的应用不匹配",
        description = "当用户使用非系统设置中选中的划词应用调用划词服务接口时，系统会报此错误码。",
        cause = "调用划词服务接口的应用不是用户在系统设置中选定的划词应用。",
        solution = "在系统设置中检查当前选中的划词应用是否为本应用。",
        solution = "若本应用不是当前选中的划词应用，请切换划词应用为本应用后再调用接口。"
    )]
    ApiCallerAndWordSelectionApplicationMismatched,
    /// The API Is Called Too Frequently (33600004).
    ///
    /// This error code is reported when the API is called too frequently.
    #[code(
        33600004,
        title = "The API Is Called Too Frequently",
        message = "The interface is called too frequently.",
        description = "This error code is reported when the API is called too frequently.",
        cause = "The API is called more than 50 times within 500 ms.",
        solution = "Ensure that the **getSelectionContent** API is called only after the **selectionCompleted** event is detected. Do not call it frequently."
    )]
    #[translation(
        "zh-CN",
        title = "该接口被调用过于频繁",
        description = "当同一接口在短时间内被频繁调用时，系统会报此错误码。",
        cause = "该接口在500ms内被调用超过了50次。",
        solution = "确保在监听到selectionCompleted事件后再调用getSelectionContent接口，不要频繁调用。"
    )]
    ApiIsCalledTooFrequently,
    /// Incorrect API Call Timing (33600005).
    ///
    /// This error code is reported when the **getSelectionContent** API is called without the **selectionCompleted** event being detected.
    #[code(
        33600005,
        title = "Incorrect API Call Timing",
        message = "The interface is called at the wrong time.",
        description = "This error code is reported when the **getSelectionContent** API is called without the **selectionCompleted** event being detected.",
        cause = "The API is called at an incorrect time when the user is not performing any word selection operation and the word selection process is not triggered. The correct call sequence is as follows: call the **getSelectionContent** API only after the **selectionCompleted** event is detected.",
        solution = "Trigger word selection again, and call the **getSelectionContent** API after the **selectionCompleted** event is detected."
    )]
    #[translation(
        "zh-CN",
        title = "接口调用时机错误",
        description = "在未监听到selectionCompleted事件的情况下调用getSelectionContent接口时，系统会报此错误码。",
        cause = "接口调用时机错误，用户此时未进行划词操作，划词流程尚未触发。正确的调用时序为：监听到selectionCompleted事件后，方可调用getSelectionContent接口。",
        solution = "重新触发划词，在监听到selectionCompleted事件后调用getSelectionContent接口。"
    )]
    IncorrectApiCallTiming,
    /// Word Selection Prohibited in the Current Application (33600006).
    ///
    /// When the word selection service attempts to obtain the text content of the current app, this error code is reported if the current app prohibits this operation.
    #[code(
        33600006,
        title = "Word Selection Prohibited in the Current Application",
        message = "The current application is prohibited from accessing content.",
        description = "When the word selection service attempts to obtain the text content of the current app, this error code is reported if the current app prohibits this operation.",
        cause = "The text content of the app cannot be accessed by other apps through settings such as **CopyOptions.InApp**.",
        solution = "Switch to an app that allows word selection, and call the **getSelectionContent** API after the **selectionCompleted** event is detected.",
        solution = "If you need to use the word selection feature in the current app, contact the app developer to confirm whether the app text content can be obtained."
    )]
    #[translation(
        "zh-CN",
        title = "当前应用禁止获取内容",
        description = "当划词服务尝试获取当前应用的文本内容时，若当前应用禁止该获取操作，系统会报此错误码。",
        cause = "当前应用设置了文本内容不可被其他应用获取（如设置了CopyOptions.InApp）。",
        solution = "切换到允许划词的应用后，在监听到selectionCompleted事件后再调用getSelectionContent接口。",
        solution = "若需要在当前应用中使用划词功能，请联系应用开发者确认该应用是否支持获取文本内容。"
    )]
    WordSelectionProhibitedInCurrentApplication,
    /// Selected Text Is Out of Range (33600007).
    ///
    /// This error code is reported when the length of the text content selected by word selection exceeds the allowed range (6000 bytes).
    #[code(
        33600007,
        title = "Selected Text Is Out of Range",
        message = "The length of selected content is out of range.",
        description = "This error code is reported when the length of the text content selected by word selection exceeds the allowed range (6000 bytes).",
        cause = "The selected text content exceeds the length limit of 6000 bytes.",
        solution = "Select text within the range of 1 to 6000 bytes (inclusive), and call the **getSelectionContent** API after the **selectionCompleted** event is detected."
    )]
    #[translation(
        "zh-CN",
        title = "划词内容长度超出范围",
        description = "当划词选中的文本内容长度超出允许范围（6000字节）时，系统会报此错误码。",
        cause = "当前选中的文本内容超过了6000个字节的长度限制。",
        solution = "选中1到6000个字节（包含1和6000）的文本后，在监听到selectionCompleted事件后再调用getSelectionContent接口。"
    )]
    SelectedTextIsOutOfRange,
    /// Content Acquisition Timed Out (33600008).
    ///
    /// When the word selection service attempts to obtain the selected text content from the target app, this error code is reported if the target app does not return the content within the specified time (100 ms).
    #[code(
        33600008,
        title = "Content Acquisition Timed Out",
        message = "Getting the selected content times out.",
        description = "When the word selection service attempts to obtain the selected text content from the target app, this error code is reported if the target app does not return the content within the specified time (100 ms).",
        cause = "The system load is high.",
        cause = "The target app is abnormal.",
        cause = "The copy logic of the target app is complex.",
        solution = "Call the **getSelectionContent** API again after the **selectionCompleted** event is detected to check whether the timeout is occasional.",
        solution = "If the timeout persists, check the response status of the target app and the system resource usage.",
        solution = "If the issue persists, contact technical personnel for support.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n\n3. {solution}"
    )]
    #[translation(
        "zh-CN",
        title = "获取选中内容超时",
        description = "当划词服务从目标应用获取选中的文本内容时，若目标应用在规定时间（100ms）内未返回内容，系统会报此错误码。",
        cause = "整机负载较高。",
        cause = "目标应用出现异常。",
        cause = "目标应用的复制逻辑较为复杂。",
        solution = "在监听到selectionCompleted事件后重新调用getSelectionContent接口，确认是否为偶发超时。",
        solution = "若持续超时，检查目标应用的响应状态及系统资源情况。",
        solution = "如问题持续存在，请联系技术人员获取支持。"
    )]
    ContentAcquisitionTimedOut,
}
