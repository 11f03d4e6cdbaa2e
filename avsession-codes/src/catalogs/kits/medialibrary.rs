// Media Library Error Codes: the catalog `MediaLibraryError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Media Library Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Media Library",
    title = "Media Library Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 23800000..=23899999,
    layout = "# {title}\n<!--Kit: Media Library Kit-->\n<!--Subsystem: Multimedia-->\n<!--Owner: @yixiaoff-->\n<!--Designer: @liweilu1-->\n<!--Tester: @xchaosioda-->\n<!--Adviser: @w_Machine_cc-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/medialibrary.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "媒体库错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Media Library Kit-->\n<!--Subsystem: Multimedia-->\n<!--Owner: @yixiaoff-->\n<!--Designer: @liweilu1-->\n<!--Tester: @xchaosioda-->\n<!--Adviser: @w_Machine_cc-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum MediaLibraryError {
    /// Context Is Empty or Invalid (23800107).
    ///
    /// This error code is reported if the context object does not exist or is empty.
    #[code(
        23800107,
        title = "Context Is Empty or Invalid",
        message = "Context is invalid.",
        description = "This error code is reported if the context object does not exist or is empty.",
        cause = "The context object does not exist.",
        solution = "Use the correct context.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "context为空或者无效",
        description = "上下文对象不存在或者为空时，方法会返回错误码。",
        cause = "上下文对象不存在。",
        solution = "请检查上下文对象是否可用。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    ContextIsEmptyOrInvalid,
    /// System Internal Error (23800301).
    ///
    /// C API: `MEDIA_LIBRARY_INTERNAL_SYSTEM_ERROR`.
    ///
    /// This error code is reported if an internal error occurs in the media library.
    #[code(
        23800301,
        title = "System Internal Error",
        message = "MediaLibrary inner fail.",
        description = "This error code is reported if an internal error occurs in the media library.",
        cause = "Failed to create reference.",
        cause = "Failed to create instance.",
        cause = "Failed to get undefined value.",
        cause = "Failed to get callback info.",
        cause = "Failed to bind native object to JavaScript object.",
        cause = "Failed to unwrap native object.",
        cause = "Failed to create Boolean value.",
        cause = "Failed to get int32 value.",
        cause = "Failed to initialize data field.",
        cause = "Failed to initialize error field.",
        cause = "Failed to get argument type.",
        cause = "Failed to check argument type.",
        cause = "Failed to create PhotoAlbumNapi.",
        cause = "Failed to add property.",
        cause = "Failed to get fetch option.",
        cause = "Invalid fetch columns.",
        cause = "Failed to check array type.",
        cause = "Failed to get array length.",
        cause = "Failed to get array element.",
        solution = "Clear the background or restart the device.",
        since = 12,
        constant = "MEDIA_LIBRARY_INTERNAL_SYSTEM_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        description = "媒体库内部错误。",
        cause = "创建构造函数引用失败（Failed to create reference）。",
        cause = "实例创建失败（Failed to create instance）。",
        cause = "无法获取undefined值（Failed to get undefined value）。",
        cause = "回调信息获取失败（Failed to get callback info）。",
        cause = "无法将原生对象绑定到JS对象（Failed to bind native object to JavaScript object）。",
        cause = "原生对象解包失败（Failed to unwrap native object）。",
        cause = "布尔值创建失败（Failed to create Boolean value）。",
        cause = "int32值获取失败（Failed to get int32 value）。",
        cause = "返回数据初始化失败（Failed to initialize data field）。",
        cause = "返回错误信息初始化失败（Failed to initialize error field）。",
        cause = "获取参数类型失败（Failed to get argument type）。",
        cause = "参数类型校验失败（Failed to check argument type）。",
        cause = "创建PhotoAlbumNapi失败（Failed to create PhotoAlbumNapi）。",
        cause = "JS对象添加属性失败（Failed to add property）。",
        cause = "无法获取提取选项（Failed to get fetch option）。",
        cause = "无效的相册列（Invalid fetch columns）。",
        cause = "数组类型校验失败（Failed to check array type）。",
        cause = "获取数组长度失败（Failed to get array length）。",
        cause = "获取数组元素失败（Failed to get array element）。",
        solution = "清理后台或重启设备。"
    )]
    SystemInternalError,
    /// Failed to Verify Scene Parameters (23800151).
    ///
    /// This error code is reported if a parameter is abnormal.
    #[code(
        23800151,
        title = "Failed to Verify Scene Parameters",
        message = "Invalid parameter.",
        description = "This error code is reported if a parameter is abnormal.",
        cause = "Mandatory parameters do not meet the specified range.",
        cause = "The provided record already exists.",
        cause = "The number of provided records exceeds the maximum allowed.",
        solution = "Check the parameter values and ensure they meet the required criteria."
    )]
    #[translation(
        "zh-CN",
        title = "场景参数校验不通过",
        description = "参数异常。",
        cause = "必选参数范围不满足要求。",
        cause = "传入的记录已存在。",
        cause = "传入的记录数量超过最大数量。",
        solution = "检查参数赋值或者参数长度。"
    )]
    FailedToVerifySceneParameters,
    /// Input Parameter Verification Failure (23800104).
    ///
    /// C API: `MEDIA_LIBRARY_INVALID_PHOTO_KEY`.
    ///
    /// This error code is reported if a parameter is abnormal.
    #[code(
        23800104,
        title = "Input Parameter Verification Failure",
        message = "Invalid input parameter.",
        description = "This error code is reported if a parameter is abnormal.",
        cause = "This error code is reported if the parameter is not within the range of the [PhotoKeys](arkts-apis-photoAccessHelper-e.md#photokeys) enum.",
        solution = "Ensure that the input parameter is within the range of the PhotoKeys enum.",
        since = 12,
        constant = "MEDIA_LIBRARY_INVALID_PHOTO_KEY",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "传入参数校验不通过",
        description = "参数异常。",
        cause = "参数不在[PhotoKeys](arkts-apis-photoAccessHelper-e.md#photokeys)枚举范围之内。",
        solution = "检查传入参数是否在PhotoKeys枚举范围之内。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InputParameterVerificationFailure,
    /// Invalid Scenario Call (23800202).
    ///
    /// An error occurs due to an invalid scenario.
    #[code(
        23800202,
        title = "Invalid Scenario Call",
        message = "Invalid call context. Possible causes: 1. The API is called outside the photo browsing scenario. 2. The API is called when isMovingPhotoBadgeShown is already set to true.",
        description = "An error occurs due to an invalid scenario.",
        cause = "This API is called in a non-full image browsing scenario.",
        cause = "This API is called when [BaseSelectOptions.isMovingPhotoBadgeShown](arkts-apis-photoAccessHelper-class.md#baseselectoptions) is set to **true**.",
        solution = "Check the usage scenario of the [setMovingPhotoState](ohos-file-PhotoPickerComponent.md#setmovingphotostate23) API."
    )]
    #[translation(
        "zh-CN",
        title = "非法场景调用错误",
        description = "非法场景调用错误。",
        cause = "在非全图浏览场景下调用该接口。",
        cause = "在已经配置[BaseSelectOptions.isMovingPhotoBadgeShown](arkts-apis-photoAccessHelper-class.md#baseselectoptions)为true的情况下调用该接口。",
        solution = "检查接口[setMovingPhotoState](ohos-file-PhotoPickerComponent.md#setmovingphotostate23)的使用场景。"
    )]
    InvalidScenarioCall,
}
