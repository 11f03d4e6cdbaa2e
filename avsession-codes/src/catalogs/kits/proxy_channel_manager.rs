// Proxy Channel Management Error Codes: the catalog `ProxyChannelManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Proxy Channel Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Proxy Channel Management",
    title = "Proxy Channel Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 32300000..=32399999,
    layout = "# {title}\n<!--Kit: Distributed Service Kit-->\n<!--Subsystem: DistributedSched-->\n<!--Owner: @wangJE-->\n<!--Designer: @lee_jet520-->\n<!--Tester: @Ytt-test-->\n<!--Adviser: @w_Machine_cc-->\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/proxy_channel_manager.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "代理通道管理错误码",
    note = "代理通道管理模块提供蓝牙代理通道的创建、数据传输及通道管理能力，适用于设备间通过蓝牙建立安全数据传输通道的场景。以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。关于代理通道管理模块的详细设计和API说明，请参考[代理通道管理](js-apis-proxyChannelManager.md)。",
    layout = "# {title}\n<!--Kit: Distributed Service Kit-->\n<!--Subsystem: DistributedSched-->\n<!--Owner: @jzy_123-->\n<!--Designer: @yangjun044-->\n<!--Tester: @Ytt-test-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum ProxyChannelManagementError {
    /// Bluetooth Disabled (32390001).
    ///
    /// This error code is reported if Bluetooth is disabled on the local device.
    #[code(
        32390001,
        title = "Bluetooth Disabled",
        message = "BR is disabled.",
        description = "This error code is reported if Bluetooth is disabled on the local device.",
        cause = "Bluetooth is disabled on the local device.",
        solution = "Enable Bluetooth on the local device and try again."
    )]
    #[translation(
        "zh-CN",
        title = "蓝牙已关闭",
        description = "本端设备已关闭蓝牙。",
        cause = "本端设备蓝牙已关闭。",
        solution = "打开本端设备蓝牙，重新尝试操作。",
        layout = "\n## 错误码汇总\n\n| 错误码ID | 错误信息 |\n| --- | --- |\n| 32390001 | BR is disabled. |\n| 32390002 | Device not paired. |\n| 32390004 | ChannelId is invalid or unavailable. |\n| 32390006 | Parameter error. |\n| 32390100 | Internal error. |\n| 32390101 | Call is restricted. |\n| 32390102 | Operation failed or Connection timed out. |\n| 32390103 | Data too long. |\n| 32390104 | Send failed. |\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    BluetoothDisabled,
    /// Bluetooth Unpaired (32390002).
    ///
    /// This error code is reported if the local device has not established a Bluetooth pairing.
    #[code(
        32390002,
        title = "Bluetooth Unpaired",
        message = "Device not paired.",
        description = "This error code is reported if the local device has not established a Bluetooth pairing.",
        cause = "The local device has not established a Bluetooth pairing with the target device.",
        cause = "The Bluetooth service on the peer device has not enabled listening for pairing requests.",
        cause = "An invalid MAC address or UUID is used.",
        solution = "Use the Health & Fitness app to add the device and pair it via Bluetooth.",
        solution = "Check whether the Bluetooth service on the peer device has enabled listening for pairing requests.",
        solution = "Check whether the input MAC address and UUID are valid."
    )]
    #[translation(
        "zh-CN",
        title = "设备未配对",
        description = "本端设备蓝牙未配对成功。",
        cause = "本端设备未与目标设备完成蓝牙配对。",
        cause = "目标设备未启动服务监听。",
        cause = "使用了无效的MAC或者UUID。",
        solution = "使用运动健康应用完成设备添加及配对。",
        solution = "检查目标设备服务监听情况。",
        solution = "检查输入的MAC和UUID的有效性，MAC应为XX:XX:XX:XX:XX:XX格式的蓝牙MAC地址字符串，UUID应为标准UUID格式字符串。"
    )]
    BluetoothUnpaired,
    /// Invalid or Unavailable Channel ID (32390004).
    ///
    /// This error code is reported if the channel ID is invalid or unavailable.
    #[code(
        32390004,
        title = "Invalid or Unavailable Channel ID",
        message = "ChannelId is invalid or unavailable.",
        description = "This error code is reported if the channel ID is invalid or unavailable.",
        cause = "The input **channelId** is invalid, that is, it is not the one returned by **openProxyChannel**.",
        cause = "The related channel has been closed.",
        solution = "Review the code logic to determine if **channelId** is the one returned by **openProxyChannel**.",
        solution = "Review the code logic to determine if **channelId** is still used after the channel is closed.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n1. {solution}\n2. {solution} \n"
    )]
    #[translation(
        "zh-CN",
        title = "通道ID非法或者不可用",
        description = "调用代理通道接口时传入的通道ID不符合要求或该通道已失效，导致操作无法继续。",
        cause = "传入了非法的channelId，channelId应为openProxyChannel返回的number类型通道标识。",
        cause = "该channelId对应的通道已通过closeProxyChannel关闭，关闭后channelId不可再用。",
        solution = "检查代码逻辑，确认传入的channelId是否为openProxyChannel返回的channelId。",
        solution = "检查代码逻辑，确认该channelId对应的通道是否已关闭，若已关闭则不应继续使用该channelId；如需继续通信，请重新调用openProxyChannel建立新通道。"
    )]
    InvalidOrUnavailableChannelId,
    /// Parameter Verification Error (32390006).
    ///
    /// This error code is reported if the parameter verification fails.
    #[code(
        32390006,
        title = "Parameter Verification Error",
        message = "Parameter error.",
        description = "This error code is reported if the parameter verification fails.",
        cause = "The format of the input MAC address or service UUID is incorrect.",
        cause = "The type of the input parameters is incorrect.",
        solution = "Review the code logic to determine if the MAC address and service UUID are in correct format and the type of the input parameters is correct."
    )]
    #[translation(
        "zh-CN",
        title = "参数错误",
        description = "参数错误。",
        cause = "传入的MAC或者UUID格式异常（MAC应为XX:XX:XX:XX:XX:XX格式的蓝牙MAC地址字符串，UUID应为标准UUID格式字符串）。",
        cause = "函数入参类型错误。",
        solution = "检查代码逻辑，确认MAC为XX:XX:XX:XX:XX:XX格式的蓝牙MAC地址字符串，UUID为标准UUID格式字符串。",
        solution = "检查代码逻辑，确认入参类型与接口定义一致。"
    )]
    ParameterVerificationError,
    /// Internal Error (32390100).
    ///
    /// Internal error.
    #[code(
        32390100,
        title = "Internal Error",
        message = "Internal error.",
        description = "Internal error.",
        cause = "System errors, such as null pointer, insufficient memory, unexpected distributed service restart, IPC exception, and JS engine exception.",
        solution = "Try again. If the fault persists, restart the application, update the application, or update the device version."
    )]
    #[translation(
        "zh-CN",
        title = "内部异常",
        description = "系统内部发生异常，可能导致当前操作执行失败或服务不可用。",
        cause = "系统错误，如空指针、内存不足、分布式服务异常重启、IPC异常、JS引擎异常等。",
        solution = "重试操作。",
        solution = "若问题仍存在，重启应用。",
        solution = "若重启无效，升级应用或升级设备版本。"
    )]
    InternalError,
    /// Call Restricted (32390101).
    ///
    /// This error code is reported if an API call is restricted.
    #[code(
        32390101,
        title = "Call Restricted",
        message = "Call is restricted.",
        description = "This error code is reported if an API call is restricted.",
        cause = "The callers is not authorized to perform the operation.",
        solution = "Apply for the required permissions."
    )]
    #[translation(
        "zh-CN",
        title = "调用受限",
        description = "未授权调用，调用受限。",
        cause = "未授权进程进行了访问。",
        solution = "申请代理通道管理所需权限，具体权限名称请参见代理通道管理相关API接口文档中的权限说明。"
    )]
    CallRestricted,
    /// Operation Failed or Connection Timed Out (32390102).
    ///
    /// This error code is reported if the operation fails or the connection times out.
    #[code(
        32390102,
        title = "Operation Failed or Connection Timed Out",
        message = "Operation failed or Connection timed out.",
        description = "This error code is reported if the operation fails or the connection times out.",
        cause = "The underlying Bluetooth is faulty, leading to a connection failure or timeout.",
        solution = "Enable and disable Bluetooth on the local device and the target device.",
        solution = "Restart the local device and the target device, and then enable Bluetooth on the devices."
    )]
    #[translation(
        "zh-CN",
        title = "操作失败或者连接超时",
        description = "蓝牙底层故障导致代理通道操作未成功完成，或在规定时间内未建立连接而超时。",
        cause = "底层蓝牙故障导致连接失败或者连接超时。",
        solution = "关闭后重新开启本端设备和目标设备的蓝牙。",
        solution = "重启本端设备和目标设备后，再打开设备的蓝牙。"
    )]
    OperationFailedOrConnectionTimedOut,
    /// Data Too Long (32390103).
    ///
    /// This error code is reported if the data to be sent exceeds the length limit.
    #[code(
        32390103,
        title = "Data Too Long",
        message = "Data too long.",
        description = "This error code is reported if the data to be sent exceeds the length limit.",
        cause = "The length of the data to be sent exceeds 4096 bytes.",
        solution = "Check the length of the data to be sent."
    )]
    #[translation(
        "zh-CN",
        title = "发送数据超长",
        description = "通过代理通道发送的数据长度超过最大限制（4096字节），导致发送失败。",
        cause = "发送的数据长度超过了4096个字节。",
        solution = "确保发送的数据长度不超过4096字节，如数据过长请分段发送。"
    )]
    DataTooLong,
    /// Data Sending Failed (32390104).
    ///
    /// This error code is reported if data fails to be sent via Bluetooth.
    #[code(
        32390104,
        title = "Data Sending Failed",
        message = "Send failed.",
        description = "This error code is reported if data fails to be sent via Bluetooth.",
        cause = "The underlying Bluetooth is faulty.",
        solution = "Restart Bluetooth on the local device and the target device.",
        solution = "Restart the local device and the target device."
    )]
    #[translation(
        "zh-CN",
        title = "发送数据失败",
        description = "通过代理通道发送数据时因蓝牙故障导致数据未能成功送达目标设备。",
        cause = "底层蓝牙连接故障或协议异常。",
        solution = "尝试重启本端设备蓝牙和目标设备蓝牙。",
        solution = "尝试重启本端设备和目标设备。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1. {solution}\n2. {solution}"
    )]
    DataSendingFailed,
}
