// Telephony Error Codes: the catalog `TelephonyError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Telephony Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Telephony",
    title = "Telephony Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: Telephony Kit-->\n<!--Subsystem: Telephony-->\n<!--Owner: @shao-yikai-->\n<!--Designer: @wnazgul-->\n<!--Tester: @jiang_99-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n",
    lock = "locks/telephony.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "电话子系统错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Telephony Kit-->\n<!--Subsystem: Telephony-->\n<!--Owner: @shao-yikai-->\n<!--Designer: @wnazgul-->\n<!--Tester: @jiang_99-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum TelephonyError {
    /// Input Parameter Value Out of Range (8300001).
    ///
    /// This error code is reported if the value of the input parameter (for example, **slotId**) is not within the valid range. In this case, the API call will fail and the corresponding operation cannot be performed.
    #[code(
        8300001,
        title = "Input Parameter Value Out of Range",
        message = "The input parameter value is out of range.",
        description = "This error code is reported if the value of the input parameter (for example, **slotId**) is not within the valid range. In this case, the API call will fail and the corresponding operation cannot be performed.",
        cause = "The input parameter value is invalid.",
        solution = "Enter a valid parameter value.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "输入参数不在处理范围内",
        description = "输入参数不在处理范围内，如slotId无效等，将无法进行相应的操作。",
        cause = "输入参数无效。",
        solution = "请输入正确的有效参数。"
    )]
    InputParameterValueOutOfRange,
    /// Service Connection Error (8300002).
    ///
    /// C API: `TEL_RADIO_ERR_SERVICE_CONNECTION_FAILED`.
    ///
    /// This error code is reported if the attempt to connect to a service fails.
    #[code(
        8300002,
        title = "Service Connection Error",
        message = "Service connection failed.",
        description = "This error code is reported if the attempt to connect to a service fails.",
        cause = "Service startup or IPC connection has failed.",
        solution = "Operation error. Try again later.",
        since = 13,
        constant = "TEL_RADIO_ERR_SERVICE_CONNECTION_FAILED",
        layout = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "服务连接失败",
        description = "操作失败。无法连接到服务。",
        cause = "服务启动失败，IPC连接失败等。",
        solution = "本次操作异常，请稍后重试。",
        layout = "\n\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n\n### {case}\n\n**错误信息**\n\n{case_message}\n\n**错误描述**\n\n{case_description}\n\n**可能原因**\n\n{case_causes}\n\n**处理步骤**\n\n{case_solutions}\n"
    )]
    #[case(
        "zh-CN",
        title = "无企业来电权限",
        message = "The enterprise permission is not verified.",
        description = "无企业来电权限。",
        cause = "可能没有申请企业来电权限。",
        solution = "通过[申请接入](https://developer.huawei.com/consumer/cn/doc/harmonyos-guides/callservice-enterprise-contact-display#申请接入)申请企业来电权限，或通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题，华为支持人员会及时处理。"
    )]
    ServiceConnectionError,
    /// System Internal Error (8300003).
    ///
    /// C API: `TEL_RADIO_ERR_OPERATION_FAILED`.
    ///
    /// This error code is reported if an internal system error occurs.
    #[code(
        8300003,
        title = "System Internal Error",
        message = "System internal error.",
        description = "This error code is reported if an internal system error occurs.",
        cause = "The possible cause is that data read/write has failed because the network is abnormal.",
        solution = "Operation error. Try again later.",
        since = 13,
        constant = "TEL_RADIO_ERR_OPERATION_FAILED",
        layout = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        description = "系统内部错误。",
        cause = "网络异常，数据读写失败等。",
        solution = "本次操作异常，请稍后重试。",
        layout = "\n\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SystemInternalError,
    /// SIM Card Not Detected (8300004).
    ///
    /// This error code is reported if no SIM card is detected.
    #[code(
        8300004,
        title = "SIM Card Not Detected",
        message = "No SIM card found.",
        description = "This error code is reported if no SIM card is detected.",
        cause = "No SIM card is inserted or the SIM card is not properly inserted.",
        solution = "Insert the SIM card or remove and insert the SIM card again."
    )]
    #[translation(
        "zh-CN",
        title = "未识别SIM卡",
        description = "没有识别到SIM卡。",
        cause = "未插入SIM卡或未正常插入SIM卡。",
        solution = "请插卡或重新拔插SIM卡。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SimCardNotDetected,
    /// Internal Error (8300999).
    ///
    /// This error code is reported if an internal error occurs.
    #[code(
        8300999,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported if an internal error occurs.",
        cause = "The problem may arise due to insufficient memory, memory operation errors, or null pointers.",
        solution = "Operation error. Try again later."
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "内部错误。",
        cause = "内存不足、内存操作失误、空指针。",
        solution = "本次操作异常，请稍后重试。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InternalError,
    /// SIM Card Not Activated (8301001).
    ///
    /// This error code is reported if the SIM card is not activated.
    #[code(
        8301001,
        title = "SIM Card Not Activated",
        message = "SIM card is not activated.",
        description = "This error code is reported if the SIM card is not activated.",
        cause = "The SIM card is not activated.",
        solution = "Activate the SIM card."
    )]
    #[translation(
        "zh-CN",
        title = "SIM卡未激活",
        description = "SIM卡未激活。",
        cause = "没有激活SIM卡。",
        solution = "请激活SIM卡。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SimCardNotActivated,
    /// Failed to Read or Update SIM Card Data (8301002).
    ///
    /// This error code is reported if the attempt to read or update SIM card data has failed.
    #[code(
        8301002,
        title = "Failed to Read or Update SIM Card Data",
        message = "The SIM card failed to read or update data.",
        description = "This error code is reported if the attempt to read or update SIM card data has failed.",
        cause = "The SIM card does not support the operation, or the SIM card is damaged.",
        solution = "Contact the SIM card supplier, or replace the SIM card."
    )]
    #[translation(
        "zh-CN",
        title = "SIM卡读取数据或者更新数据失败",
        description = "SIM卡读取数据或者更新数据失败。",
        cause = "SIM不支持该操作，或者SIM卡已损坏。",
        solution = "请联系SIM卡运营商，或者更换SIM卡。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    FailedToReadOrUpdateSimCardData,
    /// Incorrect SIM Card Configuration (8301003).
    ///
    /// This error code is reported if the SIM card configuration is incorrect.
    #[code(
        8301003,
        title = "Incorrect SIM Card Configuration",
        message = "Operator config error.",
        description = "This error code is reported if the SIM card configuration is incorrect.",
        cause = "The configuration file delivered with the SIM card is not properly preconfigured.",
        solution = "Check whether the correct SIM card is inserted."
    )]
    #[translation(
        "zh-CN",
        title = "随卡配置错误",
        description = "随卡配置错误。",
        cause = "未预置对应SIM卡的随卡配置文件。",
        solution = "请检查是否插入正确的SIM卡。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IncorrectSimCardConfiguration,
    /// Failed to Connect to the UT (8401001).
    ///
    /// This error code is reported if the UT is not connected.
    #[code(
        8401001,
        title = "Failed to Connect to the UT",
        message = "UT is not connected.",
        description = "This error code is reported if the UT is not connected.",
        cause = "The current carrier does not support sending of UT requests over a Wi-Fi network, but the device is connected to the Wi-Fi network.",
        solution = "Disconnect the Wi-Fi network and resend the UT request.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "UT连接失败",
        description = "UT未连接。",
        cause = "当前运营商不支持从Wi-Fi下发UT请求，但是当前设备Wi-Fi已连上。",
        solution = "断开Wi-Fi，再重发UT请求。"
    )]
    FailedToConnectToUt,
    /// Incorrect Number (8401002).
    ///
    /// The entered number is invalid.
    #[code(
        8401002,
        title = "Incorrect Number",
        message = "Invalid input call number.",
        description = "The entered number is invalid.",
        cause = "The user queries the call forwarding status of card A, but card A is not inserted into the current phone.",
        solution = "Insert card A into the current phone.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "输入号码错误",
        description = "输入的号码不合法。",
        cause = "用户查询卡A的呼叫转移状态，当前卡A并未插在当前手机内。",
        solution = "将卡A插入当前手机内。"
    )]
    IncorrectNumber,
    /// Frequent Operations (8401003).
    ///
    /// Too frequent operations.
    #[code(
        8401003,
        title = "Frequent Operations",
        message = "Operation too frequent.",
        description = "Too frequent operations.",
        cause = "The call forwarding status of the same type is queried consecutively within 30 seconds.",
        solution = "Perform the operation again after 30 seconds.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "操作频繁",
        description = "操作过于频繁。",
        cause = "在30s内连续查询同一类型的呼叫转移状态。",
        solution = "30s后重新操作。"
    )]
    FrequentOperations,
    /// Service Connection Error (3120001).
    ///
    /// This error code is reported if the attempt to connect to a service fails.
    #[code(
        3120001,
        title = "Service Connection Error",
        message = "Service connection failed.",
        description = "This error code is reported if the attempt to connect to a service fails.",
        cause = "Service startup or IPC connection has failed.",
        solution = "Operation error. Try again later.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "服务连接失败",
        description = "操作失败。无法连接到服务。",
        cause = "服务启动失败，IPC连接失败等。",
        solution = "本次操作异常，请稍后重试。"
    )]
    ServiceConnectionError3120001,
    /// System Internal Error (3120002).
    ///
    /// This error code is reported if an internal system error occurs.
    #[code(
        3120002,
        title = "System Internal Error",
        message = "System internal error.",
        description = "This error code is reported if an internal system error occurs.",
        cause = "The possible cause is that data read/write has failed because the network is abnormal.",
        solution = "Operation error. Try again later.",
        layout = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        description = "系统内部错误。",
        cause = "网络异常，数据读写失败等。",
        solution = "本次操作异常，请稍后重试。",
        layout = "\n\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SystemInternalError3120002,
    /// Input Parameter Value Out of Range (8800001).
    ///
    /// This error code is reported if the value of the input parameter (for example, **slotId**) is not within the valid range. In this case, the API call will fail and the corresponding operation cannot be performed.
    #[code(
        8800001,
        title = "Input Parameter Value Out of Range",
        message = "The input parameter value is out of range.",
        description = "This error code is reported if the value of the input parameter (for example, **slotId**) is not within the valid range. In this case, the API call will fail and the corresponding operation cannot be performed.",
        cause = "The input parameter value is invalid.",
        solution = "Enter a valid parameter value.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "输入参数不在处理范围内",
        description = "输入参数不在处理范围内，如slotId无效等，将无法进行相应的操作。",
        cause = "输入参数无效。",
        solution = "请输入正确的有效参数。"
    )]
    InputParameterValueOutOfRange8800001,
    /// Service Connection Error (8800002).
    ///
    /// This error code is reported if the attempt to connect to a service fails.
    #[code(
        8800002,
        title = "Service Connection Error",
        message = "Service connection failed.",
        description = "This error code is reported if the attempt to connect to a service fails.",
        cause = "Service startup or IPC connection has failed.",
        solution = "Operation error. Try again later.",
        layout = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "服务连接失败",
        description = "操作失败。无法连接到服务。",
        cause = "服务启动失败，IPC连接失败等。",
        solution = "本次操作异常，请稍后重试。",
        layout = "\n\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    ServiceConnectionError8800002,
    /// System Internal Error (8800003).
    ///
    /// This error code is reported if an internal system error occurs.
    #[code(
        8800003,
        title = "System Internal Error",
        message = "System internal error.",
        description = "This error code is reported if an internal system error occurs.",
        cause = "The possible cause is that data read/write has failed because the network is abnormal.",
        solution = "Operation error. Try again later.",
        layout = "\n\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Procedure**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        description = "系统内部错误。",
        cause = "网络异常，数据读写失败等。",
        solution = "本次操作异常，请稍后重试。",
        layout = "\n\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SystemInternalError8800003,
    /// Internal Error (8800999).
    ///
    /// This error code is reported if an internal error occurs.
    #[code(
        8800999,
        title = "Internal Error",
        message = "Internal error.",
        description = "This error code is reported if an internal error occurs.",
        cause = "The problem may arise due to insufficient memory, memory operation errors, or null pointers.",
        solution = "Operation error. Try again later."
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "内部错误。",
        cause = "内存不足、内存操作失误、空指针。",
        solution = "本次操作异常，请稍后重试。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InternalError8800999,
}
