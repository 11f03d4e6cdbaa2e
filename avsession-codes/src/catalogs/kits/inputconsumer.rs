// Global Shortcut Key Error Codes: the catalog `GlobalShortcutKeyError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Global Shortcut Key Error Codes.
///
/// - This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Global Shortcut Key",
    title = "Global Shortcut Key Error Codes",
    note = "- This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{causes:marked}\n\n**Solution**\n\n{solutions:marked}\n",
    lock = "locks/inputconsumer.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "全局快捷键管理错误码",
    note = "- 以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Input Kit-->\n<!--Subsystem: MultimodalInput-->\n<!--Owner: @zhaoxueyuan-->\n<!--Designer: @hanruofei-->\n<!--Tester: @Lyuxin-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:marked}\n\n**处理步骤**\n\n{solutions:marked}\n"
)]
pub enum GlobalShortcutKeyError {
    /// Shortcut Key Already Registered by a System Application (4200002).
    ///
    /// C API: `INPUT_OCCUPIED_BY_SYSTEM`.
    ///
    /// This error code is reported if the shortcut key has been registered by a system application.
    #[code(
        4200002,
        title = "Shortcut Key Already Registered by a System Application",
        message = "The hotkey has been used by the system.",
        description = "This error code is reported if the shortcut key has been registered by a system application.",
        cause = "The shortcut key has been registered by a system application.",
        solution = "You can call [getAllSystemHotkeys](js-apis-inputconsumer.md#inputconsumergetallsystemhotkeys) to query all system shortcut keys.",
        since = 14,
        constant = "INPUT_OCCUPIED_BY_SYSTEM"
    )]
    #[translation(
        "zh-CN",
        title = "快捷键被系统注册",
        description = "快捷键已经被系统应用注册，会产生此错误码。",
        cause = "快捷键已经被系统应用注册。",
        solution = "可以通过[getAllSystemHotkeys](js-apis-inputconsumer.md#inputconsumergetallsystemhotkeys)接口查询所有的系统快捷键。"
    )]
    ShortcutKeyAlreadyRegisteredBySystemApplication,
    /// Shortcut Key Already Registered by a Third-party Application (4200003).
    ///
    /// C API: `INPUT_OCCUPIED_BY_OTHER`.
    ///
    /// This error code is generated when the shortcut key is registered by a third-party application.
    #[code(
        4200003,
        title = "Shortcut Key Already Registered by a Third-party Application",
        message = "The hotkey has been subscribed to by another.",
        description = "This error code is generated when the shortcut key is registered by a third-party application.",
        cause = "The shortcut key has been registered by a third-party application.",
        solution = "In the cmd window, run **hidumper -s 3101 -a -s** to query all registered shortcut keys and use any available shortcut keys.",
        since = 14,
        constant = "INPUT_OCCUPIED_BY_OTHER"
    )]
    #[translation(
        "zh-CN",
        title = "快捷键已经被其他注册",
        description = "快捷键被其他应用注册，会产生此错误码。",
        cause = "快捷键已经被其他应用注册。",
        solution = "在cmd命令窗口执行(hidumper -s 3101 -a -s)查询已经被注册的快捷键，注册未被其他应用占用的快捷键。"
    )]
    ShortcutKeyAlreadyRegisteredByThirdPartyApplication,
    /// Multimodal input internal error (3800001).
    ///
    /// C API: `INPUT_SERVICE_EXCEPTION`.
    ///
    /// Internal error of the multimodal input service.
    #[code(
        3800001,
        title = "Multimodal input internal error",
        message = "Input service exception. Possible causes: 1. Memory allocation failure. 2. Thread busy. 3. Service terminated abnormally. 4. Other unexpected errors. Try again later.",
        description = "Internal error of the multimodal input service.",
        cause = "Unexpected errors, such as memory allocation failure, busy thread, and abnormal service exit, occur.",
        solution = "Try again later.",
        since = 12,
        constant = "INPUT_SERVICE_EXCEPTION",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Cause**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "多模输入服务内部错误",
        description = "多模输入服务内部错误。",
        cause = "内存分配失败，线程繁忙，服务运行异常等非预期错误。",
        solution = "建议稍后重试。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    MultimodalInputInternalError,
}
