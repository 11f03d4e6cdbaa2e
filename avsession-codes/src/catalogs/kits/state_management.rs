// State Management Error Codes: the catalog `StateManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// State Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "State Management",
    title = "State Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 100000..=199999,
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @liwenzhen3-->\n<!--Designer: @s10021109-->\n<!--Tester: @TerryTsao-->\n<!--Adviser: @zhang_yixin13-->\n<!-- md-trans-meta sourceCommit=524a652d7ab7fb267fa8caaf4db75f5acc5401b5 translatedAt=2026-08-29T09:25:52.303Z pushedAt=2026-08-31T07:12:38.167Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:dash,tight}\n\n**Solution**\n\n{solutions:dash,tight}\n",
    lock = "locks/state_management.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "状态管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: ArkUI-->\n<!--Owner: @liwenzhen3-->\n<!--Designer: @s10021109-->\n<!--Tester: @TerryTsao-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:dash,tight}\n\n**处理步骤**\n\n{solutions:dash,tight}\n"
)]
pub enum StateManagementError {
    /// Invalid Target Object for addMonitor/clearMonitor (130000).
    ///
    /// This error code is reported when the target object parameter for [addMonitor](./js-apis-stateManagement.md#addmonitor20) or [clearMonitor](./js-apis-stateManagement.md#clearmonitor20) is invalid.
    #[code(
        130000,
        title = "Invalid Target Object for addMonitor/clearMonitor",
        message = "The target is not a custom component instance or V2 class instance.",
        description = "This error code is reported when the target object parameter for [addMonitor](./js-apis-stateManagement.md#addmonitor20) or [clearMonitor](./js-apis-stateManagement.md#clearmonitor20) is invalid.",
        cause = "The target object does not meet the following requirements:",
        cause = "A class decorated with [\\@ObservedV2](../../ui/state-management/arkts-new-observedV2-and-trace.md) (must have at least one variable decorated with [\\@Trace](../../ui/state-management/arkts-new-observedV2-and-trace.md))",
        cause = "An instance of a custom component decorated with [\\@ComponentV2](../../ui/state-management/arkts-create-custom-components.md#componentv2)",
        solution = "Ensure that the target object for **addMonitor** or **clearMonitor** is valid. For details, see [addMonitor and clearMonitor APIs: Dynamically Adding or Removing Listeners](../../ui/state-management/arkts-new-addMonitor-clearMonitor.md#constraints).",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:dash,tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "addMonitor/clearMonitor非法目标对象",
        description = "[addMonitor](./js-apis-stateManagement.md#addmonitor20)/[clearMonitor](./js-apis-stateManagement.md#clearmonitor20)的目标对象参数不合法。",
        cause = "目标对象不满足以下情况：",
        cause = "[\\@ObservedV2](../../ui/state-management/arkts-new-observedV2-and-trace.md)装饰的class(至少有一个[\\@Trace](../../ui/state-management/arkts-new-observedV2-and-trace.md)装饰的变量)。",
        cause = "[\\@ComponentV2](../../ui/state-management/arkts-create-custom-components.md#componentv2)装饰的自定义组件的实例。",
        solution = "确保addMonitor/clearMonitor的目标对象合法，详情请参见[addMonitor/clearMonitor开发指南](../../ui/state-management/arkts-new-addMonitor-clearMonitor.md#限制条件)。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:dash,tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidTargetObjectForAddMonitorclearMonitor,
    /// Invalid Path for addMonitor/clearMonitor (130001).
    ///
    /// This error code is reported when the path parameter for **addMonitor** or **clearMonitor** is invalid.
    #[code(
        130001,
        title = "Invalid Path for addMonitor/clearMonitor",
        message = "The path is invalid.",
        description = "This error code is reported when the path parameter for **addMonitor** or **clearMonitor** is invalid.",
        cause = "The path is neither of the string type nor of the array type.",
        solution = "Ensure that the path for **addMonitor** or **clearMonitor** is valid. For details, see the [addMonitor/clearMonitor development guide](../../ui/state-management/arkts-new-addMonitor-clearMonitor.md#constraints)."
    )]
    #[translation(
        "zh-CN",
        title = "addMonitor/clearMonitor非法路径",
        description = "addMonitor/clearMonitor的路径参数不合法。",
        cause = "路径不是string或者不是数组类型。",
        solution = "确保addMonitor/clearMonitor的路径合法，详情可见[addMonitor/clearMonitor开发指南](../../ui/state-management/arkts-new-addMonitor-clearMonitor.md#限制条件)。"
    )]
    InvalidPathForAddMonitorclearMonitor,
    /// Invalid Callback for addMonitor/clearMonitor (130002).
    ///
    /// This error code is reported when the callback parameter for **addMonitor** or **clearMonitor** is invalid.
    #[code(
        130002,
        title = "Invalid Callback for addMonitor/clearMonitor",
        message = "addMonitor/clearMonitor failed because the monitorFunc is illegal, monitorFunc must be function or but cannot be an anonymous function.",
        description = "This error code is reported when the callback parameter for **addMonitor** or **clearMonitor** is invalid.",
        cause = "The callback is not of the function type or is of an anonymous function type.",
        solution = "Ensure that the callback for **addMonitor** or **clearMonitor** is valid. For details, see the [addMonitor/clearMonitor development guide](../../ui/state-management/arkts-new-addMonitor-clearMonitor.md#constraints)."
    )]
    #[translation(
        "zh-CN",
        title = "addMonitor/clearMonitor非法回调方法",
        description = "addMonitor/clearMonitor的回调方法参数不合法。",
        cause = "回调方法不是function类型，或者是匿名function类型。",
        solution = "确保addMonitor/clearMonitor的回调方法合法，详情可见[addMonitor/clearMonitor开发指南](../../ui/state-management/arkts-new-addMonitor-clearMonitor.md#限制条件)。"
    )]
    InvalidCallbackForAddMonitorclearMonitor,
    /// Invalid Invocation of applySync, flushUpdates, or flushUIUpdates (140001).
    ///
    /// This error code is reported when the **applySync**, **flushUpdates**, or **flushUIUpdates** API is called in a getter method decorated with [\@Computed](../../ui/state-management/arkts-new-computed.md).
    #[code(
        140001,
        title = "Invalid Invocation of applySync, flushUpdates, or flushUIUpdates",
        message = "The function is not allowed to be called in @Computed.",
        description = "This error code is reported when the **applySync**, **flushUpdates**, or **flushUIUpdates** API is called in a getter method decorated with [\\@Computed](../../ui/state-management/arkts-new-computed.md).",
        cause = "The **applySync**, **flushUpdates**, or **flushUIUpdates** API is called in a getter method decorated with **@Computed**. The getter method decorated with **@Computed** is used to compute derived values. Calling these APIs inside it triggers additional state refresh and breaks the evaluation logic of the computed property. For details about the constraints, see [applySync/flushUpdates/flushUIUpdates API constraints](../../ui/state-management/arkts-new-applySync-flushUpdates-flushUIUpdates.md#constraints).",
        solution = "Ensure that the **applySync**, **flushUpdates**, and **flushUIUpdates** APIs are not called within getter methods decorated with @Computed."
    )]
    #[translation(
        "zh-CN",
        title = "applySync/flushUpdates/flushUIUpdates非法调用",
        description = "applySync/flushUpdates/flushUIUpdates接口在@Computed装饰的getter方法内调用是不合法的。",
        cause = "applySync/flushUpdates/flushUIUpdates接口在@Computed装饰的getter方法内被调用。",
        solution = "确保在@Computed装饰的getter方法内没有调用applySync/flushUpdates/flushUIUpdates接口。"
    )]
    InvalidInvocationOfApplySyncFlushUpdatesOrFlushUIUpdates,
    /// Invalid Invocation of flushUpdates or flushUIUpdates (140002).
    ///
    /// This error code is reported when the **flushUpdates** or **flushUIUpdates** API is called in the [\@Monitor](../../ui/state-management/arkts-new-monitor.md) callback method.
    #[code(
        140002,
        title = "Invalid Invocation of flushUpdates or flushUIUpdates",
        message = "The function is not allowed to be called in @Monitor.",
        description = "This error code is reported when the **flushUpdates** or **flushUIUpdates** API is called in the [\\@Monitor](../../ui/state-management/arkts-new-monitor.md) callback method.",
        cause = "The **flushUpdates** or **flushUIUpdates** API is called in an **@Monitor** callback method. The **@Monitor** callback method is triggered when the state changes. Calling these APIs inside it causes repeated state refresh and may lead to circular updates. For details about the constraints, see [applySync/flushUpdates/flushUIUpdates API constraints](../../ui/state-management/arkts-new-applySync-flushUpdates-flushUIUpdates.md#constraints).",
        solution = "Ensure that the **flushUpdates** and **flushUIUpdates** APIs are not called in @Monitor callback methods."
    )]
    #[translation(
        "zh-CN",
        title = "flushUpdates/flushUIUpdates非法调用",
        description = "flushUpdates/flushUIUpdates接口在@Monitor回调方法内调用是不合法的。",
        cause = "flushUpdates/flushUIUpdates接口在@Monitor回调方法内被调用。",
        solution = "确保在@Monitor回调方法内没有调用flushUpdates/flushUIUpdates接口。"
    )]
    InvalidInvocationOfFlushUpdatesOrFlushUIUpdates,
    /// AppStorageV2 and PersistenceV2 Use Unsupported Data Types (140103).
    ///
    /// This error code is reported in the following scenario: When [connect](./js-apis-stateManagement.md#connect) of [AppStorageV2](./js-apis-stateManagement.md#appstoragev2) or [connect](./js-apis-stateManagement.md#connect) and [globalConnect](./js-apis-stateManagement.md#globalconnect18) of [PersistenceV2](./js-apis-stateManagement.md#persistencev2) are used, the **type** parameter is invalid.
    #[code(
        140103,
        title = "AppStorageV2 and PersistenceV2 Use Unsupported Data Types",
        message = "Not supported type! The type should have function constructor signature.",
        description = "This error code is reported in the following scenario: When [connect](./js-apis-stateManagement.md#connect) of [AppStorageV2](./js-apis-stateManagement.md#appstoragev2) or [connect](./js-apis-stateManagement.md#connect) and [globalConnect](./js-apis-stateManagement.md#globalconnect18) of [PersistenceV2](./js-apis-stateManagement.md#persistencev2) are used, the **type** parameter is invalid.",
        cause = "When **connect** of **AppStorageV2** or **connect** and **globalConnect** of **PersistenceV2** are used, the **type** parameter is not of the [TypeConstructorWithArgs\\<T\\>](./js-apis-stateManagement.md#typeconstructorwithargst) type.",
        solution = "Ensure that the **type** parameter passed by **connect** or **globalConnect** is of the **TypeConstructorWithArgs<T>** type. For details about the supported types, see the [PersistenceV2 usage constraints](../../ui/state-management/arkts-new-persistencev2.md#constraints) and [AppStorageV2 usage constraints](../../ui/state-management/arkts-new-appstoragev2.md#constraints)."
    )]
    #[translation(
        "zh-CN",
        title = "AppStorageV2和PersistenceV2使用不支持的数据类型",
        description = "使用[AppStorageV2](./js-apis-stateManagement.md#appstoragev2)的[connect](./js-apis-stateManagement.md#connect)或[PersistenceV2](./js-apis-stateManagement.md#persistencev2)的[connect](./js-apis-stateManagement.md#connect)和[globalConnect](./js-apis-stateManagement.md#globalconnect18)时，type参数类型不合法。",
        cause = "使用AppStorageV2的connect或PersistenceV2的connect和globalConnect时，type参数类型不是[TypeConstructorWithArgs\\<T\\>](./js-apis-stateManagement.md#typeconstructorwithargst)类型。",
        solution = "确保connect/globalConnect传入type类型是TypeConstructorWithArgs\\<T\\>类型，具体支持类型见[PersistenceV2使用限制](../../ui/state-management/arkts-new-persistencev2.md#使用限制)和[AppStorageV2使用限制](../../ui/state-management/arkts-new-appstoragev2.md#使用限制)。"
    )]
    AppStorageV2AndPersistenceV2UseUnsupportedDataTypes,
    /// AppStorageV2 and PersistenceV2 Use the Invalid Default Value to Create a Function (140104).
    ///
    /// This error code is reported in the following scenario: When [connect](./js-apis-stateManagement.md#connect) of [AppStorageV2](./js-apis-stateManagement.md#appstoragev2) or [connect](./js-apis-stateManagement.md#connect) and [globalConnect](./js-apis-stateManagement.md#globalconnect18) of [PersistenceV2](./js-apis-stateManagement.md#persistencev2) are used for the first time, the default data constructor specified by **defaultCreator** is not [StorageDefaultCreator\<T\>](./js-apis-stateManagement.md#storagedefaultcreatort).
    #[code(
        140104,
        title = "AppStorageV2 and PersistenceV2 Use the Invalid Default Value to Create a Function",
        message = "The default creator should be function when first connect.",
        description = "This error code is reported in the following scenario: When [connect](./js-apis-stateManagement.md#connect) of [AppStorageV2](./js-apis-stateManagement.md#appstoragev2) or [connect](./js-apis-stateManagement.md#connect) and [globalConnect](./js-apis-stateManagement.md#globalconnect18) of [PersistenceV2](./js-apis-stateManagement.md#persistencev2) are used for the first time, the default data constructor specified by **defaultCreator** is not [StorageDefaultCreator\\<T\\>](./js-apis-stateManagement.md#storagedefaultcreatort).",
        cause = "**defaultCreator** is not of the **StorageDefaultCreator\\<T\\>** type.",
        solution = "Ensure that **defaultCreator** passed by **connect** or **globalConnect** is of the **StorageDefaultCreator\\<T\\>** type. The following uses **globalConnect** as an example. For details, see [globalConnect](./js-apis-stateManagement.md#globalconnect18)."
    )]
    #[translation(
        "zh-CN",
        title = "AppStorageV2和PersistenceV2使用非法的默认值创建函数",
        description = "使用[AppStorageV2](./js-apis-stateManagement.md#appstoragev2)的[connect](./js-apis-stateManagement.md#connect)或[PersistenceV2](./js-apis-stateManagement.md#persistencev2)的[connect](./js-apis-stateManagement.md#connect)和[globalConnect](./js-apis-stateManagement.md#globalconnect18)时，defaultCreator默认数据的构造器不是[StorageDefaultCreator\\<T\\>](./js-apis-stateManagement.md#storagedefaultcreatort)。",
        cause = "defaultCreator不是StorageDefaultCreator\\<T\\>类型。",
        solution = "确保connect/globalConnect传入的defaultCreator为StorageDefaultCreator\\<T\\>类型。以globalConnect为例，示例请参考[globalConnect](./js-apis-stateManagement.md#globalconnect18)。"
    )]
    AppStorageV2AndPersistenceV2UseInvalidDefaultValueToCreateFunction,
    /// PersistenceV2 Mixes connect and globalConnect That Use the Same Key (140105).
    ///
    /// This error code is reported when [connect](./js-apis-stateManagement.md#connect) and [globalConnect](./js-apis-stateManagement.md#globalconnect18) use the same key.
    #[code(
        140105,
        title = "PersistenceV2 Mixes connect and globalConnect That Use the Same Key",
        message = "ERROR, Duplicate key used when connect",
        description = "This error code is reported when [connect](./js-apis-stateManagement.md#connect) and [globalConnect](./js-apis-stateManagement.md#globalconnect18) use the same key.",
        cause = "**connect** and **globalConnect** use the same key.",
        solution = "You are not advised to use **connect** and **globalConnect** together. If you need to use them together, ensure that the two APIs do not use the same key. For details, see [PersistenceV2 usage constraints](../../ui/state-management/arkts-new-persistencev2.md#constraints)."
    )]
    #[translation(
        "zh-CN",
        title = "PersistenceV2混用connect和globalConnect并使用相同的key",
        description = "[connect](./js-apis-stateManagement.md#connect)和[globalConnect](./js-apis-stateManagement.md#globalconnect18)使用相同的key。",
        cause = "connect和globalConnect使用了相同的key。",
        solution = "connect和globalConnect不建议混用，如果开发者需要混用，则要保证这两个接口不能使用相同的key，详情见[PersistenceV2使用限制](../../ui/state-management/arkts-new-persistencev2.md#使用限制)。"
    )]
    PersistenceV2MixesConnectAndGlobalConnectThatUseSameKey,
    /// Using PersistenceV2 to Store Data at an Unsupported Encryption Level (140106).
    ///
    /// This error code is reported when the encryption level set for [globalConnect](./js-apis-stateManagement.md#globalconnect18) of [PersistenceV2](./js-apis-stateManagement.md#persistencev2) to store data is not within the range of EL1 to EL5.
    #[code(
        140106,
        title = "Using PersistenceV2 to Store Data at an Unsupported Encryption Level",
        message = "AreaMode Value Error! value range can only in EL1-EL5",
        description = "This error code is reported when the encryption level set for [globalConnect](./js-apis-stateManagement.md#globalconnect18) of [PersistenceV2](./js-apis-stateManagement.md#persistencev2) to store data is not within the range of EL1 to EL5.",
        cause = "The value of the [areaMode](./js-apis-stateManagement.md#connectoptionst18) attribute of [ConnectOptions](./js-apis-stateManagement.md#connectoptionst18) of **globalConnect** is not within the range of EL1 to EL5.",
        solution = "Set the encryption level range to EL1 to EL5. For details, see [Using globalConnect to Store Data](../../ui/state-management/arkts-new-persistencev2.md#using-globalconnect-to-store-data)."
    )]
    #[translation(
        "zh-CN",
        title = "使用PersistenceV2存储数据到不支持的加密级别",
        description = "使用[PersistenceV2](./js-apis-stateManagement.md#persistencev2)的[globalConnect](./js-apis-stateManagement.md#globalconnect18)存储数据设置的加密级别不在EL1-EL5范围内。",
        cause = "设置globalConnect参数[ConnectOptions](./js-apis-stateManagement.md#connectoptionst18)的[areaMode](./js-apis-stateManagement.md#connectoptionst18)属性范围不在EL1-EL5内。",
        solution = "设置存储范围为EL1-EL5，示例请参考[使用globalConnect存储数据](../../ui/state-management/arkts-new-persistencev2.md#使用globalconnect存储数据)。"
    )]
    UsingPersistenceV2ToStoreDataAtUnsupportedEncryptionLevel,
    /// Data Types of AppStorageV2 and PersistenceV2 Do Not Match (140107).
    ///
    /// This error code is reported when [connect](./js-apis-stateManagement.md#connect) of [AppStorageV2](./js-apis-stateManagement.md#appstoragev2) or [connect](./js-apis-stateManagement.md#connect) and [globalConnect](./js-apis-stateManagement.md#globalconnect18) of [PersistenceV2](./js-apis-stateManagement.md#persistencev2) are used.
    #[code(
        140107,
        title = "Data Types of AppStorageV2 and PersistenceV2 Do Not Match",
        message = "The type of target mismatches the type of source.",
        description = "This error code is reported when [connect](./js-apis-stateManagement.md#connect) of [AppStorageV2](./js-apis-stateManagement.md#appstoragev2) or [connect](./js-apis-stateManagement.md#connect) and [globalConnect](./js-apis-stateManagement.md#globalconnect18) of [PersistenceV2](./js-apis-stateManagement.md#persistencev2) are used.",
        cause = "The type of the **type** parameter is inconsistent with the return type of **defaultCreator**.",
        cause = "The persistent data structure is modified. As a result, when the data is read from the disk to the memory again, the type does not match. In this case, only an error code is reported in the log, and no runtime exception is thrown.",
        solution = "Ensure that the type of the **type** parameter is consistent with the return type of **defaultCreator**.",
        solution = "Ensure that the data type remains unchanged before and after data persistence. If the type needs to be changed, you need to manually uninstall the application, clear the persistent data of the current application, and install the application again."
    )]
    #[translation(
        "zh-CN",
        title = "AppStorageV2和PersistenceV2数据类型不匹配",
        description = "使用[AppStorageV2](./js-apis-stateManagement.md#appstoragev2)的[connect](./js-apis-stateManagement.md#connect)或[PersistenceV2](./js-apis-stateManagement.md#persistencev2)的[connect](./js-apis-stateManagement.md#connect)和[globalConnect](./js-apis-stateManagement.md#globalconnect18)时，发生类型不匹配错误。",
        cause = "type类型和defaultCreator返回类型不一致。",
        cause = "开发者修改了持久化的数据结构，导致重新从磁盘里读取数据到内存中时，发生类型不匹配。该情况仅通过日志上报错误码，不会抛出运行时异常。",
        solution = "type类型和defaultCreator返回类型一致。",
        solution = "需要保证数据持久化前后类型不变。如果要改变类型，需要手动卸载应用，清空当前应用的持久化的数据，并再次安装。"
    )]
    DataTypesOfAppStorageV2AndPersistenceV2DoNotMatch,
    /// @Type Decorator Is Missing in PersistenceV2 (140108).
    ///
    /// The [\@Type](../../ui/state-management/arkts-new-type.md) decorator is missing when [globalConnect](./js-apis-stateManagement.md#globalconnect18) of [PersistenceV2](./js-apis-stateManagement.md#persistencev2) is used.
    #[code(
        140108,
        title = "@Type Decorator Is Missing in PersistenceV2",
        message = "Miss @Type.",
        description = "The [\\@Type](../../ui/state-management/arkts-new-type.md) decorator is missing when [globalConnect](./js-apis-stateManagement.md#globalconnect18) of [PersistenceV2](./js-apis-stateManagement.md#persistencev2) is used.",
        cause = "When the **globalConnect** API is used to persist data, the \\@Type decorator is missing in the data type. This error code is reported in the log and no runtime exception is thrown.",
        solution = "Ensure that the \\@Type decorator is used to decorate the class name when the **globalConnect** API is used to persist complex types of data.",
        layout = "\n## {code} {title} \n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "PersistenceV2缺少类型参数",
        description = "[PersistenceV2](./js-apis-stateManagement.md#persistencev2)的[globalConnect](./js-apis-stateManagement.md#globalconnect18)时，缺少[\\@Type](../../ui/state-management/arkts-new-type.md)装饰器。",
        cause = "使用globalConnect接口持久化数据时，持久化的数据类型缺少\\@Type装饰器。该错误码通过日志上报，不会抛出运行时异常。",
        solution = "确保globalConnect持久化复杂类型时，用\\@Type装饰类名。"
    )]
    TypeDecoratorIsMissingInPersistenceV2,
    /// @Builder Triggers Invalid Parameter Settings (140109).
    ///
    /// This error code is reported when the input parameters are modified in the function decorated by [\@Builder](../../ui/state-management/arkts-builder.md).
    #[code(
        140109,
        title = "@Builder Triggers Invalid Parameter Settings",
        message = "@Builder: Invalid attempt to set(write to) parameter error!",
        description = "This error code is reported when the input parameters are modified in the function decorated by [\\@Builder](../../ui/state-management/arkts-builder.md).",
        cause = "The input parameters are modified in the function decorated by \\@Builder. For details, see the [@Builder constraints](../../ui/state-management/arkts-builder.md#constraints).",
        solution = "Do not modify the input parameters in the function decorated by **\\@Builder**. You can use [MutableBinding](./js-apis-stateManagement.md#mutablebindingt20) instead. For details, see [Changing the Input Parameters in the @Builder Decorated Function](../../ui/state-management/arkts-builder.md#changing-the-input-parameters-in-the-builder-decorated-function)."
    )]
    #[translation(
        "zh-CN",
        title = "@Builder非法触发参数属性赋值",
        description = "在[\\@Builder](../../ui/state-management/arkts-builder.md)装饰的函数内部修改入参属性。",
        cause = "在\\@Builder装饰的函数内部修改入参属性，详情见[\\@Builder限制条件](../../ui/state-management/arkts-builder.md#限制条件)。",
        solution = "不在\\@Builder装饰的函数内部修改入参内容，可使用[MutableBinding](./js-apis-stateManagement.md#mutablebindingt20)代替，示例请参考[在@Builder装饰的函数内部修改入参内容](../../ui/state-management/arkts-builder.md#在builder装饰的函数内部修改入参内容)。"
    )]
    BuilderTriggersInvalidParameterSettings,
    /// Using Non-\@Track Decorated Properties in the UI Causes Errors (140110).
    ///
    /// This error code is reported in the following scenario: If a property in a class is decorated by [\@Track](../../ui/state-management/arkts-track.md), use the properties of the class that are not decorated by **@Track** in the UI.
    #[code(
        140110,
        title = "Using Non-\\@Track Decorated Properties in the UI Causes Errors",
        message = "Illegal usage of not @Track'ed property on UI!",
        description = "This error code is reported in the following scenario: If a property in a class is decorated by [\\@Track](../../ui/state-management/arkts-track.md), use the properties of the class that are not decorated by **@Track** in the UI.",
        cause = "Bind the properties that are not decorated by **\\@Track** in the class decorated by **\\@Track** to the UI. For details, see the [@Track constraints](../../ui/state-management/arkts-track.md#constraints).",
        solution = "Add the **\\@Track** decorator to the property indicated in the error message. For details, see [Improperly Using Non-@Track Decorated Properties Causes Errors](../../ui/state-management/arkts-track.md#improperly-using-non-track-decorated-properties-causes-errors)."
    )]
    #[translation(
        "zh-CN",
        title = "在UI中使用非@Track装饰的属性发生运行时报错",
        description = "如果类里中一个[\\@Track](../../ui/state-management/arkts-track.md)装饰的属性，则禁止在UI中使用该类中未被@Track装饰的属性。",
        cause = "将有\\@Track装饰类中的未被\\@Track装饰的属性绑定在UI上，详情见[\\@Track限制条件](../../ui/state-management/arkts-track.md#限制条件)。",
        solution = "给报错的属性也加上\\@Track装饰器装饰，例子见[在UI中使用非@Track装饰的属性发生运行时报错](../../ui/state-management/arkts-track.md#在ui中使用非track装饰的属性发生运行时报错)。"
    )]
    UsingNonTrackDecoratedPropertiesInUiCausesErrors,
    /// @Consume Does Not Have the Corresponding @Provide (140112).
    ///
    /// [\@Consume](../../ui/state-management/arkts-provide-and-consume.md) fails to be initialized because @Consume does not find the matching [@Provide](../../ui/state-management/arkts-provide-and-consume.md) data source, and the default value of @Consume is not provided.
    #[code(
        140112,
        title = "@Consume Does Not Have the Corresponding @Provide",
        message = "@Consume missing @Provide property with name or default value. Fail to resolve @Consume.",
        description = "[\\@Consume](../../ui/state-management/arkts-provide-and-consume.md) fails to be initialized because @Consume does not find the matching [@Provide](../../ui/state-management/arkts-provide-and-consume.md) data source, and the default value of @Consume is not provided.",
        cause = "The possible causes why @Consume fails to find @Provide are as follows:",
        cause = "The parent component of the component where @Consume is located does not define the @Provide with the same key, and @Consume does not have the default value. As a result, @Consume fails to be initialized.",
        cause = "When \\@Consume searches upward for the component where \\@Provide is defined, the parent component or ancestor node of the component where \\@Consume is located has been destroyed. As a result, \\@Consume fails to find the @Provide.",
        solution = "Ensure that when @Consume is initialized, the parent component of the component where @Consume is located has the @Provide variable with the same key, or the default value is set. For details, see the [@Consume constraints](../../ui/state-management/arkts-provide-and-consume.md#constraints)",
        solution = "Ensure that when the component where @Consume is located is created, the lifecycle of its parent component and ancestor node does not end, that is, [aboutToDisappear](./arkui-ts/ts-custom-component-lifecycle.md#abouttodisappear) is not called.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "@Consume缺失对应的@Provide",
        description = "[\\@Consume](../../ui/state-management/arkts-provide-and-consume.md)初始化失败，\\@Consume没有找到匹配的[\\@Provide](../../ui/state-management/arkts-provide-and-consume.md)数据源，且开发者没有提供\\@Consume默认值。",
        cause = "\\@Consume寻找\\@Provide失败，一般有以下两种原因：",
        cause = "\\@Consume所在组件的父组件没有定义相同key的\\@Provide，且\\@Consume没有设置默认值，导致\\@Consume初始化失败。",
        cause = "\\@Consume向上查找定义\\@Provide所在组件时，其父组件或祖先节点已被销毁，导致\\@Consume查找失败。",
        solution = "确保初始化\\@Consume时，其父组件上存在相同key的\\@Provide变量，或设置默认值，示例见[\\@Consume限制条件](../../ui/state-management/arkts-provide-and-consume.md#限制条件)。",
        solution = "确保创建\\@Consume所在组件时，父组件及其祖先节点生命周期未结束，即[aboutToDisappear](./arkui-ts/ts-custom-component-lifecycle.md#abouttodisappear)未调用。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    ConsumeDoesNotHaveCorrespondingProvide,
    /// Toolchain Version Is Too Early When @ComponentV2 Custom Components Are Reused (140113).
    ///
    /// This error code is reported in the following scenarios: Since API version 18, [\@ComponentV2](../../ui/state-management/arkts-create-custom-components.md#componentv2) (child component) can be created in [\@Reusable](../../ui/state-management/arkts-reusable.md) (parent component). However, you need to use the SDK of API version 18 or later; otherwise, a runtime error will be reported. Since API version 23, this error code will be returned. For details, see [\@ReusableV2 usage constraints](../../ui/state-management/arkts-new-reusableV2.md#constraints).
    #[code(
        140113,
        title = "Toolchain Version Is Too Early When @ComponentV2 Custom Components Are Reused",
        message = "Old toolchain detected. Please upgrade to the latest.",
        description = "This error code is reported in the following scenarios: Since API version 18, [\\@ComponentV2](../../ui/state-management/arkts-create-custom-components.md#componentv2) (child component) can be created in [\\@Reusable](../../ui/state-management/arkts-reusable.md) (parent component). However, you need to use the SDK of API version 18 or later; otherwise, a runtime error will be reported. Since API version 23, this error code will be returned. For details, see [\\@ReusableV2 usage constraints](../../ui/state-management/arkts-new-reusableV2.md#constraints).",
        cause = "Since API version 18, mixed usage of @Reusable (in the parent component) and @ComponentV2 (in the child component) is supported. If you use API version 18 or later, but do not use the SDK of API version 18 or later for compilation, an error is reported during running, indicating that the SDK version is too early.",
        solution = "Use the SDK of API version 18 or later to compile the application."
    )]
    #[translation(
        "zh-CN",
        title = "复用\\@ComponentV2自定义组件但工具链版本过低",
        description = "从API version 23开始，支持[\\@Reusable](../../ui/state-management/arkts-reusable.md)（父组件）中创建[\\@ComponentV2](../../ui/state-management/arkts-create-custom-components.md#componentv2)（子组件），但需要开发者使用API version 18及以上SDK，详情见[\\@ReusableV2使用限制](../../ui/state-management/arkts-new-reusableV2.md#使用限制)。",
        cause = "从API version 18开始，支持\\@Reusable（父组件）和\\@ComponentV2（子组件）混用，开发者使用了API version 18及以上的设备，但没有使用API version 18及以上的SDK版本编译，所以运行时报错，提醒开发者SDK版本过低。",
        solution = "使用API version 18及以上的SDK编译应用。"
    )]
    ToolchainVersionIsTooEarlyWhenComponentV2CustomComponentsAreReused,
    /// @Provide Decorators with the Duplicate Key Declared (140114).
    ///
    /// This error code is reported when the @Provide decorators with the duplicate key declared exist in the same component, parent component, or ancestor node. For details, see the [@Provide constraints](../../ui/state-management/arkts-provide-and-consume.md#constraints).
    #[code(
        140114,
        title = "@Provide Decorators with the Duplicate Key Declared",
        message = "duplicate @Provide property. Property with this name is provided by one of the ancestor Views already.",
        description = "This error code is reported when the @Provide decorators with the duplicate key declared exist in the same component, parent component, or ancestor node. For details, see the [@Provide constraints](../../ui/state-management/arkts-provide-and-consume.md#constraints).",
        cause = "The @Provide decorators with the duplicate key declared exist in the same component, parent component, or ancestor node.",
        solution = "Ensure that the keys of the @Provide decorators are different in the same component, including its parent component and ancestor node. Alternatively, set **allowOverride** in [ProvideOptions](./arkui-ts/ts-state-management-provide.md#provideoptions11) for the \\@Provide decorators with the duplicate key declared. For details, see [Support for the allowOverride Parameter](../../ui/state-management/arkts-provide-and-consume.md#support-for-the-allowoverride-parameter)."
    )]
    #[translation(
        "zh-CN",
        title = "声明重复key的\\@Provide",
        description = "在同一个组件、父组件或其祖先节点中，存在声明了相同的key的\\@Provide，详情见[\\@Provide限制条件](../../ui/state-management/arkts-provide-and-consume.md#限制条件)。",
        cause = "在同一个组件、父组件或其祖先节点中，存在声明了相同的key的\\@Provide。",
        solution = "保证在同一个组件，包括其父组件和其祖先节点中，\\@Provide的key不同。或将相同key的\\@Provide设置为[allowOverride](./arkui-ts/ts-state-management-v1-parameter.md#provideoptions)，示例见[\\@Provide支持allowOverride参数](../../ui/state-management/arkts-provide-and-consume.md#provide支持allowoverride参数)。"
    )]
    ProvideDecoratorsWithDuplicateKeyDeclared,
    /// Invalid Type of a State Variable in State Management V1 (140115).
    ///
    /// This error code is reported when an unsupported type is used when you create a state variable in state management V1.
    #[code(
        140115,
        title = "Invalid Type of a State Variable in State Management V1",
        message = "Illegal variable value error with decorated variable",
        description = "This error code is reported when an unsupported type is used when you create a state variable in state management V1.",
        cause = "The type decorated by the state variable decorator of state management V1 (such as @State, @Prop, and @Link) is not supported.",
        solution = "Use the type supported by the state variable of state management V1. @State is used as an example. For details, see the [@State usage rules](../../ui/state-management/arkts-state.md#usage-rules)."
    )]
    #[translation(
        "zh-CN",
        title = "状态管理V1状态变量使用了非法的类型",
        description = "创建状态管理V1状态变量时，使用了不支持的类型。",
        cause = "使用V1状态变量装饰器装饰的类型不合法。",
        solution = "使用状态管理V1的状态变量支持的类型，以\\@State为例，详情见[\\@State装饰器使用规则说明](../../ui/state-management/arkts-state.md#装饰器使用规则说明)。"
    )]
    InvalidTypeOfStateVariableInStateManagementV1,
    /// AppStorageV2 or PersistenceV2 Uses an Invalid Key (140116).
    ///
    /// This error code is reported when an invalid key is passed for using the [remove](./js-apis-stateManagement.md#remove) API of [AppStorageV2](./js-apis-stateManagement.md#appstoragev2) and [PersistenceV2](./js-apis-stateManagement.md#persistencev2) and the [save](./js-apis-stateManagement.md#save) API of **PersistenceV2**.
    #[code(
        140116,
        title = "AppStorageV2 or PersistenceV2 Uses an Invalid Key",
        message = "The key is invalid, key must be string or TypeConstructorWithArgs type.",
        description = "This error code is reported when an invalid key is passed for using the [remove](./js-apis-stateManagement.md#remove) API of [AppStorageV2](./js-apis-stateManagement.md#appstoragev2) and [PersistenceV2](./js-apis-stateManagement.md#persistencev2) and the [save](./js-apis-stateManagement.md#save) API of **PersistenceV2**.",
        cause = "The key is not of the string or [TypeConstructorWithArgs\\<T\\>](./js-apis-stateManagement.md#typeconstructorwithargst) type.",
        solution = "Ensure that the key passed for using the **remove** API of **AppStorageV2** and **PersistenceV2** and the **save** API of **PersistenceV2** is of the string or **TypeConstructorWithArgs\\<T\\>** type."
    )]
    #[translation(
        "zh-CN",
        title = "AppStorageV2使用非法的key",
        description = "使用[AppStorageV2](./js-apis-stateManagement.md#appstoragev2)、[PersistenceV2](./js-apis-stateManagement.md#persistencev2)的[remove](./js-apis-stateManagement.md#remove)接口和PersistenceV2的[save](./js-apis-stateManagement.md#save)接口传入key不合法。",
        cause = "key不是string或[TypeConstructorWithArgs\\<T\\>](./js-apis-stateManagement.md#typeconstructorwithargst)类型。",
        solution = "确保调用AppStorageV2、PersistenceV2的remove接口和PersistenceV2的save接口时传入的key参数为string或TypeConstructorWithArgs\\<T\\>类型。"
    )]
    AppStorageV2OrPersistenceV2UsesInvalidKey,
    /// Data Source of the @Link Decorated Variable Is Not a State Variable (140123).
    ///
    /// This error code is reported when the data source of the variable 'xxx' decorated with @Link in custom component 'yyy' is not a state variable.
    #[code(
        140123,
        title = "Data Source of the @Link Decorated Variable Is Not a State Variable",
        message = "The data source of the @Link-decorated variable 'xxx' in custom component 'yyy' is not a state variable.",
        description = "This error code is reported when the data source of the variable 'xxx' decorated with @Link in custom component 'yyy' is not a state variable.",
        cause = "When the parent component initializes the @Link decorated variable of the child component, you do not directly pass a state variable (for example, using the return value of a method call or using a ternary expression), or pass a non-state variable.",
        solution = "When the parent component initializes the @Link decorated variable of the child component, directly pass the state variable of the parent component. For details, see [@Link variable transfer/access rules](../../ui/state-management/arkts-link.md#variable-transferaccess-rules)."
    )]
    DataSourceOfLinkDecoratedVariableIsNotStateVariable,
}
