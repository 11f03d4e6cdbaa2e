// es2abc Compiler Error Codes: the catalog `Es2abcCompilerError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// es2abc Compiler Error Codes.
///
/// This section describes the error codes of the es2abc compiler module. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "es2abc Compiler",
    title = "es2abc Compiler Error Codes",
    note = "This section describes the error codes of the es2abc compiler module. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 10700000..=10799999,
    layout = "# {title}\n\n<!--Kit: ArkTS-->\n<!--Subsystem: ArkCompiler-->\n<!--Owner: @huyunhui1; @oh-rgx1; @zmw1-->\n<!--Designer: @ctw-ian-->\n<!--Tester: @kirl75; @zsw_zhushiwei-->\n<!--Adviser: @jinqiuheng-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/es2abc.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "Es2abc 编译器错误码",
    note = "本节列出 es2abc 编译器模块的专有错误码说明。通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: ArkTS-->\n<!--Subsystem: ArkCompiler-->\n<!--Owner: @huyunhui1; @oh-rgx1; @zmw1-->\n<!--Designer: @ctw-ian-->\n<!--Tester: @kirl75; @zsw_zhushiwei-->\n<!--Adviser: @foryourself-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum Es2abcCompilerError {
    /// Syntax Error (10705000).
    ///
    /// The compiler cannot parse a syntax structure in the source file. The error information contains the file name, line number, and column number.
    #[code(
        10705000,
        title = "Syntax Error",
        message = "Example",
        description = "The compiler cannot parse a syntax structure in the source file. The error information contains the file name, line number, and column number.",
        cause = "The code contains invalid or incomplete syntax, for example, missing brackets, spelling errors, and incorrect structure nesting.",
        cause = "The code uses language features that are not supported by the current version.",
        cause = "The keyword or syntax structure cannot be identified due to spelling errors.",
        cause = "Encryption software may exist in the environment and modify the file encoding format.",
        solution = "Locate the error based on the file name and line number in the error message.",
        solution = "Fix syntax errors, for example, add missing brackets or keywords.",
        solution = "Use the syntax check tool of DevEco Studio to detect syntax errors.",
        solution = "If the new syntax feature is used, ensure that the current compiler version supports the feature.",
        solution = "If encryption software is used, stop it and recompile the code.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n```txt\nERROR: 10705000 Syntax Error\nSyntaxError: Concurrent function should only use import variable or local variable, 'a' is not one of them [/path/to/wrong/file.ts:9:4]\n```\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "语法错误",
        message = "示例",
        description = "出现语法错误，编译器无法解析源文件中的某个语法结构，通常伴随具体的文件名与位置信息（行号与列号）",
        cause = "代码中存在非法或不完整的语法，例如缺失括号、拼写错误、结构嵌套不正确等；",
        cause = "使用了当前版本不支持的语言特性；",
        cause = "拼写错误导致关键字或语法结构不被识别；",
        cause = "排查开发环境中是否存在加密软件，加密软件可能会修改文件编码格式。",
        solution = "根据错误提示中的文件名和具体行列号，定位到出错位置；",
        solution = "修复语法错误，如添加缺失的括号或关键字；",
        solution = "使用 DevEco Studio 的语法检查工具协助发现语法错误；",
        solution = "若使用新语法特性，确保当前编译器版本支持该特性；",
        solution = "如果存在使用加密软件，请关闭加密软件后重新编译。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n```txt\nERROR: 10705000 Syntax Error\nSyntaxError: Concurrent function should only use import variable or local variable, 'a' is not one of them [/path/to/wrong/file.ts:9:4]\n```\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    SyntaxError,
    /// Specification Error (10706001).
    ///
    /// The compiler detects that the source file contains changes that are not supported by incremental compilation (patch mode). As a result, the patch generation is terminated. These changes usually involve code modifications that significantly affect the semantics, such as scope, variable declaration, and import structure.
    #[code(
        10706001,
        title = "Specification Error",
        message = "Example",
        description = "The compiler detects that the source file contains changes that are not supported by incremental compilation (patch mode). As a result, the patch generation is terminated. These changes usually involve code modifications that significantly affect the semantics, such as scope, variable declaration, and import structure.",
        cause = "In the patch build process, the lexical variables of the module are modified, for example, declarations are added or deleted.",
        cause = "Key functions are deleted or existing variables are redeclared.",
        cause = "The import/export structure or module boundary is destructively modified.",
        cause = "The file modification is not supported by the es2abc incremental patch mechanism.",
        solution = "Check the file and code changes in the error message.",
        solution = "Do not add, delete, or rename variables defined in the module.",
        solution = "If semantic changes are required, select full compilation instead of incremental compilation.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n```txt\nERROR: 10706001 Found unsupported change in file, failed to generate patch abc!\n[Patch] Found lexical variable added or removed in .a, not supported!\n[Patch] Found unsupported change in file, will not generate patch!\nError:  [base_mod.js:0:0]\n```\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes:tight}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        title = "规格错误",
        message = "示例",
        description = "编译器检测到源文件存在不符合增量编译（patch 模式）支持范围的变更，因而终止补丁生成。此类变更通常涉及作用域、变量声明、导入结构等对语义有显著影响的代码修改。",
        cause = "在补丁构建流程中，修改了模块的词法变量，例如新增或删除了声明；",
        cause = "删除了关键函数或重新声明了已有变量；",
        cause = "对导入结构（import/export）或模块边界进行了破坏性修改；",
        cause = "文件的改动超出了 es2abc 增量补丁机制的支持范围。",
        solution = "检查错误信息中所指文件及代码变更内容；",
        solution = "避免对模块中定义的变量进行添加、删除、重命名等操作；",
        solution = "若确需进行语义变更，请选择完整编译而非增量编译。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n```txt\nERROR: 10706001 Found unsupported change in file, failed to generate patch abc!\n[Patch] Found lexical variable added or removed in .a, not supported!\n[Patch] Found unsupported change in file, will not generate patch!\nError:  [base_mod.js:0:0]\n```\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    SpecificationError,
}
