// Application Grayscale Error Codes: the catalog `ApplicationGrayscaleError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Application Grayscale Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Application Grayscale",
    title = "Application Grayscale Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 36000000..=36099999,
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @lyj_love_code-->\n<!--Designer: @tangyyan-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/hiviewdfx_hiretrieval.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "应用灰度错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @lyj_love_code-->\n<!--Designer: @tangyyan-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum ApplicationGrayscaleError {
    /// Error code 36000001.
    ///
    /// An exception occurs during application grayscale initialization.
    #[code(
        36000001,
        message = "An exception occurs during application grayscale initialization.",
        description = "An exception occurs during application grayscale initialization.",
        cause = "The application grayscale initialization is not complete.",
        solution = "Before calling this API, call the [hiRetrieval.init()](js-apis-hiretrieval.md#hiretrievalinit) API to complete application grayscale initialization.",
        layout = "\n## {code} \n\n**Message**\n\nInitialization error. Possibly caused by invoking this function before invoking init function.\n\n**Symptom**\n\n{description}\n\n**Possible causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        message = "Initialization error. Possibly caused by invoking this function before invoking init function.",
        description = "应用灰度初始化异常。",
        cause = "没有完成应用灰度的初始化。",
        solution = "在调用该接口之前，先调用[hiRetrieval.init()](js-apis-hiretrieval.md#hiretrievalinit)接口完成应用灰度的初始化。",
        layout = "\n## {code} \n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    ExceptionOccursDuringApplicationGrayscaleInitialization,
    /// Error code 36000002.
    ///
    /// An exception occurs when a multi-instance application calls the [hiRetrieval.init()](js-apis-hiretrieval.md#hiretrievalinit) API. (Currently, this error code is returned only by the **init()** API.)
    #[code(
        36000002,
        message = "An exception occurs when a multi-instance application calls the [hiRetrieval.init()](js-apis-hiretrieval.md#hiretrievalinit) API. (Currently, this error code is returned only by the **init()** API.)",
        description = "An exception occurs when a multi-instance application calls the [hiRetrieval.init()](js-apis-hiretrieval.md#hiretrievalinit) API. (Currently, this error code is returned only by the **init()** API.)",
        cause = "The current version does not support multi-instance applications to call the application grayscale release capability.",
        solution = "Check whether the current application is a [multi-instance application](../../quick-start/multiInstance.md). If the application is a multi-instance application, do not call HiRetrieval APIs.",
        layout = "\n## {code} \n\n**Message**\n\nMulti-instance applications not supported error. Possibly caused by invoking this function in a multi-instance application.\n\n**Symptom**\n\n{description}\n\n**Possible causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        message = "Multi-instance applications not supported error. Possibly caused by invoking this function in a multi-instance application.",
        description = "多实例应用调用[hiRetrieval.init()](js-apis-hiretrieval.md#hiretrievalinit)接口异常（当前仅init()接口会抛出此错误码）。",
        cause = "当前版本暂不支持多实例应用调用应用灰度的能力。",
        solution = "请确认当前应用是否为[多实例应用](../../quick-start/multiInstance.md)。若为多实例应用，请避免调用HiRetrieval相关接口，待后续版本支持后再使用。",
        layout = "\n## {code} \n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    ExceptionOccursWhenMultiInstanceApplicationCalls,
}
