// Compilation Toolchain Error Codes: the catalog `CompilationToolchainError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Compilation Toolchain Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Compilation Toolchain",
    title = "Compilation Toolchain Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 10300000..=10399999,
    layout = "# {title}\n<!--Kit: ArkTS-->\n<!--Subsystem: arkcompiler-->\n<!--Owner: @aftott-->\n<!--Designer: @hufeng20-->\n<!--Tester: @kirl75; @zsw_zhushiwei-->\n<!--Adviser: @foryourself-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n",
    lock = "locks/ets_loader.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "编译工具链错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: ArkTS-->\n<!--Subsystem: arkcompiler-->\n<!--Owner: @aftott-->\n<!--Designer: @hufeng20-->\n<!--Tester: @kirl75; @zsw_zhushiwei-->\n<!--Adviser: @jinqiuheng-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
)]
pub enum CompilationToolchainError {
    /// Failed to Import ArkTS Files (10311001).
    ///
    /// It is forbidden to import ArkTS files to JS or TS files.
    #[code(
        10311001,
        title = "Failed to Import ArkTS Files",
        message = "Importing ArkTS files in JS and TS files is forbidden.",
        description = "It is forbidden to import ArkTS files to JS or TS files.",
        cause = "ArkTS files have been imported in JS and TS files.",
        solution = "Remove the import statements for ArkTS files from JS and TS files."
    )]
    #[translation(
        "zh-CN",
        title = "导入ArkTS文件错误",
        description = "禁止在JS和TS文件中导入ArkTS文件。",
        cause = "在JS和TS文件中导入了ArkTS文件。",
        solution = "请移除JS和TS文件中的ArkTS文件导入语句。"
    )]
    FailedToImportArkTSFiles,
    /// Failed to Parse OhmUrl (10311002).
    ///
    /// Failed to resolve OhmUrl. Failed to obtain the parsed OhmUrl for ${filePath} imported by ${importerFile}.
    #[code(
        10311002,
        title = "Failed to Parse OhmUrl",
        message = "Failed to resolve OhmUrl. Failed to get a resolved OhmUrl for `${filePath}` imported by `${importerFile}`.",
        description = "Failed to resolve OhmUrl. Failed to obtain the parsed OhmUrl for ${filePath} imported by ${importerFile}.",
        cause = "The ${pkgName} module to which ${filePath} belongs is configured incorrectly.",
        solution = "Make sure the ${pkgName} module is correctly configured in the ${filePath} file.",
        solution = "Make sure the file name is correct, including its case sensitivity."
    )]
    #[translation(
        "zh-CN",
        title = "解析OhmUrl错误",
        description = "无法解析OhmUrl。无法为`${importerFile}`导入的`${filePath}`获取解析后的OhmUrl。",
        cause = "`${filePath}`所属的`${pkgName}`模块配置错误。",
        solution = "检查`${filePath}`所属的`${pkgName}`模块是否配置正确。",
        solution = "检查对应的文件名是否正确（包括大小写敏感）。"
    )]
    FailedToParseOhmUrl,
    /// Failed to Obtain the Kit Configuration File (10311003).
    ///
    /// The ${moduleRequest} kit does not have the corresponding configuration file in the ArkTS SDK.
    #[code(
        10311003,
        title = "Failed to Obtain the Kit Configuration File",
        message = "Kit `${moduleRequest}` has no corresponding config file in ArkTS SDK.",
        description = "The ${moduleRequest} kit does not have the corresponding configuration file in the ArkTS SDK.",
        cause = "The APIs of the kit are inconsistent with those in the SDK.",
        cause = "The APIs of the kit are modified locally.",
        solution = "Make sure the kit API you are importing is consistent with the SDK version you are using, and the kit APIs are not modified locally.",
        solution = "For details about the kit APIs, see <!--RP1-->[API Reference Document Description](../development-intro-api.md).<!--RP1End-->"
    )]
    #[translation(
        "zh-CN",
        title = "获取Kit配置文件错误",
        description = "Kit `${moduleRequest}` 在ArkTS SDK中没有对应的配置文件。",
        cause = "Kit的API与SDK不一致。",
        cause = "Kit的API在本地被修改。",
        solution = "请确保Kit的API与SDK一致，并且Kit的API没有被本地修改。",
        solution = "有关Kit API的更多详细信息，请参考<!--RP1-->[开发说明](../development-intro-api.md)。<!--RP1End-->"
    )]
    FailedToObtainKitConfigurationFile,
    /// Incorrect Kit Identifier (10311005).
    ///
    /// The identifier ${this.importName} comes from ${this.symbol.source}. This identifier cannot be imported to a .ts file.
    #[code(
        10311005,
        title = "Incorrect Kit Identifier",
        message = "Identifier `${this.importName}` comes from `${this.symbol.source}` which can not be imported in .ts file.",
        description = "The identifier ${this.importName} comes from ${this.symbol.source}. This identifier cannot be imported to a .ts file.",
        cause = "An ArkTS file of the kit is imported to the TS file.",
        solution = "Remove the import statement or change the file name extension to .ets."
    )]
    #[translation(
        "zh-CN",
        title = "导入Kit标识符错误",
        description = "标识符`${this.importName}`来自`${this.symbol.source}`，该标识符不能在.ts文件中导入。",
        cause = "在TS文件中导入了ArkTS文件的Kit模块。",
        solution = "请移除导入语句或将文件扩展名更改为.ets。"
    )]
    IncorrectKitIdentifier,
    /// Failed to Export Imported Names from the Kit (10311006).
    ///
    /// Kit ${importName} is not exported from ${KitInfo.getCurrentKitName()}.
    #[code(
        10311006,
        title = "Failed to Export Imported Names from the Kit",
        message = "`${importName}` is not exported from Kit `${KitInfo.getCurrentKitName()}`.",
        description = "Kit ${importName} is not exported from ${KitInfo.getCurrentKitName()}.",
        cause = "The APIs of the kit are inconsistent with those in the SDK.",
        cause = "The APIs of the kit are modified locally.",
        solution = "Make sure the kit API you are importing is consistent with the SDK version you are using, and the kit APIs are not modified locally.",
        solution = "For details about the kit APIs, see <!--RP1-->[API Reference Document Description](../development-intro-api.md).<!--RP1End-->"
    )]
    #[translation(
        "zh-CN",
        title = "导入名称未从Kit中导出错误",
        description = "`${importName}`没有从Kit `${KitInfo.getCurrentKitName()}` 中导出。",
        cause = "Kit的API与SDK不一致。",
        cause = "Kit的API在本地被修改。",
        solution = "请确保Kit的API与SDK一致，并且Kit的API没有被本地修改。",
        solution = "有关Kit API的更多详细信息，请参考<!--RP1-->[开发说明](../development-intro-api.md)。<!--RP1End-->"
    )]
    FailedToExportImportedNamesFromKit,
    /// Failed to Import or Export Kit Namespaces (10311007).
    ///
    /// Currently, the namespace of a kit cannot be imported or exported.
    #[code(
        10311007,
        title = "Failed to Import or Export Kit Namespaces",
        message = "Namespace import or export of Kit is not supported currently.",
        description = "Currently, the namespace of a kit cannot be imported or exported.",
        cause = "The file uses the namespace of the kit for import or export.",
        solution = "Replace the namespace import or export of the kit with a named import or export. Example: import * as ArkTS from \"@kit.ArkUI\"; -> import { AlertDialog } from \"@kit.ArkUI\";"
    )]
    #[translation(
        "zh-CN",
        title = "Kit命名空间导入或导出错误",
        description = "当前不支持Kit的命名空间导入或导出。",
        cause = "文件中使用了Kit的命名空间导入或导出。",
        solution = "请将Kit的命名空间导入或导出替换为命名导入或导出。例如，`import * as ArkTS from \"@kit.ArkUI\";` -> `import { AlertDialog } from \"@kit.ArkUI\";`。"
    )]
    FailedToImportOrExportKitNamespaces,
    /// Kit Empty Import Error (10311008).
    ///
    /// Empty import (side-effect import) statements cannot be used in Kit ${(kitNode.moduleSpecifier as ts.StringLiteral).text.replace(/'|"/g, '')}.
    #[code(
        10311008,
        title = "Kit Empty Import Error",
        message = "Can not use empty import(side-effect import) statement with Kit `${(kitNode.moduleSpecifier as ts.StringLiteral).text.replace(/'|\"/g, '')}`.",
        description = "Empty import (side-effect import) statements cannot be used in Kit ${(kitNode.moduleSpecifier as ts.StringLiteral).text.replace(/'|\"/g, '')}.",
        cause = "The empty import (side-effect import) statement of the kit is used in the file.",
        solution = "Specify the symbol to be imported. Example: import \"@kit.ArkUI\"; -> import { lang } from \"@kit.ArkUI\";"
    )]
    #[translation(
        "zh-CN",
        title = "Kit空导入错误",
        description = "无法在Kit `${(kitNode.moduleSpecifier as ts.StringLiteral).text.replace(/'|\"/g, '')}` 中使用空导入（副作用导入）语句。",
        cause = "文件中使用了Kit的空导入（副作用导入）语句。",
        solution = "请明确指定导入的符号。例如，`import \"@kit.ArkUI\";` -> `import { lang } from \"@kit.ArkUI\";`。"
    )]
    KitEmptyImportError,
    /// es2abc Execution Error (10311009).
    ///
    /// es2abc fails to be executed.
    #[code(
        10311009,
        title = "es2abc Execution Error",
        message = "Failed to execute es2abc.",
        description = "es2abc fails to be executed.",
        cause = "An error occurred during the execution of es2abc.",
        solution = "For details, see [es2abc Compiler Error Codes](errorcode-es2abc.md)."
    )]
    #[translation(
        "zh-CN",
        title = "ES2ABC执行错误",
        description = "无法执行es2abc。",
        cause = "es2abc执行过程中出现错误。",
        solution = "请参考[es2abc 错误码](./errorcode-es2abc.md)进行处理。"
    )]
    Es2abcExecutionError,
    /// Lazy Import Re-export Error (10311010).
    ///
    /// The lazy import of ${elementText} is re-exported.
    #[code(
        10311010,
        title = "Lazy Import Re-export Error",
        message = "`${elementText}` of lazy-import is re-export.",
        description = "The lazy import of ${elementText} is re-exported.",
        cause = "The lazy-imported ${elementText} lazy-imported is exported again.",
        solution = "Make sure lazily loaded named bindings are not re-exported.",
        solution = "Check whether **autoLazyImport** is enabled."
    )]
    #[translation(
        "zh-CN",
        title = "懒加载导入重新导出错误",
        description = "`${elementText}`的懒加载导入被重新导出。",
        cause = "重新导出了经过懒加载导入的`${elementText}`。",
        solution = "请确保懒加载导入的命名绑定没有被重新导出。",
        solution = "请检查是否开启了autoLazyImport开关。"
    )]
    LazyImportReExportError,
}
