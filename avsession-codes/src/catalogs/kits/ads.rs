// Ads Service Framework Error Codes: the catalog `AdsServiceFrameworkError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Ads Service Framework Error Codes.
///
/// - This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Ads Service Framework",
    title = "Ads Service Framework Error Codes",
    note = "- This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n\n<!--Kit: Ads Kit-->\n<!--Subsystem: Advertising-->\n<!--Owner: @SukiEvas-->\n<!--Designer: @zhansf1988-->\n<!--Tester: @hongmei_may-->\n<!--Adviser: @RayShih-->\n\n> **NOTE**<br>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n",
    lock = "locks/ads.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "广告服务框架错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n\n<!--Kit: Ads Kit-->\n<!--Subsystem: Advertising-->\n<!--Owner: @ctssss-->\n<!--Designer: @zhansf1988-->\n<!--Tester: @hongmei_may-->\n<!--Adviser: @RayShih-->\n\n\n> **说明：**\n> \n> {note}\n{entries}",
    section = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum AdsServiceFrameworkError {
    /// Internal System Error (21800001).
    ///
    /// This error code is reported if an internal system error occurs.
    #[code(
        21800001,
        title = "Internal System Error",
        message = "System internal error.",
        description = "This error code is reported if an internal system error occurs.",
        cause = "Failed to connect to the OAID service.",
        solution = "Check whether the service is running properly."
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        description = "系统内部错误（例如：注册或删除Web组件JavaScript对象失败）。",
        cause = "连接服务失败。",
        solution = "重启设备后重试。",
        solution = "若您的问题仍无法解决，请优先通过企点QQ：800183590、转人工链接联系技术人员排查处理，若以上方式未能有效解决问题，可通过<!--RP1-->在线提单<!--RP1End-->提交问题。"
    )]
    InternalSystemError,
    /// Ad Loading Failure (21800003).
    ///
    /// This error code is reported if loading the ad fails.
    #[code(
        21800003,
        title = "Ad Loading Failure",
        message = "Failed to load the ad request.",
        description = "This error code is reported if loading the ad fails.",
        cause = "The network connection is abnormal.",
        cause = "Incorrect ad request parameter.",
        cause = "The server does not have proper ad filling.",
        solution = "Check the network status.",
        solution = "Check whether the ad request parameters meet the requirements based on the API reference."
    )]
    #[translation(
        "zh-CN",
        title = "广告请求加载失败",
        description = "广告请求加载失败。",
        cause = "服务器无合适广告填充。设备是否返回广告，取决于广告底价设置、用户负反馈屏蔽或算法决策等因素，因此无法保证每次请求都有填充。",
        solution = "请检查网络状态。",
        solution = "请根据API参考检查广告请求参数是否符合要求。",
        solution = "单台设备多次请求仍无法请求到广告时，建议使用多台设备进行测试。若您的问题仍无法解决，请优先通过企点QQ：800183590、转人工链接联系技术人员排查处理，若以上方式未能有效解决问题，可通过<!--RP2-->在线提单<!--RP2End-->提交问题。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:marked}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    AdLoadingFailure,
    /// Ad Display Failure (21800004).
    ///
    /// This error code is reported if displaying the ad fails.
    #[code(
        21800004,
        title = "Ad Display Failure",
        message = "Failed to display the ad.",
        description = "This error code is reported if displaying the ad fails.",
        cause = "The network connection is abnormal.",
        solution = "Check the network status."
    )]
    #[translation(
        "zh-CN",
        title = "广告展示失败",
        description = "广告展示失败。",
        cause = "网络连接异常。",
        solution = "请检查网络状态。"
    )]
    AdDisplayFailure,
    /// Ad Data Parsing Failure (21800005).
    ///
    /// This error code is reported if ad data is failed to be parsed.
    #[code(
        21800005,
        title = "Ad Data Parsing Failure",
        message = "Failed to parse the ad response.",
        description = "This error code is reported if ad data is failed to be parsed.",
        cause = "Key attributes are missing or the structure of the ad response data is incorrect.",
        solution = "Check the ad response data."
    )]
    #[translation(
        "zh-CN",
        title = "广告数据解析失败",
        description = "广告数据解析失败。",
        cause = "广告响应数据缺失关键属性或存在结构错误。",
        solution = "请检查广告响应数据。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    AdDataParsingFailure,
    /// Incorrect Ads Request Parameter (401).
    ///
    /// This error code is reported if an ads request parameter is incorrect.
    #[code(
        401,
        title = "Incorrect Ads Request Parameter",
        message = "Invalid input parameter. Possible causes: 1. Mandatory parameters are left unspecified. 2. Incorrect parameter types. 3. Parameter verification failed.",
        description = "This error code is reported if an ads request parameter is incorrect.",
        cause = "Ads request parameters fail the verification.",
        solution = "Check whether the ads request parameters are correct."
    )]
    IncorrectAdsRequestParameter,
    /// Ad Request Failure (801).
    ///
    /// This error code is reported when the device supports the target SysCap but does not support a specific API.
    #[code(
        801,
        title = "Ad Request Failure",
        message = "Device not supported.",
        description = "This error code is reported when the device supports the target SysCap but does not support a specific API.",
        cause = "The device does not support the API.",
        solution = "Check whether the device supports the API."
    )]
    AdRequestFailure,
}
