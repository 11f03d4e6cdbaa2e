// Display Error Codes: the catalog `DisplayError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Display Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Display",
    title = "Display Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 1400000..=1499999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: Window-->\n<!--Owner: @oh_wangxk; @logn-->\n<!--Designer: @hejunfei1991-->\n<!--Tester: @qinliwen0417-->\n<!--Adviser: @ge-yafang-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{causes:tight}\n\n**Solution**<br>\n{solutions:tight}\n",
    lock = "locks/display.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "屏幕错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: Window-->\n<!--Owner: @oh_wangxk-->\n<!--Designer: @wulong158-->\n<!--Tester: @qinliwen0417-->\n<!--Adviser: @ge-yafang-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes:tight}\n\n**处理步骤**<br>\n{solutions:tight}\n"
)]
pub enum DisplayError {
    /// Invalid Display or Screen (1400001).
    ///
    /// C API: `DISPLAY_MANAGER_ERROR_INVALID_SCREEN`.
    ///
    /// This error code is reported when an invalid display, including a virtual screen, is operated.
    #[code(
        1400001,
        title = "Invalid Display or Screen",
        message = "Invalid display or screen.",
        description = "This error code is reported when an invalid display, including a virtual screen, is operated.",
        cause = "The virtual screen has not been created.",
        cause = "The virtual screen has been destroyed.",
        solution = "Before operating the virtual screen, check whether the virtual screen has been created.",
        solution = "Check whether the virtual screen has been destroyed.",
        since = 12,
        constant = "DISPLAY_MANAGER_ERROR_INVALID_SCREEN"
    )]
    #[translation(
        "zh-CN",
        title = "无效的显示设备",
        description = "当操作无效的显示设备，包括虚拟屏时，会报此错误码。",
        cause = "虚拟屏未创建。",
        cause = "虚拟屏已销毁。",
        solution = "在操作虚拟屏前，检查该虚拟屏是否已经存在，确保已创建该虚拟屏。",
        solution = "在操作虚拟屏前，检查虚拟屏是否已被销毁，确保其未被销毁，再进行相关操作。"
    )]
    InvalidDisplayOrScreen,
    /// Unauthorized Operation (1400002).
    ///
    /// C API: `DISPLAY_MANAGER_ERROR_INVALID_CALL`.
    ///
    /// This error code is reported when the API does not have the required permissions to operate an object.
    #[code(
        1400002,
        title = "Unauthorized Operation",
        message = "Unauthorized operation.",
        description = "This error code is reported when the API does not have the required permissions to operate an object.",
        cause = "The creator and destroyer of the virtual screen are different.",
        solution = "Check whether unauthorized operations are performed on the object of another process. If yes, delete the operations.",
        since = 12,
        system_api,
        constant = "DISPLAY_MANAGER_ERROR_INVALID_CALL",
        layout = "\n<!--Del-->\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{causes}\n\n**Solution**<br>\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "无权限操作",
        description = "当对无操作权限的对象进行操作时，会报此错误码。",
        cause = "虚拟屏幕的创建者和销毁者不一致。",
        solution = "请检查是否非法操作了别的进程的对象，删除相关非法操作。",
        layout = "\n<!--Del-->\n## {code} {title}\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes}\n\n**处理步骤**<br>\n{solutions}\n<!--DelEnd-->\n"
    )]
    UnauthorizedOperation,
    /// Abnormal Display Manager Service (1400003).
    ///
    /// C API: `DISPLAY_MANAGER_ERROR_SYSTEM_ABNORMAL`.
    ///
    /// This error code is reported when the display manager service is abnormal.
    #[code(
        1400003,
        title = "Abnormal Display Manager Service",
        message = "This display manager service works abnormally.",
        description = "This error code is reported when the display manager service is abnormal.",
        cause = "The display manager service is not started normally.",
        cause = "The bottom-layer graphics synthesis and rendering are abnormal.",
        solution = "Try again later or restart the device.",
        since = 12,
        constant = "DISPLAY_MANAGER_ERROR_SYSTEM_ABNORMAL"
    )]
    #[translation(
        "zh-CN",
        title = "系统服务工作异常",
        description = "当系统服务工作异常时，会报此错误码。",
        cause = "屏幕管理服务没有正常启动。",
        cause = "底层图形图像合成渲染异常。",
        solution = "系统服务内部工作异常，请稍后重试，或者重启设备尝试。"
    )]
    AbnormalDisplayManagerService,
    /// Parameter Error (1400004).
    ///
    /// C API: `DISPLAY_MANAGER_ERROR_ILLEGAL_PARAM`.
    ///
    /// This error code is reported when an input parameter is incorrect.
    #[code(
        1400004,
        title = "Parameter Error",
        message = "Parameter error.",
        description = "This error code is reported when an input parameter is incorrect.",
        cause = "The parameter value is out of range.",
        solution = "Correct the parameters.",
        since = 20,
        constant = "DISPLAY_MANAGER_ERROR_ILLEGAL_PARAM"
    )]
    #[translation(
        "zh-CN",
        title = "参数异常",
        description = "当传入参数异常时，会报此错误码。",
        cause = "参数的值超出允许的范围。",
        solution = "在对屏幕进行操作前，检查传入参数是否有效，确保参数有效再进行相关操作。",
        layout = "\n## {code} {title}\n**错误信息**<br>\n{message}\n\n**错误描述**<br>\n{description}\n\n**可能原因**<br>\n{causes}\n\n**处理步骤**<br>\n{solution}"
    )]
    ParameterError,
}
