// NodeAdapter Error Codes: the catalog `NodeAdapterError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// NodeAdapter Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "NodeAdapter",
    title = "NodeAdapter Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @kangshihui-->\n<!--Designer: @pssea-->\n<!--Tester: @jiaoaozihao-->\n<!--Adviser: @HelloCrease-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/nodeadapter.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "NodeAdapter错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @kangshihui-->\n<!--Designer: @xiangyuan6-->\n<!--Tester: @jiaoaozihao-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum NodeAdapterError {
    /// Adapter Not Bound (106104).
    ///
    /// C API: `ARKUI_ERROR_CODE_ADAPTER_NOT_BOUND`.
    ///
    /// This error code is reported when the NodeAdapter is not set for the component.
    #[code(
        106104,
        title = "Adapter Not Bound",
        message = "The lazy loading adapter is not bound to the component.",
        description = "This error code is reported when the NodeAdapter is not set for the component.",
        cause = "No NodeAdapter is set for the component.",
        solution = "Set a NodeAdapter for the component.",
        since = 12,
        constant = "ARKUI_ERROR_CODE_ADAPTER_NOT_BOUND"
    )]
    #[translation(
        "zh-CN",
        title = "适配器未绑定",
        description = "组件未设置NodeAdapter。",
        cause = "组件未设置NodeAdapter。",
        solution = "为组件设置NodeAdapter。"
    )]
    AdapterNotBound,
    /// Adapter Already Exists (106105).
    ///
    /// C API: `ARKUI_ERROR_CODE_ADAPTER_EXIST`.
    ///
    /// This error code is reported when an attempt is made to create a duplicate NodeAdapter instance.
    #[code(
        106105,
        title = "Adapter Already Exists",
        message = "The adapter already exists.",
        description = "This error code is reported when an attempt is made to create a duplicate NodeAdapter instance.",
        cause = "The NodeAdapter already exists and does not support adding or removing child nodes.",
        solution = "Remove the existing NodeAdapter or perform child node operations elsewhere.",
        since = 12,
        constant = "ARKUI_ERROR_CODE_ADAPTER_EXIST"
    )]
    #[translation(
        "zh-CN",
        title = "适配器已存在",
        description = "NodeAdapter已经存在。",
        cause = "NodeAdapter已经存在，不支持添加删除子节点。",
        solution = "移除NodeAdapter，或放弃在此处添加删除子节点。"
    )]
    AdapterAlreadyExists,
    /// Child Node Exists (106106).
    ///
    /// C API: `ARKUI_ERROR_CODE_CHILD_NODE_EXIST`.
    ///
    /// This error code is reported when the component already has a child node.
    #[code(
        106106,
        title = "Child Node Exists",
        message = "The corresponding node already has a child node and cannot add an adapter.",
        description = "This error code is reported when the component already has a child node.",
        cause = "The component already has a child node, and the NodeAdapter cannot be applied to non-empty components.",
        solution = "Remove the existing child node or select a parent component for the NodeAdapter.",
        since = 12,
        constant = "ARKUI_ERROR_CODE_CHILD_NODE_EXIST"
    )]
    #[translation(
        "zh-CN",
        title = "子节点已存在",
        description = "组件已经有子节点",
        cause = "组件已经有子节点，不支持设置NodeAdapter。",
        solution = "移除子节点，或放弃在此处设置NodeAdapter。"
    )]
    ChildNodeExists,
    /// Index Out of Range (106107).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_EVENT_PARAM_INDEX_OUT_OF_RANGE`.
    ///
    /// This error code is reported when the **index** parameter in a component event exceeds the array length limit.
    #[code(
        106107,
        title = "Index Out of Range",
        message = "The parameter length in the parameter event exceeds the limit.",
        description = "This error code is reported when the **index** parameter in a component event exceeds the array length limit.",
        cause = "The provided **index** parameter exceeds the length limit of the input array.",
        solution = "Make sure the index parameter does not exceed the length limit of the input array.",
        since = 12,
        constant = "ARKUI_ERROR_CODE_NODE_EVENT_PARAM_INDEX_OUT_OF_RANGE"
    )]
    #[translation(
        "zh-CN",
        title = "参数下标越界",
        description = "组件事件中index参数超过数组长度限制。",
        cause = "传入的index参数超出传入的数组长度限制。",
        solution = "检查index参数是否超出传入的数组长度限制。"
    )]
    IndexOutOfRange,
    /// Data Not Found (106108).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_EVENT_PARAM_INVALID`.
    ///
    /// This error code is reported when the specified data does not exist in the component event.
    #[code(
        106108,
        title = "Data Not Found",
        message = "The data does not exist in the component event.",
        description = "This error code is reported when the specified data does not exist in the component event.",
        cause = "The data to access is not included in the event.",
        solution = "Verify that the target data exists in the current event.",
        since = 12,
        constant = "ARKUI_ERROR_CODE_NODE_EVENT_PARAM_INVALID"
    )]
    #[translation(
        "zh-CN",
        title = "数据不存在",
        description = "组件事件中不存在该数据。",
        cause = "试图查找事件中不包含的数据。",
        solution = "确认当前事件是否存在想要查询的数据。"
    )]
    DataNotFound,
    /// Return Value Not Supported (106109).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_EVENT_NO_RETURN`.
    ///
    /// This error code is reported when an attempt is made to obtain a return value from a component event that does not support return values.
    #[code(
        106109,
        title = "Return Value Not Supported",
        message = "The component event does not support return values.",
        description = "This error code is reported when an attempt is made to obtain a return value from a component event that does not support return values.",
        cause = "The component event does not support return values.",
        solution = "Check whether the current event supports return values.",
        since = 12,
        constant = "ARKUI_ERROR_CODE_NODE_EVENT_NO_RETURN"
    )]
    #[translation(
        "zh-CN",
        title = "不支持返回值",
        description = "组件事件不支持返回值。",
        cause = "试图获取事件返回值。",
        solution = "确认当前事件是否存在返回值。"
    )]
    ReturnValueNotSupported,
    /// Unsupported Event Type (106110).
    ///
    /// C API: `ARKUI_ERROR_CODE_NODE_UNSUPPORTED_EVENT_TYPE`.
    ///
    /// This error code is reported when an invalid event type is detected during common event registration.
    #[code(
        106110,
        title = "Unsupported Event Type",
        message = "The event type is not supported.",
        description = "This error code is reported when an invalid event type is detected during common event registration.",
        cause = "The passed event type is not among the supported event types.",
        solution = "Verify the specific value of the event type parameter.",
        since = 21,
        constant = "ARKUI_ERROR_CODE_NODE_UNSUPPORTED_EVENT_TYPE"
    )]
    #[translation(
        "zh-CN",
        title = "暂不支持该事件类型",
        description = "注册通用事件时传入的事件类型错误。",
        cause = "传入的事件类型参数错误，不在已支持的事件类型中。",
        solution = "检查函数入参的事件类型的具体值。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    UnsupportedEventType,
}
