// Source Code Obfuscation Error Codes: the catalog `SourceCodeObfuscationError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Source Code Obfuscation Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Source Code Obfuscation",
    title = "Source Code Obfuscation Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 10800000..=10899999,
    layout = "# {title}\n<!--Kit: ArkTS-->\n<!--Subsystem: ArkCompiler-->\n<!--Owner: @zju-wyx-->\n<!--Designer: @xiao-peiyang; @dengxinyu-->\n<!--Tester: @kirl75; @zsw_zhushiwei-->\n<!--Adviser: @jinqiuheng-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/source_obfuscation.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "源码混淆错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。有关源码混淆工具的说明，请参考[ArkGuard源码混淆工具概述](../../arkts-utils/source-obfuscation-overview.md)。",
    layout = "# {title}\n<!--Kit: ArkTS-->\n<!--Subsystem: ArkCompiler-->\n<!--Owner: @oatuwwutao-->\n<!--Designer: @oatuwwutao-->\n<!--Tester: @kirl75; @zsw_zhushiwei-->\n<!--Adviser: @k1ngqaquuu-->\n\n从API version 18开始，提供源码混淆错误码。开发者在编译遇到此类错误时，可通过本文档查询错误码的含义、可能原因及建议的处理步骤。\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum SourceCodeObfuscationError {
    /// Missing Obfuscation Rule Configuration File (10804001).
    ///
    /// The obfuscation rule configuration file cannot be read from {path}.
    #[code(
        10804001,
        title = "Missing Obfuscation Rule Configuration File",
        message = "Failed to open obfuscation config file from {path}.",
        description = "The obfuscation rule configuration file cannot be read from {path}.",
        cause = "The obfuscation rule configuration file specified in the `arkOptions.obfuscation.ruleOptions` field of the module's `build-profile.json5` file does not exist or the file path is incorrect.",
        solution = "Check whether the {path} exists and whether the path is correct. For details, see the [example of the obfuscation configuration file](../../arkts-utils//source-obfuscation-guide.md#how-to-use)."
    )]
    #[translation(
        "zh-CN",
        title = "混淆规则配置文件缺失",
        description = "{path}路径下混淆规则配置文件缺失或路径有误，无法读取。",
        cause = "本模块`build-profile.json5`文件中的`arkOptions.obfuscation.ruleOptions`字段所指定的混淆规则配置文件不存在或者路径有误。",
        solution = "检查{path}是否存在，路径是否有误。具体可以参考混淆规则配置文件示例。"
    )]
    MissingObfuscationRuleConfigurationFile,
    /// Incorrect nameCache.json File Format (10804002).
    ///
    /// The **nameCache.json** file cannot be read from the specified name cache file path {nameCachePath}.
    #[code(
        10804002,
        title = "Incorrect nameCache.json File Format",
        message = "Failed to open namecache file from {nameCachePath}, Error message: SyntaxError: Unexpected string in JSON at position 733 At {nameCachePath}.",
        description = "The **nameCache.json** file cannot be read from the specified name cache file path {nameCachePath}.",
        cause = "The content of the JSON file at the given path is malformed and does not comply with the standard JSON syntax specifications.",
        solution = "Locate the file at {nameCachePath}, check the character position indicated in the error message, and fix the JSON format errors in accordance with the error details provided."
    )]
    #[translation(
        "zh-CN",
        title = "nameCache.json文件内容格式错误",
        description = "指定的名称缓存文件路径{nameCachePath}下的JSON文件内容格式错误，不符合JSON文件格式要求。",
        cause = "在混淆规则配置文件中通过-apply-namecache配置引用的nameCache.json文件内容格式错误，不符合JSON文件格式要求。",
        solution = "找到该{nameCachePath}文件，按照报错信息中提示的行号定位问题所在，对照JSON格式规范修正语法错误（如缺少逗号、括号不匹配等），确保文件内容符合标准JSON格式。"
    )]
    IncorrectNameCachejsonFileFormat,
    /// Failed to Generate the keptNames.json File (10804003).
    ///
    /// The **keptNames.json** file cannot be read from {defaultUnobfuscationPath}.
    #[code(
        10804003,
        title = "Failed to Generate the keptNames.json File",
        message = "Failed to open keptNames.json from {defaultUnobfuscationPath}.",
        description = "The **keptNames.json** file cannot be read from {defaultUnobfuscationPath}.",
        cause = "The **keptNames.json** file was not generated in {defaultUnobfuscationPath}.",
        solution = "Check whether the **keptNames.json** file has been generated in {defaultUnobfuscationPath}. If not, clean the cache and recompile the project."
    )]
    #[translation(
        "zh-CN",
        title = "keptNames.json文件生成失败",
        description = "{defaultUnobfuscationPath}路径下未生成keptNames.json文件。",
        cause = "混淆规则配置中指定的{defaultUnobfuscationPath}路径中没有生成keptNames.json文件。",
        solution = "检查混淆规则配置中{defaultUnobfuscationPath}路径是否正确，确认该路径是否生成keptNames.json文件，若没有，清理缓存后重新编译。"
    )]
    FailedToGenerateKeptNamesjsonFile,
    /// nameCache.json File Not Found (10804004).
    ///
    /// The JSON file configured with the **-apply-namecache** rule cannot be read from {nameCachePath}.
    #[code(
        10804004,
        title = "nameCache.json File Not Found",
        message = "The applied namecache file {nameCachePath} configured by {configPath} does not exist.",
        description = "The JSON file configured with the **-apply-namecache** rule cannot be read from {nameCachePath}.",
        cause = "The JSON file configured with the **-apply-namecache** rule does not exist in the obfuscation rule configuration file **obfuscation-rules.txt**.",
        solution = "Verify the JSON file path configured with the **-apply-namecache** rule in the **obfuscation-rules.txt** file to ensure it is correct."
    )]
    #[translation(
        "zh-CN",
        title = "nameCache.json文件不存在",
        description = "-apply-namecache规则配置的JSON文件{nameCachePath}不存在。",
        cause = "在混淆规则配置文件obfuscation-rules.txt中，-apply-namecache配置的JSON文件不存在。-apply-namecache用于应用已有的名称缓存文件，以保持多次编译间混淆结果一致性。",
        solution = "在混淆规则配置文件obfuscation-rules.txt中，检查-apply-namecache配置的JSON文件路径是否正确。若路径有误，修正为正确的JSON文件路径。"
    )]
    NameCachejsonFileNotFound,
    /// File Obfuscation Failure Due to ArkGuard Error (10810001).
    ///
    /// The obfuscation process fails, and file obfuscation cannot be completed.
    #[code(
        10810001,
        title = "File Obfuscation Failure Due to ArkGuard Error",
        message = "ArkTS:INTERNAL ERROR: Failed to obfuscate file 'entry/src/main/ets/entryability/EntryAbility.ets' with arkguard. Error: Obfuscation failed At entry/src/main/ets/entryability/EntryAbility.ets.",
        description = "The obfuscation process fails, and file obfuscation cannot be completed.",
        cause = "The internal source code of ArkGuard has been modified without authorization.",
        solution = "In DevEco Studio, navigate to the path `\\DevEco-Studio\\sdk\\default\\openharmony\\ets\\build-tools\\ets-loader\\node_modules\\arkguard`. Compare the last modification date of the **arkguard** directory with that of its sibling files. If discrepancies exist, download and reinstall the DevEco Studio of this version."
    )]
    #[translation(
        "zh-CN",
        title = "混淆工具内部错误",
        description = "ArkGuard混淆工具发生内部错误，导致文件混淆流程执行失败。",
        cause = "ArkGuard源码混淆工具的核心文件被非官方途径修改或损坏。",
        solution = "在DevEco Studio中定位路径`\\DevEco-Studio\\sdk\\default\\openharmony\\ets\\build-tools\\ets-loader\\node_modules\\arkguard`，对比arkguard目录与其同级文件的最后修改日期。如存在差异，重新下载安装该版本的DevEco Studio。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    FileObfuscationFailureDueToArkGuardError,
}
