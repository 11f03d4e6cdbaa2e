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
    layout = "# {title}\n<!--Kit: Core File Kit-->\n<!--Subsystem: FileManagement-->\n<!--Owner: @wangke25; @gsl_1234; @wuchengjun5-->\n<!--Designer: @gsl_1234; @wangke25-->\n<!--Tester: @liuhonggang123; @yue-ye2; @juxiaopang-->\n<!--Adviser: @foryourself-->\n\n> **NOTE**\n>\n> {note}\n\nThe error codes of the file management subsystem include the following:<br>- [Basic File IO Error Codes](#basic-file-io-error-codes)<br>- [User Data Management Error Codes](#user-data-management-error-codes)<br>- [User File Access Error Codes](#user-file-access-error-codes)<br>- [Space Statistics Error Codes](#space-statistics-error-codes)<br>- [Device-Cloud Synchronization Error Codes](#device-cloud-synchronization-error-codes)\n\n## Basic File IO Error Codes\n{entries}"
)]
pub enum FileManagementError {
    /// Operation Not Permitted (13900001).
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
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n\n3. {solution}\n"
    )]
    OperationNotPermitted,
    /// File or Directory Not Exist (13900002).
    ///
    /// The file or directory does not exist.
    #[code(
        13900002,
        title = "File or Directory Not Exist",
        message = "No such file or directory",
        description = "The file or directory does not exist.",
        cause = "The file or directory does not exist.",
        solution = "Check whether the file directory exists.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the service related to the process has started.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Invoke the system call again.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
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
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n1. {cause}\n\n2. {cause}\n\n3. {cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n\n3. {solution}\n"
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
        solution = "Check that the device information or address is correct.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Reduce the number of parameters.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check that the permissions on the file match the settings.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Check the maximum number of processes in the system.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Request the resource again.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    ResourceUnavailable,
    /// Memory Overflow (13900011).
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
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Check whether the file path is a [sandbox path](../../file-management/app-sandbox-directory.md). The File Management system does not allow operations on files outside the sandbox directory.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n\n3. {solution}\n"
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
        solution = "Check that the address is correct.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Request the resource again.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the file path is correct.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check the devices and create the link correctly.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check the connection to the target device.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check that the specified data is correct.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check that the specified data is correct.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check that the input parameters are valid.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Close the file descriptors that are no longer required.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Close the files that are not required.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Close the program that is being debugged.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the file size exceeds the limit.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Clear the space of the device.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check the use of **seek()**.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the file is read-only.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Delete the links that are no longer required.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Terminate the deadlock process.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check the file name length.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check the system version and update the system if required.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Ensure that the directory is empty.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Delete unnecessary symbol links.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Perform the operation again.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check that the file descriptor is valid.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the file descriptor points to a stream.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Request the data again.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Modify the data type.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check that the file descriptor is valid.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Invoke the system call again.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Clear disk space.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    DiskQuotaExceeded,
    /// Unknown Error (13900042).
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
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Wait until a lock is released and try again.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check the network status.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check that Wi-Fi and Bluetooth are available.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Check that Wi-Fi and Bluetooth are available.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n\n## User Data Management Error Codes\n"
    )]
    ConnectionInterruptedBySoftware,
    /// Invalid File Name (14000001).
    #[code(
        14000001,
        title = "Invalid File Name",
        message = "Invalid file name",
        cause = "The file name contains invalid characters.",
        solution = "Modify the file name.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    InvalidFileName,
    /// Invalid URI (14000002).
    #[code(
        14000002,
        title = "Invalid URI",
        message = "Invalid URI",
        cause = "The URI is invalid.",
        solution = "Use the obtained URI.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    InvalidUri,
    /// Invalid File Name Extension (14000003).
    #[code(
        14000003,
        title = "Invalid File Name Extension",
        message = "Invalid file name extension",
        cause = "The file name extension is incorrect.",
        solution = "Modify the file name extension.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    InvalidFileNameExtension,
    /// File in Recycle Bin (14000004).
    #[code(
        14000004,
        title = "File in Recycle Bin",
        message = "File already in the recycle bin",
        cause = "The file is moved to the Recycle Bin.",
        solution = "Check whether the file is in the Recycle Bin.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    FileInRecycleBin,
    /// Internal System Error (14000011).
    #[code(
        14000011,
        title = "Internal System Error",
        message = "System inner fail",
        cause = "An unidentified error occurs in the system.",
        solution = "Clear the background or restart the device.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    InternalSystemError,
    /// Invalid Member Name (14000014).
    #[code(
        14000014,
        title = "Invalid Member Name",
        message = "Member is not a valid PhotoKey",
        cause = "The input string is not a member name of a class or interface.",
        solution = "Ensure that the input string is the member name of the class or interface.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n\n## Space Statistics Error Codes\n"
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
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Use a supported file system.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Remove the card and run the **mount** command again.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the file is being used. If yes, kill the thread that uses the file.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the current volume state is correct.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the directory or node to be created already exists.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the specified directory or node exists.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the specified bundle name exists.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
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
        solution = "Check that the user ID is correct.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n\n## User File Access Error Codes\n"
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
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check that the URI is in correct format.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check for basic system capability errors. <!--RP1-->Please contact the OpenHarmony team for support.<!--RP1End-->",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check the data returned by the server.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check that the server service exists.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check that the server service exists.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the Notify agent has been registered.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        solution = "Check whether the client is normal.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n**Solution**\n\n{solution}\n\n## Device-Cloud Synchronization Error Codes\n"
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
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n"
    )]
    CloudUnavailable,
    /// Network Unavailable (22400002).
    #[code(
        22400002,
        title = "Network Unavailable",
        message = "Network unavailable",
        cause = "The device is not connected to the network or the network is unavailable.",
        solution = "Check the network status.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    NetworkUnavailable,
    /// Low Battery Level (22400003).
    #[code(
        22400003,
        title = "Low Battery Level",
        message = "Low battery level",
        cause = "The battery level is low.",
        solution = "Perform the operation after the battery is being charged or the battery level is restored.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    LowBatteryLevel,
    /// Maximum Number of Input Parameters Reached (22400004).
    #[code(
        22400004,
        title = "Maximum Number of Input Parameters Reached",
        message = "Exceeded the maximum limit",
        cause = "The number of requests exceeds the upper limit defined by API specifications.",
        solution = "Check the input parameters and ensure that the number of requests meets the specifications.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
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
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n3. {cause}\n\n4. {cause}\n\n**Solution**\n\n{solution}\n"
    )]
    InternalError,
    /// Task Running of the Same Type (22400006).
    #[code(
        22400006,
        title = "Task Running of the Same Type",
        message = "The same task is already in progress",
        cause = "A task of the same type is running.",
        solution = "Wait until the existing tasks of the same type are complete, or call **stop()** to stop the existing tasks and trigger a new task.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    TaskRunningOfSameType,
    /// Historical File Specified to Replace the Original File Not Exist (22400007).
    #[code(
        22400007,
        title = "Historical File Specified to Replace the Original File Not Exist",
        message = "The version file specified to replace the original file does not exist",
        cause = "The files of earlier versions are not downloaded or have been deleted.",
        solution = "Download the specified historical version file again. Ensure that the file exists.",
        layout = "\n### {code} {title}\n\n**Error Message**\n\n{message}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n"
    )]
    HistoricalFileSpecifiedToReplaceOriginalFileNotExist,
}
