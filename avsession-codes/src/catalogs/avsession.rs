// AVSession Management Error Codes: the catalog `AVSessionError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// AVSession Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "AVSession",
    title = "AVSession Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    range = 6600000..=6699999,
    layout = "# {title}\n<!--Kit: AVSession Kit-->\n<!--Subsystem: Multimedia-->\n<!--Owner: @ccfriend; @devil_red-->\n<!--Designer: @ccfriend-->\n<!--Tester: @chenmingxi1_huawei-->\n<!--Adviser: @w_Machine_cc-->\n\n> **NOTE**\n>\n> {note}\n{entries}",
    lock = "locks/avsession.lock",
    locales = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "媒体会话管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: AVSession Kit-->\n<!--Subsystem: Multimedia-->\n<!--Owner: @ccfriend; @devil_red-->\n<!--Designer: @ccfriend-->\n<!--Tester: @chenmingxi1_huawei-->\n<!--Adviser: @w_Machine_cc-->\n\n> **说明：**\n>\n> {note}\n{entries}"
)]
pub enum AVSessionError {
    /// Session Service Exception (6600101).
    ///
    /// C API: `AV_SESSION_ERR_SERVICE_EXCEPTION`.
    ///
    /// The session service is abnormal, and the application cannot obtain a response from the session service. For example, the session service is not running or the communication with the session service fails.
    #[code(
        6600101,
        title = "Session Service Exception",
        message = "Session service exception.",
        description = "The session service is abnormal, and the application cannot obtain a response from the session service. For example, the session service is not running or the communication with the session service fails.",
        cause = "The session service is killed during session restart.",
        solution = "The system retries the operation automatically. If the error persists for 3 seconds or more, stop the operation on the session or controller.",
        solution = "Destroy the current session or session controller and re-create it. If the re-creation fails, stop the operation on the session.",
        since = 13,
        constant = "AV_SESSION_ERR_SERVICE_EXCEPTION"
    )]
    #[translation(
        "zh-CN",
        title = "会话服务端异常",
        description = "会话服务端异常，应用端无法获取服务端的消息响应。如会话服务未运行或者会话服务通信失败。",
        cause = "会话重启过程中服务被杀。",
        solution = "定时重试，超过3s仍失败时，停止对该会话或者控制器进行操作。",
        solution = "销毁当前会话或者会话控制器，并重新创建，如果重新创建失败，则停止会话相关操作。"
    )]
    SessionServiceException,
    /// Session Does Not Exist (6600102).
    ///
    /// C API: `AV_SESSION_ERR_CODE_SESSION_NOT_EXIST`.
    ///
    /// Parameters are set for or commands are sent to the session that does not exist.
    #[code(
        6600102,
        title = "Session Does Not Exist",
        message = "The session does not exist.",
        description = "Parameters are set for or commands are sent to the session that does not exist.",
        cause = "The session has been destroyed, and no session record exists on the server.",
        solution = "If the error occurs on the application, re-create the session. If the error occurs on Media Controller, stop sending query or control commands to the session.",
        solution = "If the error occurs on the session service, query the current session record and pass the correct session ID when creating the controller.",
        since = 13,
        constant = "AV_SESSION_ERR_CODE_SESSION_NOT_EXIST"
    )]
    #[translation(
        "zh-CN",
        title = "会话不存在",
        description = "会话对象不存在时，向该会话设置属性或者发送命令。",
        cause = "会话已被销毁，服务端无会话记录。",
        solution = "如果在会话被控端产生该错误，请重新创建会话；如果是会话控制端，请停止向该会话发送查询或者控制命令。",
        solution = "如果在会话管理端产生该错误，请重新查询系统当前会话记录，在创建控制器时传入正确的会话ID。"
    )]
    SessionDoesNotExist,
    /// Session Controller Does Not Exist (6600103).
    ///
    /// A control command or an event is sent to the controller that does not exist.
    #[code(
        6600103,
        title = "Session Controller Does Not Exist",
        message = "The session controller does not exist.",
        description = "A control command or an event is sent to the controller that does not exist.",
        cause = "The controller has been destroyed.",
        solution = "Query the session record and create the corresponding controller."
    )]
    #[translation(
        "zh-CN",
        title = "会话控制器不存在",
        description = "会话控制器不存在时，向该控制器发送控制命令或者事件。",
        cause = "控制器已被销毁。",
        solution = "请重新查询系统当前会话记录，并创建对应的会话控制器。"
    )]
    SessionControllerDoesNotExist,
    /// Remote Session Connection Failure (6600104).
    ///
    /// The communication between the local session and the remote session fails.
    #[code(
        6600104,
        title = "Remote Session Connection Failure",
        message = "The remote session connection failed.",
        description = "The communication between the local session and the remote session fails.",
        cause = "The communication between devices is interrupted.",
        solution = "Stop sending control commands to the session. Subscribe to output device changes, and resume the sending when the output device is changed.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "远端会话连接失败",
        description = "本端会话与远端会话通信失败。",
        cause = "设备间通信断开。",
        solution = "停止对该会话发送控制命令，并监听输出设备变化，当输出设备发生变化后恢复发送。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    RemoteSessionConnectionFailure,
    /// Invalid Session Command (6600105).
    ///
    /// C API: `AV_SESSION_ERR_CODE_COMMAND_INVALID`.
    ///
    /// The control command or event sent to the session is not supported.
    #[code(
        6600105,
        title = "Invalid Session Command",
        message = "Invalid session command.",
        description = "The control command or event sent to the session is not supported.",
        cause = "The session does not support this command.",
        solution = "Stop sending the command or event. Query the commands supported by the session, and send a command supported.",
        since = 13,
        constant = "AV_SESSION_ERR_CODE_COMMAND_INVALID"
    )]
    #[translation(
        "zh-CN",
        title = "无效会话命令",
        description = "会话被控端不支持该被控命令或事件。",
        cause = "被控端不支持该命令。",
        solution = "停止发送该命令或事件，并查询被控会话支持的命令集，发送被控端支持的命令。"
    )]
    InvalidSessionCommand,
    /// Session Not Activated (6600106).
    ///
    /// C API: `AV_SESSION_ERR_CODE_SESSION_INACTIVE`.
    ///
    /// A control command or event is sent to the session that is not activated.
    #[code(
        6600106,
        title = "Session Not Activated",
        message = "The session is not activated.",
        description = "A control command or event is sent to the session that is not activated.",
        cause = "The session is in the inactive state.",
        solution = "Stop sending the command or event. Subscribe to the session activation status, and resume the sending when the session is activated.",
        since = 13,
        constant = "AV_SESSION_ERR_CODE_SESSION_INACTIVE"
    )]
    #[translation(
        "zh-CN",
        title = "会话未激活",
        description = "会话没有激活时，向会话发送控制命令或者事件。",
        cause = "会话处于未激活状态。",
        solution = "停止发送该命令或事件。",
        solution = "监听会话的激活状态。",
        solution = "会话激活后恢复发送该命令或事件。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:tight}\n"
    )]
    SessionNotActivated,
    /// Too Many Commands or Events (6600107).
    ///
    /// C API: `AV_SESSION_ERR_CODE_MESSAGE_OVERLOAD`.
    ///
    /// The session client sends too many messages or commands to the server in a period of time, causing the server to be overloaded.
    #[code(
        6600107,
        title = "Too Many Commands or Events",
        message = "Too many commands or events.",
        description = "The session client sends too many messages or commands to the server in a period of time, causing the server to be overloaded.",
        cause = "The server is overloaded with messages or events.",
        solution = "Control the frequency of sending commands or events.",
        since = 13,
        constant = "AV_SESSION_ERR_CODE_MESSAGE_OVERLOAD"
    )]
    #[translation(
        "zh-CN",
        title = "命令&消息过载",
        description = "会话客户端在一段时间内向服务端发送了过多的消息或者命令，引起服务端消息过载。",
        cause = "服务端消息过载。",
        solution = "检查自身命令发送是否过于频繁，控制自身查询和控制命令的发送频度。"
    )]
    TooManyCommandsOrEvents,
    /// Device Connection Failure (6600108).
    ///
    /// Connection to the device fails.
    #[code(
        6600108,
        title = "Device Connection Failure",
        message = "Device connection failed.",
        description = "Connection to the device fails.",
        cause = "The device connection logic is abnormal or the device status is abnormal.",
        solution = "Refresh the device list and check whether the device is offline.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    #[translation(
        "zh-CN",
        title = "设备连接失败",
        description = "设备连接失败。",
        cause = "设备连接逻辑异常或者选择连接的设备状态异常。",
        solution = "重新刷新设备列表，查看是否设备已下线。",
        layout = "\n<!--Del-->\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n<!--DelEnd-->\n"
    )]
    DeviceConnectionFailure,
    /// Remote Session Does Not Exist (6600109).
    ///
    /// C API: `AV_SESSION_ERR_CODE_REMOTE_CONNECTION_NOT_EXIST`.
    ///
    /// The remote session does not exist, and the related API calls fail.
    #[code(
        6600109,
        title = "Remote Session Does Not Exist",
        message = "The remote connection is not established.",
        description = "The remote session does not exist, and the related API calls fail.",
        cause = "The remote session has been destroyed or has not been created.",
        solution = "Query the session status again to determine whether the remote session exists.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_REMOTE_CONNECTION_NOT_EXIST"
    )]
    #[translation(
        "zh-CN",
        title = "远端会话不存在",
        description = "查看的远端会话不存在，对应接口调用失败返回。",
        cause = "远端会话已销毁或未创建。",
        solution = "重新查询会话状态，判断是否存在远端会话。"
    )]
    RemoteSessionDoesNotExist,
    /// Desktop Lyrics Not Enabled for the Application (6600110).
    ///
    /// The desktop lyrics feature of the application is not enabled.
    #[code(
        6600110,
        title = "Desktop Lyrics Not Enabled for the Application",
        message = "The desktop lyrics feature of this application is not enabled.",
        description = "The desktop lyrics feature of the application is not enabled.",
        cause = "The desktop lyrics feature of the application is not enabled.",
        solution = "Call the [enableDesktopLyric](./arkts-apis-avsession-AVSession.md#enabledesktoplyric23) API to enable the desktop lyrics feature."
    )]
    #[translation(
        "zh-CN",
        title = "应用程序的桌面歌词功能未开启",
        description = "应用程序的桌面歌词功能未开启。",
        cause = "未调用enableDesktopLyric接口启用该功能。",
        solution = "调用[enableDesktopLyric](./arkts-apis-avsession-AVSession.md#enabledesktoplyric23)接口启用桌面歌词功能。"
    )]
    DesktopLyricsNotEnabledForApplication,
    /// Desktop Lyrics Not Supported for the Current Device (6600111).
    ///
    /// The current device does not support the desktop lyrics feature.
    #[code(
        6600111,
        title = "Desktop Lyrics Not Supported for the Current Device",
        message = "The desktop lyrics feature is not supported.",
        description = "The current device does not support the desktop lyrics feature.",
        cause = "The desktop lyrics feature is not supported on the current device.",
        solution = "You are advised to use the [isDesktopLyricSupported](./arkts-apis-avsession-f.md#avsessionisdesktoplyricsupported23) API to check whether the current device supports the desktop lyrics feature.",
        layout = "\n## {code} {title}\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "当前设备不支持桌面歌词功能",
        description = "当前设备不支持桌面歌词功能。",
        cause = "当前设备不支持桌面歌词功能。",
        solution = "使用[isDesktopLyricSupported](./arkts-apis-avsession-f.md#avsessionisdesktoplyricsupported23)接口查询当前设备是否支持桌面歌词功能。"
    )]
    DesktopLyricsNotSupportedForCurrentDevice,
    /// Unknown Error in the Cast Controller (6611000).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_UNSPECIFIED`.
    ///
    /// An unknown error occurs in the cast controller.
    #[code(
        6611000,
        title = "Unknown Error in the Cast Controller",
        message = "The error code for cast control is unspecified.",
        description = "An unknown error occurs in the cast controller.",
        cause = "Failure in status switching: The device does not support a quick transition from the current transmission state to the required state.",
        cause = "Device authentication failure: The authentication between the local and remote devices fails.",
        cause = "Invalid instance: The current instance ID is invalid for AVTransport.",
        solution = "Initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_UNSPECIFIED"
    )]
    #[translation(
        "zh-CN",
        title = "投播控制器出现未知错误",
        description = "由投播控制器中的未知错误引起。",
        cause = "状态切换失败。此设备不支持从当前传输状态迅速转换到所需的传输状态。",
        cause = "设备鉴权失败。本端设备和远端设备之间鉴权失败。",
        cause = "无效实例。当前InstanceID对AVTransport无效。",
        solution = "当前会话出现错误，请重新发起会话。"
    )]
    UnknownErrorInCastController,
    /// Unknown Error in the Remote Device (6611001).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_REMOTE_ERROR`.
    ///
    /// An unknown error occurs in the remote device.
    #[code(
        6611001,
        title = "Unknown Error in the Remote Device",
        message = "An unspecified error occurs in the remote player.",
        description = "An unknown error occurs in the remote device.",
        cause = "The remote device is abnormal.",
        solution = "Restart the remote device and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_REMOTE_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "远端设备出现未知错误",
        description = "由远端设备中的未知错误引起。",
        cause = "远端设备出现异常。",
        solution = "当前远端设备出现异常，先重启远端设备，再重新发起会话。"
    )]
    UnknownErrorInRemoteDevice,
    /// Loading Position Exceeds the Total Video Progress (6611002).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_BEHIND_LIVE_WINDOW`.
    ///
    /// The loading position exceeds the total progress of the video to be played.
    #[code(
        6611002,
        title = "Loading Position Exceeds the Total Video Progress",
        message = "The playback position falls behind the live window.",
        description = "The loading position exceeds the total progress of the video to be played.",
        cause = "The current progress exceeds the total progress.",
        solution = "Check and adjust the progress to avoid exceeding the total.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_BEHIND_LIVE_WINDOW"
    )]
    #[translation(
        "zh-CN",
        title = "加载位置超过投播视频的总进度",
        description = "加载位置超过投播视频的总进度。",
        cause = "当前进度超过总进度。",
        solution = "对设置的进度进行检查避免超过总进度。"
    )]
    LoadingPositionExceedsTotalVideoProgress,
    /// Cast Controller Loading Timeout (6611003).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_TIMEOUT`.
    ///
    /// The loading of the cast controller times out.
    #[code(
        6611003,
        title = "Cast Controller Loading Timeout",
        message = "The process of cast control times out.",
        description = "The loading of the cast controller times out.",
        cause = "The loading of the cast controller takes a long period of time.",
        solution = "The current session times out. Initiate a new session.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_TIMEOUT"
    )]
    #[translation(
        "zh-CN",
        title = "投播控制器加载超时",
        description = "投播控制器加载超时。",
        cause = "投播控制器加载超时。",
        solution = "当前会话已超时，请重新发起会话。"
    )]
    CastControllerLoadingTimeout,
    /// Runtime Check Failure (6611004).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_RUNTIME_CHECK_FAILED`.
    ///
    /// The runtime check fails.
    #[code(
        6611004,
        title = "Runtime Check Failure",
        message = "The runtime check failed.",
        description = "The runtime check fails.",
        cause = "The application does not comply with the player's API requirements (for example, passing invalid parameters).",
        cause = "The player is in an invalid state.",
        solution = "Verify the input parameters according to the API requirements to prevent exceptions.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_RUNTIME_CHECK_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "运行时检查失败",
        description = "运行时检查失败。",
        cause = "应用程序未遵守播放器的API要求（例如：传递无效参数）。",
        cause = "当播放器处于无效状态时。",
        solution = "对接口入参，按照API要求进行校验，避免异常。"
    )]
    RuntimeCheckFailure,
    /// Cross-Device Data Transmission Locked (6611100).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_PLAYER_NOT_WORKING`.
    ///
    /// Cross-device data transmission is locked.
    #[code(
        6611100,
        title = "Cross-Device Data Transmission Locked",
        message = "Cross-device data transmission is locked.",
        description = "Cross-device data transmission is locked.",
        cause = "The transmission is locked.",
        solution = "The remote device does not respond. Restart the remote device and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_PLAYER_NOT_WORKING"
    )]
    #[translation(
        "zh-CN",
        title = "跨设备数据传输被锁定",
        description = "跨设备数据传输被锁定。",
        cause = "传输已锁定。",
        solution = "当前远端设备无法响应指令，先重启远端设备，再重新发起会话。"
    )]
    CrossDeviceDataTransmissionLocked,
    /// Unsupported Seek Mode (6611101).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_SEEK_MODE_UNSUPPORTED`.
    ///
    /// The specified seek mode is not supported.
    #[code(
        6611101,
        title = "Unsupported Seek Mode",
        message = "The specified seek mode is not supported.",
        description = "The specified seek mode is not supported.",
        cause = "The device does not support the specified seek mode.",
        solution = "Verify the seek mode.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_SEEK_MODE_UNSUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "不支持当前进度条模式",
        description = "不支持当前进度条模式。",
        cause = "设备不支持当前进度条模式。",
        solution = "对设置的进度条模式进行校验。"
    )]
    UnsupportedSeekMode,
    /// Invalid Seek Target (6611102).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_ILLEGAL_SEEK_TARGET`.
    ///
    /// The position to seek to is out of range.
    #[code(
        6611102,
        title = "Invalid Seek Target",
        message = "The position to seek to is out of the range of the media asset or the specified seek mode is not supported.",
        description = "The position to seek to is out of range.",
        cause = "The position to seek to is out of the audio/video resource progress range or the specified seek mode is unknown.",
        solution = "Verify the position to seek to and the seek mode.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_ILLEGAL_SEEK_TARGET"
    )]
    #[translation(
        "zh-CN",
        title = "非法seek目标",
        description = "非法seek目标。",
        cause = "进度条的位置不在音频/视频资源的进度范围内或不知道当前进度条模式。",
        solution = "对设置的进度条数值和类型进行校验。"
    )]
    InvalidSeekTarget,
    /// Unsupported Playback Mode (6611103).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_PLAY_MODE_UNSUPPORTED`.
    ///
    /// The specified playback mode is not supported.
    #[code(
        6611103,
        title = "Unsupported Playback Mode",
        message = "The specified playback mode is not supported.",
        description = "The specified playback mode is not supported.",
        cause = "The device does not support the specified playback mode.",
        solution = "Verify the playback mode.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_PLAY_MODE_UNSUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "不支持当前播放模式",
        description = "设备不支持当前播放模式。",
        cause = "设备不支持当前播放模式。",
        solution = "对设置的播放模式进行校验。"
    )]
    UnsupportedPlaybackMode,
    /// Unsupported Playback Speed (6611104).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_PLAY_SPEED_UNSUPPORTED`.
    ///
    /// The specified playback speed is not supported.
    #[code(
        6611104,
        title = "Unsupported Playback Speed",
        message = "The specified playback speed is not supported.",
        description = "The specified playback speed is not supported.",
        cause = "The current playback speed is not supported by AVTransport.",
        solution = "Verify the playback speed.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_PLAY_SPEED_UNSUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "不支持当前播放速度",
        description = "不支持当前播放速度。",
        cause = "当前播放速度不受AVTransport支持。",
        solution = "对设置的播放速度进行校验。"
    )]
    UnsupportedPlaybackSpeed,
    /// Device Revocation (6611105).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_DEVICE_MISSING`.
    ///
    /// The device is revoked.
    #[code(
        6611105,
        title = "Device Revocation",
        message = "The action failed because either the media source device or the media sink device has been revoked.",
        description = "The device is revoked.",
        cause = "The local device or the remote device has been revoked.",
        solution = "Restart the remote device and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_DEVICE_MISSING"
    )]
    #[translation(
        "zh-CN",
        title = "设备吊销",
        description = "设备吊销。",
        cause = "本端或远端设备已被吊销。",
        solution = "当前远端设备异常，先重启远端设备，再重新发起会话。"
    )]
    DeviceRevocation,
    /// Invalid Input Parameter (6611106).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_INVALID_PARAM`.
    ///
    /// An input parameter is invalid.
    #[code(
        6611106,
        title = "Invalid Input Parameter",
        message = "The parameter is invalid, for example, the url is illegal to play.",
        description = "An input parameter is invalid.",
        cause = "An invalid parameter is passed in.",
        solution = "Verify the input parameters according to the API requirements to prevent exceptions.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_INVALID_PARAM"
    )]
    #[translation(
        "zh-CN",
        title = "传入非法参数",
        description = "传入非法参数。",
        cause = "传入的参数情况异常。",
        solution = "对接口入参，按照API要求进行校验，避免异常。"
    )]
    InvalidInputParameter,
    /// Memory Allocation Failure (6611107).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_NO_MEMORY`.
    ///
    /// Memory allocation fails.
    #[code(
        6611107,
        title = "Memory Allocation Failure",
        message = "Allocation of memory failed.",
        description = "Memory allocation fails.",
        cause = "The memory is insufficient.",
        cause = "The system cannot allocate memory.",
        solution = "The device memory is insufficient. Restart the device and then initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_NO_MEMORY"
    )]
    #[translation(
        "zh-CN",
        title = "内存分配失败",
        description = "分配内存失败。",
        cause = "内存不足。",
        cause = "系统无法分配内存。",
        solution = "当前设备内存不足，先重启设备，再重新发起会话。"
    )]
    MemoryAllocationFailure,
    /// Operation Not Allowed (6611108).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_OPERATION_NOT_ALLOWED`.
    ///
    /// The operation is not allowed.
    #[code(
        6611108,
        title = "Operation Not Allowed",
        message = "Operation is not allowed.",
        description = "The operation is not allowed.",
        cause = "The operation is not allowed.",
        solution = "Check the status of the remote device and perform the operation when the remote device is running.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_OPERATION_NOT_ALLOWED"
    )]
    #[translation(
        "zh-CN",
        title = "不允许进行当前操作",
        description = "不允许进行当前操作。",
        cause = "当前设备状态不允许执行此操作。",
        solution = "检查当前远端设备状态，在状态运行时进行操作。"
    )]
    OperationNotAllowed,
    /// Unknown I/O Error (6612000).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_UNSPECIFIED`.
    ///
    /// An unknown I/O error occurs.
    #[code(
        6612000,
        title = "Unknown I/O Error",
        message = "An unspecified input/output error occurs.",
        description = "An unknown I/O error occurs.",
        cause = "The message from the peer device does not comply with the standard or fails to be parsed.",
        solution = "Restart the remote device and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_UNSPECIFIED"
    )]
    #[translation(
        "zh-CN",
        title = "未知的输入/输出错误",
        description = "由未知的输入/输出错误引起。",
        cause = "本端设备发送的消息不符合标准、解析失败等。",
        cause = "对端设备回复的消息不符合标准、解析失败等。",
        solution = "检查本端设备发送参数，重启异常的远端设备，再重新发起会话。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:tight}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    UnknownIoError,
    /// Network Connection Failure (6612001).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NETWORK_CONNECTION_FAILED`.
    ///
    /// Network connection fails.
    #[code(
        6612001,
        title = "Network Connection Failure",
        message = "Network connection failure.",
        description = "Network connection fails.",
        cause = "Network exceptions occur, or the peer network is disconnected.",
        solution = "Reconnect to the network and then initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NETWORK_CONNECTION_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "网络连接失败",
        description = "网络连接失败。",
        cause = "网络异常、对端网络断网等。",
        solution = "当前网络异常，先重新连接网络，再重新发起会话。"
    )]
    NetworkConnectionFailure,
    /// Network Timeout (6612002).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NETWORK_CONNECTION_TIMEOUT`.
    ///
    /// The network times out. As a result, it takes a long time for the server to complete the request.
    #[code(
        6612002,
        title = "Network Timeout",
        message = "Network timeout.",
        description = "The network times out. As a result, it takes a long time for the server to complete the request.",
        cause = "The network is abnormal, the peer network is disconnected, or the network environment is poor.",
        solution = "Reconnect to the network and then initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NETWORK_CONNECTION_TIMEOUT"
    )]
    #[translation(
        "zh-CN",
        title = "网络超时",
        description = "网络超时导致服务器完成请求耗时过长。",
        cause = "网络异常、对端网络断网、网络环境差等。",
        solution = "当前网络异常，先重新连接网络，再重新发起会话。"
    )]
    NetworkTimeout,
    /// Invalid Content-Type HTTP Header (6612003).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_INVALID_HTTP_CONTENT_TYPE`.
    ///
    /// The Content-Type HTTP header is invalid.
    #[code(
        6612003,
        title = "Invalid Content-Type HTTP Header",
        message = "Invalid \"Content-Type\" HTTP header.",
        description = "The Content-Type HTTP header is invalid.",
        cause = "The response from the remote device does not comply with the HTTP protocol standard and fails to be parsed.",
        solution = "Reconnect to the network and then initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_INVALID_HTTP_CONTENT_TYPE"
    )]
    #[translation(
        "zh-CN",
        title = "无效“Content-Type”HTTP头",
        description = "无效“Content-Type”HTTP头。",
        cause = "对端设备回复不符合HTTP网络协议标准，解析失败。",
        solution = "当前网络异常，先重新连接网络，再重新发起会话。"
    )]
    InvalidContentTypeHttpHeader,
    /// Unexpected HTTP Response Status Code from the HTTP Server (6612004).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_BAD_HTTP_STATUS`.
    ///
    /// The HTTP server returns an unexpected HTTP response status code.
    #[code(
        6612004,
        title = "Unexpected HTTP Response Status Code from the HTTP Server",
        message = "The HTTP server returns an unexpected HTTP response status code.",
        description = "The HTTP server returns an unexpected HTTP response status code.",
        cause = "The remote device is abnormal and returns an HTTP error code.",
        solution = "Reconnect to the network and then initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_BAD_HTTP_STATUS"
    )]
    #[translation(
        "zh-CN",
        title = "HTTP服务器返回异常的HTTP响应状态码",
        description = "由HTTP服务器返回异常的HTTP响应状态码引起。",
        cause = "对端设备异常，回复HTTP错误码。",
        solution = "当前网络异常，先重新连接网络，再重新发起会话。"
    )]
    UnexpectedHttpResponseStatusCodeFromHttpServer,
    /// File Does Not Exist (6612005).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_FILE_NOT_FOUND`.
    ///
    /// The file does not exist.
    #[code(
        6612005,
        title = "File Does Not Exist",
        message = "The file does not exist.",
        description = "The file does not exist.",
        cause = "The file to be played is not found on the network.",
        solution = "Check whether the resource is available. If not, replace the resource and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_FILE_NOT_FOUND"
    )]
    #[translation(
        "zh-CN",
        title = "文件不存在",
        description = "文件不存在。",
        cause = "在网络中未找到要播放的文件。",
        solution = "检查自身设置的资源是否可用，更换资源后，再重新发起会话。"
    )]
    FileDoesNotExist,
    /// No Permission for I/O Operations (6612006).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NO_PERMISSION`.
    ///
    /// You do not have the permission to perform I/O operations.
    #[code(
        6612006,
        title = "No Permission for I/O Operations",
        message = "No permission is granted to perform the IO operation.",
        description = "You do not have the permission to perform I/O operations.",
        cause = "The file read permission is not granted.",
        solution = "Grant the file read permission.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NO_PERMISSION"
    )]
    #[translation(
        "zh-CN",
        title = "缺少执行IO操作的权限",
        description = "缺少执行IO操作的权限。",
        cause = "缺少文件读取的权限。",
        solution = "检查是否授予文件读取的权限。"
    )]
    NoPermissionForIoOperations,
    /// Operation Not Allowed by Network Security Configuration (6612007).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_CLEARTEXT_NOT_PERMITTED`.
    ///
    /// The player attempts to access plaintext HTTP streams. This operation is not allowed by the network security configuration of the application.
    #[code(
        6612007,
        title = "Operation Not Allowed by Network Security Configuration",
        message = "Access to cleartext HTTP traffic is not allowed by the app's network security configuration.",
        description = "The player attempts to access plaintext HTTP streams. This operation is not allowed by the network security configuration of the application.",
        cause = "Network security access permission is insufficient.",
        solution = "Reconnect to the network and then initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_CLEARTEXT_NOT_PERMITTED"
    )]
    #[translation(
        "zh-CN",
        title = "网络安全配置不允许此操作",
        description = "当播放器尝试访问明文HTTP流时，应用的网络安全配置不允许此操作。",
        cause = "网络安全访问权限不足。",
        solution = "当前网络异常，先重新连接网络，再重新发起会话。"
    )]
    OperationNotAllowedByNetworkSecurityConfiguration,
    /// Data to Read Out of Range (6612008).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_READ_POSITION_OUT_OF_RANGE`.
    ///
    /// The data to read exceeds the data range.
    #[code(
        6612008,
        title = "Data to Read Out of Range",
        message = "Reading data out of the data bound.",
        description = "The data to read exceeds the data range.",
        cause = "The data to read exceeds the data range.",
        solution = "Check whether the resource is available. If not, replace the resource and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_READ_POSITION_OUT_OF_RANGE"
    )]
    #[translation(
        "zh-CN",
        title = "读取数据超出数据范围",
        description = "读取数据超出数据范围。",
        cause = "文件读取异常。",
        solution = "检查自身设置的资源是否可用，更换资源后，再重新发起会话。"
    )]
    DataToReadOutOfRange,
    /// No Playable Content (6612100).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NO_CONTENTS`.
    ///
    /// The media asset does not contain any playable content.
    #[code(
        6612100,
        title = "No Playable Content",
        message = "The media does not contain any contents that can be played.",
        description = "The media asset does not contain any playable content.",
        cause = "There is no playable content in the media asset.",
        solution = "Check whether the resource is available. If not, replace the resource and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NO_CONTENTS"
    )]
    #[translation(
        "zh-CN",
        title = "缺少可播放的媒体资源",
        description = "媒体资源中不包含任何可播放的内容。",
        cause = "媒体资源中没有可播放的内容。",
        solution = "检查自身设置的资源是否可用，更换资源后，再重新发起会话。"
    )]
    NoPlayableContent,
    /// Failure in Reading Media Assets (6612101).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_READ_ERROR`.
    ///
    /// Media assets cannot be read.
    #[code(
        6612101,
        title = "Failure in Reading Media Assets",
        message = "The media cannot be read.",
        description = "Media assets cannot be read.",
        cause = "The file fails to be read, possibly because the file is damaged.",
        solution = "Verify file integrity.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_READ_ERROR"
    )]
    #[translation(
        "zh-CN",
        title = "媒体资源无法被读取",
        description = "媒体资源无法被读取。",
        cause = "文件读取异常，可能是文件被损坏导致。",
        solution = "提供方校验文件的完整性。"
    )]
    FailureInReadingMediaAssets,
    /// Resource Is Being Used (6612102).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_CONTENT_BUSY`.
    ///
    /// The resource is already in use.
    #[code(
        6612102,
        title = "Resource Is Being Used",
        message = "This resource is already in use.",
        description = "The resource is already in use.",
        cause = "The resource is already in use.",
        solution = "Check whether the resource is available. If not, replace the resource and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_CONTENT_BUSY"
    )]
    #[translation(
        "zh-CN",
        title = "资源正在使用",
        description = "该资源在使用中。",
        cause = "资源在使用中。",
        solution = "检查自身设置的资源是否可用，更换资源后，再重新发起会话。"
    )]
    ResourceIsBeingUsed,
    /// Content Expired (6612103).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_CONTENT_EXPIRED`.
    ///
    /// The content has expired.
    #[code(
        6612103,
        title = "Content Expired",
        message = "The content using the validity interval has expired.",
        description = "The content has expired.",
        cause = "The content has expired.",
        solution = "Check whether the resource is available. If not, replace the resource and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_CONTENT_EXPIRED"
    )]
    #[translation(
        "zh-CN",
        title = "内容使用有效期已过",
        description = "内容使用有效期已过。",
        cause = "内容使用有效期已过。",
        solution = "检查自身设置的资源是否可用，更换资源后，再重新发起会话。"
    )]
    ContentExpired,
    /// Requested Content Cannot Be Used (6612104).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_USE_FORBIDDEN`.
    ///
    /// Using the requested content is not allowed.
    #[code(
        6612104,
        title = "Requested Content Cannot Be Used",
        message = "Using the requested content to play is not allowed.",
        description = "Using the requested content is not allowed.",
        cause = "Using the requested content is not allowed.",
        solution = "Check whether the resource is available. If not, replace the resource and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_USE_FORBIDDEN"
    )]
    #[translation(
        "zh-CN",
        title = "不允许使用请求的内容",
        description = "不允许使用请求的内容。",
        cause = "不允许使用请求的内容。",
        solution = "检查自身设置的资源是否可用，更换资源后，再重新发起会话。"
    )]
    RequestedContentCannotBeUsed,
    /// Unable to Verify the Allowed Content (6612105).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NOT_VERIFIED`.
    ///
    /// The allowed content cannot be verified.
    #[code(
        6612105,
        title = "Unable to Verify the Allowed Content",
        message = "The use of the allowed content cannot be verified.",
        description = "The allowed content cannot be verified.",
        cause = "The allowed content cannot be verified.",
        solution = "Check whether the resource is available. If not, replace the resource and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NOT_VERIFIED"
    )]
    #[translation(
        "zh-CN",
        title = "无法验证允许使用的内容",
        description = "无法验证允许使用的内容。",
        cause = "无法验证允许使用的内容。",
        solution = "检查自身设置的资源是否可用，更换资源后，再重新发起会话。"
    )]
    UnableToVerifyAllowedContent,
    /// Frequent Resource Usage (6612106).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_EXHAUSTED_ALLOWED_USES`.
    ///
    /// The number of times that the content is requested has reached the maximum allowed.
    #[code(
        6612106,
        title = "Frequent Resource Usage",
        message = "The number of times this content has been used as requested has reached the maximum allowed number of uses.",
        description = "The number of times that the content is requested has reached the maximum allowed.",
        cause = "The number of times that the content is requested has reached the maximum allowed.",
        solution = "Control the frequency of queries and commands.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_EXHAUSTED_ALLOWED_USES"
    )]
    #[translation(
        "zh-CN",
        title = "资源使用频繁",
        description = "请求使用此内容的次数已达到允许使用的最大次数。",
        cause = "内容使用次数达到授权上限。",
        solution = "检查自身命令发送是否过于频繁，控制自身查询和命令的发送频率。"
    )]
    FrequentResourceUsage,
    /// Failure in Sending Resource Packages to the Remote Device (6612107).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NETWORK_PACKET_SENDING_FAILED`.
    ///
    /// The local device fails to send resource packages to the remote device.
    #[code(
        6612107,
        title = "Failure in Sending Resource Packages to the Remote Device",
        message = "An error occurs when sending packet from source device to sink device.",
        description = "The local device fails to send resource packages to the remote device.",
        cause = "The network is abnormal, the peer device is abnormal, or the peer device cannot receive messages.",
        solution = "Reconnect to the network and then initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_IO_NETWORK_PACKET_SENDING_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "本端向远端发送资源包失败",
        description = "本端向远端发送资源包失败。",
        cause = "网络异常、对端状态异常、无法接收等。",
        solution = "当前网络异常，先重新连接网络，再重新发起会话。"
    )]
    FailureInSendingResourcePackagesToRemoteDevice,
    /// Unknown Parsing Error (6613000).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_PARSING_UNSPECIFIED`.
    ///
    /// Unknown parsing error.
    #[code(
        6613000,
        title = "Unknown Parsing Error",
        message = "Unspecified error related to content parsing.",
        description = "Unknown parsing error.",
        cause = "The message from the peer device does not comply with the standard or fails to be parsed.",
        solution = "Restart the remote device and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_PARSING_UNSPECIFIED"
    )]
    #[translation(
        "zh-CN",
        title = "未知解析错误",
        description = "由未知解析错误引起。",
        cause = "对端设备回复的消息不符合标准或解析失败等。",
        solution = "当远端设备异常，先重启远端设备，再重新发起会话。"
    )]
    UnknownParsingError,
    /// Invalid Type (6613001).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_PARSING_CONTAINER_MALFORMED`.
    ///
    /// Invalid type.
    #[code(
        6613001,
        title = "Invalid Type",
        message = "Parsing error associated with media container format bit streams.",
        description = "Invalid type.",
        cause = "The MIME type of the resource to play is not supported by AVTransport.",
        solution = "Use another type of resource and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_PARSING_CONTAINER_MALFORMED"
    )]
    #[translation(
        "zh-CN",
        title = "非法类型",
        description = "与媒体容器格式比特流相关的解析错误。",
        cause = "当前播放的资源是不受AVTransport服务支持的MIME类型。",
        solution = "可更换其他类型的资源，再重新发起会话。"
    )]
    InvalidType,
    /// Error in Parsing Media Manifest (6613002).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_PARSING_MANIFEST_MALFORMED`.
    ///
    /// The media manifest fails to be parsed.
    #[code(
        6613002,
        title = "Error in Parsing Media Manifest",
        message = "Parsing error associated with the media manifest.",
        description = "The media manifest fails to be parsed.",
        cause = "The device does not support the current media storage format.",
        solution = "Check whether the resource format is correct. If not, change the resource format and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_PARSING_MANIFEST_MALFORMED"
    )]
    #[translation(
        "zh-CN",
        title = "相关媒体清单的解析错误",
        description = "相关媒体清单的解析错误。",
        cause = "此设备不支持播放当前加载的媒体存储格式。",
        solution = "检查设置的资源格式是否正常，可更换其他格式的资源，再次发起会话。"
    )]
    ErrorInParsingMediaManifest,
    /// Unsupported Media Format (6613003).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_PARSING_CONTAINER_UNSUPPORTED`.
    ///
    /// The media format is not supported.
    #[code(
        6613003,
        title = "Unsupported Media Format",
        message = "An error occurs when attempting to extract a file with an unsupported media container format or an unsupported media container feature.",
        description = "The media format is not supported.",
        cause = "The device does not support the current media storage format.",
        solution = "Check whether the resource format is correct. If not, change the resource format and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_PARSING_CONTAINER_UNSUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "不支持该媒体格式",
        description = "不支持该媒体格式。",
        cause = "此设备不支持播放当前加载的媒体存储格式。",
        solution = "检查设置的资源格式是否正常，可更换其他格式的资源，重新发起会话。"
    )]
    UnsupportedMediaFormat,
    /// Unsupported Feature in the Media Manifest (6613004).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_PARSING_MANIFEST_UNSUPPORTED`.
    ///
    /// This feature is not supported in the media manifest.
    #[code(
        6613004,
        title = "Unsupported Feature in the Media Manifest",
        message = "Unsupported feature in the media manifest.",
        description = "This feature is not supported in the media manifest.",
        cause = "The device does not support the current media storage format.",
        solution = "Check whether the resource format is correct. If not, change the resource format and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_PARSING_MANIFEST_UNSUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "媒体清单中不支持此功能",
        description = "媒体清单中不支持此功能。",
        cause = "此设备不支持播放当前加载的媒体的存储格式。",
        solution = "检查设置的资源格式是否正常，可更换其他格式的资源，重新发起会话。"
    )]
    UnsupportedFeatureInMediaManifest,
    /// Unknown Decoding Error (6614000).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_UNSPECIFIED`.
    ///
    /// Unknown decoding error.
    #[code(
        6614000,
        title = "Unknown Decoding Error",
        message = "Unspecified decoding error.",
        description = "Unknown decoding error.",
        cause = "The decoder of the remote device is abnormal.",
        solution = "Restart the remote device and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_UNSPECIFIED"
    )]
    #[translation(
        "zh-CN",
        title = "未知的解码错误",
        description = "由未知的解码错误引起。",
        cause = "远端设备解码器出现异常。",
        solution = "当前远端设备异常，先重启远端设备，再重新发起会话。"
    )]
    UnknownDecodingError,
    /// Decoder Initialization Failure (6614001).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_INIT_FAILED`.
    ///
    /// Initializing the decoder fails.
    #[code(
        6614001,
        title = "Decoder Initialization Failure",
        message = "Decoder initialization failed.",
        description = "Initializing the decoder fails.",
        cause = "The decoder of the remote device fails to be initialized.",
        solution = "Restart the remote device and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_INIT_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "解码器初始化失败",
        description = "解码器初始化失败。",
        cause = "远端设备解码器初始化出现异常。",
        solution = "当前远端设备异常，先重启远端设备，再重新发起会话。"
    )]
    DecoderInitializationFailure,
    /// Decoder Query Failure (6614002).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_QUERY_FAILED`.
    ///
    /// Querying the decoder fails.
    #[code(
        6614002,
        title = "Decoder Query Failure",
        message = "Decoder query failed.",
        description = "Querying the decoder fails.",
        cause = "When the device or software attempts to play or process a media file, the device or software cannot correctly decode the data in the file.",
        solution = "Check the file format and ensure that the file format is supported.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_QUERY_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "解码器查询失败",
        description = "解码器查询失败。",
        cause = "尝试播放或处理媒体文件时，设备或软件无法正确解码文件中的数据。",
        solution = "检查文件格式，确保是支持该媒体文件的格式。"
    )]
    DecoderQueryFailure,
    /// Media Sample Decoding Failure (6614003).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_FAILED`.
    ///
    /// Decoding the media sample fails.
    #[code(
        6614003,
        title = "Media Sample Decoding Failure",
        message = "Decoding the media samples failed.",
        description = "Decoding the media sample fails.",
        cause = "The file type you are trying to access is not supported by the device.",
        solution = "Check the file format and ensure that the file format is supported.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "解码媒体样本时失败",
        description = "解码媒体样本时失败。",
        cause = "尝试访问的文件类型超出了当前设备的支持范围。",
        solution = "检查文件格式，确保是支持该媒体文件的格式。"
    )]
    MediaSampleDecodingFailure,
    /// Content Format Is Beyond the Device Capability (6614004).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_FORMAT_EXCEEDS_CAPABILITIES`.
    ///
    /// The decoding capability of the device does not meet the requirements.
    #[code(
        6614004,
        title = "Content Format Is Beyond the Device Capability",
        message = "The format of the content to decode exceeds the capabilities of the device.",
        description = "The decoding capability of the device does not meet the requirements.",
        cause = "The file type you are trying to access is not supported by the device.",
        solution = "Check the file format and ensure that the file format is supported.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_FORMAT_EXCEEDS_CAPABILITIES"
    )]
    #[translation(
        "zh-CN",
        title = "所需解码的内容格式超出设备能力",
        description = "所需解码的内容格式超出设备能力而导致失败。",
        cause = "尝试访问的文件类型超出了当前设备的支持范围。",
        solution = "检查文件格式，确保是支持该媒体文件的格式。"
    )]
    ContentFormatIsBeyondDeviceCapability,
    /// Decoding of the Content Format Is Not Supported (6614005).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_FORMAT_UNSUPPORTED`.
    ///
    /// Decoding fails because the content format is not supported.
    #[code(
        6614005,
        title = "Decoding of the Content Format Is Not Supported",
        message = "The format of the content to decode is not supported.",
        description = "Decoding fails because the content format is not supported.",
        cause = "The file type you are trying to access is not supported by the device.",
        solution = "Check the file format and ensure that the file format is supported.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_DECODING_FORMAT_UNSUPPORTED"
    )]
    #[translation(
        "zh-CN",
        title = "解码不支持的内容格式",
        description = "解码不支持的内容格式而导致失败。",
        cause = "尝试访问的文件类型超出了当前设备的支持范围。",
        solution = "检查文件格式，确保是支持该媒体文件的格式。"
    )]
    DecodingOfContentFormatIsNotSupported,
    /// Unknown Error Related to the Audio Renderer (6615000).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_AUDIO_RENDERER_UNSPECIFIED`.
    ///
    /// An unknown error related to the audio renderer occurs.
    #[code(
        6615000,
        title = "Unknown Error Related to the Audio Renderer",
        message = "Unspecified errors related to the audio renderer.",
        description = "An unknown error related to the audio renderer occurs.",
        cause = "The audio renderer of the remote device is faulty and cannot identify the current audio track.",
        solution = "Check the file format and ensure that the file format is supported.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_AUDIO_RENDERER_UNSPECIFIED"
    )]
    #[translation(
        "zh-CN",
        title = "音频渲染器相关的未知错误",
        description = "音频渲染器相关的未知错误引起。",
        cause = "远端设备的音频渲染器出现问题，无法识别当前音轨。",
        solution = "检查文件格式，确保是支持该媒体文件的格式。"
    )]
    UnknownErrorRelatedToAudioRenderer,
    /// Audio Renderer Initialization Failure (6615001).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_AUDIO_RENDERER_INIT_FAILED`.
    ///
    /// Initializing the audio renderer fails.
    #[code(
        6615001,
        title = "Audio Renderer Initialization Failure",
        message = "Initializing the audio renderer failed.",
        description = "Initializing the audio renderer fails.",
        cause = "The audio renderer of the remote device fails to be initialized.",
        solution = "Restart the remote device and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_AUDIO_RENDERER_INIT_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "音频渲染器初始化异常",
        description = "AudioTrack初始化失败。",
        cause = "远端设备的音频渲染器初始化出现问题。",
        solution = "当前远端设备异常，先重启远端设备，再重新发起会话。"
    )]
    AudioRendererInitializationFailure,
    /// Audio Renderer Failure in Writing Data (6615002).
    ///
    /// C API: `AV_SESSION_ERR_CODE_CAST_CONTROL_AUDIO_RENDERER_WRITE_FAILED`.
    ///
    /// The audio renderer fails to write data.
    #[code(
        6615002,
        title = "Audio Renderer Failure in Writing Data",
        message = "The audio renderer fails to write data.",
        description = "The audio renderer fails to write data.",
        cause = "The audio renderer of the remote device cannot write data.",
        solution = "Restart the remote device and initiate the session again.",
        since = 23,
        constant = "AV_SESSION_ERR_CODE_CAST_CONTROL_AUDIO_RENDERER_WRITE_FAILED"
    )]
    #[translation(
        "zh-CN",
        title = "音频渲染器写数据异常",
        description = "AudioTrack写操作失败。",
        cause = "远端设备的音频渲染器无法写数据。",
        solution = "当前远端设备异常，先重启远端设备，再重新发起会话。"
    )]
    AudioRendererFailureInWritingData,
    /// Unknown DRM Error (6616000).
    ///
    /// An unknown DRM error occurs.
    #[code(
        6616000,
        title = "Unknown DRM Error",
        message = "Unspecified error related to DRM.",
        description = "An unknown DRM error occurs.",
        cause = "The DRM of the remote device is abnormal.",
        solution = "Update the DRM component and initiate the session again."
    )]
    #[translation(
        "zh-CN",
        title = "DRM相关的未知错误",
        description = "DRM相关的未知错误。",
        cause = "远端设备的DRM识别出现异常。",
        solution = "当前远端设备的DRM出现异常，更新DRM组件之后重新发起会话。"
    )]
    UnknownDrmError,
    /// Device Does Not Support the Selected DRM Solution (6616001).
    ///
    /// The device does not support the DRM solution selected.
    #[code(
        6616001,
        title = "Device Does Not Support the Selected DRM Solution",
        message = "The chosen DRM protection scheme is not supported by the device.",
        description = "The device does not support the DRM solution selected.",
        cause = "An unknown DRM error occurs.",
        solution = "Update the DRM component and initiate the session again."
    )]
    #[translation(
        "zh-CN",
        title = "设备不支持所选的DRM保护方案",
        description = "由设备不支持所选的DRM保护方案导致。",
        cause = "发生了未知的DRM错误。",
        solution = "当前远端设备的DRM出现异常，更新DRM组件之后重新发起会话。"
    )]
    DeviceDoesNotSupportSelectedDrmSolution,
    /// Device Provisioning Failure (6616002).
    ///
    /// An error occurs during device provisioning.
    #[code(
        6616002,
        title = "Device Provisioning Failure",
        message = "Device provisioning failed.",
        description = "An error occurs during device provisioning.",
        cause = "The DRM-protected content cannot be played.",
        solution = "Check the DRM format of the file and ensure that the DRM format is supported."
    )]
    #[translation(
        "zh-CN",
        title = "调配设备时出现故障",
        description = "调配设备时出现故障。",
        cause = "播放的DRM格式内容不兼容。",
        solution = "检查文件DRM格式，确保是支持该媒体文件的DRM格式。"
    )]
    DeviceProvisioningFailure,
    /// DRM-Protected Content to Play Is Incompatible (6616003).
    ///
    /// The DRM-protected content to play is incompatible.
    #[code(
        6616003,
        title = "DRM-Protected Content to Play Is Incompatible",
        message = "The DRM-protected content to play is incompatible.",
        description = "The DRM-protected content to play is incompatible.",
        cause = "The DRM-protected content cannot be played.",
        solution = "Update the DRM component and initiate the session again."
    )]
    #[translation(
        "zh-CN",
        title = "尝试播放不兼容的DRM保护内容",
        description = "由于尝试播放不兼容的DRM保护内容导致。",
        cause = "播放的DRM保护内容不兼容。",
        solution = "当前远端设备的DRM出现异常，更新DRM组件之后重新发起会话。"
    )]
    DrmProtectedContentToPlayIsIncompatible,
    /// License Obtaining Failure (6616004).
    ///
    /// The license fails to be obtained.
    #[code(
        6616004,
        title = "License Obtaining Failure",
        message = "Failed to obtain a license.",
        description = "The license fails to be obtained.",
        cause = "The DRM license is not complied with.",
        solution = "Check the DRM format of the file and ensure that the DRM format is supported."
    )]
    #[translation(
        "zh-CN",
        title = "许可证获取失败",
        description = "许可证获取失败。",
        cause = "违反数字版权管理（DRM）保护内容的许可证条款。",
        solution = "检查文件的DRM格式，确保是支持该媒体文件的DRM格式。"
    )]
    LicenseObtainingFailure,
    /// Operation Not Allowed by the License Policy (6616005).
    ///
    /// The operation is not allowed by the license policy.
    #[code(
        6616005,
        title = "Operation Not Allowed by the License Policy",
        message = "The operation is disallowed by the license policy.",
        description = "The operation is not allowed by the license policy.",
        cause = "The DRM license is not complied with.",
        solution = "Check the DRM format of the file and ensure that the DRM format is supported."
    )]
    #[translation(
        "zh-CN",
        title = "许可证策略不允许的操作",
        description = "由许可证策略不允许的操作引起。",
        cause = "违反数字版权管理（DRM）保护内容的许可证条款。",
        solution = "检查文件的DRM格式，确保是支持该媒体文件的DRM格式。"
    )]
    OperationNotAllowedByLicensePolicy,
    /// DRM System Error (6616006).
    ///
    /// The DRM system is faulty.
    #[code(
        6616006,
        title = "DRM System Error",
        message = "An error occurs in the DRM system.",
        description = "The DRM system is faulty.",
        cause = "The DRM of the remote device is abnormal.",
        solution = "Check the DRM format of the file and ensure that the DRM format is supported."
    )]
    #[translation(
        "zh-CN",
        title = "DRM系统错误",
        description = "DRM系统错误导致。",
        cause = "远端设备的DRM识别出现异常。",
        solution = "检查文件DRM格式，确保是支持该问题文件的DRM格式。"
    )]
    DrmSystemError,
    /// DRM Privileges Revoked (6616007).
    ///
    /// The DRM privileges have been revoked from the device.
    #[code(
        6616007,
        title = "DRM Privileges Revoked",
        message = "The device has revoked DRM privileges.",
        description = "The DRM privileges have been revoked from the device.",
        cause = "The DRM privileges of the device are disabled or revoked. As a result, DRM-protected content cannot be played or processed.",
        solution = "Update the DRM component and initiate the session again."
    )]
    #[translation(
        "zh-CN",
        title = "设备已吊销DRM权限",
        description = "设备已吊销DRM权限。",
        cause = "通常表示设备的数字版权管理（DRM）权限被禁用或撤销，导致无法播放或处理DRM保护的内容。",
        solution = "当前远端设备的DRM出现异常，更新DRM组件之后重新发起会话。"
    )]
    DrmPrivilegesRevoked,
    /// Expired DRM License Loaded (6616008).
    ///
    /// An expired DRM license is loaded to an open DRM session.
    #[code(
        6616008,
        title = "Expired DRM License Loaded",
        message = "The DRM license being loaded into the open DRM session has expired.",
        description = "An expired DRM license is loaded to an open DRM session.",
        cause = "The DRM license has expired.",
        solution = "Update the DRM component and initiate the session again."
    )]
    #[translation(
        "zh-CN",
        title = "已过期的DRM许可证被加载到打开的DRM会话中",
        description = "由已过期的DRM许可证被加载到打开的DRM会话中导致。",
        cause = "DRM许可证已过期。",
        solution = "当前远端设备的DRM出现异常，更新DRM组件之后重新发起会话。"
    )]
    ExpiredDrmLicenseLoaded,
    /// Error in Processing the Key Response (6616100).
    ///
    /// An error occurs when the DRM processes the key response.
    #[code(
        6616100,
        title = "Error in Processing the Key Response",
        message = "An error occurs when the DRM processes the key response.",
        description = "An error occurs when the DRM processes the key response.",
        cause = "An error occurs when the DRM processes the key response.",
        solution = "Update the DRM component and initiate the session again."
    )]
    #[translation(
        "zh-CN",
        title = "DRM进程密钥响应错误",
        description = "DRM进程密钥响应错误。",
        cause = "DRM密钥响应的处理过程出现了问题。",
        solution = "当前远端设备的DRM出现异常，更新DRM组件之后重新发起会话。",
        layout = "\n## {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solution}"
    )]
    ErrorInProcessingKeyResponse,
}
