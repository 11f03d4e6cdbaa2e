// Auxiliary Node Error Codes: the catalog `AuxiliaryNodeError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Auxiliary Node Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Auxiliary Node",
    title = "Auxiliary Node Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @wangyang2022-->\n<!--Designer: @wangyang2022-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/adopt.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "附属节点错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @wangyang2022-->\n<!--Designer: @wangyang2022-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum AuxiliaryNodeError {
    /// The Node Has Been Accepted as an Auxiliary Node (106206).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_IS_ADOPTED`.
    ///
    /// This error code is reported when the node has been accepted as an auxiliary node and an attempt is made to mount the node as a child node.<br>
    #[code(
        106206,
        title = "The Node Has Been Accepted as an Auxiliary Node",
        message = "The node has already been adopted.",
        description = "This error code is reported when the node has been accepted as an auxiliary node and an attempt is made to mount the node as a child node.<br>",
        cause = "The node has been accepted as an auxiliary node and cannot be mounted as a child node.",
        solution = "Cancel the acceptance of the node and then mount it as a child node.",
        since = 22,
        constant = "ARKUI_ERROR_CODE_NODE_IS_ADOPTED"
    )]
    #[translation(
        "zh-CN",
        title = "节点已被接纳为附属节点",
        description = "该节点已经被接纳为附属节点，不能再作为子节点挂载。<br>",
        cause = "该节点已经被接纳为附属节点，不能再作为子节点挂载。",
        solution = "先将该节点取消接纳，然后再进行子节点挂载操作。"
    )]
    NodeHasBeenAcceptedAsAuxiliaryNode,
    /// The Auxiliary Node to Accept Has a Parent Node (106207).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_HAS_PARENT`.
    ///
    /// This error code is reported when the node already has a parent node and other nodes attempt to accept the node.<br>
    #[code(
        106207,
        title = "The Auxiliary Node to Accept Has a Parent Node",
        message = "This node already has a parent node.",
        description = "This error code is reported when the node already has a parent node and other nodes attempt to accept the node.<br>",
        cause = "The node already has a parent node and cannot be accepted by other nodes.",
        solution = "Remove the node from its parent node and then accept the node.",
        since = 22,
        constant = "ARKUI_ERROR_CODE_NODE_HAS_PARENT"
    )]
    #[translation(
        "zh-CN",
        title = "被接纳的附属节点已有父节点",
        description = "该节点已经有父节点，不能再被其他节点接纳。<br>",
        cause = "该节点已经有父节点，不能再被其他节点接纳。",
        solution = "先将当前节点从其父节点上移除，然后再进行接纳操作。"
    )]
    AuxiliaryNodeToAcceptHasParentNode,
    /// The Node Cannot Be Accepted as an Auxiliary Node (106208).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_CAN_NOT_BE_ADOPTED`.
    ///
    /// This error code is reported when the node cannot be accepted as an auxiliary node.<br>
    #[code(
        106208,
        title = "The Node Cannot Be Accepted as an Auxiliary Node",
        message = "The node cannot be adopted.",
        description = "This error code is reported when the node cannot be accepted as an auxiliary node.<br>",
        cause = "The node is a null pointer.",
        cause = "The node does not meet the acceptance criteria. Only the following node types are supported for acceptance:\n    - Command node created using the ArkTS language.\n    - Command node created using the C language.\n    - Root node of BuilderNode.",
        solution = "Ensure that the node is not a null pointer and meets the acceptance criteria before attempting to accept it.",
        since = 22,
        constant = "ARKUI_ERROR_CODE_NODE_CAN_NOT_BE_ADOPTED"
    )]
    #[translation(
        "zh-CN",
        title = "节点无法被接纳为附属节点",
        description = "该节点无法被接纳为附属节点。<br>",
        cause = "节点为空指针。",
        cause = "节点不支持被接纳，只有下面几种节点可被接纳：\n    - 使用ArkTS语言创建的命令式节点。\n    - 使用C语言创建的命令式节点。\n    - BuilderNode的根节点。",
        solution = "确保节点非空，且支持被接纳，再进行接纳操作。"
    )]
    NodeCannotBeAcceptedAsAuxiliaryNode,
    /// The Node Cannot Accept Other Nodes (106209).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_CAN_NOT_ADOPT_TO`.
    ///
    /// This error code is reported when the node cannot accept other auxiliary nodes.<br>
    #[code(
        106209,
        title = "The Node Cannot Accept Other Nodes",
        message = "The node cannot adopt children.",
        description = "This error code is reported when the node cannot accept other auxiliary nodes.<br>",
        cause = "The node is a null pointer.",
        cause = "The node does not meet the acceptance criteria. Only the following node types are supported for acceptance:\n    - Command node created using the ArkTS language.\n    - Command node created using the C language.",
        solution = "Ensure that the node is not a null pointer and meets the acceptance criteria before attempting to accept it.",
        since = 22,
        constant = "ARKUI_ERROR_CODE_NODE_CAN_NOT_ADOPT_TO"
    )]
    #[translation(
        "zh-CN",
        title = "节点无法接纳其他节点",
        description = "该节点无法接纳其它附属节点。<br>",
        cause = "节点为空指针。",
        cause = "节点不支持被接纳，只有下面几种节点可被接纳：\n    - 使用ArkTS语言创建的命令式节点。\n    - 使用C语言创建的命令式节点。",
        solution = "确保节点非空，且支持被接纳，再进行接纳操作。"
    )]
    NodeCannotAcceptOtherNodes,
    /// The Node Is Not an Affiliated Node Accepted by the Target Node (106210).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_IS_NOT_IN_ADOPTED_CHILDREN`.
    ///
    /// This error code is reported when the child node is not accepted by the target parent node.<br>
    #[code(
        106210,
        title = "The Node Is Not an Affiliated Node Accepted by the Target Node",
        message = "This child is not adopted by the parent node.",
        description = "This error code is reported when the child node is not accepted by the target parent node.<br>",
        cause = "The child node has not been accepted by any parent node.",
        cause = "The child node has been accepted, but the accepting parent node is not the current target node.",
        solution = "If the node is not accepted as an affiliated node by the target node, there is no need to perform the removal operation for this node.",
        since = 22,
        constant = "ARKUI_ERROR_CODE_NODE_IS_NOT_IN_ADOPTED_CHILDREN"
    )]
    #[translation(
        "zh-CN",
        title = "节点不是被目标节点接纳的附属节点",
        description = "子节点并不是被父节点接纳的节点。<br>",
        cause = "子节点并未被接纳。",
        cause = "子节点被接纳了，但不是被当前节点接纳的。",
        solution = "如果节点未被目标节点接纳为附属节点，无需移除。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solution}"
    )]
    NodeIsNotAffiliatedNodeAcceptedByTargetNode,
}
