// DrawableDescriptor Error Codes: the catalog `DrawableDescriptorError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// DrawableDescriptor Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "DrawableDescriptor",
    title = "DrawableDescriptor Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @liyujie43-->\n<!--Designer: @weixin_52725220-->\n<!--Tester: @xiong0104-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/drawable_descriptor.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "DrawableDescriptor错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @liyujie43-->\n<!--Designer: @weixin_52725220-->\n<!--Tester: @xiong0104-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum DrawableDescriptorError {
    /// Internal Error (111001).
    ///
    /// This error code is reported when resource loading fails.
    #[code(
        111001,
        title = "Internal Error",
        message = "resource loading failed.",
        description = "This error code is reported when resource loading fails.",
        cause = "The path does not exist, the resource does not exist, or the file is corrupted.",
        solution = "Check whether the resource exists or whether the file is corrupted."
    )]
    #[translation(
        "zh-CN",
        title = "资源加载失败",
        description = "该错误码在资源加载失败时被触发。",
        cause = "路径不存在，资源不存在或者文件已损坏。",
        solution = "检查资源是否存在或文件是否损坏。"
    )]
    InternalError,
    /// Resource Released (111002).
    ///
    /// This error code is reported when the native memory referenced by **DrawableDescriptor** has been released. This error occurs when [getPixelMap](js-apis-arkui-drawableDescriptor.md#getpixelmap), [getForeground](js-apis-arkui-drawableDescriptor.md#getforeground), [getBackground](js-apis-arkui-drawableDescriptor.md#getbackground), [getMask](js-apis-arkui-drawableDescriptor.md#getmask), [loadSync](js-apis-arkui-drawableDescriptor.md#loadsync21), or [load](js-apis-arkui-drawableDescriptor.md#load21) is called after [release](js-apis-arkui-drawableDescriptor.md#release) is called to release resources.
    #[code(
        111002,
        title = "Resource Released",
        message = "The native memory referenced by the drawableDescriptor has been released.",
        description = "This error code is reported when the native memory referenced by **DrawableDescriptor** has been released. This error occurs when [getPixelMap](js-apis-arkui-drawableDescriptor.md#getpixelmap), [getForeground](js-apis-arkui-drawableDescriptor.md#getforeground), [getBackground](js-apis-arkui-drawableDescriptor.md#getbackground), [getMask](js-apis-arkui-drawableDescriptor.md#getmask), [loadSync](js-apis-arkui-drawableDescriptor.md#loadsync21), or [load](js-apis-arkui-drawableDescriptor.md#load21) is called after [release](js-apis-arkui-drawableDescriptor.md#release) is called to release resources.",
        cause = "After calling [release](js-apis-arkui-drawableDescriptor.md#release) to release the resource of **DrawableDescriptor**, other APIs of the object are called.",
        solution = "Before calling APIs such as **getPixelMap**, use [isReleased](js-apis-arkui-drawableDescriptor.md#isreleased) to check whether the object has been released.",
        solution = "Do not use the **DrawableDescriptor** object after calling [release](js-apis-arkui-drawableDescriptor.md#release)."
    )]
    ResourceReleased,
}
