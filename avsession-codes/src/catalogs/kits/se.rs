// SecureElement Error Codes: the catalog `SecureElementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// SecureElement Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "SecureElement",
    title = "SecureElement Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 3300000..=3399999,
    layout = "# {title}\n\n<!--Kit: Connectivity Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @amunra03-->\n<!--Designer: @wenxiaolin-->\n<!--Tester: @zs_111-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/se.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "SE(secureElement)错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n\n<!--Kit: Connectivity Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @amunra03-->\n<!--Designer: @wenxiaolin-->\n<!--Tester: @zs_111-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum SecureElementError {
    /// Abnormal SE Service Status (3300101).
    ///
    /// The SecureElement (SE) service is abnormal.
    #[code(
        3300101,
        title = "Abnormal SE Service Status",
        message = "IllegalStateError, an attempt is made to use an SE session that has been closed.",
        description = "The SecureElement (SE) service is abnormal.",
        cause = "The SE service is disconnected.",
        cause = "If the application accesses an SIM card or SIM2 card, check whether the corresponding card is inserted into the card slot.",
        solution = "Close the SE service.",
        solution = "Set up a connection with the SE service again."
    )]
    #[translation(
        "zh-CN",
        title = "SE服务状态异常",
        description = "SE服务状态异常。",
        cause = "SE服务状态已断开。",
        cause = "若应用访问的是SIM或SIM2安全单元，检查对应SIM卡是否插入卡槽。",
        solution = "关闭SE服务。",
        solution = "重新和SE服务建立连接。"
    )]
    AbnormalSeServiceStatus,
    /// Failed to Find the Desired SE (3300102).
    ///
    /// The desired SE is not found.
    #[code(
        3300102,
        title = "Failed to Find the Desired SE",
        message = "NoSuchElementError, the AID on the SE is not available or cannot be selected.",
        description = "The desired SE is not found.",
        cause = "The **aid** value of the parameter is incorrect.",
        cause = "The SE channel is occupied.",
        solution = "Enter a correct **aid** value.",
        solution = "Close the SE channel and then re-establish a connection.",
        solution = "Restart the device and try again."
    )]
    #[translation(
        "zh-CN",
        title = "找不到对应SE安全单元异常",
        description = "找不到对应SE安全单元异常。",
        cause = "参数的aid值不正确。",
        cause = "SE通道被占用。",
        solution = "传入正确的aid值后尝试。",
        solution = "关闭SE通道后重新建立连接。",
        solution = "重启设备后尝试。"
    )]
    FailedToFindDesiredSe,
    /// Failed to Obtain the Access Rule (3300103).
    ///
    /// The access rule cannot be obtained.
    #[code(
        3300103,
        title = "Failed to Obtain the Access Rule",
        message = "SecurityError, the calling application cannot be granted access to this AID or the default applet on this session.",
        description = "The access rule cannot be obtained.",
        cause = "There is no access rule for the application on the SE.",
        solution = "Write correct access rules to the SE.",
        solution = "Close the SE service and set up a connection with the SE service again.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:marked}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "无法获取访问控制规则异常",
        description = "无法获取访问控制规则异常。",
        cause = "安全单元上没有应用所依赖的访问规则。",
        solution = "写入正确的访问规则到安全单元上。",
        solution = "关闭SE服务后重新建立连接。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:marked}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    FailedToObtainAccessRule,
    /// SE Chip I/O Exception (3300104).
    ///
    /// The I/O of the SE chip is abnormal.
    #[code(
        3300104,
        title = "SE Chip I/O Exception",
        message = "IOError, there is a communication problem to the reader or the SE.",
        description = "The I/O of the SE chip is abnormal.",
        cause = "The communication with the SE chip is abnormal.",
        cause = "The SE chip is abnormal.",
        solution = "Close the SE service and set up a connection with the SE service again.",
        solution = "Restart the device."
    )]
    #[translation(
        "zh-CN",
        title = "SE芯片IO异常",
        description = "SE芯片IO异常。",
        cause = "和SE芯片通信异常。",
        cause = "SE芯片状态异常。",
        solution = "关闭SE服务后重新建立连接。",
        solution = "重启设备尝试。"
    )]
    SeChipIoException,
}
