// Extended Authentication Error Codes: the catalog `ExtendedAuthenticationError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Extended Authentication Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Extended Authentication",
    title = "Extended Authentication Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 33200000..=33299999,
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/net_eap.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "扩展认证错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}\n",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
)]
pub enum ExtendedAuthenticationError {
    /// Invalid netId (33200001).
    ///
    /// This error code is reported if **netId** is invalid.
    #[code(
        33200001,
        title = "Invalid netId",
        message = "Invalid netId.",
        description = "This error code is reported if **netId** is invalid.",
        cause = "The specified **netId** does not exist.",
        solution = "Enter a valid **netId**."
    )]
    #[translation(
        "zh-CN",
        title = "无效的netId值",
        description = "不合法的net Id值。",
        cause = "net Id值不存在。",
        solution = "输入一个合法的net ID值。"
    )]
    InvalidNetId,
    /// Failed to Exit Extended Authentication of the Specified NIC (33200002).
    ///
    /// This error code is reported if the attempt to exit extended authentication of the NIC identified by the specified **netId** fails.
    #[code(
        33200002,
        title = "Failed to Exit Extended Authentication of the Specified NIC",
        message = "log off fail.",
        description = "This error code is reported if the attempt to exit extended authentication of the NIC identified by the specified **netId** fails.",
        cause = "The specified **netId** does not exist.",
        solution = "Enter a valid **netId**."
    )]
    #[translation(
        "zh-CN",
        title = "退出指定netId网卡扩展认证失败",
        description = "退出指定的net Id的扩展认证失败。",
        cause = "net Id值不存在。",
        solution = "输入一个合法的net ID值。"
    )]
    FailedToExitExtendedAuthenticationOfSpecifiedNic,
    /// Invalid eth eap Configuration (33200003).
    ///
    /// This error code is reported if the **eth eap** configuration in **profile** is invalid.
    #[code(
        33200003,
        title = "Invalid eth eap Configuration",
        message = "Invalid profile.",
        description = "This error code is reported if the **eth eap** configuration in **profile** is invalid.",
        cause = "The **profile** field value is incorrect.",
        solution = "Configure the **profile** field correctly."
    )]
    #[translation(
        "zh-CN",
        title = "无效的eth eap配置",
        description = "不合法的eth eap配置。",
        cause = "profile值配置错误。",
        solution = "配置正确的profile值。"
    )]
    InvalidEthEapConfiguration,
    /// Invalid eap Result Value (33200004).
    ///
    /// This error code is reported if the **result** value is invalid.
    #[code(
        33200004,
        title = "Invalid eap Result Value",
        message = "Invalid result.",
        description = "This error code is reported if the **result** value is invalid.",
        cause = "The input **result** value is not within the range of **CustomResult**.",
        solution = "Set **result** to a value within the range of **CustomResult**."
    )]
    #[translation(
        "zh-CN",
        title = "无效的eap结果值",
        description = "不合法的eap result值。",
        cause = "传入的result值不属于CustomResult范围。",
        solution = "属于类型CustomResult的值。"
    )]
    InvalidEapResultValue,
    /// Invalid Data Length (33200005).
    ///
    /// This error code is reported if the EAP data length is invalid.
    #[code(
        33200005,
        title = "Invalid Data Length",
        message = "Invalid size of eap data.",
        description = "This error code is reported if the EAP data length is invalid.",
        cause = "The input EAP data length is different from the value of **bufferLen** in **EapData**.",
        solution = "Ensure that the value of **bufferLen** is the same as the EAP data length."
    )]
    #[translation(
        "zh-CN",
        title = "无效的eap数据长度",
        description = "不合法的EAP数据长度值。",
        cause = "传入的EAP数据长度与EapData中的bufferLen不相等。",
        solution = "确保bufferLen参数与EAP数据长度一致。"
    )]
    InvalidDataLength,
    /// Invalid Network Type (33200006).
    ///
    /// This error code is reported if the network type is invalid.
    #[code(
        33200006,
        title = "Invalid Network Type",
        message = "Invalid net type.",
        description = "This error code is reported if the network type is invalid.",
        cause = "The input network type is not supported.",
        solution = "Set the input network type to **1** (WLAN) or **2** (ETH)."
    )]
    #[translation(
        "zh-CN",
        title = "无效的网络类型",
        description = "网络类型不合法。",
        cause = "传入的网络类型不支持。",
        solution = "传入支持的合法网络类型: WLAN: 1; ETH: 2。"
    )]
    InvalidNetworkType,
    /// Invalid eapCode Value (33200007).
    ///
    /// This error code is reported if **eapCode** is invalid.
    #[code(
        33200007,
        title = "Invalid eapCode Value",
        message = "Invalid eap code.",
        description = "This error code is reported if **eapCode** is invalid.",
        cause = "The input **eapCode** is not within the valid value range.",
        solution = "Enter a valid **eapCode** value, which can be **1**, **2**, **3**, or **4**.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "无效的eapCode值",
        description = "eap code不合法。",
        cause = "传入的参数不在合理取值范围。",
        solution = "eap code的合法取值为1、2、3、4。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidEapCodeValue,
    /// Invalid eapType Value (33200008).
    ///
    /// This error code is reported if **eapType** is invalid.
    #[code(
        33200008,
        title = "Invalid eapType Value",
        message = "Invalid eap type.",
        description = "This error code is reported if **eapType** is invalid.",
        cause = "The input **eapCode** is not within the valid value range.",
        solution = "Set **eapType** to a value within the range of [1, 255]."
    )]
    #[translation(
        "zh-CN",
        title = "无效的eapType值",
        description = "eap type不合法。",
        cause = "传入的参数不在合理取值范围。",
        solution = "传入合法的eap type，取值范围为[1, 255]。"
    )]
    InvalidEapTypeValue,
    /// netmanager Not Exist (33200009).
    ///
    /// The netmanager process does not exist.
    #[code(
        33200009,
        title = "netmanager Not Exist",
        message = "netmanager stop.",
        description = "The netmanager process does not exist.",
        cause = "This error code is reported if the netmanager process is abnormal.",
        solution = "Reboot the system."
    )]
    #[translation(
        "zh-CN",
        title = "netmanager进程不存在",
        description = "netmanager进程不存在。",
        cause = "系统netmanager进程问题。",
        solution = "重启机器。"
    )]
    NetmanagerNotExist,
    /// Invalid eap Status (33200010).
    ///
    /// This error code is reported if the eth status is invalid.
    #[code(
        33200010,
        title = "Invalid eap Status",
        message = "Invalid eth state.",
        description = "This error code is reported if the eth status is invalid.",
        cause = "The Ethernet adapter is not working properly.",
        solution = "Remove and insert the network cable and try again."
    )]
    #[translation(
        "zh-CN",
        title = "无效的eap状态",
        description = "无效的eth状态。",
        cause = "以太网卡工作状态异常。",
        solution = "可尝试插拔有线网重试。"
    )]
    InvalidEapStatus,
    /// Internal Program Error (33200099).
    ///
    /// This error code is reported if a program fails to operate properly.
    #[code(
        33200099,
        title = "Internal Program Error",
        message = "internal error.",
        description = "This error code is reported if a program fails to operate properly.",
        cause = "If EAP packets fail to be processed, for example, packets fail to be parsed or the data format is incorrect, filter the logs by the keyword \"wpa_supplicant:EAP\" to locate and analyze the fault.",
        cause = "If the authentication process is abnormal, for example, the state machine is incorrect or the authentication times out and no response is returned, filter the logs by the keyword \"entering state\" to locate and analyze the fault.",
        cause = "If the certificate fails to be processed, for example, the certificate fails to be loaded or parsed, or the key operation fails, filter the logs by the keyword \"wpa_supplicant:SSL\" to locate and analyze the fault.",
        cause = "If the callback function is abnormal, for example, the callback function is not correctly implemented or an exception that is not captured is thrown, filter the logs by the keyword \"replyCustomEapData\" to locate and analyze the fault.",
        cause = "If the communication fails, for example, the socket communication is abnormal or the connection is disconnected, check the logs. This cause is commonly seen on the [startEthEap](js-apis-net-eap.md#eapstartetheap) and [logOffEthEap](js-apis-net-eap.md#eaplogoffetheap) interfaces. You can filter logs by the keyword startEap or stopEap to check whether the command is delivered properly.",
        solution = "View system logs to locate the fault. You can filter logs by the keyword supplicant to locate the EAP packet processing exception, and filter logs by the keyword replyCustomEapData to locate the callback function exception. For communication exceptions triggered by the [startEthEap](js-apis-net-eap.md#eapstartetheap) and [logOffEthEap](js-apis-net-eap.md#eaplogoffetheap) interfaces, you can filter logs by the keyword startEap or stopEap to locate the fault.",
        solution = "Ensure that the EAP authentication process is correctly invoked. Do not perform the next step before the previous step is complete.",
        solution = "Check whether the certificate and key are correctly configured and whether the certificate format meets the requirements.",
        solution = "Ensure that the callback function is not deregistered repeatedly before being deregistered and is working properly after being registered.",
        solution = "If the fault persists, restart the device and try again."
    )]
    #[translation(
        "zh-CN",
        title = "程序内部错误",
        description = "程序内部出现错误。",
        cause = "EAP报文处理异常，如报文解析失败、数据格式错误，通过日志关键词过滤wpa_supplicant:EAP进行定位分析。",
        cause = "认证流程异常，如状态机错误、认证超时未响应，通过日志关键词过滤entering state进行定位分析。",
        cause = "证书处理失败，如证书加载失败、证书解析错误、密钥操作失败，通过日志关键词过滤wpa_supplicant:SSL进行定位分析。",
        cause = "回调函数异常，如回调未正确实现或抛出未捕获异常，通过日志关键词过滤replyCustomEapData进行定位分析。",
        cause = "通信失败，如socket通信异常、连接断开。此原因常见于startEthEap和logOffEthEap接口，通过日志关键词过滤startEap或stopEap检查命令是否正常下发。",
        solution = "查看系统日志定位具体异常原因，通过日志关键词过滤supplicant定位EAP报文处理异常，通过日志关键词过滤replyCustomEapData定位回调函数异常；对于startEthEap和logOffEthEap接口触发的通信异常，可通过日志关键词过滤startEap或stopEap进行定位。",
        solution = "确认EAP认证流程调用顺序正确，避免在未完成上一步操作时进行下一步操作。",
        solution = "检查证书和密钥配置是否正确，确保证书格式符合要求。",
        solution = "确认回调函数在注销前未被重复注销，且在注册后正常使用。",
        solution = "若问题持续存在，请重启设备后重试。"
    )]
    InternalProgramError,
}
