// Font Management Error Codes: the catalog `FontManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Font Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Font Management",
    title = "Font Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 31100000..=31199999,
    layout = "# {title}\n\n<!--Kit: Localization Kit-->\n<!--Subsystem: Global-->\n<!--Owner: @liule_123-->\n<!--Designer: @buda_wy-->\n<!--Tester: @lpw_work-->\n<!--Adviser: @ningningW-->\n<!-- md-trans-meta sourceCommit=cc8fe8b0f1b2859346994908b98ebf9b3df1ff9d translatedAt=2026-07-17T00:22:39.717Z pushedAt=2026-07-17T03:07:15.093Z -->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/font_manager.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "字体管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n\n<!--Kit: Localization Kit-->\n<!--Subsystem: Global-->\n<!--Owner: @OningO-->\n<!--Designer: @buda_wy-->\n<!--Tester: @lpw_work-->\n<!--Adviser: @ningningW-->\n\n> **说明：**\n>\n> {note}\n{entries}",
    section = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n \n**处理步骤**\n\n{solutions}\n"
)]
pub enum FontManagementError {
    /// Font File Not Exist (31100101).
    ///
    /// This error code is reported if the input font file path does not exist.
    #[code(
        31100101,
        title = "Font File Not Exist",
        message = "The font does not exist.",
        description = "This error code is reported if the input font file path does not exist.",
        cause = "The font file path is incorrect.",
        solution = "Ensure that the input file is in **.ttf** or **.ttc** format and the path is correct."
    )]
    #[translation(
        "zh-CN",
        title = "字体文件不存在",
        description = "传入的字体文件路径不存在。",
        cause = "字体文件路径输入错误。",
        solution = "检查并确保传入的文件格式为.ttf或.ttc，且路径准确。"
    )]
    FontFileNotExist,
    /// Failed to Install Font File (31100102).
    ///
    /// This error code is reported if the input file is not a font file, leading to an installation failure.
    #[code(
        31100102,
        title = "Failed to Install Font File",
        message = "The font is not supported.",
        description = "This error code is reported if the input file is not a font file, leading to an installation failure.",
        cause = "The input file is not in **.ttf** or **.ttc** format.",
        cause = "The file content does not comply with the font file specifications.",
        solution = "Ensure that the input file is in **.ttf** or **.ttc** format."
    )]
    #[translation(
        "zh-CN",
        title = "字体文件不支持安装",
        description = "传入的文件路径，不是字体文件，导致安装失败。",
        cause = "传入的文件，不是.ttf或.ttc字体文件类型。",
        cause = "文件内容不符合字体文件格式规范。",
        solution = "检查并确保传入.ttf或.ttc格式的文件。"
    )]
    FailedToInstallFontFile,
    /// Failed to Copy Font File (31100103).
    ///
    /// This error code is reported if copying the font file fails during installation.
    #[code(
        31100103,
        title = "Failed to Copy Font File",
        message = "Failed to copy the font file.",
        description = "This error code is reported if copying the font file fails during installation.",
        cause = "An exception occurs during font file copying.",
        solution = "Try again, or restart the device and try again."
    )]
    #[translation(
        "zh-CN",
        title = "字体文件拷贝失败",
        description = "安装时，字体文件拷贝失败。",
        cause = "字体安装时出现拷贝异常。",
        solution = "请重试或者重启设备后重试。"
    )]
    FailedToCopyFontFile,
    /// Font File Already Installed (31100104).
    ///
    /// This error code is reported if the input font file has been installed.
    #[code(
        31100104,
        title = "Font File Already Installed",
        message = "The font file is installed.",
        description = "This error code is reported if the input font file has been installed.",
        cause = "The input font file has been installed, and the font name is duplicate.",
        solution = "Uninstall the existing font with the same name and reinstall the font file."
    )]
    #[translation(
        "zh-CN",
        title = "字体文件已安装",
        description = "传入的字体文件已经安装。",
        cause = "传入的字体已经安装过，字体名称重复。",
        solution = "卸载已有同名字体，重新安装。"
    )]
    FontFileAlreadyInstalled,
    /// Number of Installed Font Files Reaching the Maximum (31100105).
    ///
    /// This error code is reported if the number of installed font files reaches the maximum.
    #[code(
        31100105,
        title = "Number of Installed Font Files Reaching the Maximum",
        message = "Exceeded the maximum number of installed files.",
        description = "This error code is reported if the number of installed font files reaches the maximum.",
        cause = "The number of installed font files reaches the maximum (200).",
        solution = "Uninstall unnecessary font files and try again."
    )]
    #[translation(
        "zh-CN",
        title = "已安装字体文件超过最大数量",
        description = "已安装的字体文件数量超过最大数量。",
        cause = "安装的字体文件数量超过最大数量200个。",
        solution = "请先卸载不需要的字体文件，再重试。"
    )]
    NumberOfInstalledFontFilesReachingMaximum,
    /// Font File Installation Failed Due to Other Errors (31100106).
    ///
    /// This error code is reported if the font file installation fails because of a system error.
    #[code(
        31100106,
        title = "Font File Installation Failed Due to Other Errors",
        message = "The system ability works abnormally.",
        description = "This error code is reported if the font file installation fails because of a system error.",
        cause = "An exception occurs during font installation.",
        solution = "Try again, or restart the device and try again.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description} \n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "其他错误导致安装失败",
        description = "安装字体时出现系统错误，导致安装失败。",
        cause = "在进行安装时，系统出现异常。",
        solution = "请重试或者重启设备后重试。"
    )]
    FontFileInstallationFailedDueToOtherErrors,
    /// Uninstalled Font File Not Exist (31100107).
    ///
    /// This error code is reported if the font file to be uninstalled does not exist.
    #[code(
        31100107,
        title = "Uninstalled Font File Not Exist",
        message = "The font file does not exist.",
        description = "This error code is reported if the font file to be uninstalled does not exist.",
        cause = "The font file to be uninstalled has not been installed, or the input font file name is incorrect.",
        solution = "Check whether the input font name is correct. If not, correct it and try again."
    )]
    #[translation(
        "zh-CN",
        title = "卸载的字体文件不存在",
        description = "要卸载的字体文件不存在。",
        cause = "要卸载的字体文件并未安装或者传入的字体文件名称不正确。",
        solution = "请检查传入的字体名称是否正确，请更正后重试。"
    )]
    UninstalledFontFileNotExist,
    /// Failed to Delete Font File (31100108).
    ///
    /// This error code is reported if deleting the font file fails during uninstallation.
    #[code(
        31100108,
        title = "Failed to Delete Font File",
        message = "Failed to delete the font file.",
        description = "This error code is reported if deleting the font file fails during uninstallation.",
        cause = "An exception occurs during uninstallation.",
        solution = "Try again, or restart the device and try again."
    )]
    #[translation(
        "zh-CN",
        title = "无法删除字体",
        description = "卸载字体时删除字体文件失败。",
        cause = "在进行卸载时，系统出现异常。",
        solution = "请重试或者重启设备后重试。"
    )]
    FailedToDeleteFontFile,
    /// Uninstallation Failed Due to Other Errors (31100109).
    ///
    /// This error code is reported if the font file uninstallation fails because of a system error.
    #[code(
        31100109,
        title = "Uninstallation Failed Due to Other Errors",
        message = "The system ability works abnormally.",
        description = "This error code is reported if the font file uninstallation fails because of a system error.",
        cause = "An exception occurs during uninstallation.",
        solution = "Try again, or restart the device and try again.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description} \n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "其他错误导致卸载失败",
        description = "卸载字体时出现系统错误，导致卸载失败。",
        cause = "在进行卸载时，系统出现异常。",
        solution = "请重试或者重启设备后重试。"
    )]
    UninstallationFailedDueToOtherErrors,
    /// Failed to Call the API Due to System Errors (31100110).
    ///
    /// The system service is abnormal, and the API fails to be called.
    #[code(
        31100110,
        title = "Failed to Call the API Due to System Errors",
        message = "Call failed due to system error.",
        description = "The system service is abnormal, and the API fails to be called.",
        cause = "A system exception occurred when the data migration task is started.",
        solution = "Perform the operation again or restart the device and then perform the operation again."
    )]
    #[translation(
        "zh-CN",
        title = "系统异常导致接口调用失败",
        description = "系统服务出现异常，接口调用失败。",
        cause = "在启动数据迁移任务时，系统出现异常。",
        solution = "请重新操作或重启设备后再操作。"
    )]
    FailedToCallApiDueToSystemErrors,
    /// Migration Task Being Executed (31100111).
    ///
    /// The data migration task is in execution and cannot be started again.
    #[code(
        31100111,
        title = "Migration Task Being Executed",
        message = "Data migration is in progress.",
        description = "The data migration task is in execution and cannot be started again.",
        cause = "The data migration task is being executed.",
        solution = "Do not start the migration task repeatedly. Wait until the current task is completed.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solution}"
    )]
    #[translation(
        "zh-CN",
        title = "迁移任务执行中",
        description = "数据迁移任务正在执行中，不可重复启动。",
        cause = "数据迁移任务正在执行中。",
        solution = "不可重复启动迁移任务，请等待当前任务执行完毕。"
    )]
    MigrationTaskBeingExecuted,
}
