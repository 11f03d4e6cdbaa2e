// UiTest Error Codes: the catalog `UiTestError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// UiTest Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "UiTest",
    title = "UiTest Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 17000000..=17099999,
    layout = "# {title}\n\n<!--Kit: Test Kit-->\n<!--Subsystem: Test-->\n<!--Owner: @inter515-->\n<!--Designer: @inter515-->\n<!--Tester: @laonie666-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/uitest.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "UiTest错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n\n<!--Kit: Test Kit-->\n<!--Subsystem: Test-->\n<!--Owner: @inter515-->\n<!--Designer: @inter515-->\n<!--Tester: @laonie666-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum UiTestError {
    /// Initialization Failure (17000001).
    ///
    /// This error code is reported when the framework fails to be initialized.
    #[code(
        17000001,
        title = "Initialization Failure",
        message = "Initialization failed.",
        description = "This error code is reported when the framework fails to be initialized.",
        cause = "The accessibility service cannot be accessed.",
        solution = "Run the **param set persist.ace.testmode.enabled 1** command and restart the device.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "初始化失败",
        description = "框架初始化失败。",
        cause = "无法连接到无障碍服务。",
        solution = "执行param set persist.ace.testmode.enabled 1，并重启设备。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InitializationFailure,
    /// Unable to Call the API (17000002).
    ///
    /// The API is not called asynchronously.
    #[code(
        17000002,
        title = "Unable to Call the API",
        message = "The async function is not called with await.",
        description = "The API is not called asynchronously.",
        cause = "The API was not called using **await**.",
        solution = "Check test cases and make sure asynchronous APIs are called using **await**."
    )]
    #[translation(
        "zh-CN",
        title = "接口不支持并发调用",
        message = "The API does not support concurrent calls.",
        description = "接口不支持并发调用。",
        cause = "异步API没有使用await等待异步执行完成，导致出现接口并发调用。",
        solution = "请确保同一时间只执行一个API调用，异步函数使用await同步等待执行完成。"
    )]
    UnableToCallApi,
    /// Assertion Failure (17000003).
    ///
    /// This error code is reported when the user assertion fails.
    #[code(
        17000003,
        title = "Assertion Failure",
        message = "Assertion failed.",
        description = "This error code is reported when the user assertion fails.",
        cause = "The component that the user asserts to exist does not exist.",
        solution = "Check the existence of the component that is asserted to exist."
    )]
    #[translation(
        "zh-CN",
        title = "断言失败",
        description = "用户断言失败。",
        cause = "用户断言存在的控件实际不存在。",
        solution = "检查用户断言存在的控件实际是否存在。"
    )]
    AssertionFailure,
    /// Target Component/Window Lost (17000004).
    ///
    /// This error code is reported when the target component or window is lost and cannot be operated.
    #[code(
        17000004,
        title = "Target Component/Window Lost",
        message = "The window or component is invisible or destroyed.",
        description = "This error code is reported when the target component or window is lost and cannot be operated.",
        cause = "After the target component or window is obtained, the page changes. As a result, the target component or window is lost.",
        solution = "Check whether the loss is caused by page changes."
    )]
    #[translation(
        "zh-CN",
        title = "目标控件/窗口不可见或已销毁",
        description = "目标控件/窗口不可见或已销毁，无法进行操作。",
        cause = "获取到目标控件或窗口后，页面发生变化导致目标丢失。",
        solution = "检查获取到目标控件或窗口后，页面是否发生变化导致目标丢失。"
    )]
    TargetComponentWindowLost,
    /// Operation Not Supported (17000005).
    ///
    /// This error code is reported when the performed operation is not supported by the UI object.
    #[code(
        17000005,
        title = "Operation Not Supported",
        message = "This operation is not supported.",
        description = "This error code is reported when the performed operation is not supported by the UI object.",
        cause = "The component, window attribute, or device does not support the performed operation.",
        solution = "Check whether the UI component, window attribute, or device supports the performed operation."
    )]
    #[translation(
        "zh-CN",
        title = "操作不支持",
        description = "UI对象不支持该操作。",
        cause = "当前界面控件/窗口属性/设备不支持该操作。",
        solution = "检查当前界面控件/窗口属性/设备是否支持该操作。"
    )]
    OperationNotSupported,
    /// Parameters Are Invalid (17000007).
    ///
    /// Parameter verification failed.
    #[code(
        17000007,
        title = "Parameters Are Invalid",
        message = "Parameter verification failed.",
        description = "Parameter verification failed.",
        cause = "The parameter type is incorrect or the parameter value is out of the specified range.",
        solution = "Check whether the input parameters of the API meet the requirements."
    )]
    #[translation(
        "zh-CN",
        title = "参数不合法",
        description = "参数校验失败。",
        cause = "参数类型错误/参数取值超出规定范围。",
        solution = "检查接口入参是否符合要求。"
    )]
    ParametersAreInvalid,
}
