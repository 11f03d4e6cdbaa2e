// Drag Event Error Codes: the catalog `DragEventError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Drag Event Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Drag Event",
    title = "Drag Event Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @yihao-lin-->\n<!--Designer: @piggyguy-->\n<!--Tester: @songyanhong-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/drag_event.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "拖拽事件错误码",
    note = "本文档介绍拖拽事件模块特有的错误码，涵盖数据获取、操作阶段和数据加载过程中的常见异常，帮助开发者识别错误原因并采取对应的处理措施。通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @yihao-lin-->\n<!--Designer: @piggyguy-->\n<!--Tester: @songyanhong-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum DragEventError {
    /// Data Not Found (190001).
    ///
    /// This error code is reported when no data has been obtained using the [getData](./arkui-ts/ts-universal-events-drag-drop.md#getdata10) API of **DragEvent**.
    #[code(
        190001,
        title = "Data Not Found",
        message = "Data not found.",
        description = "This error code is reported when no data has been obtained using the [getData](./arkui-ts/ts-universal-events-drag-drop.md#getdata10) API of **DragEvent**.",
        cause = "The **DragEvent** data has not been obtained.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "数据未找到",
        description = "当开发者调用DragEvent的[getData](./arkui-ts/ts-universal-events-drag-drop.md#getdata10)接口时，若还未获取到数据，会抛出此错误码。该错误码为string类型。",
        cause = "DragEvent的数据暂未获取成功。",
        solution = "NA"
    )]
    DataNotFound,
    /// Data Retrieval Error (190002).
    ///
    /// This error code is reported when the data obtained via the [getData](./arkui-ts/ts-universal-events-drag-drop.md#getdata10) API of **DragEvent** is incorrect.
    #[code(
        190002,
        title = "Data Retrieval Error",
        message = "Data error.",
        description = "This error code is reported when the data obtained via the [getData](./arkui-ts/ts-universal-events-drag-drop.md#getdata10) API of **DragEvent** is incorrect.",
        cause = "The obtained data is incorrect.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "获取数据错误",
        description = "当开发者调用DragEvent的[getData](./arkui-ts/ts-universal-events-drag-drop.md#getdata10)接口时，若获取的数据有错误，会抛出此错误码。该错误码为string类型。",
        cause = "数据获取错误。",
        solution = "NA"
    )]
    DataRetrievalError,
    /// Operation Not Allowed in the Current Phase (190003).
    ///
    /// This error code is reported when you call an API that is only supported during the [onDrop](./arkui-ts/ts-universal-events-drag-drop.md#ondrop) phase outside of that phase.
    #[code(
        190003,
        title = "Operation Not Allowed in the Current Phase",
        message = "Operation not allowed for current phase.",
        description = "This error code is reported when you call an API that is only supported during the [onDrop](./arkui-ts/ts-universal-events-drag-drop.md#ondrop) phase outside of that phase.",
        cause = "The operation is not allowed in the current phase.",
        solution = "Call the corresponding API in the [onDrop](./arkui-ts/ts-universal-events-drag-drop.md#ondrop) phase."
    )]
    #[translation(
        "zh-CN",
        title = "当前阶段不允许操作",
        description = "如果开发者在非[onDrop](./arkui-ts/ts-universal-events-drag-drop.md#ondrop)阶段调用仅支持在该阶段调用的接口，会抛出此错误码。该错误码为string类型。",
        cause = "当前处于非[onDrop](./arkui-ts/ts-universal-events-drag-drop.md#ondrop)阶段。",
        solution = "在[onDrop](./arkui-ts/ts-universal-events-drag-drop.md#ondrop)阶段调用相应接口。"
    )]
    OperationNotAllowedInCurrentPhase,
    /// Operation Failed (190004).
    ///
    /// This error code is reported if the [cancelDataLoading](./arkts-apis-uicontext-dragcontroller.md#canceldataloading15) API is called when data has not been loaded or loading is complete.
    #[code(
        190004,
        title = "Operation Failed",
        message = "Operation failed.",
        description = "This error code is reported if the [cancelDataLoading](./arkts-apis-uicontext-dragcontroller.md#canceldataloading15) API is called when data has not been loaded or loading is complete.",
        cause = "The API is called at a wrong time.",
        solution = "Call the [cancelDataLoading](./arkts-apis-uicontext-dragcontroller.md#canceldataloading15) API during data loading."
    )]
    #[translation(
        "zh-CN",
        title = "操作失败",
        description = "如果开发者在非拖拽释放后的数据加载过程中调用[cancelDataLoading](./arkts-apis-uicontext-dragcontroller.md#canceldataloading15)接口，会抛出此错误码。该错误码为string类型。",
        cause = "调用时机错误。",
        solution = "在拖拽释放后的数据加载过程中调用[cancelDataLoading](./arkts-apis-uicontext-dragcontroller.md#canceldataloading15)接口。"
    )]
    OperationFailed,
}
