// Video Component Error Codes: the catalog `VideoComponentError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Video Component Error Codes.
///
/// This topic describes only module-specific error codes. For details about media error codes, see [Media Error Codes](../apis-media-kit/errorcode-media.md). For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Video Component",
    title = "Video Component Error Codes",
    note = "This topic describes only module-specific error codes. For details about media error codes, see [Media Error Codes](../apis-media-kit/errorcode-media.md). For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @sd-wu-->\n<!--Designer: @sunbees-->\n<!--Tester: @liuli0427-->\n<!--Adviser: @HelloCrease-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/video.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "Video组件错误码",
    note = "以下仅介绍本模块特有错误码，媒体错误码请参考[媒体错误码](../apis-media-kit/errorcode-media.md)，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @sd-wu-->\n<!--Designer: @sunbees-->\n<!--Tester: @liuli0427-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum VideoComponentError {
    /// Failed to Create the Player (103601).
    ///
    /// This error code is reported when the player fails to be created.
    #[code(
        103601,
        title = "Failed to Create the Player",
        message = "Failed to create the media player.",
        description = "This error code is reported when the player fails to be created.",
        cause = "The media service does not exist, or the memory is insufficient.",
        solution = "Destroy the current instance and re-create an instance. If re-creation fails, stop the related operations."
    )]
    #[translation(
        "zh-CN",
        title = "播放器创建失败",
        description = "播放器创建失败。",
        cause = "媒体服务不存在，或因内存不足导致创建失败。",
        solution = "销毁当前实例，并重新创建，如果重新创建失败，则停止相关操作。"
    )]
    FailedToCreatePlayer,
    /// Invalid Video Resource (103602).
    ///
    /// This error code is reported when the configured video source is invalid.
    #[code(
        103602,
        title = "Invalid Video Resource",
        message = "Not a valid source.",
        description = "This error code is reported when the configured video source is invalid.",
        cause = "The system cannot locate the resource file, or the resource file is corrupted.",
        solution = "Ensure that the resource file exists and is intact, and then reset the video source for the **Video** component."
    )]
    #[translation(
        "zh-CN",
        title = "视频资源设置无效",
        description = "视频资源设置无效。",
        cause = "系统找不到资源文件，或资源文件异常。",
        solution = "确保资源文件存在且正常，再重新设置Video组件的视频源。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    InvalidVideoResource,
}
