// Firewall Error Codes: the catalog `FirewallError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Firewall Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Firewall",
    title = "Firewall Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 29400000..=29499999,
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/net_netfirewall.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "防火墙错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码](../errorcode-universal.md)说明文档。",
    layout = "# {title}\n\n\n<!--Kit: Network Kit-->\n<!--Subsystem: Communication-->\n<!--Owner: @wmyao_mm-->\n<!--Designer: @guo-min_net-->\n<!--Tester: @tongxilin-->\n<!--Adviser: @zhang_yixin13-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions}\n"
)]
pub enum FirewallError {
    /// Specified User Does Not Exist (29400000).
    ///
    /// The specified system user ID does not exist.
    #[code(
        29400000,
        title = "Specified User Does Not Exist",
        message = "The specified user does not exist.",
        description = "The specified system user ID does not exist.",
        cause = "The entered user ID does not exist.",
        solution = "Check whether the user ID exists in the system."
    )]
    #[translation(
        "zh-CN",
        title = "指定用户不存在",
        description = "指定系统用户userid不存在。",
        cause = "输入用户userid不存在。",
        solution = "检查系统是否创建该用户ID。"
    )]
    SpecifiedUserDoesNotExist,
    /// Number of Firewall Rules Exceeds the Maximum (29400001).
    ///
    /// The number of firewall rules exceeds the maximum.
    #[code(
        29400001,
        title = "Number of Firewall Rules Exceeds the Maximum",
        message = "The number of firewall rules exceeds the maximum.",
        description = "The number of firewall rules exceeds the maximum.",
        cause = "The number of firewall rules of a single **userid** exceeds 1000.",
        cause = "The number of firewall rules of all **userid**s exceeds 2000.",
        solution = "Delete useless firewall rules and add new firewall rules."
    )]
    #[translation(
        "zh-CN",
        title = "防火墙规则数量超过最大值",
        description = "防火墙规则rule的数量超过最大值。",
        cause = "单个用户userid的防火墙规则rule的数量超过1000条；",
        cause = "所有用户userid的防火墙规则rule的数量超过2000条。",
        solution = "删除掉无用的防火墙规则rule，添加新的防火墙规则rule。"
    )]
    NumberOfFirewallRulesExceedsMaximum,
    /// Number of IP Address Rules in the Firewall Rule Exceeds the Maximum (29400002).
    ///
    /// The number of IP address rules in the IP firewall rule exceeds the maximum.
    #[code(
        29400002,
        title = "Number of IP Address Rules in the Firewall Rule Exceeds the Maximum",
        message = "The number of IP address rules in the firewall rule exceeds the maximum.",
        description = "The number of IP address rules in the IP firewall rule exceeds the maximum.",
        cause = "The number of **NetFirewallIpParams** in the local IP address or remote IP address of the IP rule to be added or updated is greater than 10.",
        solution = "Check whether the number of **NetFirewallIpParams** in the IP rule to be added is greater than 10."
    )]
    #[translation(
        "zh-CN",
        title = "防火墙规则中的IP地址规则数量超过最大值",
        description = "IP类型的防火墙规则中，IP地址规则数量超过最大值。",
        cause = "添加/更新的一条IP规则里的本地IP或者远端IP的IP参数NetFirewallIpParams的个数大于10个。",
        solution = "检查添加的一条IP规则里的IP参数NetFirewallIpParams的个数是否大于10个。"
    )]
    NumberOfIpAddressRulesInFirewallRuleExceedsMaximum,
    /// Number of Port Rules in the Firewall Rule Exceeds the Maximum (29400003).
    ///
    /// The number of port rules in the IP firewall rule exceeds the maximum.
    #[code(
        29400003,
        title = "Number of Port Rules in the Firewall Rule Exceeds the Maximum",
        message = "The number of port rules in the firewall rule exceeds the maximum.",
        description = "The number of port rules in the IP firewall rule exceeds the maximum.",
        cause = "The number of **NetFirewallPortParams** in the local or remote port of the IP rule to be added or updated exceeds 10.",
        solution = "Check whether the number of **NetFirewallPortParams** in the IP rule to be added exceeds 10."
    )]
    #[translation(
        "zh-CN",
        title = "防火墙规则中的port规则数量超过最大值",
        description = "IP类型的防火墙规则中，port规则数量超过最大值。",
        cause = "添加/更新的一条IP规则里的本地port或者远端port的port参数NetFirewallPortParams的个数大于10个。",
        solution = "检查添加的一条IP规则中的NetFirewallPortParams参数个数是否超过10个。"
    )]
    NumberOfPortRulesInFirewallRuleExceedsMaximum,
    /// Number of Domain Name Rules in the Firewall Rule Exceeds the Maximum (29400004).
    ///
    /// The number of domain name rules in the firewall rule of the **domain** type exceeds the maximum.
    #[code(
        29400004,
        title = "Number of Domain Name Rules in the Firewall Rule Exceeds the Maximum",
        message = "The number of domain rules in the firewall rule exceeds the maximum.",
        description = "The number of domain name rules in the firewall rule of the **domain** type exceeds the maximum.",
        cause = "The number of **NetFirewallDomainParams** in the added or updated domain rule is greater than 100.",
        cause = "The number of **NetFirewallDomainParams** in all domain rules of a single user ID is greater than 1000.",
        solution = "Check whether the number of **NetFirewallDomainParams** in the added domain rule is greater than 100."
    )]
    #[translation(
        "zh-CN",
        title = "防火墙规则中的域名规则数量超过最大值",
        description = "domain类型的防火墙规则中，域名规则数量超过最大值。",
        cause = "添加/更新的一条domain规则里的域名参数NetFirewallDomainParams的个数大于100个。",
        solution = "检查添加的一条domain规则里的域名参数NetFirewallDomainParams的个数是否大于100个。"
    )]
    NumberOfDomainNameRulesInFirewallRuleExceedsMaximum,
    /// Number of Fuzzy Domain Name Rules Exceeds the Maximum (29400005).
    ///
    /// The number of fuzzy domain name rules in the firewall rule of the **domain** type exceeds the maximum.
    #[code(
        29400005,
        title = "Number of Fuzzy Domain Name Rules Exceeds the Maximum",
        message = "The number of domain rules exceeds the maximum.",
        description = "The number of fuzzy domain name rules in the firewall rule of the **domain** type exceeds the maximum.",
        cause = "The number of added/updated fuzzy domain name rules of all user IDs is greater than 100.",
        solution = "Check whether the number of fuzzy domain name rules of all user IDs is greater than 100."
    )]
    #[translation(
        "zh-CN",
        title = "模糊域名规则数量超过最大值",
        description = "domain类型的防火墙规则中，模糊域名规则数量超过最大值。",
        cause = "添加/更新域名规则时，所有userid的模糊域名规则数量大于100个。",
        solution = "检查所有userid的模糊域名规则数量是否大于100个。"
    )]
    NumberOfFuzzyDomainNameRulesExceedsMaximum,
    /// Specified Rule Does Not Exist (29400006).
    ///
    /// The specified rule does not exist.
    #[code(
        29400006,
        title = "Specified Rule Does Not Exist",
        message = "The specified rule does not exist.",
        description = "The specified rule does not exist.",
        cause = "The specified rule does not exist when the rule is queried, updated, or deleted.",
        solution = "Check whether the input parameter **ruleid** exists."
    )]
    #[translation(
        "zh-CN",
        title = "指定的规则不存在",
        description = "指定的规则rule不存在。",
        cause = "查询/更新/删除规则时，指定的规则rule不存在。",
        solution = "检查入参ruleid是否存在。"
    )]
    SpecifiedRuleDoesNotExist,
    /// DNS Rule Duplication (29400007).
    ///
    /// The DNS rule is duplicate.
    #[code(
        29400007,
        title = "DNS Rule Duplication",
        message = "The dns rule is duplication.",
        description = "The DNS rule is duplicate.",
        cause = "The DNS rule to be added or updated is duplicate.",
        solution = "Check whether the DNS rule to be added or updated already exists."
    )]
    #[translation(
        "zh-CN",
        title = "DNS规则重复",
        description = "DNS规则重复。",
        cause = "增加/更新重复的DNS规则。",
        solution = "检查增加/更新的DNS规则是否已存在。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    DnsRuleDuplication,
}
