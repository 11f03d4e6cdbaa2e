// Render Node Error Codes: the catalog `RenderNodeError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Render Node Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Render Node",
    title = "Render Node Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @wangyang2022-->\n<!--Designer: @wangyang2022-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/node_render.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "渲染节点错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @xiang-shouxing-->\n<!--Designer: @xiang-shouxing-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum RenderNodeError {
    /// Current Node Is Not a Custom Node (106401).
    ///
    /// C API: `ARKUI_ERROR_CODE_NOT_CUSTOM_NODE`.
    ///
    /// This error code is reported when the operation is attempted on a node that is not a custom node created on the NDK side.
    #[code(
        106401,
        title = "Current Node Is Not a Custom Node",
        message = "The node type is not custom node.",
        description = "This error code is reported when the operation is attempted on a node that is not a custom node created on the NDK side.",
        cause = "The provided **ArkUI_NodeHandle** pointer references a node that is not of type **ARKUI_NODE_CUSTOM**.",
        solution = "When integrating a render node process, create an NDK node of the **ARKUI_NODE_CUSTOM** type as the root node of the render node.",
        since = 20,
        constant = "ARKUI_ERROR_CODE_NOT_CUSTOM_NODE"
    )]
    #[translation(
        "zh-CN",
        title = "当前节点不是自定义节点",
        description = "当前的操作的节点不是NDK侧的自定义节点。",
        cause = "开发者传入的ArkUI_NodeHandle指针所对应的节点类型非ARKUI_NODE_CUSTOM类型。",
        solution = "接入渲染节点流程时，创建一个Custom类型的NDK节点作为渲染节点的根节点类型。"
    )]
    CurrentNodeIsNotCustomNode,
    /// Current Node Already Has Child Nodes (106402).
    ///
    /// C API: `ARKUI_ERROR_CODE_CHILD_EXISTED`.
    ///
    /// This error code is reported when the target custom node already contains child nodes.
    #[code(
        106402,
        title = "Current Node Already Has Child Nodes",
        message = "Node already has children.",
        description = "This error code is reported when the target custom node already contains child nodes.",
        cause = "During render tree construction, the custom node designated as the root node has already mounted child FrameNodes or RenderNodes.",
        solution = "When integrating a render node, verify whether the custom node being used already has child nodes.",
        since = 20,
        constant = "ARKUI_ERROR_CODE_CHILD_EXISTED"
    )]
    #[translation(
        "zh-CN",
        title = "当前节点已存在子节点",
        description = "当前的操作的自定义节点已存在子节点。",
        cause = "开发者构造render树时，作为根节点的自定义节点已挂载子FrameNode或RenderNode。",
        solution = "接入渲染节点流程时，排查使用的自定义节点是否已存在子节点。"
    )]
    CurrentNodeAlreadyHasChildNodes,
    /// Current Render Node Has a Parent Node (106403).
    ///
    /// C API: `ARKUI_ERROR_CODE_RENDER_PARENT_EXISTED`.
    ///
    /// This error code is reported when the target render node already has a parent node and cannot be mounted under the specified custom component.
    #[code(
        106403,
        title = "Current Render Node Has a Parent Node",
        message = "RenderNode parent is existed.",
        description = "This error code is reported when the target render node already has a parent node and cannot be mounted under the specified custom component.",
        cause = "The provided **ArkUI_RenderNodeHandle** pointer references a node that is already mounted under another component.",
        solution = "When integrating a render node, check whether the RenderNode designated as the root node is already mounted under another component.",
        since = 20,
        constant = "ARKUI_ERROR_CODE_RENDER_PARENT_EXISTED"
    )]
    #[translation(
        "zh-CN",
        title = "当前渲染节点存在父组件",
        description = "当前操作的渲染节点已有父节点，无法挂载至相应自定义组件下。",
        cause = "开发者传入的ArkUI_RenderNodeHandle指针所对应的节点已挂载至其他组件下。",
        solution = "接入渲染节点流程时，排查作为根节点的renderNode是否已挂载至其他组件下。"
    )]
    CurrentRenderNodeHasParentNode,
    /// Corresponding Render Child Node Not Found (106404).
    ///
    /// C API: `ARKUI_ERROR_CODE_RENDER_CHILD_NOT_EXIST`.
    ///
    /// This error code is reported when the corresponding render child node cannot be located.
    #[code(
        106404,
        title = "Corresponding Render Child Node Not Found",
        message = "RenderNode child is not exist.",
        description = "This error code is reported when the corresponding render child node cannot be located.",
        cause = "The render node referenced by the provided **ArkUI_RenderNodeHandle** pointer does not contain a child node at the specified index.",
        solution = "Check whether the provided index exceeds the node's range, or whether the render node referenced by the pointer contains any child nodes.",
        since = 20,
        constant = "ARKUI_ERROR_CODE_RENDER_CHILD_NOT_EXIST"
    )]
    #[translation(
        "zh-CN",
        title = "未找到对应的渲染子节点",
        description = "无法查找到对应的渲染子节点。",
        cause = "开发者传入的ArkUI_RenderNodeHandle指针所对应的渲染节点无法查询到对应下标的子节点。",
        solution = "排查传入的下标是否超出节点范围，或对应指针对应的渲染节点是否存在子节点。"
    )]
    CorrespondingRenderChildNodeNotFound,
    /// Parameter Value Out of Range (106405).
    ///
    /// C API: `ARKUI_ERROR_CODE_PARAM_OUT_OF_RANGE`.
    ///
    /// This error code is reported when an input parameter value exceeds the acceptable range for the API.
    #[code(
        106405,
        title = "Parameter Value Out of Range",
        message = "Param is out of range.",
        description = "This error code is reported when an input parameter value exceeds the acceptable range for the API.",
        cause = "The provided parameter exceeds the boundary limits defined for the API being called.",
        solution = "Check the valid parameter range for the API being called.",
        since = 20,
        constant = "ARKUI_ERROR_CODE_PARAM_OUT_OF_RANGE"
    )]
    #[translation(
        "zh-CN",
        title = "参数值超出范围",
        description = "入参值超出接口接收值的范围。",
        cause = "开发者传入的参数超出该接口的边界。",
        solution = "检查接口调用的入参范围。"
    )]
    ParameterValueOutOfRange,
    /// Current Render Node Is Obtained from FrameNode (106406).
    ///
    /// C API: `ARKUI_ERROR_CODE_RENDER_IS_FROM_FRAME_NODE`.
    ///
    /// This error code is reported when the operation is attempted on the RenderNode that is obtained from a FrameNode.
    #[code(
        106406,
        title = "Current Render Node Is Obtained from FrameNode",
        message = "The RenderNode is obtained from a FrameNode.",
        description = "This error code is reported when the operation is attempted on the RenderNode that is obtained from a FrameNode.",
        cause = "The RenderNode is obtained from a FrameNode. Such nodes only support mounting and unmounting as child nodes; other operations are prohibited.",
        solution = "Skip the node during execution if operations other than mounting and unmounting are attempted.",
        since = 22,
        constant = "ARKUI_ERROR_CODE_RENDER_IS_FROM_FRAME_NODE"
    )]
    CurrentRenderNodeIsObtainedFromFrameNode,
    /// Current Render Node Is Obtained from FrameNode and the FrameNode Is Disposed or No Longer Adopted (106407).
    ///
    /// C API: `ARKUI_ERROR_CODE_RENDER_HAS_INVALID_FRAME_NODE`.
    ///
    /// This error code is reported when the FrameNode from which the RenderNode is obtained has been disposed or is no longer adopted.
    #[code(
        106407,
        title = "Current Render Node Is Obtained from FrameNode and the FrameNode Is Disposed or No Longer Adopted",
        message = "The RenderNode is obtained from a FrameNode, and its corresponding FrameNode is no longer in the adopted state.",
        description = "This error code is reported when the FrameNode from which the RenderNode is obtained has been disposed or is no longer adopted.",
        cause = "After the RenderNode is obtained from the adopted FrameNode, the FrameNode is no longer adopted or is destructed.",
        solution = "Release the RenderNode when its source FrameNode is unadopted.",
        since = 22,
        constant = "ARKUI_ERROR_CODE_RENDER_HAS_INVALID_FRAME_NODE"
    )]
    CurrentRenderNodeIsObtainedFromFrameNodeAndFrameNodeIsDisposedOrNoLongerAdopted,
    /// Current Node Is Not in Adopted State (106408).
    ///
    /// C API: `ARKUI_ERROR_CODE_RENDER_NOT_ADOPTED_NODE`.
    ///
    /// This error code is reported when the node is not adopted, making its RenderNode inaccessible.
    #[code(
        106408,
        title = "Current Node Is Not in Adopted State",
        message = "The node is not adopted.",
        description = "This error code is reported when the node is not adopted, making its RenderNode inaccessible.",
        cause = "The node is not adopted, making its RenderNode inaccessible.",
        solution = "Use the [OH_ArkUI_NativeModule_AdoptChild](./capi-native-node-h.md#oh_arkui_nativemodule_adoptchild) API to have the node adopted by another node before obtaining its RenderNode.",
        since = 22,
        constant = "ARKUI_ERROR_CODE_RENDER_NOT_ADOPTED_NODE"
    )]
    CurrentNodeIsNotInAdoptedState,
}
