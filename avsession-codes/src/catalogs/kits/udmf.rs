// UDMF Error Codes: the catalog `UdmfError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// UDMF Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "UDMF",
    title = "UDMF Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 20400000..=20499999,
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @jcwen-->\n<!--Designer: @junathuawei1; @zph000-->\n<!--Tester: @lj_liujing; @yippo; @logic42-->\n<!--Adviser: @ge-yafang-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/udmf.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "统一数据管理框架错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @jcwen-->\n<!--Designer: @junathuawei1; @zph000-->\n<!--Tester: @lj_liujing; @yippo; @logic42-->\n<!--Adviser: @ge-yafang-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum UdmfError {
    /// Settings Already Exist (20400001).
    ///
    /// The data to be set by **setAppShareOptions()** already exists.
    #[code(
        20400001,
        title = "Settings Already Exist",
        message = "Settings already exist. To reconfigure, remove the existing sharing options.",
        description = "The data to be set by **setAppShareOptions()** already exists.",
        cause = "This error code is reported when [setAppShareOptions](js-apis-data-unifiedDataChannel.md#unifieddatachannelsetappshareoptions14) is called repeatedly to set **ShareOptions** of the drag-and-drop channel data.",
        solution = "Call [removeAppShareOptions](js-apis-data-unifiedDataChannel.md#unifieddatachannelremoveappshareoptions14) to clear the **ShareOptions** of the current drag-and-drop channel data, and then call [setAppShareOptions](js-apis-data-unifiedDataChannel.md#unifieddatachannelsetappshareoptions14) to set **ShareOptions**."
    )]
    #[translation(
        "zh-CN",
        title = "设置已存在，若要重新配置请删除现有的共享选项",
        description = "应用程序设置拖拽通道数据可使用的范围时，将要设置的信息在数据库中已存在。",
        cause = "调用[setAppShareOptions](js-apis-data-unifiedDataChannel.md#unifieddatachannelsetappshareoptions14)重复设置拖拽通道数据可使用的范围时，系统会产生此错误码。",
        solution = "先调用[removeAppShareOptions](js-apis-data-unifiedDataChannel.md#unifieddatachannelremoveappshareoptions14)清除当前拖拽通道数据可使用的范围后，再调用[setAppShareOptions](js-apis-data-unifiedDataChannel.md#unifieddatachannelsetappshareoptions14)重新设置。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    SettingsAlreadyExist,
    /// Invalid UTD Format (20400002).
    ///
    /// This error code is reported when the UTD format is invalid.
    #[code(
        20400002,
        title = "Invalid UTD Format",
        message = "The format of one or more type descriptors are invalid.",
        description = "This error code is reported when the UTD format is invalid.",
        cause = "When [registerTypeDescriptors](js-apis-data-uniformTypeDescriptor-sys.md#uniformtypedescriptorregistertypedescriptors22) is called, the format of the input UTDs is invalid. The possible causes are as follows:",
        cause = "The UTD list is empty, the number of elements in the list exceeds 50, or the total number of UTDs registered by the current application exceeds 200.",
        cause = "The format of any UTD is incorrect. Examples:\n\n    - **typeId** is an empty string, contains more than 127 characters, or contains non-alphabetic characters, digits, hyphens (-), and periods (.).\n    \n    - **belongingToTypes** is an empty list, the number of elements in the list exceeds 50, the list contains empty strings, or any element contains more than 127 characters.\n\n    - **description**, **referenceURL**, or **iconFile** contains more than 255 characters.\n\n    - **filenameExtensions** contains more than 50 elements, the list contains empty strings, any element contains more than 127 characters, or the first character of an element is not a period (.).\n\n    - **mimeTypes** contains more than 50 elements, the list contains empty strings, or any element contains more than 127 characters.",
        solution = "Check the format of input UTDs and modify the invalid format by referring to the preceding possible causes.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "标准化数据类型描述符格式错误",
        description = "标准化数据类型描述符列表的格式错误。",
        cause = "调用[registerTypeDescriptors](js-apis-data-uniformTypeDescriptor-sys.md#uniformtypedescriptorregistertypedescriptors)时，传入的标准化数据类型描述符列表格式错误，具体可能原因包括：",
        cause = "标准化数据类型描述符列表为空、其中元素个数超过50，或当前应用注册的标准化数据类型描述符数量总计超过200。",
        cause = "任意一个标准化数据类型描述符格式错误，具体可能原因包括：\n\n    2.1 typeId为空字符串、长度超过127，或包含非字母、数字、中划线（-）、点号（.）字符。\n    \n    2.2 belongingToTypes为空列表、其中元素个数超过50，或其中包含空字符串、或任意元素长度超过127。\n\n    2.3 description、referenceURL或iconFile长度超过255。\n\n    2.4 filenameExtensions的元素个数超过50，或包含空字符串，或任意元素长度超过127，或任意元素首字符不是点号。\n\n    2.5 mimeTypes的元素个数超过50，或包含空字符串，或任意元素长度超过127。",
        solution = "请检查传入的标准化数据类型描述符列表，确保格式正确，参考规格约束排查可能的原因。"
    )]
    InvalidUtdFormat,
    /// Invalid UTD Content (20400003).
    ///
    /// This error code is reported when the content of UTDs is invalid.
    #[code(
        20400003,
        title = "Invalid UTD Content",
        message = "The content of one or more type descriptors are invalid.",
        description = "This error code is reported when the content of UTDs is invalid.",
        cause = "When [registerTypeDescriptors](js-apis-data-uniformTypeDescriptor-sys.md#uniformtypedescriptorregistertypedescriptors22) called, the content of input UTDs is invalid. The possible causes are as follows:",
        cause = "**typeId** of any UTD is the same as the registered type ID.",
        cause = "**typeId** of any UTD does not start with the bundle name of the current application.",
        cause = "**belongingToTypes** contains **typeId** that does not belong to the [prebuilt UTDs](../../database/uniform-data-type-list.md) or other UTDs registered this time.",
        cause = "Cyclic dependency exists between UTDs, and the **belongingToTypes** content is invalid.",
        solution = "Check the content of input UTDs and modify the invalid content by referring to the preceding possible causes.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "标准化数据类型描述符内容错误",
        description = "标准化数据类型描述符列表的内容错误。",
        cause = "[registerTypeDescriptors](js-apis-data-uniformTypeDescriptor-sys.md#uniformtypedescriptorregistertypedescriptors)传入的标准化数据类型描述符内容错误，可能原因有：",
        cause = "任意一个标准化数据类型描述符中，typeId与已注册的类型ID重复。",
        cause = "任意一个标准化数据类型描述符中，typeId不是以当前应用的包名开头。",
        cause = "任意一个标准化数据类型描述符中，belongingToTypes包含不属于[预置数据类型](../../database/uniform-data-type-list.md)或本次注册的其他标准化数据类型的typeId。",
        cause = "标准化数据类型之间存在循环依赖关系，belongingToTypes内容错误。",
        solution = "请检查传入的标准化数据类型描述符列表，确保内容正确，参考规格约束排查可能的原因。"
    )]
    InvalidUtdContent,
    /// Invalid UTD IDs (20400004).
    ///
    /// This error code is reported when the UTD IDs to be unregistered contains invalid IDs.
    #[code(
        20400004,
        title = "Invalid UTD IDs",
        message = "One or more typeIds are invalid or do not exist.",
        description = "This error code is reported when the UTD IDs to be unregistered contains invalid IDs.",
        cause = "When [unregisterTypeDescriptors](js-apis-data-uniformTypeDescriptor-sys.md#uniformtypedescriptorunregistertypedescriptors22) is called, the input UTD IDs are invalid. The possible causes are as follows:",
        cause = "The UTD ID list is empty or the number of elements in the list exceeds 50.",
        cause = "Any UTD ID is invalid. Examples:\n\n    - The UTD corresponding to the ID is not registered with the system.\n\n    - The UTD ID does not start with the bundle name of the current application.\n\n    - The UTD corresponding to the ID is not registered through the [registerTypeDescriptors](js-apis-data-uniformTypeDescriptor-sys.md#uniformtypedescriptorregistertypedescriptors22) API.",
        solution = "Check the UTD IDs and modify the invalid ID by referring to the preceding possible causes.",
        system_api,
        layout = "\n## {code} {title}\n\n**Error Message**\n \n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "标准化数据类型ID列表错误",
        description = "待注销的标准化数据类型ID列表包含无效的ID。",
        cause = "调用[unregisterTypeDescriptors](js-apis-data-uniformTypeDescriptor-sys.md#uniformtypedescriptorunregistertypedescriptors)时，传入的标准化数据类型ID列表错误，具体可能原因有：",
        cause = "标准化数据类型ID列表为空、或其中元素个数超过50。",
        cause = "任意一个标准化数据类型ID无效，具体可能原因包括：\n\n    2.1 标准化数据类型ID对应的标准化数据类型在系统中未注册。\n\n    2.2 标准化数据类型ID不是以当前应用的包名开头。\n\n    2.3 标准化数据类型ID对应的标准化数据类型未通过接口[registerTypeDescriptors](js-apis-data-uniformTypeDescriptor-sys.md#uniformtypedescriptorregistertypedescriptors)注册。",
        solution = "请检查传入的标准化数据类型ID列表，参考规格约束排查可能的原因。",
        layout = "\n## {code} {title}\n\n**错误信息**\n \n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    InvalidUtdIDs,
}
