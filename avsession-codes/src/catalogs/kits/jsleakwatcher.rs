// JsLeakWatcher Error Codes: the catalog `JsLeakWatcherError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// JsLeakWatcher Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "JsLeakWatcher",
    title = "JsLeakWatcher Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 10800000..=10899999,
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @Lutao98-->\n<!--Designer: @martin_duan-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n<!-- md-trans-meta sourceCommit=acb6c2a8ea8fe2b36afd72ac2fbf7aa77d477f04 translatedAt=2026-09-21T02:42:45.782Z pushedAt=2026-09-22T01:29:30.406Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}\n",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions:plain}\n",
    lock = "locks/jsleakwatcher.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "JsLeakWatcher错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @Lutao98-->\n<!--Designer: @martin_duan-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n\n> **说明：**\n>\n> {note}\n{entries}\n",
    section = "\n## {code}  {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:plain}\n"
)]
pub enum JsLeakWatcherError {
    /// Invalid isEnabled Parameter (10801001).
    ///
    /// When the **enableLeakWatcher** function is called, the invalid parameter **isEnabled** is input.
    #[code(
        10801001,
        title = "Invalid isEnabled Parameter",
        message = "The parameter isEnabled is invalid.",
        description = "When the **enableLeakWatcher** function is called, the invalid parameter **isEnabled** is input.",
        cause = "The type of **isEnabled** is incorrect.",
        cause = "Mandatory parameters are not specified.",
        solution = "Ensure that the type of **isEnabled** is correct.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "参数isEnabled无效",
        description = "在调用接口函数enableLeakWatcher时，传入无效参数isEnabled。",
        cause = "传入参数isEnabled的类型错误。",
        cause = "必填参数未指定。",
        solution = "确保传入参数isEnabled的类型正确，且必填参数已指定。",
        layout = "\n## {code}  {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidIsEnabledParameter,
    /// Invalid config Parameter (10801002).
    ///
    /// When the **enableLeakWatcher** function is called, the invalid parameter **config** is input.
    #[code(
        10801002,
        title = "Invalid config Parameter",
        message = "The parameter config is invalid.",
        description = "When the **enableLeakWatcher** function is called, the invalid parameter **config** is input.",
        cause = "The type of **config** is incorrect.",
        cause = "Mandatory parameters are not specified.",
        cause = "Parameter verification failed. This parameter is an array of strings. The array must contain one or more of **XComponent**, **NodeContainer**, **Window**, **CustomComponent**, and **Ability**.",
        solution = "Ensure that the type of **config** is correct."
    )]
    #[translation(
        "zh-CN",
        title = "参数config无效",
        description = "在调用接口函数enableLeakWatcher时，传入无效参数config。",
        cause = "传入参数config的类型错误。",
        cause = "必填参数未指定。",
        cause = "参数校验失败。该参数为字符串类型数组，数组元素必须包含：XComponent，NodeContainer，Window，CustomComponent和Ability中一个或者多个。",
        solution = "确保传入参数config的类型正确，必填参数已指定，且数组元素包含XComponent、NodeContainer、Window、CustomComponent或Ability中的一个或多个。"
    )]
    InvalidConfigParameter,
    /// Invalid callback Parameter (10801003).
    ///
    /// When the **enableLeakWatcher** function is called, the invalid parameter **callback** is input.
    #[code(
        10801003,
        title = "Invalid callback Parameter",
        message = "The parameter callback is invalid.",
        description = "When the **enableLeakWatcher** function is called, the invalid parameter **callback** is input.",
        cause = "The type of the input parameter **callback** is incorrect.",
        cause = "Mandatory parameters are not specified.",
        cause = "Parameter verification failed. The input parameter of the **callback** function is an array of two string elements.",
        solution = "Ensure that the type of **callback** is correct. The input parameter of the **callback** function is an array of two strings.",
        solution = "Index 0 is the leak list file name with the suffix .jsleaklist; index 1 is the virtual machine memory snapshot file name with the suffix .rawheap."
    )]
    #[translation(
        "zh-CN",
        title = "参数callback无效",
        description = "在调用接口函数enableLeakWatcher时，传入无效参数callback。",
        cause = "传入参数callback的类型错误。",
        cause = "必填参数未指定。",
        cause = "参数校验失败。校验callback回调函数入参是一个包含两个元素字符串类型数组。",
        solution = "确保传入参数callback的类型正确，必填参数已指定，且该回调函数入参是一个包含两个元素字符串类型数组。",
        solution = "索引0为泄露列表文件名，后缀为.jsleaklist；索引1为虚拟机内存快照文件名，后缀为.rawheap。"
    )]
    InvalidCallbackParameter,
}
