// Driver Error Codes: the catalog `DriverError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Driver Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Driver",
    title = "Driver Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: Driver Development Kit-->\n<!--Subsystem: Driver-->\n<!--Owner: @zgene94-->\n<!--Designer: @w00373942-->\n<!--Tester: @dong-dongzhen-->\n<!--Adviser: @w_Machine_cc-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/driver_device_manager.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "驱动错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Driver Development Kit-->\n<!--Subsystem: Driver-->\n<!--Owner: @zgene94-->\n<!--Designer: @w00373942-->\n<!--Tester: @dong-dongzhen-->\n<!--Adviser: @hu-zhiqiong-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum DriverError {
    /// ExternalDeviceManager Service Exception or busType Parameter Error (22900001).
    ///
    /// This error code is reported if the ExternalDeviceManager service is abnormal or the **busType** parameter is invalid.
    #[code(
        22900001,
        title = "ExternalDeviceManager Service Exception or busType Parameter Error",
        message = "ExternalDeviceManager service exception or busType parameter error.",
        description = "This error code is reported if the ExternalDeviceManager service is abnormal or the **busType** parameter is invalid.",
        cause = "The product type is incorrect. Only 2-in-1 and tablet products are supported.",
        cause = "An internal communication error occurs in the ExternalDeviceManager service.",
        cause = "The **busType** parameter is not properly set.",
        solution = "Change the product type.",
        solution = "Restart the device.<!--RP1--> You can also submit an [issue](https://gitcode.com/openharmony/drivers_external_device_manager/issues/create/choose) online.<!--RP1End-->",
        solution = "Query the supported bus types using [deviceManager.BusType](js-apis-driver-deviceManager.md#bustype)."
    )]
    #[translation(
        "zh-CN",
        title = "扩展外设驱动服务异常或busType参数错误",
        description = "扩展外设驱动服务异常或busType参数错误。",
        cause = "产品形态不正确，仅支持PC/2in1。",
        cause = "服务内部遇到通信输入输出异常。",
        cause = "若接口存在busType参数，请检查参数是否错误。",
        solution = "请更换目标产品形态。",
        solution = "请尝试重启设备，<!--RP1-->如果问题仍然存在，可通过[在线提交issue](https://gitcode.com/openharmony/drivers_external_device_manager/issues/create/choose)来反馈问题。<!--RP1End-->",
        solution = "通过deviceManager.BusType查询支持的枚举值。"
    )]
    ExternalDeviceManagerServiceExceptionOrBusTypeParameterError,
    /// ExternalDeviceManager Service Exception (26300001).
    ///
    /// This error code is reported if the ExternalDeviceManager service is abnormal.
    #[code(
        26300001,
        title = "ExternalDeviceManager Service Exception",
        message = "ExternalDeviceManager service exception.",
        description = "This error code is reported if the ExternalDeviceManager service is abnormal.",
        cause = "The product type is incorrect. Only 2-in-1 and tablet products are supported.",
        cause = "An internal communication error occurs in the ExternalDeviceManager service.",
        solution = "Change the product type.",
        solution = "Restart the device.<!--RP1--> You can also submit an [issue](https://gitcode.com/openharmony/drivers_external_device_manager/issues/create/choose) online.<!--RP1End-->"
    )]
    #[translation(
        "zh-CN",
        title = "扩展外设驱动服务异常",
        description = "扩展外设驱动服务异常。",
        cause = "产品形态不正确，仅支持PC/2in1。",
        cause = "服务内部遇到通信输入输出异常。",
        solution = "请更换目标产品形态。",
        solution = "请尝试重启设备，<!--RP1-->如果问题仍然存在，可通过[在线提交issue](https://gitcode.com/openharmony/drivers_external_device_manager/issues/create/choose)来反馈问题。<!--RP1End-->"
    )]
    ExternalDeviceManagerServiceException,
    /// Binding Driver Client to Driver Server Failed (26300002).
    ///
    /// This error code is reported if a driver client is prohibited from binding a driver server.
    #[code(
        26300002,
        title = "Binding Driver Client to Driver Server Failed",
        message = "The driver service does not allow any client to bind.",
        description = "This error code is reported if a driver client is prohibited from binding a driver server.",
        cause = "An incorrect value is set for `ohos.permission.ACCESS_DDK_ALLOWED` in the `metadata` attribute of the `extensionAbilities` structure whose `type` is `driver`.",
        solution = "In the source code project of the non-standard peripheral driver, open the `entry/src/main/module.json5` file, and assign the value `true` to `ohos.permission.ACCESS_DDK_ALLOWED` in the `metadata` attribute of the `extensionAbilities` structure whose `type` is `driver`."
    )]
    #[translation(
        "zh-CN",
        title = "驱动服务端不允许驱动客户端绑定",
        description = "驱动服务端不允许驱动客户端绑定。",
        cause = "非标外设驱动源码工程目录下的 `entry/src/main/module.json5` 文件下，类型`type`为\"driver\"的`extensionAbilities`结构中，`metadata`属性下，`name`为\"ohos.permission.ACCESS_DDK_ALLOWED\"的`value`值配置错误。",
        solution = "打开非标外设源码工程，找到`entry/src/main/module.json5`文件，将类型`type`为\"driver\"的`extensionAbilities`结构中`metadata`属性下，`name`为\"ohos.permission.ACCESS_DDK_ALLOWED\"的`value`值修改为\"true\"。"
    )]
    BindingDriverClientToDriverServerFailed,
    /// Driver Client Not Bound to Any Driver Server (26300003).
    ///
    /// This error code is reported if a driver client is not bound to any driver server.
    #[code(
        26300003,
        title = "Driver Client Not Bound to Any Driver Server",
        message = "There is no binding relationship.",
        description = "This error code is reported if a driver client is not bound to any driver server.",
        cause = "`unbindDriverWithDeviceId` is called when `bindDriverWithDeviceId` is not called or fails to be called.",
        solution = "Call `unbindDriverWithDeviceId` only after `bindDriverWithDeviceId` is called successfully."
    )]
    #[translation(
        "zh-CN",
        title = "驱动客户端未绑定任何驱动服务端",
        description = "驱动客户端未绑定任何驱动服务端。",
        cause = "在未调用或调用bindDriverWithDeviceId接口失败的情况下，调用unbindDriverWithDeviceId接口。",
        solution = "请按照接口调用顺序，先调用bindDriverWithDeviceId接口，并确认调用成功的情况下，调用unbindDriverWithDeviceId接口。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    DriverClientNotBoundToAnyDriverServer,
}
