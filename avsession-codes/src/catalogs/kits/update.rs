// Update Error Codes: the catalog `UpdateError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Update Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Update",
    title = "Update Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 11500000..=11599999,
    layout = "# {title}\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Update-->\n<!--Owner: @RainyDay_005; @huangsiping3-->\n<!--Designer: @zhangzhengxue; @jackd320-->\n<!--Tester: @mamba-ting-->\n<!--Adviser: @fang-jinxu-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/update.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "升级错误码",
    note = "本模块定义了升级服务（Update Service）可能返回的错误码及其处理建议，\n主要涵盖调用升级服务接口时出现的 IPC 通信错误等，帮助开发者快速定位和解决系统升级失败、固件更新异常、应用版本管理错误等升级问题。\n\n适用场景：系统升级、固件更新、应用版本管理等，帮助开发者集成升级能力、监控升级状态、处理升级错误，提升系统的可维护性和用户体验。\n\n本文仅介绍升级模块相关的错误码，通用错误码请参考通用错误码说明文档。",
    layout = "# {title}\n<!--Kit: Basic Services Kit-->\n<!--Subsystem: Update-->\n<!--Owner: @RainyDay_005; @huangsiping3-->\n<!--Designer: @zhangzhengxue; @jackd320-->\n<!--Tester: @mamba-ting-->\n<!--Adviser: @fang-jinxu-->\n\n> **说明：**\n>\n> 本模块定义了升级服务（Update Service）可能返回的错误码及其处理建议，\n> 主要涵盖调用升级服务接口时出现的 IPC 通信错误等，帮助开发者快速定位和解决系统升级失败、固件更新异常、应用版本管理错误等升级问题。\n>\n> 适用场景：系统升级、固件更新、应用版本管理等，帮助开发者集成升级能力、监控升级状态、处理升级错误，提升系统的可维护性和用户体验。\n>\n> 本文仅介绍升级模块相关的错误码，通用错误码请参考通用错误码说明文档。\n\n## 错误码列表\n\n| 错误码 ID | 错误信息 | 说明 | 可能原因 | 处理建议 |\n| --- | --- | --- | --- | --- |\n{entries}\n## 相关接口\n\n调用以下接口时，若升级服务未启动或异常退出，可能返回错误码11500104（IPC error）：\n\n- `checkNewVersion`\n- `getNewVersionInfo`\n- `getNewVersionDescription`\n- `getCurrentVersionInfo`\n- `getCurrentVersionDescription`\n- `getTaskInfo`\n- `download`\n- `pauseDownload`\n- `resumeDownload`\n- `upgrade`\n- `clearError`\n- `getUpgradePolicy`\n- `setUpgradePolicy`\n- `terminateUpgrade`\n- `factoryReset`\n- `forceFactoryReset`\n- `deepFactoryReset`\n- `getDeepFactoryResetInfo`\n- `verifyUpgradePackage`\n- `applyNewVersion`\n\n详细信息可参考@ohos.update (升级)(系统接口)。"
)]
pub enum UpdateError {
    /// IPC Error (11500104).
    ///
    /// This error code is reported if an exception is thrown during an IPC call.
    #[code(
        11500104,
        title = "IPC Error",
        message = "IPC error.",
        description = "This error code is reported if an exception is thrown during an IPC call.",
        cause = "An IPC API call failed.",
        solution = "Check whether the update system ability has started. If not, start it.",
        solution = "Check whether IPC data conversion is normal. If not, check the conversion process.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible causes**\n\n{causes}\n\n**Solution**\n\n{solutions:tight}\n"
    )]
    #[translation(
        "zh-CN",
        message = "1. 执行 `hidumper -s 3006` 确认升级服务是否在运行。<br>2. 若未启动，重启设备或通过 **设置 > 系统和更新 > 软件更新** 拉起服务。<br>3. 检查 hilog 日志，搜索 `SA:3006` 关键字，分析服务运行状态。<br>4. 若服务正常运行，搜索 `C02E00` 关键字，分析 IPC 通信错误的具体原因。<br>5. 根据分析结果，释放系统资源、检查权限配置、重启相关服务或升级服务进程。",
        layout = "| {code} | IPC error | 在系统升级、固件更新等场景下调用升级服务接口时出现的 IPC 通信错误。 | 1. 升级服务启动失败或异常退出。<br>2. 服务进程异常崩溃且重新拉起失败。 | {message} |\n"
    )]
    IpcError,
}
