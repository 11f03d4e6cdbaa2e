// Input Monitor Error Codes: the catalog `InputMonitorError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Input Monitor Error Codes.
///
/// - This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Input Monitor",
    title = "Input Monitor Error Codes",
    note = "- This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 4100000..=4199999,
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/inputmonitor.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "按键前置监听错误码",
    note = "- 以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum InputMonitorError {
    /// Event Listening Not Supported for the Key (4100001).
    ///
    /// This error code is reported if event listening is not supported for this key.
    #[code(
        4100001,
        title = "Event Listening Not Supported for the Key",
        message = "Event listening not supported for the key.",
        description = "This error code is reported if event listening is not supported for this key.",
        cause = "The current API does not support the key for which event listening is to be enabled.",
        solution = "Check whether event listening is supported for the input key. Currently, event listening is supported only for the **META_LEFT**, **META_RIGHT**, power, and volume keys."
    )]
    #[translation(
        "zh-CN",
        title = "按键不支持前置监听",
        description = "事件监听不支持该按键。",
        cause = "需要监听的按键当前接口不支持。",
        solution = "检查传入的按键值是否支持监听，当前仅支持监听META_LEFT键、META_RIGHT键、电源键、音量键。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    EventListeningNotSupportedForKey,
}
