// Video Processing Engine Error Codes: the catalog `VideoProcessingEngineError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Video Processing Engine Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Video Processing Engine",
    title = "Video Processing Engine Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 29200000..=29299999,
    layout = "# {title}\n\n<!--Kit: Image Kit-->\n<!--Subsystem: Multimedia-->\n<!--Owner: @xjtu_liushang-->\n<!--Designer: @changjiuy-->\n<!--Tester: @yangwang01-->\n<!--Adviser: @w_Machine_cc-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Handling Procedure**\n\nCheck the log for details.\n",
    lock = "locks/videoprocessingengine.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "视频处理引擎错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码。",
    layout = "# {title}\n\n<!--Kit: Image Kit-->\n<!--Subsystem: Multimedia-->\n<!--Owner: @zy_194-->\n<!--Designer: @gongzheng92-->\n<!--Tester: @gongzheng92-->\n<!--Adviser: @w_Machine_cc-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum VideoProcessingEngineError {
    /// Unknown Error (29200001).
    ///
    /// C API: `IMAGE_PROCESSING_ERROR_UNKNOWN`.
    ///
    /// An unknown error occurs. For example, GPU computation fails or content copy fails.
    #[code(
        29200001,
        title = "Unknown Error",
        message = "Some unknown error occurred, such as GPU calculation failure or memcpy failure.",
        description = "An unknown error occurs. For example, GPU computation fails or content copy fails.",
        cause = "GPU computation fails.",
        cause = "Content copy fails.",
        since = 13,
        constant = "IMAGE_PROCESSING_ERROR_UNKNOWN",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Handling Procedure**\n\n1. Check whether the resources have been initialized.\n2. Check whether the memory is valid.\n"
    )]
    #[translation(
        "zh-CN",
        title = "未知错误",
        description = "发生了一些未知错误。例如，GPU计算失败或内容拷贝失败。",
        cause = "GPU计算失败。",
        cause = "内容拷贝失败。",
        solution = "检查资源是否已经初始化。",
        solution = "检查内存是否有效。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    UnknownError,
    /// Initialization Failure (29200002).
    ///
    /// C API: `IMAGE_PROCESSING_ERROR_INITIALIZE_FAILED`.
    ///
    /// Initialization of the global environment for image processing fails. For example, GPU environment initialization fails.
    #[code(
        29200002,
        title = "Initialization Failure",
        message = "The global environment initialization for image processing failed, such as failure to initialize the GPU environment.",
        description = "Initialization of the global environment for image processing fails. For example, GPU environment initialization fails.",
        cause = "GPU initialization fails.",
        since = 13,
        constant = "IMAGE_PROCESSING_ERROR_INITIALIZE_FAILED",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Handling Procedure**\n\nCheck the log for any GPU exceptions.\n"
    )]
    #[translation(
        "zh-CN",
        title = "初始化失败",
        description = "图像处理全局环境初始化失败。例如，初始化GPU环境失败。",
        cause = "GPU初始化失败。",
        solution = "查看log是否有GPU异常上报。"
    )]
    InitializationFailure,
    /// Creation Failure (29200003).
    ///
    /// C API: `IMAGE_PROCESSING_ERROR_CREATE_FAILED`.
    ///
    /// Creation of an image processing instance fails. For example, the number of instances exceeds the upper limit.
    #[code(
        29200003,
        title = "Creation Failure",
        message = "Failed to create image processing instance. For example, the number of instances exceeds the upper limit.",
        description = "Creation of an image processing instance fails. For example, the number of instances exceeds the upper limit.",
        cause = "Too many instances have been created.",
        since = 13,
        constant = "IMAGE_PROCESSING_ERROR_CREATE_FAILED",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Handling Procedure**\n\nReduce the number of instances created.\n"
    )]
    #[translation(
        "zh-CN",
        title = "创建失败",
        description = "创建图像处理实例失败。例如，实例数量超出上限。",
        cause = "创建实例过多。",
        solution = "减少创建实例的数目。"
    )]
    CreationFailure,
    /// Processing Failure (29200004).
    ///
    /// C API: `IMAGE_PROCESSING_ERROR_PROCESS_FAILED`.
    ///
    /// Processing the image buffer fails. For example, processing timed out.
    #[code(
        29200004,
        title = "Processing Failure",
        message = "Failed to process image buffer. For example, the processing times out.",
        description = "Processing the image buffer fails. For example, processing timed out.",
        cause = "Processing timed out.",
        since = 13,
        constant = "IMAGE_PROCESSING_ERROR_PROCESS_FAILED",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Handling Procedure**\n\nReduce the load.\n"
    )]
    #[translation(
        "zh-CN",
        title = "处理失败",
        description = "处理图像失败。例如，处理超时。",
        cause = "处理时间超时。",
        solution = "检查输入参数是否符合预期。"
    )]
    ProcessingFailure,
    /// Unsupported Operations (29200005).
    ///
    /// C API: `IMAGE_PROCESSING_ERROR_UNSUPPORTED_PROCESSING`.
    ///
    /// The processing is not supported. You can call **OH_ImageProcessing_Is*XXX*Supported** to check whether the capability is supported.
    #[code(
        29200005,
        title = "Unsupported Operations",
        message = "The processing is not supported. You may call OH_ImageProcessing_IsXXXSupported to check whether the capability is supported.",
        description = "The processing is not supported. You can call **OH_ImageProcessing_Is*XXX*Supported** to check whether the capability is supported.",
        cause = "The capability is not supported.",
        since = 13,
        constant = "IMAGE_PROCESSING_ERROR_UNSUPPORTED_PROCESSING"
    )]
    #[translation(
        "zh-CN",
        title = "不支持的处理",
        message = "The processing is not supported. You may call OH_ImageProcessing_IsSupported to check whether the capability is supported.",
        description = "不支持该处理。可以调用OH_ImageProcessing_IsSupported来检查是否支持该能力。",
        cause = "能力不支持。",
        solution = "检查log打印。"
    )]
    UnsupportedOperations,
    /// Operation Not Allowed (29200006).
    ///
    /// C API: `IMAGE_PROCESSING_ERROR_OPERATION_NOT_PERMITTED`.
    ///
    /// The operation is not permitted due to incorrect status.
    #[code(
        29200006,
        title = "Operation Not Allowed",
        message = "The operation is not permitted. This may be caused by incorrect status.",
        description = "The operation is not permitted due to incorrect status.",
        cause = "The status is abnormal.",
        since = 13,
        constant = "IMAGE_PROCESSING_ERROR_OPERATION_NOT_PERMITTED"
    )]
    #[translation(
        "zh-CN",
        title = "不被允许的操作",
        description = "不允许该操作。由于状态不正确造成。",
        cause = "状态异常。",
        solution = "检查log打印。"
    )]
    OperationNotAllowed,
    /// Insufficient Memory (29200007).
    ///
    /// C API: `IMAGE_PROCESSING_ERROR_NO_MEMORY`.
    ///
    /// The memory is insufficient.
    #[code(
        29200007,
        title = "Insufficient Memory",
        message = "Out of memory.",
        description = "The memory is insufficient.",
        cause = "The memory is insufficient.",
        since = 13,
        constant = "IMAGE_PROCESSING_ERROR_NO_MEMORY",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Handling Procedure**\n\nReduce memory allocation.\n"
    )]
    #[translation(
        "zh-CN",
        title = "内存不足",
        description = "内存不足。",
        cause = "内存不足。",
        solution = "减少内存申请。"
    )]
    InsufficientMemory,
    /// Invalid Instance (29200008).
    ///
    /// C API: `IMAGE_PROCESSING_ERROR_INVALID_INSTANCE`.
    ///
    /// The image processing instance is invalid, possibly due to a null instance.
    #[code(
        29200008,
        title = "Invalid Instance",
        message = "The image processing instance is invalid. This may be caused by null instance.",
        description = "The image processing instance is invalid, possibly due to a null instance.",
        cause = "Invalid instance.",
        since = 13,
        constant = "IMAGE_PROCESSING_ERROR_INVALID_INSTANCE",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Handling Procedure**\n\nCheck instance creation.\n"
    )]
    #[translation(
        "zh-CN",
        title = "实例无效",
        description = "图像处理实例无效。可能由于实例为空导致。",
        cause = "无效的实例。",
        solution = "检查实例的创建。"
    )]
    InvalidInstance,
    /// Invalid Value (29200009).
    ///
    /// C API: `IMAGE_PROCESSING_ERROR_INVALID_VALUE`.
    ///
    /// The input value is invalid. This error code is returned for all the following cases:
    ///
    /// 1. Invalid input or output image buffer: The image buffer width (height) is too large or the color space is incorrect.
    /// 2. Invalid parameter: The parameter does not contain valid information (for example, incorrect algorithm level).
    #[code(
        29200009,
        title = "Invalid Value",
        message = "Input value is invalid. This error is returned for all of the following error conditions:\n1. Invalid input or output image buffer - The image buffer width(height) is too large or colorspace is incorrect.\n2. Invalid parameter - The parameter does not contain valid information, such as detail enhancer level is incorrect.",
        description = "The input value is invalid. This error code is returned for all the following cases:\n\n1. Invalid input or output image buffer: The image buffer width (height) is too large or the color space is incorrect.\n2. Invalid parameter: The parameter does not contain valid information (for example, incorrect algorithm level).",
        cause = "The input or output resolution is too large or the color space is incorrect.",
        cause = "The algorithm level is incorrect.",
        since = 13,
        constant = "IMAGE_PROCESSING_ERROR_INVALID_VALUE",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Handling Procedure**\n\n1. Check the input and output resolutions and color spaces.\n2. Check the algorithm level.\n"
    )]
    #[translation(
        "zh-CN",
        title = "值无效",
        description = "输入值无效。以下所有错误情况都会返回此错误：\n\n1. 输入或输出图像缓冲区无效：图像缓冲区宽度（高度）过大或色彩空间不正确。\n2. 参数无效：参数不包含有效信息（例如，算法档位不正确）。",
        cause = "输入或输出分辨率过大或色彩空间异常。",
        cause = "算法档位错误。",
        solution = "检查输入输出的分辨率和色彩空间。",
        solution = "检查是否配置了算法档位。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n1. {solution}\n2. {solution}"
    )]
    InvalidValue,
}
