// Device Management Error Codes: the catalog `DeviceManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Device Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Device Management",
    title = "Device Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: Distributed Service Kit-->\n<!--Subsystem: DistributedHardware-->\n<!--Owner: @hwzhangchuang-->\n<!--Designer: @hwzhangchuang-->\n<!--Tester: @zhaodengqi-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/device_manager.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "设备管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Distributed Service Kit-->\n<!--Subsystem: DistributedHardware-->\n<!--Owner: @hwzhangchuang-->\n<!--Designer: @hwzhangchuang-->\n<!--Tester: @zhaodengqi-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum DeviceManagementError {
    /// Service Invoking Exception (11600101).
    ///
    /// C API: `DM_ERR_FAILED`.
    ///
    /// This error code is reported if a service fails to be invoked due to an internal error.
    #[code(
        11600101,
        title = "Service Invoking Exception",
        message = "Failed to execute the function.",
        description = "This error code is reported if a service fails to be invoked due to an internal error.",
        cause = "An error occurred during internal invocation.",
        solution = "Call the API again.",
        since = 20,
        constant = "DM_ERR_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "服务调用异常",
        description = "业务调用时，服务内部异常导致调用失败。",
        cause = "服务内部调用异常。",
        solution = "重新调用接口再次触发调用。"
    )]
    ServiceInvokingException,
    /// Failed to Obtain the Service (11600102).
    ///
    /// C API: `DM_ERR_OBTAIN_SERVICE`.
    ///
    /// This error code is reported if the service fails to start, resulting in a service access failure.
    #[code(
        11600102,
        title = "Failed to Obtain the Service",
        message = "Failed to obtain the service.",
        description = "This error code is reported if the service fails to start, resulting in a service access failure.",
        cause = "The service is not started or fails to start.",
        solution = "Make sure the service is started and obtain the service again.",
        since = 20,
        constant = "DM_ERR_OBTAIN_SERVICE"
    )]
    #[translation(
        "zh-CN",
        title = "获取服务失败",
        description = "服务启动异常, 业务访问服务失败。",
        cause = "服务未启动或者服务启动失败。",
        solution = "检查服务是否正常启动，重新获取服务。"
    )]
    FailedToObtainService,
    /// Authentication Unavailable (11600103).
    ///
    /// This error code is reported if the current service call fails because the previous authentication service is still in progress.
    #[code(
        11600103,
        title = "Authentication Unavailable",
        message = "Authentication unavailable.",
        description = "This error code is reported if the current service call fails because the previous authentication service is still in progress.",
        cause = "The previous authentication service is still in progress.",
        solution = "Wait until the previous authentication service is complete and call the authentication API again."
    )]
    #[translation(
        "zh-CN",
        title = "认证业务不可用",
        description = "业务调用时，上一次认证业务未结束，导致本次调用不可用。",
        cause = "上一次认证业务未结束。",
        solution = "等待上一次认证业务结束，重新发起认证调用。"
    )]
    AuthenticationUnavailable,
    /// Discovery Unavailable (11600104).
    ///
    /// This error code is reported if the current service call fails because the previous discovery service is still in progress.
    #[code(
        11600104,
        title = "Discovery Unavailable",
        message = "Discovery unavailable.",
        description = "This error code is reported if the current service call fails because the previous discovery service is still in progress.",
        cause = "The previous discovery service is still in progress.",
        solution = "Wait until the previous discovery service is complete and call the discovery API again."
    )]
    #[translation(
        "zh-CN",
        title = "发现业务不可用",
        description = "业务调用时，上一次发现业务未结束，导致本次调用不可用。",
        cause = "上一次发现业务未结束。",
        solution = "等待上一次发现业务结束，重新发起发现调用。"
    )]
    DiscoveryUnavailable,
    /// Publish Unavailable (11600105).
    ///
    /// This error code is reported if the current service call fails because the previous publish service is still in progress.
    #[code(
        11600105,
        title = "Publish Unavailable",
        message = "Publish unavailable.",
        description = "This error code is reported if the current service call fails because the previous publish service is still in progress.",
        cause = "The previous publish service is still in progress.",
        solution = "Wait until the previous publish service is complete and call the publish API again.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}  \n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "发布业务不可用",
        description = "业务调用时，上一次发布业务未结束。，导致本次调用不可用。",
        cause = "上一次发布业务未结束。",
        solution = "等待上一次发布业务结束，重新发起发布调用。"
    )]
    PublishUnavailable,
    /// Failed to Obtain Data from the Cloud (11600106).
    ///
    /// This error code is reported if the attempt to retrieve data from the cloud fails because the network is abnormal.
    #[code(
        11600106,
        title = "Failed to Obtain Data from the Cloud",
        message = "Failed to get data from the cloud.",
        description = "This error code is reported if the attempt to retrieve data from the cloud fails because the network is abnormal.",
        cause = "The network connection is abnormal, or the network request returns an error.",
        solution = "Ensure that the network connection is normal and call the API again with correct parameters."
    )]
    #[translation(
        "zh-CN",
        title = "从云端获取数据失败",
        description = "网络异常，从云端获取数据失败。",
        cause = "网络链路异常，或网络请求返回异常信息。",
        solution = "确保网络链路正常，并使用正确的参数重新调用接口。"
    )]
    FailedToObtainDataFromCloud,
    /// Login Account Required (11600107).
    ///
    /// This error code is reported if a login account is required for service invocation.
    #[code(
        11600107,
        title = "Login Account Required",
        message = "A login account is required.",
        description = "This error code is reported if a login account is required for service invocation.",
        cause = "No login account is available on the device.",
        solution = "Use the correct account to log in to the device and call the API again."
    )]
    #[translation(
        "zh-CN",
        title = "需要登录账号",
        description = "业务调用需要登录账号。",
        cause = "设备没有登录账号。",
        solution = "使用正确账号登录设备后，重新调用接口。"
    )]
    LoginAccountRequired,
    /// Unlawful Information in Device Name (11600108).
    ///
    /// This error code is reported if device name contains illegitimate information.
    #[code(
        11600108,
        title = "Unlawful Information in Device Name",
        message = "The device name contains non-compliant content.",
        description = "This error code is reported if device name contains illegitimate information.",
        cause = "The new device name contains unlawful information.",
        solution = "Ensure that the device name complies with laws and regulations."
    )]
    #[translation(
        "zh-CN",
        title = "设备名称含非法信息",
        description = "设备名称含有非法信息，无法使用。",
        cause = "修改的设备名称中含有非法的信息。",
        solution = "确保设备名称符合法律法规。"
    )]
    UnlawfulInformationInDeviceName,
    /// Transport Stream Repeatedly Created (32300001).
    #[code(
        32300001,
        title = "Transport Stream Repeatedly Created",
        message = "Only one stream can be created for the current session.",
        cause = "This error code is reported if a session for which a transport stream is created already has a transport stream.",
        solution = "Ensure that the task of the previous transport stream is complete. Use **destroyStream** to close the transport stream before creating a new one."
    )]
    #[translation(
        "zh-CN",
        title = "重复创建传输流",
        description = "每个会话只能创建一个传输流。",
        cause = "每个会话只能创建一个传输流。当前会话已存在传输流。",
        solution = "确认上一个传输流的任务已完成，使用destroyStream接口关闭此传输流后，重新创建。"
    )]
    TransportStreamRepeatedlyCreated,
    /// Stream Receive End Not Started (32300002).
    #[code(
        32300002,
        title = "Stream Receive End Not Started",
        message = "The stream at the receive end is not started.",
        cause = "This error code is reported if the receive end is not started before",
        solution = "the transmission of transport streams begins."
    )]
    #[translation(
        "zh-CN",
        title = "流接收端未启动",
        description = "接收端的传输流未启动。",
        cause = "接收端未启动。",
        solution = "等待接收端启动之后，启动传输流。"
    )]
    StreamReceiveEndNotStarted,
    /// Bit Rate Not Supported (32300003).
    #[code(
        32300003,
        title = "Bit Rate Not Supported",
        message = "Bitrate not supported.",
        cause = "This error code is reported if the configured bit rate does not match the bit rate supported by the device.",
        solution = "Select an appropriate bit rate based on network conditions and requirements."
    )]
    #[translation(
        "zh-CN",
        title = "比特率不支持",
        description = "比特率未支持。",
        cause = "配置的比特率与设备支持的比特率不匹配。",
        solution = "根据网络条件和需求选择合适的比特率。"
    )]
    BitRateNotSupported,
    /// Color Space Not Supported (32300004).
    #[code(
        32300004,
        title = "Color Space Not Supported",
        message = "Color space not supported.",
        cause = "This error code is reported if the color space output type is set to **OH_COLORSPACE_BT2020_HLG_LIMIT** but the actual output type is not the specified type.",
        solution = "Ensure that the color space output type is within the supported range."
    )]
    #[translation(
        "zh-CN",
        title = "色彩空间不支持",
        description = "色彩空间未支持。",
        cause = "色彩空间输出类型指定为OH_COLORSPACE_BT2020_HLG_LIMIT，当前输出类型不是指定类型。",
        solution = "在设置色彩空间时，确保其位于支持范围内。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    ColorSpaceNotSupported,
}
