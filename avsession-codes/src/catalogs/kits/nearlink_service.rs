// NearLink Error Codes: the catalog `NearLinkError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// NearLink Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "NearLink",
    title = "NearLink Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 36100000..=36199999,
    layout = "# {title}\n<!--Kit: Connectivity Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @CCCZKing-->\n<!--Designer: @lilong32; @CCCZKing-->\n<!--Tester: @zhangjiaji111-->\n<!--Adviser: @zhang_yixin13-->\n\n\n> **NOTE**\n> \n> {note}\n{entries}",
    section = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:plain}\n\n**Solution**\n\n{solutions:plain}\n",
    lock = "locks/nearlink_service.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "星闪错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Connectivity Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @CCCZKing-->\n<!--Designer: @lilong32; @CCCZKing-->\n<!--Tester: @zhangjiaji111-->\n<!--Adviser: @zhang_yixin13-->\n\n\n> **说明：**\n> \n> {note}\n{entries}",
    section = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:plain}\n\n**处理步骤**\n\n{solutions:plain}\n"
)]
pub enum NearLinkError {
    /// NearLink Disabled (36100003).
    ///
    /// This error code is returned if a relevant API is called when NearLink is off.
    #[code(
        36100003,
        title = "NearLink Disabled",
        message = "NearLink disabled.",
        description = "This error code is returned if a relevant API is called when NearLink is off.",
        cause = "NearLink is turned off.",
        solution = "Turn on NearLink on the settings screen of the device and try again. Go to **Settings** > **NearLink & Bluetooth** > **NearLink** (or **Settings** > **More connectivity options** > **NearLink** for different products or system versions). Alternatively, [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/)."
    )]
    #[translation(
        "zh-CN",
        title = "星闪关闭",
        description = "当星闪开关未打开时调用接口，将返回该错误码。",
        cause = "星闪开关未打开。",
        solution = "在设备的设置界面打开星闪后重试（通常路径为“设置 &gt; 星闪和蓝牙 &gt; 星闪”，不同产品或系统版本可能为“设置 &gt; 多设备协同 &gt; 星闪”），或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。"
    )]
    NearLinkDisabled,
    /// Duplicate Port Registration (36100020).
    ///
    /// A port with the UUID has been registered.
    #[code(
        36100020,
        title = "Duplicate Port Registration",
        message = "The UUID is already registered.",
        description = "A port with the UUID has been registered.",
        cause = "The same UUID is used to create a port repeatedly.",
        solution = "Call the [dataTransfer.destroyPort](js-apis-nearlink-data-transfer-api.md#datatransferdestroyport) API to destroy the port with the UUID, or [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/)."
    )]
    #[translation(
        "zh-CN",
        title = "端口重复注册",
        description = "对应UUID的端口已经被注册。",
        cause = "使用同一个UUID重复创建端口。",
        solution = "调用[dataTransfer.destroyPort](js-apis-nearlink-data-transfer-api.md#datatransferdestroyport)接口销毁对应UUID的端口通道，或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。"
    )]
    DuplicatePortRegistration,
    /// Number of Registered Ports Exceeds the Upper Limit (36100021).
    ///
    /// The number of registered ports exceeds the upper limit.
    #[code(
        36100021,
        title = "Number of Registered Ports Exceeds the Upper Limit",
        message = "Port exceeds the upper limit.",
        description = "The number of registered ports exceeds the upper limit.",
        cause = "The number of ports allocated for data transfer reaches the upper limit.",
        solution = "Call [dataTransfer.destroyPort](js-apis-nearlink-data-transfer-api.md#datatransferdestroyport) to destroy other registered ports, or [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/)."
    )]
    #[translation(
        "zh-CN",
        title = "端口注册数量超出上限",
        description = "端口注册数量超出上限。",
        cause = "数据传输业务通道分配达到上限。",
        solution = "调用[dataTransfer.destroyPort](js-apis-nearlink-data-transfer-api.md#datatransferdestroyport)接口销毁其他已注册的端口通道，或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。"
    )]
    NumberOfRegisteredPortsExceedsUpperLimit,
    /// Port Not Registered (36100022).
    ///
    /// No port with the UUID is registered.
    #[code(
        36100022,
        title = "Port Not Registered",
        message = "The UUID is not registered.",
        description = "No port with the UUID is registered.",
        cause = "An attempt is made to destroy an unregistered port.",
        solution = "Ensure that the port to be destroyed has been registered, or [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/)."
    )]
    #[translation(
        "zh-CN",
        title = "端口未注册",
        description = "没有注册对应UUID的端口。",
        cause = "尝试销毁一个未注册的端口。",
        solution = "确认要销毁的端口已注册，或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。"
    )]
    PortNotRegistered,
    /// Data Transmission Congestion (36100023).
    ///
    /// Data transmission fails due to congestion.
    #[code(
        36100023,
        title = "Data Transmission Congestion",
        message = "Write data congestion.",
        description = "Data transmission fails due to congestion.",
        cause = "Data transmission in reliable transmission mode fails due to congestion at the protocol layer or on the chip.",
        solution = "Control data write traffic, or [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/)."
    )]
    #[translation(
        "zh-CN",
        title = "数据传输拥塞",
        description = "数据传输拥塞导致发送数据失败。",
        cause = "协议层或芯片处理数据拥塞，导致可靠传输模式下发送数据失败。",
        solution = "控制数据写入流量，或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。"
    )]
    DataTransmissionCongestion,
    /// Integer Out of Range (36100040).
    ///
    /// The integer is out of range.
    #[code(
        36100040,
        title = "Integer Out of Range",
        message = "Integer out of range.",
        description = "The integer is out of range.",
        cause = "The input integer parameter is out of the value range of port description.",
        solution = "Change the value of the integer parameter to a value within the valid value range of port description. For details about the value range, see the parameter description of the corresponding API. Alternatively, [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/)."
    )]
    #[translation(
        "zh-CN",
        title = "整数超出范围",
        description = "整数超出范围。",
        cause = "传入的整数参数超出接口定义的取值范围。",
        solution = "修改整数参数值到接口定义的有效取值范围内（具体取值范围请参见对应接口的参数说明），或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。"
    )]
    IntegerOutOfRange,
    /// Invalid URL (36100041).
    ///
    /// The URL is invalid.
    #[code(
        36100041,
        title = "Invalid URL",
        message = "Invalid address.",
        description = "The URL is invalid.",
        cause = "The format of the passed URL is incorrect. For example, the length is incorrect or the URL contains invalid characters.",
        solution = "Change the URL to a correct format, or [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/).",
        solution = "A correct URL is in the format similar to **11:22:33:AA:BB:FF**, which consists of 17 characters, including hexadecimal digits and colons (:)."
    )]
    #[translation(
        "zh-CN",
        title = "无效地址",
        description = "无效地址。",
        cause = "传入的地址参数格式不正确，如长度不符、包含非法字符。",
        solution = "修改地址参数为正确格式，或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。",
        solution = "正确的地址格式形如“11:22:33:AA:BB:FF”，由十六进制数字字符和冒号共17个字符组成。"
    )]
    InvalidUrl,
    /// Empty Array (36100042).
    ///
    /// The array is empty.
    #[code(
        36100042,
        title = "Empty Array",
        message = "Empty array.",
        description = "The array is empty.",
        cause = "The input array parameter is empty, or the array does not contain valid elements.",
        solution = "Fill in the array correctly, or [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/)."
    )]
    #[translation(
        "zh-CN",
        title = "数组为空",
        description = "数组为空。",
        cause = "传入的数组参数为空，或数组中未包含有效的元素。",
        solution = "正确填充数组内容，或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。"
    )]
    EmptyArray,
    /// Invalid UUID (36100043).
    ///
    /// The UUID is invalid.
    #[code(
        36100043,
        title = "Invalid UUID",
        message = "Invalid UUID.",
        description = "The UUID is invalid.",
        cause = "The format of the passed UUID is incorrect. For example, the length is incorrect or the URL contains invalid characters.",
        solution = "Change the UUID to a correct format, or [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/).",
        solution = "A correct UUID is in the format similar to **FFFFFFFF-1234-5678-ABCD-000000001234**, which consists of 36 characters, including hexadecimal digits and hyphens (-), representing a 128-bit ID."
    )]
    #[translation(
        "zh-CN",
        title = "无效UUID",
        description = "无效UUID。",
        cause = "传入的UUID参数格式不正确，如长度不符、包含非法字符。",
        solution = "修改UUID参数为正确格式，或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。",
        solution = "正确的UUID格式形如“FFFFFFFF-1234-5678-ABCD-000000001234”，由十六进制数字字符和连字符共36个字符组成，代表128比特标识。"
    )]
    InvalidUuid,
    /// Standard NearLink Service UUID Not Allowed (36100044).
    ///
    /// The standard NearLink service UUID is not allowed.
    #[code(
        36100044,
        title = "Standard NearLink Service UUID Not Allowed",
        message = "NearLink standard UUID not allowed.",
        description = "The standard NearLink service UUID is not allowed.",
        cause = "The standard NearLink service UUID is not allowed in the API parameters. It is not allowed in the following scenarios:",
        cause = "The standard NearLink service UUID cannot be directly passed as a parameter.",
        cause = "The standard NearLink service UUID cannot be included in service structures such as custom services, attributes, and methods.",
        solution = "Replace the standard service UUID in the API parameters with a custom service UUID, or [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/).",
        solution = "The standard service UUID consists of **37BEA880-FC70-11EA-B720-000000000000** officially defined by the NearLink Alliance and a 16-bit UUID. The first 112 bits of the custom service UUID must be different from the basic ID.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes}\n\n**Solution**\n\n{solutions:plain}\n"
    )]
    #[translation(
        "zh-CN",
        title = "禁止使用星闪标准服务UUID",
        description = "禁止使用星闪标准服务UUID。",
        cause = "接口参数中禁止使用星闪标准服务UUID。限制场景包括：",
        cause = "禁止直接将星闪标准服务UUID作为参数传入；",
        cause = "禁止在自定义服务、属性、方法等服务结构中包含星闪标准服务UUID。",
        solution = "将接口参数中的标准服务UUID更换为自定义服务UUID，或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。",
        solution = "标准服务UUID由星闪联盟官方定义的基础标识（Base UUID，37BEA880-FC70-11EA-B720-000000000000）的前112比特与16比特标准标识拼接而成。自定义服务UUID不能以基础标识的前112比特为前缀。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes}\n\n**处理步骤**\n\n{solutions:plain}\n"
    )]
    StandardNearLinkServiceUuidNotAllowed,
    /// Coordinated Device Set Management Not supported (36100050).
    ///
    /// The device does not support coordinated device set management.
    #[code(
        36100050,
        title = "Coordinated Device Set Management Not supported",
        message = "Coordinated Devices Set Management not supported.",
        description = "The device does not support coordinated device set management.",
        cause = "The current device hardware does not support coordinated device set management.",
        solution = "To use the coordinated device set function, use a device that supports NearLink coordinated device set management, such as the phones and tablets that support NearLink audio. You can also check whether the device supports this feature by calling the device capability query API. Alternatively, [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/)."
    )]
    #[translation(
        "zh-CN",
        title = "不支持合作设备集合管理功能",
        description = "本设备不支持合作设备集合管理功能。",
        cause = "当前设备硬件不支持合作设备集合管理功能。",
        solution = "如需使用合作设备集合管理功能，请使用支持星闪合作设备集合管理特性的设备，例如支持星闪音频的部分手机、平板等。也可通过查询设备能力接口确认设备是否支持该特性，或请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。"
    )]
    CoordinatedDeviceSetManagementNotSupported,
    /// Operation Failed (36100099).
    ///
    /// An unexpected internal error occurred during system processing.
    #[code(
        36100099,
        title = "Operation Failed",
        message = "Operation failed.",
        description = "An unexpected internal error occurred during system processing.",
        cause = "An unknown error occurred.",
        cause = "If the device has been paired, this error code will be returned when you call [startPairing](js-apis-nearlink-remote-device.md#startpairing) to initiate pairing.",
        solution = "Try again. If the fault persists, [submit a ticket online](https://developer.huawei.com/consumer/en/support/feedback/#/)."
    )]
    #[translation(
        "zh-CN",
        title = "操作失败",
        description = "系统处理过程中遇到未预期的内部错误。",
        cause = "其他未知错误。",
        cause = "在设备已配对的情况下再调用[startPairing](js-apis-nearlink-remote-device.md#startpairing)发起配对，会返回该错误码。",
        solution = "请重试操作；若问题持续存在，请通过[在线提单](https://developer.huawei.com/consumer/cn/support/feedback/#/)提交问题。"
    )]
    OperationFailed,
}
