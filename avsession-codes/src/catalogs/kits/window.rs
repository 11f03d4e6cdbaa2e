// Window Error Codes: the catalog `WindowError`, generated from its page by
// `avsession-codes import`. Regenerate it instead of editing it.
// Texts: OpenHarmony documentation (openharmony/docs), licensed under CC BY 4.0.

use avsession_codes::ErrorCatalog;

/// Window Error Codes.
///
/// This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).
#[allow(clippy::doc_markdown)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ErrorCatalog)]
#[catalog(
    name = "Window",
    title = "Window Error Codes",
    note = "This topic describes only module-specific error codes. For details about universal error codes, see [Universal Error Codes](../errorcode-universal.md).",
    layout = "# {title}\n<!--Kit: ArkUI-->\n<!--Subsystem: Window-->\n<!--Owner: @fei_1007-->\n<!--Designer: @gcw_sPCsris4-->\n<!--Tester: @qinliwen0417-->\n<!--Adviser: @ge-yafang-->\n\n> **NOTE**\n>\n> {note}\n{entries}"
)]
pub enum WindowError {
    /// Repeated Operation (1300001).
    ///
    /// This error code is reported when a repeated operation is performed.
    #[code(
        1300001,
        title = "Repeated Operation",
        message = "Repeated operation.",
        description = "This error code is reported when a repeated operation is performed.",
        cause = "The window has been created.<br>",
        cause = "The window is in the current state.",
        solution = "Before creating a window, check whether the window has been created or is in the current state.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n1. {cause}\n2. {cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    RepeatedOperation,
    /// Abnormal Window State (1300002).
    ///
    /// This error code is reported when you operate a window in an abnormal state, for example, a window that is not created yet or has been destroyed.
    #[code(
        1300002,
        title = "Abnormal Window State",
        message = "This window state is abnormal.",
        description = "This error code is reported when you operate a window in an abnormal state, for example, a window that is not created yet or has been destroyed.",
        cause = "The window to operate is not created or has been destroyed.",
        solution = "Operate the window that exists.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    AbnormalWindowState,
    /// Abnormal Window Manager Service (1300003).
    ///
    /// This error code is reported when the window manager service is abnormal.
    #[code(
        1300003,
        title = "Abnormal Window Manager Service",
        message = "This window manager service works abnormally.",
        description = "This error code is reported when the window manager service is abnormal.",
        cause = "The internal services of the window are not started normally.",
        solution = "Try again later or restart the device.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    AbnormalWindowManagerService,
    /// Unauthorized Operation (1300004).
    ///
    /// This error code is reported when the API does not have the required permissions to operate an object.
    #[code(
        1300004,
        title = "Unauthorized Operation",
        message = "Unauthorized operation.",
        description = "This error code is reported when the API does not have the required permissions to operate an object.",
        cause = "The window object of another process is operated.<br>",
        cause = "The window type is not supported.",
        solution = "Ensure that you are interacting only with windows created within your own process. If you are referencing windows from other processes, remove those references or calls.<br>",
        solution = "Ensure that the related operations are consistent with the supported window type.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n1. {cause}\n2. {cause}\n\n**Solution**<br>\n1. {solution}\n2. {solution}\n"
    )]
    UnauthorizedOperation,
    /// Abnormal WindowStage (1300005).
    ///
    /// This error code is reported when you operate a WindowStage in the abnormal state, for example, a WindowStage that has been destroyed.
    #[code(
        1300005,
        title = "Abnormal WindowStage",
        message = "This window stage is abnormal.",
        description = "This error code is reported when you operate a WindowStage in the abnormal state, for example, a WindowStage that has been destroyed.",
        cause = "The WindowStage is not created or has been destroyed.",
        solution = "Before operating a WindowStage, check whether it exists.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    AbnormalWindowStage,
    /// Abnormal Window Context (1300006).
    ///
    /// This error code is reported when you operate a window context in the abnormal state, for example, a window context that has been destroyed.
    #[code(
        1300006,
        title = "Abnormal Window Context",
        message = "This window context is abnormal.",
        description = "This error code is reported when you operate a window context in the abnormal state, for example, a window context that has been destroyed.",
        cause = "The window context has been destroyed when being operated.",
        solution = "Before operating the window context, check whether it exists.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    AbnormalWindowContext,
    /// Application Startup Failure by WindowExtensionAbility (1300007).
    ///
    /// This error code is reported when a WindowExtensionAbility fails to start an application.
    #[code(
        1300007,
        title = "Application Startup Failure by WindowExtensionAbility",
        message = "Failed to start the ability.",
        description = "This error code is reported when a WindowExtensionAbility fails to start an application.",
        cause = "Incorrect parameters are passed into the API used by the WindowExtensionAbility to start the application.",
        solution = "Pass in the correct parameters.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n<!--DelEnd-->\n"
    )]
    ApplicationStartupFailureByWindowExtensionAbility,
    /// Display Device Exception (1300008).
    ///
    /// This error code is reported when the display device is abnormal.
    #[code(
        1300008,
        title = "Display Device Exception",
        message = "The display device is abnormal.",
        description = "This error code is reported when the display device is abnormal.",
        cause = "The display device is not ready.<br>",
        cause = "The display device is removed.<br>",
        cause = "The display device is damaged.",
        solution = "Ensure that the display device is normal.",
        system_api,
        layout = "\n<!--Del-->\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n1. {cause}\n2. {cause}\n3. {cause}\n\n**Solution**<br>\n{solution}\n<!--DelEnd-->\n"
    )]
    DisplayDeviceException,
    /// Invalid Parent Window (1300009).
    ///
    /// This error code is reported when the parent window is invalid.
    #[code(
        1300009,
        title = "Invalid Parent Window",
        message = "The parent window is invalid.",
        description = "This error code is reported when the parent window is invalid.",
        cause = "No parent window is bound.<br>",
        cause = "The parent window bound is abnormal. For example, the parent window has been destroyed.",
        solution = "Ensure that the subwindow is bound to the parent window.<br>",
        solution = "Ensure that the status of the parent window is normal.",
        layout = "\n## {code} {title}\n\n**Error Message**<br>{message}\n\n**Description**<br>{description}\n\n**Possible Causes**<br>\n1. {cause}\n2. {cause}\n\n**Solution**<br>\n1. {solution}\n2. {solution}\n"
    )]
    InvalidParentWindow,
    /// Unsupported Operation in the Current Window Mode (1300010).
    ///
    /// This error code is reported when the operation is not supported in the current window mode.
    #[code(
        1300010,
        title = "Unsupported Operation in the Current Window Mode",
        message = "The operation in the current window status is invalid.",
        description = "This error code is reported when the operation is not supported in the current window mode.",
        cause = "Perform the move operation in the full-screen or split-screen window.<br>",
        cause = "Perform the resize operation in the full-screen or split-screen window.",
        solution = "Do not move the full-screen or split-screen window.<br>",
        solution = "Do not resize the full-screen or split-screen window.",
        layout = "\n## {code} {title}\n\n**Error Message**<br>{message}\n\n**Description**<br>{description}\n\n**Possible Causes**<br>\n1. {cause}\n2. {cause}\n\n**Solution**<br>\n1. {solution}\n2. {solution}\n"
    )]
    UnsupportedOperationInCurrentWindowMode,
    /// Failure in Destroying a PiP Window (1300011).
    ///
    /// This error code is reported when destroying a PiP window fails.
    #[code(
        1300011,
        title = "Failure in Destroying a PiP Window",
        message = "Failed to destroy the PiP window.",
        description = "This error code is reported when destroying a PiP window fails.",
        cause = "The pointer to the PiP window is null.<br>",
        solution = "No action is required.",
        layout = "\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    FailureInDestroyingPiPWindow,
    /// Abnormal PiP Window Status (1300012).
    ///
    /// This error code is reported when the PiP window status is abnormal.
    #[code(
        1300012,
        title = "Abnormal PiP Window Status",
        message = "The PiP window state is abnormal.",
        description = "This error code is reported when the PiP window status is abnormal.",
        cause = "The PiP window status is abnormal.",
        solution = "No action is required.",
        layout = "\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    AbnormalPiPWindowStatus,
    /// Failure in Creating a PiP Window (1300013).
    ///
    /// This error code is reported when creating a PiP window fails.
    #[code(
        1300013,
        title = "Failure in Creating a PiP Window",
        message = "Failed to create the PiP window.",
        description = "This error code is reported when creating a PiP window fails.",
        cause = "Incorrect parameters are passed in to create the PiP window.<br>",
        cause = "Attempt to start PiP in a non-full-screen window.",
        solution = "Correct the input parameters.<br>",
        solution = "Do not start PiP in a non-full-screen window.",
        layout = "\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n1. {cause}\n2. {cause}\n\n**Solution**<br>\n1. {solution}\n2. {solution}\n"
    )]
    FailureInCreatingPiPWindow,
    /// PiP Internal Error (1300014).
    ///
    /// This error code is reported when an internal error occurs in PiP.
    #[code(
        1300014,
        title = "PiP Internal Error",
        message = "PiP internal error.",
        description = "This error code is reported when an internal error occurs in PiP.",
        cause = "The window on which the PiP feature depends is abnormal or empty.<br>",
        cause = "The PiP controller is abnormal.",
        solution = "No action is required.",
        layout = "\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n1. {cause}\n2. {cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    PiPInternalError,
    /// Repeated PiP Operations (1300015).
    ///
    /// This error code is reported when a repeated PiP operation is performed.
    #[code(
        1300015,
        title = "Repeated PiP Operations",
        message = "Repeated PiP operation.",
        description = "This error code is reported when a repeated PiP operation is performed.",
        cause = "The PiP window has been started or closed.",
        solution = "Do not start or stop PiP repeatedly.<br>",
        layout = "\n## {code} {title}\n\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    RepeatedPiPOperations,
    /// Parameter Verification Error (1300016).
    ///
    /// This error code is reported when parameters are incorrect. For example, the parameter value exceeds the allowed range, the length of the string or array does not meet the requirements, or the parameter format is incorrect.
    #[code(
        1300016,
        title = "Parameter Verification Error",
        message = "Parameter validation error.",
        description = "This error code is reported when parameters are incorrect. For example, the parameter value exceeds the allowed range, the length of the string or array does not meet the requirements, or the parameter format is incorrect.",
        cause = "The parameter value is out of range.",
        cause = "The parameter length exceeds the allowed limits.",
        cause = "The parameter format is incorrect.",
        solution = "Verify that the parameters adhere to the required standards."
    )]
    ParameterVerificationError,
    /// API Call Timeout (1300018).
    ///
    /// This error code is reported when the API call times out.
    #[code(
        1300018,
        title = "API Call Timeout",
        message = "API call timed out.",
        description = "This error code is reported when the API call times out.",
        cause = "The wait time for a synchronous API call exceeds the upper limit.",
        solution = "The solution will vary based on the specific context. Typical approaches are:",
        solution = "Retry the API call a limited number of times.",
        solution = "Implement fallback measures, such as using cached data or alternative logic.",
        solution = "Abort the current processing logic.",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n{cause}\n\n**Solution**\n\n{solution}\n\n1. {solution}\n\n2. {solution}\n\n3. {solution}\n"
    )]
    ApiCallTimeout,
    /// Floating Ball Parameter Verification Error (1300019).
    ///
    /// This error code is reported when parameters are incorrect. For example, the parameter value exceeds the allowed range, the length of the string or array does not meet the requirements, or the parameter format is incorrect.
    #[code(
        1300019,
        title = "Floating Ball Parameter Verification Error",
        message = "Wrong parameters for operating the floating ball.",
        description = "This error code is reported when parameters are incorrect. For example, the parameter value exceeds the allowed range, the length of the string or array does not meet the requirements, or the parameter format is incorrect.",
        cause = "The parameter value is out of range.",
        cause = "The parameter length exceeds the allowed limits.",
        cause = "The parameter format is incorrect.",
        cause = "A mandatory parameter is not passed.",
        solution = "Ensure that the parameter value is within the allowed range.",
        solution = "Ensure that the parameter length is within the allowed limits.",
        solution = "Use the correct format for parameters.",
        solution = "Check whether any mandatory parameter is not passed.",
        solution = "For details about the floating ball parameters, see [FloatingBallParams](js-apis-floatingBall.md#floatingballparams).",
        layout = "\n## {code} {title}\n\n**Error Message**\n\n{message}\n\n**Description**\n\n{description}\n\n**Possible Causes**\n\n1. {cause}\n\n2. {cause}\n\n3. {cause}\n\n4. {cause}\n\n**Solution**\n\n1. {solution}\n\n2. {solution}\n\n3. {solution}\n\n4. {solution}\n\n{solution}\n"
    )]
    FloatingBallParameterVerificationError,
    /// Failure in Creating a Floating Ball Window (1300020).
    ///
    /// This error code is reported when creating a floating ball window fails.
    #[code(
        1300020,
        title = "Failure in Creating a Floating Ball Window",
        message = "Failed to create the floating ball window.",
        description = "This error code is reported when creating a floating ball window fails.",
        cause = "Incorrect parameters are passed in to start the floating ball.",
        cause = "Attempt to start the floating ball on an unsupported device.",
        cause = "Attempt to start the floating ball when the application is in the background.",
        solution = "Check the parameters before starting the floating ball.",
        solution = "Verify that the device supports the floating ball before starting it.",
        solution = "Ensure that the application is in the foreground before starting the floating ball."
    )]
    FailureInCreatingFloatingBallWindow,
    /// Failure in Starting Multiple Floating Balls (1300021).
    ///
    /// This error code is reported when starting multiple floating balls fails.
    #[code(
        1300021,
        title = "Failure in Starting Multiple Floating Balls",
        message = "Failed to start multiple floating ball windows.",
        description = "This error code is reported when starting multiple floating balls fails.",
        cause = "Multiple floating ball controllers are created for the same application.",
        solution = "An application should create only one floating ball controller to start the floating ball. You are advised to use a singleton pattern to hold the floating ball controller."
    )]
    FailureInStartingMultipleFloatingBalls,
    /// Repeated Floating Ball Operation (1300022).
    ///
    /// This error code is reported when a repeated operation is performed on the floating ball.
    #[code(
        1300022,
        title = "Repeated Floating Ball Operation",
        message = "Repeated floating ball operation.",
        description = "This error code is reported when a repeated operation is performed on the floating ball.",
        cause = "Attempt to start the floating ball while it is already running.",
        cause = "Attempt to stop the floating ball after it has already stopped.",
        cause = "Attempt to register the floating ball callback multiple times.",
        solution = "Check whether the floating ball is already running before starting it.",
        solution = "Check whether the floating ball has already stopped before stopping it.",
        solution = "Ensure that the callback is not already registered before registering the floating ball callback."
    )]
    RepeatedFloatingBallOperation,
    /// Internal Error of the Floating Ball (1300023).
    ///
    /// This error code is reported when an internal error occurs in the floating ball.
    #[code(
        1300023,
        title = "Internal Error of the Floating Ball",
        message = "Floating ball internal error.",
        description = "This error code is reported when an internal error occurs in the floating ball.",
        cause = "The window on which the floating ball depends is abnormal or empty.",
        cause = "The floating ball controller is abnormal or empty.",
        solution = "Check the window of the floating ball to ensure it is not empty.",
        solution = "Check the status of the floating ball controller to ensure it is not empty."
    )]
    InternalErrorOfFloatingBall,
    /// Abnormal Floating Ball Window State (1300024).
    ///
    /// This error code is reported when the floating ball window state is abnormal.
    #[code(
        1300024,
        title = "Abnormal Floating Ball Window State",
        message = "The floating ball window state is abnormal.",
        description = "This error code is reported when the floating ball window state is abnormal.",
        cause = "The floating ball window may not have been created or may have been destroyed.",
        solution = "Check that the floating ball window has been created and is not destroyed."
    )]
    AbnormalFloatingBallWindowState,
    /// Unsupported Operation in the Current Floating Ball State (1300025).
    ///
    /// This error code is reported when the operation is not supported in the current floating ball state.
    #[code(
        1300025,
        title = "Unsupported Operation in the Current Floating Ball State",
        message = "The floating ball state does not support this operation.",
        description = "This error code is reported when the operation is not supported in the current floating ball state.",
        cause = "Attempt to update the floating ball when it is not active.",
        cause = "Attempt to query window information when the floating ball is not active.",
        cause = "Attempt to launch an application window when the floating ball is not active.",
        cause = "Attempt to start the floating ball before the stop process is complete.",
        solution = "Check whether the floating ball is active before updating it.",
        solution = "Check whether the floating ball is active before querying window information.",
        solution = "Check whether the floating ball is active before launching an application window.",
        solution = "Wait for the floating ball to stop completely before restarting it."
    )]
    UnsupportedOperationInCurrentFloatingBallState,
    /// Failure in Launch an Application Window via a Floating Ball (1300026).
    ///
    /// This error code is reported when launching an application window via the floating ball fails.
    #[code(
        1300026,
        title = "Failure in Launch an Application Window via a Floating Ball",
        message = "Failed to restore the main window.",
        description = "This error code is reported when launching an application window via the floating ball fails.",
        cause = "Incorrect parameters are passed.",
        cause = "The application does not have the `ohos.permission.AUTO_RESTORE_MAIN_WINDOW` permission and the floating ball is not tapped before the application window is launched.",
        cause = "Attempt to launch a window that belongs to another application.",
        solution = "Check the parameters used to launch the application window.",
        solution = "To launch the application window without user interaction, apply for the `ohos.permission.AUTO_RESTORE_MAIN_WINDOW` permission. Otherwise, launch the application window after the floating ball is tapped.",
        solution = "Launch the window that belongs to the current application."
    )]
    FailureInLaunchApplicationWindowViaFloatingBall,
    /// Cannot Change Template Type When Updating the Floating Ball (1300027).
    ///
    /// This error code is reported when changing the template type fails.
    #[code(
        1300027,
        title = "Cannot Change Template Type When Updating the Floating Ball",
        message = "When updating the floating ball, the template type cannot be changed.",
        description = "This error code is reported when changing the template type fails.",
        cause = "The template type used during the update is inconsistent with the one used during creation.",
        solution = "Ensure that the template type used when updating the floating ball matches the one used when it was created."
    )]
    CannotChangeTemplateTypeWhenUpdatingFloatingBall,
    /// Floating Ball Based on a Static Template Cannot Be Updated (1300028).
    ///
    /// This error code is reported when users attempt to update a floating ball based on a static template.
    #[code(
        1300028,
        title = "Floating Ball Based on a Static Template Cannot Be Updated",
        message = "Updating static template-based floating balls is not supported.",
        description = "This error code is reported when users attempt to update a floating ball based on a static template.",
        cause = "Updating floating balls based on static templates is not supported.",
        solution = "Delete any existing floating balls based on static templates and create new ones."
    )]
    FloatingBallBasedOnStaticTemplateCannotBeUpdated,
    /// Window Null Pointer Exception<sup>(deprecated)</sup> (1001).
    ///
    /// This error code is reported when you operate a window pointed to by a null pointer.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1001,
        title = "Window Null Pointer Exception<sup>(deprecated)</sup>",
        message = "A window null pointer occurs.",
        description = "This error code is reported when you operate a window pointed to by a null pointer.",
        cause = "A null pointer is used.",
        solution = "Operate the window that exists.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    WindowNullPointerException,
    /// Invalid Window Type<sup>(deprecated)</sup> (1002).
    ///
    /// This error code is reported when the window type is invalid.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1002,
        title = "Invalid Window Type<sup>(deprecated)</sup>",
        message = "This window type is invalid.",
        description = "This error code is reported when the window type is invalid.",
        cause = "An invalid window type is used. For details about valid window types, see [WindowType](arkts-apis-window-e.md#windowtype7).",
        solution = "Use a window type supported.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    InvalidWindowType,
    /// Invalid Window Parameter<sup>(deprecated)</sup> (1003).
    ///
    /// This error code is reported when a window parameter is invalid.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1003,
        title = "Invalid Window Parameter<sup>(deprecated)</sup>",
        message = "This window parameter is invalid.",
        description = "This error code is reported when a window parameter is invalid.",
        cause = "Invalid parameters are passed in.",
        solution = "Correct the parameters.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    InvalidWindowParameter,
    /// Ability Service Exception<sup>(deprecated)</sup> (1004).
    ///
    /// This error code is reported when the ability service is abnormal.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1004,
        title = "Ability Service Exception<sup>(deprecated)</sup>",
        message = "This system ability service works abnormally.",
        description = "This error code is reported when the ability service is abnormal.",
        cause = "When the window is destroyed, the proxy fails to be initialized.",
        solution = "Restart the device and try again.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    AbilityServiceException,
    /// IPC Failure<sup>(deprecated)</sup> (1005).
    ///
    /// This error code is reported when IPC fails.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1005,
        title = "IPC Failure<sup>(deprecated)</sup>",
        message = "This window IPC failed.",
        description = "This error code is reported when IPC fails.",
        cause = "The window parameters fail to be transferred.",
        solution = "Before operating a window, ensure that the client and server services in the window are normal.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    IpcFailure,
    /// Application Startup Failure by WindowExtensionAbility<sup>(deprecated)</sup> (1007).
    ///
    /// This error code is reported when a WindowExtensionAbility fails to start an application.
    #[deprecated = "the page marks this code deprecated"]
    #[code(
        1007,
        title = "Application Startup Failure by WindowExtensionAbility<sup>(deprecated)</sup>",
        message = "Failed to start the ability.",
        description = "This error code is reported when a WindowExtensionAbility fails to start an application.",
        cause = "Incorrect parameters are passed into the API used by the WindowExtensionAbility to start the application.",
        solution = "Pass in the correct parameters.",
        layout = "\n## {code} {title}\n**Error Message**<br>\n{message}\n\n**Description**<br>\n{description}\n\n**Possible Causes**<br>\n{cause}\n\n**Solution**<br>\n{solution}\n"
    )]
    ApplicationStartupFailureByWindowExtensionAbility1007,
}
