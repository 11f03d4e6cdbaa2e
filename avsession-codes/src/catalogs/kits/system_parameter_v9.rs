// System Parameter Error Codes: the catalog `SystemParameterError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// System Parameter Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "System Parameter",
    title = "System Parameter Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 14700000..=14799999,
    layout = "# {title}\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Startup-->\n<!--Owner: @chenjinxiang3-->\n<!--Designer: @chenjinxiang3-->\n<!--Tester: @liuhaonan2-->\n<!--Adviser: @fang-jinxu-->\n<!-- md-trans-meta sourceCommit=0deae5163530b594a8b9c0420a3cfff159fa8146 translatedAt=2026-09-01T03:26:24.079Z pushedAt=2026-09-03T08:04:57.433Z -->\n\nSystem parameter error codes are used to identify errors that occur during system parameter operations, including parameter query failures, invalid values, insufficient permissions, and internal system errors. Specific error codes and descriptions help developers quickly locate and resolve issues.\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/system_parameter_v9.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "系统参数错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Startup-->\n<!--Owner: @chenjinxiang3-->\n<!--Designer: @chenjinxiang3-->\n<!--Tester: @liuhaonan2-->\n<!--Adviser: @fang-jinxu-->\n\n系统参数错误码用于标识系统参数操作中的错误情况，包括参数查找失败、值无效、权限不足、系统内部错误等场景。通过明确的错误码和描述，帮助开发者快速定位和解决问题。\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum SystemParameterError {
    /// Failure to Query the System Parameter (14700101).
    ///
    /// This error code is reported when no key is set in the memory.
    #[code(
        14700101,
        title = "Failure to Query the System Parameter",
        message = "System parameter not found.",
        description = "This error code is reported when no key is set in the memory.",
        cause = "The parameter is not set or fails to be set.",
        solution = "Set the parameter correctly. For details about the parameter verification mechanism, see [Parameter Management](https://gitcode.com/openharmony/docs/blob/master/en/device-dev/subsystems/subsys-boot-init-sysparam.md)."
    )]
    #[translation(
        "zh-CN",
        title = "系统参数查找失败",
        description = "内存中没有设置key值，系统会报此错误码。",
        cause = "参数没有设置，或设置失败。",
        solution = "设置合法的参数。关于参数的验证机制，请参见[系统参数](https://gitcode.com/openharmony/docs/blob/master/zh-cn/device-dev/subsystems/subsys-boot-init-sysparam.md)。"
    )]
    FailureToQuerySystemParameter,
    /// Invalid System Parameter Value (14700102).
    ///
    /// This error code is reported when the value of the system parameter is invalid. For details about the parameter verification mechanism, see [Parameter Management](https://gitcode.com/openharmony/docs/blob/master/en/device-dev/subsystems/subsys-boot-init-sysparam.md).
    #[code(
        14700102,
        title = "Invalid System Parameter Value",
        message = "Invalid system parameter value.",
        description = "This error code is reported when the value of the system parameter is invalid. For details about the parameter verification mechanism, see [Parameter Management](https://gitcode.com/openharmony/docs/blob/master/en/device-dev/subsystems/subsys-boot-init-sysparam.md).",
        cause = "The value of the system parameter is empty, is out of range, or contains special characters, for example, **const.param.xxx**.",
        solution = "Set the value to a valid string. For details about the parameter verification mechanism, see [Parameter Management](https://gitcode.com/openharmony/docs/blob/master/en/device-dev/subsystems/subsys-boot-init-sysparam.md)."
    )]
    #[translation(
        "zh-CN",
        title = "系统参数值无效",
        description = "当系统参数value值为空字符、非法字符或长度超出范围时，系统会报此错误码。关于参数值的验证机制，请参见[系统参数](https://gitcode.com/openharmony/docs/blob/master/zh-cn/device-dev/subsystems/subsys-boot-init-sysparam.md)。",
        cause = "接口的参数值超出设置范围或者含有特殊字符，比如，\"const.param.xxx\"。",
        solution = "修改value值为合法字符串。关于参数值的验证机制，请参见[系统参数](https://gitcode.com/openharmony/docs/blob/master/zh-cn/device-dev/subsystems/subsys-boot-init-sysparam.md)。"
    )]
    InvalidSystemParameterValue,
    /// System Operation Denied Due to Permission (14700103).
    ///
    /// This error code is reported when the system parameter does not have the discretionary access control (DAC) or mandatory access control (MAC) permission. For details about the implementation mechanism and method of permission configuration, see [Parameter Management](https://gitcode.com/openharmony/docs/blob/master/en/device-dev/subsystems/subsys-boot-init-sysparam.md).
    #[code(
        14700103,
        title = "System Operation Denied Due to Permission",
        message = "The operation on the system permission is denied.",
        description = "This error code is reported when the system parameter does not have the discretionary access control (DAC) or mandatory access control (MAC) permission. For details about the implementation mechanism and method of permission configuration, see [Parameter Management](https://gitcode.com/openharmony/docs/blob/master/en/device-dev/subsystems/subsys-boot-init-sysparam.md).",
        cause = "The DAC or MAC permission is not configured.",
        solution = "Add the DAC or MAC permission as needed. For details about the implementation mechanism and method of permission configuration, see [Parameter Management](https://gitcode.com/openharmony/docs/blob/master/en/device-dev/subsystems/subsys-boot-init-sysparam.md)."
    )]
    #[translation(
        "zh-CN",
        title = "系统操作因权限被拒绝",
        description = "系统参数没有DAC或MAC权限时，系统会报此错误码。关于权限配置的实现机制和方法，请参见[系统参数](https://gitcode.com/openharmony/docs/blob/master/zh-cn/device-dev/subsystems/subsys-boot-init-sysparam.md)。",
        cause = "没有配置DAC或MAC权限。",
        solution = "添加相应的DAC或MAC权限。关于权限配置的实现机制和方法，请参见[系统参数](https://gitcode.com/openharmony/docs/blob/master/zh-cn/device-dev/subsystems/subsys-boot-init-sysparam.md)。"
    )]
    SystemOperationDeniedDueToPermission,
    /// Internal System Error, Including Out of Memory and Deadlock (14700104).
    ///
    /// This error code is reported when the attempt to modify the **const** (parameter that cannot be modified after being assigned a value) attribute settings, the socket connection, or the memory copy fails. For details about the design mechanism of the **const** parameter, see [Parameter Management](https://gitcode.com/openharmony/docs/blob/master/en/device-dev/subsystems/subsys-boot-init-sysparam.md).
    #[code(
        14700104,
        title = "Internal System Error, Including Out of Memory and Deadlock",
        message = "System internal error such as out memory or deadlock.",
        description = "This error code is reported when the attempt to modify the **const** (parameter that cannot be modified after being assigned a value) attribute settings, the socket connection, or the memory copy fails. For details about the design mechanism of the **const** parameter, see [Parameter Management](https://gitcode.com/openharmony/docs/blob/master/en/device-dev/subsystems/subsys-boot-init-sysparam.md).",
        cause = "The socket connection is abnormal, the node fails to be added or obtained, an attempt is made to modify the **const** parameter, or the memory copy fails.",
        solution = "Analyze the memory usage of the entire process and eliminate memory leak.",
        solution = "If you are in a multi-thread scenario, check the error stack for deadlock.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n1. {solution}\n2. {solution}"
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误，包括内存不足，死锁等",
        description = "当试图修改const属性参数（赋值后不可更改的参数）、socket连接失败、内存拷贝失败等错误时，系统会报此错误码。关于const属性参数的设计机制，请参见[系统参数](https://gitcode.com/openharmony/docs/blob/master/zh-cn/device-dev/subsystems/subsys-boot-init-sysparam.md)。",
        cause = "当socket连接异常，添加节点或获取节点失败，试图修改const属性参数，或内存拷贝失败。",
        solution = "内存不足，需要分析整个进程的内存占用情况，是否有内存泄露的情况。",
        solution = "死锁，多出现在多线程场景下，需要通过错误堆栈查看是否有死锁的场景。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1. {solution}\n2. {solution}"
    )]
    InternalSystemErrorIncludingOutOfMemoryAndDeadlock,
}
