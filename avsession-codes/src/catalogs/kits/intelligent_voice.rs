// Intelligent Voice Error Codes: the catalog `IntelligentVoiceError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Intelligent Voice Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Intelligent Voice",
    title = "Intelligent Voice Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 22700000..=22799999,
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: AI-->\n<!--Owner: @y00416036-->\n<!--Designer: @jinjunwen-->\n<!--Tester: @gx1016-->\n<!--Adviser: @fang-jinxu-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Error Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/intelligent_voice.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "智能语音错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: AI-->\n<!--Owner: @y00416036-->\n<!--Designer: @jinjunwen-->\n<!--Tester: @gx1016-->\n<!--Adviser: @fang-jinxu-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum IntelligentVoiceError {
    /// Insufficient Memory (22700101).
    ///
    /// This error code is reported if a memory allocation failure or null pointer occurs when an API is called.
    #[code(
        22700101,
        title = "Insufficient Memory",
        message = "No memory.",
        description = "This error code is reported if a memory allocation failure or null pointer occurs when an API is called.",
        cause = "The system does not have sufficient memory for mapping.",
        cause = "Invalid instances are not destroyed in time to release the memory.",
        solution = "Stop the current operation or suspend other applications to free up memory.",
        solution = "Clear invalid instances to free up memory, and then create new instances as needed. If the problem persists, stop related operations."
    )]
    #[translation(
        "zh-CN",
        title = "内存不足",
        description = "调用接口时，分配内存失败或者出现空指针。",
        cause = "系统内存压力大，没有足够的内存用来映射。",
        cause = "对于失效的实例，没有及时销毁释放内存。",
        solution = "停止当前操作，或者暂停其他的应用，以保证当前业务有可用内存。",
        solution = "主动清空失效的实例，释放内存后再重新创建实例，仍然失败，则停止相关操作。"
    )]
    InsufficientMemory,
    /// Invalid Parameter (22700102).
    ///
    /// This error code is reported if a certain parameter passed in the API is invalid.
    #[code(
        22700102,
        title = "Invalid Parameter",
        message = "Invalid parameter.",
        description = "This error code is reported if a certain parameter passed in the API is invalid.",
        cause = "The parameter is invalid. For example, the parameter value is not within the range supported.",
        solution = "Pass the correct parameters in the API."
    )]
    #[translation(
        "zh-CN",
        title = "无效入参",
        description = "调用接口时，传入的参数无效。",
        cause = "参数无效，比如值不在边界范围内，没有使用指定的枚举范围等。",
        solution = "根据接口文档，传入正确的入参。"
    )]
    InvalidParameter,
    /// Initialization Failed (22700103).
    ///
    /// This error code is reported if an error occurs while the enrollment engine is initialized.
    #[code(
        22700103,
        title = "Initialization Failed",
        message = "Init failed.",
        description = "This error code is reported if an error occurs while the enrollment engine is initialized.",
        cause = "Repeated initialization.",
        cause = "Lack of resources for initialization of the enrollment engine.",
        solution = "Avoid performing initialization repeatedly.",
        solution = "Ensure that the resources required for initialization, such as acoustic model files, are ready."
    )]
    #[translation(
        "zh-CN",
        title = "初始化失败",
        description = "调用引擎的初始化接口时，返回初始化失败。",
        cause = "重复初始化。",
        cause = "没有注册初始化所需要的资源。",
        solution = "不要重复初始化。",
        solution = "确认注册初始化需要的资源（声学模型文件等）已经完备。"
    )]
    InitializationFailed,
    /// Enrollment Commit Failure (22700104).
    ///
    /// This error code is reported if the attempt to call [commit()](js-apis-intelligentVoice-sys.md#commit) fails.
    #[code(
        22700104,
        title = "Enrollment Commit Failure",
        message = "Failed to commit the enrollment.",
        description = "This error code is reported if the attempt to call [commit()](js-apis-intelligentVoice-sys.md#commit) fails.",
        cause = "The specified number of enrollment procedures are not completed.",
        solution = "Commit the enrollment after the specified number of enrollment procedures are completed."
    )]
    #[translation(
        "zh-CN",
        title = "确认注册结果失败",
        description = "调用注册引擎的确认注册结果接口commit()时，返回失败。",
        cause = "没有完成指定次数的注册流程。",
        solution = "根据界面上要求的注册次数注册完成后再确认注册结果。"
    )]
    EnrollmentCommitFailure,
    /// Failed to Start the Capturer (22700105).
    ///
    /// This error code is reported if the attempt to start the capturer by using [startCapturer()](js-apis-intelligentVoice-sys.md#startcapturer12) fails.
    #[code(
        22700105,
        title = "Failed to Start the Capturer",
        message = "Start capturer failed.",
        description = "This error code is reported if the attempt to start the capturer by using [startCapturer()](js-apis-intelligentVoice-sys.md#startcapturer12) fails.",
        cause = "The audio recording service has been stopped.",
        solution = "Stop the capturer. Start it upon next wakeup."
    )]
    #[translation(
        "zh-CN",
        title = "启动捕获器失败",
        description = "启动捕获器startCapturer()时，返回失败。",
        cause = "底层服务录音流已经停止，导致启动捕获器失败。",
        solution = "停止捕获器，当前处理失败，待下次唤醒后再启动捕获器。"
    )]
    FailedToStartCapturer,
    /// Failed to Read Data (22700106).
    ///
    /// This error code is reported if the attempt to start the capturer to read data by calling [read()](js-apis-intelligentVoice-sys.md#read12) fails.
    #[code(
        22700106,
        title = "Failed to Read Data",
        message = "Read failed.",
        description = "This error code is reported if the attempt to start the capturer to read data by calling [read()](js-apis-intelligentVoice-sys.md#read12) fails.",
        cause = "Starting the capturer fails.",
        cause = "Data reading times out.",
        solution = "Stop the capturer. Call [read()](js-apis-intelligentVoice-sys.md#read12) to read data upon next wakeup."
    )]
    #[translation(
        "zh-CN",
        title = "读取数据失败",
        description = "启动捕获器，读取数据read()时，返回失败。",
        cause = "启动捕获器失败，导致读取数据失败。",
        cause = "数据读取超时，返回读取数据失败。",
        solution = "停止捕获器，当前处理失败，待下次唤醒后再读取数据。"
    )]
    FailedToReadData,
    /// System Error (22700107).
    ///
    /// This error code is reported if the system encounters an error.
    #[code(
        22700107,
        title = "System Error",
        message = "System error.",
        description = "This error code is reported if the system encounters an error.",
        cause = "The system processing is abnormal, for example, system service restart or IPC exceptions.",
        solution = "Create the service again."
    )]
    #[translation(
        "zh-CN",
        title = "系统错误",
        description = "系统异常，返回失败。",
        cause = "系统处理异常，比如系统服务重启、跨进程调用异常等。",
        solution = "系统内部通用错误，出现的情况不明确，建议尝试重新创建业务。"
    )]
    SystemError,
}
