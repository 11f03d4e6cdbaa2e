// Custom Node Error Codes: the catalog `CustomNodeError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Custom Node Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Custom Node",
    title = "Custom Node Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @wangchensu1-->\n<!--Designer: @xiang-shouxing-->\n<!--Tester: @sally__-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/node.lock"
)]
pub enum CustomNodeError {
    /// FrameNode Not Modifiable (100021).
    ///
    /// This error code is reported when the current FrameNode is unmodifiable, preventing the requested operation, for example, setting properties, adding or removing child nodes, or binding controllers.
    #[code(
        100021,
        title = "FrameNode Not Modifiable",
        message = "The FrameNode is not modifiable.",
        description = "This error code is reported when the current FrameNode is unmodifiable, preventing the requested operation, for example, setting properties, adding or removing child nodes, or binding controllers.",
        cause = "An attempt is made to modify a declarative node.",
        solution = "Avoid modifying unmodifiable nodes. Use try-catch to handle errors and prevent impact on other logic."
    )]
    FrameNodeNotModifiable,
    /// Cross-Language Attribute Configuration Not Supported (100022).
    ///
    /// This error code is reported when the target FrameNode does not support cross-language attribute configuration.
    #[code(
        100022,
        title = "Cross-Language Attribute Configuration Not Supported",
        message = "The FrameNode cannot be set whether to support cross-language common attribute setting.",
        description = "This error code is reported when the target FrameNode does not support cross-language attribute configuration.",
        cause = "An attempt is made to adjust the cross-language attribute permission of the target FrameNode.",
        solution = "NA"
    )]
    CrossLanguageAttributeConfigurationNotSupported,
    /// Parameter Error (100023).
    ///
    /// C API: `ARKUI_ERROR_CODE_PARAM_ERROR`.
    ///
    /// This error code is reported when the parameters passed to the API are incorrect.
    #[code(
        100023,
        title = "Parameter Error",
        message = "Parameter error. Possible causes: 1. The component type of the node is incorrect. 2. The node is null or undefined. 3. The controller is null or undefined.",
        description = "This error code is reported when the parameters passed to the API are incorrect.",
        cause = "The component type of the provided node is incorrect.",
        cause = "The provided node is null or undefined.",
        cause = "The provided controller is null or undefined.",
        solution = "Adjust the passed parameter values or perform pre-checks.",
        since = 21,
        constant = "ARKUI_ERROR_CODE_PARAM_ERROR"
    )]
    ParameterError,
    /// No Common Ancestor Node Between Nodes (100024).
    ///
    /// This error code is reported when the current node and the target node do not share a common parent node.
    #[code(
        100024,
        title = "No Common Ancestor Node Between Nodes",
        message = "The current FrameNode and the target FrameNode do not have a common ancestor node.",
        description = "This error code is reported when the current node and the target node do not share a common parent node.",
        cause = "A common ancestor node between the current node and the target node could not be found.",
        solution = "Modify the value of the passed parameter."
    )]
    NoCommonAncestorNodeBetweenNodes,
    /// Invalid Parameter Value (100025).
    ///
    /// This error code is reported when the provided parameter value is invalid.
    #[code(
        100025,
        title = "Invalid Parameter Value",
        message = "The parameter is invalid. Details about the invalid parameter and the reason are included in the error message. For example: \"The parameter 'targetNode' is invalid: it cannot be disposed.\"",
        description = "This error code is reported when the provided parameter value is invalid.",
        cause = "See the error information.",
        solution = "For **null** or **undefined** value errors: Provide a valid FrameNode instance.",
        solution = "For ancestry errors: Check whether the target node is an offscreen node before passing it, and modify the target node accordingly.",
        solution = "For errors due to other causes, refer to the error message for detailed correction guidance."
    )]
    InvalidParameterValue,
    /// The Instance Object Used to Call the API Has Been Unbound from the Backend Entity Node (100026).
    ///
    /// This error code is reported when the instance object used to call the API has been unbound from the backend entity node.
    #[code(
        100026,
        title = "The Instance Object Used to Call the API Has Been Unbound from the Backend Entity Node",
        message = "The current item has been disposed.",
        description = "This error code is reported when the instance object used to call the API has been unbound from the backend entity node.",
        cause = "The [disposeNode](./capi-arkui-nativemodule-arkui-nativenodeapi-1.md#disposenode) API has been previously called using this instance object, for example, **item.dispose()**.",
        solution = "To continue using this instance object, avoid performing the dispose operation on it.",
        solution = "To check whether the instance object is available, call the **isDisposed** API."
    )]
    InstanceObjectUsedToCallApiHasBeenUnboundFromBackendEntityNode,
    /// The Current Node Has Been Adopted as a Child Node (100027).
    ///
    /// This error code is reported when the current node has been adopted as a child node and does not support the requested operation.
    #[code(
        100027,
        title = "The Current Node Has Been Adopted as a Child Node",
        message = "The current node has been adopted.",
        description = "This error code is reported when the current node has been adopted as a child node and does not support the requested operation.",
        cause = "The current node has been adopted as a child node and does not support the requested operation.",
        solution = "Cancel the adoption of the current node before performing the operation."
    )]
    CurrentNodeHasBeenAdoptedAsChildNode,
    /// Current Node Is Not on the Main Node Tree (100028).
    ///
    /// The current node is not on the main node tree.
    #[code(
        100028,
        title = "Current Node Is Not on the Main Node Tree",
        message = "The current FrameNode is not on the main tree.",
        description = "The current node is not on the main node tree.",
        cause = "The current node is not on the main node tree.",
        solution = "Mount the current node to the main node tree before performing the operation."
    )]
    CurrentNodeIsNotOnMainNodeTree,
    /// State Management V2 Does Not Support Component Reuse in the BuilderNode (100029).
    ///
    /// In the BuilderNode, [state management V2](../../ui/state-management/arkts-state-management-overview.md#state-management-v2) does not support [component reuse](./js-apis-arkui-builderNode.md#reuse12).
    #[code(
        100029,
        title = "State Management V2 Does Not Support Component Reuse in the BuilderNode",
        message = "Reuse/Recycle not implemented for ViewV2, yet.",
        description = "In the BuilderNode, [state management V2](../../ui/state-management/arkts-state-management-overview.md#state-management-v2) does not support [component reuse](./js-apis-arkui-builderNode.md#reuse12).",
        cause = "State management V2 does not support component reuse in the BuilderNode.",
        solution = "When using state management V2, do not use component reuse in the BuilderNode."
    )]
    StateManagementV2DoesNotSupportComponentReuseInBuilderNode,
    /// Operation Not Allowed on Nodes Created by ArkTS (106103).
    ///
    /// C API: `ARKUI_ERROR_CODE_ARKTS_NODE_NOT_SUPPORTED`.
    ///
    /// This error code is reported when the operation does not support nodes created by ArkTS.
    #[code(
        106103,
        title = "Operation Not Allowed on Nodes Created by ArkTS",
        message = "The corresponding operation does not support nodes created by ArkTS.",
        description = "This error code is reported when the operation does not support nodes created by ArkTS.",
        cause = "The current operation is incompatible with nodes created by ArkTS.",
        solution = "Pass nodes not created by ArkTS.",
        since = 12,
        constant = "ARKUI_ERROR_CODE_ARKTS_NODE_NOT_SUPPORTED",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    OperationNotAllowedOnNodesCreatedByArkTS,
    /// Passed Node Not Mounted to Component Tree (106203).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_NOT_ON_MAIN_TREE`.
    ///
    /// This error code is reported when the passed node is not mounted to the component tree.
    #[code(
        106203,
        title = "Passed Node Not Mounted to Component Tree",
        message = "The node not mounted to component tree.",
        description = "This error code is reported when the passed node is not mounted to the component tree.",
        cause = "The passed node is not mounted to the component tree when the API is called.",
        solution = "Adjust the API call timing to ensure the node is mounted to the component tree.",
        since = 15,
        constant = "ARKUI_ERROR_CODE_NODE_NOT_ON_MAIN_TREE"
    )]
    PassedNodeNotMountedToComponentTree,
    /// Operations on the Provided Node Not Supported on Non-UI Threads (106204).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_ON_INVALID_THREAD`.
    ///
    /// This error code is reported when an attempt is made to manipulate nodes on a non-UI thread.
    #[code(
        106204,
        title = "Operations on the Provided Node Not Supported on Non-UI Threads",
        message = "Operation on passed in nodes in non UI threads is not supported.",
        description = "This error code is reported when an attempt is made to manipulate nodes on a non-UI thread.",
        cause = "The API can be called only on the UI thread.",
        cause = "The API supports multi-thread calling, but the node operated by the API is in the attached state.",
        solution = "Adjust the API call timing to ensure the API is called from the UI thread.",
        solution = "Ensure that the node is created by the multi-threaded [createNode](capi-arkui-nativemodule-arkui-nativenodeapi-1.md#createnode) API.",
        solution = "Remove all non-convertible attached components from the component tree where the component is located by referring to [Multi-threaded NDK API Set Specifications](../../ui/ndk-build-on-multi-thread.md#multi-threaded-ndk-api-set-specifications).",
        since = 22,
        constant = "ARKUI_ERROR_CODE_NODE_ON_INVALID_THREAD"
    )]
    OperationsOnProvidedNodeNotSupportedOnNonUiThreads,
}
