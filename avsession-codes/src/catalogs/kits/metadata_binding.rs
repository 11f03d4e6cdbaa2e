// Metadata Binding Error Codes: the catalog `MetadataBindingError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Metadata Binding Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Metadata Binding",
    title = "Metadata Binding Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 32100000..=32199999,
    layout = "# {title}\n<!--Kit: Multimodal Awareness Kit-->\n<!--Subsystem: Msdp-->\n<!--Owner: @codexu62-->\n<!--Designer: @yuxiaoyang-->\n<!--Tester: @zhaodengqi-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/metadata_binding.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "记忆链接错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n<!--Kit: Multimodal Awareness Kit-->\n<!--Subsystem: Msdp-->\n<!--Owner: @codexu62-->\n<!--Designer: @yuxiaoyang-->\n<!--Tester: @zhaodengqi-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum MetadataBindingError {
    /// File Creation Failed (32100001).
    ///
    /// This error code is reported if a service error occurs when a certain metadataBinding API is called.
    #[code(
        32100001,
        title = "File Creation Failed",
        message = "Internal handling failed. File creation failed.",
        description = "This error code is reported if a service error occurs when a certain metadataBinding API is called.",
        cause = "The service is abnormal.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive retries, return the original image.",
        layout = "\n## {code} {title} \n**Error Message** \n{message}  \n\n**Symptom** \n{description} \n\n**Possible Cause** \n{cause} \n\n**Solution**\n1. {solution} \n2. {solution} \n"
    )]
    #[translation(
        "zh-CN",
        title = "文件创建失败",
        message = "Internal handling failed.",
        description = "当调用记忆链接模块接口时，若服务异常，会报此错误码。",
        cause = "服务状态异常。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试，返回原始图片文件。",
        layout = "\n## {code} {title}  \n**错误信息**  \n{message}\n\n**错误描述**  \n{description}  \n\n**可能原因**  \n{cause}  \n\n**处理步骤**\n1. {solution}  \n2. {solution}  \n"
    )]
    FileCreationFailed,
    /// Encoding Failed (32100002).
    ///
    /// This error code is reported if the **encodeImage** API fails because of an algorithm error.
    #[code(
        32100002,
        title = "Encoding Failed",
        message = "Encoding failed. Possible causes: 1. Image processing error; 2. Channel coding error.",
        description = "This error code is reported if the **encodeImage** API fails because of an algorithm error.",
        cause = "Algorithm execution fails because of memory allocation failures or other reasons.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive retries, return the original image.",
        layout = "\n\n## {code} {title} \n**Error Message** \n{message} \n\n**Symptom** \n{description}\n\n**Possible Cause** \n{cause} \n\n**Procedure** \n1. {solution} \n2. {solution} \n"
    )]
    #[translation(
        "zh-CN",
        title = "编码程序执行失败",
        description = "调用记忆链接编码接口encodeImage时，若因为算法原因编码失败，会报此错误码。",
        cause = "算法流程执行时内存申请失败，或其他原因导致计算失败。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试，返回原始图片文件。",
        layout = "\n<!--Del-->\n## {code} {title}  \n**错误信息**  \n{message} \n\n**错误描述**  \n{description}\n\n**可能原因**  \n{cause}  \n\n**处理步骤**  \n1. {solution}  \n2. {solution}  \n"
    )]
    EncodingFailed,
    /// Decoding Failed (32100003).
    ///
    /// This error code is reported if the **decodeImage** API fails because of an algorithm error.
    #[code(
        32100003,
        title = "Decoding Failed",
        message = "Decoding Failed",
        description = "This error code is reported if the **decodeImage** API fails because of an algorithm error.",
        cause = "Algorithm execution fails because of memory allocation failures or other reasons.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive retries, return an empty link.",
        layout = "\n## {code} {title} \n**Error Code Information** \nDecoding failed. Possible causes: 1. Image not encoded; 2. Image destroyed. \n\n**Symptom** \n{description}\n\n**Possible Cause** \n{cause} \n\n**Procedure** \n1. {solution} \n2. {solution} \n"
    )]
    #[translation(
        "zh-CN",
        title = "解码程序执行失败",
        message = "解码程序执行失败",
        description = "当调用记忆链接解码接口decodeImage时，若因为算法原因导致解码失败，会报此错误码。",
        cause = "算法流程执行时内存申请失败，或其他原因导致计算失败。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试，返回空链接。",
        layout = "\n## {code} {title}  \n**错误码信息**  \nDecoding failed. Possible causes: 1. Image not encoded; 2. Image destroyed. \n\n**错误描述**  \n{description}\n\n**可能原因**  \n{cause}  \n\n**处理步骤**  \n1. {solution}  \n2. {solution}  \n<!--DelEnd-->  \n"
    )]
    DecodingFailed,
    /// Subscription Failed (32100004).
    ///
    /// This error code is reported if subscription fails when the **on** API of the **metadataBinding** module is called.
    #[code(
        32100004,
        title = "Subscription Failed",
        message = "Subscription Failed",
        description = "This error code is reported if subscription fails when the **on** API of the **metadataBinding** module is called.",
        cause = "Subscription to change events has failed.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive times, stop the retry.",
        layout = "\n\n## {code} {title} \n**Error Code Information** \nSubscription failed. Possible causes: 1. Abnormal system capability; 2. IPC exception; 3. Algorithm loading exception. \n\n**Symptom** \n{description}\n\n**Possible Cause** \n{cause} \n\n**Procedure** \n1. {solution}\n2. {solution}  \n"
    )]
    #[translation(
        "zh-CN",
        title = "订阅失败",
        message = "Subscription failed. Possible causes: 1. Abnormal system capability; 2. IPC exception; 3. Algorithm loading exception.",
        description = "当调用metadataBinding模块on接口时，若订阅失败，会报此错误码。",
        cause = "订阅异常。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试。",
        layout = "\n\n## {code} {title}  \n**错误信息**  \n{message} \n\n**错误描述**  \n{description}\n\n**可能原因**  \n{cause}  \n\n**处理步骤**  \n1. {solution}\n2. {solution}  \n"
    )]
    SubscriptionFailed,
    /// Unsubscription Failed (32100005).
    ///
    /// This error code is reported if unsubscription fails when the **off** API of the **metadataBinding** module is called.
    #[code(
        32100005,
        title = "Unsubscription Failed",
        message = "Unsubscription Failed",
        description = "This error code is reported if unsubscription fails when the **off** API of the **metadataBinding** module is called.",
        cause = "Unsubscription from change events has failed.",
        solution = "Retry the operation at a specified interval (for example, 1s) or at an exponential increase interval.",
        solution = "If the operation fails for three consecutive times, stop the retry.",
        layout = "\n## {code} {title} \n\n**Error Code Information** \nUnsubscription failed. Possible causes: 1. Abnormal system capability; 2. IPC exception. \n\n**Symptom** \n{description} \n\n**Possible Cause** \n{cause} \n\n**Solution**\n1. {solution}\n2. {solution} \n"
    )]
    #[translation(
        "zh-CN",
        title = "取消订阅失败",
        message = "取消订阅失败",
        description = "当调用metadataBinding模块off接口时，若取消订阅失败，会报此错误码。",
        cause = "取消订阅异常。",
        solution = "定时重试操作，如间隔1s或者按照指数增长间隔重试。",
        solution = "连续重试3次不可用则停止尝试。",
        layout = "\n## {code} {title}  \n\n**错误码信息**  \nUnsubscription failed. Possible causes: 1. Abnormal system capability; 2. IPC exception. \n\n**错误描述**  \n{description}  \n\n**可能原因**  \n{cause}  \n\n**处理步骤**\n1. {solution}\n2. {solution}"
    )]
    UnsubscriptionFailed,
}
