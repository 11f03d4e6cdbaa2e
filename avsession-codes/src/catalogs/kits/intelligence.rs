// AIP Error Codes: the catalog `AipError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// AIP Error Codes.
///
/// NOTE
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "AIP",
    title = "AIP Error Codes",
    note = "NOTE\n\nThis topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 31300000..=31399999,
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @my-2024-->\n<!--Designer: @cuile44; @fysun17; @AnruiWang-->\n<!--Tester: @yippo; @logic42-->\n<!--Adviser: @ge-yafang-->\n<!-- md-trans-meta sourceCommit=f357ad4bf8e21ca38a4fe32686c2e588bbe381f6 translatedAt=2026-09-04T03:17:35.933Z pushedAt=2026-09-09T09:11:03.698Z -->\n\n> NOTE\n>\n> This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).\n{entries}",
    lock = "locks/intelligence.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "智慧数据平台错误码",
    note = "说明：\n\n以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @my-2024-->\n<!--Designer: @cuile44; @fysun17; @AnruiWang-->\n<!--Tester: @yippo; @logic42-->\n<!--Adviser: @ge-yafang-->\n\n> 说明：\n>\n> 以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。\n{entries}"
)]
pub enum AipError {
    /// Internal Error (31300000).
    ///
    /// This error code is reported when an internal service exception occurs while calling APIs of the smart data platform module, for example, a model fails to be loaded occasionally due to high memory usage or high CPU load.
    #[code(
        31300000,
        title = "Internal Error",
        message = "Inner error.",
        description = "This error code is reported when an internal service exception occurs while calling APIs of the smart data platform module, for example, a model fails to be loaded occasionally due to high memory usage or high CPU load.",
        cause = "The application does not load the corresponding embedding model.",
        cause = "Memory allocation fails.",
        solution = "Before using the APIs related to the vectorization capability, ensure that the corresponding model resources are loaded.",
        solution = "For issues such as high memory usage and CPU load, retry the operation. If the problem persists, prompt the user to restart the application, upgrade the application, or upgrade the device version.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n1. {solution}\n2. {solution}"
    )]
    #[translation(
        "zh-CN",
        title = "服务内部异常",
        description = "智慧数据平台提供向量化能力，应用需要先加载嵌入模型才能调用获取嵌入向量的接口。当调用智慧数据平台模块相关接口时，若服务内部异常，会报此错误码。例如在文本相似度计算、语义搜索、智能推荐、图像识别等应用场景中调用向量化相关接口时可能出现。",
        cause = "智慧数据平台采用嵌入模型将数据转换为向量表示。服务内部状态异常，例如应用在没有加载对应嵌入模型后调用获取对应嵌入向量的结果，此时属于模型未加载，获取向量化接口就是异常调用。",
        solution = "开发者排查是否按接口文档正确使用接口。",
        solution = "开发者排查是否按接口文档正确使用接口。",
        solution = "针对具体异常原因进行处理：如因资源未加载导致，请确保调用前完成资源加载；如为临时性内部异常，可尝试定时重试操作（如间隔1s或按指数增长间隔重试）；如问题持续存在，可提示用户重启应用、升级应用或升级设备版本。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1. {solution}\n{solutions:tight}\n"
    )]
    InternalError,
}
