// DataShare Error Codes: the catalog `DataShareError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// DataShare Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "DataShare",
    title = "DataShare Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 15700000..=15799999,
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @woodenarow-->\n<!--Designer: @woodenarow; @xuelei3-->\n<!--Tester: @chenwan188; @logic42-->\n<!--Adviser: @ge-yafang-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/datashare.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "数据共享错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @woodenarow-->\n<!--Designer: @woodenarow; @xuelei3-->\n<!--Tester: @chenwan188; @logic42-->\n<!--Adviser: @ge-yafang-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum DataShareError {
    /// Internal Error (15700000).
    ///
    /// Internal error.
    #[code(
        15700000,
        title = "Internal Error",
        message = "Inner error.",
        description = "Internal error.",
        cause = "View the error log to determine the cause of the error. Possible causes include the following:",
        cause = "Abnormal internal state.",
        cause = "Incorrect use of APIs.",
        cause = "Incorrect permission configuration.",
        cause = "System errors, such as null pointers, insufficient memory, unexpected restart of data services, I/O errors, IPC exceptions, and JS engine exceptions.",
        solution = "Check whether a closed object is reused.",
        solution = "Check whether the APIs are called correctly. If not, apply necessary corrections.",
        solution = "Check whether the permission configuration is correct.",
        solution = "If the problem persists, ask the user to restart or update the application or upgrade the device version.",
        layout = "\n##  {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        description = "内部错误。",
        cause = "优先查看错误日志，通过日志可以详细了解错误原因，主要有以下几种：",
        cause = "内部状态异常。",
        cause = "错误地使用接口。",
        cause = "权限配置错误。",
        cause = "系统错误，如空指针、内存不足、数据服务异常重启、I/O错误、IPC异常、JS引擎异常等。",
        solution = "开发者排查是否存在对象关闭后再使用。",
        solution = "开发者排查是否按接口文档正确使用接口。",
        solution = "开发者排查权限配置是否正确。",
        solution = "尝试重试，如果依然无法解决，可以提示用户重启应用、升级应用或升级设备版本。",
        layout = "\n##  {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    InternalError,
    /// Failed to Create a DataShareHelper (15700010).
    ///
    /// The **DataShareHelper** class fails to be created.
    #[code(
        15700010,
        title = "Failed to Create a DataShareHelper",
        message = "The DataShareHelper fails to be initialized.",
        description = "The **DataShareHelper** class fails to be created.",
        cause = "The **uri** specified in **createDataHelper** is incorrect.",
        cause = "The **context** specified in **createDataHelper** is incorrect. **DataShare** supports only the stage model.",
        cause = "The application does not have the permission to start **DataShareExtension** from the background when the client attempts to start **DataShareExtension** from the background to create **DataShareHelper**.",
        solution = "Obtain the correct URI.",
        solution = "Check that the context of the stage model is used.",
        solution = "Check whether the client has the read or write permission on data. Perform the following steps:<br>\n    (1) Obtain the data provider bundle name from the URI. For example, the bundle name in **uri = \"datashareproxy://com.acts.ohos.data.datasharetest/test\"** is **com.acts.ohos.data.datasharetest**.<br>\n    (2) Obtain the configuration based on the bundle name. For example, run **bm dump --bundle-name com.acts.ohos.data.datasharetest** to obtain the **DataShareExtension** configuration, and check whether the data consumer has **readPermission** or **writePermission**."
    )]
    #[translation(
        "zh-CN",
        title = "创建DataShareHelper异常",
        description = "创建DataShareHelper工具类异常时，系统会产生此错误码。",
        cause = "创建DataShareHelper时，接口createDataShareHelper的入参uri不正确。",
        cause = "创建DataShareHelper时，接口createDataShareHelper的入参context不正确。",
        cause = "创建DataShareHelper时，客户端从后台拉起DataShareExtension时，未配置后台拉起权限。",
        solution = "咨询DataShare服务端提供者，获取正确的uri路径。",
        solution = "DataShare仅支持Stage模型，检查context是否为Stage模型的context。",
        solution = "检查客户端是否有数据的读或者写权限，具体步骤如下：<br/>\n    (1) 找到数据提供者包名，在uri的path里面找，例如：uri = \"datashareproxy://com.acts.ohos.data.datasharetest/test\"。<br/>\n    (2) 根据包名找到配置，例如：bm dump --bundle-name com.acts.ohos.data.datasharetest，在里面找到DataShareExtension的配置，确认数据访问者是否有readPermission或writePermission中配置的权限。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    FailedToCreateDataShareHelper,
    /// URI Not Exist (15700011).
    ///
    /// This error code is generated when a template fails to be added or deleted, or an incorrect URI or path is passed in when silent access is enabled or disabled.
    #[code(
        15700011,
        title = "URI Not Exist",
        message = "The URI does not exist.",
        description = "This error code is generated when a template fails to be added or deleted, or an incorrect URI or path is passed in when silent access is enabled or disabled.",
        cause = "The input URI is incorrect.",
        cause = "The input URI is in incorrect format.",
        solution = "Obtain the correct URI."
    )]
    #[translation(
        "zh-CN",
        title = "uri不存在",
        description = "添加/删除模板异常或者开启/关闭静默访问传入的uri格式或者路径错误时，系统会产生此错误码。",
        cause = "入参uri路径不正确。",
        cause = "入参uri格式不正确。",
        solution = "咨询DataShare服务端提供者，获取正确的uri路径。"
    )]
    UriNotExist,
    /// Data Area Not Exist (15700012).
    ///
    /// This error code is returned when a data update fails.
    #[code(
        15700012,
        title = "Data Area Not Exist",
        message = "The data area does not exist.",
        description = "This error code is returned when a data update fails.",
        cause = "The input parameter **bundleName** of **publish()** is incorrect.",
        solution = "Obtain the correct **bundleName** value from the DataShare server provider."
    )]
    #[translation(
        "zh-CN",
        title = "数据区不存在",
        description = "数据更新异常时，系统会产生此错误码。",
        cause = "数据更新异常时，接口publish的入参bundleName不正确。",
        solution = "咨询DataShare服务端提供者，获取正确的bundleName。"
    )]
    DataAreaNotExist,
    /// DataShareHelper Instance Closed (15700013).
    ///
    /// This error code is generated when a closed **DataShareHelper** instance is used.
    #[code(
        15700013,
        title = "DataShareHelper Instance Closed",
        message = "The DataShareHelper instance is already closed.",
        description = "This error code is generated when a closed **DataShareHelper** instance is used.",
        cause = "The closed **DataShareHelper** instance cannot be used.",
        solution = "Create a new **DataShareHelper** instance for use."
    )]
    #[translation(
        "zh-CN",
        title = "DataShareHelper实例被关闭",
        description = "DataShareHelper实例被关闭后，继续使用该实例会产生此错误码。",
        cause = "调用close接口关闭了DataShareHelper实例后，继续使用该实例。",
        solution = "重新创建DataShareHelper实例，再进行使用。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    DataShareHelperInstanceClosed,
    /// Incorrect Parameters for Shared Configuration (15700014).
    ///
    /// 1. This error code is reported if the parameter format is incorrect.
    ///
    /// 2. This error code is reported if the value of the parameter exceeds the expected range.
    #[code(
        15700014,
        title = "Incorrect Parameters for Shared Configuration",
        message = "The parameter format is incorrect or the value range is invalid.",
        description = "1. This error code is reported if the parameter format is incorrect.\n\n2. This error code is reported if the value of the parameter exceeds the expected range.",
        cause = "The URI length exceeds 256 bytes.",
        cause = "The value length of **proxyData** exceeds 4096 bytes.",
        cause = "The number of elements in the URI array passed by the API exceeds 32.",
        cause = "The number of elements in the **proxyData** array passed by the API exceeds 32.",
        cause = "URI format verification fails.",
        solution = "Check whether the length of a URI in the URI array or **proxyData** array exceeds 256 bytes.",
        solution = "Check whether the length of a value in the **proxyData** array exceeds 4096 bytes.",
        solution = "Check whether the number of elements in the URI array exceeds 32.",
        solution = "Check whether the number of elements in the **proxyData** array exceeds 32.",
        solution = "Check whether the URIs in the URI array or **proxyData** array comple with the following format:<br>\n    **\"datashareproxy://{*bundleName*}/{*path*}\"**, where **bundleName** indicates the bundle name of the publisher application, and **path** can be set to any value.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "配置共享参数错误",
        description = "1. 参数格式错误。\n\n2. 参数值超出取值范围。",
        cause = "URI长度超过256字节。",
        cause = "proxyData的value长度超过4096字节。",
        cause = "接口传入的URI数组长度超过32。",
        cause = "接口传入的proxyData数组长度超过32。",
        cause = "URI格式校验失败。",
        solution = "检查接口传入的URI数组或者proxyData数组中是否有URI的长度超过256字节。",
        solution = "检查接口传入的proxyData数组中是否有proxyData的value长度超过4096字节。",
        solution = "检查接口传入的URI数组的长度是否超过32。",
        solution = "检查接口传入的proxyData数组的长度是否超过32。",
        solution = "检查接口传入的URI数组或者proxyData数组中的URI是否满足格式校验：<br/>\n    URI的固定格式为`\"datashareproxy://{bundleName}/{path}\"`，其中bundleName为配置发布方应用的bundleName，path可随意填写。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n1. {solution}\n\n2. {solution}\n\n3. {solution}\n\n4. {solution}\n\n5. {solution}"
    )]
    IncorrectParametersForSharedConfiguration,
}
