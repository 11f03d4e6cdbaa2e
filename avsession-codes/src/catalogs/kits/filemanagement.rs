// File Management Error Codes: the catalog `FileManagementError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// File Management Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "File Management",
    title = "File Management Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: Core File Kit-->\n<!--Subsystem: FileManagement-->\n<!--Owner: @wangke25; @gsl_1234; @wuchengjun5-->\n<!--Designer: @gsl_1234; @wangke25-->\n<!--Tester: @liuhonggang123; @yue-ye2; @juxiaopang-->\n<!--Adviser: @foryourself-->\n\n> **NOTE**\n>\n> {note}\n\nThe error codes of the file management subsystem include the following:<br>- [Basic File IO Error Codes](#basic-file-io-error-codes)<br>- [User Data Management Error Codes](#user-data-management-error-codes)<br>- [User File Access Error Codes](#user-file-access-error-codes)<br>- [Space Statistics Error Codes](#space-statistics-error-codes)<br>- [Device-Cloud Synchronization Error Codes](#device-cloud-synchronization-error-codes)\n{entries}",
    section = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n",
    lock = "locks/filemanagement.lock",
    locales = ["zh-CN"],
    partial = ["zh-CN"]
)]
#[translation(
    "zh-CN",
    title = "文件管理错误码",
    note = "以下仅介绍本模块特有错误码，通用错误码请参考[通用错误码说明文档](../errorcode-universal.md)。",
    layout = "# {title}\n<!--Kit: Core File Kit-->\n<!--Subsystem: FileManagement-->\n<!--Owner: @wangke25; @gsl_1234; @wuchengjun5-->\n<!--Designer: @gsl_1234; @wangke25-->\n<!--Tester: @liuhonggang123; @yue-ye2; @juxiaopang-->\n<!--Adviser: @jinqiuheng-->\n\n> **说明：**\n>\n> {note}\n\n文件管理子系统错误码由五部分组成，分别是[基础文件IO错误码](#基础文件io错误码)、[用户数据管理错误码](#用户数据管理错误码)、[公共文件访问错误码](#公共文件访问错误码)、[空间统计错误码](#空间统计错误码)和[端云同步错误码](#端云同步错误码)。\n{entries}",
    section = "\n### {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
)]
pub enum FileManagementError {
    /// Operation Not Permitted (13900001).
    ///
    /// C API: `ERR_EPERM`.
    ///
    /// The operation is not allowed.
    #[code(
        13900001,
        title = "Operation Not Permitted",
        message = "Operation not permitted",
        description = "The operation is not allowed.",
        cause = "The caller does not have the permission to access the URI or path.",
        solution = "Check whether the caller cannot use the URI shared by another application. For details, see [access control mechanisms](../../security/AccessToken/access-token-overview.md) of the system.",
        solution = "Check whether the permission is obtained by Picker. The permission obtained by Picker is temporary. For details, see [System Pickers](../../application-models/system-app-startup.md).",
        solution = "Check whether the URI is a concatenated path, which has no permission by default.",
        since = 12,
        constant = "ERR_EPERM",
        layout = "\n## Basic File IO Error Codes\n\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "操作不允许",
        description = "操作不允许。",
        cause = "当前用户文件操作不被允许，URI或path访问未授权。",
        solution = "根据当前系统的[访问控制机制](../../security/AccessToken/access-token-overview.md)，应用无法使用分享给其他应用的URI。",
        solution = "根据[系统Picker](../../application-models/system-app-startup.md#拉起系统应用的方式)的运行机制，通过Picker获取到的URI仅具有临时权限，应用退出或设备重启后如需继续访问，需按[授权持久化](../../file-management/file-persistPermission.md)流程处理。",
        solution = "URI路径不推荐进行拼接，拼接后的URI默认未授权。",
        layout = "\n## 基础文件IO错误码\n\n### {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions:nospace}\n"
    )]
    OperationNotPermitted,
    /// File or Directory Not Exist (13900002).
    ///
    /// C API: `ERR_ENOENT`.
    ///
    /// The file or directory does not exist.
    #[code(
        13900002,
        title = "File or Directory Not Exist",
        message = "No such file or directory",
        description = "The file or directory does not exist.",
        cause = "The file or directory does not exist.",
        solution = "Check whether the file directory exists.",
        since = 12,
        constant = "ERR_ENOENT"
    )]
    #[translation(
        "zh-CN",
        title = "没有这个文件或目录",
        description = "没有此文件或目录。",
        cause = "传入路径不是沙箱路径，或在应用沙箱内不存在该文件或目录。",
        cause = "接口仅支持沙箱路径时，传入了URI。",
        cause = "接口支持URI时，传入了自行拼接或二次编/解码后的不正确的URI。",
        cause = "接口仅支持'utf-8'编码的文件或目录名，使用其他编码可能导致文件找不到。",
        cause = "创建文件时，路径中目标文件所在的目录不存在。",
        solution = "检查传入的路径是否为沙箱路径，在沙箱内是否存在。",
        solution = "检查是否传错参数类型。",
        solution = "检查是否传入了自行拼接或二次编/解码后的不正确的URI。",
        solution = "检查文件或目录名编码格式是否是'utf-8'。",
        solution = "创建文件时，检查文件父级目录是否存在。"
    )]
    FileOrDirectoryNotExist,
    /// Process Not Exist (13900003).
    ///
    /// No such process exists.
    #[code(
        13900003,
        title = "Process Not Exist",
        message = "No such process",
        description = "No such process exists.",
        cause = "This error code is reported if a process does not exist.",
        solution = "Check whether the process is killed unexpectedly.",
        solution = "Check whether the service related to the process has started."
    )]
    #[translation(
        "zh-CN",
        title = "没有这样的进程",
        description = "没有此类进程。",
        cause = "进程不存在。",
        solution = "确认进程是否被意外杀死。",
        solution = "确认相关服务是否已启动。"
    )]
    ProcessNotExist,
    /// System Call Interrupted (13900004).
    ///
    /// The system call is interrupted.
    #[code(
        13900004,
        title = "System Call Interrupted",
        message = "Interrupted system call",
        description = "The system call is interrupted.",
        cause = "The system call is interrupted by another thread.",
        solution = "Check the multi-thread code logic.",
        solution = "Invoke the system call again."
    )]
    #[translation(
        "zh-CN",
        title = "系统调用被中断",
        description = "系统调用被中断。",
        cause = "系统调用被其他线程中断。",
        solution = "检查多线程代码逻辑。",
        solution = "重新进行系统调用。"
    )]
    SystemCallInterrupted,
    /// I/O Error (13900005).
    ///
    /// I/O error.
    #[code(
        13900005,
        title = "I/O Error",
        message = "I/O error",
        description = "I/O error.",
        cause = "Underlying I/O error: It is usually related to hardware or driver device faults.",
        cause = "Hardware fault: The device is physically damaged and I/O instructions cannot be executed.",
        cause = "Communication link interruption: The link is disconnected during data transmission.",
        cause = "Driver error: The driver is abnormal or the driver version is incompatible.",
        solution = "Check whether the hardware is normal.",
        solution = "Check whether the USB device is properly connected.",
        solution = "Check and update the driver.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "I/O错误",
        description = "I/O错误。",
        cause = "底层I/O错误，通常与硬件或者驱动设备层故障相关。",
        cause = "硬件故障：设备物理损坏导致无法完成I/O指令。",
        cause = "通信链路中断：数据传输过程链接断开。",
        cause = "驱动程序错误：驱动程序异常或者版本不兼容。",
        solution = "检查硬件状态是否正常。",
        solution = "检查USB设备等链接是否正常。",
        solution = "检查并更新驱动程序。",
        layout = "\n### {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{cause}\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IoError,
    /// Device or Address Not Exist (13900006).
    ///
    /// The device or address does not exist.
    #[code(
        13900006,
        title = "Device or Address Not Exist",
        message = "No such device or address",
        description = "The device or address does not exist.",
        cause = "The device information or address is incorrect.",
        solution = "Check that the device information or address is correct."
    )]
    #[translation(
        "zh-CN",
        title = "没有这个设备或地址",
        description = "没有此设备或地址。",
        cause = "设备或地址信息错误。",
        solution = "确认设备或地址信息。"
    )]
    DeviceOrAddressNotExist,
    /// Long Parameter List (13900007).
    ///
    /// The parameter list is too long.
    #[code(
        13900007,
        title = "Long Parameter List",
        message = "Arg list too long",
        description = "The parameter list is too long.",
        cause = "The parameter list is too long.",
        solution = "Reduce the number of parameters."
    )]
    #[translation(
        "zh-CN",
        title = "参数列表太长",
        description = "参数列表过长。",
        cause = "参数列表过长。",
        solution = "减少参数个数。"
    )]
    LongParameterList,
    /// Abnormal File Descriptor (13900008).
    ///
    /// The file descriptor is abnormal.
    #[code(
        13900008,
        title = "Abnormal File Descriptor",
        message = "Bad file descriptor",
        description = "The file descriptor is abnormal.",
        cause = "This file descriptor is closed.",
        cause = "The read and write permissions on the file do not match the settings.",
        solution = "Check whether the file descriptor is closed.",
        solution = "Check that the permissions on the file match the settings."
    )]
    #[translation(
        "zh-CN",
        title = "异常的文件描述符",
        description = "异常的文件描述符。",
        cause = "此文件描述符已关闭。",
        cause = "读写权限不匹配。",
        solution = "确认此文件描述符是否已关闭。",
        solution = "确认此文件读写权限是否匹配。"
    )]
    AbnormalFileDescriptor,
    /// Child Process Not Exist (13900009).
    ///
    /// No child process exists.
    #[code(
        13900009,
        title = "Child Process Not Exist",
        message = "No child processes",
        description = "No child process exists.",
        cause = "The child process cannot be created.",
        solution = "Check the maximum number of processes in the system."
    )]
    #[translation(
        "zh-CN",
        title = "没有子进程",
        description = "没有子进程。",
        cause = "无法创建子进程。",
        solution = "确认系统中最大进程数。"
    )]
    ChildProcessNotExist,
    /// Resource Unavailable (13900010).
    ///
    /// The resources are unavailable.
    #[code(
        13900010,
        title = "Resource Unavailable",
        message = "Try again",
        description = "The resources are unavailable.",
        cause = "The resources are blocked.",
        solution = "Request the resource again."
    )]
    #[translation(
        "zh-CN",
        title = "资源暂时不可用",
        description = "资源暂时不可用。",
        cause = "资源被阻塞。",
        solution = "重新请求资源。"
    )]
    ResourceUnavailable,
    /// Memory Overflow (13900011).
    ///
    /// C API: `ERR_ENOMEM`.
    ///
    /// A memory overflow occurs.
    #[code(
        13900011,
        title = "Memory Overflow",
        message = "Out of memory",
        description = "A memory overflow occurs.",
        cause = "A memory overflow occurs.",
        solution = "Check the memory overhead.",
        solution = "Control the memory overhead.",
        since = 12,
        constant = "ERR_ENOMEM"
    )]
    #[translation(
        "zh-CN",
        title = "内存溢出",
        description = "内存溢出。",
        cause = "内存溢出。",
        solution = "确认内存开销。",
        solution = "管理系统内存开销。"
    )]
    MemoryOverflow,
    /// Permission Denied (13900012).
    ///
    /// The permission is denied.
    #[code(
        13900012,
        title = "Permission Denied",
        message = "Permission denied",
        description = "The permission is denied.",
        cause = "The operation is intercepted by DAC or SELinux.",
        cause = "The file sandbox path is incorrect.",
        solution = "Check the UGO permission of the file.",
        solution = "Check the kernel log for [AVC log information](https://gitcode.com/openharmony/docs/blob/master/en/device-dev/subsystems/subsys-security-selinux-develop-intro.md). If yes,<!--RP1--> see [SELinux Development](../../../device-dev/subsystems/subsys-security-selinux-develop-intro.md).<!--RP1End-->",
        solution = "Check whether the file path is a [sandbox path](../../file-management/app-sandbox-directory.md). The File Management system does not allow operations on files outside the sandbox directory."
    )]
    #[translation(
        "zh-CN",
        title = "拒绝许可",
        description = "拒绝许可。",
        cause = "文件操作被DAC或selinux拦截。",
        cause = "文件沙箱路径地址错误。",
        solution = "访问被DAC自主式权限控制权限拦截，请排查文件的UGO权限。",
        solution = "排查内核日志中是否有[avc拦截日志](https://gitcode.com/openharmony/docs/blob/master/zh-cn/device-dev/subsystems/subsys-security-selinux-develop-intro.md)，如果存在avc拦截告警，<!--RP1-->拦截原因分析请参考[SELinux开发说明](../../../device-dev/subsystems/subsys-security-selinux-develop-intro.md)。<!--RP1End-->",
        solution = "确认文件的路径是否为应用内的沙箱路径（[应用沙箱目录与应用沙箱路径](../../file-management/app-sandbox-directory.md#应用沙箱目录与应用沙箱路径)），文件管理系统禁止操作应用沙箱以外的文档。"
    )]
    PermissionDenied,
    /// Incorrect Address (13900013).
    ///
    /// The address is incorrect.
    #[code(
        13900013,
        title = "Incorrect Address",
        message = "Bad address",
        description = "The address is incorrect.",
        cause = "The address is incorrect.",
        solution = "Check that the address is correct."
    )]
    #[translation(
        "zh-CN",
        title = "错误的地址",
        description = "错误的地址。",
        cause = "地址错误。",
        solution = "确认地址是否正确。"
    )]
    IncorrectAddress,
    /// Device or Resource Not Available (13900014).
    ///
    /// The device or resource is busy.
    #[code(
        13900014,
        title = "Device or Resource Not Available",
        message = "Device or resource busy",
        description = "The device or resource is busy.",
        cause = "The requested resource is unavailable.",
        solution = "Request the resource again."
    )]
    #[translation(
        "zh-CN",
        title = "设备或资源忙",
        description = "设备或资源忙。",
        cause = "请求的资源不可用。",
        solution = "重新请求资源。"
    )]
    DeviceOrResourceNotAvailable,
    /// File Already Exists (13900015).
    ///
    /// The file already exists.
    #[code(
        13900015,
        title = "File Already Exists",
        message = "File exists",
        description = "The file already exists.",
        cause = "The file to be created already exists.",
        solution = "Check whether the file path is correct."
    )]
    #[translation(
        "zh-CN",
        title = "文件存在",
        description = "文件已存在。",
        cause = "需创建的文件已存在。",
        solution = "确认文件路径是否正确。"
    )]
    FileAlreadyExists,
    /// Invalid Cross-Device Link (13900016).
    ///
    /// The cross-device link is invalid.
    #[code(
        13900016,
        title = "Invalid Cross-Device Link",
        message = "Cross-device link",
        description = "The cross-device link is invalid.",
        cause = "The link between devices is incorrect.",
        solution = "Check the devices and create the link correctly."
    )]
    #[translation(
        "zh-CN",
        title = "无效的交叉链接",
        description = "无效的交叉链接。",
        cause = "跨设备链接失败。",
        solution = "确认跨设备是否正常。"
    )]
    InvalidCrossDeviceLink,
    /// Device Not Exist (13900017).
    ///
    /// The device does not exist.
    #[code(
        13900017,
        title = "Device Not Exist",
        message = "No such device",
        description = "The device does not exist.",
        cause = "The device is not identified.",
        solution = "Check the connection to the target device."
    )]
    #[translation(
        "zh-CN",
        title = "设备不存在",
        description = "设备不存在。",
        cause = "设备未被识别。",
        solution = "确认设备间连接是否正常。"
    )]
    DeviceNotExist,
    /// Invalid Directory (13900018).
    ///
    /// The specified directory is invalid.
    #[code(
        13900018,
        title = "Invalid Directory",
        message = "Not a directory",
        description = "The specified directory is invalid.",
        cause = "The specified directory is invalid.",
        solution = "Check that the specified data is correct."
    )]
    #[translation(
        "zh-CN",
        title = "不是一个目录",
        description = "不是一个目录。",
        cause = "此路径不是文件夹目录。",
        solution = "确认路径是否正确。"
    )]
    InvalidDirectory,
    /// The Specified Object Is a Directory (13900019).
    ///
    /// The specified object is a directory.
    #[code(
        13900019,
        title = "The Specified Object Is a Directory",
        message = "Is a directory",
        description = "The specified object is a directory.",
        cause = "The specified object is a directory.",
        solution = "Check that the specified data is correct."
    )]
    #[translation(
        "zh-CN",
        title = "是一个目录",
        description = "是一个目录。",
        cause = "此路径是文件夹目录。",
        solution = "确认路径是否正确。"
    )]
    SpecifiedObjectIsDirectory,
    /// Invalid Parameter (13900020).
    ///
    /// The parameter is invalid.
    #[code(
        13900020,
        title = "Invalid Parameter",
        message = "Invalid argument",
        description = "The parameter is invalid.",
        cause = "The input parameter is invalid.",
        solution = "Check that the input parameters are valid."
    )]
    #[translation(
        "zh-CN",
        title = "无效的参数",
        description = "无效参数。",
        cause = "输入参数非法。",
        solution = "确认参数合法性。"
    )]
    InvalidParameter,
    /// Too Many File Descriptors Opened (13900021).
    ///
    /// Too many file descriptors are opened.
    #[code(
        13900021,
        title = "Too Many File Descriptors Opened",
        message = "File table overflow",
        description = "Too many file descriptors are opened.",
        cause = "The number of file descriptors opened has reached the limit.",
        solution = "Close the file descriptors that are no longer required."
    )]
    #[translation(
        "zh-CN",
        title = "打开太多的文件描述符",
        description = "打开太多的文件描述符。",
        cause = "进程打开过多的文件描述符。",
        solution = "关闭不相关的文件描述符。"
    )]
    TooManyFileDescriptorsOpened,
    /// Too Many Files Opened (13900022).
    ///
    /// Too many files are opened.
    #[code(
        13900022,
        title = "Too Many Files Opened",
        message = "Too many open files",
        description = "Too many files are opened.",
        cause = "The number of files opened has reached the limit.",
        solution = "Close the files that are not required."
    )]
    #[translation(
        "zh-CN",
        title = "打开的文件过多",
        description = "打开的文件过多。",
        cause = "系统打开过多的文件。",
        solution = "关闭不需要的文件。"
    )]
    TooManyFilesOpened,
    /// Text File Not Respond (13900023).
    ///
    /// The text file is busy.
    #[code(
        13900023,
        title = "Text File Not Respond",
        message = "Text file busy",
        description = "The text file is busy.",
        cause = "The executable file of the program is in use.",
        solution = "Close the program that is being debugged."
    )]
    #[translation(
        "zh-CN",
        title = "文本文件忙",
        description = "文本文件忙。",
        cause = "程序的可执行文件正在被使用。",
        solution = "关闭正在调试的程序。"
    )]
    TextFileNotRespond,
    /// File Oversized (13900024).
    ///
    /// The file is too large.
    #[code(
        13900024,
        title = "File Oversized",
        message = "File too large",
        description = "The file is too large.",
        cause = "The file size exceeds the limit.",
        solution = "Check whether the file size exceeds the limit."
    )]
    #[translation(
        "zh-CN",
        title = "文件太大",
        description = "文件过大。",
        cause = "文件大小超出最大文件大小。",
        solution = "确认文件大小是否满足最大文件大小。"
    )]
    FileOversized,
    /// Insufficient Space on the Device (13900025).
    ///
    /// The remaining space on the device is insufficient.
    #[code(
        13900025,
        title = "Insufficient Space on the Device",
        message = "No space left on device",
        description = "The remaining space on the device is insufficient.",
        cause = "The device storage space is insufficient.",
        solution = "Clear the space of the device."
    )]
    #[translation(
        "zh-CN",
        title = "设备上没有空间",
        description = "设备上剩余空间不足。",
        cause = "设备存储空间不足。",
        solution = "清理设备存储空间。"
    )]
    InsufficientSpaceOnDevice,
    /// Invalid Shift (13900026).
    ///
    /// Invalid shift.
    #[code(
        13900026,
        title = "Invalid Shift",
        message = "Illegal seek",
        description = "Invalid shift.",
        cause = "Seek is used in pipe or FIFO.",
        solution = "Check the use of **seek()**."
    )]
    #[translation(
        "zh-CN",
        title = "非法移位",
        description = "非法移位。",
        cause = "在管道或FIFO中使用seek。",
        solution = "确认seek使用。"
    )]
    InvalidShift,
    /// Read-Only File System (13900027).
    ///
    /// This is a read-only file system.
    #[code(
        13900027,
        title = "Read-Only File System",
        message = "Read-only file system",
        description = "This is a read-only file system.",
        cause = "The file system allows read operations only.",
        solution = "Check whether the file is read-only."
    )]
    #[translation(
        "zh-CN",
        title = "只读文件系统",
        description = "只读文件系统。",
        cause = "文件系统只支持读。",
        solution = "确认文件是否只读。"
    )]
    ReadOnlyFileSystem,
    /// Links Reach the Limit (13900028).
    ///
    /// There are too many links.
    #[code(
        13900028,
        title = "Links Reach the Limit",
        message = "Too many links",
        description = "There are too many links.",
        cause = "The number of links to the file has reached the limit.",
        solution = "Delete the links that are no longer required."
    )]
    #[translation(
        "zh-CN",
        title = "太多的链接",
        description = "链接过多。",
        cause = "文件已达最大链接数。",
        solution = "清理无用链接。"
    )]
    LinksReachLimit,
    /// Resource Deadlock (13900029).
    ///
    /// Resource deadlock occurs.
    #[code(
        13900029,
        title = "Resource Deadlock",
        message = "Resource deadlock would occur",
        description = "Resource deadlock occurs.",
        cause = "Resource deadlock occurs.",
        solution = "Terminate the deadlock process."
    )]
    #[translation(
        "zh-CN",
        title = "资源死锁错误",
        description = "资源死锁错误。",
        cause = "资源死锁。",
        solution = "终止死锁进程。"
    )]
    ResourceDeadlock,
    /// Long File Name (13900030).
    ///
    /// The file name is too long.
    #[code(
        13900030,
        title = "Long File Name",
        message = "Filename too Long",
        description = "The file name is too long.",
        cause = "The file name length exceeds 255 bytes.",
        solution = "Check the file name length."
    )]
    #[translation(
        "zh-CN",
        title = "文件名太长",
        description = "文件名过长。",
        cause = "文件名超过最大长度255字节。",
        solution = "确认文件名长度。"
    )]
    LongFileName,
    /// Function Not Implemented (13900031).
    ///
    /// The function is not implemented.
    #[code(
        13900031,
        title = "Function Not Implemented",
        message = "Function not implemented",
        description = "The function is not implemented.",
        cause = "The function is not supported by the system.",
        solution = "Check the system version and update the system if required."
    )]
    #[translation(
        "zh-CN",
        title = "功能没有实现",
        description = "功能没有实现。",
        cause = "系统不支持此功能。",
        solution = "确认系统版本。"
    )]
    FunctionNotImplemented,
    /// Directory Not Empty (13900032).
    ///
    /// The directory is not empty.
    #[code(
        13900032,
        title = "Directory Not Empty",
        message = "Directory not empty",
        description = "The directory is not empty.",
        cause = "The specified directory is not empty.",
        solution = "Check the directory.",
        solution = "Ensure that the directory is empty."
    )]
    #[translation(
        "zh-CN",
        title = "目录非空",
        description = "目录非空。",
        cause = "指定目录不为空。",
        solution = "确认目录路径。",
        solution = "确认路径为空。"
    )]
    DirectoryNotEmpty,
    /// Too Many Symbol Links (13900033).
    ///
    /// There are too many symbolic links.
    #[code(
        13900033,
        title = "Too Many Symbol Links",
        message = "Too many symbolic links encountered",
        description = "There are too many symbolic links.",
        cause = "There are too many symbolic links.",
        solution = "Delete unnecessary symbol links."
    )]
    #[translation(
        "zh-CN",
        title = "符号链接层次太多",
        description = "符号链接层次过多。",
        cause = "符号链接层次过多。",
        solution = "清理无关符号链接。"
    )]
    TooManySymbolLinks,
    /// Operation Blocked (13900034).
    ///
    /// The operation is blocked.
    #[code(
        13900034,
        title = "Operation Blocked",
        message = "Operation would block",
        description = "The operation is blocked.",
        cause = "The operation is blocked.",
        solution = "Perform the operation again."
    )]
    #[translation(
        "zh-CN",
        title = "操作被阻塞",
        description = "操作被阻塞。",
        cause = "操作被阻塞。",
        solution = "重新进行操作。"
    )]
    OperationBlocked,
    /// Invalid File Descriptor (13900035).
    ///
    /// The requested file descriptor is invalid.
    #[code(
        13900035,
        title = "Invalid File Descriptor",
        message = "Invalid request descriptor",
        description = "The requested file descriptor is invalid.",
        cause = "The requested file descriptor is invalid.",
        solution = "Check that the file descriptor is valid."
    )]
    #[translation(
        "zh-CN",
        title = "请求描述符无效",
        description = "请求描述符无效。",
        cause = "文件描述符非法。",
        solution = "确认文件描述符是否合法。"
    )]
    InvalidFileDescriptor,
    /// Target Is Not a Character Stream Device (13900036).
    ///
    /// The device is not a character stream.
    #[code(
        13900036,
        title = "Target Is Not a Character Stream Device",
        message = "Device not a stream",
        description = "The device is not a character stream.",
        cause = "The device pointed to by the file descriptor is not a character stream device.",
        solution = "Check whether the file descriptor points to a stream."
    )]
    #[translation(
        "zh-CN",
        title = "设备不是字符流",
        description = "设备不是字符流。",
        cause = "文件描述符指向非流设备。",
        solution = "确认文件描述符是否指向流设备。"
    )]
    TargetIsNotCharacterStreamDevice,
    /// No Data Available (13900037).
    ///
    /// No data is available.
    #[code(
        13900037,
        title = "No Data Available",
        message = "No data available",
        description = "No data is available.",
        cause = "The required data is not available.",
        solution = "Request the data again."
    )]
    #[translation(
        "zh-CN",
        title = "无可用数据",
        description = "无可用数据。",
        cause = "数据不可用。",
        solution = "重新请求数据。"
    )]
    NoDataAvailable,
    /// Value Mismatches the Data Type (13900038).
    ///
    /// The variable value exceeds the maximum value specified by the data type.
    #[code(
        13900038,
        title = "Value Mismatches the Data Type",
        message = "Value too large for defined data type",
        description = "The variable value exceeds the maximum value specified by the data type.",
        cause = "The specified value is out of the range defined for the data type.",
        solution = "Modify the data type."
    )]
    #[translation(
        "zh-CN",
        title = "对于定义的数据类型,值太大",
        description = "变量值超出数据类型规定的最大值。",
        cause = "值超出所定义的数据类型范围。",
        solution = "修改数据类型。"
    )]
    ValueMismatchesDataType,
    /// File Descriptor Corrupted (13900039).
    ///
    /// The file descriptor is in an abnormal state.
    #[code(
        13900039,
        title = "File Descriptor Corrupted",
        message = "File descriptor in bad state",
        description = "The file descriptor is in an abnormal state.",
        cause = "The file descriptor is corrupted.",
        solution = "Check that the file descriptor is valid."
    )]
    #[translation(
        "zh-CN",
        title = "文件描述符在异常状态",
        description = "文件描述符在异常状态。",
        cause = "文件描述符损坏。",
        solution = "确认文件描述符合法性。"
    )]
    FileDescriptorCorrupted,
    /// System Call Not Started (13900040).
    ///
    /// The interrupted system call should be restarted.
    #[code(
        13900040,
        title = "System Call Not Started",
        message = "Interrupted system call should be restarted",
        description = "The interrupted system call should be restarted.",
        cause = "The system call is interrupted.",
        solution = "Invoke the system call again."
    )]
    #[translation(
        "zh-CN",
        title = "应该重新启动被中断的系统调用",
        description = "应该重新启动被中断的系统调用。",
        cause = "系统调用被中断。",
        solution = "重新进行系统调用。"
    )]
    SystemCallNotStarted,
    /// Disk Quota Exceeded (13900041).
    ///
    /// The disk quota is exceeded.
    #[code(
        13900041,
        title = "Disk Quota Exceeded",
        message = "Quota exceeded",
        description = "The disk quota is exceeded.",
        cause = "Insufficient storage space.",
        solution = "Clear disk space."
    )]
    #[translation(
        "zh-CN",
        title = "超出磁盘配额",
        description = "超出磁盘配额。",
        cause = "磁盘空间不足。",
        solution = "清理磁盘存储空间。"
    )]
    DiskQuotaExceeded,
    /// Unknown Error (13900042).
    ///
    /// C API: `ERR_UNKNOWN`.
    ///
    /// Unknown error.
    #[code(
        13900042,
        title = "Unknown Error",
        message = "Unknown error",
        description = "Unknown error.",
        cause = "Internal error",
        solution = "Call the API again.",
        solution = "Restart the service.",
        since = 12,
        constant = "ERR_UNKNOWN"
    )]
    #[translation(
        "zh-CN",
        title = "未知错误",
        description = "未知错误。",
        cause = "内部错误。",
        solution = "重试接口。",
        solution = "重启服务。"
    )]
    UnknownError,
    /// No Available Lock (13900043).
    ///
    /// No lock is available.
    #[code(
        13900043,
        title = "No Available Lock",
        message = "No record is locks available",
        description = "No lock is available.",
        cause = "System resources are insufficient.",
        solution = "Wait until a lock is released and try again."
    )]
    #[translation(
        "zh-CN",
        title = "没有可用的锁",
        description = "没有可用的锁。",
        cause = "系统资源不足。",
        solution = "释放锁资源后重试。"
    )]
    NoAvailableLock,
    /// Network Access Failure (13900044).
    ///
    /// The network cannot be accessed.
    #[code(
        13900044,
        title = "Network Access Failure",
        message = "Network is unreachable",
        description = "The network cannot be accessed.",
        cause = "A network error occurs.",
        solution = "Check the network status."
    )]
    #[translation(
        "zh-CN",
        title = "网络无法访问",
        description = "网络无法访问。",
        cause = "网络异常。",
        solution = "检查网络状态，确认状态正常。"
    )]
    NetworkAccessFailure,
    /// Connection Failed (13900045).
    ///
    /// The connection fails.
    #[code(
        13900045,
        title = "Connection Failed",
        message = "Connection failed",
        description = "The connection fails.",
        cause = "The device is abnormal, or Wi-Fi or Bluetooth is unavailable.",
        solution = "Check that the device is in normal status.",
        solution = "Check that Wi-Fi and Bluetooth are available."
    )]
    #[translation(
        "zh-CN",
        title = "连接失败",
        description = "连接失败。",
        cause = "设备、Wi-Fi或蓝牙状态异常，导致建立链接失败。",
        solution = "检查设备，确认设备状态正常。",
        solution = "检查Wi-Fi和蓝牙，确认状态正常。"
    )]
    ConnectionFailed,
    /// Connection Interrupted by Software (13900046).
    ///
    /// The connection is interrupted by software.
    #[code(
        13900046,
        title = "Connection Interrupted by Software",
        message = "Software caused connection abort",
        description = "The connection is interrupted by software.",
        cause = "The device goes offline, or the Wi-Fi or Bluetooth is disconnected.",
        solution = "Check that the device is in normal status.",
        solution = "Check that Wi-Fi and Bluetooth are available."
    )]
    #[translation(
        "zh-CN",
        title = "软件造成连接中断",
        description = "软件造成连接中断。",
        cause = "设备下线或Wi-Fi、蓝牙断连。",
        solution = "检查设备，确认设备状态正常。",
        solution = "检查Wi-Fi和蓝牙，确认状态正常。"
    )]
    ConnectionInterruptedBySoftware,
    /// Invalid File Name (14000001).
    #[code(
        14000001,
        title = "Invalid File Name",
        message = "Invalid file name",
        cause = "The file name contains invalid characters.",
        solution = "Modify the file name.",
        layout = "\n## User Data Management Error Codes\n\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "文件名非法",
        description = "文件名非法。",
        cause = "文件名存在非法字符。",
        solution = "删除非法字符。",
        layout = "\n## 用户数据管理错误码\n\n### {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InvalidFileName,
    /// Invalid URI (14000002).
    #[code(
        14000002,
        title = "Invalid URI",
        message = "Invalid URI",
        cause = "The URI is invalid.",
        solution = "Use the obtained URI.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "非法URI",
        description = "非法URI。",
        cause = "URI不合法。",
        solution = "直接使用查询获取的URI。"
    )]
    InvalidUri,
    /// Invalid File Name Extension (14000003).
    #[code(
        14000003,
        title = "Invalid File Name Extension",
        message = "Invalid file name extension",
        cause = "The file name extension is incorrect.",
        solution = "Modify the file name extension.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "文件后缀非法",
        description = "文件名后缀非法。",
        cause = "按照文件类型命名。",
        solution = "检查文件名后缀。"
    )]
    InvalidFileNameExtension,
    /// File in Recycle Bin (14000004).
    #[code(
        14000004,
        title = "File in Recycle Bin",
        message = "File already in the recycle bin",
        cause = "The file is moved to the Recycle Bin.",
        solution = "Check whether the file is in the Recycle Bin.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "文件已进入回收站",
        description = "文件已进入回收站。",
        cause = "文件已经被删除进入回收站。",
        solution = "检查文件是否已经进入回收站。"
    )]
    FileInRecycleBin,
    /// Internal System Error (14000011).
    #[code(
        14000011,
        title = "Internal System Error",
        message = "System inner fail",
        cause = "An unidentified error occurs in the system.",
        solution = "Clear the background or restart the device.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "系统内部错误",
        description = "系统内部错误。",
        cause = "系统异常，发生未知错误。",
        solution = "清理后台，或重启设备。"
    )]
    InternalSystemError,
    /// Invalid Member Name (14000014).
    #[code(
        14000014,
        title = "Invalid Member Name",
        message = "Member is not a valid PhotoKey",
        cause = "The input string is not a member name of a class or interface.",
        solution = "Ensure that the input string is the member name of the class or interface.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "成员名非法",
        description = "成员名非法。",
        cause = "传入的字符串不是类或接口的成员名。",
        solution = "确保传入的字符串为类或接口的成员名。"
    )]
    InvalidMemberName,
    /// IPC Failed (13600001).
    ///
    /// IPC fails.
    #[code(
        13600001,
        title = "IPC Failed",
        message = "IPC error",
        description = "IPC fails.",
        cause = "The called service does not exist.",
        solution = "Check whether the service is started.",
        layout = "\n## Space Statistics Error Codes\n\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "IPC通信失败",
        description = "IPC通信失败。",
        cause = "调用服务不存在。",
        solution = "检查服务是否启动。",
        layout = "\n## 空间统计错误码\n\n### {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IpcFailed,
    /// File System Not Supported (13600002).
    ///
    /// The file system is not supported.
    #[code(
        13600002,
        title = "File System Not Supported",
        message = "File system not supported",
        description = "The file system is not supported.",
        cause = "The file system is not supported.",
        solution = "Use a supported file system."
    )]
    #[translation(
        "zh-CN",
        title = "文件系统类型不支持",
        description = "文件系统类型不支持。",
        cause = "操作的文件系统类型不支持。",
        solution = "修改为正确的文件系统类型。"
    )]
    FileSystemNotSupported,
    /// Mount Failed (13600003).
    ///
    /// The mounting fails.
    #[code(
        13600003,
        title = "Mount Failed",
        message = "Mount failed",
        description = "The mounting fails.",
        cause = "The **mount** command fails.",
        solution = "Remove the card and run the **mount** command again."
    )]
    #[translation(
        "zh-CN",
        title = "挂载失败",
        description = "挂载失败。",
        cause = "调用挂载命令失败。",
        solution = "拔卡尝试重新挂载。"
    )]
    MountFailed,
    /// Unmount Failed (13600004).
    ///
    /// The unmounting fails.
    #[code(
        13600004,
        title = "Unmount Failed",
        message = "Unmount failed",
        description = "The unmounting fails.",
        cause = "The device does not respond.",
        solution = "Check whether the file is being used. If yes, kill the thread that uses the file."
    )]
    #[translation(
        "zh-CN",
        title = "卸载失败",
        description = "卸载失败。",
        cause = "设备繁忙。",
        solution = "检查外卡文件是否被线程占用, 杀掉占用线程。"
    )]
    UnmountFailed,
    /// Incorrect Volume State (13600005).
    ///
    /// The volume state is incorrect.
    #[code(
        13600005,
        title = "Incorrect Volume State",
        message = "Incorrect volume state",
        description = "The volume state is incorrect.",
        cause = "The volume state is incorrect.",
        solution = "Check whether the current volume state is correct."
    )]
    #[translation(
        "zh-CN",
        title = "卷状态错误",
        description = "卷状态错误。",
        cause = "操作的卷状态错误。",
        solution = "检查当前卷状态是否正确。"
    )]
    IncorrectVolumeState,
    /// Failed to Create a Directory or Node (13600006).
    ///
    /// Failed to create a directory or node.
    #[code(
        13600006,
        title = "Failed to Create a Directory or Node",
        message = "Failed to create the directory or node",
        description = "Failed to create a directory or node.",
        cause = "The directory or node to be created already exists.",
        solution = "Check whether the directory or node to be created already exists."
    )]
    #[translation(
        "zh-CN",
        title = "创建目录或者节点失败",
        description = "创建目录或者节点失败。",
        cause = "目录或节点已存在。",
        solution = "检查待创建目录或节点是否存在。"
    )]
    FailedToCreateDirectoryOrNode,
    /// Failed to Delete a Directory or Node (13600007).
    ///
    /// Failed to delete the directory or node.
    #[code(
        13600007,
        title = "Failed to Delete a Directory or Node",
        message = "Failed to delete the directory or node",
        description = "Failed to delete the directory or node.",
        cause = "The specified directory or node has been deleted.",
        solution = "Check whether the specified directory or node exists."
    )]
    #[translation(
        "zh-CN",
        title = "删除目录或者节点失败",
        description = "删除目录或者节点失败。",
        cause = "目录或节点已删除。",
        solution = "检查待删除目录或节点是否存在。"
    )]
    FailedToDeleteDirectoryOrNode,
    /// Object Not Exist (13600008).
    ///
    /// The operation object does not exist.
    #[code(
        13600008,
        title = "Object Not Exist",
        message = "No such object",
        description = "The operation object does not exist.",
        cause = "The specified volume ID is incorrect.",
        cause = "The specified bundle name is incorrect.",
        solution = "Check whether the specified volume exists.",
        solution = "Check whether the specified bundle name exists."
    )]
    #[translation(
        "zh-CN",
        title = "操作对象不存在",
        description = "操作对象不存在。",
        cause = "输入错误的卷id。",
        cause = "输入错误的包名。",
        solution = "检查输入的卷是否存在。",
        solution = "检查输入的应用包名是否存在。"
    )]
    ObjectNotExist,
    /// Invalid User ID (13600009).
    ///
    /// The user ID is out of range.
    #[code(
        13600009,
        title = "Invalid User ID",
        message = "User ID out of range",
        description = "The user ID is out of range.",
        cause = "The specified user ID is incorrect.",
        solution = "Check that the user ID is correct."
    )]
    #[translation(
        "zh-CN",
        title = "用户id超出范围",
        description = "用户id超出范围。",
        cause = "输入错误的用户id。",
        solution = "检查输入的用户id是否处于正常范围。"
    )]
    InvalidUserId,
    /// IPC Failed (14300001).
    ///
    /// IPC fails.
    #[code(
        14300001,
        title = "IPC Failed",
        message = "IPC error",
        description = "IPC fails.",
        cause = "The server service does not exist.",
        cause = "The extension mechanism is abnormal.",
        solution = "Check that the server service exists.",
        layout = "\n## User File Access Error Codes\n\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "IPC通信失败",
        description = "IPC通信失败。",
        cause = "server端服务不在。",
        cause = "extension机制异常。",
        solution = "检查server端服务是否存在。",
        layout = "\n## 公共文件访问错误码\n\n### {code} {title}\n\n**错误信息**\n\n{message}\n\n**错误描述**\n\n{description}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    IpcFailed14300001,
    /// Incorrect URI Format (14300002).
    ///
    /// The URI format is incorrect.
    #[code(
        14300002,
        title = "Incorrect URI Format",
        message = "Invalid URI",
        description = "The URI format is incorrect.",
        cause = "The URI is invalid.",
        solution = "Check that the URI is in correct format."
    )]
    #[translation(
        "zh-CN",
        title = "URI格式错误",
        description = "URI格式错误。",
        cause = "使用非法URI。",
        solution = "检查URI格式。"
    )]
    IncorrectUriFormat,
    /// Failed to Obtain the Server Ability Information (14300003).
    ///
    /// Failed to obtain the server ability information.
    #[code(
        14300003,
        title = "Failed to Obtain the Server Ability Information",
        message = "Failed to obtain the server ability information",
        description = "Failed to obtain the server ability information.",
        cause = "The BMS interface is abnormal.",
        solution = "Check for basic system capability errors. <!--RP1-->Please contact the OpenHarmony team for support.<!--RP1End-->"
    )]
    #[translation(
        "zh-CN",
        title = "查询server端ability信息失败",
        description = "查询server端ability信息失败。",
        cause = "BMS接口异常。",
        solution = "系统基础能力问题，<!--RP1-->请向OpenHarmony团队反馈，获取支持。<!--RP1End-->"
    )]
    FailedToObtainServerAbilityInformation,
    /// Incorrect Result Returned by js-server (14300004).
    ///
    /// An incorrect result is returned by js-server.
    #[code(
        14300004,
        title = "Incorrect Result Returned by js-server",
        message = "Incorrect result returned by js-server",
        description = "An incorrect result is returned by js-server.",
        cause = "The data returned by the server is incorrect.",
        solution = "Check the data returned by the server."
    )]
    #[translation(
        "zh-CN",
        title = "js-server实际返回的结果异常",
        description = "js-server实际返回的结果异常。",
        cause = "server端返回实际数据不当。",
        solution = "server端返回值检查。"
    )]
    IncorrectResultReturnedByJsServer,
    /// Failed to Register Notify (14300005).
    ///
    /// Failed to register notify.
    #[code(
        14300005,
        title = "Failed to Register Notify",
        message = "Failed to register notify",
        description = "Failed to register notify.",
        cause = "The server service does not exist.",
        cause = "The extension mechanism is abnormal.",
        solution = "Check that the server service exists."
    )]
    #[translation(
        "zh-CN",
        title = "notify注册失败",
        description = "notify注册失败。",
        cause = "server端服务不在。",
        cause = "extension机制异常。",
        solution = "检查server端服务是否存在。"
    )]
    FailedToRegisterNotify,
    /// Failed to Unregister Notify (14300006).
    ///
    /// Failed to remove the notify.
    #[code(
        14300006,
        title = "Failed to Unregister Notify",
        message = "Failed to unregister notify",
        description = "Failed to remove the notify.",
        cause = "The server service does not exist.",
        cause = "The extension mechanism is abnormal.",
        solution = "Check that the server service exists."
    )]
    #[translation(
        "zh-CN",
        title = "notify移除失败",
        description = "notify移除失败。",
        cause = "server端服务不在。",
        cause = "extension机制异常。",
        solution = "检查server端服务是否存在。"
    )]
    FailedToUnregisterNotify,
    /// Failed to Initialize the Notify Agent (14300007).
    ///
    /// The notify agent fails to be initialized.
    #[code(
        14300007,
        title = "Failed to Initialize the Notify Agent",
        message = "Failed to initialize the notify agent",
        description = "The notify agent fails to be initialized.",
        cause = "The specified Notify agent has not been registered.",
        solution = "Check whether the Notify agent has been registered."
    )]
    #[translation(
        "zh-CN",
        title = "notify代理初始化失败",
        description = "notify代理初始化失败。",
        cause = "未注册就去取消notify。",
        solution = "检查是否注册过。"
    )]
    FailedToInitializeNotifyAgent,
    /// Failed to Notify the Agent (14300008).
    ///
    /// The js-server fails to notify the agent.
    #[code(
        14300008,
        title = "Failed to Notify the Agent",
        message = "Failed to notify the agent",
        description = "The js-server fails to notify the agent.",
        cause = "The service does not exist.",
        cause = "The extension mechanism is abnormal.",
        solution = "Check whether the client is normal."
    )]
    #[translation(
        "zh-CN",
        title = "js-server端通知代理失败",
        description = "js-server端通知代理失败。",
        cause = "服务不在。",
        cause = "extension机制异常。",
        solution = "检查client是否异常。"
    )]
    FailedToNotifyAgent,
    /// Cloud Unavailable (22400001).
    #[code(
        22400001,
        title = "Cloud Unavailable",
        message = "Cloud status not ready",
        cause = "The cloud is not enabled.",
        cause = "The cloud synchronization switch is not enabled for the application.",
        solution = "Check whether the user has logged in using an account.",
        solution = "Check whether the cloud synchronization switch is enabled.",
        layout = "\n## Device-Cloud Synchronization Error Codes\n\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "云端状态未ready",
        cause = "未启用云。",
        cause = "应用云同步开关未打开。",
        solution = "检查是否账号登录。",
        solution = "检查云同步开关是否打开。",
        layout = "\n## 端云同步错误码\n\n### {code} {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions:nospace}\n"
    )]
    CloudUnavailable,
    /// Network Unavailable (22400002).
    #[code(
        22400002,
        title = "Network Unavailable",
        message = "Network unavailable",
        cause = "The device is not connected to the network or the network is unavailable.",
        solution = "Check the network status.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "网络不可用",
        cause = "设备未联网或网络不可用。",
        solution = "检查网络状态。",
        layout = "\n### {code}  {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    NetworkUnavailable,
    /// Low Battery Level (22400003).
    #[code(
        22400003,
        title = "Low Battery Level",
        message = "Low battery level",
        cause = "The battery level is low.",
        solution = "Perform the operation after the battery is being charged or the battery level is restored.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "告警电量",
        cause = "电量过低。",
        solution = "充电状态或电量恢复后再执行。",
        layout = "\n### {code}  {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    LowBatteryLevel,
    /// Maximum Number of Input Parameters Reached (22400004).
    #[code(
        22400004,
        title = "Maximum Number of Input Parameters Reached",
        message = "Exceeded the maximum limit",
        cause = "The number of requests exceeds the upper limit defined by API specifications.",
        solution = "Check the input parameters and ensure that the number of requests meets the specifications.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "入参请求超过最大限制",
        cause = "请求数量超过接口规格定义的上限。",
        solution = "检查入参，保证请求数量符合规格要求。",
        layout = "\n### {code}  {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    MaximumNumberOfInputParametersReached,
    /// Internal Error (22400005).
    #[code(
        22400005,
        title = "Internal Error",
        message = "Inner error",
        cause = "The internal database request fails or the SQL statement fails to be executed.",
        cause = "An exception such as a null pointer occurs in the system.",
        cause = "The system memory is insufficient or abnormal.",
        cause = "The JS framework is abnormal.",
        solution = "Check for basic system capability errors. <!--RP1-->Please contact the OpenHarmony team for support.<!--RP1End-->",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "内部错误",
        cause = "系统内部数据库请求失败或者SQL执行失败。",
        cause = "系统出现空指针等异常。",
        cause = "系统内存不足或内存异常。",
        cause = "JS框架异常。",
        solution = "系统基础能力问题，<!--RP1-->请向OpenHarmony团队反馈，获取支持。<!--RP1End-->",
        layout = "\n### {code}  {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes:nospace}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    InternalError,
    /// Task Running of the Same Type (22400006).
    #[code(
        22400006,
        title = "Task Running of the Same Type",
        message = "The same task is already in progress",
        cause = "A task of the same type is running.",
        solution = "Wait until the existing tasks of the same type are complete, or call **stop()** to stop the existing tasks and trigger a new task.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "已经有同类型任务正在运行",
        cause = "有同类型任务正在运行。",
        solution = "等待现有同类型任务完成，或通过调用对应业务的stop接口终止现有任务后，再触发新任务。",
        layout = "\n### {code}  {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    TaskRunningOfSameType,
    /// Historical File Specified to Replace the Original File Not Exist (22400007).
    #[code(
        22400007,
        title = "Historical File Specified to Replace the Original File Not Exist",
        message = "The version file specified to replace the original file does not exist",
        cause = "The files of earlier versions are not downloaded or have been deleted.",
        solution = "Download the specified historical version file again. Ensure that the file exists.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{causes}\n\n**Solution**\n\n{solutions}\n"
    )]
    #[translation(
        "zh-CN",
        title = "指定用于替换原始文件的历史版本文件不存在",
        cause = "历史版本文件未下载或已删除。",
        solution = "重新下载指定的历史版本文件，保证文件存在。",
        layout = "\n### {code}  {title}\n\n**错误信息**\n\n{message}\n\n**可能原因**\n\n{causes}\n\n**处理步骤**\n\n{solutions}\n"
    )]
    HistoricalFileSpecifiedToReplaceOriginalFileNotExist,
}
