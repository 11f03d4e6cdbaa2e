// SDK Compilation Verification Error Codes: the catalog `SdkCompilationVerificationError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// SDK Compilation Verification Error Codes.
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "SDK Compilation Verification",
    title = "SDK Compilation Verification Error Codes",
    range = 11700000..=11799999,
    layout = "# {title}\n<!--Kit: Common-->\n<!--Subsystem: Common-->\n<!--Owner: @fang-jinxu-->\n<!--Designer: @majiajun518-->\n<!--Tester: @RayShih-->\n<!--Adviser: @fang-jinxu-->\n{entries}",
    lock = "locks/sdk_compile.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "SDK编译校验错误码",
    layout = "# {title}\n<!--Kit: Common-->\n<!--Subsystem: Common-->\n<!--Owner: @fang-jinxu-->\n<!--Designer: @majiajun518-->\n<!--Tester: @RayShih-->\n<!--Adviser: @fang-jinxu-->\n{entries}"
)]
pub enum SdkCompilationVerificationError {
    /// API Not Supported in Widget Projects (11706006).
    ///
    /// This API is not supported for use in widget projects.
    #[code(
        11706006,
        title = "API Not Supported in Widget Projects",
        message = "XXX can't support form application.",
        description = "This API is not supported for use in widget projects.",
        cause = "The API does not support widget capabilities.",
        solution = "Use alternative approaches and call different APIs that support widget projects."
    )]
    #[translation(
        "zh-CN",
        title = "接口不支持卡片工程",
        description = "接口不支持在卡片工程中使用。",
        cause = "该接口不支持卡片能力。",
        solution = "更换方案，调用其他接口。",
        layout = "\n## {code} {title} \n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    ApiNotSupportedInWidgetProjects,
    /// API Not Supported in Cross-Platform Applications (11706007).
    ///
    /// This API is not supported for cross-platform use.
    #[code(
        11706007,
        title = "API Not Supported in Cross-Platform Applications",
        message = "XXX can't support crossplatform application.",
        description = "This API is not supported for cross-platform use.",
        cause = "The API does not support cross-platform capabilities.",
        solution = "Use alternative approaches and call different APIs that support widget projects."
    )]
    #[translation(
        "zh-CN",
        title = "接口不支持跨平台使用",
        description = "接口不支持跨平台使用。",
        cause = "该接口暂不支持跨平台能力。",
        solution = "更换方案，调用其他接口。"
    )]
    ApiNotSupportedInCrossPlatformApplications,
    /// FA Model API Used in Stage Model Projects (11706008).
    ///
    /// An FA model API is called in a stage model project.
    #[code(
        11706008,
        title = "FA Model API Used in Stage Model Projects",
        message = "This API is used only in FA Mode, but the current Mode is Stage.",
        description = "An FA model API is called in a stage model project.",
        cause = "The API is not supported by the current project.",
        solution = "Replace with an equivalent API that is supported in stage model projects."
    )]
    #[translation(
        "zh-CN",
        title = "FA模型接口在Stage工程中使用",
        description = "当前为Stage工程，但使用的接口为FA模型接口。",
        cause = "错误的使用当前工程不支持的模型接口。",
        solution = "更换为Stage工程支持的接口。"
    )]
    FaModelApiUsedInStageModelProjects,
    /// Stage Model API Used in FA Model Projects (11706009).
    ///
    /// A stage model API is called in an FA model project.
    #[code(
        11706009,
        title = "Stage Model API Used in FA Model Projects",
        message = "This API is used only in Stage Mode, but the current Mode is FA.",
        description = "A stage model API is called in an FA model project.",
        cause = "The API is not supported by the current project.",
        solution = "Replace with an equivalent API that is supported in FA model projects."
    )]
    #[translation(
        "zh-CN",
        title = "Stage模型接口在FA工程中使用",
        description = "当前为FA工程，但使用的接口为Stage工程接口。",
        cause = "错误的使用当前工程不支持的模型接口。",
        solution = "更换为FA模型支持的接口。"
    )]
    StageModelApiUsedInFaModelProjects,
    /// API Not Supported in Atomic Services (11706010).
    ///
    /// This API is not supported for use in atomic services.
    #[code(
        11706010,
        title = "API Not Supported in Atomic Services",
        message = "XXX can't support atomicservice application.",
        description = "This API is not supported for use in atomic services.",
        cause = "The API does not support atomic service capabilities.",
        solution = "Use alternative approaches and call different APIs that support widget projects."
    )]
    #[translation(
        "zh-CN",
        title = "接口不支持在原子化服务中使用",
        description = "接口不支持在原子化服务中使用。",
        cause = "该接口暂不支持原子化服务能力。",
        solution = "更换方案，调用其他接口。"
    )]
    ApiNotSupportedInAtomicServices,
}
