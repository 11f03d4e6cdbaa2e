// Input Event Injection Error Codes: the catalog `InputEventInjectionError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Input Event Injection Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Input Event Injection",
    title = "Input Event Injection Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/inputeventclient.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "输入事件注入错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum InputEventInjectionError {
    /// Multimodal input internal error (3800001).
    ///
    /// Internal error of the multimodal input service.
    #[code(
        3800001,
        title = "Multimodal input internal error",
        message = "Input service exception. Possible causes: 1. Memory allocation failure. 2. Thread busy. 3. Service terminated abnormally. 4. Other unexpected errors. Try again later.",
        description = "Internal error of the multimodal input service.",
        cause = "Memory allocation failed.",
        cause = "The thread is busy.",
        cause = "The service runs abnormally.",
        cause = "Other unexpected errors.",
        solution = "Try again later. If the fault persists, check the system resource usage.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "输入服务异常",
        message = "Input service exception.",
        description = "当调用输入事件注入相关接口时，如果输入服务内部发生异常，会产生此错误码。",
        cause = "内存分配失败。",
        cause = "线程繁忙。",
        cause = "服务运行异常。",
        cause = "其他非预期错误。",
        solution = "建议稍后重试。如果问题持续存在，请检查系统资源使用情况。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    MultimodalInputInternalError,
    /// Status Error (4300001).
    ///
    /// This error code indicates different status errors in different APIs:
    ///
    /// - **pressKey API**: The key is already pressed and is not the most recently pressed key, or the number of pressed keys exceeds 5.
    ///
    ///   This error code is generated when the **pressKey** API of the keyboard controller is called and the key has been pressed but is not the most recently pressed key, or more than five keys have been pressed.
    ///
    ///   **Possible Causes**: The key has been pressed but is not the most recently pressed key, or more than five keys have been pressed.
    ///
    ///   **Solution**: Ensure that a key can only be pressed when it is in the released state. If a key is already pressed, ensure that it is the most recently pressed key. Ensure that the number of keys pressed simultaneously does not exceed five.
    ///
    /// - **releaseKey API**: The key is not pressed.
    ///
    ///   This error code is generated when the **releaseKey** API of the keyboard controller is called and the key is not pressed.
    ///
    ///   **Possible Causes**: An attempt is made to release a key that is not pressed.
    ///
    ///   **Solution**: Ensure that the key to be released is pressed.
    ///
    /// - **pressButton API**: The mouse button is already pressed.
    ///
    ///   This error code is generated when the **pressButton** API of the mouse controller is called and the mouse button has been pressed.
    ///
    ///   **Possible Causes**: The mouse button has been pressed.
    ///
    ///   **Solution**: Ensure that the mouse button is in the released state.
    ///
    /// - **releaseButton API**: The mouse button is not pressed.
    ///
    ///   This error code is generated when the **releaseButton** API of the mouse controller is called and the mouse button is not pressed.
    ///
    ///   **Possible Causes**: An attempt is made to release a mouse button that is not pressed.
    ///
    ///   **Solution**: Ensure that the mouse button to be released is pressed.
    ///
    /// - **beginAxis API**: The axis event is in progress.
    ///
    ///   This error code is generated when the **beginAxis** API of the mouse controller is called and an axis event is in progress.
    ///
    ///   **Possible Causes**: An axis event sequence is in progress and has not ended.
    ///
    ///   **Solution**: Ensure that the ongoing axis event sequence is ended before a new one is started.
    ///
    /// - **updateAxis/endAxis API**: The axis event is not in progress.
    ///
    ///   This error code is generated when the **updateAxis** or **endAxis API** of the mouse controller is called and no axis event is in progress.
    ///
    ///   **Possible Causes**: An attempt is made to update or end an axis event sequence that has not started.
    ///
    ///   **Solution**: Ensure that **beginAxis** is called to start an axis event sequence before calling **updateAxis** or **endAxis**.
    ///
    /// - **touchDown API**: The touch point is contacting the screen, or the touch point ID is not within the valid range [0, 9].
    ///
    ///   This error code is generated when the **touchDown** API of the touch controller is called and the touch point is contacting the screen or the touch point ID is not within the valid range [0, 9].
    ///
    ///   **Possible Causes**: The touch point is already in the pressed state, or the touch point ID is not within the valid range [0, 9].
    ///
    ///   **Solution**: Before calling the **touchDown** API, ensure that the corresponding touch point is not yet touching the screen and that the touch point ID is within the valid range [0, 9].
    ///
    /// - **touchMove/touchUp API**: The touch point is not yet touching the screen, or the touch point ID is not within the valid range [0, 9].
    ///
    ///   This error code is generated when the **touchMove** or **touchUp** API of the touch controller is called and the touch point is not yet touching the screen or the touch point ID is not within the valid range [0, 9].
    ///
    ///   **Possible Causes**: The touch point is not in the pressed state, or the touch point ID is not within the valid range [0, 9].
    ///
    ///   **Solution**: Before calling the **touchMove** or **touchUp** API, call the **touchDown** API to make the touch point touch the screen and ensure that the touch point ID is within the valid range [0, 9].
    #[code(
        4300001,
        title = "Status Error",
        message = "Status error. The specific scenario varies by interface and context.",
        description = "This error code indicates different status errors in different APIs:\n\n- **pressKey API**: The key is already pressed and is not the most recently pressed key, or the number of pressed keys exceeds 5.\n\n  This error code is generated when the **pressKey** API of the keyboard controller is called and the key has been pressed but is not the most recently pressed key, or more than five keys have been pressed.\n\n  **Possible Causes**: The key has been pressed but is not the most recently pressed key, or more than five keys have been pressed.\n\n  **Solution**: Ensure that a key can only be pressed when it is in the released state. If a key is already pressed, ensure that it is the most recently pressed key. Ensure that the number of keys pressed simultaneously does not exceed five.\n\n- **releaseKey API**: The key is not pressed.\n\n  This error code is generated when the **releaseKey** API of the keyboard controller is called and the key is not pressed.\n\n  **Possible Causes**: An attempt is made to release a key that is not pressed.\n\n  **Solution**: Ensure that the key to be released is pressed.\n\n- **pressButton API**: The mouse button is already pressed.\n\n  This error code is generated when the **pressButton** API of the mouse controller is called and the mouse button has been pressed.\n\n  **Possible Causes**: The mouse button has been pressed.\n\n  **Solution**: Ensure that the mouse button is in the released state.\n\n- **releaseButton API**: The mouse button is not pressed.\n\n  This error code is generated when the **releaseButton** API of the mouse controller is called and the mouse button is not pressed.\n\n  **Possible Causes**: An attempt is made to release a mouse button that is not pressed.\n\n  **Solution**: Ensure that the mouse button to be released is pressed.\n\n- **beginAxis API**: The axis event is in progress.\n\n  This error code is generated when the **beginAxis** API of the mouse controller is called and an axis event is in progress.\n\n  **Possible Causes**: An axis event sequence is in progress and has not ended.\n\n  **Solution**: Ensure that the ongoing axis event sequence is ended before a new one is started.\n\n- **updateAxis/endAxis API**: The axis event is not in progress.\n\n  This error code is generated when the **updateAxis** or **endAxis API** of the mouse controller is called and no axis event is in progress.\n\n  **Possible Causes**: An attempt is made to update or end an axis event sequence that has not started.\n\n  **Solution**: Ensure that **beginAxis** is called to start an axis event sequence before calling **updateAxis** or **endAxis**.\n\n- **touchDown API**: The touch point is contacting the screen, or the touch point ID is not within the valid range [0, 9].\n\n  This error code is generated when the **touchDown** API of the touch controller is called and the touch point is contacting the screen or the touch point ID is not within the valid range [0, 9].\n\n  **Possible Causes**: The touch point is already in the pressed state, or the touch point ID is not within the valid range [0, 9].\n\n  **Solution**: Before calling the **touchDown** API, ensure that the corresponding touch point is not yet touching the screen and that the touch point ID is within the valid range [0, 9].\n\n- **touchMove/touchUp API**: The touch point is not yet touching the screen, or the touch point ID is not within the valid range [0, 9].\n\n  This error code is generated when the **touchMove** or **touchUp** API of the touch controller is called and the touch point is not yet touching the screen or the touch point ID is not within the valid range [0, 9].\n\n  **Possible Causes**: The touch point is not in the pressed state, or the touch point ID is not within the valid range [0, 9].\n\n  **Solution**: Before calling the **touchMove** or **touchUp** API, call the **touchDown** API to make the touch point touch the screen and ensure that the touch point ID is within the valid range [0, 9]."
    )]
    #[translation(
        "zh-CN",
        title = "状态错误",
        message = "状态错误，根据具体接口和场景有以下不同情况。",
        description = "该错误码在不同接口中表示不同的状态错误：\n\n- **pressKey 接口**：The key has been pressed and is not the most recently pressed key, or the number of pressed keys exceeds 5.\n\n  当调用键盘控制器的pressKey接口时，如果按键已被按下且不是最近按下的按键，或已按下的按键数超过了5个，会产生此错误码。\n\n  **可能原因**：按键已经被按下且不是最近按下的按键，或已按下的按键数量超过了5个。\n\n  **处理步骤**：确保按键在抬起状态下才能被按下；如果按键已被按下，确保它是最近按下的按键；确保同时按下的按键数量不超过5个。\n\n- **releaseKey 接口**：The key has not been pressed.\n\n  当调用键盘控制器的releaseKey接口时，如果按键未被按下，会产生此错误码。\n\n  **可能原因**：尝试抬起一个未被按下的按键。\n\n  **处理步骤**：确保只抬起已经被按下的按键。\n\n- **pressButton 接口**：The mouse button has been pressed.\n\n  当调用鼠标控制器的pressButton接口时，如果鼠标按键已被按下，会产生此错误码。\n\n  **可能原因**：鼠标按键已经处于按下状态。\n\n  **处理步骤**：确保鼠标按键在抬起状态下才能被按下。\n\n- **releaseButton 接口**：The mouse button has not been pressed.\n\n  当调用鼠标控制器的releaseButton接口时，如果鼠标按键未被按下，会产生此错误码。\n\n  **可能原因**：尝试抬起一个未被按下的鼠标按键。\n\n  **处理步骤**：确保只抬起已经被按下的鼠标按键。\n\n- **beginAxis 接口**：An axis event is in progress.\n\n  当调用鼠标控制器的beginAxis接口时，如果已有轴事件正在进行中，会产生此错误码。\n\n  **可能原因**：已经有一个轴事件序列正在进行，尚未结束。\n\n  **处理步骤**：确保在开始新的轴事件序列之前，先结束当前正在进行的轴事件序列。\n\n- **updateAxis/endAxis 接口**：No axis event is in progress.\n\n  当调用鼠标控制器的updateAxis或endAxis接口时，如果没有轴事件正在进行中，会产生此错误码。\n\n  **可能原因**：尝试更新或结束一个未开始的轴事件序列。\n\n  **处理步骤**：确保在调用updateAxis或endAxis之前，先调用beginAxis开始轴事件序列。\n\n- **touchDown 接口**：触点已接触屏幕，或者触点ID不在有效范围[0, 9]内。\n\n  当调用触控控制器的touchDown接口时，如果触点已接触屏幕或触点ID不在有效范围[0,9]内，会产生此错误码。\n\n  **可能原因**：触点已经处于按下状态，或触点ID不在有效范围[0,9]内。\n\n  **处理步骤**：调用touchDown前，请确保对应触点尚未接触屏幕，且触点ID在有效范围[0,9]内。\n\n- **touchMove/touchUp 接口**：触点未接触屏幕，或者触点ID不在有效范围[0,9]内。\n\n  当调用触控控制器的touchMove或touchUp接口时，如果触点尚未接触屏幕或触点ID不在有效范围[0,9]内，会产生此错误码。\n\n  **可能原因**：触点尚未处于按下状态，或触点ID不在有效范围[0,9]内。\n\n  **处理步骤**：调用touchMove或touchUp前，请先调用touchDown使对应触点接触屏幕，并确保触点ID在有效范围[0,9]内。"
    )]
    StatusError,
    /// Display Does Not Exist (4300002).
    ///
    /// This error code is generated when the **moveTo** API of the mouse controller or the **touchDown** API of the touch controller is called and the specified display does not exist.
    #[code(
        4300002,
        title = "Display Does Not Exist",
        message = "The display does not exist.",
        description = "This error code is generated when the **moveTo** API of the mouse controller or the **touchDown** API of the touch controller is called and the specified display does not exist.",
        cause = "The display corresponding to the specified display ID does not exist.",
        solution = "Use a valid display ID. You can query the list of available displays through the display management API.",
        layout = "## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "显示器不存在",
        description = "当调用鼠标控制器的moveTo接口或触控控制器的touchDown接口时，如果指定的显示器不存在，会产生此错误码。",
        cause = "指定的displayId对应的显示器不存在。",
        solution = "使用有效的显示器ID，可以通过显示管理接口查询可用的显示器列表。",
        layout = "## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    DisplayDoesNotExist,
}
