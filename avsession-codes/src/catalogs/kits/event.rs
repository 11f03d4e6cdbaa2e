// Interaction Event Error Codes: the catalog `InteractionEventError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Interaction Event Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Interaction Event",
    title = "Interaction Event Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @yihao-lin-->\n<!--Designer: @piggyguy-->\n<!--Tester: @songyanhong-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/event.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "交互事件错误码",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @yihao-lin-->\n<!--Designer: @piggyguy-->\n<!--Tester: @songyanhong-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。\n{entries}"
)]
pub enum InteractionEventError {
    /// Component Does Not Support Default Event Prevention (100017).
    ///
    /// This error code is reported when an attempt is made to call **preventDefault** on a component that does not support default event prevention. This error code is represented as a string type.
    #[code(
        100017,
        title = "Component Does Not Support Default Event Prevention",
        message = "Component does not support the preventDefault method.",
        description = "This error code is reported when an attempt is made to call **preventDefault** on a component that does not support default event prevention. This error code is represented as a string type.",
        cause = "The target component does not support the **preventDefault** functionality.",
        solution = "Use the component that supports the **preventDefault** functionality."
    )]
    #[translation(
        "zh-CN",
        title = "组件不支持阻止默认事件",
        message = "Component does not support prevent function.",
        description = "组件不支持阻止默认事件。该错误码为string类型。",
        cause = "使用的组件不支持preventDefault方法。",
        solution = "使用支持preventDefault方法的组件。"
    )]
    ComponentDoesNotSupportDefaultEventPrevention,
    /// Unsupported Component Attributes or Events (106102).
    ///
    /// C API: `ARKUI_ERROR_CODE_ATTRIBUTE_OR_EVENT_NOT_SUPPORTED`.
    ///
    /// This error code is reported when an attempt is made to use attributes or events that are not supported by the component. This error code is represented as a string type.
    #[code(
        106102,
        title = "Unsupported Component Attributes or Events",
        message = "The component does not support specific properties or events.",
        description = "This error code is reported when an attempt is made to use attributes or events that are not supported by the component. This error code is represented as a string type.",
        cause = "The component does not support the currently set attribute or event.",
        solution = "Use alternative components that support the required attribute or event.",
        since = 12,
        constant = "ARKUI_ERROR_CODE_ATTRIBUTE_OR_EVENT_NOT_SUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "组件不支持特定的属性或者事件",
        description = "组件不支持特定的属性或者事件。该错误码为string类型。",
        cause = "组件不支持当前设定的属性或事件。",
        solution = "使用支持的组件设定属性或事件。"
    )]
    UnsupportedComponentAttributesOrEvents,
    /// Component Is Not a Scrollable Container (180001).
    ///
    /// C API: `ARKUI_ERROR_CODE_NON_SCROLLABLE_CONTAINER`.
    ///
    /// This error code is reported when the component is not a scrollable container. This error code is represented as a string type.
    #[code(
        180001,
        title = "Component Is Not a Scrollable Container",
        message = "Component is not a scroll container.",
        description = "This error code is reported when the component is not a scrollable container. This error code is represented as a string type.",
        cause = "The component being used is not a scrollable container.",
        solution = "Use a scrollable container.",
        since = 12,
        constant = "ARKUI_ERROR_CODE_NON_SCROLLABLE_CONTAINER"
    )]
    #[translation(
        "zh-CN",
        title = "非滚动类容器",
        description = "非滚动类容器。该错误码为string类型。",
        cause = "使用的组件非滚动类容器。",
        solution = "使用滚动类容器。"
    )]
    ComponentIsNotScrollableContainer,
    /// Buffer Is Not Large Enough (180002).
    ///
    /// C API: `ARKUI_ERROR_CODE_BUFFER_SIZE_NOT_ENOUGH`.
    ///
    /// This error code is reported when the buffer size is insufficient. This error code is represented as a string type.
    #[code(
        180002,
        title = "Buffer Is Not Large Enough",
        message = "Buffer is not large enough.",
        description = "This error code is reported when the buffer size is insufficient. This error code is represented as a string type.",
        cause = "The input array length is too small.",
        solution = "Expand the size of the input array.",
        since = 12,
        constant = "ARKUI_ERROR_CODE_BUFFER_SIZE_NOT_ENOUGH"
    )]
    #[translation(
        "zh-CN",
        title = "存储区大小不足",
        description = "存储区大小不足。该错误码为string类型。",
        cause = "数组的长度过小。",
        solution = "对传入数组进行扩容。"
    )]
    BufferIsNotLargeEnough,
    /// Input Event Is Not a Cloned Event (180003).
    ///
    /// C API: `ARKUI_ERROR_CODE_NOT_CLONED_POINTER_EVENT`.
    ///
    /// This error code is reported when the input event is not a cloned event. This error code is represented as a string type.
    #[code(
        180003,
        title = "Input Event Is Not a Cloned Event",
        message = "The input event pointer is not a cloned event pointer.",
        description = "This error code is reported when the input event is not a cloned event. This error code is represented as a string type.",
        cause = "A non-cloned event pointer is passed to the clone event API.",
        solution = "Use the cloned event pointer as the API parameter.",
        since = 15,
        constant = "ARKUI_ERROR_CODE_NOT_CLONED_POINTER_EVENT"
    )]
    #[translation(
        "zh-CN",
        title = "该事件不是克隆事件",
        description = "该事件不是克隆事件。该错误码为string类型。",
        cause = "克隆事件接口传入非克隆事件指针。",
        solution = "使用克隆事件指针作为接口参数。"
    )]
    InputEventIsNotClonedEvent,
    /// Abnormal Component State (180004).
    ///
    /// C API: `ARKUI_ERROR_CODE_POST_CLONED_COMPONENT_STATUS_ABNORMAL`.
    ///
    /// This error code is reported when the component state is abnormal. This error code is represented as a string type.
    #[code(
        180004,
        title = "Abnormal Component State",
        message = "The component status is abnormal.",
        description = "This error code is reported when the component state is abnormal. This error code is represented as a string type.",
        cause = "The component state is abnormal when the clone event is dispatched to the component.",
        solution = "Use the component that has been mounted but is not destroyed.",
        since = 15,
        constant = "ARKUI_ERROR_CODE_POST_CLONED_COMPONENT_STATUS_ABNORMAL"
    )]
    #[translation(
        "zh-CN",
        title = "组件状态异常",
        description = "组件状态异常。该错误码为string类型。",
        cause = "克隆事件分发到组件时组件状态异常。",
        solution = "使用已挂树且未销毁的组件。"
    )]
    AbnormalComponentState,
    /// No Component Hit to Respond to the Event (180005).
    ///
    /// C API: `ARKUI_ERROR_CODE_POST_CLONED_NO_COMPONENT_HIT_TO_RESPOND_TO_THE_EVENT`.
    ///
    /// This error code is reported when no component is found to handle the event. This error code is represented as a string type.
    #[code(
        180005,
        title = "No Component Hit to Respond to the Event",
        message = "No component is hit to respond to the event.",
        description = "This error code is reported when no component is found to handle the event. This error code is represented as a string type.",
        cause = "No component is available to handle the event when the clone event is dispatched.",
        solution = "Add an event listener for the component, or use a component that supports response to the event.",
        since = 15,
        constant = "ARKUI_ERROR_CODE_POST_CLONED_NO_COMPONENT_HIT_TO_RESPOND_TO_THE_EVENT"
    )]
    #[translation(
        "zh-CN",
        title = "未命中可响应事件的组件",
        description = "未命中可响应事件的组件。该错误码为string类型。",
        cause = "克隆事件分发时未命中可响应事件的组件。",
        solution = "为组件添加该事件的监听，或使用支持响应该事件的组件。",
        layout = "\n## {code} {title}\n\n{message}\n\nNo component hit to response to the event.\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    NoComponentHitToRespondToEvent,
    /// Gesture Recognizer Type Is Not Supported (180102).
    ///
    /// C API: `ARKUI_ERROR_CODE_RECOGNIZER_TYPE_NOT_SUPPORTED`.
    ///
    /// This error code is reported when the gesture recognizer type is not supported. This error code is represented as a string type.
    #[code(
        180102,
        title = "Gesture Recognizer Type Is Not Supported",
        message = "The gesture recognizer type is not supported.",
        description = "This error code is reported when the gesture recognizer type is not supported. This error code is represented as a string type.",
        cause = "The gesture recognizer type specified in the gesture API is not supported.",
        solution = "Invoke the gesture recognizer that matches the type.",
        since = 18,
        constant = "ARKUI_ERROR_CODE_RECOGNIZER_TYPE_NOT_SUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "不支持手势识别器类型",
        description = "不支持手势识别器类型。该错误码为string类型。",
        cause = "手势接口调用不支持的手势识别器类型。",
        solution = "调用类型匹配的手势识别器。"
    )]
    GestureRecognizerTypeIsNotSupported,
}
