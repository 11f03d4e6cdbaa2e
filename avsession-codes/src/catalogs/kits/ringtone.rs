// Ringtone Error Codes: the catalog `RingtoneError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Ringtone Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Ringtone",
    title = "Ringtone Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 20700000..=20799999,
    layout = "# {title}\n<!--Kit: Audio Kit-->\n<!--Subsystem: Multimedia-->\n<!--Owner: @songshenke-->\n<!--Designer: @caixuejiang; @hao-liangfei; @zhanganxiang-->\n<!--Tester: @Filger-->\n<!--Adviser: @w_Machine_cc-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/ringtone.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "Ringtone错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Audio Kit-->\n<!--Subsystem: Multimedia-->\n<!--Owner: @songshenke-->\n<!--Designer: @caixuejiang; @hao-liangfei; @zhanganxiang-->\n<!--Tester: @Filger-->\n<!--Adviser: @w_Machine_cc-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum RingtoneError {
    /// Error code 20700001.
    ///
    /// This error code is reported if the tone type passed in the API does not match the expected type.
    #[code(
        20700001,
        message = "Tone type mismatch.",
        description = "This error code is reported if the tone type passed in the API does not match the expected type.",
        cause = "Incorrect input parameter, such as providing a tone path for an alarm instead of a notification tone.",
        solution = "Pass the correct tone path in the API."
    )]
    #[translation(
        "zh-CN",
        description = "调用接口时，传入的铃声类型不匹配。",
        cause = "入参错误，比如传入的铃声路径需要是通知铃声的，而不是闹钟的。",
        solution = "根据接口文档，传入正确的铃声路径。"
    )]
    ToneTypeMismatch,
    /// Parameter Check Failed (20700002).
    ///
    /// This error code is reported if a certain parameter passed in the API is invalid.
    #[code(
        20700002,
        title = "Parameter Check Failed",
        message = "Parameter check error.",
        description = "This error code is reported if a certain parameter passed in the API is invalid.",
        cause = "The parameter is invalid. For example, the parameter value is not within the range supported.",
        solution = "Pass the correct parameters in the API."
    )]
    #[translation(
        "zh-CN",
        title = "参数检查失败",
        description = "调用接口时，传入的参数无效。",
        cause = "参数无效，比如值不在边界范围内，没有使用指定的枚举范围等。",
        solution = "根据接口文档，传入正确的入参。"
    )]
    ParameterCheckFailed,
    /// Operation Not Supported (20700003).
    ///
    /// This error code is reported if the current operation is not supported when the API is called.
    #[code(
        20700003,
        title = "Operation Not Supported",
        message = "Unsupported operation.",
        description = "This error code is reported if the current operation is not supported when the API is called.",
        cause = "The device does not support the capability, such as lacking vibration support.",
        solution = "Call the API based on the device capability."
    )]
    #[translation(
        "zh-CN",
        title = "操作不支持",
        description = "调用接口时，不支持当前操作。",
        cause = "能力不支持，比如当前设备不支持振动。",
        solution = "根据设备能力情况进行调用。"
    )]
    OperationNotSupported,
    /// Data Size Exceeds the Upper Limit (20700004).
    ///
    /// This error code is reported if the data size exceeds the upper limit.
    #[code(
        20700004,
        title = "Data Size Exceeds the Upper Limit",
        message = "Data size exceeds the limit.",
        description = "This error code is reported if the data size exceeds the upper limit.",
        cause = "The size of the custom video tone file is too large.",
        solution = "Verify the file size and ensure that the file size does not exceed the upper limit."
    )]
    #[translation(
        "zh-CN",
        title = "数据大小超过限制",
        description = "数据大小超过限制。",
        cause = "添加自定义视频铃音文件时，自定义铃音文件超大。",
        solution = "开发者校验文件大小，不要超过文件大小上限。"
    )]
    DataSizeExceedsUpperLimit,
    /// File Count Exceeds the Upper Limit (20700005).
    ///
    /// This error code is reported if the number of files exceeds the upper limit.
    #[code(
        20700005,
        title = "File Count Exceeds the Upper Limit",
        message = "The number of files exceeds the limit.",
        description = "This error code is reported if the number of files exceeds the upper limit.",
        cause = "Too many custom video tone files are added.",
        solution = "Ask the user to delete some existing video tones before adding new custom tones."
    )]
    #[translation(
        "zh-CN",
        title = "文件个数超过限制",
        description = "文件数量超限。",
        cause = "添加了过多的自定义视频铃音。",
        solution = "开发者提示用户删除已有的视频铃音后，再新增其他自定义铃音。"
    )]
    FileCountExceedsUpperLimit,
    /// Insufficient ROM Space (20700006).
    ///
    /// This error code is reported if the available ROM storage space is insufficient.
    #[code(
        20700006,
        title = "Insufficient ROM Space",
        message = "Insufficient ROM space.",
        description = "This error code is reported if the available ROM storage space is insufficient.",
        cause = "The ROM space of the user is insufficient.",
        solution = "Ask the user to delete other data before using the feature."
    )]
    #[translation(
        "zh-CN",
        title = "ROM空间不足",
        description = "ROM存储空间不足。",
        cause = "用户本地ROM空间不足。",
        solution = "开发者提示用户，删除其他数据后，再使用功能。"
    )]
    InsufficientRomSpace,
    /// Invalid Parameter (20700007).
    ///
    /// This error code is reported if an input parameter is invalid.
    #[code(
        20700007,
        title = "Invalid Parameter",
        message = "Invalid parameter.",
        description = "This error code is reported if an input parameter is invalid.",
        cause = "The input parameter to the function is invalid, such as being too long.",
        solution = "Verify the input parameters before calling the function."
    )]
    #[translation(
        "zh-CN",
        title = "参数无效",
        description = "参数无效。",
        cause = "函数入参无效，如超长等。",
        solution = "开发者校验入参后再调用。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    InvalidParameter,
}
