// Focus Error Codes: the catalog `FocusError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Focus Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Focus",
    title = "Focus Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @yihao-lin-->\n<!--Designer: @piggyguy-->\n<!--Tester: @songyanhong-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/focus.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "焦点错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @yihao-lin-->\n<!--Designer: @piggyguy-->\n<!--Tester: @songyanhong-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:dash}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum FocusError {
    /// Component Not Focusable (150001).
    ///
    /// C API: `ARKUI_ERROR_CODE_FOCUS_NON_FOCUSABLE`.
    ///
    /// This error code is reported when the current component is not focusable. This error code is represented as a string type.
    #[code(
        150001,
        title = "Component Not Focusable",
        message = "The node cannot be focused.",
        description = "This error code is reported when the current component is not focusable. This error code is represented as a string type.",
        cause = "The component is not focusable by default or has been configured through attribute methods such as **focusable**.",
        solution = "Check whether the current component is focusable and whether **focusable** is set to **true**.",
        since = 15,
        constant = "ARKUI_ERROR_CODE_FOCUS_NON_FOCUSABLE"
    )]
    #[translation(
        "zh-CN",
        title = "节点无法获得焦点",
        message = "the component cannot be focused.",
        description = "当前节点无法获得焦点。",
        cause = "节点默认无法获焦、开发者通过focusable等属性方法设置等。",
        solution = "检查当前节点是否支持获焦、是否设置focusable为true。"
    )]
    ComponentNotFocusable,
    /// Ancestor Component Not Focusable (150002).
    ///
    /// C API: `ARKUI_ERROR_CODE_FOCUS_NON_FOCUSABLE_ANCESTOR`.
    ///
    /// This error code is reported when an ancestor of the current component is not focusable. This error code is represented as a string type.
    #[code(
        150002,
        title = "Ancestor Component Not Focusable",
        message = "This component has an unfocusable ancestor.",
        description = "This error code is reported when an ancestor of the current component is not focusable. This error code is represented as a string type.",
        cause = "The ancestor component is not focusable by default or has been configured through attribute methods such as **focusable**.",
        solution = "Check whether the ancestor component is focusable and whether **focusable** is set to **true**.",
        since = 15,
        constant = "ARKUI_ERROR_CODE_FOCUS_NON_FOCUSABLE_ANCESTOR"
    )]
    #[translation(
        "zh-CN",
        title = "祖先节点无法获得焦点",
        description = "当前节点对应的祖先节点中存在无法获焦节点。",
        cause = "祖先节点默认无法获焦、开发者通过focusable等属性方法设置等。",
        solution = "检查祖先节点是否支持获焦、是否设置focusable为true。"
    )]
    AncestorComponentNotFocusable,
    /// Component Does Not Exist (150003).
    ///
    /// C API: `ARKUI_ERROR_CODE_FOCUS_NON_EXISTENT`.
    ///
    /// This error code is reported when the provided ID points to a non-existent, detached, or invisible component. This error code is represented as a string type.
    #[code(
        150003,
        title = "Component Does Not Exist",
        message = "The node is not on the tree or does not exist.",
        description = "This error code is reported when the provided ID points to a non-existent, detached, or invisible component. This error code is represented as a string type.",
        cause = "The provided ID is incorrect, or the component has been destroyed.",
        cause = "Focus is requested for a component that is not focusable. For details about such components, see [Component Focusability](../../ui/arkts-common-events-focus-event.md#component-focusability).",
        solution = "Use the correct ID or component.",
        since = 15,
        constant = "ARKUI_ERROR_CODE_FOCUS_NON_EXISTENT",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n- {cause}\n \n{causes:dash,marked}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "节点不存在",
        message = "the component is not on tree or does not exist.",
        description = "传入的id指向不存在、未挂树或者不可见节点。",
        cause = "传入id错误、节点已经被销毁等。",
        cause = "对不具有获焦能力的组件请求焦点。具体组件可查询[组件获焦能力说明](../../ui/arkts-common-events-focus-event.md#组件获焦能力说明)。",
        solution = "使用正确的id或节点。"
    )]
    ComponentDoesNotExist,
}
