// HiSysEvent Error Codes: the catalog `HiSysEventError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// HiSysEvent Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "HiSysEvent",
    title = "HiSysEvent Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 11200000..=11299999,
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @lyj_love_code-->\n<!--Designer: @tangyyan-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @jinqiuheng-->\n<!-- md-trans-meta sourceCommit=bedc1fd1e691366de7edec5909196a128726df97 translatedAt=2026-09-21T02:38:53.420Z pushedAt=2026-09-22T01:29:30.397Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/hisysevent_sys.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "系统事件错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Performance Analysis Kit-->\n<!--Subsystem: HiviewDFX-->\n<!--Owner: @lyj_love_code-->\n<!--Designer: @tangyyan-->\n<!--Tester: @gcw_KuLfPSbe-->\n<!--Adviser: @foryourself-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum HiSysEventError {
    /// Illegal Event Domain (11200001).
    ///
    /// This error code is reported if the **write** API is called to perform system event logging but the system ignores the logging operation because the input event domain name is invalid.
    #[code(
        11200001,
        title = "Illegal Event Domain",
        message = "Invalid event domain.",
        description = "This error code is reported if the **write** API is called to perform system event logging but the system ignores the logging operation because the input event domain name is invalid.",
        cause = "The specified event domain name does not comply with the following rules:",
        cause = "The event domain name contains only digits, letters, and underscores (\\_).",
        cause = "The event domain name starts with a letter.",
        cause = "The event domain name is not empty and contains a maximum of 16 characters.",
        solution = "Specify a valid event domain name.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes:dash,tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    IllegalEventDomain,
    /// Illegal Event Name (11200002).
    ///
    /// This error code is reported if the **write** API is called to perform system event logging but the system ignores the logging operation because the input event name is invalid.
    #[code(
        11200002,
        title = "Illegal Event Name",
        message = "Invalid event name.",
        description = "This error code is reported if the **write** API is called to perform system event logging but the system ignores the logging operation because the input event name is invalid.",
        cause = "The specified event name does not comply with the following rules:",
        cause = "The event name contains only digits, letters, and underscores (\\_).",
        cause = "The event name starts with a letter.",
        cause = "The event name is not empty and contains a maximum of 32 characters.",
        solution = "Check whether the event name is valid.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes:dash,tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    IllegalEventName,
    /// Environment Error (11200003).
    ///
    /// This error code is reported if the **write** API is called to perform system event logging but the system ignores the logging operation because the environment is abnormal.
    #[code(
        11200003,
        title = "Environment Error",
        message = "Abnormal environment.",
        description = "This error code is reported if the **write** API is called to perform system event logging but the system ignores the logging operation because the environment is abnormal.",
        cause = "The hiview service fails to be started.",
        cause = "The socket of the hiview service is abnormal.",
        solution = "Call the **write** API again to perform event logging."
    )]
    #[translation(
        "zh-CN",
        title = "环境异常",
        description = "在调用write接口进行系统事件打点时，由于环境异常，系统将忽略此次系统事件打点。",
        cause = "hiview服务未成功启动；",
        cause = "hiview服务socket异常。",
        solution = "尝试重新调用write接口进行打点。"
    )]
    EnvironmentError,
    /// Invalid Event Length (11200004).
    ///
    /// This error code is reported if the **write** API is called to perform system event logging but the system ignores the logging operation because the total event length is invalid.
    #[code(
        11200004,
        title = "Invalid Event Length",
        message = "The event length exceeds the limit.",
        description = "This error code is reported if the **write** API is called to perform system event logging but the system ignores the logging operation because the total event length is invalid.",
        cause = "The total length of the system event exceeds 384 KB.",
        solution = "Check whether the total length of the system event exceeds 384 KB."
    )]
    #[translation(
        "zh-CN",
        title = "事件长度超过限制",
        description = "在调用write接口进行系统事件打点时，由于传入的事件总长度超过限制，系统将忽略此次系统事件打点。",
        cause = "系统事件总长度超过384K。",
        solution = "检查系统事件总长度是否大于384K。"
    )]
    InvalidEventLength,
    /// Invalid Event Parameter (11200051).
    ///
    /// When the **write** API is called for system event logging, the system throws an error because an invalid parameter name is passed in, but the system event logging is still completed.
    #[code(
        11200051,
        title = "Invalid Event Parameter",
        message = "Invalid event parameter.",
        description = "When the **write** API is called for system event logging, the system throws an error because an invalid parameter name is passed in, but the system event logging is still completed.",
        cause = "The specified event parameter name does not comply with the following rules:",
        cause = "The event parameter name contains only digits, letters, and underscores (\\_).",
        cause = "The event parameter name starts with a letter.",
        cause = "The event parameter name is not empty and contains a maximum of 48 characters.",
        solution = "Check whether the event parameter name is valid.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes:dash,tight}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "非法的事件参数",
        description = "在调用write接口进行系统事件打点时，由于传入了非法的参数名称，系统以抛出错误的形式提示，但会完成此次系统事件打点。",
        cause = "传入的系统事件参数名称不符合以下规则：",
        cause = "系统事件参数名称只包含数字、字母、下划线字符。",
        cause = "系统事件参数名称以字母开头。",
        cause = "系统事件参数名称非空，且长度不超过48个字符。",
        solution = "检查系统事件参数名称是否合法。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes:dash,tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidEventParameter,
    /// Length of Event Parameter Values of the String Type Exceeding the Limit (11200052).
    ///
    /// This error code is reported if the **write** API is called to perform system event logging but the system throws an exception because the length of event parameter values of the string type is invalid. However, the system will continue to complete the logging operation.
    #[code(
        11200052,
        title = "Length of Event Parameter Values of the String Type Exceeding the Limit",
        message = "The size of the event parameter of the string type exceeds the limit.",
        description = "This error code is reported if the **write** API is called to perform system event logging but the system throws an exception because the length of event parameter values of the string type is invalid. However, the system will continue to complete the logging operation.",
        cause = "The length of a string-type parameter value exceeds 10 KB.",
        solution = "Check whether the length of a string-type parameter value in the system event exceeds 10 KB."
    )]
    #[translation(
        "zh-CN",
        title = "字符串类型的事件参数值的长度超过限制",
        description = "在调用write接口进行系统事件打点时，由于传入了长度超限的字符串类型参数，系统以抛出错误的形式提示，但会完成此次系统事件打点。",
        cause = "字符串类型的参数值的长度超过10K。",
        solution = "检查系统事件中字符串类型的参数值的长度是否超过10K。"
    )]
    LengthOfEventParameterValuesOfStringTypeExceedingLimit,
    /// Number of Event Parameters Exceeding the Limit (11200053).
    ///
    /// This error code is reported if the **write** API is called to perform system event logging but the system throws an exception because the number of event parameters is invalid. However, the system will continue to complete the logging operation.
    #[code(
        11200053,
        title = "Number of Event Parameters Exceeding the Limit",
        message = "The number of event parameters exceeds the limit.",
        description = "This error code is reported if the **write** API is called to perform system event logging but the system throws an exception because the number of event parameters is invalid. However, the system will continue to complete the logging operation.",
        cause = "The number of event parameters exceeds 128.",
        solution = "Check whether the number of event parameters exceeds 128."
    )]
    #[translation(
        "zh-CN",
        title = "事件参数的数量超过限制",
        description = "在调用write接口进行系统事件打点时，由于传入的事件参数数量超过限制，系统以抛出错误的形式提示，但会完成此次系统事件打点。",
        cause = "系统事件的参数数量超过128个。",
        solution = "检查系统事件的参数数量是否超过了128个。"
    )]
    NumberOfEventParametersExceedingLimit,
    /// Length of Event Parameter Values of the Array Type Exceeding the Limit (11200054).
    ///
    /// This error code is reported if the **write** API is called to perform system event logging but the system throws an exception because the length of event parameter values of the array type is invalid. However, the system will continue to complete the logging operation.
    #[code(
        11200054,
        title = "Length of Event Parameter Values of the Array Type Exceeding the Limit",
        message = "The number of event parameters of the array type exceeds the limit.",
        description = "This error code is reported if the **write** API is called to perform system event logging but the system throws an exception because the length of event parameter values of the array type is invalid. However, the system will continue to complete the logging operation.",
        cause = "The length of a parameter values of the array type exceeds 100.",
        solution = "Check whether the length of the parameter value of the array type exceeds 100."
    )]
    #[translation(
        "zh-CN",
        title = "数组类型的事件参数值的长度超过限制",
        description = "在调用write接口进行系统事件打点时，由于传入了长度超过限制的数组类型的参数，系统以抛出错误的形式提示，但会完成此次系统事件打点。",
        cause = "系统事件中有数组类型的参数值的长度超过100。",
        solution = "检查数组类型的参数值的长度是否超过100。"
    )]
    LengthOfEventParameterValuesOfArrayTypeExceedingLimit,
    /// Number of System Event Listeners Exceeds the Limit (11200101).
    ///
    /// This error code is reported if the **addWatcher** API is called to add an event watcher but the system rejects the operation because the number of watchers has exceeded the limit.
    #[code(
        11200101,
        title = "Number of System Event Listeners Exceeds the Limit",
        message = "The number of watchers exceeds the limit.",
        description = "This error code is reported if the **addWatcher** API is called to add an event watcher but the system rejects the operation because the number of watchers has exceeded the limit.",
        cause = "A total of 30 event watchers have been added.",
        solution = "Check whether the number of event watchers exceeds 30."
    )]
    #[translation(
        "zh-CN",
        title = "事件监听者的数量超过限制",
        description = "在调用addWatcher接口添加系统事件监听者时，由于添加的监听者数量超过限制，系统将拒绝此系统事件监听者的添加。",
        cause = "hiview服务已添加30个系统事件监听者，无法添加新的系统事件监听者。",
        solution = "检查已成功添加的系统事件监听者数量是否超过了30个。"
    )]
    NumberOfSystemEventListenersExceedsLimit,
    /// Number of Listening Rules in a System Event Listener Exceeds the Limit (11200102).
    ///
    /// This error code is reported if the **addWatcher** API is called to add an event watcher but the system rejects the operation because the number of watcher rules has exceeded the limit.
    #[code(
        11200102,
        title = "Number of Listening Rules in a System Event Listener Exceeds the Limit",
        message = "The number of watch rules exceeds the limit.",
        description = "This error code is reported if the **addWatcher** API is called to add an event watcher but the system rejects the operation because the number of watcher rules has exceeded the limit.",
        cause = "A total of 20 event watcher rules have been added.",
        solution = "Check whether the number of event watcher rules exceeds 20."
    )]
    #[translation(
        "zh-CN",
        title = "事件监听者包含的监听规则数量超过限制",
        description = "在调用addWatcher接口添加系统事件监听者时，由于该系统事件监听者包含的监听规则数量超过限制，系统将拒绝此系统事件监听者的添加。",
        cause = "系统事件监听者包含的监听规则的数量超过20个。",
        solution = "检查系统事件监听者包含的监听规则数量是否超过20个。"
    )]
    NumberOfListeningRulesInSystemEventListenerExceedsLimit,
    /// System Event Listener Does Not Exist (11200201).
    ///
    /// When the **removeWatcher** API is called to remove a system event listener, the system rejects the removal because the listener is not in the listening queue.
    #[code(
        11200201,
        title = "System Event Listener Does Not Exist",
        message = "The watcher does not exist.",
        description = "When the **removeWatcher** API is called to remove a system event listener, the system rejects the removal because the listener is not in the listening queue.",
        cause = "The system event listener to be removed is empty.",
        cause = "The system event listener to be removed has not been successfully added.",
        solution = "Check whether the event watcher to the removed is empty or whether the event watcher has been successfully added."
    )]
    #[translation(
        "zh-CN",
        title = "事件监听者不存在",
        description = "在调用removeWatcher移除系统事件监听者时，由于该系统事件监听者不在监听队列，系统将拒绝此系统事件监听者的移除。",
        cause = "尝试移除的系统事件监听者为空；",
        cause = "尝试移除的系统事件监听者没有被成功添加过。",
        solution = "检查移除的系统事件监听者是否为空，或者是否成功添加过此系统事件监听者。"
    )]
    SystemEventListenerDoesNotExist,
    /// Number of Query Rules Exceeding the Limit (11200301).
    ///
    /// This error code is reported if the **query** API is called to query system events but the system ignores the operation because the number of query rules has exceeded the limit.
    #[code(
        11200301,
        title = "Number of Query Rules Exceeding the Limit",
        message = "The number of query rules exceeds the limit.",
        description = "This error code is reported if the **query** API is called to query system events but the system ignores the operation because the number of query rules has exceeded the limit.",
        cause = "The number of query rules exceeds 100.",
        solution = "Check whether the number of query rules exceeds 100."
    )]
    #[translation(
        "zh-CN",
        title = "查询规则的数量超过限制",
        description = "在调用query接口查询系统事件时，由于传入的查询规则数量超限，系统将忽略此次系统事件的查询。",
        cause = "查询规则个数超过100个。",
        solution = "检查查询规则数量是否超过100个。"
    )]
    NumberOfQueryRulesExceedingLimit,
    /// Invalid Query Rule (11200302).
    ///
    /// This error code is reported if the **query** API is called to query system events but the system ignores the operation because the input query rule is invalid.
    #[code(
        11200302,
        title = "Invalid Query Rule",
        message = "Invalid query rule.",
        description = "This error code is reported if the **query** API is called to query system events but the system ignores the operation because the input query rule is invalid.",
        cause = "The event domain name in the query rule contains more than 16 characters or the event name contains more than 32 characters.",
        cause = "The event domain name or event name in the query rule contains special characters.",
        cause = "The event domain name or event name in the query rule is empty.",
        solution = "Check whether the event domain name and event name configured in the query rule are valid.",
        layout = "\n\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "非法的查询规则",
        description = "在调用query接口查询系统事件时，由于传入了非法的查询规则，系统将忽略此次系统事件的查询。",
        cause = "查询规则中的事件领域名称长度超过16个字符或者事件名称长度超过32个字符；",
        cause = "查询规则中的事件领域名称或者事件名称包含特殊字符；",
        cause = "查询规则中的事件领域名称或者事件名称为空。",
        solution = "检查查询规则中配置的事件领域名称及事件名称是否合法。",
        layout = "\n\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidQueryRule,
    /// Number of Concurrent Queries Exceeding the Limit (11200303).
    ///
    /// This error code is reported if the **query** API is called to query system events but the system ignores the operation because the number of concurrent queries has exceeded the limit.
    #[code(
        11200303,
        title = "Number of Concurrent Queries Exceeding the Limit",
        message = "The number of concurrent queriers exceeds the limit.",
        description = "This error code is reported if the **query** API is called to query system events but the system ignores the operation because the number of concurrent queries has exceeded the limit.",
        cause = "The number of concurrent queries exceeds 4.",
        solution = "Check whether more than four queries are performed at the same time."
    )]
    #[translation(
        "zh-CN",
        title = "并发查询的数量超过限制",
        description = "在调用query接口查询系统事件时，由于在同一时间点并发查询的数量超过限制，系统将忽略此次系统事件的查询。",
        cause = "并发查询的数量超过4个。",
        solution = "检查在同一时间点是否有4个以上的查询操作。"
    )]
    NumberOfConcurrentQueriesExceedingLimit,
    /// Query Frequency Exceeding the Limit (11200304).
    ///
    /// This error code is reported if the **query** API is called to query system events but the system ignores the operation because the query frequency has exceeded the limit.
    #[code(
        11200304,
        title = "Query Frequency Exceeding the Limit",
        message = "The query frequency exceeds the limit.",
        description = "This error code is reported if the **query** API is called to query system events but the system ignores the operation because the query frequency has exceeded the limit.",
        cause = "More than 50 queries are performed in one second.",
        solution = "Check whether more than 50 queries are performed in one second."
    )]
    #[translation(
        "zh-CN",
        title = "查询频率超过限制",
        description = "在调用query接口查询系统事件时，由于查询频率超过限制，系统将忽略此次系统事件的查询。",
        cause = "查询频率超过50次/秒。",
        solution = "检查是否在1秒内进行50次以上的查询。"
    )]
    QueryFrequencyExceedingLimit,
    /// Unsubscription Failed (11200305).
    ///
    /// When the **unsubscribe** API is called to cancel the subscription, this error code is returned because the hiview service is abnormal.
    #[code(
        11200305,
        title = "Unsubscription Failed",
        message = "Unsubscription failed.",
        description = "When the **unsubscribe** API is called to cancel the subscription, this error code is returned because the hiview service is abnormal.",
        cause = "The HiView service is abnormal.",
        solution = "After confirming that the hiview service is normal, try calling the **unsubscribe** API again to cancel the subscription."
    )]
    #[translation(
        "zh-CN",
        title = "取消订阅失败",
        description = "在调用unsubscribe接口失败的时候，返回此错误码。",
        cause = "hiview服务异常。",
        solution = "尝试重新调用unsubscribe接口。"
    )]
    UnsubscriptionFailed,
}
