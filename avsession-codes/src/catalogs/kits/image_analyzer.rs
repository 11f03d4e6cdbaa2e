// AI Image Analyzer Error Codes: the catalog `AiImageAnalyzerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// AI Image Analyzer Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "AI Image Analyzer",
    title = "AI Image Analyzer Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @liyujie43-->\n<!--Designer: @weixin_52725220-->\n<!--Tester: @xiong0104-->\n<!--Adviser: @HelloCrease-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/image_analyzer.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "图像AI分析错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @liyujie43-->\n<!--Designer: @weixin_52725220-->\n<!--Tester: @xiong0104-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum AiImageAnalyzerError {
    /// AI Image Analysis Not Supported (110001).
    ///
    /// This error code is reported when **startImageAnalyzer()** is called while AI image analysis is not supported.
    #[code(
        110001,
        title = "AI Image Analysis Not Supported",
        message = "Image analysis feature is unsupported.",
        description = "This error code is reported when **startImageAnalyzer()** is called while AI image analysis is not supported.",
        cause = "An unsupported API is called.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "AI图像分析功能不支持",
        description = "当开发者调用startImageAnalyzer()接口时，若当前不支持AI分析功能，会抛出此错误码。",
        cause = "调用不支持的功能接口。",
        solution = "NA"
    )]
    AiImageAnalysisNotSupported,
    /// AI Image Analysis Already in Progress (110002).
    ///
    /// This error code is reported when **startImageAnalyzer()** is called while the previous analysis session is still ongoing.
    #[code(
        110002,
        title = "AI Image Analysis Already in Progress",
        message = "Image analysis is currently being executed.",
        description = "This error code is reported when **startImageAnalyzer()** is called while the previous analysis session is still ongoing.",
        cause = "The API is called at an incorrect time.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "AI图像分析正在进行中",
        description = "当开发者调用startImageAnalyzer()接口时，若上一次的分析还没有结束，会抛出此错误码。",
        cause = "调用接口时机错误。",
        solution = "NA"
    )]
    AiImageAnalysisAlreadyInProgress,
    /// AI Image Analysis Terminated (110003).
    ///
    /// This error code is reported when **stopImageAnalyzer()** interrupts an ongoing analysis operation initiated by **startImageAnalyzer()**.
    #[code(
        110003,
        title = "AI Image Analysis Terminated",
        message = "Image analysis is stopped.",
        description = "This error code is reported when **stopImageAnalyzer()** interrupts an ongoing analysis operation initiated by **startImageAnalyzer()**.",
        cause = "The API is called at an incorrect time.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "AI图像分析已停止",
        description = "当开发者调用startImageAnalyzer()接口，当前分析未完成时调用了stopImageAnalyzer()接口，会抛出此错误码。",
        cause = "调用接口时机错误。",
        solution = "NA"
    )]
    AiImageAnalysisTerminated,
}
