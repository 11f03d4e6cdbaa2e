// OAID Error Codes: the catalog `OaidError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// OAID Error Codes.
///
/// - This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "OAID",
    title = "OAID Error Codes",
    note = "- This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 17300000..=17399999,
    layout = "# {title}\n\n<!--Kit: Ads Kit-->\n<!--Subsystem: Advertising-->\n<!--Owner: @SukiEvas-->\n<!--Designer: @zhansf1988-->\n<!--Tester: @hongmei_may-->\n<!--Adviser: @RayShih-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Error Description**\n\n{description}\n\n**Possible Cause**\n\n{causes}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/oaid.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "开放匿名设备标识服务错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Ads Kit-->\n<!--Subsystem: Advertising-->\n<!--Owner: @ctssss-->\n<!--Designer: @zhansf1988-->\n<!--Tester: @hongmei_may-->\n<!--Adviser: @RayShih-->\n\n\n> **说明：**\n> \n> {note}\n{entries}"
)]
pub enum OaidError {
    /// System Internal Error (17300001).
    ///
    /// This error code is reported if an internal system error occurs.
    #[code(
        17300001,
        title = "System Internal Error",
        message = "System internal error.",
        description = "This error code is reported if an internal system error occurs.",
        cause = "Failed to connect to the OAID service.",
        solution = "Check whether the service is running properly."
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        description = "系统内部错误。",
        cause = "连接服务失败。",
        solution = "重启设备后重试。",
        solution = "若您的问题仍无法解决，请优先通过企点QQ：800183590、[转人工链接](https://webpage.qidian.qq.com/qidian/chatv3/pc.html?linkType=1&env=ol&kfuin=2885820057&fid=365&key=646c4489e237ea477e85483a1791dfaa&cate=1&type=16&ftype=1&_type=wpa&qidian=true&waitTime=10005&clickid=ad71nq.wg8a2n.l1fu39si&callImType=1&delayTime=10&roleValue=1&roleData=474&translateSwitch=0&source=0&isLBS=0&isSsc=0&isCustomEntry=0&im_jump_from=v2_1)联系技术人员排查处理，若以上方式未能有效解决问题，可通过<!--RP1-->在线提单<!--RP1End-->提交问题。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1. {solution}\n\n2. {solution}"
    )]
    SystemInternalError,
    /// Not in the Trust List (17300002).
    ///
    /// The system application is not in the trust list.
    #[code(
        17300002,
        title = "Not in the Trust List",
        message = "Not in the trust list.",
        description = "The system application is not in the trust list.",
        cause = "The system application that is not in the trust list calls the API.",
        solution = "Add the system application to the [trust list](../../ads-service/oaid/oaid-service-sys.md)."
    )]
    NotInTrustList,
}
