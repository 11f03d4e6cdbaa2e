// Sheet Error Codes: the catalog `SheetError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Sheet Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Sheet",
    title = "Sheet Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @CCFFWW-->\n<!--Designer: @CCFFWW-->\n<!--Tester: @lxl007-->\n<!--Adviser: @HelloCrease-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/bind_sheet.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "半模态错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @CCFFWW-->\n<!--Designer: @CCFFWW-->\n<!--Tester: @lxl007-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum SheetError {
    /// Incorrect bindSheetContent (120001).
    ///
    /// This error code is reported when the provided **bindSheetContent** is incorrect.
    #[code(
        120001,
        title = "Incorrect bindSheetContent",
        message = "The bindSheetContent is incorrect.",
        description = "This error code is reported when the provided **bindSheetContent** is incorrect.",
        cause = "The configuration for **bindSheetContent** is incorrect.",
        solution = "Verify the **bindSheetContent** configuration."
    )]
    #[translation(
        "zh-CN",
        title = "内容节点对应半模态页面错误",
        description = "输入的bindSheetContent错误，系统会产生此错误码。",
        cause = "输入的bindSheetContent错误。",
        solution = "请检查输入的bindSheetContent是否正确。"
    )]
    IncorrectBindSheetContent,
    /// Modal for bindSheetContent Already Exists (120002).
    ///
    /// This error code is reported when an attempt is made to open a modal that is already displayed.
    #[code(
        120002,
        title = "Modal for bindSheetContent Already Exists",
        message = "The bindSheetContent already exists.",
        description = "This error code is reported when an attempt is made to open a modal that is already displayed.",
        cause = "The modal corresponding to the provided **bindSheetContent** is already displayed.",
        solution = "Verify the **bindSheetContent** configuration."
    )]
    #[translation(
        "zh-CN",
        title = "内容节点对应半模态页面已存在",
        description = "内容节点对应的半模态页面已处于打开状态。",
        cause = "内容节点对应的半模态页面当前已显示，此时若重复打开，会报此错误码。",
        solution = "请检查输入的bindSheetContent是否重复。"
    )]
    ModalForBindSheetContentAlreadyExists,
    /// No Matching Modal Found (120003).
    ///
    /// This error code is reported when an API is called to close or update the modal that is not currently open.
    #[code(
        120003,
        title = "No Matching Modal Found",
        message = "The bindSheetContent cannot be found.",
        description = "This error code is reported when an API is called to close or update the modal that is not currently open.",
        cause = "The modal corresponding to the provided **bindSheetContent** is not currently displayed.",
        solution = "Verify the **bindSheetContent** configuration.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause} \n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "无法找到内容节点对应的半模态页面",
        description = "内容节点对应的半模态页面未被打开。",
        cause = "内容节点对应的半模态页面当前未显示，此时若调用关闭或更新半模态页面的接口，会报此错误码。",
        solution = "请检查输入的bindSheetContent是否存在。"
    )]
    NoMatchingModalFound,
    /// Specified targetId Does Not Exist (120004).
    ///
    /// This error code is reported when no node could be found based on **targetId**.
    #[code(
        120004,
        title = "Specified targetId Does Not Exist",
        message = "The targetId does not exist.",
        description = "This error code is reported when no node could be found based on **targetId**.",
        cause = "The **targetId** is invalid, or the corresponding node has been destroyed.",
        solution = "Make sure the value of **targetId** is not a negative number.",
        solution = "Verify that the node corresponding to the **targetId** is valid."
    )]
    #[translation(
        "zh-CN",
        title = "指定的targetId不存在",
        description = "当无法通过targetId查找到对应的节点时，方法将返回该错误码。",
        cause = "targetId是无效的，或者其对应的节点已销毁。",
        solution = "检查targetId是否非负数；",
        solution = "检查targetId对应的节点是否有效；"
    )]
    SpecifiedTargetIdDoesNotExist,
    /// Node Specified by targetId Is Not in the Component Tree (120005).
    ///
    /// This error code is reported when the node corresponding to the specified **targetId** is not in the component tree during an attempt to use the modal in EMBEDDED mode.
    #[code(
        120005,
        title = "Node Specified by targetId Is Not in the Component Tree",
        message = "The node of targetId is not in the component tree.",
        description = "This error code is reported when the node corresponding to the specified **targetId** is not in the component tree during an attempt to use the modal in EMBEDDED mode.",
        cause = "The node with the specified **targetId** is not mounted in the component tree.",
        solution = "Wait for the node corresponding to the **targetId** to be attached to the component tree before calling the API again; or consider setting the modal to OVERLAY mode."
    )]
    #[translation(
        "zh-CN",
        title = "指定的targetId对应的节点未挂载在节点树上",
        description = "当将半模态页面指定为EMBEDDED模式时，指定的targetId对应的节点未挂载在节点树上时，方法将返回该错误码。",
        cause = "指定的targetId对应的节点未挂载在节点树上。",
        solution = "等待targetId对应的节点挂载上树后，再调用方法；或者将半模态页面指定为OVERLAY模式。"
    )]
    NodeSpecifiedByTargetIdIsNotInComponentTree,
    /// Node Specified by targetId Is Not a Child of a Page Node or NavDestination Node (120006).
    ///
    /// This error code is reported when the node corresponding to the specified **targetId** is not a child of a page node or **NavDestination** node during an attempt to use the modal in EMBEDDED mode.
    #[code(
        120006,
        title = "Node Specified by targetId Is Not a Child of a Page Node or NavDestination Node",
        message = "The node of targetId is not a child of the page node or NavDestination node.",
        description = "This error code is reported when the node corresponding to the specified **targetId** is not a child of a page node or **NavDestination** node during an attempt to use the modal in EMBEDDED mode.",
        cause = "The **targetId** does not correspond to a node that is a child of a page or **NavDestination** node.",
        solution = "Select a different **targetId** that is a child of a page or **NavDestination** node; or use the OVERLAY mode for the modal."
    )]
    #[translation(
        "zh-CN",
        title = "指定的targetId对应的节点并不是page节点或NavDestination节点的子节点",
        description = "指定的targetId对应的节点并不是page节点或NavDestination节点的子节点时，方法将返回该错误码。",
        cause = "当将半模态页面指定为EMBEDDED模式时，无法从targetId对应节点的父节点中查找到page节点或NavDestination节点的子节点。",
        solution = "更换一个可查找到page节点或NavDestination节点的targetId；或者将半模态页面指定为OVERLAY模式。"
    )]
    NodeSpecifiedByTargetIdIsNotChildOfPageNodeOrNavDestinationNode,
}
