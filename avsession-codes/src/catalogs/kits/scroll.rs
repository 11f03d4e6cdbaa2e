// Scrollable Component Error Codes: the catalog `ScrollableComponentError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Scrollable Component Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Scrollable Component",
    title = "Scrollable Component Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @yylong; @zcdqs-->\n<!--Designer: @yylong; @zcdqs-->\n<!--Tester: @liuzhenshuo-->\n<!--Adviser: @HelloCrease-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/scroll.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "滚动类组件错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @yylong; @zcdqs-->\n<!--Designer: @yylong; @zcdqs-->\n<!--Tester: @liuzhenshuo-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum ScrollableComponentError {
    /// Controller Not Bound to Component (100004).
    ///
    /// This error code is reported when an API is called through a controller but no controller is bound to the component. The error code is a string.
    #[code(
        100004,
        title = "Controller Not Bound to Component",
        message = "Controller not bound to component.",
        description = "This error code is reported when an API is called through a controller but no controller is bound to the component. The error code is a string.",
        cause = "The API called requires a controller, but the component is not bound to one."
    )]
    #[translation(
        "zh-CN",
        title = "控制器未绑定组件",
        description = "控制器未绑定组件，通过控制器调用接口时，系统会产生此错误码。该错误码为string类型。",
        cause = "控制器未绑定组件，通过控制器调用接口。",
        solution = "请检查控制器是否绑定了组件，或者控制器绑定的组件是否已经被释放。"
    )]
    ControllerNotBoundToComponent,
}
