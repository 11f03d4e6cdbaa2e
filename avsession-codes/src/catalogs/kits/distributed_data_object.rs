// Distributed Data Object Error Codes: the catalog `DistributedDataObjectError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Distributed Data Object Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Distributed Data Object",
    title = "Distributed Data Object Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 15400000..=15499999,
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @lvcong_oh-->\n<!--Designer: @yuchaozhng-->\n<!--Tester: @logic42; @hanjiawei-->\n<!--Adviser: @ge-yafang-->\n<!-- md-trans-meta sourceCommit=7f0249fa78f26df558bf1bb1399934cbda3430c2 translatedAt=2026-09-04T03:16:26.494Z pushedAt=2026-09-09T09:11:03.695Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/distributed_data_object.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "分布式数据对象错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkData-->\n<!--Subsystem: DistributedDataManager-->\n<!--Owner: @lvcong_oh-->\n<!--Designer: @lvcong_oh-->\n<!--Tester: @logic42; @hanjiawei-->\n<!--Adviser: @ge-yafang-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum DistributedDataObjectError {
    /// Failed to Create the In-Memory Database (15400001).
    ///
    /// This error code is reported if the in-memory database creation fails.
    #[code(
        15400001,
        title = "Failed to Create the In-Memory Database",
        message = "Failed to create the in-memory database.",
        description = "This error code is reported if the in-memory database creation fails.",
        cause = "The same session ID is set for another distributed data object.",
        solution = "Use [genSessionId](js-apis-data-distributedobject.md#distributeddataobjectgensessionid) to generate a random **sessionId**, and avoid using the same **sessionId** as other distributed data objects."
    )]
    #[translation(
        "zh-CN",
        title = "创建内存数据库失败",
        description = "创建内存数据库失败。",
        cause = "已有其他分布式数据对象设置了相同的sessionId。",
        solution = "使用[genSessionId](js-apis-data-distributedobject.md#distributeddataobjectgensessionid)生成随机的sessionId，避免和其他分布式数据对象使用相同的sessionId。"
    )]
    FailedToCreateInMemoryDatabase,
    /// Incorrect Parameter (15400002).
    ///
    /// 1. This error code is reported if the **assetKey** parameter is invalid. For example, the value is an empty string ("").
    ///
    /// 2. This error code is reported if the **uri** parameter is invalid. For example, the value is an empty string ("").
    ///
    /// 3. The **uris** parameter is invalid. For example, the **uris** array is empty or the number of elements in the array is greater than 50.
    #[code(
        15400002,
        title = "Incorrect Parameter",
        message = "Parameter error.",
        description = "1. This error code is reported if the **assetKey** parameter is invalid. For example, the value is an empty string (\"\").\n\n2. This error code is reported if the **uri** parameter is invalid. For example, the value is an empty string (\"\").\n\n3. The **uris** parameter is invalid. For example, the **uris** array is empty or the number of elements in the array is greater than 50.",
        cause = "The property name corresponding to the asset type in the distributed data object is invalid. For example, it is set to **null**, **undefined**, or **''** (empty string).",
        cause = "The distributed URI required by the asset to be set is invalid. For example, it is set to **null**, **undefined**, or **''** (empty string).",
        cause = "The **uris** array for storing the asset to be set is empty or the number of elements in the array is greater than 50.",
        cause = "One or more URIs in the **uris** array for storing the asset to be set are invalid. For example, they are set to **null**, **undefined**, or **''** (empty string).",
        solution = "Define a correct property name, for example, **'file'**.",
        solution = "Define a correct distributed URI, for example, **\"file://docs/storage/Users/username/tmp.txt\"**.",
        solution = "Pass in correct distributed URIs in the **uris** array, with a valid count of [1, 50], for example, **[\"file://docs/storage/Users/username/tmp.txt\", \"file://com.example.demo/data/storage/el2/base/files/test.txt\"]**.",
        solution = "Ensure that each URI in the **uris** array is a correct distributed path."
    )]
    #[translation(
        "zh-CN",
        title = "参数错误",
        description = "1. assetKey无效。例如：\"\"（空字符串）。\n\n2. uri无效。例如：\"\"（空字符串）。\n\n3. uris无效。例如uris数组为空或数组内元素数量大于50个。",
        cause = "分布式对象中资产类型对应的属性名无效，例如：null（不存在）、undefined（未定义）或''（空字符串）。",
        cause = "待设置的资产需要的分布式路径uri无效，例如：null（不存在）、undefined（未定义）或''（空字符串）。",
        cause = "待设置的资产存放的分布式路径数组为空或数组内元素数量大于50个。",
        cause = "待设置的资产存放的分布式路径数组中存在某个或多个uri无效，例如：null（不存在）、undefined（未定义）或''（空字符串）。",
        solution = "传入正确的属性名，例如：'file'（文件）。",
        solution = "传入正确的分布式路径uri，例如：\"file://docs/storage/Users/username/tmp.txt\"。",
        solution = "传入正确的分布式路径数组uris，有效个数为[1, 50]，例如：[\"file://docs/storage/Users/username/tmp.txt\",\"file://com.example.demo/data/storage/el2/base/files/test.txt\"]。",
        solution = "确保分布式路径数组uris内每个uri的路径为正确的分布式路径。"
    )]
    IncorrectParameter,
    /// sessionId Already Set (15400003).
    ///
    /// This error code is reported if **sessionId** of the distributed data object has been set.
    #[code(
        15400003,
        title = "sessionId Already Set",
        message = "The sessionId of the distributed object has been set.",
        description = "This error code is reported if **sessionId** of the distributed data object has been set.",
        cause = "The **sessionId** has been set for the distributed data object.",
        solution = "Use [setSessionId](js-apis-data-distributedobject.md#setsessionid9-2) to cancel the existing **sessionId** and then set the asset or asset array.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "已设置分布式对象的sessionId",
        description = "已设置分布式对象的sessionId。",
        cause = "当前分布式数据对象已经设置sessionId。",
        solution = "使用[setSessionId](js-apis-data-distributedobject.md#setsessionid9-2)取消已设置的sessionId，再进行设置资产或资产数组。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    SessionIdAlreadySet,
}
