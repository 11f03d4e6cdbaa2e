// promptAction Error Codes: the catalog `PromptActionError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// promptAction Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "promptAction",
    title = "promptAction Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @liyi0309-->\n<!--Designer: @liyi0309-->\n<!--Tester: @lxl007-->\n<!--Adviser: @HelloCrease-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/prompt_action.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "弹窗错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @liyi0309-->\n<!--Designer: @liyi0309-->\n<!--Tester: @lxl007-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum PromptActionError {
    /// Internal Error (100001).
    ///
    /// This error code is reported when an internal system issue that cannot be resolved through application-level changes. The specific internal error type is provided in the error details.
    #[code(
        100001,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported when an internal system issue that cannot be resolved through application-level changes. The specific internal error type is provided in the error details.",
        cause = "The operation for obtaining the rendering engine or parsing parameters fails.",
        solution = "N/A"
    )]
    InternalError,
    /// Dialog Content Error (103301).
    ///
    /// This error code is reported when there is an issue with the content node of the custom dialog box, which prevents the node from being rendered.
    #[code(
        103301,
        title = "Dialog Content Error",
        message = "The ComponentContent is incorrect.",
        description = "This error code is reported when there is an issue with the content node of the custom dialog box, which prevents the node from being rendered.",
        cause = "The custom component node passed to the dialog box is empty or incorrect.",
        solution = "N/A",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n> **NOTE**\n>\n> When the called API is [openCustomDialog](arkts-apis-uicontext-promptaction.md#opencustomdialog12), [openCustomDialogWithController](arkts-apis-uicontext-promptaction.md#opencustomdialogwithcontroller18), [closeCustomDialog](arkts-apis-uicontext-promptaction.md#closecustomdialog12), or [updateCustomDialog](arkts-apis-uicontext-promptaction.md#updatecustomdialog12), the returned error is \"Dialog content error.\"The ComponentContent is incorrect.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "自定义弹窗内容节点错误",
        description = "自定义弹窗内容节点错误，无法渲染显示。",
        cause = "使用自定义弹窗时，若传入的自定义内容节点为空或其他错误，将无法正常渲染显示。",
        solution = "请确认自定义弹窗的内容节点是否存在，可以通过[getFrameNodeById()](./arkts-apis-uicontext-uicontext.md#getframenodebyid12)接口查询。",
        solution = "请确认内容节点能够正常渲染显示。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n> **说明：**\n>\n> 当接口是[openCustomDialog](arkts-apis-uicontext-promptaction.md#opencustomdialog12)、[openCustomDialogWithController](arkts-apis-uicontext-promptaction.md#opencustomdialogwithcontroller18)、[closeCustomDialog](arkts-apis-uicontext-promptaction.md#closecustomdialog12)和[updateCustomDialog](arkts-apis-uicontext-promptaction.md#updatecustomdialog12)时，返回的错误信息为Dialog content error. The ComponentContent is incorrect.\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    DialogContentError,
    /// Custom Dialog Box Already Exists (103302).
    ///
    /// This error code is reported when an attempt is made to open a custom dialog box that is already open.
    #[code(
        103302,
        title = "Custom Dialog Box Already Exists",
        message = "The ComponentContent already exists.",
        description = "This error code is reported when an attempt is made to open a custom dialog box that is already open.",
        cause = "The custom dialog box associated with the content node is currently displayed.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "内容节点对应自定义弹窗已存在",
        description = "内容节点对应的自定义弹窗当前已处于弹出状态。",
        cause = "内容节点对应的自定义弹窗已弹出，此时若重复弹出，会报此错误码。",
        solution = "请重新初始化一个能够正常渲染显示的内容节点绑定弹窗。"
    )]
    CustomDialogBoxAlreadyExists,
    /// Custom Dialog Box Not Found (103303).
    ///
    /// This error code is reported when an attempt is made to close or update a custom dialog box that is not open.
    #[code(
        103303,
        title = "Custom Dialog Box Not Found",
        message = "The ComponentContent cannot be found.",
        description = "This error code is reported when an attempt is made to close or update a custom dialog box that is not open.",
        cause = "The custom dialog box associated with the content node is not open.",
        solution = "N/A",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n> **NOTE**\n>\n> When the called API is [closeCustomDialog](arkts-apis-uicontext-promptaction.md#closecustomdialog12) or [updateCustomDialog](arkts-apis-uicontext-promptaction.md#updatecustomdialog12), the returned error is \"Dialog content not found.\"The ComponentContent cannot be found.\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "无法找到内容节点对应的自定义弹窗",
        description = "内容节点对应的自定义弹窗当前未被弹出。",
        cause = "内容节点对应的自定义弹窗未弹出，此时若调用关闭或更新自定义弹窗的接口，会报此错误码。",
        solution = "请确认内容节点对应的自定义弹窗已弹出。",
        solution = "请确认弹出的自定义弹窗的内容节点为当前需要修改或关闭的特定内容节点。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n> **说明：**\n>\n> 当接口是[closeCustomDialog](arkts-apis-uicontext-promptaction.md#closecustomdialog12)和[updateCustomDialog](arkts-apis-uicontext-promptaction.md#updatecustomdialog12)时，返回的错误信息为Dialog content not found. The ComponentContent cannot be found.\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    CustomDialogBoxNotFound,
    /// Target ID Not Found (103304).
    ///
    /// This error code is reported when no node can be found based on the provided **targetId**.
    #[code(
        103304,
        title = "Target ID Not Found",
        message = "The targetId does not exist.",
        description = "This error code is reported when no node can be found based on the provided **targetId**.",
        cause = "The provided **targetId** is invalid, or the node corresponding to the **targetId** has been destroyed.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "指定的targetId不存在",
        description = "当无法通过targetId查找到对应的节点时，方法将返回该错误码。",
        cause = "targetId无效，或者对应的节点已销毁。",
        solution = "请确认targetId对应的节点是否存在，可以通过[getFrameNodeById()](./arkts-apis-uicontext-uicontext.md#getframenodebyid12)接口查询。"
    )]
    TargetIdNotFound,
    /// Node Not Mounted (103305).
    ///
    /// This error code is reported when the node corresponding to the provided **targetId** is not mounted in the component tree.
    #[code(
        103305,
        title = "Node Not Mounted",
        message = "The node of targetId is not in the component tree.",
        description = "This error code is reported when the node corresponding to the provided **targetId** is not mounted in the component tree.",
        cause = "The node with the specified **targetId** is not mounted in the component tree.",
        solution = "N/A"
    )]
    #[translation(
        "zh-CN",
        title = "指定的targetId对应的节点未挂载在节点树上",
        description = "指定的targetId对应的节点未挂载在节点树上时，方法将返回该错误码。",
        cause = "指定的targetId对应的节点未挂载在节点树上。",
        solution = "请确认targetId对应的节点是否存在，可以通过[getFrameNodeById()](./arkts-apis-uicontext-uicontext.md#getframenodebyid12)接口查询。",
        solution = "请确认targetId对应的节点已挂载在主节点树上，可以通过内容节点的[isAttached()](./js-apis-arkui-frameNode.md#isattached12)接口判断是否被挂载到主节点树上。"
    )]
    NodeNotMounted,
    /// Toast Not Found (103401).
    ///
    /// This error code is reported when an attempt is made to close a toast that is not being displayed.
    #[code(
        103401,
        title = "Toast Not Found",
        message = "Cannot find the toast.",
        description = "This error code is reported when an attempt is made to close a toast that is not being displayed.",
        cause = "The toast has not been displayed or has already been closed.",
        solution = "N/A",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message} \n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "无法找到对应的文本提示框",
        description = "对应的文本提示框未弹出或已关闭。",
        cause = "当文本提示框未弹出或已经关闭时，调用关闭文本提示框接口会报此错误码。",
        solution = "请确认文本提示框已弹出。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message} \n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    ToastNotFound,
}
