// API Call Error Codes: the catalog `ApiCallError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// API Call Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "API Call",
    title = "API Call Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @hehongyang3; @mayaolll; @liyi0309-->\n<!--Designer: @hehongyang3; @liyi0309; @jiangdayuan-->\n<!--Tester: @lxl007-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/internal.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "接口调用异常错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @CCFFWW; @mayaolll; @liyi0309-->\n<!--Designer: @CCFFWW; @liyi0309; @jiangdayuan-->\n<!--Tester: @lxl007-->\n<!--Adviser: @Brilliantry_Rui-->\n\n> **说明：**\n>\n> {note}\n{entries}\n"
)]
pub enum ApiCallError {
    /// Internal Error (100001).
    ///
    /// C API: `ARKUI_ERROR_CODE_INTERNAL_ERROR`.
    ///
    /// For [@ohos.animator](js-apis-animator.md) and [@ohos.promptAction](js-apis-promptAction.md), this error code is reported when an internal error that cannot be rectified by developers occurs, with specific details included in the error message.
    ///
    /// For [@ohos.router](js-apis-router.md), this error code is represented as a string type.
    ///
    /// For the [Navigation](arkui-ts/ts-basic-components-navigation.md) routing framework, this error code is represented as a number type.
    ///
    /// For [@ohos.arkui.componentSnapshot](js-apis-arkui-componentSnapshot.md), this error code is triggered when the internal state is abnormal.
    ///
    /// For [UIContext](./arkts-apis-uicontext-uicontext.md), this error code is reported when an internal error that cannot be rectified by developers occurs.
    #[code(
        100001,
        title = "Internal Error",
        message = "When used for [@ohos.animator](js-apis-animator.md): \"The specified page is not found or the object property list is not obtained.\"\n\nWhen used for [@ohos.promptAction](js-apis-promptAction.md) or [UIContext](./arkts-apis-uicontext-uicontext.md): \"Internal error.\"\n\nWhen used for [@ohos.router](js-apis-router.md): \"Internal error. UI execution context is not found.\"\n\nWhen used for the [Navigation](arkui-ts/ts-basic-components-navigation.md) routing framework: \"Internal error. Create NavDestination failed, probably caused by wrong UIContext.\"\n\nWhen used for [@ohos.arkui.componentSnapshot](js-apis-arkui-componentSnapshot.md): \"The builder is not a valid build function.\"\n\nWhen used for [@ohos.arkui.componentUtils](js-apis-arkui-componentUtils.md): \"UI execution context not found.\"",
        description = "For [@ohos.animator](js-apis-animator.md) and [@ohos.promptAction](js-apis-promptAction.md), this error code is reported when an internal error that cannot be rectified by developers occurs, with specific details included in the error message.\n\nFor [@ohos.router](js-apis-router.md), this error code is represented as a string type.\n\nFor the [Navigation](arkui-ts/ts-basic-components-navigation.md) routing framework, this error code is represented as a number type.\n\nFor [@ohos.arkui.componentSnapshot](js-apis-arkui-componentSnapshot.md), this error code is triggered when the internal state is abnormal.\n\nFor [UIContext](./arkts-apis-uicontext-uicontext.md), this error code is reported when an internal error that cannot be rectified by developers occurs.",
        cause = "For [@ohos.animator](js-apis-animator.md), [@ohos.router](js-apis-router.md), or [Navigation](arkui-ts/ts-basic-components-navigation.md) routing framework: failure to obtain the rendering engine or parse parameters.",
        cause = "For [@ohos.promptAction](js-apis-promptAction.md): failure to obtain the rendering engine or parse parameters, or unclear UI context.",
        cause = "For [@ohos.arkui.componentSnapshot](js-apis-arkui-componentSnapshot.md): failure to obtain a valid UI instance, null pointer exception, failed internal state validation of the UI instance, inability to query the node (because the component is not added to the tree), or snapshot size exceeding hardware limits (which may vary by hardware platform).",
        cause = "For [UIContext](./arkts-apis-uicontext-uicontext.md): failure to create a UI instance because <!--Del-->the color picking parameters are not set as required by the API or in invalid types, <!--DelEnd-->the memory is insufficient, or the JS VM is abnormal.",
        solution = "For issues related to the issue of [ambiguous UI context](../../ui/arkts-global-interface.md#ambiguous-ui-context), use the APIs provided in **UIContext**. For details, see [Using the UI Context API for UI Operations (UIContext)](../../ui/arkts-global-interface.md).",
        since = 15,
        constant = "ARKUI_ERROR_CODE_INTERNAL_ERROR",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Symptom**\n\n{description}\n\n**Possible Cause**\n\n{causes:plain}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "接口调用异常错误码",
        message = "作为[@ohos.animator](js-apis-animator.md)的错误码时，错误信息为：The specified page is not found or the object property list is not obtained.\n\n作为[@ohos.promptAction](js-apis-promptAction.md)和[UIContext](./arkts-apis-uicontext-uicontext.md)的错误码时，错误信息为：Internal error.\n\n作为[@ohos.router](js-apis-router.md)的错误码时，错误信息为：Internal error. UI execution context is not found.\n\n作为[Navigation](arkui-ts/ts-basic-components-navigation.md)路由框架的错误码时，错误信息为：Internal error. Create NavDestination failed, probably caused by wrong UIContext.\n\n作为[@ohos.arkui.componentSnapshot](js-apis-arkui-componentSnapshot.md)的错误码时，错误信息为：The builder is not a valid build function.\n\n作为[@ohos.arkui.componentUtils](js-apis-arkui-componentUtils.md)的错误码时，错误信息为：UI execution context not found.",
        description = "作为[@ohos.animator](js-apis-animator.md)和[@ohos.promptAction](js-apis-promptAction.md)的错误码时，出现了开发者解决不了的内部异常错误，会报此错误码，并描述具体是哪种内部错误。\n\n作为[@ohos.router](js-apis-router.md)的错误码时，该错误码为string类型。\n\n作为[Navigation](arkui-ts/ts-basic-components-navigation.md)路由框架的错误码时，该错误码为number类型。\n\n作为[@ohos.arkui.componentSnapshot](js-apis-arkui-componentSnapshot.md)的错误码时，该错误码在内部状态出现异常时被触发。\n\n作为[UIContext](./arkts-apis-uicontext-uicontext.md)的错误时，出现了开发者解决不了的内部异常错误，系统会产生此错误码。",
        cause = "作为[@ohos.animator](js-apis-animator.md)、[@ohos.router](js-apis-router.md)和[Navigation](arkui-ts/ts-basic-components-navigation.md)路由框架的错误码时，可能原因为：未成功获取渲染引擎，解析参数失败等。",
        cause = "作为[@ohos.promptAction](js-apis-promptAction.md)的错误码时，可能原因为：未成功获取渲染引擎、解析参数失败或者UI上下文不明确等问题。",
        cause = "作为[@ohos.arkui.componentSnapshot](js-apis-arkui-componentSnapshot.md)的错误码时，可能原因为：无法获取正确的UI实例、空指针异常、UI实例内部状态校验异常、组件未上树无法查询到节点、截图尺寸超过硬件限制（硬件限制可能根据不同硬件平台有所不同）等。",
        cause = "作为[UIContext](./arkts-apis-uicontext-uicontext.md)的错误时，可能原因为：内存不足或JS虚拟机异常等因素可能导致UI实例创建失败。",
        solution = "针对[UI上下文不明确](../../ui/arkts-global-interface.md#ui上下文不明确)问题，可以使用UIContext中的接口进行替换，详细说明可参考[使用UI上下文接口操作界面](../../ui/arkts-global-interface.md)。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:plain}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InternalError,
}
