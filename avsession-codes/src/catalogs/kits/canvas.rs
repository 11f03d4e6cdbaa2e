// Canvas Component Error Codes: the catalog `CanvasComponentError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Canvas Component Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Canvas Component",
    title = "Canvas Component Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @camlostshi-->\n<!--Designer: @fenglinbailu-->\n<!--Tester: @liuli0427-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/canvas.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "Canvas组件错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @ZhangYu-Coder-->\n<!--Designer: @sunbees-->\n<!--Tester: @liuli0427-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}\n"
)]
pub enum CanvasComponentError {
    /// Parameter Error (103701).
    ///
    /// This error code is reported when invalid or incorrect parameters are passed to the API.
    #[code(
        103701,
        title = "Parameter Error",
        message = "Parameter error.",
        description = "This error code is reported when invalid or incorrect parameters are passed to the API.",
        cause = "Refer to the specific documentation of the API that triggers this error.",
        solution = "Provide correct parameters as specified in the API documentation."
    )]
    #[translation(
        "zh-CN",
        title = "参数错误",
        description = "参数错误。",
        cause = "参考报错接口的说明。",
        solution = "传入正确的参数。"
    )]
    ParameterError,
    /// Drawing Context Is Not Bound to Any Canvas Component (103702).
    ///
    /// This error code is reported when the current drawing context is not bound to any **Canvas** component.
    #[code(
        103702,
        title = "Drawing Context Is Not Bound to Any Canvas Component",
        message = "The drawingContext is not bound to a canvas component.",
        description = "This error code is reported when the current drawing context is not bound to any **Canvas** component.",
        cause = "The current drawing context is not bound to any **Canvas** component.",
        solution = "Bind the drawing context to a **Canvas** component and then call the [getContext2DFromDrawingContext](./arkui-ts/ts-canvasrenderingcontext2d.md#getcontext2dfromdrawingcontext23) method."
    )]
    #[translation(
        "zh-CN",
        title = "绘制上下文未绑定Canvas组件",
        description = "当前绘制上下文未绑定任何Canvas组件。",
        cause = "当前绘制上下文没有绑定任何Canvas组件。",
        solution = "将绘制上下文绑定至一个Canvas组件后再调用[getContext2DFromDrawingContext](./arkui-ts/ts-canvasrenderingcontext2d.md#getcontext2dfromdrawingcontext23)方法。"
    )]
    DrawingContextIsNotBoundToAnyCanvasComponent,
    /// OffscreenCanvas Detached from the Tree (103704).
    ///
    /// This error code is reported when [OffscreenCanvas](./arkui-ts/ts-components-offscreencanvas.md) is detached from the tree.
    #[code(
        103704,
        title = "OffscreenCanvas Detached from the Tree",
        message = "OffscreenCanvas object is detached.",
        description = "This error code is reported when [OffscreenCanvas](./arkui-ts/ts-components-offscreencanvas.md) is detached from the tree.",
        cause = "The current operation is not supported because **OffscreenCanvas** has been detached from the tree.",
        solution = "Attach the current node to the tree before performing the operation."
    )]
    OffscreenCanvasDetachedFromTree,
}
